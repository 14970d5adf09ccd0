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


def slot_value(events, name):
    return next((e["value"] for e in events if e.get("event") == "slot" and e["name"] == name),
                None)


@pytest.fixture
def patient(action_store: Store) -> Store:
    add_customer(action_store, "patient", [
        # Categorised "other" by the categoriser; only the recogniser knows it is a dentist.
        pay(days_ago(12), -8650, "Tandartspraktijk Centrum", "Factuur 2026-0412", kind="ideal"),
        pay(days_ago(14), -5000, "Albert Heijn", mcc=5411),
        *[pay(days_ago(9 + 25 * i), -4200, "Restaurante Sol", mcc=5812, country="ES")
          for i in range(8)],
    ], opening_cents=300000)
    return action_store


def test_a_question_about_a_sensitive_payment_is_sensitive_whatever_the_model_recognised(patient):
    # The model found no merchant, and the customer paid no hospital this month.
    _, events = run_action(penny.ActionAnswerSpending, "How much did I pay Ziekenhuis Rijnstate?",
                           "ask_spending", sender="patient")
    assert slot_value(events, "answer_topic") == "sensitive"
    assert slot_value(events, "touched_special") is True


def test_a_total_that_added_up_a_dentists_bill_is_sensitive_though_nobody_named_it(patient):
    _, events = run_action(penny.ActionAnswerSpending, "how much did I spend this month",
                           "ask_spending", [{"entity": "period", "value": "this month"}],
                           sender="patient")
    assert slot_value(events, "answer_topic") == "sensitive"


def test_after_a_sensitive_answer_no_suggestion_follows_in_that_conversation(patient):
    offer_after_groceries = dict(sender="patient", slots={"answer_topic": "ok"})
    shown, _ = run_action(penny.ActionOfferSuggestion, "groceries", "ask_spending",
                          session_started=5.0, **offer_after_groceries)
    assert any(m.get("custom") for m in shown)  # the customer does get suggestions otherwise
    touched = {"answer_topic": "ok", "touched_special": True}
    later, _ = run_action(penny.ActionOfferSuggestion, "groceries", "ask_spending",
                          sender="patient", slots=touched, session_started=6.0)
    assert not any(m.get("custom") for m in later)


def test_the_audit_export_of_the_demo_store_holds_no_special_category_evidence(tmp_path):
    """Issue 11's "done when": every demo customer is considered for a suggestion after an
    ordinary answer, and `bot audit` then exports no evidence that `bot classify` (the same
    verdict a compliance officer runs) calls special."""
    from datetime import datetime

    from click.testing import CliRunner

    from bot.advice.classify import PaymentLine, verdict
    from bot.advice.service import Situation, consider
    from bot.cli import main
    from bot.seed import seed_store

    url = f"sqlite:///{tmp_path / 'demo.db'}"
    store = Store.from_url(url)
    seed_store(store, customers=12, months=24, until=date(2026, 11, 23))
    showcase = store.customers()[0]
    history = store.payments(showcase.id, limit=None)
    special = [p for p in history if is_special(p)]
    assert {p.country for p in special} >= {"SA", "FR", "DE", "NL"}  # the demo has all kinds
    for customer in store.customers():
        consider(store, customer, Situation(
            f"audit-{customer.login}", "rest", "ok", datetime(2026, 11, 23, 12), "opt_out", 2,
        ))
    exported = CliRunner().invoke(main, ["audit", "--format", "json", "--database-url", url])
    assert exported.exit_code == 0, exported.output
    rows = json.loads(exported.stdout)
    assert rows and any(row["evidence"] for row in rows)
    for row in rows:
        evidence = row["evidence"]
        for item in json.loads(evidence) if isinstance(evidence, str) else evidence:
            if not item["counterparty"]:
                continue  # a balance fact
            line = PaymentLine(item["counterparty"], item["description"], item.get("mcc"),
                               item.get("country", "NL"), item.get("kind", "transfer"),
                               item["amount_cents"])
            assert verdict(line)["special_category"] is None, (row["customer"], item)


def test_the_topic_the_suggestion_rules_see():
    from bot.answers.topics import question_topic_or, suggestion_topic

    assert question_topic_or("ok", "How much did I pay Ziekenhuis Rijnstate?") == "sensitive"
    assert question_topic_or("ok", "how much did I pay Albert Heijn") == "ok"
    assert question_topic_or("trouble", "my balance") == "trouble"
    assert suggestion_topic("ok", touched_special=True) == "sensitive"
    assert suggestion_topic("ok", touched_special=False) == "ok"
    assert suggestion_topic(None, touched_special=False) == "none"
