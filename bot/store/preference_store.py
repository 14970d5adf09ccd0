"""Writes to the marketing preference. An opt-out is one row; an opt-in exists only as the answer
"yes" to a question Penny asked in the same conversation, checked here, in one transaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import Session, col, select

from bot.store.models import MarketingPreference, PreferenceQuestion
from bot.store.store import Store

OPTED_IN = "opted_in"
OPTED_OUT = "opted_out"
QUESTION_KINDS = frozenset({"resume", "stop"})
# A "yes" long after the question is not an answer to it.
QUESTION_LIFETIME = timedelta(minutes=15)


@dataclass(frozen=True)
class PreferenceEvent:
    """One line of the preference log: a choice recorded, or a question asked or answered."""

    at: datetime
    customer: str
    event: str  # opted_out | opted_in | asked_resume | asked_stop | answered_yes | answered_no
    conversation_id: str
    channel: str
    words: str
    question_id: int | None


class NotAnAnswer(ValueError):
    """The question does not exist, is someone else's, another conversation's, answered or old."""


@dataclass(frozen=True)
class Asked:
    question_id: int
    kind: str


class PreferenceStore:
    """The preference side of the store; shares the engine of a Store."""

    def __init__(self, store: Store) -> None:
        self.engine = store.engine

    def record_opt_out(self, customer_id: int, at: datetime, channel: str, words: str) -> None:
        with Session(self.engine) as session:
            session.add(_choice(customer_id, OPTED_OUT, at, channel, words))
            session.commit()

    def ask(
        self,
        customer_id: int,
        conversation_id: str,
        kind: str,
        at: datetime,
        channel: str,
        words: str,
    ) -> Asked:
        if kind not in QUESTION_KINDS:
            raise ValueError(f"unknown preference question {kind!r}")
        question = PreferenceQuestion(
            customer_id=customer_id,
            conversation_id=conversation_id,
            channel=channel,
            kind=kind,
            asked_at=at,
            request_words=words,
        )
        with Session(self.engine) as session:
            session.add(question)
            session.commit()
            return Asked(int(question.id or 0), kind)

    def answer(
        self,
        question_id: int,
        customer_id: int,
        conversation_id: str,
        yes: bool,
        at: datetime,
        words: str,
    ) -> str | None:
        """Records the answer; a "yes" changes the preference to what was asked. Returns the new
        status, or None for a "no". Raises NotAnAnswer for anything but the open question."""
        with Session(self.engine) as session:
            question = session.get(PreferenceQuestion, question_id)
            if (
                question is None
                or question.customer_id != customer_id
                or question.conversation_id != conversation_id
                or question.answer
                or not question.asked_at <= at <= question.asked_at + QUESTION_LIFETIME
            ):
                raise NotAnAnswer(f"question {question_id} is not open in this conversation")
            question.answer = "yes" if yes else "no"
            question.answered_at = at
            question.answer_words = words
            status = None
            if yes:
                status = OPTED_IN if question.kind == "resume" else OPTED_OUT
                choice = _choice(customer_id, status, at, question.channel, words)
                session.add(choice)
                session.flush()
                question.preference_id = choice.id
            session.add(question)
            session.commit()
            return status

    def questions(self, customer_id: int | None = None) -> list[PreferenceQuestion]:
        query = select(PreferenceQuestion).order_by(col(PreferenceQuestion.id))
        if customer_id is not None:
            query = query.where(PreferenceQuestion.customer_id == customer_id)
        with Session(self.engine) as session:
            rows = list(session.exec(query).all())
            for row in rows:
                session.expunge(row)
            return rows

    def log(
        self,
        customer_id: int | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
    ) -> list[PreferenceEvent]:
        """Every choice, question and answer, oldest first, for a compliance officer."""
        from bot.store.models import Customer

        choices = select(MarketingPreference, Customer.login).join(
            Customer, Customer.id == MarketingPreference.customer_id
        )
        asked = select(PreferenceQuestion, Customer.login).join(
            Customer, Customer.id == PreferenceQuestion.customer_id
        )
        if customer_id is not None:
            choices = choices.where(MarketingPreference.customer_id == customer_id)
            asked = asked.where(PreferenceQuestion.customer_id == customer_id)
        events: list[PreferenceEvent] = []
        with Session(self.engine) as session:
            linked_query = select(PreferenceQuestion.preference_id, PreferenceQuestion.id).where(
                col(PreferenceQuestion.preference_id).is_not(None)
            )
            if customer_id is not None:
                linked_query = linked_query.where(PreferenceQuestion.customer_id == customer_id)
            linked = dict(session.exec(linked_query).all())
            for choice, login in session.exec(choices).all():
                events.append(
                    PreferenceEvent(choice.changed_at, login, choice.status, "", choice.channel,
                                    choice.words, linked.get(choice.id))
                )
            for q, login in session.exec(asked).all():
                events.append(
                    PreferenceEvent(q.asked_at, login, f"asked_{q.kind}", q.conversation_id,
                                    q.channel, q.request_words, q.id)
                )
                if q.answer and q.answered_at is not None:
                    events.append(
                        PreferenceEvent(q.answered_at, login, f"answered_{q.answer}",
                                        q.conversation_id, q.channel, q.answer_words, q.id)
                    )
        order = {"asked_resume": 0, "asked_stop": 0, "answered_yes": 1, "answered_no": 1}
        events.sort(key=lambda e: (e.at, order.get(e.event, 2)))
        return [
            e for e in events
            if (since is None or e.at >= since) and (until is None or e.at < until)
        ]

    def unconfirmed_opt_ins(self) -> int:
        """Opt-ins with no "yes" question behind them: zero, by construction (a test checks)."""
        confirmed = select(PreferenceQuestion.preference_id).where(
            PreferenceQuestion.answer == "yes",
            PreferenceQuestion.kind == "resume",
            col(PreferenceQuestion.preference_id).is_not(None),
        )
        query = select(MarketingPreference.id).where(
            MarketingPreference.status == OPTED_IN, col(MarketingPreference.id).notin_(confirmed)
        )
        with Session(self.engine) as session:
            return len(session.exec(query).all())


def _choice(
    customer_id: int, status: str, at: datetime, channel: str, words: str
) -> MarketingPreference:
    return MarketingPreference(
        customer_id=customer_id, status=status, changed_at=at, channel=channel, words=words
    )
