"""The preference actions as the action server runs them: stops recorded precisely, questions
asked where the words are unclear, opt-in only after a confirmed Yes, urgent requests handed off."""

from __future__ import annotations

import pytest

import actions.actions as penny
from bot.store import Store
from bot.store.preference_store import PreferenceStore
from tests.action_harness import run_action, texts
from tests.builders import add_customer, pay


@pytest.fixture
def store(action_store: Store) -> Store:
    monthly = [
        pay(f"2026-{month:02d}-05", -1099, "Spotify AB", "Premium", mcc=4899, kind="direct_debit")
        for month in range(1, 12)
    ]
    add_customer(action_store, "demo-001", [*monthly, pay("2026-10-03", -5000, "Albert Heijn")],
                 opening_cents=250000)
    return action_store


def preference(store: Store) -> str | None:
    customer = store.customer_by_login("demo-001")
    assert customer is not None
    return store.preference(customer.id)


def slot(events, name):
    return next(e["value"] for e in events if e.get("event") == "slot" and e["name"] == name)


def test_an_objection_to_marketing_use_of_payment_data_is_recorded(store):
    messages, _ = run_action(
        penny.ActionStopSuggestions, "Don't use my payment data for marketing", "stop_suggestions"
    )
    assert "won't suggest any products" in texts(messages)
    assert preference(store) == "opted_out"


def test_a_dutch_objection_is_recorded_in_dutch(store):
    messages, _ = run_action(
        penny.ActionStopSuggestions, "gebruik mijn betaalgegevens niet voor marketing",
        "stop_suggestions",
    )
    assert "geen producten meer voor" in texts(messages)
    assert preference(store) == "opted_out"


def test_a_bare_stop_away_from_a_card_asks_with_one_tap_and_records_nothing(store):
    messages, events = run_action(penny.ActionStopSuggestions, "unsubscribe", "stop_suggestions")
    assert "Do you want me to stop suggesting" in texts(messages)
    assert [b["payload"] for b in messages[0]["buttons"]] == ["/affirm", "/deny"]
    assert preference(store) is None
    yes, _ = run_action(
        penny.ActionSmallTalk, "/affirm", "affirm",
        slots={"open_question": slot(events, "open_question")},
    )
    assert "won't suggest any products" in texts(yes)
    assert preference(store) == "opted_out"
    [question] = PreferenceStore(store).questions()
    assert (question.kind, question.request_words) == ("stop", "unsubscribe")
    assert question.answer == "yes"


@pytest.mark.parametrize(
    "text", ["stop", "Why do you keep doing this? Stop it", "waarom krijg ik dit, stop ermee"]
)
def test_a_bare_stop_right_after_a_card_is_recorded(store, text):
    run_action(
        penny.ActionStopSuggestions, text, "stop_suggestions",
        slots={"pending_suggestion": "travel-insurance"},
    )
    assert preference(store) == "opted_out"


@pytest.mark.parametrize("text", ["not interested", "nee, geen interesse"])
def test_a_polite_no_right_after_a_card_is_a_stop_and_elsewhere_just_a_no(store, text):
    run_action(penny.ActionSmallTalk, text, "deny")
    assert preference(store) is None
    messages, _ = run_action(
        penny.ActionSmallTalk, text, "deny", slots={"pending_suggestion": "travel-insurance"}
    )
    assert preference(store) == "opted_out"
    assert "won't suggest" in texts(messages) or "geen producten meer" in texts(messages)


def test_a_stop_with_a_question_records_the_stop_and_answers_the_question(store):
    messages, _ = run_action(
        penny.ActionStopSuggestions,
        "Ik wil geen suggesties, wat is mijn saldo",
        "stop_suggestions",
        parse_extra={"penny_preference": {"reading": "stop", "also": "ask_balance"}},
    )
    assert preference(store) == "opted_out"
    assert "geen producten meer voor" in texts(messages)
    assert "2.329,11" in texts(messages)  # the balance, in Dutch


def test_a_resume_needs_its_yes_in_the_same_conversation(store):
    run_action(penny.ActionStopSuggestions, "no more offers", "stop_suggestions")
    asked, events = run_action(
        penny.ActionResumeSuggestions, "turn the offers back on", "resume_suggestions"
    )
    assert preference(store) == "opted_out"
    question = slot(events, "open_question")
    later, _ = run_action(
        penny.ActionSmallTalk, "yes", "affirm", slots={"open_question": question},
        session_started=99.0,
    )
    assert "no longer open" in texts(later)
    assert preference(store) == "opted_out"


def test_a_yes_without_a_question_changes_nothing(store):
    run_action(penny.ActionStopSuggestions, "no more offers", "stop_suggestions")
    messages, _ = run_action(penny.ActionSmallTalk, "yes", "affirm")
    assert "What would you like to know" in texts(messages)
    assert preference(store) == "opted_out"


def test_a_no_to_the_resume_question_keeps_suggestions_off(store):
    run_action(penny.ActionStopSuggestions, "no more offers", "stop_suggestions")
    _, events = run_action(penny.ActionResumeSuggestions, "offers on again", "resume_suggestions")
    no, _ = run_action(
        penny.ActionSmallTalk, "no", "deny", slots={"open_question": slot(events, "open_question")}
    )
    assert "stay off" in texts(no)
    assert preference(store) == "opted_out"


@pytest.mark.parametrize(
    "text, language", [("How do I unsubscribe from Spotify?", "en"),
                       ("Ik wil me uitschrijven bij Spotify", "nl")],
)
def test_a_stop_about_a_subscription_shows_it_and_how_to_cancel(store, text, language):
    messages, _ = run_action(
        penny.ActionAnswerSubscriptions, text, "ask_subscriptions",
        [{"entity": "merchant", "value": "Spotify"}],
    )
    assert "Spotify AB" in texts(messages)
    assert ("cancel" if language == "en" else "opzeggen") in texts(messages)
    assert "Albert Heijn" not in texts(messages)
    assert preference(store) is None


def test_an_unknown_subscription_is_said_so(store):
    messages, _ = run_action(
        penny.ActionAnswerSubscriptions, "cancel my Netflix", "ask_subscriptions",
        [{"entity": "merchant", "value": "Netflix"}],
    )
    # Never paid to Netflix at all: the name is said to be unknown, not silently dropped.
    assert 'I don\'t see any payments to or from "Netflix"' in texts(messages)


def test_a_known_name_without_a_subscription_is_said_so(store):
    messages, _ = run_action(
        penny.ActionAnswerSubscriptions, "cancel my Albert Heijn subscription",
        "ask_subscriptions", [{"entity": "merchant", "value": "Albert Heijn"}],
    )
    assert "no recurring payment to Albert Heijn" in texts(messages)
    assert "cancel" in texts(messages)


@pytest.mark.parametrize(
    "text, words", [("my card was stolen", "blocking line"), ("blokkeer mijn pas", "blokkeerlijn")]
)
def test_a_stolen_card_gets_the_blocking_line_at_once(store, text, words):
    messages, _ = run_action(penny.ActionSmallTalk, text, "block_card")
    assert words in texts(messages) and "+31 20 123 4000" in texts(messages)
    assert preference(store) is None


def test_the_blocking_line_is_configurable(store, monkeypatch):
    monkeypatch.setenv("PENNY_BLOCKING_PHONE", "0800 1234")
    messages, _ = run_action(penny.ActionSmallTalk, "I lost my card", "block_card")
    assert "0800 1234" in texts(messages)


def test_a_stop_is_recorded_even_when_the_store_had_no_question_table_yet(tmp_path, monkeypatch):
    """A store made before preference questions existed gets the table on first use."""
    from sqlalchemy import text as sql

    from bot.store import open_store

    url = f"sqlite:///{tmp_path / 'old.db'}"
    old = Store.from_url(url)
    add_customer(old, "demo-001", [])
    with old.engine.begin() as connection:
        connection.execute(sql("DROP TABLE preferencequestion"))
    monkeypatch.setenv("PENNY_DATABASE_URL", url)
    open_store.cache_clear()
    messages, _ = run_action(penny.ActionStopSuggestions, "unsubscribe", "stop_suggestions")
    assert "Do you want me to stop suggesting" in texts(messages)


def test_a_question_about_opting_out_is_answered_with_what_it_does_and_a_one_tap_stop(store):
    messages, _ = run_action(
        penny.ActionDataUsage, "What happens if I opt out?", "ask_data_usage",
        parse_extra={"penny_preference": {"reading": "about", "also": None}},
    )
    assert "free of charge" in texts(messages) and "currently on" in texts(messages)
    assert messages[0]["buttons"][0]["payload"] == "/stop_suggestions"
    assert preference(store) is None


def test_bot_audit_exports_the_question_the_answer_and_the_opt_in(store):
    import json

    from click.testing import CliRunner

    from bot.cli import main

    run_action(penny.ActionStopSuggestions, "no more offers", "stop_suggestions")
    _, events = run_action(penny.ActionResumeSuggestions, "offers on again", "resume_suggestions")
    run_action(
        penny.ActionSmallTalk, "ja graag", "affirm",
        slots={"open_question": slot(events, "open_question")},
    )
    out = CliRunner().invoke(
        main,
        ["audit", "--log", "preferences", "--format", "json", "--customer", "demo-001",
         "--database-url", str(store.engine.url)],
    )
    assert out.exit_code == 0, out.output
    rows = json.loads(out.stdout)
    assert [r["event"] for r in rows] == ["opted_out", "asked_resume", "answered_yes", "opted_in"]
    assert rows[1]["words"] == "offers on again" and rows[2]["words"] == "ja graag"
    assert rows[1]["question_id"] == rows[2]["question_id"] == rows[3]["question_id"]
