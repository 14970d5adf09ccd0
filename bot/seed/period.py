"""The calendar of the demo history: which months it covers and the dates payments fall on."""

from __future__ import annotations

import random
from calendar import monthrange
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

MAANDEN = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)  # fmt: skip


@dataclass(frozen=True)
class Period:
    start: date
    until: date
    months: tuple[tuple[int, int], ...]  # (year, month), oldest first

    @classmethod
    def ending(cls, until: date, months: int) -> Period:
        year, month = add_months(until.year, until.month, 1 - months)
        return cls(
            date(year, month, 1),
            until,
            tuple(add_months(year, month, i) for i in range(months)),
        )

    def days(self, first: date | None = None) -> Iterator[date]:
        day = max(first or self.start, self.start)
        while day <= self.until:
            yield day
            day += timedelta(days=1)

    @property
    def years(self) -> range:
        return range(self.start.year, self.until.year + 1)


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + delta
    return index // 12, index % 12 + 1


def day_in_month(year: int, month: int, day: int) -> date:
    return date(year, month, min(day, monthrange(year, month)[1]))


def years_after(day: date, years: int) -> date:
    return day_in_month(day.year + years, day.month, day.day)


def workday_on_or_before(day: date) -> date:
    # Employers and benefit agencies pay on banking days.
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day


def workday_on_or_after(day: date) -> date:
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def random_day(rng: random.Random, low: date, high: date) -> date:
    return low + timedelta(days=rng.randint(0, max(0, (high - low).days)))
