"""Links money that came back to the payment it reverses: a returned direct debit (STORNO) or a
full refund. A linked payment and its reversal both leave every total, because the money was
never really spent. The rule is the README's ("What the figures mean")."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

# SEPA lets a customer take back a direct debit for 8 weeks; returns for lack of funds come
# within days. A refund further back than that is treated as a refund, not a reversal.
WINDOW_DAYS = 56
RETURNED_DEBIT = "returned_debit"
# Money from these is never a refund: pay, benefits, own transfers, people, debt collectors.
NEVER_REFUNDS = frozenset({"income", "benefits", "savings", "transfers", "debt"})


@dataclass(frozen=True)
class Booking:
    id: int
    booking_date: date
    amount_cents: int
    counterparty_name: str
    counterparty_iban: str | None
    category: str
    kind: str


def is_refund_kind(booking: Booking) -> bool:
    """Money coming in that may give back a payment: a returned debit, or a refund."""
    if booking.amount_cents <= 0:
        return False
    return booking.kind == RETURNED_DEBIT or booking.category not in NEVER_REFUNDS


def link_reversals(bookings: Iterable[Booking]) -> dict[int, int]:
    """original payment id -> id of the booking that reverses it.

    Each reversal takes the newest payment not linked yet to the same counterparty with the
    exactly opposite amount, booked 0 to WINDOW_DAYS days before it.
    """
    rows = sorted(bookings, key=lambda b: (b.booking_date, b.id))
    # Payments by amount, oldest first: a reversal only ever looks at its own amount's.
    payments: dict[int, list[Booking]] = defaultdict(list)
    for row in rows:
        if row.amount_cents < 0:
            payments[-row.amount_cents].append(row)
    linked: dict[int, int] = {}
    for back in (b for b in rows if is_refund_kind(b)):
        candidates = [
            p
            for p in payments.get(back.amount_cents, [])
            if p.id not in linked
            and 0 <= (back.booking_date - p.booking_date).days <= WINDOW_DAYS
            and same_counterparty(p, back)
        ]
        if candidates:
            linked[candidates[-1].id] = back.id
    return linked


def same_counterparty(a: Booking, b: Booking) -> bool:
    """The same IBAN when both have one, else the same name (case and spacing aside)."""
    if a.counterparty_iban and b.counterparty_iban:
        return _iban(a.counterparty_iban) == _iban(b.counterparty_iban)
    return _name(a.counterparty_name) == _name(b.counterparty_name) != ""


def _iban(value: str) -> str:
    return value.replace(" ", "").upper()


def _name(value: str) -> str:
    return " ".join(value.lower().split())
