"""A customer's life in the order it is lived: what they pay first sizes what they earn, and
what they earn decides whether they save or get into trouble."""

from __future__ import annotations

from bot.seed.accounts import stranger
from bot.seed.balances import decline_overdrafts, keep_savings
from bot.seed.household import Habit, Household
from bot.seed.income import child_benefit, income, taxes
from bot.seed.leisure import friends, trips
from bot.seed.period import day_in_month
from bot.seed.sensitive import hidden_special, sensitive
from bot.seed.spending import bills, everyday, housing, subscriptions
from bot.seed.trouble import payment_trouble


def live(household: Household) -> None:
    """Books a customer's whole history. The order of the steps is part of the output: each one
    draws from the shared `random.Random`, and income is sized to the spending booked before it."""
    if household.person.role == "minor":
        teenager(household)
        decline_overdrafts(household)
        return
    housing(household)
    bills(household)
    everyday(household)
    subscriptions(household)
    sensitive(household)
    hidden_special(household)
    if household.person.role == "showcase" or (
        household.person.role == "regular" and household.rng.random() < 0.45
    ):
        trips(household)
    friends(household)
    child_benefit(household)
    taxes(household)
    income(household)
    extra_products(household)
    if household.person.role == "trouble":
        payment_trouble(household)
    elif household.savings is not None:
        keep_savings(household)


def teenager(household: Household) -> None:
    """A youth account: pocket money and birthday money in, small spending out, and no bills."""
    rng, person = household.rng, household.person
    parent, parent_iban = stranger(rng, person.surname)
    grandparents_iban = stranger(rng)[1]
    pocket_money = rng.randint(2, 8) * 500
    household.monthly(
        rng.randint(1, 5),
        -pocket_money,
        parent,
        "Zakgeld {maand}",
        "transfer",
        iban=parent_iban,
    )
    for year in household.period.years:
        birthday = day_in_month(year, person.birth_date.month, person.birth_date.day)
        household.book(
            birthday,
            rng.randint(2, 10) * 500,
            f"Opa en Oma {person.surname}",
            "Gefeliciteerd!",
            "transfer",
            iban=grandparents_iban,
        )
    household.habits(
        [
            Habit(("Albert Heijn", "Jumbo"), 5, 99, 1200),
            Habit(("HEMA",), 1, 250, 1500),
            Habit(("NS", "OV-chipkaart"), 2, 200, 1000),
            Habit(("Thuisbezorgd",), 0.3, 1000, 2500),
            Habit(("bol.com",), 0.3, 800, 3500, kind="ideal"),
            Habit(("Geldmaat",), 0.3, 1000, 3000, kind="atm", step=1000),
        ]
    )


def extra_products(household: Household) -> None:
    rng, person = household.rng, household.person
    # demo-001 deliberately lacks home insurance and kids' savings: something to suggest.
    if person.role == "showcase":
        household.products.append(("credit-card", household.current["opened_on"]))
        return
    if person.role == "regular" and person.age > 22 and rng.random() < 0.35:
        household.take_product("credit-card")
    if household.housing == "mortgage" and rng.random() < 0.4:
        household.take_product("home-insurance")
    if person.children and rng.random() < 0.4:
        household.take_product("kids-savings")
