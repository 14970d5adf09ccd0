"""The labelled special-category benchmark (issue 11): well-formed, balanced, and scored by the
same recogniser the suggestion rules use. Its figures come from `make bench-sensitive`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.advice.classify import PaymentLine
from bot.advice.sensitive_bench import Line, flagged, read_lines, score

SETS = sorted((Path(__file__).resolve().parent.parent / "bench" / "sensitive").glob("*.jsonl"))
LABELS = {"health", "religion", "politics", "union", "sex_life", "criminal", "ethnicity"}


def test_there_is_a_held_out_set_and_development_sets_of_400_lines_or_more():
    names = {path.name for path in SETS}
    assert "heldout.jsonl" in names and "dev_1.jsonl" in names
    assert sum(len(read_lines(path)) for path in SETS) >= 400


@pytest.mark.parametrize("path", SETS, ids=lambda p: p.name)
def test_each_set_is_large_balanced_and_labelled(path):
    lines = read_lines(path)
    special = [line for line in lines if line.label]
    assert len(lines) >= 300
    assert 0.4 <= len(special) / len(lines) <= 0.6
    assert {line.label for line in special} == LABELS
    assert len({line.language for line in special}) >= 6


def test_a_malformed_line_is_refused_with_its_number(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"counterparty": "A", "label": None}) + "\n{not json\n")
    with pytest.raises(ValueError, match="line 2"):
        read_lines(bad)


def line(counterparty: str, label: str | None, mcc: int | None = None) -> Line:
    return Line(PaymentLine(counterparty, "", mcc, "NL", "card", 1250), label, "nl")


def test_scores_count_catches_and_false_alarms():
    rows = [(line("A", "health"), True), (line("B", "health"), False), (line("C", None), True),
            (line("D", None), False)]
    result = score("all", rows)
    assert (result.positives, result.caught, result.negatives, result.false_alarms) == (2, 1, 2, 1)
    assert result.recall == 0.5 and result.precision == 0.5


def test_the_bench_runs_the_recogniser_the_rules_use():
    assert flagged(line("Apotheek Centrum", "health"))
    assert not flagged(line("Albert Heijn 1403", None, 5411))
