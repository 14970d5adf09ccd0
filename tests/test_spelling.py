from bot.nlu.spelling import Lexicon, correct

LEXICON = Lexicon.from_texts(
    ["show my largest payments", "most recent payment", "hoeveel heb ik betaald"] * 3
    + ["wat is er binnengekomen", "altogether"] * 3 + ["largely"]
)


def test_a_slip_in_a_word_the_training_data_uses_is_put_right():
    assert correct("my 5 largst payments", LEXICON).text == "my 5 largest payments"
    assert correct("most recnt payment", LEXICON).text == "most recent payment"
    assert correct("hoeveeel heb ik betaald", LEXICON).text == "hoeveel heb ik betaald"
    assert correct("wat is er binengekomen", LEXICON).text == "wat is er binnengekomen"


def test_names_short_words_and_known_words_are_left_as_typed():
    assert correct("paid to Paymnts Ltd", LEXICON).text == "paid to Paymnts Ltd"
    assert correct("Largst payments", LEXICON).text == "Largest payments"  # starts a sentence
    assert correct("show my HEMA payments", LEXICON).text == "show my HEMA payments"
    assert correct("most recnt", LEXICON).text == "most recent"
    assert correct("pay hoi", LEXICON).text == "pay hoi"
    assert correct("largely", LEXICON).text == "largely"


def test_offsets_in_the_corrected_text_fall_on_the_words_as_typed():
    spelled = correct("my 5 largst payments in May", LEXICON)
    assert spelled.text == "my 5 largest payments in May"
    may = spelled.text.index("May")
    assert spelled.typed[spelled.typed_offset(may):].startswith("May")
    assert spelled.typed_offset(5) == 5  # "largest" starts where "largst" did
    assert spelled.typed_offset(12) == 11  # and ends where it ended
    assert spelled.typed_offset(2) == 2


def test_two_equally_likely_words_are_no_guess():
    both = Lexicon({"payment": 5, "paymont": 5})
    assert correct("paymtnt", both).text == "paymtnt"
