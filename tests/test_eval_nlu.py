"""`make eval-nlu` on the trained model: the figures that are guaranteed by construction must hold
on every evaluation message (issue 9), and every figure must be printed."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "models" / "penny.tar.gz"
CORPORA = ROOT.parent / "shared" / "data" / "clinc150_train_val.json"

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def figures() -> dict[str, dict[str, object]]:
    if not MODEL.exists():
        pytest.skip("no trained model: run `make train`")
    if not CORPORA.exists():
        pytest.skip("the public corpora are not in ../shared/data")
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "eval_nlu.py"), str(MODEL)],
        capture_output=True, text=True, timeout=900, check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    rows = json.loads((ROOT / "results" / "eval-nlu.json").read_text())
    return {str(row["figure"]).split(" (")[0]: row for row in rows}


def test_no_opt_in_without_a_confirmed_question_over_every_evaluation_message(figures):
    row = figures["opted_in without a confirmed question"]
    assert row["hits"] == 0 and row["total"] > 5000


def test_everyday_and_banking_questions_almost_never_change_the_preference(figures):
    row = figures["preference changes, CLINC150 val out-of-scope + BANKING77 held-out"]
    assert row["met"] and row["total"] > 5000


def test_bare_stops_are_never_recorded_without_a_card(figures):
    assert figures["bare stops recorded with no card shown"]["hits"] == 0


def test_every_figure_of_issue_9_is_printed(figures):
    names = " ".join(figures)
    for part in ("opt-out recall", "near-misses", "out-of-scope recall", "block_card",
                 "held-out intent accuracy"):
        assert part in names
