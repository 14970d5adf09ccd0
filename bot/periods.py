"""Turns the period a customer names ("last month", "between 1 and 15 May") into dates.

Pure: the caller passes today's date, so every rule is testable around month ends, year ends
and leap years. Words are looked up per language in bot/period_words.py.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from bot.period_words import WORDS, PeriodWords


@dataclass(frozen=True)
class Period:
    """An inclusive date range and how it was named, so answers can say it back."""

    start: date
    end: date
    kind: str  # day | week | month | year | range | rolling | since
    ongoing: bool = False  # the range reaches today, so its figures are "so far"


class PeriodError(ValueError):
    """A period that cannot be answered; `reason` picks the message shown to the customer."""

    def __init__(self, reason: str, text: str) -> None:
        super().__init__(f"{reason}: {text}")
        self.reason = reason  # unrecognised | invalid_date | future | too_old
        self.text = text


EARLIEST_YEAR = 1900


def resolve_period(text: str, today: date, language: str = "en") -> Period:
    """The period named by `text` as seen on `today`; raises PeriodError if there is none."""
    words = WORDS[language]
    cleaned = _normalise(text, words)
    if not cleaned:
        raise PeriodError("unrecognised", text)
    for parser in _PARSERS:
        period = parser(cleaned, today, words)
        if period is not None:
            return _clip(period, today, text)
    raise PeriodError("unrecognised", text)


def default_period(today: date) -> Period:
    """Last full calendar month: complete figures, and what most people mean by "recently"."""
    return _month(today - relativedelta(months=1), today)


def current_month(today: date) -> Period:
    return _clip(_month(today, today), today, "this month")


def preceding(period: Period) -> Period:
    """The period of the same shape just before `period`, for "compared with before"."""
    if period.kind == "month":
        return _month(period.start - relativedelta(months=1), period.start)
    if period.kind == "year":
        start = date(period.start.year - 1, 1, 1)
        return Period(start, date(start.year, 12, 31), "year")
    length = (period.end - period.start).days + 1
    end = period.start - timedelta(days=1)
    return Period(end - timedelta(days=length - 1), end, "range")


def _normalise(text: str, words: PeriodWords) -> str:
    cleaned = re.sub(r"[^\w\s-]", " ", text.lower())
    cleaned = re.sub(r"(\d+)(st|nd|rd|th|e|ste|de)\b", r"\1", cleaned)
    tokens = cleaned.replace("-", " - ").split()
    while tokens and tokens[0] in words.fillers:
        tokens.pop(0)
    return " ".join(words.numbers.get(t, t) for t in tokens)


def _clip(period: Period, today: date, text: str) -> Period:
    if period.start.year < EARLIEST_YEAR:
        raise PeriodError("too_old", text)
    if period.start > today:
        raise PeriodError("future", text)
    if period.end >= today:
        return Period(period.start, today, period.kind, ongoing=True)
    return period


def _month(day: date, today: date) -> Period:
    last = calendar.monthrange(day.year, day.month)[1]
    return Period(date(day.year, day.month, 1), date(day.year, day.month, last), "month")


def _make_date(year: int, month: int, day: int, text: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise PeriodError("invalid_date", text) from None


def _recent_year(month: int, today: date, day: int = 1) -> int:
    """The year in which `month` (and `day`) most recently began, never in the future."""
    if (month, day) > (today.month, today.day):
        return today.year - 1
    return today.year


def _relative(text: str, today: date, w: PeriodWords) -> Period | None:
    named = w.relative.get(text)
    if named is None:
        return None
    unit, offset = named
    if unit == "day":
        day = today + timedelta(days=offset)
        return Period(day, day, "day")
    if unit == "week":
        monday = today - timedelta(days=today.weekday()) + timedelta(weeks=offset)
        return Period(monday, monday + timedelta(days=6), "week")
    if unit == "month":
        return _month(today + relativedelta(months=offset), today)
    year = today.year + offset
    return Period(date(year, 1, 1), date(year, 12, 31), "year")


def _rolling(text: str, today: date, w: PeriodWords) -> Period | None:
    match = re.fullmatch(rf"(?:{w.last_alternatives}) (\d+)? ?(\w+)", text)
    if not match or match.group(2) not in w.units:
        return None
    count = int(match.group(1) or 1)
    unit = w.units[match.group(2)]
    if count < 1 or count > 1200:
        raise PeriodError("too_old", text)
    # mypy matches the **dict against relativedelta's dt1/dt2 too; `unit` is a unit keyword
    start = today - relativedelta(**{unit: count}) + timedelta(days=1)  # type: ignore[arg-type]
    return Period(start, today, "rolling")


def _month_year(text: str, today: date, w: PeriodWords) -> Period | None:
    match = re.fullmatch(r"(\w+)(?: (\d{4}))?", text)
    if not match or match.group(1) not in w.months:
        return None
    month = w.months[match.group(1)]
    year = int(match.group(2)) if match.group(2) else _recent_year(month, today)
    return _month(date(year, month, 1), today) if year >= EARLIEST_YEAR else _too_old(text)


def _year(text: str, today: date, w: PeriodWords) -> Period | None:
    match = re.fullmatch(rf"(?:(?:{w.year_word}) )?(\d{{4}})", text)
    if not match:
        return None
    year = int(match.group(1))
    if year < EARLIEST_YEAR:
        return _too_old(text)
    return Period(date(year, 1, 1), date(year, 12, 31), "year")


def _day(text: str, today: date, w: PeriodWords) -> Period | None:
    parts = _day_month_year(text, w)
    if parts is None:
        return None
    day, month, year = parts
    year = year or _recent_year(month, today, min(day, 28))
    when = _make_date(year, month, day, text)
    return Period(when, when, "day")


def _since(text: str, today: date, w: PeriodWords) -> Period | None:
    match = re.fullmatch(rf"(?:{w.since_word}) (.+)", text)
    if not match:
        return None
    rest = match.group(1)
    for parser in (_day, _month_year, _year):
        anchor = parser(rest, today, w)
        if anchor is not None:
            return Period(anchor.start, today, "since")
    return None


def _between(text: str, today: date, w: PeriodWords) -> Period | None:
    match = re.fullmatch(rf"(?:{w.between_word}) (.+?) (?:{w.and_word}) (.+)", text)
    if not match:
        return None
    first, second = match.group(1), match.group(2)
    days = re.fullmatch(r"(\d{1,2})", first)
    end_parts = _day_month_year(second, w)
    if days and end_parts:
        end_day, month, year = end_parts
        year = year or _recent_year(month, today, min(int(days.group(1)), 28))
        start = _make_date(year, month, int(days.group(1)), text)
        end = _make_date(year, month, end_day, text)
    else:
        start_period = _first_match((_day, _month_year, _year), first, today, w)
        end_period = _first_match((_day, _month_year, _year), second, today, w)
        if start_period is None or end_period is None:
            return None
        start, end = start_period.start, end_period.end
    if end < start:
        raise PeriodError("invalid_date", text)
    return Period(start, end, "range")


def _day_month_year(text: str, w: PeriodWords) -> tuple[int, int, int | None] | None:
    match = re.fullmatch(r"(\d{1,2}) (\w+)(?: (\d{4}))?", text)
    if match and match.group(2) in w.months:
        year = int(match.group(3)) if match.group(3) else None
        return int(match.group(1)), w.months[match.group(2)], year
    match = re.fullmatch(r"(\w+) (\d{1,2})(?: (\d{4}))?", text)
    if match and match.group(1) in w.months:
        year = int(match.group(3)) if match.group(3) else None
        return int(match.group(2)), w.months[match.group(1)], year
    return None


def _first_match(
    parsers: Iterable[Callable[[str, date, PeriodWords], Period | None]],
    text: str,
    today: date,
    w: PeriodWords,
) -> Period | None:
    for parser in parsers:
        period = parser(text, today, w)
        if period is not None:
            return period
    return None


def _too_old(text: str) -> Period:
    raise PeriodError("too_old", text)


_PARSERS = (_relative, _rolling, _since, _between, _day, _month_year, _year)
