"""Builds small stores in a few readable lines: one customer, a handful of payments."""

from __future__ import annotations

from datetime import date, timedelta

from bot.categoriser import categorise
from bot.store import Store
from bot.store.models import Account, Customer, Transaction

TODAY = date(2026, 11, 23)


def pay(
    day: str,
    cents: int,
    counterparty: str,
    description: str = "",
    mcc: int | None = None,
    kind: str = "card",
    iban: str | None = None,
    country: str = "NL",
) -> dict[str, object]:
    """One booking; negative cents leave the account. `day` is YYYY-MM-DD."""
    return {
        "booking_date": date.fromisoformat(day),
        "amount_cents": cents,
        "counterparty_name": counterparty,
        "description": description,
        "mcc": mcc,
        "kind": kind,
        "counterparty_iban": iban,
        "country": country,
    }


def abroad_meals(count: int = 8, every_days: int = 30) -> list[dict[str, object]]:
    """Card payments at a Spanish restaurant, the last 9 days before TODAY: enough of them set
    off the travel-insurance suggestion."""
    return [
        pay(
            (TODAY - timedelta(days=9 + every_days * i)).isoformat(),
            -4200,
            "Restaurante Sol",
            mcc=5812,
            country="ES",
        )
        for i in range(count)
    ]


def add_customer(
    store: Store,
    login: str,
    payments: list[dict[str, object]],
    iban: str = "NL02PENN0000000001",
    opening_cents: int = 0,
    name: str = "Sanne de Vries",
    language: str = "en",
) -> int:
    """Adds a customer with one current account and the given payments; returns the id."""
    store.create_tables()
    from sqlmodel import Session

    with Session(store.engine) as session:
        customer = Customer(
            login=login, name=name, birth_date=date(1990, 1, 1), language=language, children=0
        )
        session.add(customer)
        session.flush()
        account = Account(
            customer_id=customer.id,
            iban=iban,
            kind="current",
            opening_balance_cents=opening_cents,
            opened_on=date(2020, 1, 1),
        )
        session.add(account)
        session.flush()
        for p in payments:
            category = categorise(
                str(p["counterparty_name"]),
                str(p["description"]),
                p["mcc"],  # type: ignore[arg-type]
                int(p["amount_cents"]),  # type: ignore[call-overload]
                str(p["kind"]),
            )
            session.add(
                Transaction(customer_id=customer.id, account_id=account.id, category=category, **p)
            )
        session.commit()
        customer_id = int(customer.id or 0)
    store.link_reversals(customer_id)
    return customer_id


def memory_store() -> Store:
    store = Store.from_url("sqlite://")
    store.create_tables()
    return store
