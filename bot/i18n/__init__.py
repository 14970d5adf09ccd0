"""Every text Penny says, per language, and locale formatting of money, dates and periods."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from babel.dates import format_date
from babel.lists import format_list
from babel.numbers import format_currency, format_percent

from bot.i18n.texts_en import TEXTS as EN
from bot.i18n.texts_nl import TEXTS as NL
from bot.periods import Period

LANGUAGES = ("en", "nl")
_TEXTS: dict[str, dict[str, str]] = {"en": EN, "nl": NL}
_LOCALES = {"en": "en_IE", "nl": "nl_NL"}


def register(language: str, texts: dict[str, str]) -> None:
    _TEXTS[language] = texts


def language_or_default(language: str | None) -> str:
    return language if language in _TEXTS else "en"


def t(language: str, key: str, **values: object) -> str:
    """The text `key` in `language`, or in English when no translation exists yet."""
    template = _TEXTS.get(language, EN).get(key) or EN[key]
    return template.format(**values)


def money(cents: int, language: str, currency: str = "EUR") -> str:
    """€1,234.56 in English, € 1.234,56 in Dutch. Cents never pass through a float."""
    return format_currency(Decimal(cents) / 100, currency, locale=_LOCALES[language])


def percent(share: float, language: str) -> str:
    return format_percent(share, locale=_LOCALES[language])


def day(when: date, language: str) -> str:
    return format_date(when, "d MMMM y", locale=_LOCALES[language])


def short_day(when: date, language: str) -> str:
    return format_date(when, "d MMM y", locale=_LOCALES[language])


def month(when: date, language: str) -> str:
    return format_date(when, "MMMM y", locale=_LOCALES[language])


def names(items: list[str], language: str, most: int = 4) -> str:
    """"NS", "NS and NS Reizigers", "A, B, C, D and 3 more": what an answer counted."""
    shown = items[:most]
    if len(items) > most:
        shown.append(t(language, "names.more", count=len(items) - most))
    return format_list(shown, locale=_LOCALES[language])


def category(key: str, language: str) -> str:
    return t(language, f"category.{key}")


def period(p: Period, language: str) -> str:
    """The period as a phrase that fits after a figure: "in October 2026", "on 3 March 2026"."""
    if p.kind == "month":
        phrase = t(language, "period.month", month=month(p.start, language))
    elif p.kind == "year" and p.start.month == 1 and p.start.day == 1:
        phrase = t(language, "period.year", year=p.start.year)
    elif p.kind == "day" or p.start == p.end:
        phrase = t(language, "period.day", day=day(p.start, language))
    else:
        phrase = t(language, "period.range", start=day(p.start, language), end=day(p.end, language))
    if p.ongoing and p.start != p.end:
        phrase = t(language, "period.so_far", phrase=phrase)
    return phrase
