"""Signed, expiring customer tokens (JWT, HS256). The token's subject is the customer.

A token must say when it was issued and when it expires, may not live longer than the configured
maximum (a leaked ten-year token would work until the key is rotated), and may not come from the
future. PENNY_JWT_SECRET may name a current and a previous key ("current,previous"): tokens are
signed with the first and accepted with either, so rotating keys logs nobody out."""

from __future__ import annotations

import secrets
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jwt

ALGORITHM = "HS256"
ISSUER = "penny"
MIN_SECRET_BYTES = 32
DEFAULT_MAX_TTL_SECONDS = 24 * 3600
# Clocks of the issuing and the checking server may differ a little.
CLOCK_SKEW_SECONDS = 30


class TokenError(Exception):
    """A token that must not be trusted; the message says why, without echoing the token.
    `expired` tells a stale login apart from a forged or broken token."""

    def __init__(self, message: str, expired: bool = False) -> None:
        super().__init__(message)
        self.expired = expired


@dataclass(frozen=True)
class Claims:
    subject: str
    language: str | None
    expires_at: int


def issue(
    subject: str,
    secret: str,
    ttl_seconds: int,
    language: str | None = None,
    now: float | None = None,
) -> str:
    issued = int(now if now is not None else time.time())
    secret = signing_keys(secret)[0]  # the current key
    claims: dict[str, object] = {
        "sub": subject,
        "iss": ISSUER,
        "iat": issued,
        "exp": issued + ttl_seconds,
    }
    if language:
        claims["lang"] = language
    return jwt.encode(claims, secret, algorithm=ALGORITHM)


def signing_keys(secret: str) -> list[str]:
    """The keys in a PENNY_JWT_SECRET value: the current one first, then a previous one."""
    return [key for key in secret.replace(",", " ").split() if key]


def verify(
    token: str,
    secret: str,
    now: float | None = None,
    max_ttl_seconds: int = DEFAULT_MAX_TTL_SECONDS,
) -> Claims:
    """The claims of a valid token; any other token raises TokenError.

    Only HS256 is accepted, so "alg: none" and algorithm-confusion tokens are refused. `secret` is
    a PENNY_JWT_SECRET value: one key, or the current and the previous. Expiry is checked against
    `now` (default: the real clock) so tests need not sleep.
    """
    claims = _decode(token, signing_keys(secret))
    try:
        expires, issued = int(claims["exp"]), int(claims["iat"])
    except (TypeError, ValueError):
        raise TokenError("the token has no valid expiry or issue time") from None
    current = now if now is not None else time.time()
    if issued > current + CLOCK_SKEW_SECONDS:
        raise TokenError("the token was issued in the future")
    if expires - issued > max_ttl_seconds:
        raise TokenError("the token lives longer than allowed")
    if expires <= current:
        raise TokenError("the token has expired", expired=True)
    subject = claims.get("sub")
    if not isinstance(subject, str) or not subject or len(subject) > 64:
        raise TokenError("the token names no customer")
    language = claims.get("lang")
    return Claims(subject, language if isinstance(language, str) else None, expires)


def _decode(token: str, keys: list[str]) -> dict[str, Any]:
    error: jwt.InvalidTokenError = jwt.InvalidSignatureError()
    for key in keys:
        try:
            return dict(
                jwt.decode(
                    token,
                    key,
                    algorithms=[ALGORITHM],
                    issuer=ISSUER,
                    options={"require": ["sub", "exp", "iat", "iss"], "verify_exp": False,
                             "verify_iat": False},
                )
            )
        except jwt.InvalidSignatureError as wrong_key:
            error = wrong_key  # maybe signed with the other key
        except jwt.InvalidTokenError as invalid:
            error = invalid
            break
    raise TokenError(f"the token is not valid ({type(error).__name__})")


def load_or_create_secret(configured: str | None, path: Path) -> str:
    """The configured secret, or (for development) one generated once and kept in `path`."""
    if configured:
        keys = signing_keys(configured)
        if not keys or len(keys) > 2 or any(len(k.encode()) < MIN_SECRET_BYTES for k in keys):
            raise ValueError(
                f"PENNY_JWT_SECRET must be one key, or a current and a previous key separated by "
                f"a comma, each at least {MIN_SECRET_BYTES} bytes long"
            )
        return configured
    if path.exists():
        return path.read_text().strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    secret = secrets.token_urlsafe(48)
    path.write_text(secret)
    path.chmod(0o600)
    return secret
