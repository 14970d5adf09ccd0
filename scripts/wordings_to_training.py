"""Turns held-out question wordings that have been measured once and read (tests/oracle/
wordings_heldout*.yml) into NLU training data, as issue 9 did with its development sets: each
template filled twice with demo-like values, under the intent that answers its kind.

    python scripts/wordings_to_training.py heldout heldout_2 heldout_3

writes data/nlu/wordings_<first>_<last>_{en,nl}.yml. Deterministic.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
ORACLE = ROOT / "tests" / "oracle"
INTENTS = {
    "balance": "ask_balance",
    "category": "ask_spending",
    "merchant": "ask_spending",
    "compare": "compare_spending",
    "earned": "ask_income",
    "came_in": "ask_income",
    "biggest": "ask_transactions",
    "last": "ask_transactions",
}
FILLERS = {
    "en": {
        "p": ("last month", "in March 2026", "this year", "in 2025", "in June 2025"),
        "q": ("in February 2026", "in May 2025", "last year"),
        "Q": ("February 2026", "May 2025"),
        "w": ("groceries", "eating out", "energy", "insurance", "taxes", "fuel", "clothes"),
        "m": ("Albert Heijn", "NS", "Eneco", "Netflix", "Bram Meijer", "Coolblue", "Vitens"),
        "n": ("three", "5", "ten", "3"),
    },
    "nl": {
        "p": ("vorige maand", "in maart 2026", "dit jaar", "in 2025", "in juni 2025"),
        "q": ("in februari 2026", "in mei 2025", "vorig jaar"),
        "Q": ("februari 2026", "mei 2025"),
        "w": ("boodschappen", "uit eten", "energie", "verzekeringen", "belastingen", "kleding"),
        "m": ("Albert Heijn", "NS", "Eneco", "Netflix", "Bram Meijer", "Coolblue", "Vitens"),
        "n": ("drie", "5", "tien", "3"),
    },
}
FILLS_PER_TEMPLATE = 2


def examples(names: list[str], language: str, rng: random.Random) -> dict[str, list[str]]:
    by_intent: dict[str, list[str]] = {}
    for name in names:
        raw = yaml.safe_load((ORACLE / f"wordings_{name}.yml").read_text(encoding="utf-8"))
        for kind, intent in INTENTS.items():
            for template in raw[kind][language]:
                template = re.sub(r"^(w|m|all):\s*", "", template)  # compare's variant label
                for _ in range(FILLS_PER_TEMPLATE if "{" in template else 1):
                    values = {k: rng.choice(v) for k, v in FILLERS[language].items()}
                    text = " ".join(template.format(**values).split())
                    if text not in by_intent.setdefault(intent, []):
                        by_intent[intent].append(text)
    return by_intent


def main(names: list[str]) -> None:
    rng = random.Random(2026)
    for language in ("en", "nl"):
        path = ROOT / "data" / "nlu" / f"wordings_{names[0]}_{names[-1]}_{language}.yml"
        lines = [
            'version: "3.1"',
            f"# Held-out question wordings {', '.join(names)} (tests/oracle), by writers who saw",
            "# no code: measured once with make eval-answers, read, then trained on",
            "# (scripts/wordings_to_training.py). Later rounds stay held out.",
            "nlu:",
        ]
        for intent, texts in examples(names, language, rng).items():
            lines += [f"- intent: {intent}", "  examples: |"]
            lines += [f"    - {text}" for text in texts]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{path.relative_to(ROOT)}: {sum(1 for line in lines if line.startswith('    - '))}")


if __name__ == "__main__":
    main(sys.argv[1:] or ["heldout", "heldout_2", "heldout_3", "heldout_4", "heldout_5"])
