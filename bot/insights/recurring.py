"""Finds recurring payments (subscriptions, direct debits) in a payment history.

Nothing here knows merchant names: a payment is recurring because it comes back at a steady
interval for a steady amount, so the same rules work for any bank's data.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from statistics import median

from bot.domain import Payment

# frequency -> (typical days between payments, tolerance in days, payments per year)
FREQUENCIES: dict[str, tuple[int, int, float]] = {
    "weekly": (7, 1, 52.0),
    "monthly": (30, 4, 12.0),
    "quarterly": (91, 8, 4.0),
    "yearly": (365, 10, 1.0),
}
MIN_OCCURRENCES = 3
AMOUNT_TOLERANCE = 0.2  # a price change of up to 20% still counts as the same subscription
STEADY_SHARE = 0.75  # at least this share of the gaps must match the frequency
# The answer says "in the last 12 months", so it looks back exactly that far.
LOOK_BACK_DAYS = 365


@dataclass(frozen=True)
class Recurring:
    counterparty: str
    category: str
    frequency: str
    typical_cents: int  # positive: what is paid each time
    last_date: date
    next_date: date
    occurrences: int

    @property
    def monthly_cents(self) -> int:
        per_year = FREQUENCIES[self.frequency][2]
        return round(self.typical_cents * per_year / 12)


def detect_recurring(payments: Iterable[Payment], today: date) -> list[Recurring]:
    """Outgoing payments that repeat at a steady interval and amount and are still active.

    Sorted by what they cost per month, most expensive first.
    """
    groups: dict[str, list[Payment]] = defaultdict(list)
    for payment in payments:
        if payment.amount_cents < 0 and payment.counterparty_name:
            groups[payment.counterparty_name.strip().lower()].append(payment)
    found = [r for group in groups.values() if (r := _recurring(group, today)) is not None]
    return sorted(found, key=lambda r: (-r.monthly_cents, r.counterparty))


def _recurring(group: list[Payment], today: date) -> Recurring | None:
    if len(group) < MIN_OCCURRENCES:
        return None
    group = sorted(group, key=lambda p: p.booking_date)
    gaps = [(b.booking_date - a.booking_date).days for a, b in zip(group, group[1:], strict=False)]
    frequency = _frequency(gaps)
    if frequency is None:
        return None
    amounts = [-p.amount_cents for p in group]
    typical = int(median(amounts))
    steady_amounts = [a for a in amounts if abs(a - typical) <= typical * AMOUNT_TOLERANCE]
    if len(steady_amounts) < STEADY_SHARE * len(amounts):
        return None
    interval, tolerance, _ = FREQUENCIES[frequency]
    last = group[-1].booking_date
    if (today - last).days > interval + 2 * tolerance:
        return None  # stopped: the last expected payment did not come
    return Recurring(
        counterparty=group[-1].counterparty_name,
        category=group[-1].category,
        frequency=frequency,
        typical_cents=int(median(amounts[-3:])),
        last_date=last,
        next_date=last + timedelta(days=interval),
        occurrences=len(group),
    )


def _frequency(gaps: list[int]) -> str | None:
    typical_gap = median(gaps)
    for name, (interval, tolerance, _) in FREQUENCIES.items():
        if abs(typical_gap - interval) <= tolerance:
            steady = [g for g in gaps if abs(g - interval) <= tolerance]
            return name if len(steady) >= STEADY_SHARE * len(gaps) else None
    return None
