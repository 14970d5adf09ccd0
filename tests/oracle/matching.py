"""Which counterparties a typed name means: the exact name, a known alias, or whole words.

"NS" matches "NS" and "NS Reizigers", never "Vitens" or "Transavia"; "AH" matches whatever
Albert Heijn is called in the history, since bot.merchants lists it as an alias (data only).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from bot.merchants import KNOWN_MERCHANTS

Words = tuple[str, ...]


@cache
def words(text: str) -> Words:
    """The words of a name, case-folded; punctuation separates ("bol.com" is bol, com)."""
    return tuple(re.findall(r"\w+", text.casefold()))


@cache
def names_for(typed: str) -> tuple[str, ...]:
    """What the customer typed, plus every name of a known merchant it is a name or alias of."""
    wanted = words(typed)
    names = [typed]
    for merchant in KNOWN_MERCHANTS:
        spellings = (merchant.name, *merchant.aliases)
        if any(words(s) == wanted for s in spellings):
            names.extend(spellings)
    return tuple(names)


def contains_words(name: Words, part: Words) -> bool:
    n = len(part)
    return n > 0 and any(name[i : i + n] == part for i in range(len(name) - n + 1))


def matches(typed: str, counterparty: str) -> bool:
    if typed.casefold().strip() == counterparty.casefold().strip():
        return True
    return any(contains_words(words(counterparty), words(n)) for n in names_for(typed))


def matching(typed: str, counterparties: Iterable[str]) -> list[str]:
    """The counterparties of the history that the typed name means, sorted."""
    return sorted({c for c in counterparties if c and matches(typed, c)})
