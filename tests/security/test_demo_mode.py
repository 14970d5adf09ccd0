"""Demo mode cannot reach production (issue 10): it starts only on the embedded SQLite demo
store and never with PENNY_PRODUCTION set, and its login answers on loopback only."""

from __future__ import annotations

import pytest

from bot.config import demo_mode_problem, load_settings
from bot.web.channel import PennyInput, is_loopback

SECRET = "demo-test-secret-" + "d" * 40


def settings(**env: str):
    return load_settings({"PENNY_JWT_SECRET": SECRET, **env})


def test_demo_mode_on_the_sqlite_demo_store_may_start():
    assert demo_mode_problem(settings(PENNY_DEMO_MODE="1")) is None


@pytest.mark.parametrize(
    "env, reason",
    [
        ({"PENNY_PRODUCTION": "1"}, "PENNY_PRODUCTION"),
        ({"PENNY_DATABASE_URL": "postgresql://penny@db.bank.internal/penny"}, "SQLite"),
    ],
)
def test_demo_mode_refuses_to_start_against_production(env, reason):
    configured = settings(PENNY_DEMO_MODE="1", **env)
    problem = demo_mode_problem(configured)
    assert problem is not None and reason in problem
    with pytest.raises(ValueError, match=reason):
        PennyInput(configured)


def test_production_without_demo_mode_starts():
    production = settings(
        PENNY_PRODUCTION="1", PENNY_DATABASE_URL="postgresql://penny@db.bank.internal/penny"
    )
    assert demo_mode_problem(production) is None


@pytest.mark.parametrize(
    "address, local",
    [("127.0.0.1", True), ("::1", True), ("10.0.0.5", False), ("203.0.113.9", False),
     ("", False), (None, False), ("not-an-address", False)],
)
def test_the_demo_login_answers_on_loopback_only(address, local):
    assert is_loopback(address) is local
