"""Money coming in: salaries, the state pension, child benefit and the yearly tax outcome, sized
to what the household spends."""

from __future__ import annotations

from datetime import date

from bot.seed.accounts import organisation_iban
from bot.seed.household import Household
from bot.seed.period import MAANDEN, workday_on_or_after, workday_on_or_before

EMPLOYERS = (
    "Gemeente Utrecht", "Philips Nederland B.V.", "ASML Netherlands B.V.", "PostNL", "Achmea",
    "Heineken Nederland B.V.", "Stichting Hogeschool Utrecht", "Unilever Nederland B.V.",
    "Randstad Nederland", "Bouwbedrijf Van Wijnen", "Rijkswaterstaat",
    "Stichting Kinderopvang Kids",
)  # fmt: skip
STUDENT_EMPLOYERS = ("YoungCapital B.V.", "Studentenwerk Nederland")
CHILD_BENEFIT_PER_QUARTER = (26976, 32757, 38538)  # SVB rates by the child's age band


def income(household: Household) -> None:
    """Income sized to what the household needs: comfortably above it, or for a customer in
    payment trouble just enough until the job loss and too little after it."""
    rng, person = household.rng, household.person
    outgoings = household.per_month(
        -sum(r["amount_cents"] for r in household.rows if r["amount_cents"] < 0)
    )
    needed = household.per_month(-sum(r["amount_cents"] for r in household.rows))
    if person.role != "trouble":
        # Everyone else starts the history with at least a month's outgoings in the bank.
        opening = max(
            household.current["opening_balance_cents"], int(outgoings * rng.uniform(1, 2))
        )
        household.current["opening_balance_cents"] = opening
    if person.age >= 67:
        pay_pension(household, needed)
    elif person.role == "trouble":
        pay_salary(household, int(needed * 12 / 12.7))  # holiday pay is the other 0.7
    else:
        floor = 40_000 if person.age <= 22 else 190_000
        pay_salary(household, max(floor, int(needed * rng.uniform(1.1, 1.45))))


def pay_pension(household: Household, needed: int) -> None:
    """AOW only: the categoriser has no rule for pension-fund payments yet, so they would read
    as transfers. Retirees therefore live partly off savings, which are sized to last."""
    aow = household.rng.randint(135_000, 165_000)
    household.monthly(22, -aow, "SVB", "AOW-uitkering {maand} {jaar}", kind="transfer")
    if household.savings is not None:
        shortfall = max(0, needed - aow) * len(household.period.months)
        reserve = int(shortfall * 1.2) + household.rng.randint(100, 600) * 10_000
        opening = max(household.savings["opening_balance_cents"], reserve)
        household.savings["opening_balance_cents"] = opening


def pay_salary(household: Household, salary: int) -> None:
    rng, person = household.rng, household.person
    employers = STUDENT_EMPLOYERS if person.age <= 22 else EMPLOYERS
    employer = rng.choice(employers)
    day = rng.choice((24, 25))
    # A customer in trouble lost their job half a year ago: two months without pay, then a
    # new employer that pays less than the household spends.
    gap = max(0, len(household.period.months) - 7) if person.role == "trouble" else None
    for index, (year, month) in enumerate(household.period.months):
        if index == gap:
            household.job_lost_on = date(year, month, 1)
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
        when = workday_on_or_before(date(year, month, day))
        household.book(
            when, amount, employer, description, "transfer", iban=organisation_iban(employer)
        )


def child_benefit(household: Household) -> None:
    if not household.person.children:
        return
    per_child = [
        household.rng.choice(CHILD_BENEFIT_PER_QUARTER) for _ in range(household.person.children)
    ]
    for year, month in household.period.months:
        if month in (1, 4, 7, 10):
            quarter, paid_year = (4, year - 1) if month == 1 else ((month - 1) // 3, year)
            when = workday_on_or_after(date(year, month, 3))
            household.book(
                when,
                sum(per_child),
                "SVB",
                f"Kinderbijslag {quarter}e kwartaal {paid_year}",
                "transfer",
                iban=organisation_iban("SVB"),
            )


def taxes(household: Household) -> None:
    rng = household.rng
    outcome = rng.random()
    for year in household.period.years:
        when = workday_on_or_after(date(year, 6, rng.randint(1, 28)))
        if outcome < 0.4:
            household.book(
                when,
                rng.randint(150, 1400) * 100,
                "Belastingdienst",
                f"Teruggave inkomstenbelasting {year - 1}",
                "transfer",
                iban=organisation_iban("Belastingdienst"),
            )
        elif outcome < 0.55:
            household.book(
                when,
                -rng.randint(100, 900) * 100,
                "Belastingdienst",
                f"Aanslag inkomstenbelasting {year - 1}",
                "transfer",
                iban=organisation_iban("Belastingdienst"),
            )
