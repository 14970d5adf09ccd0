"""What the answer to a question must say, from its meaning and the oracle's figures."""

from __future__ import annotations

from dataclasses import dataclass

from tests.oracle.figures import Booking, Figure, Filter, Oracle
from tests.oracle.questions import Meaning


@dataclass(frozen=True)
class Expected:
    figures: tuple[Figure, ...] = ()  # one, or two for a comparison; the total for a balance
    rows: tuple[Booking, ...] = ()  # the biggest payments; the last payment (ties: all)
    accounts: tuple[int, ...] = ()  # each account's balance
    unknown: bool = False  # the merchant matches no counterparty
    names: tuple[str, ...] = ()  # the counterparties the merchant matched

    def describe(self) -> str:
        if self.unknown:
            return "unknown merchant: no figure, and buttons"
        parts = [f"€{f.cents / 100:.2f} ({f.count})" for f in self.figures]
        if self.accounts:
            parts.append("accounts " + ", ".join(f"€{c / 100:.2f}" for c in self.accounts))
        parts += [f"{r.day} {r.counterparty} €{r.cents / 100:.2f}" for r in self.rows]
        if self.names:
            parts.append("counting " + " + ".join(self.names))
        return "; ".join(parts) or "nothing"


def expected(oracle: Oracle, m: Meaning) -> Expected:
    customer = oracle.customer(m.login)
    names: list[str] | None = None
    if m.merchant is not None:
        names = oracle.match(customer, m.merchant)
        if not names:
            return Expected(unknown=True)
    spans = [Filter(s.start, s.end, m.category, names) for s in m.periods]
    found = tuple(names or ())
    if m.kind == "balance":
        accounts = tuple(cents for _, cents in oracle.balances(customer))
        return Expected((Figure(sum(accounts), len(accounts)),), accounts=accounts)
    if m.kind in ("category", "merchant", "compare"):
        return Expected(tuple(oracle.spending(customer, f) for f in spans), names=found)
    if m.kind == "earned":
        return Expected((oracle.earned(customer, spans[0]),))
    if m.kind == "came_in":
        return Expected((oracle.came_in(customer, spans[0]),))
    if m.kind == "biggest":
        return Expected(rows=tuple(oracle.biggest(customer, spans[0], m.count or 5)))
    if m.kind == "last":
        return Expected(rows=tuple(oracle.last_payments(customer, names or [])), names=found)
    raise ValueError(f"no expectation for {m.kind}")
