"""Resolves the name a customer typed to counterparties in their own history.

A name is an identity, not a substring: "NS" is NS and NS Reizigers, never Vitens or
Transavia. What matches nothing is offered as the closest real names (rapidfuzz), never summed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process, utils

from bot.merchants import KNOWN_MERCHANTS

MAX_SUGGESTIONS = 3
# Two letters ("NS", "AH") are too often part of other words' spelling to be found unasked.
MIN_NAME_LETTERS = 3


@dataclass(frozen=True)
class MerchantMatch:
    names: tuple[str, ...] = ()  # the counterparties meant, exactly as the store has them
    suggestions: tuple[str, ...] = ()  # the closest real names when none is meant

    @property
    def found(self) -> bool:
        return bool(self.names)


def match_merchant(typed: str, known: Iterable[str]) -> MerchantMatch:
    """The counterparties whose name is what was typed, a known alias of it, or contains it as
    whole words (banks print "ALBERT HEIJN 1403 UTRECHT" where the customer says "Albert
    Heijn"); otherwise the closest names."""
    wanted = _plain(typed)
    names = sorted({n for n in known if n.strip()})
    if not wanted:
        return MerchantMatch()
    terms = [_whole_words(term) for term in _spellings(wanted)]
    plain = {n: _plain(n) for n in names}
    meant = tuple(n for n in names if any(term.search(plain[n]) for term in terms))
    if meant:
        return MerchantMatch(names=meant)
    return MerchantMatch(suggestions=closest(typed, names))


def name_in_text(text: str, known: Iterable[str]) -> str | None:
    """The longest of the customer's own counterparty names written out in the message as
    whole words, whatever the words around it: "hoeveel geld is er richting Kees Huisman
    gegaan" names Kees Huisman though no rule expects a name there. Accents are ignored, and
    so is case in a name of several words ("cafe de jaren"); a one-word name needs its capital,
    because "plus" or "action" is also a word. A name must be written in full."""
    text = " ".join(text.split())  # "Kees  Huisman" is Kees Huisman
    folded_text = _fold(text)
    found: list[tuple[int, str]] = []
    for name in {n for n in known if n.strip()}:
        folded = " ".join(_fold(name).split())
        if len(folded.replace(" ", "")) < MIN_NAME_LETTERS:
            continue
        at = _whole_words(folded).search(folded_text)
        if at and (" " in folded or text[at.start()].isupper()):
            found.append((len(folded), name))
    return max(found)[1] if found else None


def _fold(text: str) -> str:
    """Lower case without accents, one character for one ("Café" -> "cafe"), so that offsets
    in the folded text are offsets in the text."""
    return "".join(_fold_char(c) for c in text)


def _fold_char(c: str) -> str:
    bare = "".join(d for d in unicodedata.normalize("NFKD", c) if not unicodedata.combining(d))
    lower = bare.lower()
    return lower if len(lower) == 1 else c


def closest(typed: str, names: list[str]) -> tuple[str, ...]:
    """The customer's own counterparties most like what was typed, best first. Always some when
    there are any: a way on beats "check the spelling", and a button is never a figure."""
    found = process.extract(
        typed, names, scorer=fuzz.WRatio, processor=utils.default_process, limit=MAX_SUGGESTIONS
    )
    return tuple(name for name, _score, _index in found)


def _spellings(wanted: str) -> set[str]:
    """What was typed, and every name and alias of the known merchant it names."""
    spellings = {wanted}
    for merchant in KNOWN_MERCHANTS:
        names = {_plain(n) for n in (merchant.name, *merchant.aliases)}
        if wanted in names:
            spellings |= names
    return spellings


@lru_cache(maxsize=512)
def _whole_words(term: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(term)}(?!\w)")


def _plain(name: str) -> str:
    return " ".join(name.lower().split())
