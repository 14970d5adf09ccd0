import pytest

from bot.categoriser import categorise, category_for_mcc
from bot.merchants import KNOWN_MERCHANTS
from bot.taxonomy import CATEGORIES


@pytest.mark.parametrize(
    ("counterparty", "description", "mcc", "kind", "expected"),
    [
        ("ALBERT HEIJN 1403 UTRECHT", "", 5411, "card", "groceries"),
        ("Jumbo Supermarkten", "", None, "card", "groceries"),
        ("NS Reizigers", "", None, "card", "transport"),
        ("Shell Utrecht", "", 5541, "card", "fuel"),
        ("Woonstichting De Key", "Huur november", None, "direct_debit", "housing"),
        ("Philips Nederland B.V.", "SALARIS OKT", None, "transfer", "income"),
        ("SVB", "Kinderbijslag Q3", None, "transfer", "benefits"),
        ("Netflix International", "", 4899, "direct_debit", "subscriptions"),
        ("Unknown web shop", "", 5651, "card", "shopping"),
        ("Pizzeria Napoli", "", 5812, "card", "eating_out"),
        ("J. Jansen", "terugbetaling etentje", None, "transfer", "transfers"),
        ("Geldmaat", "", None, "atm", "cash"),
        ("Eneco", "Termijnbedrag", None, "returned_debit", "debt"),
    ],
)
def test_everyday_payments_get_their_category(counterparty, description, mcc, kind, expected):
    assert categorise(counterparty, description, mcc, -1000, kind) == expected


@pytest.mark.parametrize(
    ("counterparty", "description", "mcc", "expected"),
    [
        ("Apotheek De Ster", "", 5912, "health"),
        ("UMC Utrecht", "eigen risico", 8062, "health"),
        ("Albert Heijn", "apotheek", 5411, "health"),  # the description reveals health
        ("Parochie St. Jan", "collecte", None, "religion"),
        ("Stichting Moskee Al Fath", "gift", None, "religion"),
        ("FNV", "contributie", None, "union"),
        ("GroenLinks", "lidmaatschap", None, "politics"),
        ("Some Foundation", "", 8661, "religion"),
        ("Intrum", "incasso", None, "debt"),
    ],
)
def test_special_category_payments_are_recognised(counterparty, description, mcc, expected):
    assert categorise(counterparty, description, mcc, -1000, "transfer") == expected


def test_every_known_merchant_maps_into_the_taxonomy():
    for merchant in KNOWN_MERCHANTS:
        assert merchant.category in CATEGORIES
        assert categorise(merchant.name, "", merchant.mcc, -100, "card") in CATEGORIES


def test_unknown_mcc_gives_no_category():
    assert category_for_mcc(None) is None
    assert category_for_mcc(1) is None


def test_unrecognised_card_payment_is_other():
    assert categorise("XYZ", "", None, -100, "card") == "other"
