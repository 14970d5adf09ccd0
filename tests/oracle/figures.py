"""Every figure of README's "What the figures mean", in plain SQL over the store's tables.

Deliberately simple and independent of bot/store: raw SQL through the sqlite3 module. Reversal
links are worked out here (never read from the store): each reversal, oldest first, takes the
newest outgoing payment not linked yet to the same counterparty with the exactly opposite amount,
booked 0 to 56 days before it. The linked payments and every reversal go into the temporary
table `oracle_gone`, which every figure leaves out, like own transfers.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from tests.oracle.matching import matching

SEPA_DAYS = 56
# Incoming money in these categories is salary, benefits, own money, money from people or from
# a debt collector: never a refund.
NOT_REFUNDS = "('income', 'benefits', 'savings', 'transfers', 'debt')"
EARNED = "('income', 'benefits')"
OWN_TRANSFER = "(kind = 'own_transfer' OR category = 'savings')"

# Returned debits always; other incoming money when it is refund-like (linked or not).
REVERSALS = f"""
SELECT id, customer_id, booking_date, amount_cents, counterparty_name,
       NULLIF(counterparty_iban, '') AS iban, kind
FROM "transaction"
WHERE amount_cents > 0 AND NOT {OWN_TRANSFER}
  AND (kind = 'returned_debit' OR category NOT IN {NOT_REFUNDS})
ORDER BY booking_date, id
"""
ORIGINALS = f"""
SELECT id FROM "transaction"
WHERE customer_id = :customer AND amount_cents = -:cents AND NOT {OWN_TRANSFER}
  AND booking_date BETWEEN date(:day, '-{SEPA_DAYS} days') AND :day
  AND CASE WHEN NULLIF(counterparty_iban, '') IS NULL OR :iban IS NULL
           THEN counterparty_name = :name ELSE counterparty_iban = :iban END
ORDER BY booking_date DESC, id DESC
"""
# The customer's bookings that any figure may count.
COUNTED = f"""
SELECT * FROM "transaction"
WHERE customer_id = :customer AND NOT {OWN_TRANSFER}
  AND id NOT IN (SELECT id FROM oracle_gone)
"""


@dataclass(frozen=True)
class Figure:
    cents: int  # a positive sum
    count: int  # how many payments


@dataclass(frozen=True)
class Booking:
    day: date
    counterparty: str
    cents: int  # signed, as booked


@dataclass(frozen=True)
class Filter:
    start: date | None = None
    end: date | None = None
    category: str | None = None
    counterparties: Sequence[str] | None = None  # None: any; []: none at all
    min_cents: int | None = None
    max_cents: int | None = None

    def sql(self) -> tuple[str, dict[str, object]]:
        """WHERE conditions (after the customer's) and their values."""
        parts: list[str] = []
        values: dict[str, object] = {}
        if self.start is not None:
            parts.append("booking_date >= :start")
            values["start"] = self.start.isoformat()
        if self.end is not None:
            parts.append("booking_date <= :end")
            values["end"] = self.end.isoformat()
        if self.category is not None:
            parts.append("category = :category")
            values["category"] = self.category
        if self.counterparties is not None:
            names = {f"cp{i}": name for i, name in enumerate(self.counterparties)}
            parts.append(f"counterparty_name IN ({', '.join(':' + n for n in names) or 'NULL'})")
            values.update(names)
        if self.min_cents is not None:
            parts.append("abs(amount_cents) >= :min")
            values["min"] = self.min_cents
        if self.max_cents is not None:
            parts.append("abs(amount_cents) <= :max")
            values["max"] = self.max_cents
        return "".join(" AND " + p for p in parts), values

    @property
    def bounded(self) -> bool:
        return self.min_cents is not None or self.max_cents is not None


class Oracle:
    def __init__(self, db: sqlite3.Connection, today: date) -> None:
        self.db = db
        self.today = today
        self.links: dict[int, int] = {}  # reversal id -> the payment it reverses
        self._link()

    @classmethod
    def open(cls, path: str, today: date) -> Oracle:
        return cls(sqlite3.connect(f"file:{path}?mode=ro", uri=True), today)

    def _link(self) -> None:
        gone: set[int] = set()
        for rid, customer, day, cents, name, iban, kind in self.db.execute(REVERSALS).fetchall():
            values = {"customer": customer, "cents": cents, "day": day, "name": name, "iban": iban}
            free = [o for (o,) in self.db.execute(ORIGINALS, values) if o not in gone]
            if free:
                self.links[rid] = free[0]
                gone.update((rid, free[0]))
            elif kind == "returned_debit":
                gone.add(rid)  # a reversal whatever its original: never income
        self.db.execute("DROP TABLE IF EXISTS temp.oracle_gone")
        self.db.execute("CREATE TEMP TABLE oracle_gone (id INTEGER PRIMARY KEY)")
        self.db.executemany("INSERT INTO oracle_gone VALUES (?)", [(i,) for i in sorted(gone)])
        self.db.commit()  # an open transaction would keep a read lock on the store

    def _one(self, sql: str, customer: int, where: Filter) -> tuple[int, int]:
        conditions, values = where.sql()
        query = f"SELECT COALESCE(SUM(amount_cents), 0), COUNT(*) FROM ({COUNTED}) WHERE {sql}"
        row = self.db.execute(query + conditions, {"customer": customer, **values}).fetchone()
        return int(row[0]), int(row[1])

    # --- who ---------------------------------------------------------------------------------

    def customer(self, login: str) -> int:
        row = self.db.execute("SELECT id FROM customer WHERE login = ?", (login,)).fetchone()
        return int(row[0])

    def counterparties(self, customer: int) -> list[str]:
        query = 'SELECT DISTINCT counterparty_name FROM "transaction" WHERE customer_id = ?'
        return sorted(n for (n,) in self.db.execute(query, (customer,)) if n)

    def match(self, customer: int, typed: str) -> list[str]:
        return matching(typed, self.counterparties(customer))

    # --- figures -----------------------------------------------------------------------------

    def spending(self, customer: int, where: Filter) -> Figure:
        """Outgoing payments in the filter, less the refunds in it (when no bound is given)."""
        out, count = self._one("amount_cents < 0", customer, where)
        refunds = 0
        if not where.bounded:
            refunds, _ = self._one(f"amount_cents > 0 AND category NOT IN {NOT_REFUNDS}",
                                   customer, where)
        return Figure(-out - refunds, count)

    def by_category(self, customer: int, period: Filter) -> dict[str, Figure]:
        """Spending per category over a period (the breakdown), categories with none left out."""
        conditions, values = period.sql()
        query = 'SELECT DISTINCT category FROM "transaction" WHERE customer_id = :customer'
        rows = self.db.execute(query + conditions, {"customer": customer, **values})
        figures = {c: self.spending(customer, Filter(period.start, period.end, c))
                   for (c,) in rows.fetchall() if c not in ("income", "benefits")}
        return {c: f for c, f in figures.items() if f.count or f.cents}

    def earned(self, customer: int, where: Filter) -> Figure:
        return Figure(*self._one(f"amount_cents > 0 AND category IN {EARNED}", customer, where))

    def came_in(self, customer: int, where: Filter) -> Figure:
        return Figure(*self._one("amount_cents > 0", customer, where))

    def biggest(self, customer: int, where: Filter, n: int) -> list[Booking]:
        return self._payments(customer, where, "amount_cents, booking_date DESC, id DESC", n)

    def last_payments(self, customer: int, counterparties: Sequence[str]) -> list[Booking]:
        """The outgoing payments on the newest day any of them was paid (ties are all right)."""
        rows = self._payments(customer, Filter(counterparties=counterparties),
                              "booking_date DESC, id DESC", 50)
        return [r for r in rows if r.day == rows[0].day]

    def _payments(self, customer: int, where: Filter, order: str, n: int) -> list[Booking]:
        conditions, values = where.sql()
        query = (
            f"SELECT booking_date, counterparty_name, amount_cents FROM ({COUNTED}) "
            f"WHERE amount_cents < 0{conditions} ORDER BY {order} LIMIT :n"
        )
        rows = self.db.execute(query, {"customer": customer, "n": n, **values})
        return [Booking(date.fromisoformat(d), c, int(a)) for d, c, a in rows]

    def balances(self, customer: int) -> list[tuple[str, int]]:
        """Each account's IBAN and balance today: the opening balance plus every booking."""
        query = """
            SELECT a.iban, a.opening_balance_cents + COALESCE((
                SELECT SUM(t.amount_cents) FROM "transaction" t
                WHERE t.account_id = a.id AND t.booking_date <= ?), 0)
            FROM account a WHERE a.customer_id = ? ORDER BY a.iban
        """
        rows = self.db.execute(query, (self.today.isoformat(), customer))
        return [(iban, int(cents)) for iban, cents in rows]
