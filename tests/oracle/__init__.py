"""A reference oracle for Penny's figures (issue 12, point 8).

A second, deliberately plain implementation of README's "What the figures mean" in SQL
(`figures`), with the counterparty matching it needs (`matching`); a generator of natural
questions with their meaning (`questions`); and the harness that asks Penny those questions
in-process and checks the figures in her replies (`expected`, `extract`, `check`, `runner`,
`report`). It shares no query code with bot/store, bot/answers or bot/insights.
"""
