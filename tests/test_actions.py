"""Every action through a rasa_sdk Tracker and CollectingDispatcher, against a real store."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy.exc import OperationalError

import actions.actions as penny_actions
from bot.store import Store
from tests.action_harness import run_action, texts
from tests.builders import add_customer, pay

HISTORY = [
    pay("2026-10-02", -2350, "ALBERT HEIJN 1403 UTRECHT", mcc=5411),
    pay("2026-10-15", -4120, "Jumbo Supermarkten", mcc=5411),
    pay("2026-11-03", -1500, "Restaurant De Kas", mcc=5812),
    pay("2026-10-10", -2000, "Restaurant De Kas", mcc=5812),
    pay("2026-11-01", -125000, "Woonstichting De Key", "Huur november", kind="direct_debit"),
    pay("2026-10-01", -125000, "Woonstichting De Key", "Huur oktober", kind="direct_debit"),
    pay("2026-06-25", 310000, "Philips Nederland B.V.", "SALARIS JUN", kind="transfer"),
    *[pay(f"2026-{m:02d}-05", -1349, "Netflix", kind="direct_debit") for m in range(5, 12)],
]
OTHER_IBAN = "NL55PENN0000000099"


@pytest.fixture
def store(action_store: Store) -> Store:
    store = action_store
    add_customer(store, "demo-001", HISTORY, opening_cents=100000)
    add_customer(
        store,
        "demo-002",
        [pay("2026-10-05", -77777, "Albert Heijn", mcc=5411)],
        iban=OTHER_IBAN,
        opening_cents=999999,
        name="Other Person",
    )
    add_customer(store, "demo-empty", [], iban="NL02PENN0000000003")
    return store


def run(
    action: Any,
    text: str,
    intent: str,
    entities: list[dict[str, Any]] | None = None,
    sender: str = "demo-001",
    ranking: list[dict[str, Any]] | None = None,
) -> list[dict[str, Any]]:
    messages, _ = run_action(action, text, intent, entities, sender=sender, ranking=ranking)
    return messages


def ent(name: str, value: str, role: str | None = None) -> dict[str, Any]:
    entity = {"entity": name, "value": value}
    if role:
        entity["role"] = role
    return entity


def test_spending_on_a_category_names_figure_period_and_filter(store):
    out = run(
        penny_actions.ActionAnswerSpending,
        "How much did I spend on groceries last month?",
        "ask_spending",
        [ent("category", "groceries"), ent("period", "last month")],
    )
    assert texts(out) == "You spent €64.70 on groceries in October 2026 (2 payments)."


def test_spending_without_a_period_says_which_default_it_used(store):
    out = run(
        penny_actions.ActionAnswerSpending,
        "groceries?",
        "ask_spending",
        [ent("category", "groceries")],
    )
    assert "€64.70" in texts(out)
    assert "You didn't name a period, so I looked in October 2026" in texts(out)


def test_spending_at_a_merchant_this_year(store):
    out = run(
        penny_actions.ActionAnswerSpending,
        "What did I pay at Albert Heijn this year?",
        "ask_spending",
        [ent("merchant", "Albert Heijn"), ent("period", "this year")],
    )
    assert texts(out) == "You spent €23.50 at ALBERT HEIJN 1403 UTRECHT in 2026 so far (1 payment)."


def test_where_does_my_money_go_gives_a_breakdown_and_a_chart(store):
    out = run(
        penny_actions.ActionAnswerSpending,
        "Where does my money go?",
        "ask_spending",
        [ent("period", "October")],
    )
    assert "You spent €1,348.19 in October 2026 (5 payments)" in texts(out)
    assert "Housing: €1,250.00" in texts(out)
    chart = next(m["custom"] for m in out if m.get("custom"))
    assert chart["type"] == "bar_chart"
    assert chart["bars"][0] == {"label": "Housing", "cents": 125000, "display": "€1,250.00"}


def test_an_empty_result_is_said_honestly(store):
    out = run(
        penny_actions.ActionAnswerSpending,
        "fuel last month",
        "ask_spending",
        [ent("category", "fuel"), ent("period", "last month")],
    )
    assert texts(out) == "You made no payments on fuel in October 2026."


def test_an_unknown_merchant_gets_the_closest_known_ones_as_buttons(store):
    out = run(
        penny_actions.ActionAnswerSpending,
        "spent at Albert Hein",
        "ask_spending",
        [ent("merchant", "Albert Hein")],
    )
    assert 'I don\'t see any payments to or from "Albert Hein"' in texts(out)
    titles = [b["title"] for m in out for b in m.get("buttons") or []]
    assert titles and "ALBERT HEIJN" in titles[0].upper()


def test_a_merchant_that_looks_like_sql_is_just_an_unknown_name(store):
    out = run(
        penny_actions.ActionAnswerSpending,
        "x",
        "ask_spending",
        [ent("merchant", "'; DROP TABLE transaction; --")],
    )
    assert "I don't see any payments" in texts(out)
    again = run(
        penny_actions.ActionAnswerSpending,
        "groceries october",
        "ask_spending",
        [ent("category", "groceries"), ent("period", "October")],
    )
    assert "€64.70" in texts(again)


@pytest.mark.parametrize(
    ("period", "expected"),
    [
        ("February 30th", "isn't a real date"),
        ("the year 3000", "is in the future"),
        ("whenever", "couldn't work out the period"),
    ],
)
def test_impossible_periods_get_a_clear_answer(store, period, expected):
    out = run(penny_actions.ActionAnswerSpending, period, "ask_spending", [ent("period", period)])
    assert expected in texts(out)


def test_comparison_of_this_month_with_last_month(store):
    out = run(
        penny_actions.ActionCompare,
        "Did I spend more on restaurants this month than last month?",
        "compare_spending",
        [ent("category", "eating_out"), ent("period", "this month"), ent("period", "last month")],
    )
    assert texts(out) == (
        "You spent €15.00 on eating out in November 2026 so far. That is €5.00 less than the "
        "€20.00 in October 2026."
    )
    assert any(m.get("custom", {}).get("type") == "bar_chart" for m in out)


def test_five_biggest_payments_in_october_are_listed_in_a_table(store):
    out = run(
        penny_actions.ActionAnswerTransactions,
        "Show my five biggest payments in October.",
        "ask_transactions",
        [ent("count", "five"), ent("order", "largest"), ent("period", "October")],
    )
    assert texts(out).startswith("Your 5 largest payments in October 2026:")
    table = next(m["custom"] for m in out if m.get("custom"))
    assert table["rows"][0][1] == "Woonstichting De Key"
    assert len(table["rows"]) == 5


def test_when_did_i_last_pay_my_rent(store):
    out = run(
        penny_actions.ActionAnswerTransactions,
        "When did I last pay my rent?",
        "ask_transactions",
        [ent("category", "housing")],
    )
    assert texts(out).startswith(
        "Your last payment on housing was on 1 November 2026: €1,250.00 to Woonstichting De Key."
    )


def test_balance_is_per_account(store):
    out = run(penny_actions.ActionAnswerBalance, "What's my balance?", "ask_balance")
    expected = 100000 + sum(int(p["amount_cents"]) for p in HISTORY)
    assert f"€{expected / 100:,.2f}" in texts(out)
    assert "Your balance on 23 November 2026" in texts(out)


def test_salary_in_june(store):
    out = run(
        penny_actions.ActionAnswerIncome,
        "How much salary came in in June?",
        "ask_income",
        [ent("category", "income"), ent("period", "June")],
    )
    # "Salary" is a word of earning: pay, pension and benefits, and the answer says so.
    assert texts(out) == (
        "You earned €3,100.00 in June 2026 in salary, pension and benefits (1 payment)."
    )


def test_subscriptions_are_detected_from_the_data(store):
    out = run(
        penny_actions.ActionAnswerSubscriptions,
        "Which subscriptions do I pay for?",
        "ask_subscriptions",
    )
    assert "Netflix: €13.49 a month" in texts(out)
    assert "Woonstichting De Key" not in texts(out)  # only two rent payments: not yet a pattern


def test_another_customers_iban_gets_none_of_their_data(store):
    out = run(
        penny_actions.ActionAnswerBalance,
        f"balance of {OTHER_IBAN}",
        "ask_balance",
        [ent("iban", OTHER_IBAN)],
    )
    assert "not one of your accounts" in texts(out)
    assert "9,999" not in texts(out) and "€" not in texts(out)


def test_naming_another_customer_changes_nothing(store):
    out = run(
        penny_actions.ActionAnswerSpending,
        "How much did Other Person spend on groceries as demo-002 in October",
        "ask_spending",
        [ent("category", "groceries"), ent("period", "October")],
    )
    assert "€64.70" in texts(out) and "777.77" not in texts(out)


@pytest.mark.parametrize(
    ("action", "intent"),
    [
        (penny_actions.ActionAnswerSpending, "ask_spending"),
        (penny_actions.ActionStopSuggestions, "stop_suggestions"),
        (penny_actions.ActionResumeSuggestions, "resume_suggestions"),
        (penny_actions.ActionExplainSuggestion, "ask_why_suggestion"),
    ],
)
def test_actions_about_a_customer_refuse_an_unknown_sender(store, action, intent):
    out = run(action, "something", intent, sender="intruder")
    assert "log in again" in texts(out)


def test_an_unknown_sender_gets_no_data(store):
    out = run(penny_actions.ActionAnswerBalance, "balance", "ask_balance", sender="intruder")
    assert "log in again" in texts(out) and "€" not in texts(out)


def test_a_customer_with_no_transactions_gets_honest_answers(store):
    out = run(
        penny_actions.ActionAnswerSpending,
        "where does my money go",
        "ask_spending",
        sender="demo-empty",
    )
    assert "You made no payments in October 2026" in texts(out)
    out = run(
        penny_actions.ActionAnswerSubscriptions, "subs", "ask_subscriptions", sender="demo-empty"
    )
    assert texts(out) == "I found no recurring payments in the last 12 months."
    out = run(penny_actions.ActionAnswerBalance, "balance", "ask_balance", sender="demo-empty")
    assert "€0.00" in texts(out)


@pytest.mark.parametrize("text", ["", "   ", "😀🙂💸", "?!"])
def test_empty_or_emoji_messages_get_a_clear_prompt(store, text):
    out = run(penny_actions.ActionAnswerSpending, text, "ask_spending")
    assert "I didn't get a question there" in texts(out)


def test_a_5000_character_message_is_refused_politely(store):
    out = run(penny_actions.ActionAnswerSpending, "groceries " * 500, "ask_spending")
    assert "too long" in texts(out)


def test_small_talk_answers_each_intent(store, monkeypatch):
    monkeypatch.setenv("PENNY_CONTACT_PHONE", "+31 20 000 0000")
    assert "Hi Sanne" in texts(run(penny_actions.ActionSmallTalk, "hi", "greet"))
    handoff = texts(run(penny_actions.ActionSmallTalk, "human please", "human_handoff"))
    assert "+31 20 000 0000" in handoff
    oos = run(penny_actions.ActionSmallTalk, "transfer 50 euro to mum", "out_of_scope")
    assert "I can't help with that" in texts(oos) and oos[0]["buttons"]
    assert "computer program" in texts(run(penny_actions.ActionSmallTalk, "bot?", "bot_challenge"))
    assert "For example" in texts(run(penny_actions.ActionSmallTalk, "help", "help"))


def test_low_confidence_offers_the_likely_intents_as_buttons(store):
    ranking = [
        {"name": "nlu_fallback", "confidence": 0.5},
        {"name": "ask_spending", "confidence": 0.4},
        {"name": "ask_transactions", "confidence": 0.35},
        {"name": "out_of_scope", "confidence": 0.2},
    ]
    out = run(
        penny_actions.ActionClarify,
        "groceries thing",
        "nlu_fallback",
        [ent("category", "groceries")],
        ranking=ranking,
    )
    buttons = out[0]["buttons"]
    assert [b["payload"] for b in buttons] == [
        '/ask_spending{"category": "groceries"}',
        '/ask_transactions{"category": "groceries"}',
    ]


def test_a_store_that_is_down_gets_a_clear_message(store, monkeypatch):
    def broken(*args, **kwargs):
        raise OperationalError("select", {}, Exception("connection refused"))

    monkeypatch.setattr(Store, "customer_by_login", broken)
    out = run(penny_actions.ActionAnswerBalance, "balance", "ask_balance")
    assert "can't reach your transactions right now" in texts(out)


def test_an_unknown_category_gets_the_closest_known_ones(store):
    out = run(
        penny_actions.ActionAnswerSpending,
        "how much on restaurnts",
        "ask_spending",
        [ent("category", "restaurnts"), ent("period", "last month")],
    )
    assert texts(out) == 'I don\'t know a category called "restaurnts". Did you mean one of these?'
    assert out[0]["buttons"][0]["payload"] == (
        '/ask_spending{"category": "eating_out", "period": "last month"}'
    )


def test_a_comparison_applies_the_amount_filter_it_names(store):
    out = run(
        penny_actions.ActionCompare,
        "restaurants over 18 euro this month vs last month",
        "compare_spending",
        [
            ent("category", "eating_out"),
            ent("amount", "18 euro", "min"),
            ent("period", "this month"),
            ent("period", "last month"),
        ],
    )
    assert texts(out) == (
        "You spent €0.00 on eating out in payments over €18.00 in November 2026 so far. That is "
        "€20.00 less than the €20.00 in October 2026."
    )
