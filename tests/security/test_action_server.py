"""Only Rasa may call an action (issue 10): the action server refuses callers without the shared
secret (401), non-JSON bodies (415) and cross-origin callers, and will not start without a secret.

The refusal rules are checked directly; the real server is then started as `make run` starts it
and called the way an attacker on the same host would call it."""

from __future__ import annotations

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

import pytest

from bot.action_server import (
    SECRET_HEADER,
    ActionSecretError,
    action_secret,
    refusal,
)

ROOT = Path(__file__).resolve().parent.parent.parent
SECRET = "security-test-action-secret-" + "s" * 24
JSON = {"Content-Type": "application/json"}
# What the issue found: a made-up tracker that asks for another customer's balance.
FORGED_CALL = {
    "next_action": "action_answer_balance",
    "sender_id": "demo-002",
    "tracker": {"sender_id": "demo-002", "slots": {}, "latest_message": {}, "events": []},
    "domain": {},
    "version": "3.6.2",
}


# --- the rules, without a server ----------------------------------------------------------------


def test_a_call_without_the_secret_is_refused_with_401():
    refused = refusal("POST", "/webhook", JSON, SECRET)
    assert refused == (401, "this action server answers Rasa only")


def test_a_call_with_a_wrong_or_truncated_secret_is_refused_with_401():
    for wrong in ("nope", SECRET[:-1], SECRET + "x", SECRET.upper(), ""):
        headers = {**JSON, SECRET_HEADER: wrong}
        assert refusal("POST", "/webhook", headers, SECRET)[0] == 401  # type: ignore[index]


def test_the_action_list_needs_the_secret_too():
    assert refusal("GET", "/actions", {}, SECRET)[0] == 401  # type: ignore[index]
    assert refusal("GET", "/actions", {SECRET_HEADER: SECRET}, SECRET) is None


@pytest.mark.parametrize(
    "content_type", ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data", ""]
)
def test_a_body_that_is_not_json_is_refused_with_415(content_type):
    headers = {SECRET_HEADER: SECRET, "Content-Type": content_type}
    assert refusal("POST", "/webhook", headers, SECRET)[0] == 415  # type: ignore[index]


def test_rasas_own_call_is_served():
    headers = {SECRET_HEADER: SECRET, "Content-Type": "application/json; charset=utf-8"}
    assert refusal("POST", "/webhook", headers, SECRET) is None


def test_the_health_probe_stays_open_but_only_for_reading():
    assert refusal("GET", "/health", {}, SECRET) is None
    assert refusal("POST", "/health", JSON, SECRET)[0] == 401  # type: ignore[index]


@pytest.mark.parametrize("env", [{}, {"PENNY_ACTION_SECRET": ""}, {"PENNY_ACTION_SECRET": "short"}])
def test_no_secret_or_a_short_one_is_refused(env):
    with pytest.raises(ActionSecretError):
        action_secret(env)


def test_a_long_enough_secret_is_taken():
    assert action_secret({"PENNY_ACTION_SECRET": SECRET}) == SECRET


# --- the real server --------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _start(env: dict[str, str], port: int) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "bot.action_server", "--port", str(port), "--quiet"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    port = _free_port()
    store = tmp_path_factory.mktemp("actions") / "penny.db"
    env = {**os.environ, "PENNY_ACTION_SECRET": SECRET, "PENNY_DATABASE_URL": f"sqlite:///{store}"}
    process = _start(env, port)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    try:
        while True:
            if process.poll() is not None:
                output = process.stdout.read().decode() if process.stdout else ""
                pytest.fail(f"the action server did not start:\n{output}")
            try:
                urllib.request.urlopen(f"{url}/health", timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    pytest.fail("the action server did not answer /health")
                time.sleep(0.3)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=30)


def _call(url: str, data: bytes | None, headers: dict[str, str], method: str = "POST"):
    request = urllib.request.Request(url, data=data, headers=headers, method=method)
    try:
        with urllib.request.urlopen(request, timeout=10) as answer:
            return answer.status, answer.read().decode(), dict(answer.headers)
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode(), dict(error.headers)


def test_a_forged_tracker_without_the_secret_gets_401_and_no_data(server):
    status, body, _ = _call(f"{server}/webhook", json.dumps(FORGED_CALL).encode(), JSON)
    assert status == 401
    assert "NL" not in body and "balance" not in body.lower()


def test_a_forged_tracker_with_a_wrong_secret_gets_401(server):
    headers = {**JSON, SECRET_HEADER: "guess-" + "g" * 40}
    status, _, _ = _call(f"{server}/webhook", json.dumps(FORGED_CALL).encode(), headers)
    assert status == 401


def test_text_plain_gets_415_even_with_the_secret(server):
    headers = {"Content-Type": "text/plain", SECRET_HEADER: SECRET}
    status, _, _ = _call(f"{server}/webhook", json.dumps(FORGED_CALL).encode(), headers)
    assert status == 415


def test_text_plain_without_the_secret_learns_nothing_either(server):
    status, _, _ = _call(f"{server}/webhook", b"{}", {"Content-Type": "text/plain"})
    assert status == 401


def test_the_list_of_actions_is_not_given_away(server):
    status, body, _ = _call(f"{server}/actions", None, {}, method="GET")
    assert status == 401 and "action_" not in body


def test_no_foreign_origin_is_allowed(server):
    headers = {**JSON, "Origin": "https://evil.example", SECRET_HEADER: SECRET}
    _, _, answer_headers = _call(f"{server}/actions", None, headers, method="GET")
    allowed = {k.lower(): v for k, v in answer_headers.items()}.get("access-control-allow-origin")
    assert allowed in (None, "")


def test_the_health_probe_answers_without_the_secret(server):
    status, body, _ = _call(f"{server}/health", None, {}, method="GET")
    assert status == 200 and "ok" in body


def test_rasa_with_the_secret_is_served(server):
    headers = {**JSON, SECRET_HEADER: SECRET}
    status, body, _ = _call(f"{server}/actions", None, headers, method="GET")
    assert status == 200 and "action_answer_balance" in body


@pytest.mark.parametrize("secret", ["", "too-short"])
def test_the_server_refuses_to_start_without_a_proper_secret(secret):
    env = {**os.environ, "PENNY_ACTION_SECRET": secret}
    process = _start(env, _free_port())
    output, _ = process.communicate(timeout=120)
    assert process.returncode == 2
    assert b"PENNY_ACTION_SECRET" in output


def test_rasa_sends_the_secret_named_in_endpoints_yml(monkeypatch):
    from rasa.utils.endpoints import read_endpoint_config

    monkeypatch.setenv("PENNY_ACTION_SECRET", SECRET)
    endpoint = read_endpoint_config(str(ROOT / "endpoints.yml"), "action_endpoint")
    assert endpoint is not None and endpoint.headers == {SECRET_HEADER: SECRET}
    assert endpoint.url.startswith("http://127.0.0.1:")


def test_rasa_refuses_to_start_without_the_secret(monkeypatch):
    from rasa.shared.exceptions import RasaException
    from rasa.utils.endpoints import read_endpoint_config

    monkeypatch.delenv("PENNY_ACTION_SECRET", raising=False)
    with pytest.raises(RasaException, match="PENNY_ACTION_SECRET"):
        read_endpoint_config(str(ROOT / "endpoints.yml"), "action_endpoint")
