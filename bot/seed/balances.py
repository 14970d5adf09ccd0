"""Behaviour driven by the running balance: careful savers move money to and from savings, and
youth accounts decline payments that would take them into the red."""

from __future__ import annotations

from datetime import date

from bot.seed.accounts import round_up
from bot.seed.household import Household


def keep_savings(household: Household) -> None:
    """Moves what is left after payday to savings and tops up from savings before the
    current account would stay in the red, as careful savers do."""
    assert household.savings is not None
    rng = household.rng
    by_day = household.by_day()
    balance = household.current["opening_balance_cents"]
    saved = household.savings["opening_balance_cents"]
    buffer = rng.randint(8, 20) * 10_000
    for day in household.period.days(household.first_day):
        balance += sum(r["amount_cents"] for r in by_day.get(day, []))
        if day.day == 27 and balance > buffer + 25_000:
            amount = (balance - buffer) * 7 // 10 // 5000 * 5000
        elif balance < 5_000 and saved > 0:
            amount = -min(saved, round_up(buffer // 2 - balance, 10_000))
        else:
            continue
        own_transfer(household, day, amount)
        balance -= amount
        saved += amount


def own_transfer(household: Household, day: date, to_savings_cents: int) -> None:
    assert household.savings is not None
    name = household.person.name
    outward = to_savings_cents > 0
    household.book(
        day,
        -to_savings_cents,
        name,
        "Naar spaarrekening" if outward else "Van spaarrekening",
        "own_transfer",
        iban=household.savings["iban"],
    )
    household.book(
        day,
        to_savings_cents,
        name,
        "Van betaalrekening" if outward else "Naar betaalrekening",
        "own_transfer",
        iban=household.current["iban"],
        account=household.savings,
    )


def decline_overdrafts(household: Household) -> None:
    """Youth accounts cannot go into the red, so payments that would are declined."""
    balance = household.current["opening_balance_cents"]
    kept = []
    for row in sorted(household.rows, key=lambda r: r["booking_date"]):
        if row["amount_cents"] < 0 and balance + row["amount_cents"] < 0:
            continue
        balance += row["amount_cents"]
        kept.append(row)
    household.rows = kept
