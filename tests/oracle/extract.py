"""Figures read back from Penny's reply text: money, the payment count, list lines, dates.

Robust to rewording: per kind the first amount is the figure, the count is the number in
"(N payments)" wherever the parentheses hold more, and list lines are "• day · name · amount".
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from string import Formatter

from babel.dates import get_month_names
from babel.numbers import parse_decimal

from bot.i18n.texts_en import TEXTS as EN
from bot.i18n.texts_nl import TEXTS as NL

LOCALES = {"en": "en_IE", "nl": "nl_NL"}
# "€1,121.61", "-€10.00" (English); "€ 1.121,61", "€ -10,00" (Dutch).
MONEY = re.compile(r"(-?)€\s?(-?)(\d(?:[\d.,]*\d)?)")
ONE_AMOUNT = r"-?€\s?-?\d(?:[\d.,]*\d)?"
MONEY_FIELDS = frozenset({"amount", "first", "second", "difference", "refunded"})
TEXTS = {"en": EN, "nl": NL}
COUNT = re.compile(r"\([^()]*?\b(\d+) (?:payments?|betaling(?:en)?)\b")
DATE = re.compile(r"\b(\d{1,2}) ([^\W\d]+)\.? (\d{4})\b")


def amounts(text: str, lang: str) -> list[int]:
    """Every money amount in the text, in cents, in order."""
    found = []
    for before, after, number in MONEY.findall(text):
        value = parse_decimal(number, locale=LOCALES[lang], strict=False)
        cents = int(Decimal(value) * 100)
        found.append(-cents if before or after else cents)
    return found


def payment_count(text: str) -> int | None:
    match = COUNT.search(text)
    return int(match.group(1)) if match else None


def list_amounts(text: str, lang: str) -> list[int]:
    """The amount on each "• day · counterparty · amount" line."""
    lines = [line for line in text.splitlines() if line.lstrip().startswith("•") and "·" in line]
    return [a for line in lines for a in amounts(line.rsplit("·", 1)[-1], lang)[:1]]


def bullet_amounts(text: str, lang: str) -> tuple[list[int], list[int]]:
    """The amounts on bullet lines, and those on the other lines."""
    bullets: list[int] = []
    others: list[int] = []
    for line in text.splitlines():
        (bullets if line.lstrip().startswith("•") else others).extend(amounts(line, lang))
    return bullets, others


def _months(lang: str) -> dict[str, int]:
    names: dict[str, int] = {}
    for width in ("wide", "abbreviated"):
        for number, name in get_month_names(width, locale=LOCALES[lang]).items():
            names[name.lower().rstrip(".")] = number
    return names


def first_date(text: str, lang: str) -> date | None:
    months = _months(lang)
    for day, month, year in DATE.findall(text):
        if month.lower() in months:
            return date(int(year), months[month.lower()], int(day))
    return None


def template_amounts(text: str, key: str, lang: str) -> dict[str, int] | None:
    """The amounts in a reply phrased by the text `key` (bot/i18n), by placeholder, or None
    when the reply is not phrased by it. Read at run time, so rewordings are followed."""
    template = TEXTS[lang].get(key)
    if template is None:
        return None
    pattern, seen = "", set()
    for literal, name, _, _ in Formatter().parse(template):
        pattern += re.escape(literal)
        if name in MONEY_FIELDS and name not in seen:
            pattern += f"(?P<{name}>{ONE_AMOUNT})"
            seen.add(name)
        elif name is not None:
            pattern += ".*?"
    match = re.search(pattern, text, re.DOTALL)
    if match is None:
        return None
    return {name: amounts(value, lang)[0] for name, value in match.groupdict().items()}


def compared(text: str, lang: str) -> list[int]:
    """{first} and {second} of a comparison (the same twice for "exactly the same")."""
    for key in ("compare.more", "compare.less", "compare.same"):
        found = template_amounts(text, key, lang)
        if found and "first" in found:
            return [found["first"], found.get("second", found["first"])]
    return amounts(text, lang)[:2]


def spent(text: str, lang: str) -> int | None:
    """The spending figure: the first amount, negative when more came back than was paid."""
    back = template_amounts(text, "spending.refunded_more", lang)
    if back and "amount" in back:
        return -back["amount"]
    found = amounts(text, lang)
    return found[0] if found else None
