"""What the suggestion rules know about a customer: plain values, read from the store elsewhere."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date, timedelta

from bot.advice.sensitive import is_special
from bot.domain import Payment

NEGATIVE_DAYS_FOR_TROUBLE = 30  # a "long" negative balance, in consecutive days
ADULT_AGE = 18


@dataclass(frozen=True)
class Facts:
    customer_id: int
    birth_date: date
    children: int
    holdings: Collection[str]  # product ids held, once per holding
    has_savings_account: bool
    payments: tuple[Payment, ...]  # every booking in the look-back window, sensitive ones too
    daily_balances: tuple[tuple[date, int], ...] = field(default=())  # current account, per day
    today: date = date(2000, 1, 1)

    @property
    def age(self) -> int:
        born = self.birth_date
        had_birthday = (self.today.month, self.today.day) >= (born.month, born.day)
        return self.today.year - born.year - (0 if had_birthday else 1)


def usable_payments(facts: Facts) -> tuple[Payment, ...]:
    """The payments a trigger may use as evidence: never one revealing a special category."""
    return tuple(p for p in facts.payments if not is_special(p))


def is_minor(facts: Facts) -> bool:
    return facts.age < ADULT_AGE


def trouble_signs(facts: Facts) -> tuple[str, ...]:
    """Signs of payment trouble in the last year: returned debits, debt collectors, a long
    negative balance. Any one of them keeps credit products away (duty of care)."""
    year_ago = facts.today - timedelta(days=365)
    recent = [p for p in facts.payments if p.booking_date >= year_ago]
    signs = []
    if any(p.kind == "returned_debit" for p in recent):
        signs.append("returned_debit")
    if any(p.category == "debt" and p.kind != "returned_debit" for p in recent):
        signs.append("debt_collector")
    if longest_negative_run(facts.daily_balances) >= NEGATIVE_DAYS_FOR_TROUBLE:
        signs.append("negative_balance")
    return tuple(signs)


def longest_negative_run(balances: tuple[tuple[date, int], ...]) -> int:
    longest = current = 0
    for _, cents in balances:
        current = current + 1 if cents < 0 else 0
        longest = max(longest, current)
    return longest
