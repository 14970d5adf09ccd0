"""Asks Penny in-process: the trained NLU reads each question, and the action that
data/rules.yml runs for its intent answers it, as the customer the question is about, on an
evaluation store seeded with the demo generator up to a pinned day."""

from __future__ import annotations

import asyncio
import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from tests.action_harness import run_action, texts
from tests.oracle.check import Verdict, check
from tests.oracle.expected import Expected, expected
from tests.oracle.figures import Oracle
from tests.oracle.questions import Question

ROOT = Path(__file__).resolve().parents[2]
MODEL = ROOT / "models" / "penny.tar.gz"
TODAY = date(2026, 11, 30)
# The action data/rules.yml runs for each money intent; any other intent is a wrong answer.
ACTIONS = {
    "ask_spending": "ActionAnswerSpending",
    "compare_spending": "ActionCompare",
    "ask_transactions": "ActionAnswerTransactions",
    "ask_balance": "ActionAnswerBalance",
    "ask_income": "ActionAnswerIncome",
    "ask_subscriptions": "ActionAnswerSubscriptions",
}
Parse = dict[str, Any]


@dataclass(frozen=True)
class Answer:
    intent: str
    entities: list[dict[str, Any]]
    text: str
    buttons: tuple[str, ...]


@dataclass(frozen=True)
class Result:
    question: Question
    expected: Expected
    answer: Answer
    verdict: Verdict


def seed_store(folder: Path, today: date = TODAY) -> Path:
    """The demo store (default seed and size) with its last booking on `today`."""
    path = folder / "eval.db"
    bot = Path(sys.executable).with_name("bot")
    command = [str(bot), "seed", "--until", today.isoformat(), "--database-url", f"sqlite:///{path}"]
    subprocess.run(command, check=True, capture_output=True, cwd=ROOT)
    return path


@contextmanager
def penny_env(path: Path, today: date = TODAY) -> Iterator[None]:
    """Penny's settings for the evaluation: its store and its clock, restored afterwards."""
    wanted = {"PENNY_DATABASE_URL": f"sqlite:///{path}", "PENNY_TODAY": today.isoformat()}
    before = {name: os.environ.get(name) for name in wanted}
    os.environ.update(wanted)
    try:
        yield
    finally:
        for name, value in before.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


async def _parse_all(model: Path, questions: list[str]) -> list[Parse]:
    from rasa.core.agent import Agent

    agent = Agent.load(str(model))
    return [await agent.parse_message(text) for text in questions]


def parse_all(model: Path, questions: list[str]) -> list[Parse]:
    import structlog

    # Rasa logs every parse at debug level through structlog; warnings are enough here.
    before = structlog.get_config()
    structlog.configure(wrapper_class=structlog.make_filtering_bound_logger(logging.WARNING))
    try:
        return asyncio.run(_parse_all(model, questions))
    finally:
        structlog.configure(**before)


def ask(parse: Parse, login: str, language: str) -> Answer:
    """Runs the action for the parsed intent as the customer `login`."""
    from actions import actions

    intent = (parse.get("intent") or {}).get("name") or ""
    entities = parse.get("entities") or []
    if intent not in ACTIONS:
        return Answer(intent, entities, f"(no money answer: intent {intent})", ())
    messages, _ = run_action(
        getattr(actions, ACTIONS[intent]),
        parse["text"],
        intent,
        entities=entities,
        sender=login,
        ranking=parse.get("intent_ranking"),
        metadata={"language": language},
        parse_extra={k: v for k, v in parse.items() if k not in ("text", "entities")},
    )
    buttons = tuple(b["title"] for m in messages for b in (m.get("buttons") or []))
    return Answer(intent, entities, texts(messages), buttons)


def evaluate(questions: list[Question], store: Path, model: Path = MODEL) -> list[Result]:
    """Every question asked and checked; the store must have been seeded for TODAY."""
    oracle = Oracle.open(str(store), TODAY)
    parses = parse_all(model, [q.text for q in questions])
    results = []
    with penny_env(store):
        for question, parse in zip(questions, parses, strict=True):
            m = question.meaning
            want = expected(oracle, m)
            answer = ask(parse, m.login, m.language)
            history = oracle.counterparties(oracle.customer(m.login))
            verdict = check(m.kind, want, answer.text, answer.buttons, m.language, history,
                            m.merchant)
            if answer.intent not in ACTIONS:
                verdict = Verdict(False, f"wrong answer kind: intent {answer.intent}")
            results.append(Result(question, want, answer, verdict))
    oracle.db.close()
    return results
