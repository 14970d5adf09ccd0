"""What the customer asked, as plain values read from the NLU entities."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from bot.amounts import parse_amount
from bot.period_words import WORDS
from bot.taxonomy import is_category

MAX_LIST = 50
# Number words come from the period vocabulary, one list per language for both uses.
_COUNT_WORDS = {
    word: int(digits)
    for words in WORDS.values()
    for word, digits in words.numbers.items()
    if word != "a"  # "a payment" is no count
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
