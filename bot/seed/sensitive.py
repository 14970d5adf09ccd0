"""Payments in the sensitive categories, so that the demo shows how carefully Penny handles them:
the showcase customer has every one, others a few."""

from __future__ import annotations

import random
from datetime import date, timedelta

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


def hidden_special(household: Household) -> None:
    """Special categories behind ordinary-looking payments (issue 11), for the showcase customer:
    a pilgrimage (hotels and restaurants in Makkah and Madinah are travel by their codes), care
    abroad, and rent for a family member's room in sheltered housing (housing by its words).
    None of them may ever become evidence for a suggestion. Drawn from a random generator of
    their own, so that the rest of the history stays as it was."""
    if household.person.role != "showcase":
        return
    rng = random.Random(household.person.id * 7919)
    trip = household.period.until - timedelta(days=rng.randint(90, 200))
    places = (
        ("Hilton Makkah Convention Hotel", 7011),
        ("Al Baik Makkah", 5814),
        ("Pullman Zamzam Madinah", 7011),
        ("Al Rayah Restaurant Madinah", 5812),
    )
    for day, (name, mcc) in enumerate(places * 2):
        household.book(
            trip + timedelta(days=day), -rng.randint(1500, 24000), name, f"{name.upper()} SAU",
            "card", mcc, country="SA",
        )
    holiday = household.period.until - timedelta(days=rng.randint(30, 80))
    for day, (name, mcc, country) in enumerate(
        (("Farmacia Centrale Nice", 5912, "FR"), ("Klinik am See Konstanz", 8062, "DE"))
    ):
        household.book(
            holiday + timedelta(days=day), -rng.randint(2500, 9000), name, name.upper(), "card",
            mcc, country=country,
        )
    household.monthly(
        1, rng.randint(45, 75) * 1000, "Parnassia Beschermd Wonen", "Huur kamer {maand} {jaar}",
    )
