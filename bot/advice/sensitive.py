"""Recognises payments that reveal special categories of personal data (art. 6.3.1 / 5.4.6).

Such payments are never evidence for a suggestion: Penny has no consent flow for them. The check
looks at the category, the MCC, the counterparty and the description, in English and Dutch, so
that a pharmacy paid by card inside a supermarket is caught as well as a church's direct debit.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.domain import Payment

SPECIAL_CATEGORIES = frozenset({"health", "religion", "politics", "union"})

# ISO 18245 codes for doctors, dentists, hospitals, pharmacies, religious, political and
# membership organisations, and (for sex life) adult services.
_SPECIAL_MCCS = frozenset(
    {
        5122,
        5912,
        5975,
        5976,
        8011,
        8021,
        8031,
        8041,
        8042,
        8043,
        8049,
        8050,
        8062,
        8071,
        8099,
        8651,
        8661,
        8699,
        5967,
        7273,
    }
)

_KEYWORDS: dict[str, tuple[str, ...]] = {
    "health": (
        "apotheek",
        "pharmacy",
        "pharmacie",
        "ziekenhuis",
        "hospital",
        "huisarts",
        "tandarts",
        "dentist",
        "fysiotherap*",
        "physiotherap*",
        "psycholo*",
        "psychiat*",
        "ggz",
        "umc",
        "kliniek",
        "clinic",
        "medisch",
        "medical",
        "eigen risico",
        "zorgverzekeraar",
        "verloskund*",
        "abortion",
        "abortus",
        "ivf",
        "fertility",
        "hiv",
        "soa",
        "rehab",
        "verslaving*",
        "addiction",
        "diagnos*",
        "therapie*",
        "therapy",
        "doctor",
        "dokter",
    ),
    "religion": (
        "kerk",
        "church",
        "parochie",
        "parish",
        "moskee",
        "mosque",
        "synagoge",
        "synagogue",
        "diaconie",
        "collecte",
        "kerkbijdrage",
        "tithe",
        "zakat",
        "tiende",
        "gemeente van christus",
        "bisdom",
        "chiesa",
        "iglesia",
        "église",
        "eglise",
        "kirche",
        "parroquia",
        "paroisse",
        "pfarrei",
        "capilla",
        "cathedral",
        "kathedraal",
        "catedral",
        "cattedrale",
        "basilica",
        "mosquée",
        "moschee",
        "diocese",
        "tempel",
        "temple",
        "gurdwara",
        "religious",
        "religieus",
    ),
    "politics": (
        "partij",
        "party membership",
        "vvd",
        "pvda",
        "groenlinks",
        "d66",
        "cda",
        "christenunie",
        "pvv",
        "forum voor democratie",
        "bbb",
        "volt",
        "partij voor de dieren",
        "sgp",
        "denk",
        "political",
        "politiek",
        "campaign donation",
    ),
    "union": ("vakbond", "fnv", "cnv", "vcp", "trade union", "union dues", "labour union"),
    "sex_life": ("sexshop", "sex shop", "escort", "dating", "adult", "erotic", "erotiek"),
    "criminal": (
        "boete",
        "cjib",
        "advocaat strafrecht",
        "criminal lawyer",
        "borgtocht",
        "bail",
        "reclassering",
        "probation",
        "justitie",
        "court fine",
    ),
    "ethnicity": ("ethnic*", "etnisch*", "inburgering", "integration course", "asiel*"),
}
# One pattern with a named group per kind, so each text is searched once. A word ending in "*"
# is a stem ("psycholo*" catches psycholoog and psychology).
_PATTERN = re.compile(
    "|".join(
        rf"(?P<{kind}>\b(?:"
        + "|".join(re.escape(w[:-1]) if w.endswith("*") else re.escape(w) + r"\b" for w in words)
        + "))"
        for kind, words in _KEYWORDS.items()
    ),
    re.IGNORECASE,
)


def special_category(payment: Payment) -> str | None:
    """The special category a payment reveals, or None if it reveals none."""
    if payment.category in SPECIAL_CATEGORIES:
        return payment.category
    if payment.mcc is not None and payment.mcc in _SPECIAL_MCCS:
        return "mcc"
    return _special_words(payment.counterparty_name, payment.description)


@lru_cache(maxsize=4096)
def _special_words(counterparty: str, description: str) -> str | None:
    # Cached: a history repeats the same few counterparties and descriptions hundreds of times.
    match = _PATTERN.search(f"{counterparty} {description}")
    return match.lastgroup if match else None


def is_special(payment: Payment) -> bool:
    return special_category(payment) is not None
