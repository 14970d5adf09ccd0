"""Penny keeps answering while somebody else reads the SQLite store: a report, a backup, a
compliance officer's query. SQLite runs in WAL mode with a busy timeout for that."""

from __future__ import annotations

import sqlite3

import actions.actions as penny
from bot.store import Store
from tests.action_harness import run_action, texts
from tests.builders import add_customer, pay


def _path(store: Store) -> str:
    database = store.engine.url.database
    assert database
    return database


def test_the_sqlite_store_runs_in_wal_mode_with_a_busy_timeout(action_store: Store):
    with action_store.engine.connect() as connection:
        mode = connection.exec_driver_sql("PRAGMA journal_mode").scalar()
        timeout = connection.exec_driver_sql("PRAGMA busy_timeout").scalar()
    assert mode == "wal"
    assert timeout and timeout >= 1000


def test_an_open_read_transaction_does_not_stall_an_answer_or_a_recorded_stop(
    action_store: Store,
):
    customer_id = add_customer(
        action_store, "demo-001", [pay("2026-11-02", -2500, "Albert Heijn", mcc=5411)]
    )
    reader = sqlite3.connect(_path(action_store), timeout=0.1)
    try:
        reader.execute("BEGIN")
        # A shared lock held open, as a long report holds it.
        assert reader.execute('SELECT count(*) FROM "transaction"').fetchone() == (1,)
        answer, _ = run_action(
            penny.ActionAnswerBalance, "What's my balance?", "ask_balance"
        )
        stop, _ = run_action(
            penny.ActionStopSuggestions, "Don't use my payment data for marketing",
            "stop_suggestions",
        )
        # The reader still sees its own snapshot, and Penny's write has landed beside it.
        assert reader.execute("SELECT count(*) FROM marketingpreference").fetchone() == (0,)
    finally:
        reader.rollback()
        reader.close()
    assert "-€25.00" in texts(answer)
    assert "won't suggest any products" in texts(stop)
    assert action_store.preference(customer_id) == "opted_out"
