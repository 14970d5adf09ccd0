from bot.insights.merchants import match_merchant

HISTORY = ["ALBERT HEIJN 1403 UTRECHT", "Jumbo Supermarkten", "Netflix International"]
# The demo store's names that contain "ns" inside a word: none of them is NS.
WITH_NS_INSIDE = [
    "NS", "NS Reizigers", "Vitens", "Transavia", "Belastingdienst", "Jansen", "Prins",
    "Woonstichting De Key",
]


def test_a_typed_name_inside_a_bank_text_matches_as_whole_words():
    assert match_merchant("Albert Heijn", HISTORY).names == ("ALBERT HEIJN 1403 UTRECHT",)


def test_a_short_name_is_an_identity_not_a_substring():
    assert match_merchant("NS", WITH_NS_INSIDE).names == ("NS", "NS Reizigers")
    assert match_merchant("ns", ["Vitens", "Transavia"]).names == ()


def test_a_known_alias_finds_the_merchant_under_its_bank_name():
    assert match_merchant("AH", HISTORY).names == ("ALBERT HEIJN 1403 UTRECHT",)
    assert match_merchant("appie", HISTORY).names == ("ALBERT HEIJN 1403 UTRECHT",)


def test_an_exact_name_matches_only_itself_and_names_built_on_it():
    names = ["Jumbo", "Jumbo Supermarkten", "Mumbo Jumbo Bar Ltd", "Jumbos"]
    assert match_merchant("jumbo", names).names == ("Jumbo", "Jumbo Supermarkten",
                                                    "Mumbo Jumbo Bar Ltd")


def test_a_misspelt_name_is_offered_never_counted():
    match = match_merchant("Albert Hein", HISTORY)
    assert not match.found
    assert match.suggestions[0] == "ALBERT HEIJN 1403 UTRECHT"


def test_an_unknown_name_gets_the_closest_real_counterparties_only():
    match = match_merchant("Protestantse Kerk Utrecht", ["Protestantse Kerk Amsterdam", "Lidl"])
    assert not match.found
    assert match.suggestions[0] == "Protestantse Kerk Amsterdam"


def test_sql_looking_text_matches_nothing_and_is_only_offered_real_names():
    match = match_merchant("'; DROP TABLE transaction; --", HISTORY)
    assert not match.found and set(match.suggestions) <= set(HISTORY)


def test_a_name_like_none_is_still_offered_the_closest_real_ones():
    match = match_merchant("Zalando", HISTORY)
    assert not match.found and len(match.suggestions) == 3
    assert match_merchant("Zalando", []).suggestions == ()


def test_blank_text_matches_nothing():
    assert match_merchant("   ", HISTORY) == match_merchant("", HISTORY)
    assert not match_merchant("", HISTORY).found


def test_a_counterparty_written_out_anywhere_in_the_words_is_found():
    from bot.insights.merchants import name_in_text

    known = ["Kees Huisman", "Café De Jaren", "Plus", "Geldmaat", "NS", "Woonstichting De Key"]
    assert name_in_text("hoeveel geld is er richting Kees  Huisman gegaan", known) == (
        "Kees Huisman"
    )
    assert name_in_text("last charge from cafe de jaren?", known) == "Café De Jaren"
    assert name_in_text("ik heb Geldmaat laatst nog betaald toch?", known) == "Geldmaat"


def test_a_one_word_name_needs_its_capital_and_a_name_its_every_word():
    from bot.insights.merchants import name_in_text

    known = ["Plus", "Woonstichting De Key", "NS", "Geldmaat"]
    assert name_in_text("my salary plus benefits", known) is None
    assert name_in_text("paid at Plus", known) == "Plus"
    assert name_in_text("the rent to de key", known) is None
    assert name_in_text("ns", known) is None  # two letters: too easily part of something else
    assert name_in_text("Geldmaatje", known) is None


def test_the_longest_name_written_out_wins():
    from bot.insights.merchants import name_in_text

    known = ["Rabobank", "Rabobank Hypotheek"]
    assert name_in_text("payments to Rabobank Hypotheek in May", known) == "Rabobank Hypotheek"
