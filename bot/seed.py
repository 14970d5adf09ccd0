"""Deterministic demo data: Dutch households with a couple of years of everyday banking.

One `random.Random(seed)` drives every choice, so the same seed and the same `until` give the
same rows, byte for byte. Categories are never chosen here: every booking goes through
`bot.categoriser.categorise`, so the demo exercises exactly the rules that imported bank files
get, and a surprising category in the demo points at a rule worth fixing.

The first three customers are fixed personas, so demos and tests have someone to log in as:
demo-001 has a bit of everything (children, car, trips abroad, subscriptions and every
sensitive category), demo-002 is in payment trouble and demo-003 is under 18. About one in
ten of the rest are in trouble or under 18 as well.
"""

from __future__ import annotations

import random
import zlib
from calendar import monthrange
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, NamedTuple

from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.sql.schema import Table

from bot.categoriser import categorise
from bot.merchants import KNOWN_MERCHANTS
from bot.store.models import Account, Customer, ProductHolding, Transaction
from bot.store.store import Store

Row = dict[str, Any]

MAANDEN = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)  # fmt: skip

_MCC = {m.name: m.mcc for m in KNOWN_MERCHANTS}

_FEMALE = (
    "Sanne", "Emma", "Julia", "Lotte", "Sophie", "Anouk", "Femke", "Iris", "Lieke", "Fleur",
    "Noor", "Eva", "Marieke", "Ingrid", "Petra", "Annelies", "Yvonne", "Esther", "Fatima", "Mila",
)  # fmt: skip
_MALE = (
    "Daan", "Bram", "Lars", "Thijs", "Jeroen", "Sven", "Ruben", "Bas", "Joost", "Pieter",
    "Wouter", "Martijn", "Kees", "Henk", "Gerrit", "Mohammed", "Stijn", "Tim", "Sem", "Luuk",
)  # fmt: skip
# No surname may read as a merchant alias or a keyword ("van Dam", "Bol", "Kerk"): people's
# transfers would then be filed under a shop.
_SURNAMES = (
    "de Vries", "Jansen", "de Jong", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
    "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit",
    "Dijkstra", "de Graaf", "van der Meer", "van der Linden", "Kok", "Jacobs", "de Haan",
    "Vermeulen", "van den Berg", "van der Heijden", "Schouten", "van Beek", "Willems", "van Vliet",
    "Hoekstra", "Maas", "Verhoeven", "Koster", "Prins", "Huisman", "Kuipers", "Postma",
)  # fmt: skip
_CITIES = (
    "Utrecht", "Amsterdam", "Rotterdam", "Den Haag", "Eindhoven", "Arnhem", "Groningen",
    "Haarlem", "Nijmegen", "Zwolle",
)  # fmt: skip
_EMPLOYERS = (
    "Gemeente Utrecht", "Philips Nederland B.V.", "ASML Netherlands B.V.", "PostNL", "Achmea",
    "Heineken Nederland B.V.", "Stichting Hogeschool Utrecht", "Unilever Nederland B.V.",
    "Randstad Nederland", "Bouwbedrijf Van Wijnen", "Rijkswaterstaat",
    "Stichting Kinderopvang Kids",
)  # fmt: skip
_STUDENT_EMPLOYERS = ("YoungCapital B.V.", "Studentenwerk Nederland")
_LANDLORDS = ("Woonstichting De Key", "Ymere", "Mitros", "Portaal", "Vesteda")
_LENDERS = ("ING Hypotheken", "Rabobank Hypotheek", "ABN AMRO Hypotheken")
_BANKS = ("INGB", "RABO", "ABNA", "SNSB", "ASNB", "TRIO", "BUNQ", "KNAB")

_SUBSCRIPTION_PRICES = {
    "Netflix": (599, 1399, 1999),
    "Spotify": (1099, 1499, 1799),
    "Disney+": (599, 999, 1399),
}
_CHILD_BENEFIT_PER_QUARTER = (26976, 32757, 38538)  # SVB rates by the child's age band


@dataclass(frozen=True)
class _Destination:
    """A holiday country. None of its places is a known merchant, so their category rests on
    the MCC, as it would for a real foreign card payment."""

    country: str
    cities: tuple[str, ...]
    eat: tuple[tuple[str, int], ...]  # (name, MCC)
    shop: tuple[tuple[str, int], ...]
    sleep: tuple[tuple[str, int], ...]
    flies: bool = True


_DESTINATIONS = (
    _Destination(
        "ES",
        ("Barcelona", "Málaga", "Valencia"),
        (("Cervecería Catalana", 5812), ("Bar El Pimpi", 5813), ("Casa Lucio", 5812)),
        (("Mercadona", 5411), ("Carrefour Express", 5411)),
        (("Hotel Miramar", 7011), ("Hostal La Palmera", 7011)),
    ),
    _Destination(
        "FR",
        ("Paris", "Lyon", "Nice"),
        (("Brasserie Lipp", 5812), ("Café de Flore", 5814), ("Le Petit Bistro", 5812)),
        (("Monoprix", 5411), ("Carrefour", 5411)),
        (("Hôtel Le Relais", 7011), ("Hôtel du Port", 7011)),
        flies=False,  # Dutch families drive to France
    ),
    _Destination(
        "IT",
        ("Roma", "Firenze", "Bologna"),
        (
            ("Trattoria Da Enzo", 5812),
            ("Ristorante Il Gabbiano", 5812),
            ("Gelateria La Romana", 5814),
        ),
        (("Conad", 5411), ("Coop Italia", 5411)),
        (("Hotel Villa Carlotta", 7011), ("Agriturismo Il Poggio", 7011)),
    ),
)

_P2P_OUT = (
    "Tikkie: etentje", "Tikkie: bioscoop", "Tikkie: boodschappen weekend", "Cadeau verjaardag",
    "Voorschot weekendje weg", "Terug voor de kaartjes",
)  # fmt: skip
_P2P_IN = ("Terugbetaling", "Tikkie: pizza", "Bedankt!", "Aandeel boodschappen", "Voor het cadeau")


# --- public API ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class SeedSummary:
    customers: int
    accounts: int
    transactions: int
    holdings: int


class DemoData(NamedTuple):
    """Rows ready for insertion: dicts keyed by column name, ids already assigned."""

    customers: list[Row]
    accounts: list[Row]
    transactions: list[Row]
    holdings: list[Row]


def seed_store(
    store: Store,
    seed: int = 42,
    customers: int = 50,
    months: int = 24,
    until: date | None = None,
) -> SeedSummary:
    """Creates the tables and fills an empty store with generated demo customers."""
    data = generate(seed, customers, months, until)
    store.create_tables()
    if store.is_seeded():
        # The generated ids would collide with what is there; better a clear error than half a seed.
        raise ValueError("the store already holds customers; seed an empty store")
    with store.engine.begin() as conn:
        for model, rows in (
            (Customer, data.customers),
            (Account, data.accounts),
            (Transaction, data.transactions),
            (ProductHolding, data.holdings),
        ):
            table: Table = model.__table__  # type: ignore[attr-defined]
            for chunk in _chunks(rows, 5000):
                conn.execute(table.insert(), chunk)
            _advance_id_sequence(conn, table)
    return SeedSummary(
        len(data.customers), len(data.accounts), len(data.transactions), len(data.holdings)
    )


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
    period = _Period.ending(until or date.today(), months)
    data = DemoData([], [], [], [])
    used_names: set[str] = set()
    used_ibans: set[str] = set()
    for number, role in enumerate(_roles(rng, customers), start=1):
        person = _person(rng, number, role, period, used_names)
        household = _Household(rng, person, period, len(data.accounts) + 1, used_ibans)
        household.live()
        data.customers.append(person.row())
        data.accounts.extend(household.accounts)
        data.transactions.extend(sorted(household.rows, key=lambda r: r["booking_date"]))
        data.holdings.extend(household.holdings(len(data.holdings) + 1))
    for number, row in enumerate(data.transactions, start=1):
        row["id"] = number
    return data


# --- calendar ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Period:
    start: date
    until: date
    months: tuple[tuple[int, int], ...]  # (year, month), oldest first

    @classmethod
    def ending(cls, until: date, months: int) -> _Period:
        year, month = _add_months(until.year, until.month, 1 - months)
        return cls(
            date(year, month, 1),
            until,
            tuple(_add_months(year, month, i) for i in range(months)),
        )

    def days(self, first: date | None = None) -> Iterator[date]:
        day = max(first or self.start, self.start)
        while day <= self.until:
            yield day
            day += timedelta(days=1)

    @property
    def years(self) -> range:
        return range(self.start.year, self.until.year + 1)


def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + delta
    return index // 12, index % 12 + 1


def _day_in_month(year: int, month: int, day: int) -> date:
    return date(year, month, min(day, monthrange(year, month)[1]))


def _years_after(day: date, years: int) -> date:
    return _day_in_month(day.year + years, day.month, day.day)


def _workday_on_or_before(day: date) -> date:
    # Employers and benefit agencies pay on banking days.
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day


def _workday_on_or_after(day: date) -> date:
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def _random_day(rng: random.Random, low: date, high: date) -> date:
    return low + timedelta(days=rng.randint(0, max(0, (high - low).days)))


# --- money and IBANs -----------------------------------------------------------------------------


def _skewed(rng: random.Random, low: int, high: int) -> int:
    """Cents between low and high, mostly small: few shopping trips are big ones."""
    return low + int((high - low) * rng.random() ** 2)


def _round_up(cents: int, step: int) -> int:
    return -(-cents // step) * step


def _iban(bank: str, account_number: int) -> str:
    """A Dutch IBAN with real ISO 13616 mod-97 check digits."""
    bban = f"{bank}{account_number:010d}"
    digits = "".join(str(int(ch, 36)) for ch in bban + "NL00")
    return f"NL{98 - int(digits) % 97:02d}{bban}"


def _organisation_iban(name: str) -> str:
    # Derived from the name (crc32 is stable across runs, unlike hash()) so that an organisation
    # keeps one IBAN whatever the seed.
    checksum = zlib.crc32(name.encode())
    return _iban(_BANKS[checksum % len(_BANKS)], checksum % 10**10)


# --- people --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Person:
    id: int
    first_name: str
    surname: str
    birth_date: date
    city: str
    role: str  # showcase | regular | trouble | minor
    children: int
    age: int

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.surname}"

    def row(self) -> Row:
        return {
            "id": self.id,
            "login": f"demo-{self.id:03d}",
            "name": self.name,
            "birth_date": self.birth_date,
            "language": "en",
            "children": self.children,
        }


def _roles(rng: random.Random, customers: int) -> list[str]:
    roles = ["showcase", "trouble", "minor", *["regular"] * customers][:customers]
    # Beyond the three personas, about a tenth of everyone in trouble and a tenth under 18.
    extra = max(0, round(customers * 0.1) - 1)
    picks = rng.sample(range(3, customers), min(max(0, customers - 3), 2 * extra))
    for index, pick in enumerate(picks):
        roles[pick] = "trouble" if index % 2 == 0 else "minor"
    return roles


def _person(rng: random.Random, number: int, role: str, period: _Period, used: set[str]) -> _Person:
    while True:
        first = rng.choice(_FEMALE if rng.random() < 0.5 else _MALE)
        surname = rng.choice(_SURNAMES)
        if f"{first} {surname}" not in used:
            break
    used.add(f"{first} {surname}")
    if role == "minor":
        age = rng.randint(12, 17)
    elif role == "showcase":
        age = rng.randint(38, 45)
    elif role == "trouble":
        age = rng.randint(24, 50)
    else:
        age = rng.randint(19, 80)
    # Born within the year before the birthday on which they turned `age`.
    birth = _years_after(period.until, -age) - timedelta(days=rng.randint(1, 364))
    children = 0
    if role == "showcase":
        children = 2
    elif role != "minor" and 27 <= age <= 55 and rng.random() < 0.5:
        children = rng.randint(1, 3)
    return _Person(number, first, surname, birth, rng.choice(_CITIES), role, children, age)


# --- one household -------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Habit:
    """An everyday payment: where, how often per month and how much each time (cents)."""

    merchants: tuple[str, ...]
    per_month: float
    low: int
    high: int
    kind: str = "card"
    step: int = 1  # cash machines hand out tens
    mcc: int | None = None  # for merchants that bot.merchants does not list by this name


class _Household:
    """One customer's accounts and bookings, built up by the methods below in a fixed order."""

    def __init__(
        self,
        rng: random.Random,
        person: _Person,
        period: _Period,
        first_account_id: int,
        used_ibans: set[str],
    ) -> None:
        self.rng = rng
        self.person = person
        self.period = period
        self.rows: list[Row] = []
        self.products: list[tuple[str, date]] = []
        adult = person.role != "minor"
        self.current = self._account(first_account_id, "current", used_ibans, adult)
        self.accounts = [self.current]
        self.savings: Row | None = None
        self.housing: str | None = None  # room | rent | mortgage, or None when paid off
        self.has_car = False
        self.job_lost_on: date | None = None
        wants_savings = person.role == "showcase" or person.age >= 67 or rng.random() < 0.55
        if person.role in ("showcase", "regular") and wants_savings:
            self.savings = self._account(first_account_id + 1, "savings", used_ibans, adult)
            self.accounts.append(self.savings)
            self.products.append(("savings-account", self.savings["opened_on"]))
        self.first_day = max(period.start, self.current["opened_on"])
        self.friends = [self._stranger() for _ in range(rng.randint(3, 6))]

    def _account(self, account_id: int, kind: str, used: set[str], adult: bool) -> Row:
        rng, person = self.rng, self.person
        while True:
            iban = _iban("PENN", rng.randrange(10**9, 10**10))
            if iban not in used:
                break
        used.add(iban)
        low = max(_years_after(person.birth_date, 8), _years_after(self.period.start, -25))
        opened_on = _random_day(rng, low, self.period.start - timedelta(days=1))
        if kind == "savings":
            balance = _skewed(rng, 100_000, 4_500_000 if person.age < 67 else 9_000_000)
        elif not adult:
            balance = rng.randint(2_000, 30_000)
        elif person.role == "trouble":
            balance = rng.randint(5_000, 40_000)
        else:
            balance = rng.randint(60_000, 600_000)
        return {
            "id": account_id,
            "customer_id": person.id,
            "iban": iban,
            "kind": kind,
            "opening_balance_cents": balance,
            "opened_on": opened_on,
        }

    def _stranger(self, surname: str | None = None) -> tuple[str, str]:
        """Someone at another bank: a friend, a parent."""
        rng = self.rng
        name = f"{rng.choice(_FEMALE + _MALE)} {surname or rng.choice(_SURNAMES)}"
        return name, _iban(rng.choice(_BANKS), rng.randrange(10**9, 10**10))

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
            iban = _organisation_iban(counterparty)
        mcc = mcc or _MCC.get(counterparty)
        for number, (year, month) in enumerate(self.period.months, start=1):
            if month not in months:
                continue
            text_ = description.format(
                maand=MAANDEN[month - 1], jaar=year, kwartaal=(month - 1) // 3 + 1, nr=number
            )
            when = _day_in_month(year, month, day)
            self.book(when, -outgoing_cents, counterparty, text_, kind, mcc, iban)

    def habits(self, habits: Sequence[_Habit]) -> None:
        city = self.person.city
        for day in self.period.days(self.first_day):
            for habit in habits:
                if self.rng.random() >= habit.per_month * 12 / 365:
                    continue
                merchant = self.rng.choice(habit.merchants)
                cents = _skewed(self.rng, habit.low, habit.high) // habit.step * habit.step
                if habit.kind == "ideal":
                    description = f"Bestelling {self.rng.randrange(10**9, 10**10)}"
                elif habit.kind == "atm":
                    description = f"Geldopname {city}"
                else:
                    description = f"Pinbetaling {city}"
                mcc = habit.mcc or _MCC.get(merchant)
                self.book(day, -cents, merchant, description, habit.kind, mcc)

    # --- a life ----------------------------------------------------------------------------------

    def live(self) -> None:
        if self.person.role == "minor":
            self._teenager()
            self._decline_overdrafts()
            return
        self._housing()
        self._bills()
        self._everyday()
        self._subscriptions()
        self._sensitive()
        if self.person.role == "showcase" or (
            self.person.role == "regular" and self.rng.random() < 0.45
        ):
            self._trips()
        self._friends()
        self._child_benefit()
        self._taxes()
        self._income()
        self._extra_products()
        if self.person.role == "trouble":
            self._payment_trouble()
        elif self.savings is not None:
            self._keep_savings()

    def _teenager(self) -> None:
        rng, person = self.rng, self.person
        parent, parent_iban = self._stranger(person.surname)
        grandparents_iban = self._stranger()[1]
        pocket_money = rng.randint(2, 8) * 500
        self.monthly(
            rng.randint(1, 5),
            -pocket_money,
            parent,
            "Zakgeld {maand}",
            "transfer",
            iban=parent_iban,
        )
        for year in self.period.years:
            birthday = _day_in_month(year, person.birth_date.month, person.birth_date.day)
            self.book(
                birthday,
                rng.randint(2, 10) * 500,
                f"Opa en Oma {person.surname}",
                "Gefeliciteerd!",
                "transfer",
                iban=grandparents_iban,
            )
        self.habits(
            [
                _Habit(("Albert Heijn", "Jumbo"), 5, 99, 1200),
                _Habit(("HEMA",), 1, 250, 1500),
                _Habit(("NS", "OV-chipkaart"), 2, 200, 1000),
                _Habit(("Thuisbezorgd",), 0.3, 1000, 2500),
                _Habit(("bol.com",), 0.3, 800, 3500, kind="ideal"),
                _Habit(("Geldmaat",), 0.3, 1000, 3000, kind="atm", step=1000),
            ]
        )

    def _housing(self) -> None:
        rng, person = self.rng, self.person
        if person.age <= 22:
            self.housing = "room"
            self.monthly(
                1, rng.randint(380, 650) * 100, "SSH Student Housing", "Huur kamer {maand}"
            )
            return
        owns = person.role == "showcase" or (
            person.role == "regular" and rng.random() < (0.25 if person.age < 30 else 0.55)
        )
        if person.age >= 67 and rng.random() < 0.6:
            return  # the mortgage is paid off
        if owns:
            self.housing = "mortgage"
            lender, loan = rng.choice(_LENDERS), rng.randrange(10**7, 10**8)
            description = "Hypotheek {maand} {jaar} leningnr " + str(loan)
            self.monthly(1, rng.randint(750, 1950) * 100, lender, description)
        else:
            self.housing = "rent"
            landlord = rng.choice(_LANDLORDS)
            self.monthly(1, rng.randint(650, 1350) * 100, landlord, "Huur {maand} {jaar}")

    def _bills(self) -> None:
        rng, person = self.rng, self.person
        family = 1 + person.children
        energy = rng.choice(("Eneco", "Vattenfall"))
        self.monthly(
            rng.randint(15, 28),
            rng.randint(80, 150) * 100 + family * 2500,
            energy,
            "Termijnbedrag energie {maand} {jaar}",
        )
        settlement = rng.choice((-1, 1)) * rng.randint(20, 400) * 100
        for year in self.period.years:
            # The yearly settlement: a refund or an extra bill.
            self.book(
                date(year, 3, 18),
                settlement,
                energy,
                f"Jaarafrekening energie {year - 1}",
                "direct_debit" if settlement < 0 else "transfer",
                _MCC[energy],
                _organisation_iban(energy),
            )
        if rng.random() < 0.4:
            self.monthly(
                rng.randint(1, 28), rng.randint(15, 32) * 100, "Vitens", "Drinkwater {maand} {jaar}"
            )
        telecom = rng.choice(("KPN", "Ziggo", "Vodafone"))
        self.monthly(
            rng.randint(18, 28), rng.randint(3500, 8500), telecom, "Abonnement {maand} {jaar}"
        )
        self.monthly(
            1,
            rng.randint(13_500, 16_500),
            "Zilveren Kruis",
            "Premie zorgverzekering {maand} {jaar}",
        )
        self.has_car = person.role == "showcase" or rng.random() < 0.55
        if self.has_car:
            self.monthly(
                1,
                rng.randint(3800, 9500),
                "Centraal Beheer",
                "Premie autoverzekering {maand} {jaar}",
            )
        if rng.random() < 0.6:
            self.monthly(
                1, rng.randint(1400, 4200), "Interpolis", "Premie woonverzekering {maand} {jaar}"
            )
        self.monthly(1, 325, "Penny Bank", "Kosten betaalpakket {maand} {jaar}", kind="fee")
        if self.housing in ("rent", "mortgage"):
            self.monthly(
                28,
                rng.randint(35, 95) * 100,
                f"Gemeente {person.city}",
                "Gemeentelijke belastingen {jaar} termijn {nr}",
                months=range(2, 12),
            )

    def _everyday(self) -> None:
        rng, person = self.rng, self.person
        favourite = rng.choice(("Albert Heijn", "Jumbo", "Lidl"))
        shops = ("Albert Heijn", "Jumbo", "Lidl", favourite, favourite, favourite)
        per_week = rng.uniform(2.0, 3.5) + person.children * 0.7
        trouble = person.role == "trouble"
        habits = [
            _Habit(shops, per_week * 4.35, 500, 12_000),
            _Habit(("Thuisbezorgd",), rng.uniform(0.5, 3) + 2 * trouble, 1700, 4800),
            _Habit(
                ("Restaurant De Kas", "Brasserie Van Dam", "Café De Jaren"),
                rng.uniform(0.3, 2),
                1500,
                16_000,
            ),
            _Habit(("bol.com",), rng.uniform(0.4, 1.5) + trouble, 800, 9000, kind="ideal"),
            _Habit(("Coolblue",), 0.15, 2500, 65_000, kind="ideal"),
            _Habit(("IKEA",), 0.15, 1500, 40_000),
            _Habit(("HEMA",), rng.uniform(0.3, 1), 300, 3500),
            _Habit(("Geldmaat",), rng.uniform(0.2, 1.5), 2000, 20_000, kind="atm", step=1000),
        ]
        if self.has_car:
            habits.append(_Habit(("Shell", "BP"), rng.uniform(2, 4), 4000, 9500))
        habits.append(
            _Habit(("NS",), rng.uniform(1, 4) if self.has_car else rng.uniform(4, 12), 300, 2800)
        )
        habits.append(_Habit(("OV-chipkaart",), rng.uniform(0.5, 2), 1000, 3000, step=500))
        self.habits(habits)

    def _subscriptions(self) -> None:
        rng = self.rng
        for merchant, chance in (("Netflix", 0.5), ("Spotify", 0.55), ("Disney+", 0.3)):
            if self.person.role == "showcase" or rng.random() < chance:
                price = rng.choice(_SUBSCRIPTION_PRICES[merchant])
                self.monthly(rng.randint(1, 28), price, merchant, "Abonnement", kind="card")

    def _sensitive(self) -> None:
        """Health, religion, union and politics: the categories Penny must treat with care."""
        rng, person = self.rng, self.person
        everything = person.role == "showcase"
        if everything or rng.random() < 0.5:
            self.habits([_Habit(("Apotheek De Ster",), rng.uniform(0.3, 1.2), 300, 4800, mcc=5912)])
        if everything or rng.random() < 0.35:
            hospital = rng.choice(("UMC Utrecht", "Ziekenhuis Rijnstate"))
            for year in self.period.years:
                for _ in range(rng.randint(1, 3)):
                    when = _random_day(rng, date(year, 1, 1), date(year, 12, 31))
                    self.book(
                        when,
                        -rng.randint(3000, 38_500),
                        hospital,
                        f"Eigen risico {year} factuur {rng.randrange(10**6, 10**7)}",
                        "transfer",
                        8062,
                        _organisation_iban(hospital),
                    )
        if everything or rng.random() < 0.25:
            if rng.random() < 0.5:
                self.monthly(
                    10,
                    rng.randint(10, 40) * 100,
                    "Protestantse Kerk Amsterdam",
                    "Kerkbijdrage {maand} {jaar}",
                    mcc=8661,
                )
            else:
                self._sunday_collections()
        if (everything or rng.random() < 0.25) and 23 <= person.age < 67:
            self.monthly(25, rng.randint(1600, 2200), "FNV", "Contributie {maand} {jaar}", mcc=8699)
        if everything or rng.random() < 0.15:
            party = rng.choice(("VVD", "GroenLinks", "D66"))
            if rng.random() < 0.5:
                self.monthly(
                    15,
                    rng.randint(30, 60) * 100,
                    party,
                    "Lidmaatschap {jaar}",
                    mcc=8651,
                    months=(1,),
                )
            else:
                self.monthly(
                    15,
                    rng.randint(800, 1500),
                    party,
                    "Lidmaatschap {jaar} kwartaal {kwartaal}",
                    mcc=8651,
                    months=(1, 4, 7, 10),
                )

    def _sunday_collections(self) -> None:
        for day in self.period.days(self.first_day):
            if day.weekday() == 6 and self.rng.random() < 0.5:
                self.book(
                    day,
                    -self.rng.randint(2, 10) * 100,
                    "Parochie St. Jan",
                    "Collecte",
                    "card",
                    8661,
                )

    def _trips(self) -> None:
        rng = self.rng
        travellers = 1 + self.person.children
        for year in self.period.years:
            place = rng.choice(_DESTINATIONS)
            country, city = place.country, rng.choice(place.cities)
            start = _random_day(rng, date(year, 6, 20), date(year, 8, 25))
            nights = rng.randint(5, 12)
            if place.flies:
                flight = rng.randint(18_000, 45_000) * travellers
                self.book(
                    start - timedelta(days=rng.randint(30, 90)),
                    -flight,
                    "Transavia",
                    f"Vlucht {city} {rng.randrange(10**5, 10**6)}",
                    "ideal",
                    _MCC["Transavia"],
                )
            for offset in range(nights):
                day = start + timedelta(days=offset)
                for _ in range(rng.randint(1, 2)):
                    name, mcc = rng.choice(place.eat)
                    self.book(
                        day,
                        -_skewed(rng, 1200, 9000) * travellers // 2,
                        name,
                        city,
                        "card",
                        mcc,
                        country=country,
                    )
                if rng.random() < 0.5:
                    name, mcc = rng.choice(place.shop)
                    self.book(
                        day, -_skewed(rng, 800, 6000), name, city, "card", mcc, country=country
                    )
            name, mcc = rng.choice(place.sleep)
            stay = rng.randint(6_000, 16_000) * nights
            self.book(
                start + timedelta(days=nights),
                -stay,
                name,
                f"{city} {nights} nachten",
                "card",
                mcc,
                country=country,
            )
        if rng.random() < 0.5:
            self._take_product("travel-insurance")

    def _friends(self) -> None:
        rng = self.rng
        for day in self.period.days(self.first_day):
            if rng.random() < 1.5 * 12 / 365:
                name, iban = rng.choice(self.friends)
                self.book(
                    day,
                    -rng.randint(5, 60) * 100,
                    name,
                    rng.choice(_P2P_OUT),
                    "transfer",
                    iban=iban,
                )
            if rng.random() < 12 / 365:
                name, iban = rng.choice(self.friends)
                self.book(
                    day, rng.randint(500, 4500), name, rng.choice(_P2P_IN), "transfer", iban=iban
                )

    def _per_month(self, cents: int) -> int:
        return int(cents * 30.44 / ((self.period.until - self.first_day).days + 1))

    def _income(self) -> None:
        """Income sized to what the household needs: comfortably above it, or for a customer in
        payment trouble just enough until the job loss and too little after it."""
        rng, person = self.rng, self.person
        outgoings = self._per_month(
            -sum(r["amount_cents"] for r in self.rows if r["amount_cents"] < 0)
        )
        needed = self._per_month(-sum(r["amount_cents"] for r in self.rows))
        if person.role != "trouble":
            # Everyone else starts the history with at least a month's outgoings in the bank.
            opening = max(self.current["opening_balance_cents"], int(outgoings * rng.uniform(1, 2)))
            self.current["opening_balance_cents"] = opening
        if person.age >= 67:
            self._pension(needed)
        elif person.role == "trouble":
            self._salary(int(needed * 12 / 12.7))  # holiday pay is the other 0.7
        else:
            floor = 40_000 if person.age <= 22 else 190_000
            self._salary(max(floor, int(needed * rng.uniform(1.1, 1.45))))

    def _pension(self, needed: int) -> None:
        """AOW only: the categoriser has no rule for pension-fund payments yet, so they would read
        as transfers. Retirees therefore live partly off savings, which are sized to last."""
        aow = self.rng.randint(135_000, 165_000)
        self.monthly(22, -aow, "SVB", "AOW-uitkering {maand} {jaar}", kind="transfer")
        if self.savings is not None:
            shortfall = max(0, needed - aow) * len(self.period.months)
            reserve = int(shortfall * 1.2) + self.rng.randint(100, 600) * 10_000
            opening = max(self.savings["opening_balance_cents"], reserve)
            self.savings["opening_balance_cents"] = opening

    def _salary(self, salary: int) -> None:
        rng, person = self.rng, self.person
        employers = _STUDENT_EMPLOYERS if person.age <= 22 else _EMPLOYERS
        employer = rng.choice(employers)
        day = rng.choice((24, 25))
        # A customer in trouble lost their job half a year ago: two months without pay, then a
        # new employer that pays less than the household spends.
        gap = max(0, len(self.period.months) - 7) if person.role == "trouble" else None
        for index, (year, month) in enumerate(self.period.months):
            if index == gap:
                self.job_lost_on = date(year, month, 1)
                employer = rng.choice([e for e in employers if e != employer])
                salary = int(salary * 0.8)
            if gap is not None and gap <= index <= gap + 1:
                continue
            if month == 1 and index > 0:
                salary = int(salary * rng.uniform(1.01, 1.04))
            description = f"SALARIS {MAANDEN[month - 1].upper()} {year}"
            amount = salary
            if month == 5:
                description += " + VAKANTIEGELD"
                amount += int(salary * 0.7)
            when = _workday_on_or_before(date(year, month, day))
            self.book(
                when, amount, employer, description, "transfer", iban=_organisation_iban(employer)
            )

    def _child_benefit(self) -> None:
        if not self.person.children:
            return
        per_child = [
            self.rng.choice(_CHILD_BENEFIT_PER_QUARTER) for _ in range(self.person.children)
        ]
        for year, month in self.period.months:
            if month in (1, 4, 7, 10):
                quarter, paid_year = (4, year - 1) if month == 1 else ((month - 1) // 3, year)
                when = _workday_on_or_after(date(year, month, 3))
                self.book(
                    when,
                    sum(per_child),
                    "SVB",
                    f"Kinderbijslag {quarter}e kwartaal {paid_year}",
                    "transfer",
                    iban=_organisation_iban("SVB"),
                )

    def _taxes(self) -> None:
        rng = self.rng
        outcome = rng.random()
        for year in self.period.years:
            when = _workday_on_or_after(date(year, 6, rng.randint(1, 28)))
            if outcome < 0.4:
                self.book(
                    when,
                    rng.randint(150, 1400) * 100,
                    "Belastingdienst",
                    f"Teruggave inkomstenbelasting {year - 1}",
                    "transfer",
                    iban=_organisation_iban("Belastingdienst"),
                )
            elif outcome < 0.55:
                self.book(
                    when,
                    -rng.randint(100, 900) * 100,
                    "Belastingdienst",
                    f"Aanslag inkomstenbelasting {year - 1}",
                    "transfer",
                    iban=_organisation_iban("Belastingdienst"),
                )

    def _extra_products(self) -> None:
        rng, person = self.rng, self.person
        # demo-001 deliberately lacks home insurance and kids' savings: something to suggest.
        if person.role == "showcase":
            self.products.append(("credit-card", self.current["opened_on"]))
            return
        if person.role == "regular" and person.age > 22 and rng.random() < 0.35:
            self._take_product("credit-card")
        if self.housing == "mortgage" and rng.random() < 0.4:
            self._take_product("home-insurance")
        if person.children and rng.random() < 0.4:
            self._take_product("kids-savings")

    # --- balance-driven behaviour ----------------------------------------------------------------

    def _by_day(self) -> dict[date, list[Row]]:
        by_day: dict[date, list[Row]] = {}
        for row in sorted(self.rows, key=lambda r: r["booking_date"]):
            if row["account_id"] == self.current["id"]:
                by_day.setdefault(row["booking_date"], []).append(row)
        return by_day

    def _keep_savings(self) -> None:
        """Moves what is left after payday to savings and tops up from savings before the
        current account would stay in the red, as careful savers do."""
        assert self.savings is not None
        rng = self.rng
        by_day = self._by_day()
        balance = self.current["opening_balance_cents"]
        saved = self.savings["opening_balance_cents"]
        buffer = rng.randint(8, 20) * 10_000
        for day in self.period.days(self.first_day):
            balance += sum(r["amount_cents"] for r in by_day.get(day, []))
            if day.day == 27 and balance > buffer + 25_000:
                amount = (balance - buffer) * 7 // 10 // 5000 * 5000
            elif balance < 5_000 and saved > 0:
                amount = -min(saved, _round_up(buffer // 2 - balance, 10_000))
            else:
                continue
            self._own_transfer(day, amount)
            balance -= amount
            saved += amount

    def _own_transfer(self, day: date, to_savings_cents: int) -> None:
        assert self.savings is not None
        name = self.person.name
        outward = to_savings_cents > 0
        self.book(
            day,
            -to_savings_cents,
            name,
            "Naar spaarrekening" if outward else "Van spaarrekening",
            "own_transfer",
            iban=self.savings["iban"],
        )
        self.book(
            day,
            to_savings_cents,
            name,
            "Van betaalrekening" if outward else "Naar betaalrekening",
            "own_transfer",
            iban=self.current["iban"],
            account=self.savings,
        )

    def _payment_trouble(self) -> None:
        """After the job loss the account goes deep into the red: direct debits bounce beyond
        the overdraft facility, and after the first one a debt collector arrives with a monthly
        payment plan."""
        rng = self.rng
        by_day = self._by_day()
        # Just enough in the bank to stay in the black until the job loss, so that the trouble
        # begins there rather than at some accident of the opening balance.
        lowest = balance = 0
        for day in self.period.days(self.first_day):
            if self.job_lost_on and day >= self.job_lost_on:
                break
            balance += sum(r["amount_cents"] for r in by_day.get(day, []))
            lowest = min(lowest, balance)
        self.current["opening_balance_cents"] = -lowest + rng.randint(1, 5) * 10_000
        balance = self.current["opening_balance_cents"]
        # Within the overdraft facility debits are paid; beyond it the bank returns some.
        overdraft_limit = rng.randint(2, 10) * 10_000
        collector = None
        for day in self.period.days(self.first_day):
            todays = by_day.get(day, [])
            balance += sum(r["amount_cents"] for r in todays)
            if balance >= -overdraft_limit:
                continue
            for row in list(todays):
                if row["kind"] != "direct_debit" or rng.random() >= 0.4:
                    continue
                back = _workday_on_or_after(day + timedelta(days=2))
                storno = self.book(
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
                    for row_ in self._payment_plan(collector, day):
                        by_day.setdefault(row_["booking_date"], []).append(row_)

    def _payment_plan(self, collector: str, first_storno: date) -> list[Row]:
        rng = self.rng
        dossier = f"{rng.randrange(10**7, 10**8)}"
        amount = rng.randint(40, 125) * 100
        start = first_storno + timedelta(days=rng.randint(35, 49))
        rows: list[Row] = []
        year, month = start.year, start.month
        for term in range(1, 100):
            when = _day_in_month(year, month, start.day)
            if when > self.period.until:
                break
            row = self.book(
                when,
                -amount,
                collector,
                f"Betalingsregeling incasso dossier {dossier} termijn {term}",
                "transfer",
                7322,  # debt collection agencies
                _organisation_iban(collector),
            )
            if row:
                rows.append(row)
            year, month = _add_months(year, month, 1)
        return rows

    def _decline_overdrafts(self) -> None:
        """Youth accounts cannot go into the red, so payments that would are declined."""
        balance = self.current["opening_balance_cents"]
        kept = []
        for row in sorted(self.rows, key=lambda r: r["booking_date"]):
            if row["amount_cents"] < 0 and balance + row["amount_cents"] < 0:
                continue
            balance += row["amount_cents"]
            kept.append(row)
        self.rows = kept

    def _take_product(self, product: str) -> None:
        opened_on = _random_day(self.rng, self.current["opened_on"], self.period.until)
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


# --- inserting -----------------------------------------------------------------------------------


def _chunks(rows: list[Row], size: int) -> Iterator[list[Row]]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


def _advance_id_sequence(conn: Connection, table: Table) -> None:
    """PostgreSQL does not move a serial column's sequence past explicit ids; without this the
    next ordinary insert would collide with a seeded row."""
    if conn.dialect.name != "postgresql":
        return
    name = conn.dialect.identifier_preparer.format_table(table)
    conn.execute(
        text(
            f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
            f"coalesce((SELECT max(id) FROM {name}), 0) + 1, false)"
        )
    )
