import pytest

from bot.advice.stop_phrases import is_stop_request


@pytest.mark.parametrize(
    "text",
    [
        "stop suggestions",
        "Stop suggesting products to me",
        "no more offers please",
        "I don't want any more offers",
        "please stop the marketing",
        "opt out",
        "unsubscribe me",
        "turn off suggestions",
        "enough with the ads",
        "never send me promotions again",
        "STOP THE OFFERS!!!",
        "I object to marketing",
        "ik wil geen aanbiedingen meer",
        "stop met die suggesties",
        "geen reclame meer",
        "zet de suggesties uit",
        "afmelden",
        "ik maak bezwaar tegen het gebruik van mijn betaalgegevens",
        "hou op met aanbiedingen",
        "stop met aanbevelingen",
        "suggesties uitschakelen",
        "geen promoties meer aub",
        "zet de producttips uit",
        "weg met die productaanbevelingen",
        "ik maak bezwaar tegen het gebruik van mijn betalingen voor marketing",
        "Stop the offers, I don't know why you keep sending them",
    ],
)
def test_clear_stop_phrases_are_caught(text):
    assert is_stop_request(text)


@pytest.mark.parametrize(
    "text",
    [
        "why am I seeing this suggestion",
        "start suggestions again",
        "resume offers",
        "how much did I spend on groceries",
        "what data do you use",
        "waarom krijg ik dit aanbod",
        "zet suggesties weer aan",
        "I want to stop paying Netflix",
        "how do I stop my Spotify subscription",
        "any recommendations for saving?",
        "",
        "leg deze suggestie uit",
        "kun je deze suggestie uitleggen",
        "explain this suggestion",
    ],
)
def test_other_messages_are_left_to_the_classifier(text):
    assert not is_stop_request(text)
