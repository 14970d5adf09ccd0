from datetime import date

from bot.store import Store
from tests.builders import add_customer, pay

HISTORY = [
    pay("2026-10-02", -2350, "ALBERT HEIJN 1403 UTRECHT", mcc=5411),
    pay("2026-10-15", -4120, "Jumbo Supermarkten", mcc=5411),
    pay("2026-10-31", -1000, "Lidl", mcc=5411),
    pay("2026-11-01", -125000, "Woonstichting De Key", "Huur november", kind="direct_debit"),
    pay("2026-09-30", -999, "Lidl", mcc=5411),
    pay("2026-10-25", 310000, "Philips Nederland B.V.", "SALARIS OKT", kind="transfer"),
    pay("2026-10-20", -1349, "Netflix", kind="direct_debit"),
]
OCTOBER = (date(2026, 10, 1), date(2026, 10, 31))


def test_spending_sums_one_category_in_a_period_inclusive_of_both_ends(store: Store):
    me = add_customer(store, "me", HISTORY)
    total = store.spending(me, *OCTOBER, category="groceries")
    assert (total.cents, total.count) == (2350 + 4120 + 1000, 3)


def test_spending_ignores_money_coming_in_and_income_counts_it(store: Store):
    me = add_customer(store, "me", HISTORY)
    assert store.spending(me, *OCTOBER).cents == 2350 + 4120 + 1000 + 1349
    assert store.income(me, *OCTOBER).cents == 310000


def test_merchant_filter_matches_inside_bank_texts_case_insensitively(store: Store):
    me = add_customer(store, "me", HISTORY)
    assert store.spending(me, *OCTOBER, merchant="albert heijn").cents == 2350


def test_merchant_filter_treats_sql_and_wildcards_as_plain_text(store: Store):
    me = add_customer(store, "me", HISTORY)
    for typed in ("'; DROP TABLE transaction; --", "%", "_", "' OR 1=1 --"):
        assert store.spending(me, *OCTOBER, merchant=typed).count == 0
    assert store.spending(me, *OCTOBER).count == 4  # the table is still there


def test_queries_never_return_another_customers_money(store: Store):
    me = add_customer(store, "me", HISTORY)
    other = add_customer(
        store, "other", [pay("2026-10-03", -99999, "Albert Heijn", mcc=5411)], iban="NL02PENN9"
    )
    assert store.spending(me, *OCTOBER, category="groceries").cents == 7470
    assert store.spending(other, *OCTOBER, category="groceries").cents == 99999
    assert all(p.amount_cents != -99999 for p in store.payments(me, limit=None))


def test_breakdown_is_per_category_largest_first(store: Store):
    me = add_customer(store, "me", HISTORY)
    rows = store.spending_by_category(me, *OCTOBER)
    assert [(r.category, r.cents) for r in rows] == [("groceries", 7470), ("subscriptions", 1349)]


def test_payments_are_listed_newest_or_largest_first_with_amount_bounds(store: Store):
    me = add_customer(store, "me", HISTORY)
    recent = store.payments(me, limit=2)
    assert [p.booking_date for p in recent] == [date(2026, 11, 1), date(2026, 10, 31)]
    largest = store.payments(me, *OCTOBER, outgoing=True, order="largest", limit=2)
    assert [p.amount_cents for p in largest] == [-4120, -2350]
    bounded = store.payments(me, *OCTOBER, outgoing=True, min_cents=1000, max_cents=2350)
    assert sorted(p.amount_cents for p in bounded) == [-2350, -1349, -1000]


def test_balance_is_opening_balance_plus_every_booking(store: Store):
    me = add_customer(store, "me", HISTORY, opening_cents=50000)
    (account,) = store.accounts(me)
    assert account.balance_cents == 50000 + sum(int(p["amount_cents"]) for p in HISTORY)


def test_a_customer_without_transactions_gets_zeroes_not_errors(store: Store):
    me = add_customer(store, "empty", [])
    assert store.spending(me, *OCTOBER).cents == 0
    assert store.spending_by_category(me, *OCTOBER) == []
    assert store.accounts(me)[0].balance_cents == 0
    assert store.first_booking(me) is None


def test_customers_are_found_by_login_only(store: Store):
    add_customer(store, "demo-001", HISTORY)
    assert store.customer_by_login("demo-001") is not None
    assert store.customer_by_login("demo-001' OR '1'='1") is None
    assert store.iban_owner("NL02PENN0000000001") is not None


def test_the_newest_marketing_preference_is_in_force(store: Store):
    from datetime import datetime

    me = add_customer(store, "me", [])
    assert store.preference(me) is None
    from bot.store.preference_store import PreferenceStore

    prefs = PreferenceStore(store)
    prefs.record_opt_out(me, datetime(2026, 11, 1, 9), "web", "stop it")
    assert store.preference(me) == "opted_out"
    asked = prefs.ask(me, "me#1", "resume", datetime(2026, 11, 2, 9), "web", "resume")
    prefs.answer(asked.question_id, me, "me#1", True, datetime(2026, 11, 2, 9, 1), "yes")
    assert store.preference(me) == "opted_in"
