"""Drops training examples that are near-copies of held-out test examples, so a new training
file never makes a test set measure memory. Usage: scripts/prune_training_overlap.py FILE...
(only the named training files are changed; the held-out sets are never edited to fit)."""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.nlu.finder import MultilingualFinder  # noqa: E402
from bot.nlu.overlap import (  # noqa: E402
    mask_annotations,
    masker,
    near_duplicates,
    read_examples,
    strip_annotations,
)

HELDOUT = ["heldout_en.yml", "heldout_nl.yml", "entities_en.yml", "entities_nl.yml"]


def held_out_texts(mask) -> list[str]:  # type: ignore[no-untyped-def]
    texts = [
        mask(strip_annotations(text))
        for name in HELDOUT
        for examples in read_examples(ROOT / "tests" / "nlu" / name).values()
        for text in examples
    ]
    data = yaml.safe_load((ROOT / "tests/nlu/preference.yml").read_text(encoding="utf-8"))
    for by_language in data.values():
        for items in by_language.values():
            texts += [mask(i if isinstance(i, str) else i["text"]) for i in items]
    return texts


def main(paths: list[str]) -> int:
    finder = MultilingualFinder(["en", "nl"])
    mask = masker(lambda text: [(f.start, f.end, f.entity) for f in finder.find(text)])
    tests = held_out_texts(mask)
    for name in paths:
        path = Path(name)
        kept, dropped = [], 0
        for line in path.read_text(encoding="utf-8").split("\n"):
            stripped = line.strip()
            if stripped.startswith("- ") and not stripped.startswith("- intent:"):
                example = mask_annotations(stripped[2:])
                if near_duplicates([example], tests):
                    dropped += 1
                    continue
            kept.append(line)
        path.write_text("\n".join(kept), encoding="utf-8")
        print(f"{path}: dropped {dropped} training examples close to a held-out one")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
