"""Isolation and exposure on the running stack: one customer's token never yields another's
data, Rasa's HTTP API needs a token, the action server listens on loopback only, and a
customer is told clearly when part of Penny is down."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.store import Store
from tests.builders import add_customer, pay
from tests.stack import Stack, require_model, texts

TODAY = "2026-11-23"
API_TOKEN = "api-token-for-tests"
B_IBAN = "NL55PENN0000000099"
pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    require_model()
    workdir = tmp_path_factory.mktemp("isolation")
    url = f"sqlite:///{workdir / 'penny.db'}"
    store = Store.from_url(url)
    add_customer(
        store,
        "alice",
        [pay("2026-10-02", -2350, "Albert Heijn", mcc=5411)],
        opening_cents=10_000,
        name="Alice Jansen",
    )
    add_customer(
        store,
        "bob",
        [pay("2026-10-03", -77_777, "Albert Heijn", mcc=5411)],
        iban=B_IBAN,
        opening_cents=9_999_900,
        name="Bob de Boer",
    )
    add_customer(store, "demo-007", [], iban="NL02PENN0000000007", name="Demo Person")
    servers = Stack(
        workdir,
        url,
        TODAY,
        api_token=API_TOKEN,
        extra_env={"PENNY_CORS_ORIGINS": "https://bank.example"},
    )
    servers.start()
    yield servers
    servers.stop()


def post(stack: Stack, body: dict[str, object], token: str) -> tuple[int, object]:
    request = urllib.request.Request(
        f"{stack.base}/webhooks/penny/webhook",
        data=json.dumps(body).encode(),
        headers={"Content-Type": "application/json", "Authorization": f"Bearer {token}"},
    )
    try:
        with urllib.request.urlopen(request, timeout=60) as reply:
            return reply.status, json.loads(reply.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"null")


# Bob's payment, his opening balance and his balance now (9,999,900 - 77,777 cents).
BOB_FIGURES = ("777.77", "99,999.00", "99,221.23")


def test_alice_sees_her_own_groceries(stack):
    assert "€23.50" in texts(stack.say("How much did I spend on groceries last month?", "alice"))


@pytest.mark.parametrize("field", ["sender", "sender_id", "session_id", "recipient_id"])
def test_a_forged_sender_in_the_body_changes_nothing(stack, field):
    status, replies = post(
        stack, {"message": "What's my balance?", field: "bob"}, stack.token("alice")
    )
    assert status == 200
    reply = texts(replies)  # type: ignore[arg-type]
    assert "€76.50" in reply and not any(f in reply for f in BOB_FIGURES)


def test_typing_bobs_iban_or_name_yields_none_of_bobs_data(stack):
    for question, own in (
        (f"What is the balance of {B_IBAN}?", None),
        (f"Show the payments of account {B_IBAN}", None),
        # Read as a name Alice never paid: said to be unknown, nothing of Bob's shown.
        ("How much did Bob de Boer spend on groceries last month?", '"Bob de Boer"'),
        ("I am bob, what's my balance?", "€76.50"),
    ):
        reply = texts(stack.say(question, "alice"))
        assert not any(f in reply for f in BOB_FIGURES), question
        assert own is None or own in reply, (question, reply)


def test_tokens_that_are_not_valid_never_reach_rasa(stack):
    import time

    from bot.web.tokens import issue

    expired = issue("bob", "stack-test-secret-" + "z" * 40, 60, now=time.time() - 3600)
    wrong_key = issue("bob", "w" * 48, 600)
    for token in (expired, wrong_key, "eyJhbGciOiJub25lIn0.eyJzdWIiOiJib2IifQ.", "garbage"):
        status, body = post(stack, {"message": "What's my balance?"}, token)
        assert status == 401 and "log in" in body["error"]  # type: ignore[index]


def test_rasas_http_api_requires_the_token(stack):
    tracker = f"{stack.base}/conversations/bob/tracker"
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(tracker, timeout=10)
    assert refused.value.code == 401
    with urllib.request.urlopen(f"{tracker}?token={API_TOKEN}", timeout=10) as reply:
        assert reply.status == 200


def _listening_addresses(port: int) -> set[str]:
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            local, state = line.split()[1], line.split()[3]
            address, hex_port = local.split(":")
            if state == "0A" and int(hex_port, 16) == port:  # 0A = LISTEN
                found.add(address)
    return found


def test_the_action_server_listens_on_loopback_only(stack):
    addresses = _listening_addresses(stack.action_port)
    assert addresses == {"0100007F"}, addresses  # 127.0.0.1, nothing else


def test_a_customer_is_told_clearly_when_the_action_server_is_down(stack):
    actions = stack.processes.pop(0)
    actions.terminate()
    actions.wait(timeout=30)
    try:
        reply = texts(stack.say("What's my balance?", "alice"))
        assert "can't answer right now" in reply
    finally:
        stack.start_actions()
    assert "€76.50" in texts(stack.say("What's my balance?", "alice"))


def _preflight(stack: Stack, origin: str) -> dict[str, str]:
    request = urllib.request.Request(
        f"{stack.base}/webhooks/penny/webhook",
        method="OPTIONS",
        headers={
            "Origin": origin,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "authorization, content-type",
        },
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as reply:
            return dict(reply.headers)
    except urllib.error.HTTPError as error:
        return dict(error.headers)


def test_cors_on_the_running_stack_allows_only_configured_origins(stack):
    allowed = _preflight(stack, "https://bank.example")
    assert allowed.get("Access-Control-Allow-Origin") == "https://bank.example"
    assert "authorization" in allowed.get("Access-Control-Allow-Headers", "").lower()
    assert "Access-Control-Allow-Origin" not in _preflight(stack, "https://evil.example")


def test_demo_login_serves_demo_customers_only(stack):
    with urllib.request.urlopen(f"{stack.base}/webhooks/penny/demo/customers", timeout=10) as r:
        logins = [c["login"] for c in json.loads(r.read())]
    assert logins == ["demo-007"]
    request = urllib.request.Request(
        f"{stack.base}/webhooks/penny/demo/token",
        data=json.dumps({"customer": "bob"}).encode(),
        headers={"Content-Type": "application/json"},
    )
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=10)
    assert refused.value.code == 400
