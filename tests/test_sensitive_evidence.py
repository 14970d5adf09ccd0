"""Issue 11, point 6: customers whose only evidence for a trigger reveals a special category
(a pilgrimage, rent for sheltered housing, care abroad). The payment-evidence rule blocks every
such candidate, the audit log holds the decision without the payment, and no "Why am I seeing
this?" names it."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

import actions.actions as penny
from bot.advice.rules import evidence_payment
from bot.advice.sensitive import is_special
from bot.advice.triggers import Evidence
from bot.store import Store
from bot.store.advice_store import AdviceStore
from tests.action_harness import run_action
from tests.builders import TODAY, add_customer, pay


def days_ago(days: int) -> str:
    return (TODAY - timedelta(days=days)).isoformat()


PILGRIMAGE = [
    pay(days_ago(40 + i), -18000 if i % 2 else -2400,
        "Hilton Makkah Convention" if i % 2 else "Al Baik Madinah", mcc=7011 if i % 2 else 5814,
        country="SA")
    for i in range(8)
] + [pay(days_ago(200 + i), -9500, "Hotel Padoue Lourdes", mcc=7011, country="FR")
     for i in range(4)]
SHELTERED_HOUSING = [
    pay(days_ago(20 + 30 * i), -98000, "Parnassia Beschermd Wonen", "Huur kamer",
        kind="direct_debit", iban="NL55PARN0123456789")
    for i in range(24)
]
CARE_ABROAD = [
    pay(days_ago(15 + 9 * i), -6400, name, mcc=mcc, country=country)
    for i, (name, mcc, country) in enumerate(
        [("Farmacia Centrale Nice", 5912, "FR"), ("Klinik am See", 8062, "DE"),
         ("Clinica Dental Sol", 8021, "ES"), ("Apotheke am Markt", None, "DE")] * 2
    )
]


@pytest.fixture
def store(action_store: Store) -> Store:
    add_customer(action_store, "pilgrim", PILGRIMAGE, opening_cents=300000)
    add_customer(action_store, "sheltered", SHELTERED_HOUSING, iban="NL02PENN0000000002",
                 opening_cents=300000)
    add_customer(action_store, "care-abroad", CARE_ABROAD, iban="NL02PENN0000000003",
                 opening_cents=300000)
    return action_store


def offer(login: str) -> list[dict[str, object]]:
    run_action(penny.ActionAnswerSpending, "spending last month", "ask_spending", sender=login)
    messages, _ = run_action(penny.ActionOfferSuggestion, "spending last month", "ask_spending",
                             sender=login, slots={"answer_topic": "ok"})
    return messages


def decisions(store: Store, login: str):
    customer = store.customer_by_login(login)
    assert customer is not None
    return AdviceStore(store).audit(customer.id)


@pytest.mark.parametrize("login", ["pilgrim", "sheltered"])
def test_a_trigger_that_needs_a_special_payment_is_blocked_by_the_payment_evidence_rule(
    store, login
):
    assert offer(login) == []
    logged = decisions(store, login)
    assert logged, "the trigger should have been considered and logged"
    assert {d.rule for d in logged} == {"payment_evidence_only"}
    assert not any(d.shown for d in logged)


@pytest.mark.parametrize("login", ["pilgrim", "sheltered", "care-abroad"])
def test_no_logged_evidence_and_no_why_names_a_special_payment(store, login):
    offer(login)
    for decision in decisions(store, login):
        for item in decision.evidence:
            day = date.fromisoformat(str(item["booking_date"]))
            evidence = Evidence(**{**item, "booking_date": day})
            assert not is_special(evidence_payment(evidence)), item
        assert "Makkah" not in json.dumps(decision.evidence)
    why, _ = run_action(penny.ActionExplainSuggestion, "why this", "ask_why_suggestion",
                        sender=login)
    text = json.dumps(why, ensure_ascii=False)
    for name in ("Makkah", "Madinah", "Lourdes", "Parnassia", "Farmacia", "Klinik", "Clinica"):
        assert name not in text


def test_care_abroad_is_no_travel_evidence_at_all(store):
    offer("care-abroad")
    assert decisions(store, "care-abroad") == []
