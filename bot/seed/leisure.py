"""Leisure: summer holidays abroad, and the money that goes back and forth between friends."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from bot.seed.accounts import skewed
from bot.seed.household import MCC, Household
from bot.seed.period import random_day


@dataclass(frozen=True)
class Destination:
    """A holiday country. None of its places is a known merchant, so their category rests on
    the MCC, as it would for a real foreign card payment."""

    country: str
    cities: tuple[str, ...]
    eat: tuple[tuple[str, int], ...]  # (name, MCC)
    shop: tuple[tuple[str, int], ...]
    sleep: tuple[tuple[str, int], ...]
    flies: bool = True


DESTINATIONS = (
    Destination(
        "ES",
        ("Barcelona", "Málaga", "Valencia"),
        (("Cervecería Catalana", 5812), ("Bar El Pimpi", 5813), ("Casa Lucio", 5812)),
        (("Mercadona", 5411), ("Carrefour Express", 5411)),
        (("Hotel Miramar", 7011), ("Hostal La Palmera", 7011)),
    ),
    Destination(
        "FR",
        ("Paris", "Lyon", "Nice"),
        (("Brasserie Lipp", 5812), ("Café de Flore", 5814), ("Le Petit Bistro", 5812)),
        (("Monoprix", 5411), ("Carrefour", 5411)),
        (("Hôtel Le Relais", 7011), ("Hôtel du Port", 7011)),
        flies=False,  # Dutch families drive to France
    ),
    Destination(
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

P2P_OUT = (
    "Tikkie: etentje", "Tikkie: bioscoop", "Tikkie: boodschappen weekend", "Cadeau verjaardag",
    "Voorschot weekendje weg", "Terug voor de kaartjes",
)  # fmt: skip
P2P_IN = ("Terugbetaling", "Tikkie: pizza", "Bedankt!", "Aandeel boodschappen", "Voor het cadeau")


def trips(household: Household) -> None:
    rng = household.rng
    travellers = 1 + household.person.children
    for year in household.period.years:
        place = rng.choice(DESTINATIONS)
        country, city = place.country, rng.choice(place.cities)
        start = random_day(rng, date(year, 6, 20), date(year, 8, 25))
        nights = rng.randint(5, 12)
        if place.flies:
            flight = rng.randint(18_000, 45_000) * travellers
            household.book(
                start - timedelta(days=rng.randint(30, 90)),
                -flight,
                "Transavia",
                f"Vlucht {city} {rng.randrange(10**5, 10**6)}",
                "ideal",
                MCC["Transavia"],
            )
        for offset in range(nights):
            day = start + timedelta(days=offset)
            for _ in range(rng.randint(1, 2)):
                name, mcc = rng.choice(place.eat)
                household.book(
                    day,
                    -skewed(rng, 1200, 9000) * travellers // 2,
                    name,
                    city,
                    "card",
                    mcc,
                    country=country,
                )
            if rng.random() < 0.5:
                name, mcc = rng.choice(place.shop)
                household.book(
                    day, -skewed(rng, 800, 6000), name, city, "card", mcc, country=country
                )
        name, mcc = rng.choice(place.sleep)
        stay = rng.randint(6_000, 16_000) * nights
        household.book(
            start + timedelta(days=nights),
            -stay,
            name,
            f"{city} {nights} nachten",
            "card",
            mcc,
            country=country,
        )
    if rng.random() < 0.5:
        household.take_product("travel-insurance")


def friends(household: Household) -> None:
    rng = household.rng
    for day in household.period.days(household.first_day):
        if rng.random() < 1.5 * 12 / 365:
            name, iban = rng.choice(household.friends)
            household.book(
                day,
                -rng.randint(5, 60) * 100,
                name,
                rng.choice(P2P_OUT),
                "transfer",
                iban=iban,
            )
        if rng.random() < 12 / 365:
            name, iban = rng.choice(household.friends)
            household.book(
                day, rng.randint(500, 4500), name, rng.choice(P2P_IN), "transfer", iban=iban
            )
