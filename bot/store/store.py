"""Queries over the store. Every query takes the customer id first and filters on it.

All figures are computed by the database; Python only shapes the rows into plain values.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import case, event, func, update
from sqlalchemy.engine import Engine
from sqlmodel import Session, SQLModel, col, create_engine, select

from bot.domain import AccountInfo, CategoryTotal, CustomerInfo, Payment, Total
from bot.insights.reversals import Booking, link_reversals
from bot.store import selection
from bot.store.models import Account, Customer, MarketingPreference, Transaction

if TYPE_CHECKING:
    from sqlmodel.sql.expression import SelectOfScalar

# sqlmodel 0.0.11 types select() for plain columns and models only, not SQL functions, labels or
# *args; those calls work at run time and carry `# type: ignore[call-overload]`.


# How long a writer waits for another writer before giving up. Readers never make it wait: WAL.
SQLITE_BUSY_TIMEOUT_MS = 10_000


def make_engine(url: str) -> Engine:
    """An engine for any SQLAlchemy URL; SQLite files get their folder created and WAL mode."""
    connect_args: dict[str, Any] = {}
    is_file = False
    if url.startswith("sqlite"):
        connect_args["check_same_thread"] = False
        connect_args["timeout"] = SQLITE_BUSY_TIMEOUT_MS / 1000
        path = url.split("///", 1)[-1]
        if path and path != ":memory:":
            from pathlib import Path

            Path(path).parent.mkdir(parents=True, exist_ok=True)
            is_file = True
    engine = create_engine(url, connect_args=connect_args, pool_pre_ping=True)
    if is_file:
        event.listen(engine, "connect", _sqlite_wal)
    return engine


def _sqlite_wal(connection: Any, _record: Any) -> None:
    """Penny writes audit rows on every turn. In SQLite's default rollback journal one open
    read (a report, a backup) blocks those writes and so every reply; in WAL mode readers and
    the writer never wait for each other."""
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.close()


class Store:
    """The transaction store. Takes its URL or engine; creates nothing at import time."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @classmethod
    def from_url(cls, url: str) -> Store:
        return cls(make_engine(url))

    def create_tables(self) -> None:
        SQLModel.metadata.create_all(self.engine)
        self._add_reversal_links()

    def _add_reversal_links(self) -> None:
        """Stores made before reversals were linked get the two columns and their links once;
        create_all adds tables, never columns."""
        from sqlalchemy import inspect, text

        columns = {c["name"] for c in inspect(self.engine).get_columns("transaction")}
        if "reversed_by_id" in columns:
            return
        table = self.engine.dialect.identifier_preparer.quote("transaction")
        with self.engine.begin() as connection:
            for name in ("reversed_by_id", "reverses_id"):
                connection.execute(text(f"ALTER TABLE {table} ADD COLUMN {name} INTEGER"))
            # The hot-path index now covers the reversal columns too.
            for index in Transaction.__table__.indexes:  # type: ignore[attr-defined]
                if index.name == "ix_tx_customer_category_date_amount":
                    connection.execute(text(f"DROP INDEX IF EXISTS {index.name}"))
                    index.create(connection)
        self.link_reversals()

    def is_seeded(self) -> bool:
        from sqlalchemy import inspect

        if not inspect(self.engine).has_table("customer"):
            return False
        with Session(self.engine) as session:
            return session.exec(select(Customer.id).limit(1)).first() is not None

    # --- customers and accounts -------------------------------------------------------------

    def customer_by_login(self, login: str) -> CustomerInfo | None:
        with Session(self.engine) as session:
            row = session.exec(select(Customer).where(Customer.login == login)).first()
            return _customer_info(row) if row else None

    def customers(self) -> list[CustomerInfo]:
        with Session(self.engine) as session:
            rows = session.exec(select(Customer).order_by(Customer.login)).all()
            return [_customer_info(r) for r in rows]

    def accounts(self, customer_id: int) -> list[AccountInfo]:
        """The customer's accounts with their balance today: opening balance plus every booking."""
        booked = (
            select(  # type: ignore[call-overload]
                Transaction.account_id, func.sum(Transaction.amount_cents).label("total")
            )
            .where(Transaction.customer_id == customer_id)
            .group_by(Transaction.account_id)
            .subquery()
        )
        query = (
            select(  # type: ignore[call-overload]
                Account.iban,
                Account.kind,
                Account.opening_balance_cents + func.coalesce(booked.c.total, 0),
            )
            .join(booked, booked.c.account_id == Account.id, isouter=True)
            .where(Account.customer_id == customer_id)
            .order_by(Account.kind, Account.iban)
        )
        with Session(self.engine) as session:
            return [AccountInfo(iban, kind, int(bal)) for iban, kind, bal in session.exec(query)]

    def iban_owner(self, iban: str) -> int | None:
        with Session(self.engine) as session:
            return session.exec(select(Account.customer_id).where(Account.iban == iban)).first()

    # --- aggregates ---------------------------------------------------------------------------

    def spending(
        self,
        customer_id: int,
        start: date,
        end: date,
        category: str | None = None,
        counterparties: Collection[str] | None = None,
        min_cents: int | None = None,
        max_cents: int | None = None,
    ) -> Total:
        """Money spent between start and end inclusive, net of refunds (README: Spending)."""
        out = Transaction.amount_cents < 0
        query = select(  # type: ignore[call-overload]
            func.coalesce(func.sum(case((out, -Transaction.amount_cents), else_=0)), 0),
            func.coalesce(func.sum(case((out, 1), else_=0)), 0),
            func.coalesce(func.sum(case((out, 0), else_=Transaction.amount_cents)), 0),
            func.coalesce(func.sum(case((out, 0), else_=1)), 0),
        ).where(
            *selection.scope(customer_id, start, end, category, counterparties),
            selection.spent_or_refunded(min_cents, max_cents),
        )
        with Session(self.engine) as session:
            paid, count, refunded, refunds = session.exec(query).one()
        return Total(int(paid) - int(refunded), int(count), int(refunded), int(refunds))

    def income(
        self,
        customer_id: int,
        start: date,
        end: date,
        categories: Collection[str] | None = None,
        counterparties: Collection[str] | None = None,
        min_cents: int | None = None,
        max_cents: int | None = None,
    ) -> Total:
        """Money that came in (README: Came in), or only that in `categories` (Earned)."""
        conditions = [
            *selection.scope(customer_id, start, end, None, counterparties),
            selection.came_in(),
            *selection.size(min_cents, max_cents),
        ]
        if categories is not None:
            conditions.append(col(Transaction.category).in_(sorted(categories)))
        query = select(  # type: ignore[call-overload]
            func.coalesce(func.sum(Transaction.amount_cents), 0), func.count()
        ).where(*conditions)
        with Session(self.engine) as session:
            cents, count = session.exec(query).one()
        return Total(cents=int(cents), count=int(count))

    def spending_by_category(self, customer_id: int, start: date, end: date) -> list[CategoryTotal]:
        """Money spent per category, net of refunds, largest first; categories with only
        refunds come last, below zero."""
        out = Transaction.amount_cents < 0
        net = func.sum(-Transaction.amount_cents)
        query = (
            select(  # type: ignore[call-overload]
                Transaction.category, net, func.sum(case((out, 1), else_=0))
            )
            .where(
                *selection.scope(customer_id, start, end),
                selection.spent_or_refunded(None, None),
            )
            .group_by(Transaction.category)
            .order_by(net.desc(), Transaction.category)
        )
        with Session(self.engine) as session:
            return [CategoryTotal(c, int(s), int(n)) for c, s, n in session.exec(query)]

    # --- rows ----------------------------------------------------------------------------------

    def payments(
        self,
        customer_id: int,
        start: date | None = None,
        end: date | None = None,
        category: str | None = None,
        counterparties: Collection[str] | None = None,
        outgoing: bool | None = None,
        min_cents: int | None = None,
        max_cents: int | None = None,
        order: str = "recent",
        limit: int | None = 10,
        settled: bool = False,
        own_transfers: bool | None = None,
    ) -> list[Payment]:
        """Booked payments, newest first or (order="largest") largest amount first.

        `settled` leaves out reversed payments and their reversals (README: Payments).
        Own transfers are left out when a direction is asked for, unless `own_transfers` says
        otherwise or the category asked for is theirs.
        """
        conditions = [
            *selection.scope(customer_id, start, end, category, counterparties),
            *selection.size(min_cents, max_cents),
        ]
        if outgoing is True:
            conditions.append(Transaction.amount_cents < 0)
        elif outgoing is False:
            conditions.append(Transaction.amount_cents > 0)
        if own_transfers is None:
            own_transfers = outgoing is None
        if not own_transfers and category is None:
            conditions.append(selection.no_own_transfers())
        if settled:
            conditions.append(selection.settled())
        magnitude = func.abs(Transaction.amount_cents)
        ordering: Sequence[Any]
        if order == "largest":
            ordering = (magnitude.desc(), col(Transaction.booking_date).desc())
        else:
            ordering = (col(Transaction.booking_date).desc(), col(Transaction.id).desc())
        # Plain columns, not ORM objects: the suggestion rules read two years of them per turn.
        query = (
            select(*_PAYMENT_COLUMNS)  # type: ignore[call-overload]
            .where(*conditions)
            .order_by(*ordering)
        )
        if limit is not None:
            query = query.limit(limit)
        with Session(self.engine) as session:
            return [Payment(**row._mapping) for row in session.exec(query)]

    # --- reversals ------------------------------------------------------------------------------

    def link_reversals(self, customer_id: int | None = None) -> int:
        """Links returned debits and full refunds to the payments they reverse
        (bot/insights/reversals.py), for one customer or all; returns how many it linked."""
        columns = (
            Transaction.id,
            Transaction.booking_date,
            Transaction.amount_cents,
            Transaction.counterparty_name,
            Transaction.counterparty_iban,
            Transaction.category,
            Transaction.kind,
        )
        query = select(*columns).order_by(  # type: ignore[call-overload]
            Transaction.customer_id, Transaction.booking_date, Transaction.id
        )
        if customer_id is not None:
            query = query.where(Transaction.customer_id == customer_id)
        query = query.add_columns(Transaction.customer_id)
        linked = 0
        with Session(self.engine) as session:
            by_customer: dict[int, list[Booking]] = {}
            for row in session.exec(query):
                *fields, owner = row
                by_customer.setdefault(int(owner), []).append(Booking(*fields))
            for bookings in by_customer.values():
                pairs = link_reversals(bookings)
                for original, reversal in pairs.items():
                    session.execute(
                        update(Transaction)
                        .where(col(Transaction.id) == original)
                        .values(reversed_by_id=reversal)
                    )
                    session.execute(
                        update(Transaction)
                        .where(col(Transaction.id) == reversal)
                        .values(reverses_id=original)
                    )
                linked += len(pairs)
            session.commit()
        return linked

    def counterparties(self, customer_id: int) -> list[str]:
        """Every counterparty name the customer has dealt with, for matching what they type."""
        query = (
            select(Transaction.counterparty_name)
            .where(Transaction.customer_id == customer_id)
            .distinct()
            .order_by(Transaction.counterparty_name)
        )
        with Session(self.engine) as session:
            return [name for name in session.exec(query) if name]

    def first_booking(self, customer_id: int) -> date | None:
        query: SelectOfScalar[date | None] = select(  # type: ignore[call-overload]
            func.min(Transaction.booking_date)
        ).where(Transaction.customer_id == customer_id)
        with Session(self.engine) as session:
            return session.exec(query).one()

    # --- marketing preference (read by the suggestion rules) ------------------------------------

    def latest_preference(self, customer_id: int) -> tuple[str, datetime] | None:
        """The choice in force and when it was made, or None if the customer never chose."""
        query = (
            select(MarketingPreference.status, MarketingPreference.changed_at)
            .where(MarketingPreference.customer_id == customer_id)
            .order_by(
                col(MarketingPreference.changed_at).desc(), col(MarketingPreference.id).desc()
            )
            .limit(1)
        )
        with Session(self.engine) as session:
            row = session.exec(query).first()
        return (row[0], row[1]) if row else None

    def preference(self, customer_id: int) -> str | None:
        latest = self.latest_preference(customer_id)
        return latest[0] if latest else None

    # --- bulk loading ---------------------------------------------------------------------------

    def add_all(self, rows: Iterable[SQLModel]) -> None:
        with Session(self.engine) as session:
            session.add_all(list(rows))
            session.commit()


def _customer_info(row: Customer) -> CustomerInfo:
    return CustomerInfo(
        int(row.id or 0), row.login, row.name, row.birth_date, row.language, row.children
    )


# Named like Payment's fields, so each row becomes a Payment by name.
_PAYMENT_COLUMNS = (
    Transaction.booking_date,
    Transaction.amount_cents,
    Transaction.counterparty_name,
    Transaction.category,
    Transaction.description,
    Transaction.kind,
    Transaction.counterparty_iban,
    Transaction.mcc,
    Transaction.country,
)
