"""Questions about Penny itself that the model reads as another intent (bot.nlu.about_penny)."""

import pytest

from bot.nlu.about_penny import about_penny_intent


@pytest.mark.parametrize(
    "text, guessed, expected",
    [
        ("Typt hier een medewerker terug of een programma?", "human_handoff", "bot_challenge"),
        ("Ik vraag me af of ik met een mens chat. Kunt u dat zeggen?", "human_handoff",
         "bot_challenge"),
        ("Who am I chatting with?", "out_of_scope", "bot_challenge"),
        ("What is Penny?", "help", "bot_challenge"),
        ("Can employees of the bank read what I type here?", "human_handoff", "ask_data_usage"),
        ("gebruik je mijn gegevens ook voor iets anders dan deze chat", "nlu_fallback",
         "ask_data_usage"),
        ("what do you know about me", "out_of_scope", "ask_data_usage"),
        ("Wie kan mijn transacties zien?", "ask_transactions", "ask_data_usage"),
    ],
)
def test_questions_about_penny_are_recognised(text, guessed, expected):
    assert about_penny_intent(text, guessed) == expected


@pytest.mark.parametrize(
    "text, guessed",
    [
        ("I want to talk to a real person", "human_handoff"),  # asks for one
        ("kan ik met een medewerker praten", "human_handoff"),
        ("show my transactions from last week", "ask_transactions"),
        ("how much did I spend at Albert Heijn", "ask_spending"),
        ("is this chat private", "stop_suggestions"),  # the preference intents are the gate's
        ("what can you do", "help"),
    ],
)
def test_other_questions_keep_their_intent(text, guessed):
    assert about_penny_intent(text, guessed) == guessed


def test_a_relative_asking_whether_a_person_or_a_computer_answers():
    text = "Mijn moeder wil weten of ze met een mens of met een computer aan het chatten is."
    assert about_penny_intent(text, "human_handoff") == "bot_challenge"


@pytest.mark.parametrize("text", ["mens aub", "connect me with an employee pls"])
def test_a_person_asked_for_in_so_many_words_is_a_handoff(text):
    assert about_penny_intent(text, "nlu_fallback") == "human_handoff"


@pytest.mark.parametrize(
    ("text", "guess", "intent"),
    [("this is useless, get me a real person", "bot_challenge", "human_handoff"),
     ("Who can read this conversation?", "bot_challenge", "ask_data_usage"),
     ("y r u showing me this", "help", "ask_why_suggestion"),
     ("waarom laat je me dit zien?", "help", "ask_why_suggestion"),
     ("are you a real person?", "bot_challenge", "bot_challenge")],
)
def test_who_answers_is_reconsidered_too(text, guess, intent):
    assert about_penny_intent(text, guess) == intent


@pytest.mark.parametrize(
    ("text", "guess", "intent"),
    [("ben ik met een mens aan het praten", "human_handoff", "bot_challenge"),
     ("is dit kunstmatige intelligentie", "nlu_fallback", "bot_challenge"),
     ("geef mij echte persoon please, jij begrijp mij niet", "bot_challenge", "human_handoff"),
     ("ik vroeg alleen naar mijn saldo, waarom staat er nu een aanbieding onder", "ask_balance",
      "ask_why_suggestion")],
)
def test_round_16_questions_about_penny(text, guess, intent):
    assert about_penny_intent(text, guess) == intent


@pytest.mark.parametrize(
    ("text", "guess", "intent"),
    [("what are you able to help me with", "help", "help"),
     ("is dit kunstmatige inteligentie", "nlu_fallback", "bot_challenge"),
     ("kan de bank zien waar ik mijn geld aan uitgeef", "ask_spending", "ask_data_usage")],
)
def test_round_20_questions_about_penny(text, guess, intent):
    assert about_penny_intent(text, guess) == intent
