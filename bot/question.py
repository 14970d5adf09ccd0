"""What the customer asked, as plain values read from the NLU entities."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from bot.amounts import parse_amount
from bot.taxonomy import is_category

MAX_LIST = 50
_COUNT_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "twenty": 20,
    "een": 1,
    "twee": 2,
    "drie": 3,
    "vier": 4,
    "vijf": 5,
    "zes": 6,
    "zeven": 7,
    "acht": 8,
    "negen": 9,
    "tien": 10,
    "twintig": 20,
}


@dataclass(frozen=True)
class Question:
    category: str | None = None
    merchant: str | None = None
    periods: tuple[str, ...] = ()
    min_cents: int | None = None
    max_cents: int | None = None
    count: int | None = None
    largest: bool = False
    ibans: tuple[str, ...] = field(default=())
    unknown_category: str | None = None  # a word used as a category that is none of ours


def question_from_entities(entities: Iterable[Mapping[str, Any]], text: str = "") -> Question:
    """Collects the first category and merchant, every period in order, and amount bounds."""
    category = merchant = unknown_category = None
    periods: list[str] = []
    ibans: list[str] = []
    min_cents = max_cents = count = None
    largest = False
    for entity in entities:
        name, value = entity.get("entity"), str(entity.get("value") or "").strip()
        if not value:
            continue
        if name == "category" and category is None and is_category(value):
            category = value
        elif name == "category" and unknown_category is None and not is_category(value):
            unknown_category = value[:60]
        elif name == "merchant" and merchant is None:
            merchant = value[:100]
        elif name == "period":
            periods.append(value)
        elif name == "amount":
            cents = parse_amount(value)
            if entity.get("role") == "max":
                max_cents = cents
            else:
                min_cents = cents
        elif name == "count":
            count = _count(value)
        elif name == "order":
            largest = True
        elif name == "iban":
            ibans.append(value.replace(" ", "").upper())
    return Question(
        category,
        merchant,
        tuple(periods),
        min_cents,
        max_cents,
        count,
        largest,
        tuple(ibans),
        unknown_category if category is None else None,
    )


def _count(value: str) -> int | None:
    number = _COUNT_WORDS.get(value.lower())
    if number is None and value.isascii() and value.isdigit():
        number = int(value)
    if number is None or number < 1:
        return None
    return min(number, MAX_LIST)
