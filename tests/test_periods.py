from datetime import date

import pytest

from bot.periods import Period, PeriodError, default_period, preceding, resolve_period

TODAY = date(2026, 11, 23)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("last month", date(2026, 10, 1), date(2026, 10, 31)),
        ("in March", date(2026, 3, 1), date(2026, 3, 31)),
        ("since January", date(2026, 1, 1), TODAY),
        ("the last 3 months", date(2026, 8, 24), TODAY),
        ("this year", date(2026, 1, 1), TODAY),
        ("last week", date(2026, 11, 16), date(2026, 11, 22)),
        ("between 1 and 15 May", date(2026, 5, 1), date(2026, 5, 15)),
        ("from 1 to 15 may", date(2026, 5, 1), date(2026, 5, 15)),
        ("in 2025", date(2025, 1, 1), date(2025, 12, 31)),
        ("December", date(2025, 12, 1), date(2025, 12, 31)),
        ("june 2025", date(2025, 6, 1), date(2025, 6, 30)),
        ("yesterday", date(2026, 11, 22), date(2026, 11, 22)),
        ("past two weeks", date(2026, 11, 10), TODAY),
        ("on 3 March", date(2026, 3, 3), date(2026, 3, 3)),
        ("between March and June", date(2026, 3, 1), date(2026, 6, 30)),
    ],
)
def test_english_periods_resolve_to_dates(text: str, start: date, end: date) -> None:
    period = resolve_period(text, TODAY)
    assert (period.start, period.end) == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("vorige maand", date(2026, 10, 1), date(2026, 10, 31)),
        ("in maart", date(2026, 3, 1), date(2026, 3, 31)),
        ("sinds januari", date(2026, 1, 1), TODAY),
        ("de afgelopen 3 maanden", date(2026, 8, 24), TODAY),
        ("dit jaar", date(2026, 1, 1), TODAY),
        ("vorige week", date(2026, 11, 16), date(2026, 11, 22)),
        ("tussen 1 en 15 mei", date(2026, 5, 1), date(2026, 5, 15)),
    ],
)
def test_dutch_periods_resolve_to_dates(text: str, start: date, end: date) -> None:
    period = resolve_period(text, TODAY, "nl")
    assert (period.start, period.end) == (start, end)


def test_last_month_in_january_is_december_of_the_year_before() -> None:
    period = resolve_period("last month", date(2027, 1, 1))
    assert (period.start, period.end) == (date(2026, 12, 1), date(2026, 12, 31))


def test_last_month_on_the_31st_is_the_whole_previous_month() -> None:
    period = resolve_period("last month", date(2026, 3, 31))
    assert (period.start, period.end) == (date(2026, 2, 1), date(2026, 2, 28))


def test_february_of_a_leap_year_has_29_days() -> None:
    period = resolve_period("February 2024", TODAY)
    assert period.end == date(2024, 2, 29)


def test_29_february_exists_only_in_leap_years() -> None:
    assert resolve_period("29 February 2024", TODAY).start == date(2024, 2, 29)
    with pytest.raises(PeriodError) as error:
        resolve_period("29 February 2025", TODAY)
    assert error.value.reason == "invalid_date"


def test_a_month_later_in_the_year_means_last_year() -> None:
    assert resolve_period("in December", date(2026, 1, 15)).start == date(2025, 12, 1)


def test_the_current_month_is_the_current_year() -> None:
    assert resolve_period("in January", date(2026, 1, 15)).start == date(2026, 1, 1)


def test_this_year_on_new_years_day_is_one_day_so_far() -> None:
    period = resolve_period("this year", date(2027, 1, 1))
    assert (period.start, period.end, period.ongoing) == (date(2027, 1, 1), date(2027, 1, 1), True)


def test_last_week_across_a_year_end() -> None:
    period = resolve_period("last week", date(2027, 1, 2))  # a Saturday
    assert (period.start, period.end) == (date(2026, 12, 21), date(2026, 12, 27))


def test_ranges_reaching_today_are_marked_ongoing() -> None:
    assert resolve_period("this month", TODAY).ongoing
    assert not resolve_period("last month", TODAY).ongoing


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("February 30th", "invalid_date"),
        ("31 April", "invalid_date"),
        ("between 15 and 1 May", "invalid_date"),
        ("the year 3000", "future"),
        ("in 2099", "future"),
        ("in 1850", "too_old"),
        ("sometime soonish", "unrecognised"),
        ("", "unrecognised"),
    ],
)
def test_impossible_periods_raise_with_a_reason(text: str, reason: str) -> None:
    with pytest.raises(PeriodError) as error:
        resolve_period(text, TODAY)
    assert error.value.reason == reason


def test_default_period_is_the_last_full_month() -> None:
    assert default_period(TODAY) == Period(date(2026, 10, 1), date(2026, 10, 31), "month")


def test_preceding_month_and_year_and_range() -> None:
    october = resolve_period("October", TODAY)
    assert preceding(october).start == date(2026, 9, 1)
    assert preceding(resolve_period("2025", TODAY)).start == date(2024, 1, 1)
    week = Period(date(2026, 11, 16), date(2026, 11, 22), "week")
    assert (preceding(week).start, preceding(week).end) == (date(2026, 11, 9), date(2026, 11, 15))
