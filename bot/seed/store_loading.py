"""Loading the demo data into a store: bulk inserts with the generated ids, in foreign-key order."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.sql.schema import Table

from bot.seed.generator import generate
from bot.seed.rows import Row, SeedSummary
from bot.store.models import Account, Customer, ProductHolding, Transaction
from bot.store.store import Store


def seed_store(
    store: Store,
    seed: int = 42,
    customers: int = 50,
    months: int = 24,
    until: date | None = None,
) -> SeedSummary:
    """Creates the tables and fills an empty store with generated demo customers."""
    data = generate(seed, customers, months, until)
    store.create_tables()
    if store.is_seeded():
        # The generated ids would collide with what is there; better a clear error than half a seed.
        raise ValueError("the store already holds customers; seed an empty store")
    with store.engine.begin() as conn:
        for model, rows in (
            (Customer, data.customers),
            (Account, data.accounts),
            (Transaction, data.transactions),
            (ProductHolding, data.holdings),
        ):
            table: Table = model.__table__  # type: ignore[union-attr]  # sqlmodel stubs lack it
            for chunk in chunks(rows, 5000):
                conn.execute(table.insert(), chunk)
            advance_id_sequence(conn, table)
    store.link_reversals()
    return SeedSummary(
        len(data.customers), len(data.accounts), len(data.transactions), len(data.holdings)
    )


def chunks(rows: list[Row], size: int) -> Iterator[list[Row]]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


def advance_id_sequence(conn: Connection, table: Table) -> None:
    """PostgreSQL does not move a serial column's sequence past explicit ids; without this the
    next ordinary insert would collide with a seeded row."""
    if conn.dialect.name != "postgresql":
        return
    name = conn.dialect.identifier_preparer.format_table(table)
    conn.execute(
        text(
            f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
            f"coalesce((SELECT max(id) FROM {name}), 0) + 1, false)"
        )
    )
