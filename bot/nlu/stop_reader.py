"""A second reader for requests to stop suggestions (art. 5.4.4), learnt from phrasings.

The preference rules (bot.advice.preference_text) read what they were written for; every new
writer still brings a few stops they miss ("Stop offring me insurance", "stop rec"). This reader
is a character and word n-gram logistic regression learnt from the phrasing sets in
data/preference (each was once a held-out set: stops, and near-misses such as "stop my Netflix
subscription" or "what happens if I opt out"), Penny's NLU training data and samples of the
public corpora as everyday messages. bot.nlu.routing uses its score only where the rules read no
preference at all, or a bare or other stop, and only above a threshold chosen on sets it was not
fitted on; the rules' keeps, questions about opting out and resumes always stand.

Fitting takes a few seconds, so the fitted reader is kept in models/ (bot.fitted).
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from bot import fitted
from bot.advice.preference_text import normalise
from bot.fitted import ngram_features
from bot.nlu import corpora
from bot.nlu.overlap import read_examples, strip_annotations

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent.parent.parent
PHRASINGS = ROOT / "data" / "preference"
NLU = ROOT / "data" / "nlu"
MODELS = ROOT / "models"
SHARED = Path(os.environ.get("PENNY_SHARED_DATA", ROOT.parent / "shared" / "data"))
STOP_INTENT = "stop_suggestions"
# Phrasings writers disagree on: kept in their set for the record, learnt from by nothing.
AMBIGUOUS = "ambiguous"
# Everyday and banking messages per corpus intent: enough that none of them reads as a stop.
CORPUS_PER_INTENT = {"clinc": 25, "banking": 40}
# Bump when the features or the model change, so an old fitted reader is not reused.
VERSION = 1


@dataclass(frozen=True)
class Phrasing:
    text: str
    stop: bool
    section: str  # stops, near_misses, bare_stops, stop_with_question, resumes


def read_phrasings(path: Path) -> list[Phrasing]:
    """The sections of one phrasing set (the format of tests/nlu/preference.yml). Raises
    ValueError for a file that is not such a set."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or "stops" not in data:
        raise ValueError(f"{path}: not a phrasing set (no 'stops' section)")
    found: list[Phrasing] = []
    for section, by_language in data.items():
        if section == AMBIGUOUS:
            continue
        if not isinstance(by_language, dict):
            raise ValueError(f"{path}: section {section!r} must map languages to phrasings")
        stop = section in ("stops", "stop_with_question")
        for items in by_language.values():
            for item in items or []:
                text = item if isinstance(item, str) else (item or {}).get("text")
                if not isinstance(text, str):
                    raise ValueError(f"{path}: {section}: an entry without text: {item!r}")
                found.append(Phrasing(text, stop, str(section)))
    return found


def training_set(
    phrasings: Path = PHRASINGS, nlu: Path = NLU, shared: Path = SHARED
) -> tuple[list[str], list[int]]:
    """(texts, 1 for a stop of suggestions and 0 for anything else)."""
    rows = [(p.text, int(p.stop)) for path in sorted(phrasings.glob("*.yml"))
            for p in read_phrasings(path)]
    for path in sorted(nlu.glob("*.yml")):
        for intent, examples in read_examples(path).items():
            rows += [(strip_annotations(e), int(intent == STOP_INTENT)) for e in examples]
    rows += [(text, 0) for text in _everyday(shared)]
    return [text for text, _ in rows], [label for _, label in rows]


def _everyday(shared: Path) -> list[str]:
    """Training splits of the public corpora, never their held-out parts."""
    clinc_path, banking_path = shared / "clinc150_train_val.json", shared / "banking77_train.csv"
    if not (clinc_path.exists() and banking_path.exists()):
        log.warning("public corpora not found in %s: the stop reader learns without them", shared)
        return []
    clinc = corpora.load_clinc(clinc_path)
    banking = [
        (t, i) for t, i in corpora.load_banking(banking_path) if not corpora.banking_heldout(t)
    ]
    everyday = corpora.sample(clinc["train"] + clinc["oos_train"], CORPUS_PER_INTENT["clinc"],
                              "stop-reader")
    bank = corpora.sample(banking, CORPUS_PER_INTENT["banking"], "stop-reader")
    return [text for text, _ in everyday + bank]


class StopReader:
    """How likely a message asks to stop suggestions, from 0 to 1."""

    def __init__(self, vectoriser: Any, model: Any) -> None:
        self._vectoriser = vectoriser
        self._model = model

    def score(self, text: str) -> float:
        features = self._vectoriser.transform([normalise(text)])
        return float(self._model.predict_proba(features)[0, 1])


def fit(texts: Sequence[str], labels: Sequence[int]) -> StopReader:
    from sklearn.linear_model import LogisticRegression

    vectoriser = ngram_features(char_ngrams=(2, 5), word_ngrams=(1, 2))
    features = vectoriser.fit_transform([normalise(t) for t in texts])
    model = LogisticRegression(C=10, max_iter=2000, class_weight="balanced")
    model.fit(features, list(labels))
    return StopReader(vectoriser, model)


def digest(texts: Sequence[str], labels: Sequence[int]) -> str:
    h = hashlib.sha256(f"v{VERSION}".encode())
    for text, label in zip(texts, labels, strict=True):
        h.update(f"{label}\t{text}\n".encode())
    return h.hexdigest()[:16]


def load_or_fit(models: Path = MODELS, **sources: Path) -> StopReader:
    """The reader fitted on the current training set: from models/ when it was fitted on exactly
    that set, else fitted now and kept there."""
    texts, labels = training_set(**sources)
    return fitted.load_or_fit(
        models, "stop-reader", digest(texts, labels), StopReader, lambda: fit(texts, labels)
    )


@lru_cache(maxsize=1)
def shared() -> StopReader:
    return load_or_fit()


def main() -> None:
    """`python -m bot.nlu.stop_reader`: fit the reader now (make train does), not on first use."""
    reader = load_or_fit()
    print(f"stop reader: 'stop the offers' scores {reader.score('stop the offers'):.2f}")


if __name__ == "__main__":
    # Through the package, so the pickle names the class by its module, not __main__.
    from bot.nlu.stop_reader import main as fit_now

    fit_now()
