"""Settings from the environment, read when asked for rather than at import time."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATABASE_URL = f"sqlite:///{ROOT / 'var' / 'penny.db'}"
# Development only: a generated signing secret, so `bot token` and the server agree.
DEV_SECRET_PATH = ROOT / "var" / "jwt-secret"


@dataclass(frozen=True)
class Settings:
    database_url: str
    today_override: date | None
    max_message_chars: int
    contact_phone: str
    contact_hours: str | None  # None: the opening hours text in the conversation's language
    blocking_phone: str  # the 24/7 line for lost or stolen cards and phones
    suggestions_mode: str  # opt_out (art. 5.4.4, the default) | consent_first (DPA 2019)
    suggestion_cap_30_days: int
    jwt_secret: str | None
    token_ttl_seconds: int
    token_max_ttl_seconds: int  # the longest lifetime (exp - iat) a token may claim
    demo_mode: bool
    production: bool  # PENNY_PRODUCTION: a live bank deployment, where demo mode cannot start
    rate_limit_per_minute: int
    auth_failures_per_minute: int  # per client address, before a token is trusted
    rate_limit_storage: str  # `limits` storage: memory:// or redis://host:port
    max_body_bytes: int

    def today(self) -> date:
        """Today, unless PENNY_TODAY pins the clock (demos and tests against fixed data)."""
        return self.today_override or date.today()

    def now(self) -> datetime:
        """Now; with a pinned date, the time of day is kept so events stay in order."""
        now = datetime.now()
        if self.today_override is None:
            return now
        return datetime.combine(self.today_override, now.time())


def load_settings(env: dict[str, str] | None = None) -> Settings:
    env = dict(os.environ) if env is None else env
    today = env.get("PENNY_TODAY")
    return Settings(
        database_url=env.get("PENNY_DATABASE_URL", DEFAULT_DATABASE_URL),
        today_override=date.fromisoformat(today) if today else None,
        max_message_chars=int(env.get("PENNY_MAX_MESSAGE_CHARS", "1000")),
        contact_phone=env.get("PENNY_CONTACT_PHONE", "+31 20 123 4567"),
        contact_hours=env.get("PENNY_CONTACT_HOURS") or None,
        blocking_phone=env.get("PENNY_BLOCKING_PHONE", "+31 20 123 4000"),
        suggestions_mode=_mode(env.get("PENNY_SUGGESTIONS_MODE", "opt_out")),
        suggestion_cap_30_days=int(env.get("PENNY_SUGGESTION_CAP_30_DAYS", "2")),
        jwt_secret=env.get("PENNY_JWT_SECRET") or None,
        token_ttl_seconds=int(env.get("PENNY_TOKEN_TTL_SECONDS", "900")),
        token_max_ttl_seconds=int(env.get("PENNY_TOKEN_MAX_TTL_SECONDS", str(24 * 3600))),
        # Off unless asked for: `make run` and the tests turn it on.
        demo_mode=env.get("PENNY_DEMO_MODE", "0").lower() in {"1", "true", "yes", "on"},
        production=env.get("PENNY_PRODUCTION", "0").lower() in {"1", "true", "yes", "on"},
        rate_limit_per_minute=int(env.get("PENNY_RATE_LIMIT_PER_MINUTE", "30")),
        auth_failures_per_minute=int(env.get("PENNY_AUTH_FAILURES_PER_MINUTE") or "10"),
        rate_limit_storage=env.get("PENNY_RATE_LIMIT_STORAGE", "memory://"),
        max_body_bytes=int(env.get("PENNY_MAX_BODY_BYTES", "8192")),
    )


def demo_mode_problem(settings: Settings) -> str | None:
    """Why demo mode must not start here, if it must not: it logs anyone in as a demo customer,
    so it runs only on an embedded SQLite demo store and never with PENNY_PRODUCTION set."""
    if not settings.demo_mode:
        return None
    if settings.production:
        return "PENNY_DEMO_MODE is on while PENNY_PRODUCTION is set: turn demo mode off"
    if not settings.database_url.startswith("sqlite:"):
        return (
            "PENNY_DEMO_MODE runs only on the embedded SQLite demo store, not on "
            f"{settings.database_url.split(':', 1)[0]}: turn demo mode off"
        )
    return None


def token_secret(settings: Settings) -> str:
    """PENNY_JWT_SECRET; else the development secret in var/jwt-secret, which demo mode creates
    so that `bot token` in another shell signs what the running demo accepts."""
    from bot.web.tokens import load_or_create_secret

    dev_secret = Path(os.environ.get("PENNY_DEV_SECRET_FILE", str(DEV_SECRET_PATH)))
    if settings.jwt_secret is None and not settings.demo_mode and not dev_secret.exists():
        raise ValueError("PENNY_JWT_SECRET must be set when PENNY_DEMO_MODE is off")
    return load_or_create_secret(settings.jwt_secret, dev_secret)


def _mode(value: str) -> str:
    if value not in {"opt_out", "consent_first"}:
        raise ValueError(f"PENNY_SUGGESTIONS_MODE must be opt_out or consent_first, not {value!r}")
    return value
