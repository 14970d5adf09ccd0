"""Held-out test sets must not be near-copies of training examples (issue 9): entities are
masked on both sides, and a test example within 0.8 similarity of a training one fails here."""

from pathlib import Path

import pytest
import yaml

from bot.nlu.overlap import (
    entity_mask,
    mask_annotations,
    near_duplicates,
    read_examples,
    strip_annotations,
)
from bot.nlu.stop_reader import read_phrasings

ROOT = Path(__file__).resolve().parent.parent
# (file, the fewest examples it must keep)
HELDOUT = [
    ("tests/nlu/heldout_en.yml", 200),
    ("tests/nlu/heldout_nl.yml", 200),
    ("tests/nlu/entities_en.yml", 100),
    ("tests/nlu/entities_nl.yml", 100),
]
PREFERENCE = "tests/nlu/preference.yml"


@pytest.fixture(scope="module")
def mask():
    return entity_mask()


@pytest.fixture(scope="module")
def training(mask):
    """The NLU training examples, and the phrasings the stop reader learns from."""
    examples = [
        mask_annotations(example)
        for path in sorted((ROOT / "data" / "nlu").glob("*.yml"))
        for examples in read_examples(path).values()
        for example in examples
    ]
    phrasings = [
        mask(p.text)
        for path in sorted((ROOT / "data" / "preference").glob("*.yml"))
        for p in read_phrasings(path)
    ]
    assert phrasings, "no phrasing sets found in data/preference"
    return examples + phrasings


def preference_texts() -> list[str]:
    data = yaml.safe_load((ROOT / PREFERENCE).read_text(encoding="utf-8"))
    return [
        item if isinstance(item, str) else item["text"]
        for by_language in data.values()
        for items in by_language.values()
        for item in items
    ]


def report(found) -> str:
    return "\n".join(f"{d.similarity:.2f}  {d.test!r}  ~  {d.training!r}" for d in found)


@pytest.mark.parametrize("path, fewest", HELDOUT)
def test_held_out_intent_examples_are_no_near_copies_of_training(path, fewest, mask, training):
    tests = [
        mask(strip_annotations(text))
        for texts in read_examples(ROOT / path).values()
        for text in texts
    ]
    assert len(tests) >= fewest
    found = near_duplicates(tests, training)
    assert not found, f"{len(found)} near-duplicates in {path}:\n{report(found)}"


def test_held_out_preference_phrasings_are_no_near_copies_of_training(mask, training):
    found = near_duplicates([mask(t) for t in preference_texts()], training)
    assert not found, f"{len(found)} near-duplicates in {PREFERENCE}:\n{report(found)}"


def test_the_check_finds_a_copy_with_other_entities(mask):
    training = [mask_annotations("how much did I spend at [Jumbo](merchant) [last month](period)")]
    found = near_duplicates([mask("How much did I spend at Lidl last month?")], training)
    assert found and found[0].similarity > 0.9
    assert not near_duplicates([mask("Where did my money go in the summer?")], training)
