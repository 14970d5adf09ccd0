"""The reference oracle (tests/oracle) on a tiny store whose figures are worked out by hand.

Sanne (current account, €1,000.00 opening; savings account, €5,000.00 opening), October 2026:
    AH 23.50 + Jumbo 41.20 groceries, AH refunds 10.00 (partial: no payment of exactly 10.00);
    rent 1,250.00 on 1 Oct, returned ("STORNO") on 3 Oct: both vanish; rent 1,250.00 on 1 Nov;
    NS Reizigers 12.00, NS 5.00, Vitens 20.00, Transavia 150.00; 500.00 to savings (own);
    salary 3,100.00, child benefit 300.00, 25.00 from Piet (a person, no refund).
November: 200.00 back from savings (own), tax rebate 450.00, a STORNO of 45.00 from Ziggo whose
original is not in the store, and 9.99 booked after today.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlmodel import Session

from bot.categoriser import categorise
from bot.store import Store
from bot.store.models import Account, Transaction
from tests.builders import TODAY, add_customer, pay
from tests.oracle.figures import Booking, Figure, Filter, Oracle
from tests.oracle.matching import matching

OCT = Filter(date(2026, 10, 1), date(2026, 10, 31))
NOV = Filter(date(2026, 11, 1), TODAY)
WSDK, ZIGGO = "NL11RABO0000000011", "NL12RABO0000000012"
SANNE = [
    pay("2026-10-02", -2350, "Albert Heijn", mcc=5411),
    pay("2026-10-15", -4120, "Jumbo Supermarkten", mcc=5411),
    pay("2026-10-20", 1000, "Albert Heijn", "Terugbetaling", mcc=5411, kind="transfer"),
    pay("2026-10-01", -125000, "Woonstichting De Key", "Huur", kind="direct_debit", iban=WSDK),
    pay("2026-10-03", 125000, "Woonstichting De Key", "STORNO Huur", kind="returned_debit",
        iban=WSDK),
    pay("2026-11-01", -125000, "Woonstichting De Key", "Huur", kind="direct_debit", iban=WSDK),
    pay("2026-10-27", -50000, "Sanne de Vries", "Naar spaarrekening", kind="own_transfer"),
    pay("2026-11-05", 20000, "Sanne de Vries", "Van spaarrekening", kind="own_transfer"),
    pay("2026-10-24", 310000, "Philips Nederland B.V.", "SALARIS OKT", kind="transfer"),
    pay("2026-10-10", 30000, "SVB", "Kinderbijslag", kind="transfer"),
    pay("2026-10-12", 2500, "Piet Jansen", "Etentje", kind="transfer"),
    pay("2026-10-08", -1200, "NS Reizigers", mcc=4112),
    pay("2026-10-09", -500, "NS", mcc=4112),
    pay("2026-10-18", -2000, "Vitens", "Water", kind="direct_debit", iban="NL13RABO0000000013"),
    pay("2026-10-22", -15000, "Transavia", mcc=4511),
    pay("2026-11-10", 45000, "Belastingdienst", "Teruggaaf", kind="transfer"),
    pay("2026-11-12", 4500, "Ziggo", "STORNO", kind="returned_debit", iban=ZIGGO),
    pay("2026-11-28", -999, "Bakkerij Bart", mcc=5411),  # after today
]
SAVINGS = [
    pay("2026-10-27", 50000, "Sanne de Vries", "Van betaalrekening", kind="own_transfer"),
    pay("2026-11-05", -20000, "Sanne de Vries", "Naar betaalrekening", kind="own_transfer"),
]
COOLBLUE, ENECO = "NL21INGB0000000021", "NL22INGB0000000022"
LINKS = [
    pay("2026-06-01", -30000, "Coolblue", kind="ideal", iban=COOLBLUE),
    pay("2026-07-01", -30000, "Coolblue", kind="ideal", iban=COOLBLUE),
    pay("2026-07-10", 30000, "Coolblue", "Retour", kind="transfer", iban=COOLBLUE),
    pay("2026-08-20", 30000, "Coolblue", "Retour", kind="transfer", iban=COOLBLUE),
    pay("2026-07-01", -8000, "Eneco", kind="direct_debit", iban=ENECO),
    pay("2026-09-10", 8000, "Eneco", "Retour", kind="transfer", iban=ENECO),  # 71 days later
    pay("2026-03-01", -3000, "Vitens", kind="direct_debit", iban="NL23INGB0000000023"),
    pay("2026-04-26", 3000, "Vitens", kind="transfer", iban="NL23INGB0000000023"),  # 56 days
    pay("2026-05-05", -1850, "Thuisbezorgd", mcc=5814),
    pay("2026-05-05", 1850, "Thuisbezorgd", "Retour", kind="transfer"),  # the same day
    pay("2026-10-11", -2599, "bol.com", kind="card"),
    pay("2026-10-13", 2599, "bol.com", "Retour", kind="transfer", iban="NL24INGB0000000024"),
    pay("2026-10-14", -1999, "HEMA", kind="ideal", iban="NL25INGB0000000025"),
    pay("2026-10-16", 1999, "HEMA", "Retour", kind="transfer", iban="NL26INGB0000000026"),
    pay("2026-10-01", -2000, "Piet Jansen", "Voorschot", kind="transfer"),
    pay("2026-10-03", 2000, "Piet Jansen", "Terug", kind="transfer"),
]


def add_account(store: Store, customer: int, iban: str, opening: int,
                payments: list[dict[str, object]]) -> None:
    with Session(store.engine) as session:
        account = Account(customer_id=customer, iban=iban, kind="savings",
                          opening_balance_cents=opening, opened_on=date(2020, 1, 1))
        session.add(account)
        session.flush()
        for p in payments:
            cents = p["amount_cents"]
            assert isinstance(cents, int)
            category = categorise(str(p["counterparty_name"]), str(p["description"]), None,
                                  cents, str(p["kind"]))
            session.add(Transaction(customer_id=customer, account_id=account.id,
                                    category=category, **p))
        session.commit()


@pytest.fixture(scope="module")
def oracle(tmp_path_factory: pytest.TempPathFactory) -> Oracle:
    path = Path(tmp_path_factory.mktemp("oracle")) / "tiny.db"
    store = Store.from_url(f"sqlite:///{path}")
    sanne = add_customer(store, "sanne", SANNE, opening_cents=100000)
    add_account(store, sanne, "NL02PENN0000000002", 500000, SAVINGS)
    add_customer(store, "links", LINKS, iban="NL03PENN0000000003", name="Links")
    store.engine.dispose()
    return Oracle.open(str(path), TODAY)


def test_a_returned_debit_and_its_original_both_vanish(oracle: Oracle) -> None:
    s = oracle.customer("sanne")
    assert oracle.spending(s, Filter(OCT.start, OCT.end, "housing")) == Figure(0, 0)
    assert oracle.spending(s, Filter(NOV.start, NOV.end, "housing")) == Figure(125000, 1)
    assert oracle.came_in(s, OCT) == Figure(310000 + 30000 + 2500 + 1000, 4)


def test_a_partial_refund_reduces_its_category(oracle: Oracle) -> None:
    s = oracle.customer("sanne")
    assert oracle.spending(s, Filter(OCT.start, OCT.end, "groceries")) == Figure(5470, 2)
    assert oracle.spending(s, Filter(OCT.start, OCT.end, counterparties=["Albert Heijn"])) == (
        Figure(1350, 1)
    )
    # Amount bounds select payments by their own size, and then no refund is netted.
    bounded = Filter(OCT.start, OCT.end, "groceries", min_cents=2000, max_cents=3000)
    assert oracle.spending(s, bounded) == Figure(2350, 1)


def test_own_transfers_never_count(oracle: Oracle) -> None:
    s = oracle.customer("sanne")
    assert oracle.spending(s, OCT) == Figure(25170 - 1000, 6)
    assert oracle.biggest(s, OCT, 3) == [
        Booking(date(2026, 10, 22), "Transavia", -15000),
        Booking(date(2026, 10, 15), "Jumbo Supermarkten", -4120),
        Booking(date(2026, 10, 2), "Albert Heijn", -2350),
    ]
    # 200.00 back from savings is no income; the tax rebate is a refund that came in; the
    # Ziggo STORNO is a reversal even without its original.
    assert oracle.came_in(s, NOV) == Figure(45000, 1)
    assert oracle.spending(s, NOV) == Figure(125000 - 45000, 1)
    assert "savings" not in oracle.by_category(s, OCT)


def test_earned_is_salary_pension_and_benefits(oracle: Oracle) -> None:
    s = oracle.customer("sanne")
    assert oracle.earned(s, OCT) == Figure(340000, 2)
    assert oracle.earned(s, NOV) == Figure(0, 0)


def test_balance_is_opening_plus_bookings_up_to_today(oracle: Oracle) -> None:
    s = oracle.customer("sanne")
    assert oracle.balances(s) == [("NL02PENN0000000001", 312830), ("NL02PENN0000000002", 530000)]


def test_last_payment_to_named_counterparties(oracle: Oracle) -> None:
    s = oracle.customer("sanne")
    assert oracle.last_payments(s, oracle.match(s, "NS")) == [
        Booking(date(2026, 10, 9), "NS", -500)
    ]
    assert oracle.last_payments(s, ["Woonstichting De Key"])[0].day == date(2026, 11, 1)


def test_each_reversal_takes_the_newest_unlinked_payment_within_56_days(oracle: Oracle) -> None:
    c = oracle.customer("links")
    year = Filter(date(2026, 1, 1), TODAY)
    by_name = {b.counterparty: b for b in oracle.biggest(c, year, 20)}
    # The first Coolblue return takes the newest payment (1 July); the second finds 1 July
    # linked and 1 June too old, so it is a refund.
    assert oracle.spending(c, Filter(year.start, year.end, counterparties=["Coolblue"])) == (
        Figure(0, 1)
    )
    assert by_name["Coolblue"].day == date(2026, 6, 1)
    assert oracle.spending(c, Filter(date(2026, 8, 1), date(2026, 8, 31))) == Figure(-30000, 0)
    # 71 days is too late: a refund in September, and July's payment stays.
    assert oracle.spending(c, Filter(date(2026, 9, 1), date(2026, 9, 30), "utilities")) == (
        Figure(-8000, 0)
    )
    assert oracle.spending(c, Filter(date(2026, 7, 1), date(2026, 7, 31))) == Figure(8000, 1)
    # 56 days and the same day are in; a missing IBAN falls back on the name; two different
    # IBANs are two counterparties; money back from a person is no refund.
    assert "Vitens" not in by_name and "Thuisbezorgd" not in by_name and "bol.com" not in by_name
    october = Filter(date(2026, 10, 1), date(2026, 10, 31))
    assert oracle.by_category(c, october) == {
        "shopping": Figure(0, 1),
        "transfers": Figure(2000, 1),
    }
    assert oracle.came_in(c, october) == Figure(1999 + 2000, 2)
    assert len(oracle.links) == 1 + 1 + 1 + 1 + 1  # Sanne's rent, then the links above


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("NS", ["NS", "NS Reizigers"]),
        ("ns", ["NS", "NS Reizigers"]),
        ("Nederlandse Spoorwegen", ["NS", "NS Reizigers"]),
        ("AH", ["Albert Heijn"]),
        ("appie", ["Albert Heijn"]),
        ("Jumbo", ["Jumbo Supermarkten"]),
        ("De Key", ["Woonstichting De Key"]),
        ("Key", ["Woonstichting De Key"]),
        ("Vit", []),
        ("Zalando", []),
        ("Philips", ["Philips Nederland B.V."]),
    ],
)
def test_counterparty_matching(oracle: Oracle, typed: str, expected: list[str]) -> None:
    assert oracle.match(oracle.customer("sanne"), typed) == expected


def test_whole_words_only() -> None:
    names = ["NS", "NS Reizigers", "Vitens", "Transavia", "Disney+", "bol.com"]
    assert matching("NS", names) == ["NS", "NS Reizigers"]
    assert matching("Disney", names) == ["Disney+"]
    assert matching("bol.com", names) == ["bol.com"]
    assert matching("avia", names) == []
