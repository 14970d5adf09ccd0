"""Typing slips put right before anything reads the message: "most recnt charge", "my 5 largst
payments", "hoeveeel heb ik betaald", "wat is er binengekomen".

The word rules after the model list the words of a question, and the model has seen each word
spelt one way; a slip in the one word that decides the answer ("largst") loses it. A word that
Penny's training data never uses, one slip away from a word it uses often, is taken to be that
word. Names are left alone: a capitalised word inside a sentence, and anything too short to
tell a slip from another word. Pure: the lexicon is plain counts, and `correct` returns the new
text with the edits, so what was found in it can be put back on the words as typed.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from rapidfuzz import process
from rapidfuzz.distance import OSA
from wordfreq import zipf_frequency

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_SENTENCE_END = re.compile(r"[.!?:]\s*$")
MIN_LETTERS = 5  # "hou"/"hoi", "pay"/"pas": shorter words are too close to each other to guess
MIN_USES = 3  # a word becomes a correction only when the training data uses it this often
# A word used once in the training data may be a slip itself ("recnt"): known from two uses.
KNOWN_USES = 2
# A word that English or Dutch text uses this often (wordfreq's Zipf scale: 3 is once in a
# million words, 2 once in ten million) is a word, not a slip, even if Penny's data never
# uses it: "found" is not "pound", "warned" not "earned".
REAL_WORD_ZIPF = 2.0
LANGUAGES = ("en", "nl")
LONG_WORD = 9  # from this length on, two slips ("betaligen" has one, "altogther" one)


@dataclass(frozen=True)
class Edit:
    start: int  # in the text as typed
    end: int
    new_start: int  # in the corrected text
    new_end: int


@dataclass(frozen=True)
class Spelled:
    typed: str
    text: str
    edits: tuple[Edit, ...] = ()

    def typed_offset(self, offset: int) -> int:
        """Where an offset in the corrected text falls in the text as typed."""
        shift = 0
        for edit in self.edits:
            if offset < edit.new_start:
                break
            if offset <= edit.new_end:
                # Inside a corrected word: its start stays its start, its end its end.
                return edit.end if offset == edit.new_end else edit.start
            shift = edit.end - edit.new_end
        return offset + shift


class Lexicon:
    """The words Penny's training data uses, with how often."""

    def __init__(self, counts: Mapping[str, int]) -> None:
        self.counts = {w.lower(): c for w, c in counts.items()}
        self._targets = [w for w, c in self.counts.items() if c >= MIN_USES and len(w) >= 4]

    @classmethod
    def from_texts(cls, texts: Iterable[str]) -> Lexicon:
        return cls(Counter(w.lower() for text in texts for w in _WORD.findall(text)))

    def known(self, word: str) -> bool:
        lower = word.lower()
        return self.counts.get(lower, 0) >= KNOWN_USES or any(
            zipf_frequency(lower, language) >= REAL_WORD_ZIPF for language in LANGUAGES
        )

    def correction(self, word: str) -> str | None:
        """The often-used word this unknown word is a slip of, when exactly one is closest."""
        lower = word.lower()
        if len(lower) < MIN_LETTERS or self.known(lower):
            return None
        most = 1 if len(lower) < LONG_WORD else 2
        found = process.extract(
            lower, self._targets, scorer=OSA.distance, score_cutoff=most, limit=8
        )
        if not found:
            return None
        # A letter left out is the commonest slip ("recnt"), one swapped the next; one added the
        # least: "recnt" is "recent" rather than "rent".
        ranked = [(distance, _slip_rank(lower, w), w) for w, distance, _index in found]
        best = min((distance, rank) for distance, rank, _w in ranked)
        closest = sorted(
            ((self.counts[w], w) for distance, rank, w in ranked if (distance, rank) == best),
            reverse=True,
        )
        if len(closest) > 1 and closest[1][0] * 2 > closest[0][0]:
            return None  # two words about as likely: no guess
        return closest[0][1]


def _slip_rank(typed: str, word: str) -> int:
    return 0 if len(word) > len(typed) else 1 if len(word) == len(typed) else 2


def correct(text: str, lexicon: Lexicon) -> Spelled:
    """`text` with each slip put right, keeping its capitals, punctuation and spacing."""
    pieces: list[str] = []
    edits: list[Edit] = []
    last = 0
    shift = 0
    for match in _WORD.finditer(text):
        word = match.group()
        if _is_name(text, match.start(), word):
            continue
        right = lexicon.correction(word)
        if right is None:
            continue
        right = right.capitalize() if word[0].isupper() else right
        pieces.append(text[last : match.start()])
        pieces.append(right)
        new_start = match.start() + shift
        edits.append(Edit(match.start(), match.end(), new_start, new_start + len(right)))
        shift += len(right) - len(word)
        last = match.end()
    if not edits:
        return Spelled(text, text)
    pieces.append(text[last:])
    return Spelled(text, "".join(pieces), tuple(edits))


def _is_name(text: str, start: int, word: str) -> bool:
    """A word with a capital that does not start a sentence, or in capitals: a name."""
    if not word[:1].isupper():
        return False
    before = text[:start]
    return word.isupper() or not (not before.strip() or _SENTENCE_END.search(before))
