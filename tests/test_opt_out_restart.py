"""An opt-out survives a restart of every server: the Rasa server and the action server are
stopped and started again, the conversation is new, and the suggestion stays off because the
rules read the opt-out from the store."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from bot.store import Store
from tests.builders import abroad_meals, add_customer, pay
from tests.stack import Stack, cards, require_model, texts

TODAY = date(2026, 11, 23)
pytestmark = pytest.mark.model


@pytest.fixture
def stack(tmp_path: Path) -> Iterator[tuple[Stack, Store]]:
    require_model()
    url = f"sqlite:///{tmp_path / 'penny.db'}"
    store = Store.from_url(url)
    abroad = abroad_meals()
    add_customer(store, "traveller", [*abroad, pay("2026-10-03", -5000, "Albert Heijn", mcc=5411)])
    servers = Stack(tmp_path, url, TODAY.isoformat())
    servers.start()
    try:
        yield servers, store
    finally:
        servers.stop()


def test_an_opt_out_survives_a_restart_of_every_server(stack):
    servers, store = stack
    question = "How much did I spend on groceries last month?"
    first = servers.say(question, "traveller")
    assert "€50.00" in texts(first)
    assert cards(first), "the traveller should get a suggestion before opting out"

    stopped = servers.say("stop suggesting products to me", "traveller")
    assert "won't suggest any products" in texts(stopped)

    servers.stop()
    servers.start()

    again = servers.say(question, "traveller")
    assert "€50.00" in texts(again)
    assert cards(again) == []
    assert "currently off" in texts(servers.say("are suggestions on?", "traveller"))
    customer = store.customer_by_login("traveller")
    assert customer is not None and store.preference(customer.id) == "opted_out"
