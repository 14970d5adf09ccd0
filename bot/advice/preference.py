"""Carries out one turn's step on the marketing preference (bot.advice.consent decides which) and
says what happened, in the customer's language."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot import i18n
from bot.advice.consent import NO_BUTTON, YES_BUTTON, Step, Turn, step
from bot.advice.rules import CONSENT_FIRST
from bot.domain import CustomerInfo
from bot.i18n import t
from bot.reply import Button, Reply
from bot.store import Store
from bot.store.preference_store import OPTED_IN, OPTED_OUT, NotAnAnswer, PreferenceStore


@dataclass(frozen=True)
class Where:
    conversation_id: str
    channel: str
    now: datetime
    mode: str  # opt_out | consent_first


@dataclass(frozen=True)
class Outcome:
    reply: Reply | None  # None: this turn leaves the preference alone
    open_question: str | None = None  # "kind:id", kept for the next turn only
    step: Step = Step.NOTHING


def parse_open_question(value: str | None) -> tuple[str, int] | None:
    """The slot's "kind:id" as (kind, id); anything else is no question."""
    kind, _, number = (value or "").partition(":")
    if kind in {"stop", "resume"} and number.isdigit():
        return kind, int(number)
    return None


def handle(
    store: Store,
    customer: CustomerInfo,
    turn: Turn,
    question_id: int | None,
    where: Where,
    lang: str,
) -> Outcome:
    todo = step(turn)
    if todo is Step.OPT_OUT:
        return Outcome(stop(store, customer, where, turn.text, lang), step=todo)
    if todo is Step.ASK_STOP:
        return _ask(store, customer, "stop", turn.text, where, lang)
    if todo is Step.ASK_RESUME:
        return _ask(store, customer, "resume", turn.text, where, lang)
    if todo in (Step.ANSWER_YES, Step.ANSWER_NO) and question_id is not None:
        return _answer(store, customer, question_id, todo is Step.ANSWER_YES, turn, where, lang)
    return Outcome(None)


def stop(store: Store, customer: CustomerInfo, where: Where, words: str, lang: str) -> Reply:
    """Records the opt-out first and confirms only once it is stored; a repeat is not recorded."""
    latest = store.latest_preference(customer.id)
    if latest is not None and latest[0] == OPTED_OUT:
        return Reply(t(lang, "stop.already", day=i18n.day(latest[1].date(), lang)))
    PreferenceStore(store).record_opt_out(customer.id, where.now, where.channel, words[:2000])
    return Reply(t(lang, "stop.done"))


def _suggestions_on(store: Store, customer: CustomerInfo, mode: str) -> bool:
    current = store.preference(customer.id)
    return current == OPTED_IN or (current is None and mode != CONSENT_FIRST)


def _ask(
    store: Store, customer: CustomerInfo, kind: str, words: str, where: Where, lang: str
) -> Outcome:
    on = _suggestions_on(store, customer, where.mode)
    if kind == "resume" and on:
        return Outcome(Reply(t(lang, "resume.already")), step=Step.ASK_RESUME)
    if kind == "stop" and not on:
        return Outcome(stop(store, customer, where, words, lang), step=Step.ASK_STOP)
    asked = PreferenceStore(store).ask(
        customer.id, where.conversation_id, kind, where.now, where.channel, words[:2000]
    )
    buttons = (
        Button(t(lang, "question.yes"), YES_BUTTON),
        Button(t(lang, "question.no"), NO_BUTTON),
    )
    step_taken = Step.ASK_RESUME if kind == "resume" else Step.ASK_STOP
    reply = Reply(t(lang, f"{kind}.ask"), buttons=buttons)
    return Outcome(reply, open_question=f"{kind}:{asked.question_id}", step=step_taken)


def _answer(
    store: Store,
    customer: CustomerInfo,
    question_id: int,
    yes: bool,
    turn: Turn,
    where: Where,
    lang: str,
) -> Outcome:
    todo = Step.ANSWER_YES if yes else Step.ANSWER_NO
    try:
        status = PreferenceStore(store).answer(
            question_id, customer.id, where.conversation_id, yes, where.now, turn.text[:2000]
        )
    except NotAnAnswer:
        return Outcome(Reply(t(lang, "question.expired")), step=todo)
    if status == OPTED_IN:
        key = "resume.consent_done" if where.mode == CONSENT_FIRST else "resume.done"
    elif status == OPTED_OUT:
        key = "stop.done"
    else:
        key = f"{turn.open_question}.unchanged"
    return Outcome(Reply(t(lang, key)), step=todo)
