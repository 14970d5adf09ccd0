"""The demo data for a seed: one `random.Random` drawn from in a fixed order, customer by
customer, so that the same arguments always give the same rows."""

from __future__ import annotations

import random
from datetime import date

from bot.seed.household import Household
from bot.seed.life import live
from bot.seed.people import draw_person, draw_roles
from bot.seed.period import Period
from bot.seed.rows import DemoData


def generate(
    seed: int = 42,
    customers: int = 50,
    months: int = 24,
    until: date | None = None,
) -> DemoData:
    """The demo data, without touching a database. History covers the `months` calendar months
    up to and including the month of `until` (default today), ending on `until` itself."""
    if not 0 <= customers <= 999:
        raise ValueError("customers must be between 0 and 999 (logins have three digits)")
    if months < 1:
        raise ValueError("months must be at least 1")
    rng = random.Random(seed)
    period = Period.ending(until or date.today(), months)
    data = DemoData([], [], [], [])
    used_names: set[str] = set()
    used_ibans: set[str] = set()
    for number, role in enumerate(draw_roles(rng, customers), start=1):
        person = draw_person(rng, number, role, period, used_names)
        household = Household(rng, person, period, len(data.accounts) + 1, used_ibans)
        live(household)
        data.customers.append(person.row())
        data.accounts.extend(household.accounts)
        data.transactions.extend(sorted(household.rows, key=lambda r: r["booking_date"]))
        data.holdings.extend(household.holdings(len(data.holdings) + 1))
    for number, row in enumerate(data.transactions, start=1):
        row["id"] = number
    return data
