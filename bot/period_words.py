"""The words each language uses to name periods, read by bot/periods.py."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class PeriodWords:
    months: dict[str, int]
    relative: dict[str, tuple[str, int]]  # phrase -> (unit, offset from the current one)
    units: dict[str, str]  # word -> relativedelta keyword
    numbers: dict[str, str]
    fillers: frozenset[str]
    last_alternatives: str  # regex alternatives for "the last N units"
    since_word: str
    between_word: str
    and_word: str
    year_word: str
    extra: dict[str, str] = field(default_factory=dict)


_EN_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}

_NL_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("januari", "jan"),
            ("februari", "feb"),
            ("maart", "mrt"),
            ("april", "apr"),
            ("mei",),
            ("juni", "jun"),
            ("juli", "jul"),
            ("augustus", "aug"),
            ("september", "sep", "sept"),
            ("oktober", "okt"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}

ENGLISH = PeriodWords(
    months=_EN_MONTHS,
    relative={
        "today": ("day", 0),
        "yesterday": ("day", -1),
        "this week": ("week", 0),
        "last week": ("week", -1),
        "previous week": ("week", -1),
        "this month": ("month", 0),
        "last month": ("month", -1),
        "previous month": ("month", -1),
        "this year": ("year", 0),
        "last year": ("year", -1),
        "previous year": ("year", -1),
    },
    units={
        "day": "days",
        "days": "days",
        "week": "weeks",
        "weeks": "weeks",
        "month": "months",
        "months": "months",
        "year": "years",
        "years": "years",
    },
    numbers={
        "one": "1",
        "two": "2",
        "three": "3",
        "four": "4",
        "five": "5",
        "six": "6",
        "seven": "7",
        "eight": "8",
        "nine": "9",
        "ten": "10",
        "eleven": "11",
        "twelve": "12",
        "fifteen": "15",
        "twenty": "20",
        "a": "1",
    },
    fillers=frozenset({"in", "on", "during", "for", "over", "the", "of", "at"}),
    last_alternatives="last|past",
    since_word="since|from",
    between_word="between|from",
    and_word="and|to|until|till|-",
    year_word="year",
)

DUTCH = PeriodWords(
    months=_NL_MONTHS,
    relative={
        "vandaag": ("day", 0),
        "gisteren": ("day", -1),
        "deze week": ("week", 0),
        "vorige week": ("week", -1),
        "afgelopen week": ("week", -1),
        "deze maand": ("month", 0),
        "vorige maand": ("month", -1),
        "afgelopen maand": ("month", -1),
        "dit jaar": ("year", 0),
        "vorig jaar": ("year", -1),
        "afgelopen jaar": ("year", -1),
    },
    units={
        "dag": "days",
        "dagen": "days",
        "week": "weeks",
        "weken": "weeks",
        "maand": "months",
        "maanden": "months",
        "jaar": "years",
        "jaren": "years",
    },
    numbers={
        "een": "1",
        "twee": "2",
        "drie": "3",
        "vier": "4",
        "vijf": "5",
        "zes": "6",
        "zeven": "7",
        "acht": "8",
        "negen": "9",
        "tien": "10",
        "elf": "11",
        "twaalf": "12",
        "vijftien": "15",
        "twintig": "20",
    },
    fillers=frozenset({"in", "op", "tijdens", "de", "het", "van", "over"}),
    last_alternatives="afgelopen|laatste|voorbije",
    since_word="sinds|vanaf",
    between_word="tussen|van",
    and_word="en|tot|t m|-",
    year_word="jaar",
)

WORDS: dict[str, PeriodWords] = {"en": ENGLISH, "nl": DUTCH}
