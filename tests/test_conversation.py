"""End to end through the trained model and a real action server: text in, words out.

Figures are checked against the store, never against the model.
"""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.store import Store
from tests.builders import add_customer, pay

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "models" / "penny.tar.gz"
TODAY = "2026-11-23"
# The real action server, locked as in production: only a caller with the secret is answered.
ACTION_SECRET = "conversation-test-action-secret-" + "k" * 20

HISTORY = [
    pay("2026-10-02", -2350, "ALBERT HEIJN 1403 UTRECHT", mcc=5411),
    pay("2026-10-15", -4120, "Jumbo Supermarkten", mcc=5411),
    pay("2026-11-03", -1500, "Restaurant De Kas", mcc=5812),
    pay("2026-10-10", -2000, "Restaurant De Kas", mcc=5812),
    pay("2026-10-01", -125000, "Woonstichting De Key", "Huur oktober", kind="direct_debit"),
    pay("2026-11-01", -125000, "Woonstichting De Key", "Huur november", kind="direct_debit"),
    pay("2026-06-25", 310000, "Philips Nederland B.V.", "SALARIS JUN", kind="transfer"),
    *[pay(f"2026-{m:02d}-05", -1349, "Netflix", kind="direct_debit") for m in range(5, 12)],
]
OTHER_IBAN = "NL55PENN0000000099"

pytestmark = pytest.mark.model


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def store_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('store') / 'penny.db'}"
    store = Store.from_url(url)
    add_customer(store, "demo-001", HISTORY, opening_cents=100000)
    add_customer(store, "demo-002", [pay("2026-10-05", -77777, "Albert Heijn", mcc=5411)],
                 iban=OTHER_IBAN, opening_cents=999999, name="Other Person")
    return url


@pytest.fixture(scope="module")
def action_server(store_url: str) -> Iterator[str]:
    port = _free_port()
    env = {**os.environ, "PENNY_DATABASE_URL": store_url, "PENNY_TODAY": TODAY,
           "PENNY_ACTION_SECRET": ACTION_SECRET}
    process = subprocess.Popen(
        [sys.executable, "-m", "bot.action_server", "--port", str(port)],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_for(f"{url}/health", process)
        yield f"{url}/webhook"
    finally:
        process.terminate()
        process.wait(timeout=20)


def _wait_for(url: str, process: subprocess.Popen[bytes], seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("the action server exited during start-up")
        try:
            urllib.request.urlopen(url, timeout=1).close()
            return
        except OSError:
            time.sleep(0.3)
    raise TimeoutError(url)


def _load_agent(action_url: str, loop: asyncio.AbstractEventLoop) -> Any:
    from rasa.core.agent import load_agent
    from rasa.core.utils import AvailableEndpoints
    from rasa.utils.endpoints import EndpointConfig

    if not MODEL.exists():
        if os.environ.get("CI"):
            pytest.fail("models/penny.tar.gz is missing: `make test` trains it first")
        pytest.skip("no trained model: run `make train`")
    from bot.action_server import SECRET_HEADER

    endpoints = AvailableEndpoints(
        action=EndpointConfig(url=action_url, headers={SECRET_HEADER: ACTION_SECRET})
    )
    return loop.run_until_complete(load_agent(str(MODEL), endpoints=endpoints))


@pytest.fixture(scope="module")
def chat(action_server: str) -> Any:
    loop = asyncio.new_event_loop()
    agent = _load_agent(action_server, loop)

    def say(text: str, sender: str = "demo-001") -> str:
        replies = loop.run_until_complete(agent.handle_text(text, sender_id=sender))
        return " ".join(r.get("text", "") for r in replies or [] if r.get("text"))

    return say


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How much did I spend on groceries last month?",
         "You spent €64.70 on groceries in October 2026 (2 payments)."),
        # The reply names the counterparty it counted, as the bank printed it.
        ("How much did I pay at Albert Heijn this year?",
         "You spent €23.50 at ALBERT HEIJN 1403 UTRECHT in 2026 so far (1 payment)."),
        ("Show my five biggest payments in October.", "Your 5 largest payments in October 2026:"),
        ("When did I last pay my rent?", "was on 1 November 2026: €1,250.00 to Woonstichting"),
        ("What's my balance?", "Your balance on 23 November 2026:"),
        ("How much salary came in in June?",
         "You earned €3,100.00 in June 2026 in salary, pension and benefits (1 payment)."),
        ("Which subscriptions do I pay for?", "Netflix: €13.49 a month"),
        ("Did I spend more on restaurants this month than last month?",
         "You spent €15.00 on eating out in November 2026 so far. That is €5.00 less"),
        ("Where does my money go?", "You spent €1,348.19 in October 2026 (5 payments)"),
    ],
)
def test_the_foundation_questions_get_figures_from_the_store(chat, question, expected):
    assert expected in chat(question)


def test_the_balance_figure_equals_the_store(chat, store_url):
    store = Store.from_url(store_url)
    customer = store.customer_by_login("demo-001")
    assert customer is not None
    (account,) = store.accounts(customer.id)
    assert f"€{account.balance_cents / 100:,.2f}" in chat("how much money do I have")


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("", "I didn't get a question there"),
        ("😀🙂", "I didn't get a question there"),
        ("groceries " * 500, "too long"),
        ("How much did I spend at '; DROP TABLE transaction; -- last month?", "You "),
        ("How much did I spend in February 30th?", "isn't a real date"),
        ("How much did I spend in the year 3000?", "is in the future"),
    ],
)
def test_odd_messages_get_a_clear_answer(chat, message, expected):
    assert expected in chat(message)


def test_typing_someone_elses_name_or_iban_reveals_nothing_of_theirs(chat):
    assert "777.77" not in chat("How much did Other Person spend at Albert Heijn last month?")
    reply = chat(f"What is the balance of {OTHER_IBAN}?")
    assert "not one of your accounts" in reply and "9,999" not in reply


def test_a_sender_that_is_no_customer_gets_no_data(chat):
    reply = chat("What's my balance?", sender="someone-else")
    assert "log in again" in reply and "€" not in reply


def test_an_unknown_merchant_is_offered_the_closest_ones(chat):
    assert "I don't see any payments to or from \"Albert Hein\"" in chat(
        "How much did I spend at Albert Hein last month?"
    )


def test_out_of_scope_requests_get_a_polite_no_with_what_penny_can_do(chat):
    reply = chat("Can you tell me a joke about penguins?")
    assert "I can't help with that" in reply and "Here is what I can do" in reply


def test_a_bank_task_penny_cannot_do_goes_to_a_person(chat):
    reply = chat("Please transfer 100 euro to my mum")
    assert "+31 20 123 4567" in reply and "€" not in reply


def test_human_handoff_gives_contact_details(chat):
    assert "+31 20 123 4567" in chat("I want to talk to a human")


def test_a_silent_command_gets_nothing_and_an_unanswered_message_the_apology():
    from bot.conversation import reply_or_apology

    said = [{"recipient_id": "demo-100", "text": "You spent €65.25"}]
    assert reply_or_apology("how much?", said, "demo-100", "en") == (said, False)
    assert reply_or_apology("/restart", [], "demo-100", "en") == ([], False)
    assert reply_or_apology("/session_start", [], "demo-100", "en") == ([], False)
    assert reply_or_apology(" /session_start{} ", [], "demo-100", "en") == ([], False)
    assert reply_or_apology("/ask_balance", [], "demo-100", "en")[1]
    apology, unanswered = reply_or_apology("how much?", [], "demo-100", "nl")
    assert unanswered and "Penny" in apology[0]["text"] and apology[0]["recipient_id"] == "demo-100"
