"""Drops training examples that are near-copies of held-out or development examples, so a new
training file never makes a test set measure memory.
Usage: scripts/prune_training_overlap.py FILE...
FILE is a Rasa NLU file (data/nlu) or a phrasing set of the stop reader (data/preference). The
phrasing sets were development sets themselves, so they are kept apart from the held-out sets only.
Only the named training files are changed; the held-out sets are never edited to fit."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.nlu.overlap import (  # noqa: E402
    entity_mask,
    mask_annotations,
    not_near_copy_of,
    protected_texts,
)


def prune_nlu(path: Path, keep: Callable[[str], bool]) -> int:
    kept, dropped = [], 0
    for line in path.read_text(encoding="utf-8").split("\n"):
        stripped = line.strip()
        example = stripped.startswith("- ") and not stripped.startswith("- intent:")
        if example and not keep(stripped[2:]):
            dropped += 1
            continue
        kept.append(line)
    path.write_text("\n".join(_without_empty_intents(kept)), encoding="utf-8")
    return dropped


def _without_empty_intents(lines: list[str]) -> list[str]:
    """An intent whose examples were all dropped goes too: Rasa refuses an empty one."""
    result: list[str] = []

    def drop_empty_block() -> None:
        if len(result) >= 2 and result[-2].strip().startswith("- intent:") and (
            result[-1].strip() == "examples: |"
        ):
            del result[-2:]

    for line in lines:
        if line.strip().startswith("- intent:") or not line.strip():
            drop_empty_block()
        result.append(line)
    drop_empty_block()
    return result


def prune_phrasings(path: Path, keep: Callable[[str], bool]) -> int:
    """A phrasing set is rewritten as YAML; its leading comment lines stay."""
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    first_data = next((i for i, line in enumerate(lines) if not line.startswith("#")), len(lines))
    header = lines[:first_data]
    data = yaml.safe_load(text)
    dropped = 0
    for by_language in data.values():
        for language, items in by_language.items():
            kept = [i for i in items if keep(i if isinstance(i, str) else i["text"])]
            dropped += len(items) - len(kept)
            by_language[language] = kept
    if dropped:
        body = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10_000)
        path.write_text("\n".join(header) + "\n" + body, encoding="utf-8")
    return dropped


def main(paths: list[str]) -> int:
    nlu_tests = ROOT / "tests" / "nlu"
    mask = entity_mask()
    keep = not_near_copy_of(protected_texts(nlu_tests, mask), mask_annotations)
    # Phrasings are plain text: masked with the entity finder, as the held-out texts are.
    keep_phrasing = not_near_copy_of(protected_texts(nlu_tests, mask, development=False), mask)
    for name in paths:
        path = Path(name)
        if path.resolve().parent.name == "preference":
            dropped = prune_phrasings(path, keep_phrasing)
        else:
            dropped = prune_nlu(path, keep)
        print(f"{path}: dropped {dropped} examples close to a held-out or development one")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
