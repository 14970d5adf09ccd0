from bot.nlu.courtesy import without_courtesy


def test_greetings_thanks_and_framing_around_a_question_are_left_out():
    assert without_courtesy("Hi! Quick question: what's my total for internet in 2025?") == (
        "what's my total for internet in 2025?"
    )
    assert without_courtesy("whats the total I paid for premiums this year? thank you") == (
        "whats the total I paid for premiums this year?"
    )
    assert without_courtesy("Goedemiddag, mag ik vragen hoeveel geld ik heb?") == (
        "mag ik vragen hoeveel geld ik heb?"
    )
    assert without_courtesy("ok thanks, what is my balance") == "what is my balance"


def test_a_courtesy_without_its_own_comma_is_left_out_too():
    assert without_courtesy("hey when did i pay Eneco last") == "when did i pay Eneco last"
    assert without_courtesy("wat zijn de 5 duurste betalingen dit jaar alvast bedankt") == (
        "wat zijn de 5 duurste betalingen dit jaar"
    )


def test_a_message_that_is_only_courtesy_stays_whole():
    for text in ("thanks", "hi there", "thank you so much for the help", "hi, balance please",
                 "Goedemorgen!", "bedankt, fijne dag"):
        assert without_courtesy(text) == text


def test_the_question_itself_is_never_trimmed():
    for text in ("what is my balance", "how much did I spend on groceries last month?",
                 "thanks to my raise, did I earn more this year?"):
        assert without_courtesy(text) == text
