"""Plain value types shared by the store, the insights and the actions. No SQL, no Rasa."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class CustomerInfo:
    id: int
    login: str
    name: str
    birth_date: date
    language: str
    children: int


@dataclass(frozen=True)
class AccountInfo:
    iban: str
    kind: str
    balance_cents: int


@dataclass(frozen=True)
class Payment:
    """One booked transaction as the insights see it."""

    booking_date: date
    amount_cents: int
    counterparty_name: str
    category: str
    description: str = ""
    kind: str = "transfer"
    counterparty_iban: str | None = None
    mcc: int | None = None
    country: str = "NL"


@dataclass(frozen=True)
class Total:
    """A sum over a filter: cents are positive for money spent or received, as asked."""

    cents: int
    count: int
    # Spending only: refunds already taken off `cents`, and how many there were.
    refunded_cents: int = 0
    refunds: int = 0


@dataclass(frozen=True)
class CategoryTotal:
    category: str
    cents: int
    count: int
