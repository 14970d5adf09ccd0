"""Whether a reply gives the expected figures; `got` says what it gave instead."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tests.oracle import extract
from tests.oracle.expected import Expected


@dataclass(frozen=True)
class Verdict:
    right: bool
    got: str


def euros(cents: Sequence[int | None]) -> str:
    return ", ".join("none" if c is None else f"€{c / 100:.2f}" for c in cents)


def check(kind: str, exp: Expected, text: str, buttons: Sequence[str], lang: str,
          history: Sequence[str], typed: str | None = None) -> Verdict:
    money = extract.amounts(text, lang)
    if exp.unknown:
        said = typed is not None and typed.casefold() in text.casefold()
        real = bool(buttons) and all(b in history for b in buttons)
        return Verdict(not money and said and real,
                       f"amounts [{euros(money)}], buttons {list(buttons)}")
    if kind == "balance":
        bullets, others = extract.bullet_amounts(text, lang)
        total = others[0] if others else (bullets[0] if len(bullets) == 1 else None)
        right = sorted(bullets) == sorted(exp.accounts) and total == exp.figures[0].cents
        return Verdict(right, f"accounts [{euros(bullets)}], total {euros([total])}")
    if kind == "biggest":
        listed = [abs(a) for a in extract.list_amounts(text, lang)]
        return Verdict(listed == [abs(r.cents) for r in exp.rows], f"[{euros(listed)}]")
    if kind == "last":
        day = extract.first_date(text, lang)
        first = abs(money[0]) if money else None
        right = bool(exp.rows) and day == exp.rows[0].day and first in {
            abs(r.cents) for r in exp.rows
        }
        return Verdict(right, f"{day} {euros([first])}")
    if kind == "compare":
        pair = extract.compared(text, lang)
        return Verdict(pair == [f.cents for f in exp.figures], f"[{euros(pair)}]")
    # One figure and its payment count: spending, earned, came in.
    want = exp.figures[0]
    first = extract.spent(text, lang) if kind in ("category", "merchant") else (
        money[0] if money else None)
    count = extract.payment_count(text)
    if want.count == 0 and want.cents == 0:
        right = first in (None, 0) and count in (None, 0)
    else:
        right = first == want.cents and count in ((None, 0) if want.count == 0 else (want.count,))
    return Verdict(right, f"{euros([first])} ({count})")
