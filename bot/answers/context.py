"""The situation an answer is given in, and the refusal that ends one early."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cached_property

from bot.domain import CustomerInfo
from bot.reply import Reply
from bot.store import Store

BREAKDOWN_LINES = 5
DEFAULT_LIST = 10
DEFAULT_LARGEST = 5


@dataclass(frozen=True)
class Context:
    store: Store
    customer: CustomerInfo
    today: date
    language: str = "en"

    @cached_property
    def counterparties(self) -> list[str]:
        """The customer's counterparty names, read once per answer however often a name is
        looked for."""
        return self.store.counterparties(self.customer.id)


class Refusal(Exception):
    """Raised while reading a question that cannot be answered; carries the reply to give."""

    def __init__(self, reply: Reply) -> None:
        super().__init__(reply.text)
        self.reply = reply
