"""Penny's Rasa input channel: the customer is whoever a verified token says.

Rasa's own `rest` channel trusts the client's `sender` field, and `socketio` trusts the client's
session id after checking a token once. Here every request carries a signed, expiring token, and
the sender id is derived from its subject on the server; anything the client says about who it
is, is ignored. The routes follow Rasa's REST conventions:
`POST /webhooks/penny/webhook` with `Authorization: Bearer <token>` and `{"message": "..."}`.
"""

from __future__ import annotations

import ipaddress
import json
import logging
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse
from sqlalchemy.exc import SQLAlchemyError

from bot.config import Settings, demo_mode_problem, load_settings, token_secret
from bot.conversation import reply_or_apology
from bot.i18n import LANGUAGES, t
from bot.store import open_store
from bot.web.auth_throttle import FailureThrottle
from bot.web.ratelimit import RateLimiter
from bot.web.tokens import Claims, TokenError, issue, verify

log = logging.getLogger(__name__)
STATIC = Path(__file__).with_name("static")
WIDGET_FILES = {
    "": "index.html",
    "index.html": "index.html",
    "penny.js": "penny.js",
    "penny.css": "penny.css",
}
CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
}


DEMO_PREFIX = "demo-"


def is_demo_login(login: str) -> bool:
    """Demo login hands out tokens for demo customers only, never for a real customer who
    happens to be in the same store."""
    return login.startswith(DEMO_PREFIX)


def is_loopback(address: str | None) -> bool:
    """The demo login answers only on the machine it runs on."""
    try:
        return ipaddress.ip_address(address or "").is_loopback
    except ValueError:
        return False


def model_ready(request: Request) -> bool:
    """Whether Rasa's agent has loaded its model (Rasa sets `app.ctx.agent` only once it has).
    An app that answers by itself marks itself `penny_standalone` (the channel's own tests)."""
    if getattr(request.app.ctx, "penny_standalone", False):
        return True
    agent = getattr(request.app.ctx, "agent", None)
    return agent is not None and agent.is_ready()


class RequestError(Exception):
    """A request refused with a status and the i18n key of the message for the screen."""

    def __init__(
        self, status: int, key: str, headers: dict[str, str] | None = None, **values: object
    ) -> None:
        super().__init__(key)
        self.status, self.key, self.headers, self.values = status, key, headers or {}, values


def request_language(request: Request) -> str:
    """The language to refuse a request in, before (or without) a valid token."""
    try:
        asked = json.loads(request.body or b"{}").get("language")
    except (ValueError, AttributeError, UnicodeDecodeError):
        asked = None
    if asked in LANGUAGES:
        return str(asked)
    accepted = (request.headers.get("Accept-Language") or "").lower()
    return "nl" if accepted.startswith("nl") else "en"


class PennyInput(InputChannel):
    @classmethod
    def name(cls) -> str:
        return "penny"

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> InputChannel:
        # Secrets come from the environment, never from credentials.yml in the repository.
        return cls(load_settings())

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        problem = demo_mode_problem(settings)
        if problem is not None:
            raise ValueError(problem)  # Rasa does not start: a configuration mistake, not a demo
        if settings.demo_mode:
            log.warning(
                "Penny demo mode is ON: anyone who can reach this server can log in as a demo "
                "customer. Set PENNY_DEMO_MODE=0 in production."
            )
        self.secret = token_secret(settings)
        self.limiter = RateLimiter(settings.rate_limit_per_minute, 60.0)
        self.failures = FailureThrottle(
            settings.auth_failures_per_minute, settings.rate_limit_storage
        )

    # --- pure-ish request handling --------------------------------------------------------------

    def authenticate(self, request: Request) -> Claims:
        header = request.headers.get("Authorization", "")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise RequestError(
                401, "web.error.no_token", {"WWW-Authenticate": 'Bearer realm="penny"'}
            )
        try:
            return verify(
                token.strip(), self.secret, max_ttl_seconds=self.settings.token_max_ttl_seconds
            )
        except TokenError as error:
            key = "web.error.token_expired" if error.expired else "web.error.token_invalid"
            raise RequestError(
                401, key, {"WWW-Authenticate": 'Bearer error="invalid_token"'}
            ) from None

    def read_message(self, request: Request) -> tuple[str, str | None]:
        body = request.body or b""
        if len(body) > self.settings.max_body_bytes:
            raise RequestError(413, "web.error.too_large", limit=self.settings.max_body_bytes)
        try:
            payload = json.loads(body)
        except (ValueError, UnicodeDecodeError):
            raise RequestError(400, "web.error.not_json") from None
        if not isinstance(payload, dict) or "message" not in payload:
            raise RequestError(400, "web.error.not_json")
        message = payload["message"]
        if not isinstance(message, str):
            raise RequestError(400, "web.error.not_text")
        language = payload.get("language")
        return message, language if language in LANGUAGES else None

    def check_rate(self, subject: str) -> None:
        now = time.monotonic()
        if not self.limiter.allow(subject, now):
            wait = self.limiter.retry_after(subject, now)
            raise RequestError(429, "web.error.too_fast", {"Retry-After": str(wait)}, wait=wait)

    # --- routes ------------------------------------------------------------------------------

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        bp = Blueprint("penny_webhook", __name__)

        def error(
            request: Request, failure: RequestError, language: str | None = None
        ) -> HTTPResponse:
            headers = failure.headers
            text = t(language or request_language(request), failure.key, **failure.values)
            return response.json(
                {"error": text, "code": failure.key.rsplit(".", 1)[-1]},
                status=failure.status,
                headers=headers,
            )

        @bp.route("/", methods=["GET"])
        async def health(request: Request) -> HTTPResponse:
            # Rasa listens before its model is loaded; say "ready" only once it can answer.
            if not model_ready(request):
                return response.json({"status": "loading"}, status=503)
            return response.json({"status": "ok"})

        @bp.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            try:
                claims = self.authenticate(request)
            except RequestError as refused:
                # Only failures count against the address: a valid token is never throttled here.
                wait = self.failures.record_failure(request.ip or "unknown")
                if wait is None:
                    return error(request, refused)
                throttled = RequestError(
                    429, "web.error.too_fast", {"Retry-After": str(wait)}, wait=wait
                )
                return error(request, throttled)
            try:
                text, language = self.read_message(request)
                self.check_rate(claims.subject)
                if not model_ready(request):
                    log.warning("a message arrived before the model was loaded; asked to retry")
                    raise RequestError(503, "error.unavailable", {"Retry-After": "5"})
            except RequestError as failure:
                return error(request, failure)
            requested = language or (claims.language if claims.language in LANGUAGES else None)
            lang = requested or "en"
            collector = CollectingOutputChannel()
            message = UserMessage(
                text,
                collector,
                sender_id=claims.subject,
                input_channel=self.name(),
                # Only a language the page, widget or token asked for; none is invented here,
                # so the conversation's own language can carry on.
                metadata={"language": requested} if requested else {},
            )
            try:
                await on_new_message(message)
            except Exception:  # noqa: BLE001 - the customer gets a message, the log the detail
                log.exception("message processing failed")
                return error(request, RequestError(503, "error.unavailable"), lang)
            messages, unanswered = reply_or_apology(text, collector.messages, claims.subject, lang)
            if unanswered:  # an action failed or Rasa predicted no reply: leave a trace
                log.warning("no reply to a message in conversation %s", claims.subject)
            return response.json(messages)

        @bp.route("/demo/customers", methods=["GET"])
        async def demo_customers(request: Request) -> HTTPResponse:
            if not self.settings.demo_mode or not is_loopback(request.ip):
                return error(request, RequestError(404, "web.error.not_found"))
            try:
                customers = open_store(self.settings.database_url).customers()
            except SQLAlchemyError:
                log.exception("store unavailable")
                return error(request, RequestError(503, "error.unavailable"))
            return response.json(
                [{"login": c.login, "name": c.name} for c in customers if is_demo_login(c.login)]
            )

        @bp.route("/demo/token", methods=["POST"])
        async def demo_token(request: Request) -> HTTPResponse:
            if not self.settings.demo_mode or not is_loopback(request.ip):
                return error(request, RequestError(404, "web.error.not_found"))
            try:
                login = (json.loads(request.body or b"{}") or {}).get("customer")
            except (ValueError, AttributeError, UnicodeDecodeError):
                login = None
            try:
                known = (
                    isinstance(login, str)
                    and is_demo_login(login)
                    and (
                        open_store(self.settings.database_url).customer_by_login(login) is not None
                    )
                )
            except SQLAlchemyError:
                log.exception("store unavailable")
                return error(request, RequestError(503, "error.unavailable"))
            if not known:
                return error(request, RequestError(400, "web.error.no_demo_customer"))
            ttl = self.settings.token_ttl_seconds
            return response.json({"token": issue(str(login), self.secret, ttl), "expires_in": ttl})

        @bp.route("/widget/", methods=["GET"], name="widget_index")
        async def widget_index(request: Request) -> HTTPResponse:
            return await widget(request, "")  # type: ignore[no-any-return]  # sanic route types

        @bp.route("/widget/<name>", methods=["GET"], name="widget_file")
        async def widget(request: Request, name: str = "") -> HTTPResponse:
            filename = WIDGET_FILES.get(name)
            path = STATIC / (filename or "missing")
            if filename is None or not path.is_file():
                return error(request, RequestError(404, "web.error.not_found"))
            headers = {
                "Content-Security-Policy": "default-src 'self'; style-src 'self' 'unsafe-inline'",
                "X-Content-Type-Options": "nosniff",
            }
            return response.raw(
                path.read_bytes(), content_type=CONTENT_TYPES[path.suffix], headers=headers
            )

        return bp
