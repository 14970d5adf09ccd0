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


def test_a_counterparty_filter_is_exact_names_not_a_substring(store: Store):
    me = add_customer(store, "me", HISTORY)
    assert store.spending(me, *OCTOBER, counterparties=["ALBERT HEIJN 1403 UTRECHT"]).cents == 2350
    assert store.spending(me, *OCTOBER, counterparties=["albert heijn"]).count == 0
    assert store.spending(me, *OCTOBER, counterparties=[]).count == 0


def test_counterparty_names_are_plain_values_never_sql(store: Store):
    me = add_customer(store, "me", HISTORY)
    for typed in ("'; DROP TABLE transaction; --", "%", "_", "' OR 1=1 --"):
        assert store.spending(me, *OCTOBER, counterparties=[typed]).count == 0
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


TROUBLE = [
    pay("2026-10-01", -9500, "Eneco", "Termijn okt", kind="direct_debit", iban="NL11ENEC0001"),
    pay("2026-10-03", 9500, "Eneco", "STORNO Termijn okt", kind="returned_debit",
        iban="NL11ENEC0001"),
    pay("2026-10-15", -9500, "Eneco", "Termijn okt opnieuw", kind="direct_debit",
        iban="NL11ENEC0001"),
    pay("2026-10-20", 2500, "Eneco", "Jaarafrekening teruggave", kind="transfer",
        iban="NL11ENEC0001"),
    pay("2026-10-05", -4999, "Coolblue", "Order 1", mcc=5732, kind="ideal"),
    pay("2026-10-09", 4999, "Coolblue", "Retour order 1", mcc=5732, kind="transfer"),
    pay("2026-10-25", 310000, "Philips Nederland B.V.", "SALARIS OKT", kind="transfer"),
    pay("2026-10-26", 1500, "Bram Meijer", "Tikkie pizza", kind="transfer"),
    pay("2026-10-27", -50000, "Sanne de Vries", "Naar spaarrekening", kind="own_transfer"),
]


def test_a_returned_debit_and_its_original_both_leave_spending(store: Store):
    me = add_customer(store, "me", TROUBLE)
    utilities = store.spending(me, *OCTOBER, category="utilities")
    # One premium paid (95.00), the bounced one gone, the settlement refund taken off.
    assert (utilities.cents, utilities.count) == (9500 - 2500, 1)
    assert (utilities.refunded_cents, utilities.refunds) == (2500, 1)


def test_a_full_refund_cancels_the_purchase_it_returns(store: Store):
    me = add_customer(store, "me", TROUBLE)
    assert store.spending(me, *OCTOBER, category="shopping").count == 0
    assert store.spending(me, *OCTOBER, category="shopping").cents == 0


def test_a_reversal_is_linked_to_the_newest_matching_payment_within_the_window():
    from bot.insights.reversals import Booking, link_reversals

    def booking(id_: int, day: str, cents: int, kind: str = "direct_debit") -> Booking:
        return Booking(id_, date.fromisoformat(day), cents, "Eneco", "NL11", "utilities", kind)

    rows = [
        booking(1, "2026-08-01", -9500),
        booking(2, "2026-09-01", -9500),
        booking(3, "2026-09-03", 9500, "returned_debit"),
        booking(4, "2026-09-04", 9500, "returned_debit"),
        booking(5, "2026-12-30", 9500, "returned_debit"),  # no payment within 56 days
    ]
    assert link_reversals(rows) == {2: 3, 1: 4}


def test_earned_is_pay_and_benefits_and_came_in_is_everything_but_own_money_and_reversals(
    store: Store,
):
    me = add_customer(store, "me", TROUBLE)
    assert store.income(me, *OCTOBER, categories={"income", "benefits"}).cents == 310000
    came_in = store.income(me, *OCTOBER)
    # Salary, the Tikkie and the partial refund; not the STORNO nor the full refund.
    assert (came_in.cents, came_in.count) == (310000 + 1500 + 2500, 3)


def test_settled_payments_leave_out_reversals_and_lists_leave_out_own_transfers(store: Store):
    me = add_customer(store, "me", TROUBLE)
    paid = store.payments(me, counterparties=["Eneco"], outgoing=True, settled=True)
    assert [p.description for p in paid] == ["Termijn okt opnieuw"]
    listed = store.payments(me, limit=None, own_transfers=False)
    assert all(p.kind != "own_transfer" for p in listed) and len(listed) == len(TROUBLE) - 1
    asked = store.payments(me, limit=None, own_transfers=True)
    assert len(asked) == len(TROUBLE)


def test_an_old_store_gets_the_reversal_columns_and_links_once(tmp_path):
    import sqlite3

    url = f"sqlite:///{tmp_path / 'old.db'}"
    store = Store.from_url(url)
    me = add_customer(store, "me", TROUBLE)
    with sqlite3.connect(tmp_path / "old.db") as old:  # as a store made before the columns
        columns = [row[1] for row in old.execute('PRAGMA table_info("transaction")')]
        kept = ", ".join(c for c in columns if c not in ("reversed_by_id", "reverses_id"))
        old.execute(f'CREATE TABLE before AS SELECT {kept} FROM "transaction"')
        old.execute('DROP TABLE "transaction"')
        old.execute('ALTER TABLE before RENAME TO "transaction"')
    store.engine.dispose()
    reopened = Store.from_url(url)
    reopened.create_tables()
    assert reopened.spending(me, *OCTOBER, category="utilities").cents == 9500 - 2500
