from bot.insights.merchants import match_merchant

HISTORY = ["ALBERT HEIJN 1403 UTRECHT", "Jumbo Supermarkten", "Netflix International"]


def test_a_typed_name_inside_a_bank_text_matches():
    assert match_merchant("Albert Heijn", HISTORY).name == "albert heijn"


def test_a_misspelt_name_gets_the_closest_suggestions():
    match = match_merchant("Albert Hein", HISTORY)
    assert match.name is None
    assert match.suggestions == ("ALBERT HEIJN 1403 UTRECHT",)


def test_sql_looking_text_matches_nothing_and_suggests_nothing():
    match = match_merchant("'; DROP TABLE transaction; --", HISTORY)
    assert match.name is None and match.suggestions == ()
