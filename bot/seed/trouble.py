"""Payment trouble: after a job loss direct debits bounce and a debt collector sets up a plan."""

from __future__ import annotations

from datetime import date, timedelta

from bot.seed.accounts import organisation_iban
from bot.seed.household import Household
from bot.seed.period import add_months, day_in_month, workday_on_or_after
from bot.seed.rows import Row


def payment_trouble(household: Household) -> None:
    """After the job loss the account goes deep into the red: direct debits bounce beyond
    the overdraft facility, and after the first one a debt collector arrives with a monthly
    payment plan."""
    rng = household.rng
    by_day = household.by_day()
    # Just enough in the bank to stay in the black until the job loss, so that the trouble
    # begins there rather than at some accident of the opening balance.
    lowest = balance = 0
    for day in household.period.days(household.first_day):
        if household.job_lost_on and day >= household.job_lost_on:
            break
        balance += sum(r["amount_cents"] for r in by_day.get(day, []))
        lowest = min(lowest, balance)
    household.current["opening_balance_cents"] = -lowest + rng.randint(1, 5) * 10_000
    balance = household.current["opening_balance_cents"]
    # Within the overdraft facility debits are paid; beyond it the bank returns some.
    overdraft_limit = rng.randint(2, 10) * 10_000
    collector = None
    for day in household.period.days(household.first_day):
        todays = by_day.get(day, [])
        balance += sum(r["amount_cents"] for r in todays)
        if balance >= -overdraft_limit:
            continue
        for row in list(todays):
            if row["kind"] != "direct_debit" or rng.random() >= 0.4:
                continue
            back = workday_on_or_after(day + timedelta(days=2))
            storno = household.book(
                back,
                -row["amount_cents"],
                row["counterparty_name"],
                f"STORNO {row['description']}",
                "returned_debit",
                iban=row["counterparty_iban"],
            )
            if storno:
                by_day.setdefault(back, []).append(storno)
            if collector is None:
                collector = rng.choice(("Intrum", "Incassobureau Flanderijn"))
                for row_ in payment_plan(household, collector, day):
                    by_day.setdefault(row_["booking_date"], []).append(row_)


def payment_plan(household: Household, collector: str, first_storno: date) -> list[Row]:
    rng = household.rng
    dossier = f"{rng.randrange(10**7, 10**8)}"
    amount = rng.randint(40, 125) * 100
    start = first_storno + timedelta(days=rng.randint(35, 49))
    rows: list[Row] = []
    year, month = start.year, start.month
    for term in range(1, 100):
        when = day_in_month(year, month, start.day)
        if when > household.period.until:
            break
        row = household.book(
            when,
            -amount,
            collector,
            f"Betalingsregeling incasso dossier {dossier} termijn {term}",
            "transfer",
            7322,  # debt collection agencies
            organisation_iban(collector),
        )
        if row:
            rows.append(row)
        year, month = add_months(year, month, 1)
    return rows
