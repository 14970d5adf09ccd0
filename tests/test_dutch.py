"""Everything that works in English works in Dutch: answers, suggestions, opt-out, errors."""

from __future__ import annotations

from datetime import date

import pytest

import actions.actions as penny
from bot.store import Store
from tests.action_harness import run_action, texts
from tests.builders import abroad_meals, add_customer, pay

TODAY = date(2026, 11, 23)


@pytest.fixture
def store(action_store: Store) -> Store:
    store = action_store
    history = [
        pay("2026-10-02", -2350, "ALBERT HEIJN 1403 UTRECHT", mcc=5411),
        pay("2026-10-15", -4120, "Jumbo Supermarkten", mcc=5411),
        pay("2026-10-01", -123456, "Woonstichting De Key", "Huur oktober", kind="direct_debit"),
    ]
    history += abroad_meals()
    add_customer(store, "demo-001", history, name="Daan de Vries")
    return store


def ask(action, text, intent, entities=None, **kwargs):  # type: ignore[no-untyped-def]
    return texts(run_action(action, text, intent, entities, **kwargs)[0])


def test_a_dutch_question_gets_a_dutch_answer_with_dutch_formatting(store):
    answer = ask(
        penny.ActionAnswerSpending,
        "hoeveel heb ik vorige maand aan boodschappen uitgegeven",
        "ask_spending",
        [
            {"entity": "category", "value": "groceries"},
            {"entity": "period", "value": "vorige maand"},
        ],
    )
    assert answer.replace("\u00a0", " ") == (
        "Je hebt € 64,70 aan boodschappen uitgegeven in oktober 2026 (2 betalingen)."
    )


def test_dutch_periods_and_amounts_work_in_the_answer(store):
    answer = ask(
        penny.ActionAnswerTransactions,
        "laat betalingen boven de 200 euro zien van vorige maand",
        "ask_transactions",
        [
            {"entity": "amount", "value": "200 euro", "role": "min"},
            {"entity": "period", "value": "vorige maand"},
        ],
    )
    assert "1.234,56" in answer and "Jumbo" not in answer


def test_the_balance_in_dutch(store):
    answer = ask(penny.ActionAnswerBalance, "wat is mijn saldo", "ask_balance")
    assert answer.startswith("Je saldo op 23 november 2026:")
    assert "Betaalrekening NL02PENN0000000001" in answer


def test_an_unknown_dutch_merchant_gets_the_closest_known_ones_in_dutch(store):
    messages, _ = run_action(
        penny.ActionAnswerSpending,
        "hoeveel heb ik bij Albert Hein betaald",
        "ask_spending",
        [{"entity": "merchant", "value": "Albert Hein"}],
    )
    answer = texts(messages)
    assert answer == 'Ik zie geen betalingen aan of van "Albert Hein". Bedoelde je een van deze?'
    assert "ALBERT HEIJN" in messages[0]["buttons"][0]["title"]


def test_a_switch_to_english_mid_conversation_is_followed(store):
    dutch = ask(penny.ActionAnswerBalance, "wat is mijn saldo", "ask_balance")
    english = ask(
        penny.ActionAnswerBalance, "what is my balance", "ask_balance", slots={"language": "nl"}
    )
    assert "saldo" in dutch.lower() and "Your balance" in english


def test_a_widget_switch_decides_for_a_message_without_clear_words(store):
    answer = ask(
        penny.ActionAnswerSubscriptions,
        "Netflix?",
        "ask_subscriptions",
        slots={"language": "en", "requested_language": "en"},
        metadata={"language": "nl"},
    )
    assert answer.startswith("Ik heb in de afgelopen 12 maanden"), answer


def test_a_button_click_keeps_the_conversations_language_whatever_the_widget_says(store):
    answer = ask(
        penny.ActionAnswerBalance,
        "/ask_balance",
        "ask_balance",
        slots={"language": "nl", "requested_language": "en"},
        metadata={"language": "en"},
    )
    assert answer.startswith("Je saldo op 23 november 2026:")


def test_suggestion_why_and_opt_out_come_in_dutch(store):
    run_action(
        penny.ActionAnswerSpending,
        "hoeveel heb ik uitgegeven",
        "ask_spending",
        slots={"language": "nl"},
    )
    messages, _ = run_action(
        penny.ActionOfferSuggestion,
        "hoeveel heb ik uitgegeven",
        "ask_spending",
        slots={"language": "nl", "answer_topic": "ok"},
    )
    card = next(m["custom"] for m in messages if m.get("custom"))
    assert card["product"] == "Penny Reisverzekering"
    assert "stop suggesties" in texts(messages)
    why = ask(penny.ActionExplainSuggestion, "waarom krijg ik dit aanbod", "ask_why_suggestion")
    assert "Penny Reisverzekering" in why and "Restaurante Sol" in why
    stopped = ask(penny.ActionStopSuggestions, "ik wil geen aanbiedingen meer", "stop_suggestions")
    assert stopped.startswith("Geregeld: ik stel je geen producten meer voor")
    customer = store.customer_by_login("demo-001")
    assert customer is not None and store.preference(customer.id) == "opted_out"


def test_dutch_errors_for_impossible_periods(store):
    answer = ask(
        penny.ActionAnswerSpending,
        "hoeveel heb ik op 30 februari uitgegeven",
        "ask_spending",
        [{"entity": "period", "value": "30 februari"}],
    )
    assert answer == '"30 februari" is geen bestaande datum, dus die kan ik niet opzoeken.'


def test_an_unknown_dutch_category_gets_the_closest_known_ones_in_dutch(store):
    messages, _ = run_action(
        penny.ActionAnswerSpending,
        "hoeveel heb ik aan boodschapen uitgegeven",
        "ask_spending",
        [{"entity": "category", "value": "boodschapen"}],
    )
    assert texts(messages) == 'Ik ken geen categorie "boodschapen". Bedoelde je een van deze?'
    assert messages[0]["buttons"][0] == {
        "title": "Boodschappen",
        "payload": '/ask_spending{"category": "groceries"}',
    }
