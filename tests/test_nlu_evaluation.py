"""The scoring of issue 9's figures (bot.nlu.evaluation): what a parse would do to the preference
must be what the actions do with it."""

from bot.advice.consent import Step
from bot.nlu.evaluation import preference_step


def parse(text: str, intent: str, reading: str) -> dict[str, object]:
    return {"text": text, "intent": {"name": intent}, "penny_preference": {"reading": reading}}


def test_a_polite_no_routed_as_deny_is_a_stop_only_after_a_card():
    no = parse("not interested", "deny", "bare_stop")
    assert preference_step(no, card_shown=True) is Step.OPT_OUT
    assert preference_step(no) is Step.NOTHING


def test_a_bare_stop_away_from_a_card_asks_first():
    assert preference_step(parse("stop", "stop_suggestions", "bare_stop")) is Step.ASK_STOP


def test_other_intents_never_touch_the_preference():
    assert preference_step(parse("what's my balance", "ask_balance", "none")) is Step.NOTHING
    # The small-talk action asks no question of its own: only a stop is carried out there.
    assert preference_step(parse("hoi", "greet", "none"), card_shown=True) is Step.NOTHING
