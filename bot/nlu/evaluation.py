"""Scores parsed messages against issue 9's figures. Pure: Rasa's parse results in, figures out.
`scripts/eval_nlu.py` parses the held-out sets with the trained model and prints these."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from bot.advice.consent import Step, Turn, small_talk_step, step
from bot.advice.preference_text import Reading
from bot.conversation import SMALL_TALK
from bot.nlu.routing import PREFERENCE_INTENTS

Parse = Mapping[str, Any]


def intent_of(parse: Parse) -> str:
    return str((parse.get("intent") or {}).get("name") or "")


def reading_of(parse: Parse) -> Reading:
    try:
        return Reading((parse.get("penny_preference") or {}).get("reading"))
    except ValueError:
        return Reading.NONE


def also_of(parse: Parse) -> str | None:
    return (parse.get("penny_preference") or {}).get("also")


def preference_step(parse: Parse, card_shown: bool = False) -> Step:
    """What the preference actions would do with this parse (no question open). The preference
    intents reach those actions; the small-talk action carries out only a stop ("not interested"
    right after a card, routed as a no); every other intent leaves the preference alone."""
    if intent_of(parse) not in PREFERENCE_INTENTS | set(SMALL_TALK):
        return Step.NOTHING
    turn = Turn(
        text=str(parse.get("text") or ""),
        intent=intent_of(parse),
        reading=reading_of(parse),
        card_shown=card_shown,
        open_question=None,
    )
    return step(turn) if intent_of(parse) in PREFERENCE_INTENTS else small_talk_step(turn)


def records_opt_out(parse: Parse, card_shown: bool = False) -> bool:
    return preference_step(parse, card_shown) is Step.OPT_OUT


@dataclass(frozen=True)
class Figure:
    name: str
    hits: int
    total: int
    target: float
    higher_is_better: bool = True

    @property
    def value(self) -> float:
        return self.hits / self.total if self.total else 0.0

    @property
    def met(self) -> bool:
        if not self.total:
            return False
        return self.value >= self.target if self.higher_is_better else self.value <= self.target

    def line(self) -> str:
        sign = "≥" if self.higher_is_better else "≤"
        verdict = "met" if self.met else "MISSED"
        return (
            f"{self.name:<66} {self.value:7.2%}  ({self.hits}/{self.total})  "
            f"target {sign} {self.target:.1%}  {verdict}"
        )


def rate(name: str, flags: Iterable[bool], target: float, higher: bool = True) -> Figure:
    values = list(flags)
    return Figure(name, sum(values), len(values), target, higher)


def accuracy(name: str, parses: Sequence[Parse], expected: Sequence[str], target: float) -> Figure:
    return rate(name, (intent_of(p) == e for p, e in zip(parses, expected, strict=True)), target)


def confusions(parses: Sequence[Parse], expected: Sequence[str]) -> list[tuple[str, str, str]]:
    """(expected, predicted, text) for each miss."""
    return [
        (e, intent_of(p), str(p.get("text") or ""))
        for p, e in zip(parses, expected, strict=True)
        if intent_of(p) != e
    ]
