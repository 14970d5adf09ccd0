"""Trigger rules: payment facts that make one of the group's products relevant.

Each trigger is `trigger(facts, payments) -> Trigger | None`, where `payments` holds only the
payments that may be evidence. A trigger names the product kind, the reason and the evidence,
so every suggestion can say why it was made.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from bot.advice.facts import Facts
from bot.domain import Payment

ABROAD_PAYMENTS = 6  # card payments abroad in a year before travel products make sense
BUFFER_CENTS = 500_000  # €5,000 on the current account ...
BUFFER_DAYS = 90  # ... every day for this long
RENT_MONTHS = 18  # months of rent in the last two years


@dataclass(frozen=True)
class Evidence:
    """One payment fact, or a balance fact when `counterparty` is empty."""

    booking_date: date
    amount_cents: int
    counterparty: str
    category: str
    description: str = ""
    kind: str = "transfer"
    mcc: int | None = None
    country: str = "NL"  # with kind and MCC, so the rules can check the payment again exactly


@dataclass(frozen=True)
class Trigger:
    name: str  # also names its "why" text: why.<name>
    product_kind: str
    evidence: tuple[Evidence, ...]
    figures: tuple[tuple[str, int], ...] = ()  # named numbers the reason text uses
    # Special-category payments the trigger needed and that were left out of its evidence: the
    # payment-evidence rule blocks such a trigger, and the audit log never holds them.
    withheld: int = 0


TriggerRule = Callable[[Facts, tuple[Payment, ...]], "Trigger | None"]


def evidence_of(p: Payment) -> Evidence:
    return Evidence(
        p.booking_date, p.amount_cents, p.counterparty_name, p.category, p.description, p.kind,
        p.mcc, p.country,
    )


def _evidence(payments: list[Payment]) -> tuple[Evidence, ...]:
    return tuple(evidence_of(p) for p in payments)


# What each kind of trigger may count, by category: only payments positively placed there.
# An unknown category ("other") is never evidence.
TRAVEL_CATEGORIES = frozenset(
    {"travel", "eating_out", "transport", "fuel", "groceries", "shopping", "cash"}
)


def child_benefit_without_childrens_savings(
    facts: Facts, payments: tuple[Payment, ...]
) -> Trigger | None:
    """Child benefit arrives for more children than there are children's savings accounts."""
    year_ago = facts.today - timedelta(days=365)
    benefit = [
        p
        for p in payments
        if p.amount_cents > 0
        and p.category == "benefits"
        and p.booking_date >= year_ago
        and ("kinderbijslag" in p.description.lower() or "child benefit" in p.description.lower())
    ]
    accounts = sum(1 for h in facts.holdings if h == "kids-savings")
    if not benefit or facts.children <= accounts:
        return None
    return Trigger(
        "child_benefit",
        "childrens_savings",
        _evidence(benefit[-4:]),
        (("children", facts.children), ("accounts", accounts)),
    )


def lasting_buffer_without_savings(facts: Facts, payments: tuple[Payment, ...]) -> Trigger | None:
    """The current account stayed above €5,000 for 90 days and there is no savings account."""
    if facts.has_savings_account or "savings-account" in facts.holdings:
        return None
    window = [
        cents
        for day, cents in facts.daily_balances
        if day > facts.today - timedelta(days=BUFFER_DAYS)
    ]
    if len(window) < BUFFER_DAYS or min(window) < BUFFER_CENTS:
        return None
    lowest = min(window)
    return Trigger(
        "lasting_buffer",
        "savings",
        (Evidence(facts.today, lowest, "", "balance", "lowest balance in 90 days"),),
        (("lowest", lowest), ("days", BUFFER_DAYS)),
    )


def _abroad(facts: Facts, payments: tuple[Payment, ...]) -> list[Payment]:
    year_ago = facts.today - timedelta(days=365)
    return [
        p
        for p in payments
        if p.country != "NL"
        and p.kind == "card"
        and p.category in TRAVEL_CATEGORIES
        and p.amount_cents < 0
        and p.booking_date >= year_ago
    ]


def card_payments_abroad_travel_insurance(
    facts: Facts, payments: tuple[Payment, ...]
) -> Trigger | None:
    """Frequent card payments abroad and no travel insurance."""
    abroad = _abroad(facts, payments)
    if len(abroad) < ABROAD_PAYMENTS or "travel-insurance" in facts.holdings:
        return None
    return Trigger(
        "abroad_travel_insurance",
        "travel_insurance",
        _evidence(abroad[-5:]),
        (("count", len(abroad)),),
    )


def card_payments_abroad_credit_card(facts: Facts, payments: tuple[Payment, ...]) -> Trigger | None:
    """Frequent card payments abroad and no credit card."""
    abroad = _abroad(facts, payments)
    if len(abroad) < ABROAD_PAYMENTS or "credit-card" in facts.holdings:
        return None
    return Trigger(
        "abroad_credit_card",
        "credit_card",
        _evidence(abroad[-5:]),
        (("count", len(abroad)),),
    )


def _rent(payments: tuple[Payment, ...]) -> list[Payment]:
    words = ("huur", "rent")
    return [
        p
        for p in payments
        if p.category == "housing"
        and p.amount_cents < 0
        and any(w in f"{p.description} {p.counterparty_name}".lower() for w in words)
    ]


def long_renter_mortgage_orientation(facts: Facts, payments: tuple[Payment, ...]) -> Trigger | None:
    """Rent paid in most months of the last two years: a mortgage may cost no more."""
    two_years = facts.today - timedelta(days=730)
    rent = [p for p in _rent(payments) if p.booking_date >= two_years]
    months = {(p.booking_date.year, p.booking_date.month) for p in rent}
    if len(months) < RENT_MONTHS or "mortgage-orientation" in facts.holdings:
        return None
    return Trigger(
        "long_renter",
        "mortgage_orientation",
        _evidence(rent[-3:]),
        (("months", len(months)),),
    )


def housing_without_home_insurance(facts: Facts, payments: tuple[Payment, ...]) -> Trigger | None:
    """Rent or mortgage is paid, but no home contents insurance is held or paid elsewhere."""
    year_ago = facts.today - timedelta(days=365)
    housing = [
        p
        for p in payments
        if p.category == "housing" and p.amount_cents < 0 and p.booking_date >= year_ago
    ]
    insured = any(
        p.category == "insurance" and "inboedel" in p.description.lower() for p in payments
    )
    if len(housing) < 3 or insured or "home-insurance" in facts.holdings:
        return None
    return Trigger(
        "home_without_insurance",
        "home_insurance",
        _evidence(housing[-3:]),
        (("count", len(housing)),),
    )


TRIGGERS: tuple[TriggerRule, ...] = (
    child_benefit_without_childrens_savings,
    lasting_buffer_without_savings,
    card_payments_abroad_travel_insurance,
    card_payments_abroad_credit_card,
    long_renter_mortgage_orientation,
    housing_without_home_insurance,
)
