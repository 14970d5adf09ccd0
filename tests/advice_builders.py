"""Readable builders for suggestion tests: a customer's facts in a few lines."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from bot.advice.catalogue import load_catalogue
from bot.advice.facts import Facts
from bot.advice.rules import Candidate, Context
from bot.advice.triggers import Evidence, Trigger
from bot.domain import Payment

TODAY = date(2026, 11, 23)
CATALOGUE = load_catalogue()


def payment(days_ago: int, cents: int, counterparty: str, category: str = "other",
            description: str = "", kind: str = "card", country: str = "NL",
            mcc: int | None = None) -> Payment:
    return Payment(TODAY - timedelta(days=days_ago), cents, counterparty, category, description,
                   kind=kind, country=country, mcc=mcc)


def abroad(count: int, counterparty: str = "Restaurante Sol", category: str = "eating_out",
           mcc: int | None = 5812) -> list[Payment]:
    return [payment(10 + 20 * i, -3500, counterparty, category, country="ES", mcc=mcc)
            for i in range(count)]


def child_benefit(times: int = 4) -> list[Payment]:
    return [payment(5 + 91 * i, 62000, "SVB", "benefits", "Kinderbijslag", kind="transfer")
            for i in range(times)]


def rent(months: int) -> list[Payment]:
    return [payment(22 + 30 * i, -125000, "Woonstichting De Key", "housing", "Huur",
                    kind="direct_debit") for i in range(months)]


def balances(cents: int, days: int = 365) -> tuple[tuple[date, int], ...]:
    return tuple((TODAY - timedelta(days=d), cents) for d in range(days - 1, -1, -1))


def facts(payments: list[Payment] | None = None, **changes: object) -> Facts:
    base = Facts(
        customer_id=1,
        birth_date=date(1985, 5, 5),
        children=0,
        holdings=frozenset(),
        has_savings_account=True,
        payments=tuple(payments or []),
        daily_balances=balances(150_000),
        today=TODAY,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def context(**changes: object) -> Context:
    return replace(Context(catalogue=CATALOGUE, preference=None), **changes)  # type: ignore[arg-type]


def candidate(product_id: str = "travel-insurance", evidence: list[Payment] | None = None,
              trigger: str = "abroad_travel_insurance") -> Candidate:
    product = CATALOGUE.by_id(product_id)
    assert product is not None
    payments = evidence if evidence is not None else abroad(6)
    items = tuple(Evidence(p.booking_date, p.amount_cents, p.counterparty_name, p.category,
                           p.description) for p in payments)
    return Candidate(Trigger(trigger, product.kind, items), product)
