"""Assigns a taxonomy category to a transaction from its counterparty, MCC and description.

Lives apart from the demo generator because imported bank files need exactly the same rules.
The order is: how the payment was made, known counterparties, merchant category code, keywords.
"""

from __future__ import annotations

import re

from bot.advice.sensitive import is_drugstore, words_count_for
from bot.advice.special_terms import find_special
from bot.merchants import KNOWN_MERCHANTS

# Special categories that are categories of the taxonomy too; the others (sex life, criminal
# data, ethnicity) are recognised by bot.advice.sensitive but keep their ordinary category.
TAXONOMY_SPECIAL = frozenset({"health", "religion", "union", "politics"})

# ISO 18245 merchant category codes, by range or value.
_MCC_RANGES: tuple[tuple[int, int, str], ...] = (
    (3000, 3350, "travel"),  # airlines
    (3351, 3500, "transport"),  # car rental
    (3501, 3999, "travel"),  # hotels
    (4011, 4131, "transport"),
    (7032, 7033, "travel"),  # campsites
    (4411, 4411, "travel"),
    (4511, 4582, "travel"),
    (4722, 4723, "travel"),
    (4784, 4789, "transport"),
    (4812, 4816, "telecom"),
    (4899, 4899, "subscriptions"),
    (4900, 4900, "utilities"),
    (5411, 5422, "groceries"),
    (5441, 5499, "groceries"),
    (5541, 5552, "fuel"),
    (5811, 5814, "eating_out"),
    (5912, 5912, "health"),
    (6011, 6011, "cash"),
    (6300, 6399, "insurance"),
    (7011, 7012, "travel"),
    (7322, 7322, "debt"),
    (7523, 7523, "transport"),
    (8011, 8099, "health"),
    (8398, 8398, "charity"),
    (8651, 8651, "politics"),
    (8661, 8661, "religion"),
    (8699, 8699, "union"),
    (9311, 9311, "taxes"),
)
_MCC_SHOPPING = range(5200, 5800)

# Keywords in counterparty names or descriptions, English and Dutch, as whole words.
_KEYWORDS: tuple[tuple[str, str], ...] = (
    (
        r"salaris|salary|loon|wages|payroll|vakantiegeld|holiday pay|pensioen|pension|abp|pfzw",
        "income",
    ),
    (
        r"kinderbijslag|child benefit|toeslag|zorgtoeslag|huurtoeslag|aow|uitkering|duo"
        r"|studiefinanciering",
        "benefits",
    ),
    (r"huur|rent|hypotheek|mortgage|woonstichting|woningcorporatie|vve", "housing"),
    (r"incassobureau|deurwaarder|bailiff|debt collect|intrum|flanderijn|storno", "debt"),
    (r"verzekering|insurance|premie", "insurance"),
    (r"gemeente|municipality|belasting|waterschap", "taxes"),
    (r"restaurant|café|cafe|brasserie|pizzeria|eetcafe", "eating_out"),
    (r"supermarkt|supermarket", "groceries"),
    (r"tankstation|esso|texaco|tinq|tango", "fuel"),
    (r"unicef|kwf|rode kruis|red cross|artsen zonder grenzen|greenpeace", "charity"),
    (r"geldautomaat|geldmaat|atm", "cash"),
    (r"spaarrekening|savings", "savings"),
)
_KEYWORD_PATTERNS = tuple(
    (re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE), category) for pattern, category in _KEYWORDS
)
# Longest names first, so "Disney Plus" is not mistaken for the Plus supermarket.
_MERCHANT_PATTERNS = tuple(
    (re.compile(r"\b" + re.escape(name) + r"(?!\w)", re.IGNORECASE), m.category)
    for m, name in sorted(
        ((m, n) for m in KNOWN_MERCHANTS for n in (m.name, *m.aliases)),
        key=lambda pair: -len(pair[1]),
    )
    if m.category not in {"health", "debt"}  # generic words; left to the keyword rules
)
_KIND_CATEGORIES = {
    "returned_debit": "debt",
    "atm": "cash",
    "fee": "fees",
    "own_transfer": "savings",
}


def category_for_mcc(mcc: int | None) -> str | None:
    if mcc is None:
        return None
    for low, high, category in _MCC_RANGES:
        if low <= mcc <= high:
            return category
    if mcc in _MCC_SHOPPING:
        return "shopping"
    return None


def categorise(
    counterparty: str,
    description: str = "",
    mcc: int | None = None,
    amount_cents: int = 0,
    kind: str = "transfer",
) -> str:
    """The category of one transaction.

    The payment kind decides first (a returned direct debit is debt whatever it was for). Then a
    keyword for debt, income, benefits or housing; then a special-category word or name, since
    a pharmacy inside a supermarket is still health; then a known merchant; then the MCC; then
    other keywords; then transfers.
    """
    if kind in _KIND_CATEGORIES:
        return _KIND_CATEGORIES[kind]
    text = f"{counterparty} {description}"
    keyword = _first_keyword(text)
    if keyword in {"debt", "income", "benefits", "housing"}:
        return keyword
    # The special-category word lists (bot/advice/gazetteers), as the suggestion rules read them.
    special = find_special(counterparty, description, "NL", not words_count_for(mcc))
    if special and special.category in TAXONOMY_SPECIAL:
        return special.category
    for pattern, category in _MERCHANT_PATTERNS:
        if pattern.search(counterparty):
            return category
    by_mcc = category_for_mcc(mcc)
    if by_mcc == "health" and mcc == 5912 and is_drugstore(counterparty):
        return "shopping"  # a drugstore chain's shampoo, under the pharmacy code
    if by_mcc:
        return by_mcc
    if keyword:
        return keyword
    if kind == "transfer":
        return "transfers"
    return "other"


def _first_keyword(text: str) -> str | None:
    for pattern, category in _KEYWORD_PATTERNS:
        if pattern.search(text):
            return category
    return None
