"""The special-category reader: what it reads of a payment, a reader fitted on labelled lines,
kept under the digest of what it learnt from, and its place after the word lists."""

import json
from pathlib import Path

import pytest

from bot.advice import sensitive, special_reader
from bot.advice.sensitive import _explain
from bot.advice.special_reader import Example, fit, load_or_fit, payment_words

LINES = [
    ("Vakbond Samen", "Contributie maart lidnr 4411", "union"),
    ("Vakbond Samen", "Contributie april lidnr 4411", "union"),
    ("Parochie St. Jan", "Kerkbijdrage 2026", "religion"),
    ("Parochie St. Jan", "Actie Kerkbalans", "religion"),
    ("Albert Heijn 1403", "Boodschappen", None),
    ("Albert Heijn 2210", "Boodschappen weekend", None),
    ("Shell Utrecht", "Brandstof", None),
    ("Shell Amersfoort", "Brandstof", None),
]


def write_set(folder: Path, lines=LINES) -> None:
    rows = [{"counterparty": c, "description": d, "mcc": None, "country": "NL",
             "kind": "transfer", "amount_cents": 1000, "label": label, "language": "nl"}
            for c, d, label in lines]
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "dev_1.jsonl").write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")


def test_the_reader_reads_words_not_numbers_or_the_banks_labels():
    words = payment_words(
        "Praktijk Lotus",
        "SEPA Overboeking IBAN: NL25KNAB0621340715 BIC: KNABNL2H Naam: Praktijk Lotus "
        "Omschrijving: Maandtermijn 3 behandeltraject Kenmerk: 12-05-2026",
    )
    assert "behandeltraject" in words and "praktijk lotus" in words
    for gone in ("sepa", "iban", "nl25knab0621340715", "kenmerk", "12", "3 "):
        assert gone not in words


def test_a_fitted_reader_scores_and_names_what_it_learnt():
    examples = [Example(payment_words(c, d), label) for c, d, label in LINES]
    reader = fit(examples)
    union_score, category = reader.read("Vakbond Samen", "Contributie mei")
    grocery_score, _ = reader.read("Albert Heijn 1403", "Boodschappen")
    assert category == "union" and union_score > grocery_score


def test_the_fitted_reader_is_kept_and_refitted_when_its_lines_change(tmp_path, monkeypatch):
    monkeypatch.setattr(special_reader, "ordinary_examples", lambda: [])
    folder, models = tmp_path / "lines", tmp_path / "models"
    write_set(folder)
    load_or_fit(models, folder)
    kept = list(models.glob("special-reader-*.pkl"))
    assert len(kept) == 1
    monkeypatch.setattr(special_reader, "fit", lambda *a: pytest.fail("refitted unchanged lines"))
    load_or_fit(models, folder)
    monkeypatch.undo()
    monkeypatch.setattr(special_reader, "ordinary_examples", lambda: [])
    write_set(folder, [*LINES, ("Jumbo", "Boodschappen", None)])
    load_or_fit(models, folder)
    assert list(models.glob("special-reader-*.pkl")) != kept


def test_a_payment_the_word_lists_miss_is_withheld_with_the_readers_score():
    # A development line no word list names (bench/sensitive/dev_6.jsonl): an LGBT foundation.
    verdict = _explain("Fundacion Triangulo", "SEPA Overboeking Naam: Fundacion Triangulo "
                       "Omschrijving: Cuota anual 2026", None, "ES", "")
    assert verdict is not None and verdict.category == "sex_life"
    assert "reader score" in verdict.reason


def test_everyday_payments_stay_ordinary():
    for counterparty, description in [
        ("Albert Heijn 1403", "BEA, Apple Pay ALBERT HEIJN 1403,PAS014 NR:CT1Q8R UTRECHT"),
        ("Ziggo", "SEPA Incasso algemeen doorlopend Naam: Ziggo Omschrijving: Factuur mei"),
        ("Woonstichting De Key", "Periodieke overboeking Naam: De Key Omschrijving: Huur juni"),
    ]:
        assert _explain(counterparty, description, None, "NL", "") is None, counterparty


def test_without_a_reader_the_word_lists_decide_alone(monkeypatch):
    _explain.cache_clear()
    monkeypatch.setattr(special_reader, "shared", lambda: None)
    try:
        assert _explain("Fundacion Triangulo", "Cuota anual 2026", None, "ES", "") is None
        assert sensitive._explain("Parochie St. Jan", "Kerkbijdrage", None, "NL", "") is not None
    finally:
        _explain.cache_clear()
