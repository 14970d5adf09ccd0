"""Drops training examples that are near-copies of held-out or development examples, so a new
training file never makes a test set measure memory.
Usage: scripts/prune_training_overlap.py FILE...
(only the named training files are changed; the held-out sets are never edited to fit)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.nlu.finder import MultilingualFinder  # noqa: E402
from bot.nlu.overlap import (  # noqa: E402
    mask_annotations,
    masker,
    near_duplicates,
    protected_texts,
)


def main(paths: list[str]) -> int:
    finder = MultilingualFinder(["en", "nl"])
    mask = masker(lambda text: [(f.start, f.end, f.entity) for f in finder.find(text)])
    tests = protected_texts(ROOT / "tests" / "nlu", mask)
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
        print(f"{path}: dropped {dropped} examples close to a held-out or development one")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
