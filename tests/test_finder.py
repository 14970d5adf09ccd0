"""The spaCy rules that find entities, in English and Dutch."""

import pytest

from bot.nlu.finder import EntityFinder

EN = EntityFinder("en")
NL = EntityFinder("nl")


def found(finder: EntityFinder, text: str) -> list[tuple[str, str, str | None]]:
    return [(f.entity, f.value, f.role) for f in finder.find(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "How much did I spend on groceries last month?",
            [("category", "groceries", None), ("period", "last month", None)],
        ),
        (
            "What did I pay at Albert Heijn this year?",
            [("merchant", "Albert Heijn", None), ("period", "this year", None)],
        ),
        (
            "Show my five biggest payments in October.",
            [("count", "five", None), ("order", "largest", None), ("period", "October", None)],
        ),
        ("When did I last pay my rent?", [("category", "housing", None)]),
        (
            "How much salary came in in June?",
            [("category", "income", None), ("period", "June", None)],
        ),
        (
            "Did I spend more on restaurants this month than last month?",
            [
                ("category", "eating_out", None),
                ("period", "this month", None),
                ("period", "last month", None),
            ],
        ),
        (
            "payments over 200 euro between 1 and 15 May",
            [("amount", "200 euro", "min"), ("period", "between 1 and 15 May", None)],
        ),
        ("last 10 transactions under €50", [("count", "10", None), ("amount", "€50", "max")]),
        (
            "spent at Albert Hein since January",
            [("merchant", "Albert Hein", None), ("period", "since January", None)],
        ),
        (
            "spending at AH the last 3 months",
            [("merchant", "Albert Heijn", None), ("period", "last 3 months", None)],
        ),
        ("balance of NL91 ABNA 0417 1643 00", [("iban", "NL91ABNA0417164300", None)]),
        ("how much did I spend on snacks", [("category", "snacks", None)]),
        ("ah thanks", []),
        ("Where does my money go?", []),
    ],
)
def test_english_entities(text, expected):
    assert found(EN, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "hoeveel heb ik vorige maand aan boodschappen uitgegeven",
            [("period", "vorige maand", None), ("category", "groceries", None)],
        ),
        (
            "wat heb ik dit jaar bij Albert Heijn betaald",
            [("period", "dit jaar", None), ("merchant", "Albert Heijn", None)],
        ),
        (
            "betalingen boven de 200 euro tussen 1 en 15 mei",
            [("amount", "200 euro", "min"), ("period", "tussen 1 en 15 mei", None)],
        ),
        (
            "uitgaven onder de 20 euro sinds januari",
            [("amount", "20 euro", "max"), ("period", "sinds januari", None)],
        ),
        ("de afgelopen 3 maanden", [("period", "afgelopen 3 maanden", None)]),
        (
            "laat mijn vijf grootste betalingen van oktober zien",
            [("count", "vijf", None), ("order", "largest", None), ("period", "oktober", None)],
        ),
        ("hoeveel heb ik aan snoep uitgegeven", [("category", "snoep", None)]),
        ("wat is mijn saldo", []),
    ],
)
def test_dutch_entities(text, expected):
    assert found(NL, text) == expected


def test_an_empty_or_huge_or_odd_message_finds_nothing_and_does_not_fail():
    assert EN.find("") == []
    assert EN.find("😀🙂💸") == []
    assert isinstance(EN.find("groceries " * 500), list)
    assert found(EN, "what did I pay at '; DROP TABLE transaction; --") == []


def test_both_languages_together_read_each_message_in_its_own_language():
    from bot.nlu.finder import MultilingualFinder

    both = MultilingualFinder(["en", "nl"])
    assert found(both, "hoeveel heb ik vorige maand aan boodschappen uitgegeven") == found(
        NL, "hoeveel heb ik vorige maand aan boodschappen uitgegeven"
    )
    assert found(both, "spending on groceries last month") == [
        ("category", "groceries", None),
        ("period", "last month", None),
    ]


@pytest.mark.parametrize(
    ("finder", "text", "name"),
    [
        (EN, "When did I last pay Protestantse Kerk Amsterdam?", "Protestantse Kerk Amsterdam"),
        (EN, "Did I pay Brasserie Lipp?", "Brasserie Lipp"),
        (NL, "Wanneer heb ik voor het laatst Protestantse Kerk Amsterdam betaald?",
         "Protestantse Kerk Amsterdam"),
        (NL, "Wat heb ik Bram Meijer overgemaakt?", "Bram Meijer"),
        (EN, "When did I last pay ah?", "Albert Heijn"),
        (EN, "What was my last payment at Lars de Boer?", "Lars de Boer"),
        (EN, "When did I last pay Parochie St. Jan?", "Parochie St. Jan"),
        (NL, "Hoeveel heb ik aan Bakkerij van der Linden betaald?", "Bakkerij van der Linden"),
        (NL, "Wanneer betaalde ik voor het laatst bij ah?", "Albert Heijn"),
        (NL, "Hoeveel heb ik in januari 2025 aan MediaMarkt betaald?", "MediaMarkt"),
    ],
)
def test_a_name_the_customer_paid_is_found_even_when_penny_never_heard_of_it(finder, text, name):
    """An unknown name must reach the answer, which says it is unknown; never dropped."""
    assert ("merchant", name, None) in found(finder, text)


def test_a_capitalised_period_word_after_pay_is_no_name():
    assert found(EN, "what did I pay In March") == [("period", "March", None)]


@pytest.mark.parametrize(
    ("finder", "text", "name"),
    [
        (EN, "Bar El Pimpi: how much did that cost me last month?", "Bar El Pimpi"),
        (EN, "I'd like to know when I most recently bought something from Parochie St. Jan.",
         "Parochie St. Jan"),
        (NL, "Kunt u mij de meest recente transactie met Yvonne Smit laten zien?", "Yvonne Smit"),
        (EN, "most recent Apotheek De Ster payment?", "Apotheek De Ster"),
    ],
)
def test_names_put_first_or_before_their_noun_are_found(finder, text, name):
    assert ("merchant", name, None) in found(finder, text)


def test_a_greeting_before_a_colon_is_no_name():
    assert found(EN, "Hi: what is my balance") == []


@pytest.mark.parametrize(
    ("finder", "text", "count"),
    [
        (EN, "sort my payments in 2025 from big to small and give me the first three", "three"),
        (NL, "kunt u mijn betalingen op grootte sorteren en de eerste 3 tonen?", "3"),
        (EN, "what are the 5 heftiest paymnets i made in August 2026", "5"),
        (NL, "Wat waren in mei 2025 de vijf flinkste uitgaven op mijn rekening?", "vijf"),
    ],
)
def test_the_biggest_payments_in_other_words_with_their_number(finder, text, count):
    entities = found(finder, text)
    assert ("order", "largest", None) in entities and ("count", count, None) in entities


@pytest.mark.parametrize(
    "text",
    [
        "Goedemiddag, wat heb ik in maart 2025 aan telefoon uitgegeven",
        "Hello, how much money did I receive in total in December 2025",
        "Hallo, kunt u nagaan wanneer mijn laatste betaling was?",
    ],
)
def test_a_greeting_first_is_no_name_in_either_language(text):
    from bot.nlu.finder import MultilingualFinder

    finder = MultilingualFinder(["en", "nl"])
    assert all(f.entity != "merchant" for f in finder.find(text))


def test_a_name_put_first_with_its_period_is_found():
    assert ("merchant", "Gemeente Den Haag", None) in found(
        EN, "Gemeente Den Haag last month - total please"
    )
    assert ("merchant", "Portaal", None) in found(NL, "Portaal in oktober 2026, hoeveel in totaal?")
    assert found(EN, "What in March") == [("period", "March", None)]


@pytest.mark.parametrize(
    ("finder", "text", "count"),
    [
        (EN, "Out of all my payments this year, which 3 were the largest?", "3"),
        (EN, "biggest 3 paymetns in 2025 thanks", "3"),
        (NL, "Van al mijn betalingen in augustus 2025, welke tien waren het grootst?", "tien"),
    ],
)
def test_the_number_of_biggest_payments_in_any_order(finder, text, count):
    assert ("count", count, None) in found(finder, text)


def test_a_capitalised_unknown_word_inside_a_sentence_is_a_name_wherever_it_stands():
    from bot.nlu.finder import MultilingualFinder

    both = MultilingualFinder(["en", "nl"])
    assert ("merchant", "Praxis", None) in found(
        both, "Ik ben benieuwd wat Praxis dit jaar in totaal van mij heeft ontvangen."
    )
    assert ("merchant", "Wehkamp", None) in found(both, "ik heb Wehkamp laatst nog betaald toch?")
    assert ("merchant", "Lotte van der Meer", None) in found(
        both, "Hey, did Lotte van der Meer cost me more in July 2025 or in June 2025?"
    )
    assert ("merchant", "Gemeente Den Haag", None) in found(
        both, "Was Gemeente Den Haag in juni 2026 een grotere kostenpost dan in mei 2026?"
    )


def test_pronouns_months_and_a_sentences_first_word_are_no_name():
    from bot.nlu.finder import MultilingualFinder

    both = MultilingualFinder(["en", "nl"])
    assert found(both, "Any idea how much I've spent on Lidl in July 2025?") == [
        ("merchant", "Lidl", None), ("period", "July 2025", None)
    ]
    assert found(both, "Kunt U mijn saldo geven? Thanks") == []
    assert found(both, "What did I spend? Groceries, I mean") == [
        ("category", "groceries", None)
    ]


def test_a_form_of_address_is_no_name_and_heavy_payments_are_the_largest():
    from bot.nlu.finder import MultilingualFinder

    both = MultilingualFinder(["en", "nl"])
    text = "Geachte, ik zou graag willen weten hoeveel ik dit jaar aan Vitens heb betaald."
    assert [f for f in found(both, text) if f[0] == "merchant"] == [("merchant", "Vitens", None)]
    assert ("merchant", "Sir", None) not in found(both, "Dear Sir, what came in last month?")
    assert ("order", "largest", None) in found(
        both, "Graag zie ik welke vijf uitgaven dit jaar het zwaarst op mijn budget drukten."
    )


def test_a_count_with_a_word_between_it_and_the_payments_is_still_a_count():
    from bot.nlu.finder import MultilingualFinder

    both = MultilingualFinder(["en", "nl"])
    assert ("count", "5", None) in found(both, "list the 5 greatest payments from my account")
    assert ("count", "3", None) in found(both, "Wilt u mij de 3 forste betalingen noemen?")
    assert found(both, "show the 10 euro payments") == [("amount", "10 euro", "min")]
