"""`make bench-sensitive`: recall and precision of the special-category recogniser on labelled
payment lines written from public knowledge, per category and per language: heldout.jsonl
(the figures of record; never tuned on), then the development sets dev_*.jsonl the word lists
were tuned on and the special-category reader learns from (each was a held-out set until its
misses were read), so their figures show fit, not what a new writer's lines would get.
Targets: recall ≥ 0.99, precision ≥ 0.90. Misses go to results/bench-sensitive-misses-<set>.txt.

    .venv/bin/python -m bench.sensitive [FILE...]
"""

from __future__ import annotations

import sys
from pathlib import Path

from bot.advice.sensitive_bench import misses, read_lines, scores

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent


def percent(value: float | None) -> str:
    return "   -  " if value is None else f"{value:6.1%}"


def main(path: Path) -> int:
    try:
        lines = read_lines(path)
    except (OSError, ValueError) as error:
        print(f"Cannot read the benchmark: {error}", file=sys.stderr)
        return 2
    print(f"{path.name}: {len(lines)} payment lines, "
          f"{sum(1 for line in lines if line.label)} special-category")
    print(f"{'':16} {'special':>8} {'caught':>7} {'recall':>7} {'ordinary':>9} "
          f"{'alarms':>7} {'precision':>9}")
    for row in scores(lines):
        # Ordinary lines have no special category, so a category row has no precision.
        precision = percent(row.precision) if row.negatives else "   -  "
        print(f"{row.name:16} {row.positives:8} {row.caught:7} {percent(row.recall)} "
              f"{row.negatives:9} {row.false_alarms:7} {precision:>9}")
    overall = scores(lines)[0]
    print(f"targets: recall ≥ 99.0 % ({'met' if (overall.recall or 0) >= 0.99 else 'MISSED'}), "
          f"precision ≥ 90.0 % ({'met' if (overall.precision or 0) >= 0.90 else 'MISSED'})")
    out = ROOT / "results"
    out.mkdir(exist_ok=True)
    (out / f"bench-sensitive-misses-{path.stem}.txt").write_text("\n".join(misses(lines)) + "\n")
    return 0


DEFAULT_SETS = (HERE / "heldout.jsonl", *sorted(HERE.glob("dev_*.jsonl")))

if __name__ == "__main__":
    paths = [Path(arg) for arg in sys.argv[1:]] or list(DEFAULT_SETS)
    sys.exit(max(main(path) for path in paths))
