"""The stop reader: phrasing sets read or refused with a clear message, a reader fitted on them,
and a fitted reader kept under the digest of what it learnt from."""

from pathlib import Path

import pytest

from bot.nlu import stop_reader
from bot.nlu.stop_reader import load_or_fit, read_phrasings, training_set

SET = """# a phrasing set
stops:
  en: [stop the offers, no more product suggestions, turn off the ads, quit the sales pitches]
  nl: [geen aanbiedingen meer, stop met die reclame]
near_misses:
  en:
  - {kind: other_stop, text: stop my netflix subscription}
  - {kind: advice, text: any suggestions to save money}
bare_stops:
  en: [stop]
stop_with_question:
  en:
  - {question: ask_balance, text: 'no more offers, what is my balance'}
resumes:
  en: [turn the offers back on]
"""
NLU = """version: "3.1"
nlu:
- intent: ask_balance
  examples: |
    - what is my balance
    - how much money do i have
- intent: greet
  examples: |
    - hello there
"""


@pytest.fixture
def sources(tmp_path: Path) -> dict[str, Path]:
    (tmp_path / "preference").mkdir()
    (tmp_path / "preference" / "set_01.yml").write_text(SET, encoding="utf-8")
    (tmp_path / "nlu").mkdir()
    (tmp_path / "nlu" / "en.yml").write_text(NLU, encoding="utf-8")
    return {"phrasings": tmp_path / "preference", "nlu": tmp_path / "nlu",
            "shared": tmp_path / "no-corpora"}


def test_each_section_is_read_with_its_label(sources):
    phrasings = read_phrasings(sources["phrasings"] / "set_01.yml")
    stops = {p.text for p in phrasings if p.stop}
    assert "no more offers, what is my balance" in stops and "geen aanbiedingen meer" in stops
    others = {p.text for p in phrasings if not p.stop}
    assert others == {"stop my netflix subscription", "any suggestions to save money", "stop",
                      "turn the offers back on"}


def test_training_set_adds_the_nlu_examples_as_other_messages(sources):
    texts, labels = training_set(**sources)
    assert dict(zip(texts, labels, strict=True))["how much money do i have"] == 0
    assert sum(labels) == 7 and len(texts) == 14


@pytest.mark.parametrize("content, problem", [
    ("just: text\n", "no 'stops' section"),
    ("stops: [stop the offers]\n", "must map languages"),
    ("stops:\n  en:\n  - {kind: x}\n", "without text"),
])
def test_a_malformed_phrasing_set_is_refused_with_its_name(tmp_path, content, problem):
    path = tmp_path / "set_99.yml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match=problem) as error:
        read_phrasings(path)
    assert "set_99.yml" in str(error.value)


def test_a_fitted_reader_tells_a_stop_from_other_messages(sources, tmp_path):
    reader = load_or_fit(tmp_path / "models", **sources)
    assert reader.score("stop the offers") > reader.score("what is my balance")


def test_the_fitted_reader_is_kept_and_reused_until_its_sets_change(sources, tmp_path, monkeypatch):
    models = tmp_path / "models"
    load_or_fit(models, **sources)
    kept = list(models.glob("stop-reader-*.pkl"))
    assert len(kept) == 1
    monkeypatch.setattr(stop_reader, "fit", lambda *a: pytest.fail("refitted an unchanged set"))
    load_or_fit(models, **sources)
    monkeypatch.undo()
    with (sources["phrasings"] / "set_01.yml").open("a", encoding="utf-8") as handle:
        handle.write("other:\n  en: [hello]\n")
    load_or_fit(models, **sources)
    now = list(models.glob("stop-reader-*.pkl"))
    assert len(now) == 1 and now != kept


def test_phrasings_writers_disagree_on_are_learnt_from_by_nothing(tmp_path):
    path = tmp_path / "set_02.yml"
    path.write_text(SET + "ambiguous:\n  en: [is it possible to turn off the offers]\n",
                    encoding="utf-8")
    texts = {p.text for p in read_phrasings(path)}
    assert "is it possible to turn off the offers" not in texts and "stop the offers" in texts
