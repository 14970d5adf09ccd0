"""Recognises payments that reveal special categories of personal data (art. 6.3.1 / 5.4.6).

Such payments are never evidence for a suggestion: Penny has no consent flow for them. The check
reads the counterparty and the description against the gazetteers (bot.advice.special_terms,
every language of the usual holiday countries, named institutions, pilgrimage places in their
country), then the merchant category code, then the category the categoriser gave. A pharmacy
paid by card inside a supermarket is caught as well as a church's direct debit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bot.advice.special_terms import find_special
from bot.domain import Payment

SPECIAL_CATEGORIES = frozenset(
    {"health", "religion", "politics", "union", "sex_life", "criminal", "ethnicity"}
)

# ISO 18245 codes whose merchants reveal a special category by what they are.
_MCC_CATEGORIES: dict[int, str] = {
    # Not 8043 (opticians): glasses are as ordinary as a haircut; an eye test (8042) is not.
    **{mcc: "health" for mcc in (5122, 5912, 5975, 5976, 8011, 8021, 8031, 8041, 8042)},
    **{mcc: "health" for mcc in (8049, 8050, 8062, 8071, 8099)},
    8651: "politics",
    8661: "religion",
    8699: "union",
    5967: "sex_life",
    7273: "sex_life",
}
# Restaurants, bars, hotels, parking, fuel, building and other shops: a care or church word in
# their name ("Cafe De Kerk", "Shell Ziekenhuisweg") is a name, not what they sell. Named
# institutions and pilgrimage places still count (a hotel in Makkah).
_ORDINARY_BUSINESS_MCCS = frozenset(
    {*range(5811, 5815), *range(3501, 4000), 7011, 7012, 7523, 5541, 5542, 5211, 5251, 5331,
     5532, 7251, 5921, 7991, 7922, 5977, 7832, 7996}
)
# A drugstore chain sells shampoo under the pharmacy code (5912); only its pharmacy counter,
# named in the words, reveals health.
_DRUGSTORES = re.compile(
    r"\b(kruidvat|etos|trekpleister|drogist\w*|drogerie|holland\s*&?\s*barrett|dm drogerie"
    r"|rossmann|boots|superdrug|douglas|ici paris|da\b|wells)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Verdict:
    category: str
    reason: str


def special_category(payment: Payment) -> str | None:
    """The special category a payment reveals, or None if it reveals none."""
    verdict = explain(payment)
    return verdict.category if verdict else None


def explain(payment: Payment) -> Verdict | None:
    """The special category and why: the words first, then the MCC, then the category."""
    return _explain(
        payment.counterparty_name, payment.description, payment.mcc, payment.country,
        payment.category,
    )


@lru_cache(maxsize=8192)
def _explain(
    counterparty: str, description: str, mcc: int | None, country: str, category: str
) -> Verdict | None:
    # Cached: a history repeats the same few counterparties and descriptions hundreds of times.
    ordinary = mcc in _ORDINARY_BUSINESS_MCCS
    finding = find_special(counterparty, description, country or "NL", ordinary)
    if finding:
        return Verdict(finding.category, finding.reason)
    by_mcc = _MCC_CATEGORIES.get(mcc) if mcc is not None else None
    if by_mcc and not (mcc == 5912 and _DRUGSTORES.search(counterparty)):
        return Verdict(by_mcc, f"merchant category code {mcc}")
    if category in SPECIAL_CATEGORIES and not _DRUGSTORES.search(counterparty):
        return Verdict(category, f"categorised as {category}")
    return None


def is_special(payment: Payment) -> bool:
    return special_category(payment) is not None
