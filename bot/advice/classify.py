"""`bot classify`: the category and special category of payment lines, with the reason, as the
suggestion rules see them (art. 6.3.1). A bank runs its own lists through the same code. Pure:
records in, verdicts out; the command reads and writes them."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, TextIO

from bot.advice.sensitive import explain
from bot.categoriser import categorise
from bot.domain import Payment

FIELDS = ("counterparty", "description", "mcc", "country", "kind", "amount_cents")
KINDS = frozenset(
    {"card", "ideal", "direct_debit", "transfer", "standing_order", "atm", "fee", "own_transfer",
     "returned_debit", "salary"}
)


class LineError(ValueError):
    """A payment line that cannot be read: the message says which field and why."""


@dataclass(frozen=True)
class PaymentLine:
    counterparty: str
    description: str = ""
    mcc: int | None = None
    country: str = "NL"
    kind: str = "transfer"
    amount_cents: int = 0


def parse(record: Mapping[str, Any]) -> PaymentLine:
    """One record (a JSON object or a CSV row); empty optional fields take their defaults."""
    counterparty = str(record.get("counterparty") or "").strip()
    if not counterparty:
        raise LineError("counterparty is missing")
    mcc = _integer(record.get("mcc"), "mcc")
    if mcc is not None and not 0 <= mcc <= 9999:
        raise LineError(f"mcc must be a four-digit code, not {mcc}")
    country = str(record.get("country") or "NL").strip().upper()
    if len(country) != 2 or not country.isalpha():
        raise LineError(f"country must be a two-letter ISO code, not {country!r}")
    kind = str(record.get("kind") or "transfer").strip()
    if kind not in KINDS:
        raise LineError(f"kind must be one of {', '.join(sorted(KINDS))}, not {kind!r}")
    return PaymentLine(
        counterparty=counterparty,
        description=str(record.get("description") or "").strip(),
        mcc=mcc,
        country=country,
        kind=kind,
        amount_cents=_integer(record.get("amount_cents"), "amount_cents") or 0,
    )


def _integer(value: Any, field: str) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise LineError(f"{field} must be a whole number, not {value!r}")
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise LineError(f"{field} must be a whole number, not {value!r}") from None
    if number != int(number):
        raise LineError(f"{field} must be a whole number, not {value!r}")
    return int(number)


def verdict(line: PaymentLine) -> dict[str, Any]:
    """The category the categoriser gives, the special category (or None) and why."""
    amount = -abs(line.amount_cents)
    category = categorise(line.counterparty, line.description, line.mcc, amount, line.kind)
    payment = Payment(
        booking_date=date(2000, 1, 1),
        amount_cents=amount,
        counterparty_name=line.counterparty,
        category=category,
        description=line.description,
        kind=line.kind,
        mcc=line.mcc,
        country=line.country,
    )
    found = explain(payment)
    return {
        "category": category,
        "special_category": found.category if found else None,
        "reason": found.reason if found else "no special-category word, place, MCC or category",
    }


def json_records(stream: TextIO) -> Iterator[tuple[int, Mapping[str, Any] | LineError]]:
    """(line number, record or error) for each non-empty line of JSON lines."""
    for number, raw in enumerate(stream, start=1):
        if not raw.strip():
            continue
        try:
            record = json.loads(raw)
        except json.JSONDecodeError as error:
            yield number, LineError(f"not JSON: {error.msg} at column {error.colno}")
            continue
        if not isinstance(record, dict):
            yield number, LineError("each line must be a JSON object")
            continue
        yield number, record


def csv_records(stream: TextIO) -> Iterator[tuple[int, Mapping[str, Any] | LineError]]:
    """(line number, record or error) for each row of a CSV file with a header row."""
    reader = csv.DictReader(stream)
    missing = [f for f in ("counterparty",) if f not in (reader.fieldnames or [])]
    if missing:
        yield 1, LineError(f"the header row has no {', '.join(missing)} column")
        return
    for row in reader:
        yield reader.line_num, row


def classify(
    records: Iterable[tuple[int, Mapping[str, Any] | LineError]],
) -> Iterator[dict[str, Any]]:
    """One output object per input line: its number, the counterparty and the verdict, or the
    error that kept it from being read."""
    for number, record in records:
        if isinstance(record, LineError):
            yield {"line": number, "error": str(record)}
            continue
        try:
            line = parse(record)
        except LineError as error:
            yield {"line": number, "error": str(error)}
            continue
        yield {"line": number, "counterparty": line.counterparty, **verdict(line)}
