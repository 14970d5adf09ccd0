"""Demo mode cannot reach production (issue 10): it starts only on the embedded SQLite demo
store and never with PENNY_PRODUCTION set, and its login answers on loopback only."""

from __future__ import annotations

import pytest

from bot.config import demo_mode_problem, load_settings
from bot.web.channel import PennyInput, is_loopback

SECRET = "demo-test-secret-" + "d" * 40


def settings(**env: str):
    return load_settings({"PENNY_JWT_SECRET": SECRET, **env})


def test_demo_mode_on_the_sqlite_demo_store_may_start():
    assert demo_mode_problem(settings(PENNY_DEMO_MODE="1")) is None


@pytest.mark.parametrize(
    "env, reason",
    [
        ({"PENNY_PRODUCTION": "1"}, "PENNY_PRODUCTION"),
        ({"PENNY_DATABASE_URL": "postgresql://penny@db.bank.internal/penny"}, "SQLite"),
    ],
)
def test_demo_mode_refuses_to_start_against_production(env, reason):
    configured = settings(PENNY_DEMO_MODE="1", **env)
    problem = demo_mode_problem(configured)
    assert problem is not None and reason in problem
    with pytest.raises(ValueError, match=reason):
        PennyInput(configured)


def test_production_without_demo_mode_starts():
    production = settings(
        PENNY_PRODUCTION="1", PENNY_DATABASE_URL="postgresql://penny@db.bank.internal/penny"
    )
    assert demo_mode_problem(production) is None


@pytest.mark.parametrize(
    "address, local",
    [("127.0.0.1", True), ("::1", True), ("10.0.0.5", False), ("203.0.113.9", False),
     ("", False), (None, False), ("not-an-address", False)],
)
def test_the_demo_login_answers_on_loopback_only(address, local):
    assert is_loopback(address) is local


def _outside_address() -> str | None:
    """This machine's address on a network interface (no packet is sent)."""
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))
            address = str(probe.getsockname()[0])
        except OSError:
            return None
    return None if address.startswith("127.") else address


def test_the_demo_login_is_refused_from_the_network_and_served_on_loopback(tmp_path):
    import os
    import subprocess
    import sys
    import time
    import urllib.error
    import urllib.request
    from pathlib import Path

    from bot.store import Store
    from tests.builders import add_customer
    from tests.test_channel import _free_port

    outside = _outside_address()
    if outside is None:
        pytest.skip("this machine has no network interface besides loopback")
    url = f"sqlite:///{tmp_path / 'demo.db'}"
    add_customer(Store.from_url(url), "demo-001", [])
    port = _free_port()
    env = {**os.environ, "PENNY_DATABASE_URL": url, "PENNY_JWT_SECRET": SECRET,
           "PENNY_DEMO_MODE": "1"}
    root = Path(__file__).resolve().parent.parent.parent
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.channel_app", str(port), "0.0.0.0"],
        cwd=root, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )

    def status(host: str) -> int:
        try:
            with urllib.request.urlopen(
                f"http://{host}:{port}/webhooks/penny/demo/customers", timeout=5
            ) as answer:
                return int(answer.status)
        except urllib.error.HTTPError as error:
            return int(error.code)

    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                local = status("127.0.0.1")
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    pytest.fail("the channel test app did not start")
                time.sleep(0.3)
        assert local == 200
        assert status(outside) == 404
    finally:
        process.terminate()
        process.wait(timeout=20)
