import time

import pytest

from bot.web.ratelimit import RateLimiter
from bot.web.tokens import TokenError, issue, load_or_create_secret, verify

SECRET = "unit-secret-" + "k" * 40


def test_a_token_carries_its_subject_and_language_until_it_expires():
    token = issue("demo-001", SECRET, 60, "nl", now=1_000_000)
    claims = verify(token, SECRET, now=1_000_030)
    assert (claims.subject, claims.language, claims.expires_at) == ("demo-001", "nl", 1_000_060)
    with pytest.raises(TokenError, match="expired"):
        verify(token, SECRET, now=1_000_060)


def test_tokens_signed_otherwise_or_not_at_all_are_refused():
    import jwt

    now = int(time.time())
    claims = {"sub": "demo-002", "iss": "penny", "iat": now, "exp": now + 60}
    for forged in (
        jwt.encode(claims, "other-secret-" + "o" * 40, algorithm="HS256"),
        jwt.encode(claims, None, algorithm="none"),
        jwt.encode({**claims, "iss": "someone"}, SECRET, algorithm="HS256"),
        jwt.encode({k: v for k, v in claims.items() if k != "exp"}, SECRET, algorithm="HS256"),
        jwt.encode({**claims, "sub": ""}, SECRET, algorithm="HS256"),
        "not.a.token",
    ):
        with pytest.raises(TokenError):
            verify(forged, SECRET)


def test_a_short_configured_secret_is_refused_and_a_dev_secret_is_kept(tmp_path):
    with pytest.raises(ValueError, match="at least 32 bytes"):
        load_or_create_secret("short", tmp_path / "s")
    first = load_or_create_secret(None, tmp_path / "s")
    assert load_or_create_secret(None, tmp_path / "s") == first and len(first) >= 32
    assert oct((tmp_path / "s").stat().st_mode)[-3:] == "600"


def test_the_rate_limit_is_per_key_and_recovers_after_the_window():
    limiter = RateLimiter(limit=2, window=60)
    assert [limiter.allow("a", t) for t in (0, 1, 2)] == [True, True, False]
    assert limiter.allow("b", 2)
    assert limiter.retry_after("a", 2) == 58
    assert limiter.allow("a", 61)
