"""Penny's Rasa input channel: the customer is whoever a verified token says.

Rasa's own `rest` channel trusts the client's `sender` field, and `socketio` trusts the client's
session id after checking a token once. Here every request carries a signed, expiring token, and
the sender id is derived from its subject on the server; anything the client says about who it
is, is ignored. The routes follow Rasa's REST conventions:
`POST /webhooks/penny/webhook` with `Authorization: Bearer <token>` and `{"message": "..."}`.
"""

from __future__ import annotations

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

from bot.config import Settings, load_settings, token_secret
from bot.i18n import LANGUAGES, t
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


class RequestError(Exception):
    """A request refused with a status and a message for the customer's screen."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.message, self.headers = status, message, headers or {}


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
        self.secret = token_secret(settings)
        self.limiter = RateLimiter(settings.rate_limit_per_minute, 60.0)

    # --- pure-ish request handling --------------------------------------------------------------

    def authenticate(self, request: Request) -> Claims:
        header = request.headers.get("Authorization", "")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise RequestError(
                401,
                "Please log in: this request carries no token.",
                {"WWW-Authenticate": 'Bearer realm="penny"'},
            )
        try:
            return verify(token.strip(), self.secret)
        except TokenError as error:
            raise RequestError(
                401,
                f"Please log in again: {error}.",
                {"WWW-Authenticate": 'Bearer error="invalid_token"'},
            ) from None

    def read_message(self, request: Request) -> tuple[str, str | None]:
        body = request.body or b""
        if len(body) > self.settings.max_body_bytes:
            raise RequestError(
                413, f"That request is too large (over {self.settings.max_body_bytes} bytes)."
            )
        try:
            payload = json.loads(body)
        except (ValueError, UnicodeDecodeError):
            raise RequestError(400, 'The body must be JSON like {"message": "..."}.') from None
        if not isinstance(payload, dict) or "message" not in payload:
            raise RequestError(400, 'The body must be JSON like {"message": "..."}.')
        message = payload["message"]
        if not isinstance(message, str):
            raise RequestError(400, "The message must be text.")
        language = payload.get("language")
        return message, language if language in LANGUAGES else None

    def check_rate(self, subject: str) -> None:
        now = time.monotonic()
        if not self.limiter.allow(subject, now):
            wait = self.limiter.retry_after(subject, now)
            raise RequestError(
                429,
                f"You are sending messages too quickly. Please wait {wait} seconds and try again.",
                {"Retry-After": str(wait)},
            )

    def cors_headers(self, request: Request) -> dict[str, str]:
        origin = (request.headers.get("Origin") or "").rstrip("/")
        if not origin or origin not in self.settings.cors_origins:
            return {}
        return {
            "Access-Control-Allow-Origin": origin,
            "Access-Control-Allow-Headers": "Authorization, Content-Type",
            "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
            "Access-Control-Max-Age": "600",
            "Vary": "Origin",
        }

    # --- routes ------------------------------------------------------------------------------

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        bp = Blueprint("penny_webhook", __name__)

        def error(request: Request, failure: RequestError) -> HTTPResponse:
            headers = {**failure.headers, **self.cors_headers(request)}
            return response.json({"error": failure.message}, status=failure.status, headers=headers)

        @bp.route("/", methods=["GET"])
        async def health(request: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @bp.route("/webhook", methods=["OPTIONS"], name="preflight_webhook")
        @bp.route("/demo/token", methods=["OPTIONS"], name="preflight_token")
        async def preflight(request: Request) -> HTTPResponse:
            headers = self.cors_headers(request)
            return response.empty(status=204 if headers else 403, headers=headers)

        @bp.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            try:
                claims = self.authenticate(request)
                text, language = self.read_message(request)
                self.check_rate(claims.subject)
            except RequestError as failure:
                return error(request, failure)
            lang = language or (claims.language if claims.language in LANGUAGES else "en")
            collector = CollectingOutputChannel()
            message = UserMessage(
                text,
                collector,
                sender_id=claims.subject,
                input_channel=self.name(),
                metadata={"language": lang},
            )
            try:
                await on_new_message(message)
            except Exception:  # noqa: BLE001 - the customer gets a message, the log the detail
                log.exception("message processing failed")
                return error(request, RequestError(503, t(lang, "error.unavailable")))
            messages = collector.messages or [
                {"recipient_id": claims.subject, "text": t(lang, "error.unavailable")}
            ]
            return response.json(messages, headers=self.cors_headers(request))

        @bp.route("/demo/customers", methods=["GET"])
        async def demo_customers(request: Request) -> HTTPResponse:
            if not self.settings.demo_mode:
                return response.json({"error": "Not found."}, status=404)
            from bot.store import open_store

            customers = open_store(self.settings.database_url).customers()
            return response.json(
                [{"login": c.login, "name": c.name} for c in customers],
                headers=self.cors_headers(request),
            )

        @bp.route("/demo/token", methods=["POST"])
        async def demo_token(request: Request) -> HTTPResponse:
            if not self.settings.demo_mode:
                return response.json({"error": "Not found."}, status=404)
            from bot.store import open_store

            try:
                login = (json.loads(request.body or b"{}") or {}).get("customer")
            except (ValueError, AttributeError):
                login = None
            store = open_store(self.settings.database_url)
            if not isinstance(login, str) or store.customer_by_login(login) is None:
                return response.json({"error": "No such demo customer."}, status=400)
            ttl = self.settings.token_ttl_seconds
            return response.json(
                {"token": issue(login, self.secret, ttl), "expires_in": ttl},
                headers=self.cors_headers(request),
            )

        @bp.route("/widget/", methods=["GET"], name="widget_index")
        async def widget_index(request: Request) -> HTTPResponse:
            return await widget(request, "")

        @bp.route("/widget/<name>", methods=["GET"], name="widget_file")
        async def widget(request: Request, name: str = "") -> HTTPResponse:
            filename = WIDGET_FILES.get(name)
            path = STATIC / (filename or "missing")
            if filename is None or not path.is_file():
                return response.json({"error": "Not found."}, status=404)
            headers = {
                "Content-Security-Policy": "default-src 'self'; style-src 'self' 'unsafe-inline'",
                "X-Content-Type-Options": "nosniff",
                **self.cors_headers(request),
            }
            return response.raw(
                path.read_bytes(), content_type=CONTENT_TYPES[path.suffix], headers=headers
            )

        return bp
