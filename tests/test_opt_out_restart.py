"""An opt-out survives a restart of every server: the Rasa server and the action server are
stopped and started again, the conversation is new, and the suggestion stays off because the
rules read the opt-out from the store."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from bot.store import Store
from tests.builders import add_customer, pay

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "models" / "penny.tar.gz"
TODAY = date(2026, 11, 23)
pytestmark = pytest.mark.model


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait(url: str, process: subprocess.Popen[bytes], seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server for {url} exited with {process.returncode}")
        try:
            urllib.request.urlopen(url, timeout=2).close()
            return
        except OSError:
            time.sleep(0.5)
    raise TimeoutError(url)


class Stack:
    """The action server and the Rasa server as separate processes, like `make run`."""

    def __init__(self, workdir: Path, env: dict[str, str]) -> None:
        self.workdir, self.env = workdir, env
        self.processes: list[subprocess.Popen[bytes]] = []
        self.rasa_port = 0

    def start(self) -> None:
        action_port, self.rasa_port = _free_port(), _free_port()
        endpoints = self.workdir / "endpoints.yml"
        endpoints.write_text(f'action_endpoint:\n  url: "http://127.0.0.1:{action_port}/webhook"\n')
        log = (self.workdir / "servers.log").open("ab")
        actions = subprocess.Popen(
            [sys.executable, "-m", "rasa_sdk", "--actions", "actions", "--port", str(action_port)],
            cwd=ROOT,
            env=self.env,
            stdout=log,
            stderr=log,
        )
        rasa = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "rasa",
                "run",
                "--model",
                str(MODEL),
                "--port",
                str(self.rasa_port),
                "--endpoints",
                str(endpoints),
                "--credentials",
                str(ROOT / "credentials.yml"),
            ],
            cwd=ROOT,
            env=self.env,
            stdout=log,
            stderr=log,
        )
        self.processes = [actions, rasa]
        _wait(f"http://127.0.0.1:{action_port}/health", actions)
        _wait(f"http://127.0.0.1:{self.rasa_port}/", rasa)

    def stop(self) -> None:
        for process in self.processes:
            process.terminate()
        for process in self.processes:
            process.wait(timeout=30)
        self.processes = []

    def say(self, text: str, sender: str) -> list[dict[str, Any]]:
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.rasa_port}/webhooks/rest/webhook",
            data=json.dumps({"sender": sender, "message": text}).encode(),
            headers={"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=60) as response:
            return json.loads(response.read())


@pytest.fixture
def stack(tmp_path: Path) -> Iterator[tuple[Stack, Store]]:
    if not MODEL.exists():
        if os.environ.get("CI"):
            pytest.fail("models/penny.tar.gz is missing: `make test` trains it first")
        pytest.skip("no trained model: run `make train`")
    url = f"sqlite:///{tmp_path / 'penny.db'}"
    store = Store.from_url(url)
    abroad = []
    for i in range(8):
        p = pay(
            (TODAY - timedelta(days=9 + 30 * i)).isoformat(), -4200, "Restaurante Sol", mcc=5812
        )
        p["country"] = "ES"
        abroad.append(p)
    add_customer(store, "traveller", [*abroad, pay("2026-10-03", -5000, "Albert Heijn", mcc=5411)])
    env = {
        **os.environ,
        "PENNY_DATABASE_URL": url,
        "PENNY_TODAY": TODAY.isoformat(),
        "TF_CPP_MIN_LOG_LEVEL": "3",
        "RASA_TELEMETRY_ENABLED": "false",
    }
    env.pop("PENNY_SUGGESTIONS_MODE", None)
    servers = Stack(tmp_path, env)
    servers.start()
    try:
        yield servers, store
    finally:
        servers.stop()


def _cards(replies: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        r["custom"] for r in replies if (r.get("custom") or {}).get("type") == "suggestion_card"
    ]


def test_an_opt_out_survives_a_restart_of_every_server(stack):
    servers, store = stack
    question = "How much did I spend on groceries last month?"
    first = servers.say(question, "traveller")
    assert any("€50.00" in (r.get("text") or "") for r in first)
    assert _cards(first), "the traveller should get a suggestion before opting out"

    stopped = servers.say("stop suggesting products to me", "traveller")
    assert any("won't suggest any products" in (r.get("text") or "") for r in stopped)

    servers.stop()
    servers.start()

    again = servers.say(question, "traveller")
    assert any("€50.00" in (r.get("text") or "") for r in again)
    assert _cards(again) == []
    assert any(
        "currently off" in (r.get("text") or "")
        for r in servers.say("are suggestions on?", "traveller")
    )
    customer = store.customer_by_login("traveller")
    assert customer is not None and store.preference(customer.id) == "opted_out"
