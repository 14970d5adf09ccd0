"""Suggestions end to end through the actions, against a real store and its audit log."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.exc import OperationalError

import actions.actions as penny
from bot.store import Store
from bot.store.advice_store import AdviceStore
from bot.store.preference_store import PreferenceStore
from tests.action_harness import run_action, texts
from tests.builders import abroad_meals, add_customer, pay

TODAY = date(2026, 11, 23)


@pytest.fixture
def store(action_store: Store) -> Store:
    store = action_store
    traveller = [*abroad_meals(every_days=25), pay("2026-10-03", -5000, "Albert Heijn", mcc=5411)]
    add_customer(store, "traveller", traveller, opening_cents=300000)
    return store


def customer_id(store: Store, login: str = "traveller") -> int:
    customer = store.customer_by_login(login)
    assert customer is not None
    return customer.id


def answer_then_offer(topic: str = "ok", session: float = 1.0, sender: str = "traveller"):
    run_action(
        penny.ActionAnswerSpending,
        "groceries last month",
        "ask_spending",
        [{"entity": "category", "value": "groceries"}],
        sender=sender,
        session_started=session,
    )
    return run_action(
        penny.ActionOfferSuggestion,
        "groceries last month",
        "ask_spending",
        sender=sender,
        slots={"answer_topic": topic},
        session_started=session,
    )


def test_a_relevant_answer_is_followed_by_a_card_that_says_why_and_how_to_stop(store):
    messages, events = answer_then_offer()
    card = next(m["custom"] for m in messages if m.get("custom"))
    assert card["type"] == "suggestion_card" and card["product_id"] == "travel-insurance"
    assert "8 card payments abroad" in card["why"]
    assert [b["payload"] for b in card["buttons"]][:2] == [
        "/ask_why_suggestion",
        "/stop_suggestions",
    ]
    assert "stop suggestions" in texts(messages)
    assert {
        "event": "slot",
        "timestamp": None,
        "name": "pending_suggestion",
        "value": "travel-insurance",
    } in events
    log = AdviceStore(store).audit(customer_id(store))
    assert [r.shown for r in log].count(True) == 1
    assert all(r.evidence for r in log)


def slot(events, name):
    return next(e["value"] for e in events if e.get("event") == "slot" and e["name"] == name)


def test_stop_is_written_to_the_store_before_it_is_confirmed(store, monkeypatch):
    messages, _ = run_action(
        penny.ActionStopSuggestions,
        "stop suggestions",
        "stop_suggestions",
        sender="traveller",
        channel="penny",
    )
    assert "won't suggest any products" in texts(messages)
    assert store.preference(customer_id(store)) == "opted_out"

    def broken(*args, **kwargs):
        raise OperationalError("insert", {}, Exception("disk full"))

    add_customer(store, "second", abroad_meals(every_days=25), iban="NL02PENN0000000002")
    monkeypatch.setattr(PreferenceStore, "record_opt_out", broken)
    messages, _ = run_action(
        penny.ActionStopSuggestions, "stop the offers", "stop_suggestions", sender="second"
    )
    assert "couldn't record that" in texts(messages)
    assert "won't suggest" not in texts(messages)


def test_after_an_opt_out_nothing_is_suggested_in_any_conversation_and_it_is_logged(store):
    run_action(
        penny.ActionStopSuggestions, "no more offers", "stop_suggestions", sender="traveller"
    )
    for session in (1.0, 2.0, 3.0):
        messages, _ = answer_then_offer(session=session)
        assert not any(m.get("custom") for m in messages)
    log = AdviceStore(store).audit(customer_id(store))
    assert log and all(not r.shown and r.rule == "opt_out" for r in log)


def test_stop_twice_is_recorded_once_and_resume_without_opt_out_is_not_recorded(store):
    first, _ = run_action(
        penny.ActionResumeSuggestions, "start suggestions", "resume_suggestions", sender="traveller"
    )
    assert "already on" in texts(first)
    assert store.preference(customer_id(store)) is None
    run_action(
        penny.ActionStopSuggestions, "stop suggestions", "stop_suggestions", sender="traveller"
    )
    again, _ = run_action(
        penny.ActionStopSuggestions, "no more offers!", "stop_suggestions", sender="traveller"
    )
    assert "already off" in texts(again)
    from sqlmodel import Session, select

    from bot.store.models import MarketingPreference

    with Session(store.engine) as session:
        rows = session.exec(select(MarketingPreference)).all()
    assert [(r.status, r.words) for r in rows] == [("opted_out", "stop suggestions")]
    asked, events = run_action(
        penny.ActionResumeSuggestions,
        "suggestions on again",
        "resume_suggestions",
        sender="traveller",
    )
    assert "Nothing changes unless you say yes" in texts(asked)
    assert store.preference(customer_id(store)) == "opted_out"
    question = slot(events, "open_question")
    resumed, _ = run_action(
        penny.ActionSmallTalk, "yes", "affirm", sender="traveller",
        slots={"open_question": question},
    )
    assert "on again" in texts(resumed)
    assert store.preference(customer_id(store)) == "opted_in"


def test_why_explains_the_last_suggestion_from_the_log(store):
    none, _ = run_action(
        penny.ActionExplainSuggestion, "why?", "ask_why_suggestion", sender="traveller"
    )
    assert "haven't suggested anything" in texts(none)
    answer_then_offer()
    why, _ = run_action(
        penny.ActionExplainSuggestion,
        "why am I seeing this",
        "ask_why_suggestion",
        sender="traveller",
    )
    assert "Penny Travel Insurance because you made 8 card payments abroad" in texts(why)
    assert "Restaurante Sol" in texts(why)


def test_data_usage_says_no_third_parties_how_to_object_and_the_current_status(store):
    on, _ = run_action(
        penny.ActionDataUsage, "how do you use my data", "ask_data_usage", sender="traveller"
    )
    assert "Nothing is sold or shared with third parties" in texts(on)
    assert "free of charge" in texts(on) and "currently on" in texts(on)
    run_action(penny.ActionStopSuggestions, "no more ads", "stop_suggestions", sender="traveller")
    off, _ = run_action(
        penny.ActionDataUsage, "are suggestions on?", "ask_data_usage", sender="traveller"
    )
    assert "currently off" in texts(off)


def test_only_one_suggestion_per_conversation(store):
    first, _ = answer_then_offer(session=1.0)
    second, _ = answer_then_offer(session=1.0)
    assert any(m.get("custom") for m in first) and not any(m.get("custom") for m in second)
    rules = {r.rule for r in AdviceStore(store).audit(customer_id(store)) if not r.shown}
    assert "one_per_conversation" in rules


def test_the_30_day_cap_is_configurable(store, monkeypatch):
    monkeypatch.setenv("PENNY_SUGGESTION_CAP_30_DAYS", "1")
    shown = [any(m.get("custom") for m in answer_then_offer(session=s)[0]) for s in (1.0, 2.0)]
    assert shown == [True, False]
    assert "monthly_cap" in {r.rule for r in AdviceStore(store).audit(customer_id(store))}


def test_a_declined_product_is_not_suggested_again_soon(store):
    messages, _ = answer_then_offer(session=1.0)
    product = next(m["custom"]["product_id"] for m in messages if m.get("custom"))
    declined, _ = run_action(
        penny.ActionSmallTalk,
        "no thanks",
        "deny",
        sender="traveller",
        slots={"pending_suggestion": product},
    )
    assert "won't suggest Penny Travel Insurance to you again for at least 90 days" in texts(
        declined
    )
    later, _ = answer_then_offer(session=2.0)
    card = next((m["custom"] for m in later if m.get("custom")), None)
    assert card is None or card["product_id"] != product
    blocked = [r for r in AdviceStore(store).audit(customer_id(store)) if r.product_id == product]
    assert blocked[-1].rule == "declined_recently"


def test_no_suggestion_after_an_answer_about_sensitive_payments_or_trouble(store):
    for topic in ("sensitive", "trouble", "none"):
        messages, _ = answer_then_offer(topic=topic, session=hash(topic) % 100 + 10.0)
        assert not any(m.get("custom") for m in messages)


def test_consent_first_mode_suggests_nothing_until_the_customer_says_yes(store, monkeypatch):
    monkeypatch.setenv("PENNY_SUGGESTIONS_MODE", "consent_first")
    messages, _ = answer_then_offer(session=1.0)
    assert not any(m.get("custom") for m in messages)
    status, _ = run_action(
        penny.ActionDataUsage, "are suggestions on", "ask_data_usage", sender="traveller"
    )
    assert "off until you agree" in texts(status)
    asked, events = run_action(
        penny.ActionResumeSuggestions,
        "I agree to suggestions",
        "resume_suggestions",
        sender="traveller",
    )
    assert "Nothing changes unless you say yes" in texts(asked)
    yes, _ = run_action(
        penny.ActionSmallTalk, "/affirm", "affirm", sender="traveller",
        slots={"open_question": slot(events, "open_question")},
    )
    assert "you have agreed" in texts(yes)
    messages, _ = answer_then_offer(session=2.0)
    assert any(m.get("custom") for m in messages)


def test_the_sensitive_answer_topic_comes_from_the_question_and_the_rows(store):
    _, events = run_action(
        penny.ActionAnswerSpending,
        "pharmacy",
        "ask_spending",
        [{"entity": "category", "value": "health"}],
        sender="traveller",
    )
    assert {
        "event": "slot",
        "timestamp": None,
        "name": "answer_topic",
        "value": "sensitive",
    } in events


def test_bot_audit_exports_every_decision_as_csv_and_json(store, tmp_path):
    import csv
    import io
    import json

    from click.testing import CliRunner

    from bot.cli import main

    answer_then_offer(session=1.0)
    # A bare "stop" right after the card is a stop.
    run_action(
        penny.ActionStopSuggestions, "stop", "stop_suggestions", sender="traveller",
        slots={"pending_suggestion": "travel-insurance"},
    )
    answer_then_offer(session=2.0)
    url = str(store.engine.url)
    runner = CliRunner()
    out = runner.invoke(main, ["audit", "--customer", "traveller", "--database-url", url])
    assert out.exit_code == 0, out.output
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    assert rows[0]["shown"] == "True" and rows[0]["rule"] == "all_rules_passed"
    assert rows[-1]["rule"] == "opt_out" and rows[-1]["shown"] == "False"
    assert json.loads(rows[0]["evidence"])[0]["counterparty"] == "Restaurante Sol"
    as_json = runner.invoke(
        main,
        [
            "audit",
            "--format",
            "json",
            "--since",
            "2026-11-01",
            "--until",
            TODAY.isoformat(),
            "--database-url",
            url,
        ],
    )
    assert len(json.loads(as_json.stdout)) == len(rows)
    none = runner.invoke(
        main,
        [
            "audit",
            "--format",
            "json",
            "--since",
            "2020-01-01",
            "--until",
            "2020-12-31",
            "--database-url",
            url,
        ],
    )
    assert json.loads(none.stdout) == []
    unknown = runner.invoke(main, ["audit", "--customer", "nobody", "--database-url", url])
    assert unknown.exit_code == 1 and "No customer" in unknown.output
    backwards = runner.invoke(
        main, ["audit", "--since", "2026-11-02", "--until", "2026-11-01", "--database-url", url]
    )
    assert backwards.exit_code == 2


def test_an_opt_out_inside_a_very_long_message_is_still_recorded(store):
    long_words = "I have been a customer for years and " * 40 + "please stop sending me offers."
    messages, _ = run_action(
        penny.ActionStopSuggestions, long_words, "stop_suggestions", sender="traveller"
    )
    assert "won't suggest any products" in texts(messages)
    assert store.preference(customer_id(store)) == "opted_out"
