"""Shared fixtures: stores on SQLite and, for real, on PostgreSQL."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest

from bot.store import Store

POSTGRES_ADMIN_URL = os.environ.get(
    "PENNY_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test"
)


def _postgres_available() -> str | None:
    import psycopg2

    try:
        psycopg2.connect(POSTGRES_ADMIN_URL, connect_timeout=3).close()
    except psycopg2.OperationalError as error:
        return str(error).strip()
    return None


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A throw-away database on the local PostgreSQL server, dropped afterwards.

    Skipped with the reason when the server is down, unless PENNY_REQUIRE_POSTGRES=1 (CI),
    where a missing server is a failure.
    """
    import psycopg2

    problem = _postgres_available()
    if problem:
        if os.environ.get("PENNY_REQUIRE_POSTGRES") == "1":
            pytest.fail(f"PostgreSQL is required but unreachable: {problem}")
        pytest.skip(f"PostgreSQL unreachable: {problem}")
    name = f"penny_test_{uuid.uuid4().hex[:10]}"
    admin = psycopg2.connect(POSTGRES_ADMIN_URL)
    admin.autocommit = True
    admin.cursor().execute(f'CREATE DATABASE "{name}"')  # name is ours, not user input
    base = POSTGRES_ADMIN_URL.rsplit("/", 1)[0]
    try:
        yield f"{base}/{name}"
    finally:
        admin.cursor().execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path) -> Iterator[Store]:  # type: ignore[no-untyped-def]
    """The same tests run against an SQLite file and a real PostgreSQL database."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'penny.db'}"
        store = Store.from_url(url)
        store.create_tables()
        yield store
        store.engine.dispose()
        return
    url = request.getfixturevalue("postgres_url")
    store = Store.from_url(url)
    from sqlmodel import SQLModel

    SQLModel.metadata.drop_all(store.engine)
    store.create_tables()
    yield store
    SQLModel.metadata.drop_all(store.engine)
    store.engine.dispose()


@pytest.fixture
def action_store(tmp_path, monkeypatch) -> Store:  # type: ignore[no-untyped-def]
    """An empty SQLite store that actions run in this test will use, with the clock pinned to
    tests.builders.TODAY and the default (art. 5.4.4) suggestion mode."""
    from tests.builders import TODAY

    url = f"sqlite:///{tmp_path / 'penny.db'}"
    monkeypatch.setenv("PENNY_DATABASE_URL", url)
    monkeypatch.setenv("PENNY_TODAY", TODAY.isoformat())
    monkeypatch.delenv("PENNY_SUGGESTIONS_MODE", raising=False)
    store = Store.from_url(url)
    store.create_tables()
    return store
