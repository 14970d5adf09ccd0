"""The customers: names, ages, home towns, children, and the role each plays in the demo."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from bot.seed.period import Period, years_after
from bot.seed.rows import Row

FEMALE = (
    "Sanne", "Emma", "Julia", "Lotte", "Sophie", "Anouk", "Femke", "Iris", "Lieke", "Fleur",
    "Noor", "Eva", "Marieke", "Ingrid", "Petra", "Annelies", "Yvonne", "Esther", "Fatima", "Mila",
)  # fmt: skip
MALE = (
    "Daan", "Bram", "Lars", "Thijs", "Jeroen", "Sven", "Ruben", "Bas", "Joost", "Pieter",
    "Wouter", "Martijn", "Kees", "Henk", "Gerrit", "Mohammed", "Stijn", "Tim", "Sem", "Luuk",
)  # fmt: skip
# No surname may read as a merchant alias or a keyword ("van Dam", "Bol", "Kerk"): people's
# transfers would then be filed under a shop.
SURNAMES = (
    "de Vries", "Jansen", "de Jong", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
    "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit",
    "Dijkstra", "de Graaf", "van der Meer", "van der Linden", "Kok", "Jacobs", "de Haan",
    "Vermeulen", "van den Berg", "van der Heijden", "Schouten", "van Beek", "Willems", "van Vliet",
    "Hoekstra", "Maas", "Verhoeven", "Koster", "Prins", "Huisman", "Kuipers", "Postma",
)  # fmt: skip
CITIES = (
    "Utrecht", "Amsterdam", "Rotterdam", "Den Haag", "Eindhoven", "Arnhem", "Groningen",
    "Haarlem", "Nijmegen", "Zwolle",
)  # fmt: skip


@dataclass(frozen=True)
class Person:
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


def draw_roles(rng: random.Random, customers: int) -> list[str]:
    roles = ["showcase", "trouble", "minor", *["regular"] * customers][:customers]
    # Beyond the three personas, about a tenth of everyone in trouble and a tenth under 18.
    extra = max(0, round(customers * 0.1) - 1)
    picks = rng.sample(range(3, customers), min(max(0, customers - 3), 2 * extra))
    for index, pick in enumerate(picks):
        roles[pick] = "trouble" if index % 2 == 0 else "minor"
    return roles


def draw_person(
    rng: random.Random, number: int, role: str, period: Period, used: set[str]
) -> Person:
    while True:
        first = rng.choice(FEMALE if rng.random() < 0.5 else MALE)
        surname = rng.choice(SURNAMES)
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
    birth = years_after(period.until, -age) - timedelta(days=rng.randint(1, 364))
    children = 0
    if role == "showcase":
        children = 2
    elif role != "minor" and 27 <= age <= 55 and rng.random() < 0.5:
        children = rng.randint(1, 3)
    return Person(number, first, surname, birth, rng.choice(CITIES), role, children, age)
