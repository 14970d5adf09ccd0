"""What the generator hands over: rows keyed by column name, and a count of what was stored."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NamedTuple

Row = dict[str, Any]


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
