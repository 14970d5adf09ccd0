"""How fast is one customer's month/category spending aggregate at 1M and 10M transactions?

Loads deterministic synthetic transactions into SQLite and PostgreSQL, with the project's own
tables and indexes, then times ``Store.spending(customer, month start, month end, category)`` -
the very call the bot makes - and prints p50/p95/p99 latency against the 5 ms p95 target.
It prints figures; it is not a pass/fail test.

    .venv/bin/python -m bench.store [--sizes 1000000 10000000] [--backends sqlite postgresql]
"""

from __future__ import annotations

import argparse
import calendar
import csv
import io
import math
import random
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import repeat
from pathlib import Path
from time import perf_counter
from typing import Any

import numpy as np
import psycopg2
from sqlalchemy import event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.schema import AddConstraint

from bot.domain import Total
from bot.store import Store
from bot.store.models import Transaction
from bot.taxonomy import INCOME_CATEGORIES

SEED = 7
ROWS_PER_CUSTOMER = 1_000
FIRST_DAY = date(2023, 1, 1)
MONTHS = 24
WARMUP = 50
CHUNK = 250_000
TARGET_P95_MS = 5.0
DEFAULT_POSTGRES_URL = "postgresql://postgres@127.0.0.1:5432/test"
BACKENDS = ("sqlite", "postgresql")

# category: (share of all transactions in %, typical amount in euros, how it is paid)
PROFILE: dict[str, tuple[float, float, str]] = {
    "groceries": (24.0, 32.0, "card"),
    "eating_out": (12.0, 22.0, "card"),
    "transport": (9.0, 6.0, "card"),
    "shopping": (8.0, 55.0, "card"),
    "transfers": (6.0, 40.0, "transfer"),
    "subscriptions": (5.0, 12.0, "direct_debit"),
    "other": (5.0, 30.0, "card"),
    "fuel": (4.0, 60.0, "card"),
    "health": (3.0, 35.0, "card"),
    "cash": (3.0, 70.0, "atm"),
    "utilities": (2.5, 120.0, "direct_debit"),
    "savings": (2.5, 250.0, "transfer"),
    "travel": (2.0, 300.0, "card"),
    "telecom": (2.0, 45.0, "direct_debit"),
    "insurance": (2.0, 110.0, "direct_debit"),
    "income": (1.5, 2800.0, "transfer"),
    "housing": (1.2, 1100.0, "direct_debit"),
    "fees": (1.2, 3.0, "fee"),
    "benefits": (0.8, 300.0, "transfer"),
    "taxes": (0.8, 200.0, "transfer"),
    "charity": (0.8, 20.0, "direct_debit"),
    "debt": (0.4, 150.0, "returned_debit"),
    "union": (0.4, 20.0, "direct_debit"),
    "religion": (0.3, 15.0, "direct_debit"),
    "politics": (0.1, 10.0, "direct_debit"),
}
# Share of a category's transactions that are money coming in (refunds, transfers back).
INCOMING_SHARE = {"savings": 0.3, "transfers": 0.3, "taxes": 0.3}
REFUND_SHARE = 0.02
MERCHANTS: dict[str, list[str]] = {
    "groceries": ["ALBERT HEIJN 1403 UTRECHT", "Jumbo Supermarkten", "Lidl", "ALDI", "PLUS"],
    "eating_out": ["Thuisbezorgd.nl", "Starbucks", "Cafe de Jaren", "McDonald's"],
    "transport": ["NS Groep", "GVB Amsterdam", "Q-Park", "Uber BV"],
    "shopping": ["bol.com", "Zalando", "IKEA", "Coolblue", "HEMA"],
    "transfers": ["J. de Vries", "A. Jansen", "Tikkie"],
    "subscriptions": ["Netflix", "Spotify", "Adobe"],
    "income": ["Philips Nederland B.V."],
}

CATEGORY_KEYS = list(PROFILE)
# The categories the measured queries ask about: the six most frequent kinds of spending.
FREQUENT = [c for c in CATEGORY_KEYS if c not in INCOME_CATEGORIES][:6]

CUSTOMER_COLUMNS = ("id", "login", "name", "birth_date", "language", "children")
ACCOUNT_COLUMNS = ("id", "customer_id", "iban", "kind", "opening_balance_cents", "opened_on")
TX_COLUMNS = (
    "customer_id",
    "account_id",
    "booking_date",
    "amount_cents",
    "currency",
    "counterparty_name",
    "description",
    "category",
    "kind",
    "country",
)


def month_bounds(index: int) -> tuple[date, date]:
    """First and last day of the index-th month of the data (0 = FIRST_DAY's month)."""
    year, month0 = divmod(FIRST_DAY.year * 12 + FIRST_DAY.month - 1 + index, 12)
    last = calendar.monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, 1), date(year, month0 + 1, last)


DAYS = (month_bounds(MONTHS - 1)[1] - FIRST_DAY).days + 1
DATES = np.array([(FIRST_DAY + timedelta(days=d)).isoformat() for d in range(DAYS)], dtype=object)
CATEGORY_NAMES = np.array(CATEGORY_KEYS, dtype=object)
KINDS = np.array([PROFILE[c][2] for c in CATEGORY_KEYS], dtype=object)
_NAMES = [MERCHANTS.get(c, [c.replace("_", " ").title()]) for c in CATEGORY_KEYS]
MERCHANT_NAMES = np.array([name for names in _NAMES for name in names], dtype=object)
MERCHANT_COUNT = np.array([len(names) for names in _NAMES])
MERCHANT_OFFSET = np.concatenate(([0], np.cumsum(MERCHANT_COUNT)[:-1]))


# --- synthetic data ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Dataset:
    """Transactions as columns; rows are in booking order, customers interleaved."""

    customers: int
    customer_id: np.ndarray
    day: np.ndarray  # days after FIRST_DAY
    category: np.ndarray  # index into CATEGORY_KEYS
    merchant: np.ndarray  # index into MERCHANT_NAMES
    amount_cents: np.ndarray

    @property
    def rows(self) -> int:
        return len(self.customer_id)


def generate(rows: int, seed: int = SEED) -> Dataset:
    """rows transactions for about ROWS_PER_CUSTOMER per customer over MONTHS months."""
    rng = np.random.default_rng(seed)
    customers = max(1, round(rows / ROWS_PER_CUSTOMER))
    weights = np.array([PROFILE[c][0] for c in CATEGORY_KEYS])
    category = rng.choice(len(CATEGORY_KEYS), size=rows, p=weights / weights.sum())
    scale = np.array([PROFILE[c][1] * 100 for c in CATEGORY_KEYS])[category]
    magnitude = np.maximum(1, np.rint(scale * rng.lognormal(0.0, 0.6, rows))).astype(np.int64)
    amount = np.where(rng.random(rows) < _incoming_share()[category], magnitude, -magnitude)
    merchant = MERCHANT_OFFSET[category] + rng.integers(0, MERCHANT_COUNT[category])
    day = rng.integers(0, DAYS, rows)
    customer = rng.integers(1, customers + 1, rows)
    order = np.argsort(day, kind="stable")
    return Dataset(
        customers=customers,
        customer_id=customer[order],
        day=day[order],
        category=category[order],
        merchant=merchant[order],
        amount_cents=amount[order],
    )


def _incoming_share() -> np.ndarray:
    return np.array(
        [
            1.0 if c in INCOME_CATEGORIES else INCOMING_SHARE.get(c, REFUND_SHARE)
            for c in CATEGORY_KEYS
        ]
    )


def chunks(rows: int, size: int = CHUNK) -> Iterator[tuple[int, int]]:
    for lo in range(0, rows, size):
        yield lo, min(rows, lo + size)


def transaction_rows(data: Dataset, lo: int, hi: int) -> Iterator[tuple[Any, ...]]:
    """Rows lo..hi in TX_COLUMNS order; each customer has one account with the same id."""
    customer = data.customer_id[lo:hi].tolist()
    category = data.category[lo:hi]
    return zip(
        customer,
        customer,
        DATES[data.day[lo:hi]].tolist(),
        data.amount_cents[lo:hi].tolist(),
        repeat("EUR"),
        MERCHANT_NAMES[data.merchant[lo:hi]].tolist(),
        repeat(""),
        CATEGORY_NAMES[category].tolist(),
        KINDS[category].tolist(),
        repeat("NL"),
    )


def customer_rows(customers: int) -> list[tuple[Any, ...]]:
    born = "1980-01-01"
    return [(i, f"bench{i:07d}", f"Customer {i}", born, "en", 0) for i in range(1, customers + 1)]


def account_rows(customers: int) -> list[tuple[Any, ...]]:
    opened = FIRST_DAY.isoformat()
    return [(i, i, f"NL00PNNY{i:010d}", "current", 0, opened) for i in range(1, customers + 1)]


# --- loading ----------------------------------------------------------------------------------


@contextmanager
def stage(label: str) -> Iterator[None]:
    began = perf_counter()
    yield
    print(f"    {label}: {perf_counter() - began:.1f} s", flush=True)


def drop_indexes(store: Store) -> None:
    for index in Transaction.__table__.indexes:
        index.drop(store.engine)


def create_indexes(store: Store, setting: str) -> None:
    """Recreate the project's transaction indexes exactly as the models declare them."""
    with store.engine.begin() as conn:
        conn.exec_driver_sql(setting)
        for index in sorted(Transaction.__table__.indexes, key=lambda i: str(i.name)):
            index.create(conn)


def load_sqlite(path: Path, data: Dataset) -> Store:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.unlink(missing_ok=True)
    store = Store.from_url(f"sqlite:///{path}")
    store.create_tables()
    drop_indexes(store)
    store.engine.dispose()
    with stage("insert"), closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA journal_mode=OFF")
        conn.execute("PRAGMA synchronous=OFF")
        _insert_sqlite(conn, "customer", CUSTOMER_COLUMNS, customer_rows(data.customers))
        _insert_sqlite(conn, "account", ACCOUNT_COLUMNS, account_rows(data.customers))
        for lo, hi in chunks(data.rows):
            _insert_sqlite(conn, "transaction", TX_COLUMNS, transaction_rows(data, lo, hi))
        conn.commit()
    with stage("indexes"):
        create_indexes(store, "PRAGMA cache_size = -1048576")
    with stage("ANALYZE"), store.engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE")
    return store


def _insert_sqlite(
    conn: sqlite3.Connection, table: str, columns: Sequence[str], rows: Iterable[tuple[Any, ...]]
) -> None:
    marks = ", ".join("?" for _ in columns)
    conn.executemany(f'INSERT INTO "{table}" ({", ".join(columns)}) VALUES ({marks})', rows)


def drop_foreign_keys(store: Store) -> None:
    names = [fk["name"] for fk in inspect(store.engine).get_foreign_keys("transaction")]
    with store.engine.begin() as conn:
        for name in names:
            conn.exec_driver_sql(f'ALTER TABLE "transaction" DROP CONSTRAINT "{name}"')


def add_foreign_keys(store: Store) -> None:
    """Re-add the models' foreign keys; PostgreSQL checks every row in one pass."""
    with store.engine.begin() as conn:
        for constraint in Transaction.__table__.foreign_key_constraints:
            conn.execute(AddConstraint(constraint))


def load_postgres(url: str, data: Dataset) -> Store:
    """Bulk load as the PostgreSQL manual advises: COPY without indexes or foreign keys."""
    store = Store.from_url(url)
    store.create_tables()
    drop_indexes(store)
    drop_foreign_keys(store)  # otherwise a trigger checks both keys row by row: 5x slower
    with stage("COPY"), closing(psycopg2.connect(libpq_url(url))) as conn:
        _copy_all(conn, data)
    with stage("foreign keys"):
        add_foreign_keys(store)
    with stage("indexes"):
        create_indexes(store, "SET maintenance_work_mem = '1GB'")
    with stage("VACUUM ANALYZE"), closing(admin_connect(url)) as conn, conn.cursor() as cursor:
        cursor.execute('VACUUM ANALYZE "transaction"')
    return store


def _copy_all(conn: Any, data: Dataset) -> None:
    with conn, conn.cursor() as cursor:  # one transaction, committed at the end
        _copy(cursor, "customer", CUSTOMER_COLUMNS, customer_rows(data.customers))
        _copy(cursor, "account", ACCOUNT_COLUMNS, account_rows(data.customers))
        for lo, hi in chunks(data.rows):
            _copy(cursor, "transaction", TX_COLUMNS, transaction_rows(data, lo, hi))


def _copy(cursor: Any, table: str, columns: Sequence[str], rows: Iterable[tuple[Any, ...]]) -> None:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    buffer.seek(0)
    # NULL '\N' so that an empty field is an empty string, not NULL.
    sql = f"COPY \"{table}\" ({', '.join(columns)}) FROM STDIN WITH (FORMAT csv, NULL '\\N')"
    cursor.copy_expert(sql, buffer)


# --- PostgreSQL databases -----------------------------------------------------------------------


def libpq_url(url: str) -> str:
    """The URL psycopg2 accepts: a SQLAlchemy URL without its +driver part."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def database_url(admin_url: str, name: str) -> str:
    return make_url(admin_url).set(database=name).render_as_string(hide_password=False)


def admin_connect(url: str) -> Any:
    conn = psycopg2.connect(libpq_url(url), connect_timeout=5)
    conn.autocommit = True
    return conn


def postgres_problem(admin_url: str) -> str | None:
    """Why PostgreSQL cannot be used, or None when it can."""
    try:
        admin_connect(admin_url).close()
    except psycopg2.Error as error:
        return " ".join(str(error).split())
    return None


def create_database(admin_url: str, name: str) -> str:
    with closing(admin_connect(admin_url)) as conn, conn.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')  # our own name
        cursor.execute(f'CREATE DATABASE "{name}"')
    return database_url(admin_url, name)


def drop_database(admin_url: str, name: str) -> None:
    with closing(admin_connect(admin_url)) as conn, conn.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


# --- measuring ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Query:
    customer_id: int
    start: date
    end: date
    category: str


@dataclass(frozen=True)
class Result:
    backend: str
    rows: int
    load_s: float
    size_mb: float
    queries: int
    matched: float  # transactions summed per query, on average
    p50: float
    p95: float
    p99: float


def sample_queries(data: Dataset, n: int, seed: int = SEED) -> list[Query]:
    """n questions: a random customer, a random month of the data, a frequent category."""
    rng = random.Random(seed)
    queries = []
    for _ in range(n):
        customer = rng.randint(1, data.customers)
        start, end = month_bounds(rng.randrange(MONTHS))
        queries.append(Query(customer, start, end, rng.choice(FREQUENT)))
    return queries


def run_query(store: Store, query: Query) -> Total:
    return store.spending(query.customer_id, query.start, query.end, category=query.category)


def measure(
    store: Store, queries: Sequence[Query], warmup: int = WARMUP
) -> tuple[list[float], int]:
    """Latency in ms of each query after the first warmup ones, and the transactions summed."""
    for query in queries[:warmup]:
        run_query(store, query)
    latencies, matched = [], 0
    for query in queries[warmup:]:
        began = perf_counter()
        total = run_query(store, query)
        latencies.append((perf_counter() - began) * 1000)
        matched += total.count
    return latencies, matched


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile with linear interpolation between ranks (as numpy's default)."""
    if not values:
        raise ValueError("percentile of no values")
    ordered = sorted(values)
    rank = (len(ordered) - 1) * q / 100
    low, high = math.floor(rank), math.ceil(rank)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def captured_statement(store: Store, query: Query) -> tuple[str, Any]:
    """The SQL and parameters that Store.spending sends to the database for query."""
    seen: list[tuple[str, Any]] = []

    def listen(conn: Any, cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        seen.append((statement, parameters))

    event.listen(store.engine, "before_cursor_execute", listen)
    try:
        run_query(store, query)
    finally:
        event.remove(store.engine, "before_cursor_execute", listen)
    return next(s for s in seen if "transaction" in s[0].lower())


def query_plan(store: Store, backend: str, query: Query) -> list[str]:
    statement, parameters = captured_statement(store, query)
    prefix = "EXPLAIN QUERY PLAN " if backend == "sqlite" else "EXPLAIN (ANALYZE, BUFFERS) "
    with store.engine.connect() as conn:
        rows = conn.exec_driver_sql(prefix + statement, parameters).all()
    return [str(row[-1]) for row in rows]


def benchmark(
    store: Store, backend: str, rows: int, queries: Sequence[Query], load_s: float, size: int
) -> Result:
    q = queries[0]
    print(f"  plan for customer {q.customer_id}, {q.category}, {q.start}..{q.end}:", flush=True)
    for line in query_plan(store, backend, queries[0]):
        print(f"    {line}")
    latencies, matched = measure(store, queries)
    return Result(
        backend=backend,
        rows=rows,
        load_s=load_s,
        size_mb=size / 2**20,
        queries=len(latencies),
        matched=matched / len(latencies),
        p50=percentile(latencies, 50),
        p95=percentile(latencies, 95),
        p99=percentile(latencies, 99),
    )


# --- running ------------------------------------------------------------------------------------


def run_sqlite(data: Dataset, queries: Sequence[Query], workdir: Path, keep: bool) -> Result:
    path = workdir / f"penny_bench_{data.rows}.sqlite"
    print(f"sqlite, {data.rows:,} rows -> {path}", flush=True)
    store: Store | None = None
    try:
        began = perf_counter()
        store = load_sqlite(path, data)
        load_s = perf_counter() - began
        print(f"  loaded in {load_s:.1f} s", flush=True)
        return benchmark(store, "sqlite", data.rows, queries, load_s, path.stat().st_size)
    finally:
        if store is not None:
            store.engine.dispose()
        if not keep:
            path.unlink(missing_ok=True)


def run_postgres(data: Dataset, queries: Sequence[Query], admin_url: str, keep: bool) -> Result:
    name = f"penny_bench_{data.rows}"
    print(f"postgresql, {data.rows:,} rows -> database {name}", flush=True)
    url = create_database(admin_url, name)
    store: Store | None = None
    try:
        began = perf_counter()
        store = load_postgres(url, data)
        load_s = perf_counter() - began
        print(f"  loaded in {load_s:.1f} s", flush=True)
        with store.engine.connect() as conn:
            size = conn.exec_driver_sql("SELECT pg_database_size(current_database())").scalar()
        return benchmark(store, "postgresql", data.rows, queries, load_s, int(size or 0))
    finally:
        if store is not None:
            store.engine.dispose()
        if not keep:
            drop_database(admin_url, name)


def format_table(results: Sequence[Result]) -> str:
    header = (
        f"{'backend':<11} {'rows':>11} {'load s':>7} {'size MB':>8} {'queries':>7} "
        f"{'tx/query':>8} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7}  p95 < {TARGET_P95_MS:g} ms"
    )
    lines = [header, "-" * len(header)]
    for r in results:
        verdict = "yes" if r.p95 < TARGET_P95_MS else "NO"
        lines.append(
            f"{r.backend:<11} {r.rows:>11,} {r.load_s:>7.1f} {r.size_mb:>8.0f} {r.queries:>7} "
            f"{r.matched:>8.1f} {r.p50:>7.3f} {r.p95:>7.3f} {r.p99:>7.3f}  {verdict}"
        )
    return "\n".join(lines)


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    summary = (__doc__ or "").split("\n")[0]
    parser = argparse.ArgumentParser(prog="python -m bench.store", description=summary)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000_000, 10_000_000])
    parser.add_argument("--backends", nargs="+", choices=BACKENDS, default=list(BACKENDS))
    parser.add_argument("--queries", type=int, default=2000, help="measured queries per run")
    parser.add_argument("--keep", action="store_true", help="keep the benchmark databases")
    parser.add_argument("--workdir", type=Path, default=Path("var/bench"))
    parser.add_argument(
        "--postgres-url", default=DEFAULT_POSTGRES_URL, help="admin URL; one database per size"
    )
    return parser.parse_args(argv)


def usable_backends(args: argparse.Namespace) -> list[str]:
    backends = list(args.backends)
    if "postgresql" in backends:
        problem = postgres_problem(args.postgres_url)
        if problem:
            print(f"PostgreSQL skipped: cannot connect to {args.postgres_url}: {problem}")
            backends.remove("postgresql")
    return backends


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    began = perf_counter()
    backends = usable_backends(args)
    results = []
    for size in args.sizes:
        with stage(f"generated {size:,} transactions"):
            data = generate(size)
        queries = sample_queries(data, WARMUP + args.queries)
        for backend in backends:
            if backend == "sqlite":
                results.append(run_sqlite(data, queries, args.workdir, args.keep))
            else:
                results.append(run_postgres(data, queries, args.postgres_url, args.keep))
        del data
    print()
    print(format_table(results))
    print(f"\ntotal wall time: {perf_counter() - began:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
