"""What one conversation turn does to the marketing preference. Pure: the words, the model's
intent and what Penny said just before go in; one step comes out.

The two promises of art. 5.4.4, as rules:
- A stop is carried out at once when the words ask for it. A bare "stop" counts as one right
  after a suggestion card; anywhere else Penny asks first.
- Suggestions never start again on a guess. A request to resume only asks a question; only a
  plain "yes" to that question, in the same conversation, changes the preference (and the store
  checks that again, see bot.store.preference_store).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from bot.advice.preference_text import Reading, normalise

STOP_BUTTON = "/stop_suggestions"
YES_BUTTON = "/affirm"
NO_BUTTON = "/deny"


class Step(str, Enum):
    OPT_OUT = "opt_out"  # record the opt-out now
    ASK_STOP = "ask_stop"  # "Do you want me to stop suggesting products?"
    ASK_RESUME = "ask_resume"  # "Do you want me to suggest products again?"
    ANSWER_YES = "answer_yes"  # the customer said yes to the open question
    ANSWER_NO = "answer_no"  # the customer said no to the open question
    NOTHING = "nothing"


@dataclass(frozen=True)
class Turn:
    text: str
    intent: str  # after the NLU gate (bot.nlu.routing)
    reading: Reading
    card_shown: bool  # Penny's last message was a suggestion card
    open_question: str | None  # "stop" | "resume": what Penny asked just before, if anything


_YES = re.compile(
    r"^(yes|yeah|yep|yup|ya|sure|ok|okay|oke|alright|please do|go ahead|do it|do so|of course"
    r"|absolutely|definitely|certainly|indeed|correct|that's right|i do|i agree|agreed|affirmative"
    r"|ja|jawel|jazeker|zeker|graag|prima|goed|is goed|doe maar|akkoord|klopt|natuurlijk"
    r"|inderdaad|ik wil het|dat wil ik)\b[\s!.,]*(please|graag|hoor|aub|alsjeblieft|thanks"
    r"|thank you|dank je|bedankt|do it|go ahead|turn them on|zet ze (maar )?aan|doe maar"
    r"|that's fine|dat is goed|i'm sure|i want that|ik wil dat|[\s!.,])*$",
    re.IGNORECASE,
)
_NO = re.compile(
    r"^(no|nope|nah|not now|no thanks|no thank you|never mind|rather not|don't|cancel"
    r"|nee|neen|nee hoor|nee dank je|nee bedankt|liever niet|niet doen|laat maar|toch niet)\b",
    re.IGNORECASE,
)


def is_plain_yes(text: str) -> bool:
    """A yes and nothing else: the Yes button or words like "yes please" / "ja graag". "Yes but
    not now" or "yes, stop them" is not a plain yes."""
    stripped = text.strip()
    return stripped == YES_BUTTON or bool(_YES.match(normalise(stripped)))


def is_plain_no(text: str) -> bool:
    stripped = text.strip()
    return stripped == NO_BUTTON or bool(_NO.match(normalise(stripped)))


def small_talk_step(turn: Turn) -> Step:
    """What a yes, a no or another social message does to the preference: it answers Penny's
    open question, or it is a stop ("not interested" right after a card); otherwise nothing."""
    decided = step(turn)
    if turn.open_question is not None or decided is Step.OPT_OUT:
        return decided
    return Step.NOTHING


def step(turn: Turn) -> Step:
    """The one thing this turn does to the preference."""
    if turn.text.strip().startswith(STOP_BUTTON) or turn.reading is Reading.STOP:
        return Step.OPT_OUT
    if turn.open_question is not None:
        if is_plain_yes(turn.text):
            return Step.ANSWER_YES
        if is_plain_no(turn.text):
            return Step.ANSWER_NO
    if turn.reading is Reading.BARE_STOP or turn.intent == "stop_suggestions":
        if turn.reading is Reading.BARE_STOP and turn.card_shown:
            return Step.OPT_OUT
        return Step.ASK_STOP
    if turn.reading is Reading.RESUME or turn.intent == "resume_suggestions":
        return Step.ASK_RESUME
    return Step.NOTHING
