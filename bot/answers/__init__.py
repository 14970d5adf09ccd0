"""Answers to the customer's money questions: figures from the store, words from bot/i18n.

Each answer names the figure, the period and the filter, and says so honestly when there is
nothing to show. The store is always asked about the customer in `Context`, never about anyone
a message names.
"""

from __future__ import annotations

from dataclasses import replace

from bot.answers.accounts import balance, income, subscriptions, transactions
from bot.answers.context import Context, Refusal
from bot.answers.reading import (
    refuse_foreign_ibans,
    refuse_unknown_category,
    with_named_counterparty,
)
from bot.answers.spending import compare, spending
from bot.answers.topics import question_topic
from bot.question import Question
from bot.reply import Reply
from bot.taxonomy import INCOME_CATEGORIES

__all__ = ["Context", "Refusal", "answer"]


def answer(intent: str, ctx: Context, q: Question) -> Reply:
    """The reply to a money question; refusals (bad period, foreign IBAN) become replies too."""
    handlers = {
        "ask_spending": spending,
        "compare_spending": compare,
        "ask_transactions": transactions,
        "ask_balance": balance,
        "ask_income": income,
        "ask_subscriptions": subscriptions,
    }
    if intent != "ask_balance":
        q = with_named_counterparty(ctx, q)
    if intent in ("ask_spending", "compare_spending") and q.category in INCOME_CATEGORIES:
        # "I am on a fixed income": nobody spends their salary at a shop; no such filter.
        q = replace(q, category=None)
    if q.largest and intent in ("ask_spending", "ask_income"):
        intent = "ask_transactions"  # "my top five spends in March": the payments, not a total
    if q.count and intent == "ask_spending" and not q.merchant and not q.category:
        intent = "ask_transactions"  # "which 5 expenses hit hardest": a total has no count
    try:
        refuse_foreign_ibans(ctx, q)
        refuse_unknown_category(ctx, q, intent)
        reply = handlers[intent](ctx, q)
    except Refusal as refusal:
        return refusal.reply
    if reply.topic == "none":
        reply = replace(reply, topic=question_topic(q))
    return reply
