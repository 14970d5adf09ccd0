"""The word list for short social messages (bot.nlu.small_talk)."""

import pytest

from bot.nlu.small_talk import PHRASES, small_talk_intent


@pytest.mark.parametrize(
    "text, intent",
    [
        ("hiya", "greet"),
        ("Good evening!", "greet"),
        ("goedemorgen Penny", "greet"),
        ("heyyy", "greet"),
        ("Catch you later.", "goodbye"),
        ("doei", "goodbye"),
        ("ty", "thank"),
        ("Thank yuo", "thank"),  # a transposed pair is one slip
        ("dankjewel!", "thank"),
        ("of course, why not", "affirm"),
        ("jup", "affirm"),
        ("absolutely not", "deny"),
        ("nee, dank je", "deny"),
        ("neej", "deny"),
        ("are you a bot?", "bot_challenge"),
    ],
)
def test_a_whole_social_message_is_its_intent(text, intent):
    assert small_talk_intent(text) == intent


@pytest.mark.parametrize(
    "text",
    [
        "hi, what's my balance",
        "thanks, and how much did I spend at Jumbo",
        "no more offers",
        "stop",
        "hou op",  # one slip from nothing here, and too short to guess
        "",
        "?!",
    ],
)
def test_anything_more_is_left_to_the_model(text):
    assert small_talk_intent(text) is None


def test_no_phrase_is_listed_under_two_intents():
    seen: dict[str, str] = {}
    clashes = []
    for intent, phrases in PHRASES.items():
        for phrase in phrases:
            if seen.setdefault(phrase, intent) != intent:
                clashes.append(phrase)
    assert not clashes


def test_no_phrase_is_a_request_about_suggestions():
    from bot.advice.preference_text import Reading, read_preference

    touching = [
        p for ps in PHRASES.values() for p in ps
        if read_preference(p).kind in (Reading.STOP, Reading.BARE_STOP, Reading.RESUME)
    ]
    assert not touching


@pytest.mark.parametrize(
    ("text", "intent"),
    [("I'm off, have a nice day", "goodbye"), ("Indeed, that is correct.", "affirm"),
     ("Bedankt! Top!", None), ("thanks, bye", None), ("Hi! How much did I spend?", None)],
)
def test_several_phrases_of_one_intent_are_that_intent_and_of_two_none(text, intent):
    assert small_talk_intent(text) == intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [("yea thats what i meant", "affirm"), ("nee dat bedoel ik niet", "deny"),
     ("yes no", None), ("ja hoeveel heb ik uitgegeven", None)],
)
def test_a_yes_or_no_said_twice_is_one(text, intent):
    assert small_talk_intent(text) == intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [("thats corect", "affirm"), ("right, that one", "affirm"), ("dag penny", "goodbye"),
     ("what are you able to help me with", "help"), ("ne", "deny"),
     ("what are you able to help me with and show my balance", None)],
)
def test_round_18_social_phrases(text, intent):
    assert small_talk_intent(text) == intent
