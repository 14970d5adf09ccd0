"""Writes the suggestion audit log, or the marketing-preference log, as CSV or JSON for a
compliance officer."""

from __future__ import annotations

import csv
import json
from dataclasses import asdict
from datetime import date, datetime, time, timedelta
from typing import TextIO

from bot.store import Store
from bot.store.advice_store import AdviceStore, AuditRow

COLUMNS = (
    "decided_at",
    "customer",
    "conversation_id",
    "channel",
    "product_id",
    "trigger",
    "shown",
    "rule",
    "mode",
    "evidence",
    "figures",
)


def export(
    store: Store,
    stream: TextIO,
    fmt: str,
    customer_id: int | None = None,
    since: date | None = None,
    until: date | None = None,
) -> int:
    """Writes the matching decisions, oldest first, and returns how many there were."""
    start, end = _window(since, until)
    rows = AdviceStore(store).audit(customer_id, start, end) if _has_log(store) else []
    if fmt == "json":
        json.dump([_as_json(r) for r in rows], stream, indent=2, ensure_ascii=False)
        stream.write("\n")
    else:
        writer = csv.writer(stream)
        writer.writerow(COLUMNS)
        for row in rows:
            data = _as_json(row)
            data["evidence"] = json.dumps(data["evidence"], ensure_ascii=False)
            data["figures"] = json.dumps(data["figures"], ensure_ascii=False)
            writer.writerow([data[c] for c in COLUMNS])
    return len(rows)


PREFERENCE_COLUMNS = (
    "at", "customer", "event", "conversation_id", "channel", "words", "question_id",
)


def export_preferences(
    store: Store,
    stream: TextIO,
    fmt: str,
    customer_id: int | None = None,
    since: date | None = None,
    until: date | None = None,
) -> int:
    """Writes the preference log (opt-outs, questions, answers, opt-ins), oldest first."""
    from bot.store.preference_store import PreferenceStore

    rows = [asdict(e) for e in PreferenceStore(store).log(customer_id, *_window(since, until))]
    for row in rows:
        row["at"] = row["at"].isoformat(timespec="seconds")
    if fmt == "json":
        json.dump(rows, stream, indent=2, ensure_ascii=False)
        stream.write("\n")
    else:
        writer = csv.writer(stream)
        writer.writerow(PREFERENCE_COLUMNS)
        writer.writerows([row[c] for c in PREFERENCE_COLUMNS] for row in rows)
    return len(rows)


def _window(since: date | None, until: date | None) -> tuple[datetime | None, datetime | None]:
    """Whole days: from the start of `since` up to the end of `until`."""
    start = datetime.combine(since, time.min) if since else None
    end = datetime.combine(until + timedelta(days=1), time.min) if until else None
    return start, end


def _as_json(row: AuditRow) -> dict[str, object]:
    data = asdict(row)
    data["decided_at"] = row.decided_at.isoformat(timespec="seconds")
    return data


def _has_log(store: Store) -> bool:
    from sqlalchemy import inspect

    return inspect(store.engine).has_table("suggestiondecision")
