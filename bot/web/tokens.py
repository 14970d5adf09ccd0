"""Signed, expiring customer tokens (JWT, HS256). The token's subject is the customer."""

from __future__ import annotations

import secrets
import time
from dataclasses import dataclass
from pathlib import Path

import jwt

ALGORITHM = "HS256"
ISSUER = "penny"
MIN_SECRET_BYTES = 32


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
    claims: dict[str, object] = {
        "sub": subject,
        "iss": ISSUER,
        "iat": issued,
        "exp": issued + ttl_seconds,
    }
    if language:
        claims["lang"] = language
    return jwt.encode(claims, secret, algorithm=ALGORITHM)


def verify(token: str, secret: str, now: float | None = None) -> Claims:
    """The claims of a valid token; any other token raises TokenError.

    Only HS256 is accepted, so "alg: none" and algorithm-confusion tokens are refused. Expiry is
    checked against `now` (default: the real clock) so tests need not sleep.
    """
    try:
        claims = jwt.decode(
            token,
            secret,
            algorithms=[ALGORITHM],
            issuer=ISSUER,
            options={"require": ["sub", "exp", "iat", "iss"], "verify_exp": False},
        )
    except jwt.InvalidTokenError as error:
        raise TokenError(f"the token is not valid ({type(error).__name__})") from None
    try:
        expires = int(claims["exp"])
    except (TypeError, ValueError):
        raise TokenError("the token has no valid expiry") from None
    if expires <= (now if now is not None else time.time()):
        raise TokenError("the token has expired", expired=True)
    subject = claims.get("sub")
    if not isinstance(subject, str) or not subject or len(subject) > 64:
        raise TokenError("the token names no customer")
    language = claims.get("lang")
    return Claims(subject, language if isinstance(language, str) else None, expires)


def load_or_create_secret(configured: str | None, path: Path) -> str:
    """The configured secret, or (for development) one generated once and kept in `path`."""
    if configured:
        if len(configured.encode()) < MIN_SECRET_BYTES:
            raise ValueError(f"PENNY_JWT_SECRET must be at least {MIN_SECRET_BYTES} bytes long")
        return configured
    if path.exists():
        return path.read_text().strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    secret = secrets.token_urlsafe(48)
    path.write_text(secret)
    path.chmod(0o600)
    return secret
