"""The store benchmark at a tiny size: it loads what it generated and measures the right query."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import numpy as np
import pytest

from bench.store import (
    CATEGORY_KEYS,
    FIRST_DAY,
    FREQUENT,
    Query,
    format_table,
    generate,
    load_sqlite,
    measure,
    month_bounds,
    percentile,
    query_plan,
    run_query,
    sample_queries,
)
from bot.taxonomy import CATEGORIES

ROWS = 2_000


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory):
    data = generate(ROWS)
    path = tmp_path_factory.mktemp("bench") / "bench.sqlite"
    store = load_sqlite(path, data)
    yield data, store, path
    store.engine.dispose()


def _plain_sql(path: Path, query: Query) -> tuple[int, int]:
    with sqlite3.connect(path) as conn:
        cents, count = conn.execute(
            'SELECT -COALESCE(SUM(amount_cents), 0), COUNT(*) FROM "transaction" '
            "WHERE customer_id = ? AND category = ? AND booking_date BETWEEN ? AND ? "
            "AND amount_cents < 0",
            (query.customer_id, query.category, query.start.isoformat(), query.end.isoformat()),
        ).fetchone()
    return cents, count


def test_generated_data_is_deterministic_and_uses_the_taxonomy():
    a, b = generate(ROWS), generate(ROWS)
    assert a.customers == 2 and a.rows == ROWS
    assert np.array_equal(a.amount_cents, b.amount_cents)
    assert np.array_equal(a.customer_id, b.customer_id)
    assert set(CATEGORY_KEYS) == set(CATEGORIES)
    assert set(FREQUENT) <= set(CATEGORIES)
    assert (a.amount_cents < 0).mean() > 0.8


def test_load_keeps_every_row_and_the_projects_indexes(loaded):
    data, _, path = loaded
    with sqlite3.connect(path) as conn:
        (count,) = conn.execute('SELECT COUNT(*) FROM "transaction"').fetchone()
        indexes = {
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'transaction'"
            )
        }
    assert count == data.rows == ROWS
    assert "ix_tx_customer_category_date_amount" in indexes


def test_measured_query_equals_an_independent_count(loaded):
    data, store, path = loaded
    start, end = month_bounds(5)
    query = Query(customer_id=1, start=start, end=end, category="groceries")
    total = run_query(store, query)
    assert total.count > 0
    assert (total.cents, total.count) == _plain_sql(path, query)
    # ... and equals the generated data itself, so loading lost or changed nothing.
    lo, hi = (start - FIRST_DAY).days, (end - FIRST_DAY).days
    mask = (
        (data.customer_id == 1)
        & (data.category == CATEGORY_KEYS.index("groceries"))
        & (data.day >= lo)
        & (data.day <= hi)
        & (data.amount_cents < 0)
    )
    assert (total.cents, total.count) == (-int(data.amount_cents[mask].sum()), int(mask.sum()))


def test_measure_times_each_query_after_the_warmup(loaded):
    data, store, _ = loaded
    queries = sample_queries(data, 30)
    latencies, matched = measure(store, queries, warmup=10)
    assert len(latencies) == 20 and all(ms > 0 for ms in latencies)
    assert matched == sum(run_query(store, q).count for q in queries[10:])
    assert "COVERING INDEX ix_tx_customer_category_date_amount" in " ".join(
        query_plan(store, "sqlite", queries[0])
    )


def test_percentile_interpolates_between_ranks():
    values = [float(v) for v in range(1, 101)]
    assert percentile([3.0, 1.0, 2.0], 50) == 2.0
    assert percentile([1.0, 2.0, 3.0, 4.0], 50) == 2.5
    assert percentile(values, 95) == pytest.approx(95.05)
    assert percentile(values, 0) == 1.0 and percentile(values, 100) == 100.0
    assert percentile(values, 95) == pytest.approx(float(np.percentile(values, 95)))
    with pytest.raises(ValueError):
        percentile([], 50)


def test_table_flags_a_p95_over_target():
    from bench.store import Result

    fast = Result("sqlite", 1000, 1.0, 1.0, 10, 4.0, 0.5, 1.0, 2.0)
    slow = Result("postgresql", 1000, 1.0, 1.0, 10, 4.0, 3.0, 6.0, 9.0)
    lines = format_table([fast, slow]).splitlines()
    assert lines[2].endswith("yes") and lines[3].endswith("NO")
