"""The shell around the suggestion rules: reads the facts and the situation from the store,
decides, and writes every decision to the audit log in the same call."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache

from bot.advice.catalogue import Catalogue, load_catalogue
from bot.advice.decide import Decision, decide
from bot.advice.facts import Facts
from bot.advice.rules import Context
from bot.domain import CustomerInfo
from bot.store import Store
from bot.store.advice_store import AdviceStore

LOOK_BACK_DAYS = 730
BALANCE_DAYS = 365


@dataclass(frozen=True)
class Situation:
    """Where the suggestion would appear."""

    conversation_id: str
    channel: str
    answer_topic: str  # ok | sensitive | trouble | none
    now: datetime
    mode: str
    cap_30_days: int


@lru_cache(maxsize=1)
def catalogue() -> Catalogue:
    return load_catalogue()


def read_facts(store: Store, customer: CustomerInfo, now: datetime) -> Facts:
    advice = AdviceStore(store)
    today = now.date()
    payments = store.payments(
        customer.id, today - timedelta(days=LOOK_BACK_DAYS), today, limit=None
    )
    return Facts(
        customer_id=customer.id,
        birth_date=customer.birth_date,
        children=customer.children,
        holdings=advice.holdings(customer.id),
        has_savings_account=advice.has_savings_account(customer.id),
        payments=tuple(reversed(payments)),  # oldest first
        daily_balances=tuple(
            advice.daily_balances(customer.id, today - timedelta(days=BALANCE_DAYS), today)
        ),
        today=today,
    )


def read_context(store: Store, customer: CustomerInfo, situation: Situation) -> Context:
    """The opt-out is read here, at the moment of deciding, never from a conversation slot."""
    advice = AdviceStore(store)
    now = situation.now
    return Context(
        catalogue=catalogue(),
        preference=store.preference(customer.id),
        mode=situation.mode,
        answer_topic=situation.answer_topic,
        shown_in_conversation=advice.shown_count(
            customer.id, conversation_id=situation.conversation_id
        ),
        shown_last_30_days=advice.shown_count(customer.id, since=now - timedelta(days=30)),
        cap_30_days=situation.cap_30_days,
        declined_last_90_days=advice.declined_since(customer.id, now - timedelta(days=90)),
    )


def consider(store: Store, customer: CustomerInfo, situation: Situation) -> Decision | None:
    """Decides on every candidate suggestion, logs each decision, returns the one to show."""
    facts = read_facts(store, customer, situation.now)
    context = read_context(store, customer, situation)
    decisions = decide(facts, context)
    if decisions:
        AdviceStore(store).record_decisions(
            customer.id,
            situation.conversation_id,
            situation.channel,
            situation.now,
            situation.mode,
            decisions,
        )
    return next((d for d in decisions if d.shown), None)
