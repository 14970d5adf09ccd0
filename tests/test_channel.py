"""The penny channel over real HTTP: identity from the token only, clear errors, no 500s."""

from __future__ import annotations

import base64
import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.store import Store
from bot.web.tokens import issue
from tests.builders import add_customer

ROOT = Path(__file__).resolve().parent.parent
SECRET = "test-secret-" + "x" * 40


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _start(
    tmp_path_factory: pytest.TempPathFactory, demo: str, extra_env: dict[str, str] | None = None
) -> Iterator[str]:
    url = f"sqlite:///{tmp_path_factory.mktemp('channel') / 'penny.db'}"
    store = Store.from_url(url)
    add_customer(store, "demo-001", [])
    add_customer(store, "demo-002", [], iban="NL02PENN0000000002", name="Bram Bos")
    port = _free_port()
    env = {
        **os.environ,
        "PENNY_DATABASE_URL": url,
        "PENNY_JWT_SECRET": SECRET,
        "PENNY_RATE_LIMIT_PER_MINUTE": "5",
        "PENNY_DEMO_MODE": demo,
        "PENNY_MAX_BODY_BYTES": "2048",
        # These tests send many bad tokens on purpose; tests/security counts them.
        "PENNY_AUTH_FAILURES_PER_MINUTE": "1000",
        **(extra_env or {}),
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.channel_app", str(port)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}/webhooks/penny"
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(base + "/", timeout=1).close()
            break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("channel test app did not start") from None
            time.sleep(0.3)
    yield base
    process.terminate()
    process.wait(timeout=20)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    yield from _start(tmp_path_factory, "1")


@pytest.fixture(scope="module")
def production(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    yield from _start(tmp_path_factory, "0")


def call(
    url: str, body: bytes | None = None, headers: dict[str, str] | None = None, method: str = "POST"
) -> tuple[int, Any, dict[str, str]]:
    request = urllib.request.Request(url, data=body, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=10) as reply:
            raw = reply.read()
            return reply.status, json.loads(raw) if raw else None, dict(reply.headers)
    except urllib.error.HTTPError as error:
        raw = error.read()
        return error.code, json.loads(raw) if raw else None, dict(error.headers)


def send(base: str, token: str | None, payload: object, extra: dict[str, str] | None = None):
    headers = {"Content-Type": "application/json", **(extra or {})}
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
    return call(base + "/webhook", body, headers)


def token_for(subject: str, ttl: int = 300, **kwargs: Any) -> str:
    return issue(subject, SECRET, ttl, **kwargs)


def test_the_sender_is_the_tokens_subject_whatever_the_client_claims(server):
    status, body, _ = send(
        server,
        token_for("demo-001"),
        {"message": "hi", "sender": "demo-002", "session_id": "demo-002", "sender_id": "demo-002"},
    )
    assert status == 200
    assert body == [{"recipient_id": "demo-001", "text": "sender=demo-001 lang=None text=hi"}]


def test_the_language_comes_from_the_request_or_the_token(server):
    _, body, _ = send(server, token_for("demo-001", language="nl"), {"message": "hoi"})
    assert "lang=nl" in body[0]["text"]
    _, body, _ = send(
        server, token_for("demo-002", language="nl"), {"message": "hi", "language": "en"}
    )
    assert "lang=en" in body[0]["text"]


def _unsigned(subject: str) -> str:
    def part(data: dict[str, object]) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()

    now = int(time.time())
    return (
        part({"alg": "none", "typ": "JWT"})
        + "."
        + part({"sub": subject, "iss": "penny", "iat": now, "exp": now + 300})
        + "."
    )


@pytest.mark.parametrize(
    "token",
    [
        None,
        "",
        "not-a-jwt",
        "PLACEHOLDER_EXPIRED",
        "PLACEHOLDER_UNSIGNED",
        "PLACEHOLDER_WRONG_KEY",
        "PLACEHOLDER_TAMPERED",
    ],
)
def test_missing_bad_expired_unsigned_or_tampered_tokens_get_401(server, token):
    import jwt

    if token == "PLACEHOLDER_EXPIRED":
        token = issue("demo-001", SECRET, 60, now=time.time() - 3600)
    elif token == "PLACEHOLDER_UNSIGNED":
        token = _unsigned("demo-002")
    elif token == "PLACEHOLDER_WRONG_KEY":
        token = issue("demo-002", "another-secret-" + "y" * 40, 300)
    elif token == "PLACEHOLDER_TAMPERED":
        good = token_for("demo-001")
        header, _, signature = good.split(".")
        forged = jwt.encode(
            {
                "sub": "demo-002",
                "iss": "penny",
                "iat": int(time.time()),
                "exp": int(time.time()) + 300,
            },
            "x" * 40,
            algorithm="HS256",
        )
        token = f"{header}.{forged.split('.')[1]}.{signature}"
    status, body, headers = send(server, token, {"message": "What's my balance?"})
    assert status == 401
    assert "log in" in body["error"]
    assert "WWW-Authenticate" in headers


@pytest.mark.parametrize(
    ("payload", "status", "words"),
    [
        (b"this is not json", 400, "must be JSON"),
        (b'["a list"]', 400, "must be JSON"),
        (b"{}", 400, "must be JSON"),
        (b'{"message": 42}', 400, "must be text"),
        (b'{"message": ["a"]}', 400, "must be text"),
        (b'{"message": null}', 400, "must be text"),
        (json.dumps({"message": "x" * 5000}).encode(), 413, "too large"),
        (b"\xff\xfe\x00", 400, "must be JSON"),
    ],
)
def test_bad_bodies_get_a_clear_error_and_no_server_error(server, payload, status, words):
    code, body, _ = send(server, token_for("demo-001"), payload)
    assert code == status and words in body["error"]


def test_refusals_speak_the_customers_language(server):
    code, body, _ = send(server, None, {"message": "hoi", "language": "nl"})
    assert code == 401 and body == {
        "error": "Log eerst in: dit verzoek heeft geen token.",
        "code": "no_token",
    }
    code, body, _ = send(server, token_for("demo-001"), b"{", {"Accept-Language": "nl-NL,nl"})
    assert code == 400 and body["error"].startswith("De inhoud moet JSON zijn")


def test_a_flood_from_one_token_is_rate_limited_with_a_clear_message(server):
    token = token_for("flooder")
    codes = [send(server, token, {"message": f"hi {i}"})[0] for i in range(7)]
    assert codes[:5] == [200] * 5 and codes[5:] == [429, 429]
    status, body, headers = send(server, token, {"message": "again"})
    assert status == 429 and "too quickly" in body["error"] and int(headers["Retry-After"]) >= 1
    # Other customers are not affected by one customer's flood.
    assert send(server, token_for("someone-else"), {"message": "hi"})[0] == 200


def test_a_failing_rasa_or_action_server_gives_a_clear_503(server):
    status, body, _ = send(server, token_for("failing-user"), {"message": "boom"})
    assert status == 503 and "can't answer right now" in body["error"]
    status, body, _ = send(server, token_for("failing-user"), {"message": "silent"})
    assert status == 200 and "can't answer right now" in body[0]["text"]


def test_a_new_conversation_needs_no_answer_and_gets_no_apology(server):
    for command in ("/restart", "/session_start"):
        status, body, _ = send(server, token_for("restarting-user"), {"message": command})
        assert (status, body) == (200, [])


def test_demo_login_lists_customers_and_issues_tokens_only_for_them(server):
    status, customers, _ = call(server + "/demo/customers", method="GET")
    assert status == 200 and {"login": "demo-001", "name": "Sanne de Vries"} in customers
    status, body, _ = call(server + "/demo/token", json.dumps({"customer": "demo-002"}).encode())
    assert status == 200 and body["expires_in"] > 0
    _, echoed, _ = send(server, body["token"], {"message": "hi"})
    assert echoed[0]["recipient_id"] == "demo-002"
    for bad in (b'{"customer": "nobody"}', b"garbage", b'{"customer": 7}'):
        status, body, _ = call(server + "/demo/token", bad)
        assert status == 400 and "No such demo customer" in body["error"]


def test_the_widget_is_served_from_the_same_origin_with_a_strict_policy(server):
    with urllib.request.urlopen(server + "/widget/", timeout=5) as reply:
        assert reply.headers["Content-Type"].startswith("text/html")
        assert "default-src 'self'" in reply.headers["Content-Security-Policy"]
        assert b"penny.js" in reply.read()
    with urllib.request.urlopen(server + "/widget/penny.js", timeout=5) as reply:
        assert reply.headers["Content-Type"].startswith("text/javascript")
    status, _, _ = call(server + "/widget/..%2Fchannel.py", method="GET")
    assert status == 404


def test_without_demo_mode_there_is_no_login_but_tokens_still_work(production):
    assert call(production + "/demo/customers", method="GET")[0] == 404
    status, _, _ = call(production + "/demo/token", json.dumps({"customer": "demo-001"}).encode())
    assert status == 404
    _, body, _ = send(production, token_for("demo-001"), {"message": "hi"})
    assert body[0]["recipient_id"] == "demo-001"


def test_the_channel_says_ready_only_once_rasa_has_loaded_its_model():
    from types import SimpleNamespace

    from bot.web.channel import model_ready

    def request(**ctx: object) -> Any:
        return SimpleNamespace(app=SimpleNamespace(ctx=SimpleNamespace(**ctx)))

    loading = SimpleNamespace(is_ready=lambda: False)
    loaded = SimpleNamespace(is_ready=lambda: True)
    assert not model_ready(request())  # Rasa is listening, the model is not there yet
    assert not model_ready(request(agent=loading))
    assert model_ready(request(agent=loaded))
    assert model_ready(request(penny_standalone=True))
