"""Accuracy per answer kind and language, and every miss written out in full."""

from __future__ import annotations

import json
from collections.abc import Sequence

from tests.oracle.questions import LANGS, PLAN
from tests.oracle.runner import Result


def accuracy(results: Sequence[Result], kind: str | None = None,
             lang: str | None = None) -> tuple[float, int]:
    chosen = [r for r in results if kind in (None, r.question.meaning.kind)
              and lang in (None, r.question.meaning.language)]
    right = sum(r.verdict.right for r in chosen)
    return (right / len(chosen) if chosen else 1.0), len(chosen)


def table(results: Sequence[Result]) -> str:
    def cell(kind: str | None, lang: str | None) -> str:
        share, n = accuracy(results, kind, lang)
        return f"{share:7.1%} {n:>4}" if n else f"{'-':>12}"

    lines = [f"{'kind':<10}" + "".join(f"{lang:>13}" for lang in (*LANGS, "all"))]
    for kind in (*PLAN, None):
        lines.append(f"{kind or 'overall':<10}"
                     + "".join(f" {cell(kind, lang)}" for lang in (*LANGS, None)))
    return "\n".join(lines)


def misses(results: Sequence[Result]) -> list[Result]:
    return [r for r in results if not r.verdict.right]


def miss_text(r: Result) -> str:
    m = r.question.meaning
    return "\n".join([
        f"[{m.kind}/{m.language}] {m.login}: {r.question.text}",
        f"  expected: {r.expected.describe()}",
        f"  got:      {r.verdict.got}",
        f"  intent:   {r.answer.intent} {json.dumps(_entities(r), ensure_ascii=False)}",
        "  reply:    " + r.answer.text.replace("\n", "\n            "),
        *([f"  buttons:  {list(r.answer.buttons)}"] if r.answer.buttons else []),
    ])


def _entities(r: Result) -> list[str]:
    return [f"{e.get('entity')}={e.get('value')}" for e in r.answer.entities]
