"""The household's regular outgoings: housing, bills, everyday shopping and subscriptions."""

from __future__ import annotations

from datetime import date

from bot.seed.accounts import organisation_iban
from bot.seed.household import MCC, Habit, Household

LANDLORDS = ("Woonstichting De Key", "Ymere", "Mitros", "Portaal", "Vesteda")
LENDERS = ("ING Hypotheken", "Rabobank Hypotheek", "ABN AMRO Hypotheken")

SUBSCRIPTION_PRICES = {
    "Netflix": (599, 1399, 1999),
    "Spotify": (1099, 1499, 1799),
    "Disney+": (599, 999, 1399),
}


def housing(household: Household) -> None:
    rng, person = household.rng, household.person
    if person.age <= 22:
        household.housing = "room"
        household.monthly(
            1, rng.randint(380, 650) * 100, "SSH Student Housing", "Huur kamer {maand}"
        )
        return
    owns = person.role == "showcase" or (
        person.role == "regular" and rng.random() < (0.25 if person.age < 30 else 0.55)
    )
    if person.age >= 67 and rng.random() < 0.6:
        return  # the mortgage is paid off
    if owns:
        household.housing = "mortgage"
        lender, loan = rng.choice(LENDERS), rng.randrange(10**7, 10**8)
        description = "Hypotheek {maand} {jaar} leningnr " + str(loan)
        household.monthly(1, rng.randint(750, 1950) * 100, lender, description)
    else:
        household.housing = "rent"
        landlord = rng.choice(LANDLORDS)
        household.monthly(1, rng.randint(650, 1350) * 100, landlord, "Huur {maand} {jaar}")


def bills(household: Household) -> None:
    rng, person = household.rng, household.person
    family = 1 + person.children
    energy = rng.choice(("Eneco", "Vattenfall"))
    household.monthly(
        rng.randint(15, 28),
        rng.randint(80, 150) * 100 + family * 2500,
        energy,
        "Termijnbedrag energie {maand} {jaar}",
    )
    settlement = rng.choice((-1, 1)) * rng.randint(20, 400) * 100
    for year in household.period.years:
        # The yearly settlement: a refund or an extra bill.
        household.book(
            date(year, 3, 18),
            settlement,
            energy,
            f"Jaarafrekening energie {year - 1}",
            "direct_debit" if settlement < 0 else "transfer",
            MCC[energy],
            organisation_iban(energy),
        )
    if rng.random() < 0.4:
        household.monthly(
            rng.randint(1, 28), rng.randint(15, 32) * 100, "Vitens", "Drinkwater {maand} {jaar}"
        )
    telecom = rng.choice(("KPN", "Ziggo", "Vodafone"))
    household.monthly(
        rng.randint(18, 28), rng.randint(3500, 8500), telecom, "Abonnement {maand} {jaar}"
    )
    household.monthly(
        1,
        rng.randint(13_500, 16_500),
        "Zilveren Kruis",
        "Premie zorgverzekering {maand} {jaar}",
    )
    household.has_car = person.role == "showcase" or rng.random() < 0.55
    if household.has_car:
        household.monthly(
            1,
            rng.randint(3800, 9500),
            "Centraal Beheer",
            "Premie autoverzekering {maand} {jaar}",
        )
    if rng.random() < 0.6:
        household.monthly(
            1, rng.randint(1400, 4200), "Interpolis", "Premie woonverzekering {maand} {jaar}"
        )
    household.monthly(1, 325, "Penny Bank", "Kosten betaalpakket {maand} {jaar}", kind="fee")
    if household.housing in ("rent", "mortgage"):
        household.monthly(
            28,
            rng.randint(35, 95) * 100,
            f"Gemeente {person.city}",
            "Gemeentelijke belastingen {jaar} termijn {nr}",
            months=range(2, 12),
        )


def everyday(household: Household) -> None:
    rng, person = household.rng, household.person
    favourite = rng.choice(("Albert Heijn", "Jumbo", "Lidl"))
    shops = ("Albert Heijn", "Jumbo", "Lidl", favourite, favourite, favourite)
    per_week = rng.uniform(2.0, 3.5) + person.children * 0.7
    trouble = person.role == "trouble"
    habits = [
        Habit(shops, per_week * 4.35, 500, 12_000),
        Habit(("Thuisbezorgd",), rng.uniform(0.5, 3) + 2 * trouble, 1700, 4800),
        Habit(
            ("Restaurant De Kas", "Brasserie Van Dam", "Café De Jaren"),
            rng.uniform(0.3, 2),
            1500,
            16_000,
        ),
        Habit(("bol.com",), rng.uniform(0.4, 1.5) + trouble, 800, 9000, kind="ideal"),
        Habit(("Coolblue",), 0.15, 2500, 65_000, kind="ideal"),
        Habit(("IKEA",), 0.15, 1500, 40_000),
        Habit(("HEMA",), rng.uniform(0.3, 1), 300, 3500),
        Habit(("Geldmaat",), rng.uniform(0.2, 1.5), 2000, 20_000, kind="atm", step=1000),
    ]
    if household.has_car:
        habits.append(Habit(("Shell", "BP"), rng.uniform(2, 4), 4000, 9500))
    habits.append(
        Habit(("NS",), rng.uniform(1, 4) if household.has_car else rng.uniform(4, 12), 300, 2800)
    )
    habits.append(Habit(("OV-chipkaart",), rng.uniform(0.5, 2), 1000, 3000, step=500))
    household.habits(habits)


def subscriptions(household: Household) -> None:
    rng = household.rng
    for merchant, chance in (("Netflix", 0.5), ("Spotify", 0.55), ("Disney+", 0.3)):
        if household.person.role == "showcase" or rng.random() < chance:
            price = rng.choice(SUBSCRIPTION_PRICES[merchant])
            household.monthly(rng.randint(1, 28), price, merchant, "Abonnement", kind="card")
