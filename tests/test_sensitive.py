from datetime import date

import pytest

from bot.advice.sensitive import special_category
from bot.domain import Payment


def payment(counterparty: str, description: str = "", category: str = "other", mcc=None):  # type: ignore[no-untyped-def]
    return Payment(date(2026, 10, 1), -1000, counterparty, category, description, mcc=mcc)


@pytest.mark.parametrize(
    ("counterparty", "description", "kind"),
    [
        ("Albert Heijn", "apotheek", "health"),
        ("Psycholoog Jansen", "", "health"),
        ("Chiesa di San Marco", "offerta", "religion"),
        ("Stichting X", "kerkbijdrage", "religion"),
        ("GroenLinks", "", "politics"),
        ("FNV", "contributie", "union"),
        ("Sexshop Amor", "", "sex_life"),
        ("Openbaar Ministerie", "strafbeschikking", "criminal"),
        ("CJIB", "verkeersboete Wahv", None),
        ("Gemeente", "inburgering cursus", "ethnicity"),
        ("Albert Heijn", "boodschappen", None),
        ("Industrie BV", "", None),
        ("Volta Energie", "", None),
    ],
)
def test_words_in_the_counterparty_or_description_reveal_the_kind(counterparty, description, kind):
    assert special_category(payment(counterparty, description)) == kind


def test_category_and_mcc_come_before_words():
    assert special_category(payment("X", category="union")) == "union"
    assert special_category(payment("X", mcc=8062)) == "health"
