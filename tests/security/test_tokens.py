"""Token lifetime and key rotation (issue 10): a token may not live longer than
PENNY_TOKEN_MAX_TTL_SECONDS or come from the future, and a previous key keeps working while keys
are rotated."""

from __future__ import annotations

import jwt
import pytest
from click.testing import CliRunner

from bot.web.tokens import (
    CLOCK_SKEW_SECONDS,
    DEFAULT_MAX_TTL_SECONDS,
    TokenError,
    issue,
    load_or_create_secret,
    verify,
)

CURRENT = "current-key-" + "c" * 40
PREVIOUS = "previous-key-" + "p" * 40
NOW = 1_800_000_000


def hand_made(secret: str, iat: int, exp: int, sub: str = "demo-001") -> str:
    return jwt.encode({"sub": sub, "iss": "penny", "iat": iat, "exp": exp}, secret, "HS256")


def test_a_ten_year_token_is_refused_though_its_signature_is_good():
    token = hand_made(CURRENT, NOW, NOW + 10 * 365 * 24 * 3600)
    with pytest.raises(TokenError, match="longer than allowed"):
        verify(token, CURRENT, now=NOW + 60)


def test_a_token_of_exactly_the_maximum_lifetime_is_taken():
    token = hand_made(CURRENT, NOW, NOW + DEFAULT_MAX_TTL_SECONDS)
    assert verify(token, CURRENT, now=NOW + 60).subject == "demo-001"


def test_the_maximum_lifetime_is_configurable():
    token = hand_made(CURRENT, NOW, NOW + 3600)
    with pytest.raises(TokenError, match="longer than allowed"):
        verify(token, CURRENT, now=NOW + 60, max_ttl_seconds=1800)


def test_a_token_issued_in_the_future_is_refused_beyond_clock_skew():
    later = hand_made(CURRENT, NOW + 3600, NOW + 3600 + 600)
    with pytest.raises(TokenError, match="future"):
        verify(later, CURRENT, now=NOW)
    slightly = hand_made(CURRENT, NOW + CLOCK_SKEW_SECONDS - 1, NOW + 600)
    assert verify(slightly, CURRENT, now=NOW).subject == "demo-001"


def test_a_token_without_an_issue_time_is_refused():
    token = jwt.encode({"sub": "demo-001", "iss": "penny", "exp": NOW + 60}, CURRENT, "HS256")
    with pytest.raises(TokenError):
        verify(token, CURRENT, now=NOW)


def test_rotation_signs_with_the_current_key_and_accepts_the_previous_one():
    keys = f"{CURRENT},{PREVIOUS}"
    fresh = issue("demo-001", keys, 600, now=NOW)
    assert verify(fresh, CURRENT, now=NOW + 1).subject == "demo-001"  # signed with the first
    with pytest.raises(TokenError):
        verify(fresh, PREVIOUS, now=NOW + 1)
    older = issue("demo-002", PREVIOUS, 600, now=NOW)
    assert verify(older, keys, now=NOW + 1).subject == "demo-002"


def test_a_retired_key_is_refused_after_rotation():
    retired = "retired-key-" + "r" * 40
    token = issue("demo-001", retired, 600, now=NOW)
    with pytest.raises(TokenError, match="InvalidSignatureError"):
        verify(token, f"{CURRENT},{PREVIOUS}", now=NOW + 1)


@pytest.mark.parametrize(
    "configured", [f"{CURRENT},short", f"{CURRENT},{PREVIOUS},{'x' * 40}", " , "]
)
def test_a_bad_key_list_is_refused_at_start(configured, tmp_path):
    with pytest.raises(ValueError, match="current and a previous key"):
        load_or_create_secret(configured, tmp_path / "unused")


def test_bot_token_refuses_a_lifetime_penny_would_refuse(tmp_path, monkeypatch):
    from bot.cli import main

    monkeypatch.setenv("PENNY_JWT_SECRET", CURRENT)
    monkeypatch.setenv("PENNY_TOKEN_MAX_TTL_SECONDS", "3600")
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    runner = CliRunner()
    seeded = runner.invoke(
        main, ["seed", "--customers", "1", "--months", "1", "--until", "2026-10-31",
               "--database-url", url],
    )
    assert seeded.exit_code == 0, seeded.output
    too_long = runner.invoke(main, ["token", "demo-001", "--ttl", "7200", "--database-url", url])
    assert too_long.exit_code == 1 and "at most 3600" in too_long.output
    allowed = runner.invoke(main, ["token", "demo-001", "--ttl", "3600", "--database-url", url])
    assert allowed.exit_code == 0
    assert verify(allowed.stdout.strip(), CURRENT, max_ttl_seconds=3600).subject == "demo-001"
