"""IBANs, accounts and amounts of money: what a customer banks with and whom they pay."""

from __future__ import annotations

import random
import zlib
from datetime import timedelta

from bot.seed.people import FEMALE, MALE, SURNAMES, Person
from bot.seed.period import Period, random_day, years_after
from bot.seed.rows import Row

BANKS = ("INGB", "RABO", "ABNA", "SNSB", "ASNB", "TRIO", "BUNQ", "KNAB")


def skewed(rng: random.Random, low: int, high: int) -> int:
    """Cents between low and high, mostly small: few shopping trips are big ones."""
    return low + int((high - low) * rng.random() ** 2)


def round_up(cents: int, step: int) -> int:
    return -(-cents // step) * step


def iban(bank: str, account_number: int) -> str:
    """A Dutch IBAN with real ISO 13616 mod-97 check digits."""
    bban = f"{bank}{account_number:010d}"
    digits = "".join(str(int(ch, 36)) for ch in bban + "NL00")
    return f"NL{98 - int(digits) % 97:02d}{bban}"


def organisation_iban(name: str) -> str:
    # Derived from the name (crc32 is stable across runs, unlike hash()) so that an organisation
    # keeps one IBAN whatever the seed.
    checksum = zlib.crc32(name.encode())
    return iban(BANKS[checksum % len(BANKS)], checksum % 10**10)


def open_account(
    rng: random.Random,
    person: Person,
    period: Period,
    account_id: int,
    kind: str,
    used: set[str],
    adult: bool,
) -> Row:
    """A Penny account opened before the history starts, with a new IBAN and a balance that
    fits the kind of account and the customer."""
    while True:
        new_iban = iban("PENN", rng.randrange(10**9, 10**10))
        if new_iban not in used:
            break
    used.add(new_iban)
    low = max(years_after(person.birth_date, 8), years_after(period.start, -25))
    opened_on = random_day(rng, low, period.start - timedelta(days=1))
    if kind == "savings":
        balance = skewed(rng, 100_000, 4_500_000 if person.age < 67 else 9_000_000)
    elif not adult:
        balance = rng.randint(2_000, 30_000)
    elif person.role == "trouble":
        balance = rng.randint(5_000, 40_000)
    else:
        balance = rng.randint(60_000, 600_000)
    return {
        "id": account_id,
        "customer_id": person.id,
        "iban": new_iban,
        "kind": kind,
        "opening_balance_cents": balance,
        "opened_on": opened_on,
    }


def stranger(rng: random.Random, surname: str | None = None) -> tuple[str, str]:
    """Someone at another bank: a friend, a parent."""
    name = f"{rng.choice(FEMALE + MALE)} {surname or rng.choice(SURNAMES)}"
    return name, iban(rng.choice(BANKS), rng.randrange(10**9, 10**10))
