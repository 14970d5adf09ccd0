"""Scores the special-category recogniser on labelled payment lines (issue 11): recall and
precision overall, per special category and per language. Pure: lines in, figures out."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.advice.classify import PaymentLine, parse, verdict


@dataclass(frozen=True)
class Line:
    payment: PaymentLine  # what `bot classify` reads
    label: str | None  # the special category a compliance officer gives it, or None
    language: str


@dataclass(frozen=True)
class Score:
    name: str
    positives: int
    caught: int
    negatives: int
    false_alarms: int

    @property
    def recall(self) -> float | None:
        return self.caught / self.positives if self.positives else None

    @property
    def precision(self) -> float | None:
        flagged = self.caught + self.false_alarms
        return self.caught / flagged if flagged else None


def read_lines(path: Path) -> list[Line]:
    """JSON lines with `bot classify`'s fields, a label and a language; a malformed line is
    refused with its number."""
    lines = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            item: Mapping[str, Any] = json.loads(raw)
            lines.append(
                Line(parse(item), item.get("label") or None, str(item.get("language") or "nl"))
            )
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            raise ValueError(f"{path.name} line {number}: {error}") from None
    return lines


def flagged(line: Line) -> bool:
    """What the suggestion rules would see: the same verdict `bot classify` prints."""
    return verdict(line.payment)["special_category"] is not None


def score(name: str, results: Iterable[tuple[Line, bool]]) -> Score:
    rows = list(results)
    positives = [hit for line, hit in rows if line.label]
    negatives = [hit for line, hit in rows if not line.label]
    return Score(name, len(positives), sum(positives), len(negatives), sum(negatives))


def scores(lines: list[Line]) -> list[Score]:
    """All lines, then each special category (recall), then each language."""
    results = [(line, flagged(line)) for line in lines]
    table = [score("all", results)]
    for label in sorted({line.label for line in lines if line.label}):
        table.append(score(label, [(ln, hit) for ln, hit in results if ln.label == label]))
    for language in sorted({line.language for line in lines}):
        table.append(
            score(f"lang {language}", [(ln, hit) for ln, hit in results if ln.language == language])
        )
    return table


def misses(lines: list[Line]) -> list[str]:
    return [
        f"{'missed' if line.label else 'false alarm'} ({line.label or '-'}, {line.language}): "
        f"{line.payment.counterparty} | {line.payment.description} | mcc {line.payment.mcc}"
        f" | {line.payment.country}"
        for line in lines
        if bool(line.label) != flagged(line)
    ]
