"""Payments in the sensitive categories, so that the demo shows how carefully Penny handles them:
the showcase customer has every one, others a few."""

from __future__ import annotations

from datetime import date

from bot.seed.accounts import organisation_iban
from bot.seed.household import Habit, Household
from bot.seed.period import random_day


def sensitive(household: Household) -> None:
    """Health, religion, union and politics: the categories Penny must treat with care."""
    rng, person = household.rng, household.person
    everything = person.role == "showcase"
    if everything or rng.random() < 0.5:
        household.habits([Habit(("Apotheek De Ster",), rng.uniform(0.3, 1.2), 300, 4800, mcc=5912)])
    if everything or rng.random() < 0.35:
        hospital = rng.choice(("UMC Utrecht", "Ziekenhuis Rijnstate"))
        for year in household.period.years:
            for _ in range(rng.randint(1, 3)):
                when = random_day(rng, date(year, 1, 1), date(year, 12, 31))
                household.book(
                    when,
                    -rng.randint(3000, 38_500),
                    hospital,
                    f"Eigen risico {year} factuur {rng.randrange(10**6, 10**7)}",
                    "transfer",
                    8062,
                    organisation_iban(hospital),
                )
    if everything or rng.random() < 0.25:
        if rng.random() < 0.5:
            household.monthly(
                10,
                rng.randint(10, 40) * 100,
                "Protestantse Kerk Amsterdam",
                "Kerkbijdrage {maand} {jaar}",
                mcc=8661,
            )
        else:
            sunday_collections(household)
    if (everything or rng.random() < 0.25) and 23 <= person.age < 67:
        household.monthly(
            25, rng.randint(1600, 2200), "FNV", "Contributie {maand} {jaar}", mcc=8699
        )
    if everything or rng.random() < 0.15:
        party = rng.choice(("VVD", "GroenLinks", "D66"))
        if rng.random() < 0.5:
            household.monthly(
                15,
                rng.randint(30, 60) * 100,
                party,
                "Lidmaatschap {jaar}",
                mcc=8651,
                months=(1,),
            )
        else:
            household.monthly(
                15,
                rng.randint(800, 1500),
                party,
                "Lidmaatschap {jaar} kwartaal {kwartaal}",
                mcc=8651,
                months=(1, 4, 7, 10),
            )


def sunday_collections(household: Household) -> None:
    for day in household.period.days(household.first_day):
        if day.weekday() == 6 and household.rng.random() < 0.5:
            household.book(
                day,
                -household.rng.randint(2, 10) * 100,
                "Parochie St. Jan",
                "Collecte",
                "card",
                8661,
            )
