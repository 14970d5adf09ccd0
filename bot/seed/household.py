"""One customer's household: their accounts, and the booking primitives every payment goes
through, so that each booking is categorised by `bot.categoriser` like an imported one."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from bot.categoriser import categorise
from bot.merchants import KNOWN_MERCHANTS
from bot.seed.accounts import open_account, organisation_iban, skewed, stranger
from bot.seed.people import Person
from bot.seed.period import MAANDEN, Period, day_in_month, random_day
from bot.seed.rows import Row

MCC = {m.name: m.mcc for m in KNOWN_MERCHANTS}


@dataclass(frozen=True)
class Habit:
    """An everyday payment: where, how often per month and how much each time (cents)."""

    merchants: tuple[str, ...]
    per_month: float
    low: int
    high: int
    kind: str = "card"
    step: int = 1  # cash machines hand out tens
    mcc: int | None = None  # for merchants that bot.merchants does not list by this name


class Household:
    """One customer's accounts and bookings, built up by `bot.seed.life.live` in a fixed order."""

    def __init__(
        self,
        rng: random.Random,
        person: Person,
        period: Period,
        first_account_id: int,
        used_ibans: set[str],
    ) -> None:
        self.rng = rng
        self.person = person
        self.period = period
        self.rows: list[Row] = []
        self.products: list[tuple[str, date]] = []
        adult = person.role != "minor"
        self.current = open_account(
            rng, person, period, first_account_id, "current", used_ibans, adult
        )
        self.accounts = [self.current]
        self.savings: Row | None = None
        self.housing: str | None = None  # room | rent | mortgage, or None when paid off
        self.has_car = False
        self.job_lost_on: date | None = None
        wants_savings = person.role == "showcase" or person.age >= 67 or rng.random() < 0.55
        if person.role in ("showcase", "regular") and wants_savings:
            self.savings = open_account(
                rng, person, period, first_account_id + 1, "savings", used_ibans, adult
            )
            self.accounts.append(self.savings)
            self.products.append(("savings-account", self.savings["opened_on"]))
        self.first_day = max(period.start, self.current["opened_on"])
        self.friends = [stranger(rng) for _ in range(rng.randint(3, 6))]

    # --- booking ---------------------------------------------------------------------------------

    def book(
        self,
        day: date,
        cents: int,
        counterparty: str,
        description: str,
        kind: str,
        mcc: int | None = None,
        iban: str | None = None,
        country: str = "NL",
        account: Row | None = None,
    ) -> Row | None:
        """Books one payment if it falls in the history; its category comes from the categoriser."""
        if not self.first_day <= day <= self.period.until:
            return None
        row = {
            "id": None,
            "customer_id": self.person.id,
            "account_id": (account or self.current)["id"],
            "booking_date": day,
            "amount_cents": cents,
            "currency": "EUR",
            "counterparty_name": counterparty,
            "counterparty_iban": iban,
            "description": description,
            "mcc": mcc,
            "category": categorise(counterparty, description, mcc, cents, kind),
            "kind": kind,
            "country": country,
        }
        self.rows.append(row)
        return row

    def monthly(
        self,
        day: int,
        outgoing_cents: int,
        counterparty: str,
        description: str,
        kind: str = "direct_debit",
        mcc: int | None = None,
        months: Sequence[int] = range(1, 13),
        iban: str | None = None,
    ) -> None:
        """A fixed amount on a fixed day of the month (negative amounts come in). The description
        may use {maand}, {jaar}, {kwartaal} and {nr}, the month's number in the history."""
        if iban is None and kind != "card":
            iban = organisation_iban(counterparty)
        mcc = mcc or MCC.get(counterparty)
        for number, (year, month) in enumerate(self.period.months, start=1):
            if month not in months:
                continue
            text_ = description.format(
                maand=MAANDEN[month - 1], jaar=year, kwartaal=(month - 1) // 3 + 1, nr=number
            )
            when = day_in_month(year, month, day)
            self.book(when, -outgoing_cents, counterparty, text_, kind, mcc, iban)

    def habits(self, habits: Sequence[Habit]) -> None:
        city = self.person.city
        for day in self.period.days(self.first_day):
            for habit in habits:
                if self.rng.random() >= habit.per_month * 12 / 365:
                    continue
                merchant = self.rng.choice(habit.merchants)
                cents = skewed(self.rng, habit.low, habit.high) // habit.step * habit.step
                if habit.kind == "ideal":
                    description = f"Bestelling {self.rng.randrange(10**9, 10**10)}"
                elif habit.kind == "atm":
                    description = f"Geldopname {city}"
                else:
                    description = f"Pinbetaling {city}"
                mcc = habit.mcc or MCC.get(merchant)
                self.book(day, -cents, merchant, description, habit.kind, mcc)

    # --- reading it back -------------------------------------------------------------------------

    def per_month(self, cents: int) -> int:
        return int(cents * 30.44 / ((self.period.until - self.first_day).days + 1))

    def by_day(self) -> dict[date, list[Row]]:
        by_day: dict[date, list[Row]] = {}
        for row in sorted(self.rows, key=lambda r: r["booking_date"]):
            if row["account_id"] == self.current["id"]:
                by_day.setdefault(row["booking_date"], []).append(row)
        return by_day

    # --- products --------------------------------------------------------------------------------

    def take_product(self, product: str) -> None:
        opened_on = random_day(self.rng, self.current["opened_on"], self.period.until)
        self.products.append((product, opened_on))

    def holdings(self, first_id: int) -> list[Row]:
        return [
            {
                "id": first_id + i,
                "customer_id": self.person.id,
                "product_id": product,
                "opened_on": opened_on,
            }
            for i, (product, opened_on) in enumerate(self.products)
        ]
