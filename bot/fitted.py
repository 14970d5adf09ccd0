"""Small models fitted from the project's own labelled text (the stop reader, the
special-category reader), kept in models/ under a digest of what they learnt from.

Fitting takes seconds, so a fitted model is pickled as `models/<name>-<digest>.pkl` and reused
until what it learns from changes; then it is refitted and the old file removed.
"""

from __future__ import annotations

import logging
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")


def load_or_fit(models: Path, name: str, digest: str, kind: type[T], fit: Callable[[], T]) -> T:
    """The model of this kind fitted on exactly what `digest` names: from models/ when it is
    there and readable, else fitted now and kept there."""
    path = models / f"{name}-{digest}.pkl"
    if path.exists():
        try:
            with path.open("rb") as handle:
                found = pickle.load(handle)  # noqa: S301 - our own file, named by its digest
            if isinstance(found, kind):
                return found
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError) as error:
            log.warning("refitting the %s: %s unreadable (%s)", name, path, error)
    model = fit()
    models.mkdir(parents=True, exist_ok=True)
    for old in models.glob(f"{name}-*.pkl"):
        old.unlink(missing_ok=True)
    partial = path.with_suffix(".tmp")
    with partial.open("wb") as handle:
        pickle.dump(model, handle)
    partial.replace(path)  # another process never reads half a file
    return model


def ngram_features(char_ngrams: tuple[int, int], word_ngrams: tuple[int, int] = (1, 1)) -> Any:
    """Character n-grams within words (typing slips, Dutch compounds) beside whole words."""
    # scikit-learn comes with Rasa; imported here so the word rules load without it.
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import make_union

    return make_union(
        TfidfVectorizer(analyzer="char_wb", ngram_range=char_ngrams, min_df=2, sublinear_tf=True),
        TfidfVectorizer(analyzer="word", ngram_range=word_ngrams, sublinear_tf=True),
    )
