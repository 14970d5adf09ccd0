import string
from datetime import date

import pytest

from bot import i18n
from bot.i18n.texts_en import TEXTS as EN
from bot.i18n.texts_nl import TEXTS as NL
from bot.periods import resolve_period

TODAY = date(2026, 11, 23)


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_dutch_has_every_english_text_with_the_same_placeholders():
    assert set(NL) == set(EN)
    for key in EN:
        assert placeholders(NL[key]) == placeholders(EN[key]), key


@pytest.mark.parametrize(
    ("language", "money", "day", "month"),
    [
        ("nl", "€\u00a01.234,56", "1 oktober 2026", "oktober 2026"),
        ("en", "€1,234.56", "1 October 2026", "October 2026"),
    ],
)
def test_money_and_dates_follow_the_locale(language, money, day, month):
    assert i18n.money(123456, language).replace(" ", "\u00a0") == money
    assert i18n.day(date(2026, 10, 1), language) == day
    assert i18n.month(date(2026, 10, 1), language) == month


def test_negative_amounts_and_cents_never_pass_through_floats():
    assert i18n.money(-1, "en") == "-€0.01"
    assert i18n.money(10**12 + 7, "nl").endswith("000,07")


def test_periods_read_naturally_in_both_languages():
    october = resolve_period("last month", TODAY)
    assert i18n.period(october, "en") == "in October 2026"
    assert i18n.period(october, "nl") == "in oktober 2026"
    assert i18n.period(resolve_period("this year", TODAY), "nl") == "in 2026 tot nu toe"


def test_category_names_come_in_the_conversations_language():
    assert i18n.category("groceries", "en") == "groceries"
    assert i18n.category("groceries", "nl") == "boodschappen"


def test_an_unknown_language_falls_back_to_english():
    assert i18n.t("fr", "payments.one") == EN["payments.one"]
