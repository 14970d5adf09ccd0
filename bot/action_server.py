"""The Rasa SDK action server, locked so that only Rasa can call an action (issue 10).

The actions read every customer's money and can change the marketing preference, so the server:

- binds to loopback unless PENNY_ACTION_HOST widens it deliberately (rasa_sdk binds 0.0.0.0);
- answers /webhook and /actions only to a caller that sends PENNY_ACTION_SECRET in the
  X-Penny-Action-Secret header (compared in constant time; endpoints.yml makes Rasa send it),
  and 401 to anyone else; /health stays open for probes;
- accepts application/json bodies only (415 otherwise): a text/plain POST is a CORS "simple
  request" any web page could send without a preflight;
- allows no cross-origin caller at all.

Usage: python -m bot.action_server [--port 5055] [rasa_sdk options]
"""

from __future__ import annotations

import hmac
import os
import sys
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

SECRET_HEADER = "X-Penny-Action-Secret"
SECRET_ENV = "PENNY_ACTION_SECRET"
MIN_SECRET_BYTES = 32
OPEN_PATHS = frozenset({"/health"})


class ActionSecretError(ValueError):
    """The action server has no usable secret; it must not start."""


def action_secret(env: Mapping[str, str]) -> str:
    """PENNY_ACTION_SECRET, which must be at least 32 bytes. `make run` generates one in
    var/action-secret; production sets its own."""
    secret = env.get(SECRET_ENV, "")
    if not secret:
        raise ActionSecretError(
            f"{SECRET_ENV} is not set: the action server refuses to start without it "
            "(`make run` generates one in var/action-secret)"
        )
    if len(secret.encode()) < MIN_SECRET_BYTES:
        raise ActionSecretError(f"{SECRET_ENV} must be at least {MIN_SECRET_BYTES} bytes long")
    return secret


def refusal(
    method: str, path: str, headers: Mapping[str, str], secret: str
) -> tuple[int, str] | None:
    """(status, reason) for a call the server must refuse, None for one it may serve. Pure, so
    each refusal is tested without a server."""
    if path in OPEN_PATHS and method in {"GET", "HEAD"}:
        return None
    given = headers.get(SECRET_HEADER) or headers.get(SECRET_HEADER.lower()) or ""
    if not hmac.compare_digest(given.encode(), secret.encode()):
        return 401, "this action server answers Rasa only"
    if method == "POST":
        content_type = headers.get("Content-Type") or headers.get("content-type") or ""
        if content_type.split(";")[0].strip().lower() != "application/json":
            return 415, "the action server accepts application/json only"
    return None


def guard(secret: str) -> Callable[[Any], Awaitable[Any]]:
    """Sanic request middleware: a response short-circuits the request."""
    from sanic import response

    async def check(request: Any) -> Any:
        refused = refusal(request.method, request.path, request.headers, secret)
        if refused is None:
            return None
        status, reason = refused
        return response.json({"error": reason}, status=status)

    return check


def create_app(secret: str, actions: str = "actions") -> Any:
    from rasa_sdk.endpoint import create_app as create_sdk_app

    app = create_sdk_app(actions, cors_origins="")
    app.register_middleware(guard(secret), "request")
    return app


def main() -> None:
    import argparse

    from rasa_sdk import utils

    parser = argparse.ArgumentParser(description="Penny's action server (loopback, Rasa only)")
    parser.add_argument("--port", type=int, default=int(os.environ.get("PENNY_ACTION_PORT", 5055)))
    parser.add_argument("--quiet", action="store_true", help="log warnings and errors only")
    args = parser.parse_args()
    try:
        secret = action_secret(os.environ)
    except ActionSecretError as error:
        print(f"Action server not started: {error}", file=sys.stderr)
        raise SystemExit(2) from None
    utils.configure_colored_logging("WARNING" if args.quiet else "INFO")
    host = os.environ.get("PENNY_ACTION_HOST", "127.0.0.1")
    app = create_app(secret)
    app.run(host, args.port, workers=1, access_log=False)


if __name__ == "__main__":
    main()
