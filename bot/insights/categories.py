"""Finds the categories closest to a word the customer used as one."""

from __future__ import annotations

import difflib

from bot import i18n
from bot.nlu.vocabulary import CATEGORY_WORDS
from bot.taxonomy import CATEGORIES

OFFERED = 3
# Categories a customer asks about; the special and technical ones are never offered.
_ASKABLE = tuple(key for key in CATEGORIES if key in CATEGORY_WORDS["en"])


def closest_categories(word: str, language: str) -> list[str]:
    """The three categories whose names or usual words look most like `word`, closest first."""
    typed = word.lower().strip()
    words = dict(CATEGORY_WORDS.get(language, CATEGORY_WORDS["en"]))
    scores: dict[str, float] = {}
    for key in _ASKABLE:
        names = [*words.get(key, ()), i18n.category(key, language), key.replace("_", " ")]
        scores[key] = max(difflib.SequenceMatcher(None, typed, n.lower()).ratio() for n in names)
    return sorted(scores, key=lambda key: (-scores[key], key))[:OFFERED]
