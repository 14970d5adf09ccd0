"""Drops training examples that are near-copies of held-out or development examples, so a new
training file never makes a test set measure memory.
Usage: scripts/prune_training_overlap.py FILE...
(only the named training files are changed; the held-out sets are never edited to fit)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.nlu.overlap import training_filter  # noqa: E402


def main(paths: list[str]) -> int:
    keep = training_filter(ROOT / "tests" / "nlu")
    for name in paths:
        path = Path(name)
        kept, dropped = [], 0
        for line in path.read_text(encoding="utf-8").split("\n"):
            stripped = line.strip()
            example = stripped.startswith("- ") and not stripped.startswith("- intent:")
            if example and not keep(stripped[2:]):
                dropped += 1
                continue
            kept.append(line)
        path.write_text("\n".join(kept), encoding="utf-8")
        print(f"{path}: dropped {dropped} examples close to a held-out or development one")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
