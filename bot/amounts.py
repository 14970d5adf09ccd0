"""Reads amounts as customers type them ("€50", "200 euro", "1.234,56", "12.50") into cents."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

_AMOUNT = re.compile(r"(\d{1,3}(?:[.,\s]\d{3})+|\d+)(?:[.,](\d{1,2}))?(?!\d)")
MAX_CENTS = 10**13  # ten billion euros: anything larger is a typo, not a filter


def parse_amount(text: str) -> int | None:
    """The first amount in `text`, in cents, or None if there is none or it is absurd."""
    match = _AMOUNT.search(text.replace("\u00a0", " "))
    if not match:
        return None
    whole = re.sub(r"[.,\s]", "", match.group(1))
    fraction = (match.group(2) or "0").ljust(2, "0")
    try:
        cents = int(Decimal(whole) * 100 + Decimal(fraction))
    except InvalidOperation:
        return None
    return cents if cents <= MAX_CENTS else None
