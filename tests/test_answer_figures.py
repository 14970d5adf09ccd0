"""Issue 12's wrong figures, each as Penny answers it through the real action: names are
identities, reversals net out, income has a meaning and direction is part of the question.
TODAY is 23 November 2026 (tests.builders)."""

from __future__ import annotations

from typing import Any

import pytest

import actions.actions as penny
from bot.store import Store
from tests.action_harness import run_action, texts
from tests.builders import add_customer, pay

ENECO = "NL11ENEC0000000001"
HISTORY = [
    pay("2026-10-04", -1061, "NS", "Reis Utrecht", mcc=4112),
    pay("2026-10-01", -125000, "Woonstichting De Key", "Huur oktober", kind="direct_debit"),
    pay("2026-10-06", -3500, "Vitens", "Water", kind="direct_debit"),
    pay("2026-10-08", -8900, "Transavia", "Ticket", mcc=4511),
    pay("2026-10-09", -2000, "Jansen", "Tikkie", kind="transfer"),
    # Energy: September's premium bounced and was paid again; the yearly settlement refunds.
    pay("2026-09-01", -9500, "Eneco", "Termijn sep", kind="direct_debit", iban=ENECO),
    pay("2026-09-03", 9500, "Eneco", "STORNO Termijn sep", kind="returned_debit", iban=ENECO),
    pay("2026-09-20", -9500, "Eneco", "Termijn sep", kind="direct_debit", iban=ENECO),
    pay("2026-10-01", -9500, "Eneco", "Termijn okt", kind="direct_debit", iban=ENECO),
    pay("2026-11-02", -9500, "Eneco", "Termijn nov", kind="direct_debit", iban=ENECO),
    pay("2026-11-04", 9500, "Eneco", "STORNO Termijn nov", kind="returned_debit", iban=ENECO),
    pay("2026-10-20", 4000, "Eneco", "Jaarafrekening", kind="transfer", iban=ENECO),
    pay("2026-10-25", 310000, "Philips Nederland B.V.", "SALARIS OKT", kind="transfer"),
    pay("2026-10-26", 1500, "Jansen", "Tikkie terug", kind="transfer"),
    pay("2026-10-27", -50000, "Sanne de Vries", "Naar spaarrekening", kind="own_transfer"),
]


@pytest.fixture
def store(action_store: Store) -> Store:
    add_customer(action_store, "demo-001", HISTORY, opening_cents=500000)
    return action_store


def ask(action: Any, text: str, intent: str, **entities: str) -> list[dict[str, Any]]:
    found = [{"entity": name, "value": value} for name, value in entities.items()]
    messages, _ = run_action(action, text, intent, found)
    return messages


def buttons(messages: list[dict[str, Any]]) -> list[str]:
    return [b["title"] for m in messages for b in m.get("buttons") or []]


def test_a_short_merchant_name_counts_only_that_merchant_and_names_it(store):
    out = ask(penny.ActionAnswerSpending, "How much did I spend at NS last month?",
              "ask_spending", merchant="NS", period="last month")
    assert texts(out) == "You spent €10.61 at NS in October 2026 (1 payment)."


def test_a_returned_debit_is_not_spent_and_a_refund_lowers_its_category(store):
    out = ask(penny.ActionAnswerSpending, "How much did I spend on energy this year?",
              "ask_spending", category="utilities", period="this year")
    # Eneco: the premiums of 20 September and 1 October stood (190.00), Vitens 35.00, less
    # the settlement (40.00). The bounced ones of 1 September and 2 November are gone.
    assert texts(out) == (
        "You spent €185.00 on energy and water in 2026 so far (3 payments, after €40.00 "
        "refunded)."
    )


def test_a_comparison_sees_the_bounced_premium(store):
    out = ask(penny.ActionCompare, "Did I pay more for energy in November than in October?",
              "compare_spending", category="utilities", period="November")
    assert "€0.00" in texts(out) and "less" in texts(out)


def test_earned_is_salary_pension_and_benefits_and_says_so(store):
    out = ask(penny.ActionAnswerIncome, "How much did I earn last month?", "ask_income",
              period="last month")
    assert texts(out) == (
        "You earned €3,100.00 in October 2026 in salary, pension and benefits (1 payment)."
    )


def test_came_in_is_all_incoming_but_own_transfers_and_reversals_with_no_doubled_word(store):
    out = ask(penny.ActionAnswerIncome, "How much came in in October?", "ask_income",
              period="October")
    # Salary, the Tikkie and the energy settlement.
    assert texts(out).startswith("You received €3,155.00 in October 2026 (3 payments), not ")
    assert "in in" not in texts(out)


def test_when_did_i_last_pay_looks_at_payments_that_stood(store):
    out = ask(penny.ActionAnswerTransactions, "When did I last pay Eneco?", "ask_transactions",
              merchant="Eneco")
    assert texts(out).startswith("Your last payment at Eneco was on 1 October 2026: €95.00")


def test_recent_payments_leave_out_money_coming_in_and_own_transfers(store):
    out = ask(penny.ActionAnswerTransactions, "Show my most recent payments",
              "ask_transactions")
    said = texts(out)
    assert said.startswith("Your most recent payments:")
    assert "Philips" not in said and "Sanne de Vries" not in said and "STORNO" not in said


def test_transactions_list_both_ways_but_own_transfers_only_when_asked(store):
    both = texts(ask(penny.ActionAnswerTransactions, "Show my transactions", "ask_transactions"))
    assert both.startswith("Your most recent transactions:") and "Philips" in both
    assert "Sanne de Vries" not in both
    asked = texts(ask(penny.ActionAnswerTransactions, "Show my transfers to savings",
                      "ask_transactions"))
    assert "Sanne de Vries" in asked


@pytest.mark.parametrize(
    ("action", "text", "intent"),
    [
        (penny.ActionAnswerTransactions, "When did I last pay Protestantse Kerk Amsterdam?",
         "ask_transactions"),
        (penny.ActionAnswerSpending, "How much did I pay Protestantse Kerk Amsterdam?",
         "ask_spending"),
        (penny.ActionAnswerIncome, "What came in from Protestantse Kerk Amsterdam?",
         "ask_income"),
        (penny.ActionCompare, "Protestantse Kerk Amsterdam this month vs last",
         "compare_spending"),
        (penny.ActionAnswerSubscriptions, "Do I pay Protestantse Kerk Amsterdam every month?",
         "ask_subscriptions"),
    ],
)
def test_an_unknown_name_is_said_to_be_unknown_in_every_answer_kind(store, action, text, intent):
    out = ask(action, text, intent, merchant="Protestantse Kerk Amsterdam")
    assert 'I don\'t see any payments to or from "Protestantse Kerk Amsterdam"' in texts(out)
    assert "€" not in texts(out)


def test_a_close_name_is_offered_as_buttons_never_summed(store):
    out = ask(penny.ActionAnswerSpending, "How much at Vitnes?", "ask_spending", merchant="Vitnes")
    assert "€" not in texts(out)
    assert buttons(out)[0] == "Vitens"


def test_a_bounced_premium_is_not_listed_as_last_paid():
    from datetime import date

    from bot.insights.recurring import detect_recurring
    from tests.builders import memory_store

    store = memory_store()
    months = [pay(f"2026-{m:02d}-01", -2500, "Zilveren Kruis", kind="direct_debit")
              for m in range(1, 12)]
    back = pay("2026-11-03", 2500, "Zilveren Kruis", "STORNO", kind="returned_debit")
    me = add_customer(store, "me", [*months, back])
    today = date(2026, 11, 5)
    history = store.payments(me, date(2025, 11, 5), today, outgoing=True, limit=None,
                             settled=True)
    (premium,) = detect_recurring(history, today)
    assert premium.last_date == date(2026, 10, 1)  # not the 1 November debit that bounced


def test_the_top_payments_asked_as_spending_are_listed_not_summed(store):
    found = [{"entity": "order", "value": "largest"}, {"entity": "count", "value": "2"},
             {"entity": "period", "value": "October"}]
    messages, _ = run_action(penny.ActionAnswerSpending, "my top 2 spends in October",
                             "ask_spending", found)
    said = texts(messages)
    assert said.startswith("Your 2 largest payments in October 2026:")
    assert "€1,250.00" in said and "€95.00" in said


def test_a_counterparty_written_out_where_no_rule_expects_a_name_is_still_that_counterparty(
    store,
):
    # The entity rules found no name: the customer's own names are looked for in the words.
    out = ask(penny.ActionAnswerSpending, "hoeveel geld is er vorige maand richting Vitens gegaan",
              "ask_spending", period="vorige maand")
    assert "€\xa035,00 bij Vitens" in texts(out)
    # A word too many before the name ("Schrijft Vitens") is not part of it.
    out = ask(penny.ActionAnswerSpending, "Schrijft Vitens vorige maand veel af?", "ask_spending",
              merchant="Schrijft Vitens", period="vorige maand")
    assert "€\xa035,00 bij Vitens" in texts(out)
    # Part of a longer name typed: the whole name written out is the one meant.
    out = ask(penny.ActionAnswerSpending, "What did I pay Woonstichting De Key last month?",
              "ask_spending", merchant="Woonstichting", period="last month")
    assert "€1,250.00" in texts(out) and "Woonstichting De Key" in texts(out)


def test_the_customers_names_are_read_once_per_answer(store, monkeypatch):
    calls = []
    original = Store.counterparties

    def counted(self, customer_id):
        calls.append(customer_id)
        return original(self, customer_id)

    monkeypatch.setattr(Store, "counterparties", counted)
    out = ask(penny.ActionAnswerSpending, "What did I pay Woonstichting De Key last month?",
              "ask_spending", merchant="Woonstichting", period="last month")
    assert "Woonstichting De Key" in texts(out)
    assert len(calls) == 1
