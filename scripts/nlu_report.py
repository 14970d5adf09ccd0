"""Prints the headline figures of a `rasa test nlu` results folder: intent accuracy and F1 (unless
--entities-only), and the entity extractor's F1, so `make eval-nlu` ends with numbers for the
README. Issue 9's intent figures come from scripts/eval_nlu.py."""

from __future__ import annotations

import json
import sys
from pathlib import Path


def main(folder: str, entities_only: bool = False) -> int:
    path = Path(folder)
    if not entities_only:
        intents = json.loads((path / "intent_report.json").read_text())
        print(
            f"{path.name}: intent accuracy {intents['accuracy']:.3f}, "
            f"macro F1 {intents['macro avg']['f1-score']:.3f}, "
            f"examples {intents['macro avg']['support']}"
        )
    for report in sorted(path.glob("*Extractor_report.json")):
        entities = json.loads(report.read_text())
        print(
            f"{path.name}: entities ({report.stem.replace('_report', '')}) "
            f"micro F1 {entities['micro avg']['f1-score']:.3f}, "
            f"macro F1 {entities['macro avg']['f1-score']:.3f}"
        )
        for name, row in sorted(entities.items()):
            if isinstance(row, dict) and name not in {"micro avg", "macro avg", "weighted avg"}:
                print(f"    {name:10s} F1 {row['f1-score']:.3f} (n={row['support']})")
    return 0


if __name__ == "__main__":
    only = "--entities-only" in sys.argv
    folders = [arg for arg in sys.argv[1:] if arg != "--entities-only"]
    sys.exit(max(main(folder, only) for folder in folders))
