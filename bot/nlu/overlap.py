"""Finds held-out test examples that are near-copies of training examples, so that a test set
measures what the model learnt rather than what it memorised.

Entities are masked first ("how much at [Jumbo](merchant)" and "how much at Lidl" are the same
template), then two texts are compared with rapidfuzz's normalised Indel similarity.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml
from rapidfuzz import fuzz, process

NEAR_DUPLICATE = 0.8
_ANNOTATION = re.compile(r"\[([^\]]*)\]\s*(\(([^)]*)\)|\{[^}]*\"entity\":\s*\"([^\"]+)\"[^}]*\})")


@dataclass(frozen=True)
class NearDuplicate:
    test: str
    training: str
    similarity: float


def strip_annotations(example: str) -> str:
    """Rasa markup to plain text: "at [Jumbo](merchant)" -> "at Jumbo"."""
    return _ANNOTATION.sub(lambda m: m.group(1), example)


def mask_annotations(example: str) -> str:
    """Rasa markup to a template: "at [Jumbo](merchant)" -> "at <merchant>"."""
    return _ANNOTATION.sub(lambda m: f"<{(m.group(3) or m.group(4) or '').split(':')[0]}>", example)


def normalise(text: str) -> str:
    return " ".join(re.sub(r"[^\w<>' ]+", " ", text.lower()).split())


def near_duplicates(
    tests: Iterable[str], training: Sequence[str], threshold: float = NEAR_DUPLICATE
) -> list[NearDuplicate]:
    """Each test text whose closest training text is at least `threshold` similar. Both sides
    should already be masked the same way."""
    choices = [normalise(t) for t in training]
    found = []
    for test in tests:
        best = process.extractOne(
            normalise(test), choices, scorer=fuzz.ratio, score_cutoff=threshold * 100
        )
        if best is not None:
            found.append(NearDuplicate(test, training[best[2]], best[1] / 100))
    return found


def masker(find: Callable[[str], Iterable[tuple[int, int, str]]]) -> Callable[[str], str]:
    """Masks a plain test text with an entity finder's (start, end, entity) spans."""

    def mask(text: str) -> str:
        spans = sorted(find(text), reverse=True)
        for start, end, entity in spans:
            text = f"{text[:start]}<{entity}>{text[end:]}"
        return text

    return mask


def read_examples(path: Path) -> dict[str, list[str]]:
    """intent -> examples (with their markup) from a Rasa 3 NLU YAML file."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    examples: dict[str, list[str]] = {}
    for block in data.get("nlu") or []:
        if "intent" not in block:
            continue
        lines = str(block.get("examples") or "").splitlines()
        texts = [line.strip()[2:].strip() for line in lines if line.strip().startswith("- ")]
        examples.setdefault(str(block["intent"]), []).extend(texts)
    return examples


def protected_texts(
    nlu_tests: Path, mask: Callable[[str], str], development: bool = True
) -> list[str]:
    """Every held-out and development text under tests/nlu, masked: training must not near-copy
    any of them (a development near-copy would make tuning measure memory too). The phrasing sets
    in data/preference, once development sets, are training data of the stop reader now."""
    intent_files = [
        *sorted(nlu_tests.glob("heldout_*.yml")),
        *sorted(nlu_tests.glob("entities_*.yml")),
        *(sorted((nlu_tests / "dev").glob("intents_dev*.yml")) if development else []),
    ]
    texts = [
        mask(strip_annotations(text))
        for path in intent_files
        for examples in read_examples(path).values()
        for text in examples
    ]
    for path in [nlu_tests / "preference.yml"]:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for by_language in data.values():
            for items in by_language.values():
                texts += [mask(i if isinstance(i, str) else i["text"]) for i in items]
    return texts


def entity_mask() -> Callable[[str], str]:
    """Masks a plain text with Penny's own entity finder (English and Dutch)."""
    from bot.nlu.finder import MultilingualFinder

    # Only what the rules know: a capitalised word guessed as a name ("GDPR", "ATM") is
    # phrasing here, not a slot.
    finder = MultilingualFinder(["en", "nl"], guess_names=False)
    return masker(lambda text: [(f.start, f.end, f.entity) for f in finder.find(text)])


def training_filter(nlu_tests: Path) -> Callable[[str], bool]:
    """False for a training example (Rasa markup allowed) that near-copies a held-out or
    development text, compared as tests/test_heldout_overlap.py compares them."""
    return not_near_copy_of(protected_texts(nlu_tests, entity_mask()), mask_annotations)


def not_near_copy_of(
    protected: Sequence[str], mask: Callable[[str], str]
) -> Callable[[str], bool]:
    """A filter for new training texts: False for a near-copy of a protected text (mask turns a
    training text into the form the protected texts are compared in)."""
    choices = [normalise(t) for t in protected]

    def keep(text: str) -> bool:
        found = process.extractOne(
            normalise(mask(text)), choices, scorer=fuzz.ratio, score_cutoff=NEAR_DUPLICATE * 100
        )
        return found is None

    return keep
