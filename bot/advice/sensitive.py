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

from bot.advice import special_reader
from bot.advice.special_terms import find_special, says_ordinary
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
# Where the merchant code names the trade, a care or church word in a shop's, bar's or
# garage's name ("Cafe De Kerk", "Shell Ziekenhuisweg", "Clinica del Movil") is a name, not what
# it sells: such words count only without a code, or with one of these. Named institutions and
# pilgrimage places count whatever the code (a hotel in Makkah).
_WORDS_COUNT_FOR_MCCS = frozenset(
    {
        *_MCC_CATEGORIES,
        5047,  # medical and dental equipment
        5411, 5399, 5999,  # supermarkets (their pharmacy counter), general and other shops
        6300, 6513,  # insurers (a deductible), rent (sheltered housing)
        7298, 7299, 7399, 8111, 8999,  # personal, business, legal and professional services
        8211, 8220, 8241, 8244, 8249, 8299, 8351,  # schools and child care
        8398, 8641,  # charities, civic and social associations
        9211, 9222, 9223, 9399,  # courts, fines, bail, government services
    }
)
# A drugstore chain sells shampoo under the pharmacy code (5912); only its pharmacy counter,
# named in the words, reveals health.
_DRUGSTORES = re.compile(
    r"\b(kruidvat|etos|trekpleister|drogist\w*|drogerie|holland\s*&?\s*barrett|dm drogerie"
    r"|rossmann|boots|superdrug|douglas|ici paris|da\b|wells)",
    re.IGNORECASE,
)


# Tourist attractions, amusement parks and recreation services: paid at a sight, not a shrine.
_SIGHT_MCCS = frozenset({7991, 7996, 7998, 7999})


@dataclass(frozen=True)
class Verdict:
    category: str
    reason: str


def words_count_for(mcc: int | None) -> bool:
    """Whether a special-category word describes a business with this merchant code."""
    return mcc is None or mcc in _WORDS_COUNT_FOR_MCCS


def is_drugstore(counterparty: str) -> bool:
    return bool(_DRUGSTORES.search(counterparty))


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
    words_count = words_count_for(mcc)
    sight = mcc in _SIGHT_MCCS
    finding = find_special(counterparty, description, country or "NL", not words_count, sight)
    if finding:
        return Verdict(finding.category, finding.reason)
    by_mcc = _MCC_CATEGORIES.get(mcc) if mcc is not None else None
    if by_mcc and not (mcc == 5912 and _DRUGSTORES.search(counterparty)):
        return Verdict(by_mcc, f"merchant category code {mcc}")
    if not words_count or is_drugstore(counterparty):
        return None
    if category in SPECIAL_CATEGORIES:
        return Verdict(category, f"categorised as {category}")
    if says_ordinary(counterparty, description):
        return None
    return _second_reading(counterparty, description)


def _second_reading(counterparty: str, description: str) -> Verdict | None:
    """What the special-category reader (bot.advice.special_reader) makes of a payment the word
    lists found nothing in: withheld from 0.7, with its score in the reason."""
    reader = special_reader.shared()
    if reader is None:
        return None
    score, category = reader.read(counterparty, description)
    if score < special_reader.THRESHOLD:
        return None
    return Verdict(category, f"resembles {category} payments (reader score {score:.2f})")


def is_special(payment: Payment) -> bool:
    return special_category(payment) is not None
