"""Finds phrasing patterns that the NLU training data puts under two or more intents (issue 12):
"what did I pay at Jumbo in 2025" under ask_spending and "what did I pay at Lidl in 2024" under
ask_transactions teach the model two answers to one question.

A pattern is an example with its entities masked, annotated ones by `mask_annotations` and plain
ones by Penny's own entity finder ("at Jumbo in 2025" and "at [Lidl](merchant) in [2024](period)"
are both "at <merchant> in <period>"), then lowercased and punctuation-normalised, with numbers
masked and articles ("the", "de", "het", ...) left out. Two examples conflict when their patterns
are the same, or hold the same words in another order ("how much at <merchant> in <period>" and
"how much in <period> at <merchant>"): a bag of words cannot tell those apart either.

Categories that decide the intent stay apart: "total income this year" is not "groceries this
year total". Near-identical patterns by character similarity (rapidfuzz, as overlap.py compares
test and training texts) are no conflict here: across intents they are mostly the minimal pairs
the data holds on purpose ("spending on X" and "am I spending less on X"). Pure: texts in, plain
data out; `finder_mask` builds the entity finder once.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from bot.nlu.overlap import mask_annotations, masker, normalise, read_examples

# Categories whose words name the intent themselves: money coming in (ask_income), the
# subscriptions. Their placeholder keeps the kind; every other category is "<category>".
INTENT_CATEGORIES = {"income": "income", "benefits": "income", "subscriptions": "subscriptions"}
ARTICLES = frozenset({"the", "a", "an", "de", "het", "een", "'t"})
_PLACEHOLDER = re.compile(r"<\w+>")
_NUMBER = re.compile(r"(?<![<\w])\d+(?![\w>])")


@dataclass(frozen=True)
class Example:
    intent: str
    text: str
    file: str


@dataclass(frozen=True)
class Conflict:
    """Examples under two or more intents that share one pattern (or its words)."""

    pattern: str
    intents: tuple[str, ...]
    examples: tuple[Example, ...]

    @property
    def files(self) -> tuple[str, ...]:
        return tuple(sorted({e.file for e in self.examples}))


def training_files(data: Path) -> list[Path]:
    """The YAML files under `data` with intent examples: data/nlu, and any other file whose
    `nlu` section names an intent (rules, stories and the stop reader's phrasing sets have none)."""
    files = []
    for path in sorted(data.rglob("*.yml")):
        text = path.read_text(encoding="utf-8")
        if "intent:" not in text:
            continue
        content = yaml.safe_load(text)
        blocks = content.get("nlu") if isinstance(content, dict) else None
        if isinstance(blocks, list) and any(
            isinstance(block, dict) and "intent" in block for block in blocks
        ):
            files.append(path)
    return files


def read_training(paths: Iterable[Path], root: Path | None = None) -> list[Example]:
    """Every intent example of the files, with its markup; file names relative to root."""
    examples = []
    for path in paths:
        name = str(path.relative_to(root)) if root else str(path)
        for intent, texts in read_examples(path).items():
            examples += [Example(intent, text, name) for text in texts]
    return examples


def pattern(example: str, mask: Callable[[str], str] = lambda text: text) -> str:
    """The phrasing pattern of one example (Rasa markup allowed). `mask` masks the plain entity
    values the markup left (see `finder_mask`); the default masks none."""
    text = normalise(mask(mask_annotations(example)))
    words = _NUMBER.sub("<number>", text).split()
    return " ".join(w for w in words if w not in ARTICLES)


def find_conflicts(
    examples: Iterable[Example],
    mask: Callable[[str], str] = lambda text: text,
    word_order: bool = False,
) -> list[Conflict]:
    """Each pattern with examples under more than one intent. With word_order, only the same
    pattern conflicts; without, also the same words in another order."""
    groups: dict[str, list[Example]] = defaultdict(list)
    patterns: dict[str, list[str]] = defaultdict(list)
    for example in examples:
        found = pattern(example.text, mask)
        key = found if word_order else " ".join(sorted(found.split()))
        groups[key].append(example)
        patterns[key].append(found)
    conflicts = []
    for key, members in groups.items():
        intents = tuple(sorted({e.intent for e in members}))
        if len(intents) > 1:
            shown = " | ".join(sorted(set(patterns[key])))
            conflicts.append(Conflict(shown, intents, tuple(members)))
    return sorted(conflicts, key=lambda c: c.pattern)


def report(conflicts: Sequence[Conflict]) -> str:
    """One readable block per conflict: the pattern, then each example with intent and file."""
    lines = []
    for conflict in conflicts:
        lines.append(f"{conflict.pattern!r} under {', '.join(conflict.intents)}:")
        lines += [f"    {e.intent:<18} {e.text!r}  ({e.file})" for e in conflict.examples]
    return "\n".join(lines)


def finder_mask() -> Callable[[str], str]:
    """Masks plain entity values with Penny's entity finder (English and Dutch), keeping the
    placeholders a previous mask left and the kind of an intent-naming category. Remembers the
    texts it masked: the data is masked once however often it is compared."""
    from bot.nlu.finder import MultilingualFinder

    # Only what the rules know: a capitalised word guessed as a name ("GDPR", "ATM") is
    # phrasing here, not a slot.
    finder = MultilingualFinder(["en", "nl"], guess_names=False)

    def find(text: str) -> list[tuple[int, int, str]]:
        taken = [m.span() for m in _PLACEHOLDER.finditer(text)]
        spans = []
        for f in finder.find(text):
            if any(f.start < end and start < f.end for start, end in taken):
                continue
            label = INTENT_CATEGORIES.get(f.value, f.entity) if f.entity == "category" else f.entity
            spans.append((f.start, f.end, label))
        return spans

    return cache(masker(find))
