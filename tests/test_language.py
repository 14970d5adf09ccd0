import pytest

from bot.language import choose_language, detect_language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("hoeveel heb ik vorige maand aan boodschappen uitgegeven", "nl"),
        ("wat is mijn saldo", "nl"),
        ("welke abonnementen betaal ik", "nl"),
        ("ik wil geen aanbiedingen meer", "nl"),
        ("waarom krijg ik dit aanbod", "nl"),
        ("How much did I spend on groceries last month?", "en"),
        ("What's my balance?", "en"),
        ("stop suggestions", "en"),
        ("stop suggesties", "nl"),
        ("Netflix?", None),
        ("ok", None),
        ("/ask_balance", None),
        ("", None),
        ("😀", None),
    ],
)
def test_the_language_of_a_message(text, language):
    assert detect_language(text) == language


def test_a_mixed_message_gets_one_language_and_no_error():
    assert detect_language("how much heb ik vorige maand uitgegeven") in {"en", "nl"}


def test_the_message_wins_then_a_switch_then_the_conversation_then_the_page_then_the_profile():
    assert choose_language("nl", "en", "en", "en", "en") == "nl"
    # The widget was just switched to Dutch: that decides for an "ok".
    assert choose_language(None, "nl", "en", "en", "en") == "nl"
    # The widget has said English all along, but the conversation is Dutch: a button click
    # or an "ok" stays Dutch.
    assert choose_language(None, "en", "en", "nl", "en") == "nl"
    assert choose_language(None, None, None, None, "nl") == "nl"
    assert choose_language(None, "fr", None, None, None) == "en"


def test_a_dutch_question_without_the_usual_words_is_still_dutch():
    from bot.language import detect_language

    assert detect_language("geef me de 5 duurste aankopen in april 2026") == "nl"
    assert detect_language("hoeveel kwam er binnen in maart") == "nl"
