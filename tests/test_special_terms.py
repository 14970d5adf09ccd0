"""The special-category word lists and their one-pass search (bot.advice.special_terms), and the
verdicts built on them (bot.advice.sensitive). Every example at the top of issue 11 is here."""

from datetime import date
from pathlib import Path

import pytest

from bot.advice.sensitive import SPECIAL_CATEGORIES, explain, special_category
from bot.advice.special_terms import (
    GAZETTEERS,
    GazetteerError,
    find_special,
    normalise,
    read_gazetteer,
    recogniser,
)
from bot.domain import Payment


def payment(counterparty, description="", mcc=None, country="NL", category="other"):
    return Payment(date(2026, 5, 1), -4500, counterparty, category, description, "card", None,
                   mcc, country)


@pytest.mark.parametrize(
    "counterparty, description, country, expected",
    [
        # Dutch compounds
        ("Tandartspraktijk Centrum", "", "NL", "health"),
        ("Huisartsenpraktijk De Linde", "", "NL", "health"),
        ("Ziekenhuisapotheek Noord", "", "NL", "health"),
        ("Podotherapie Oost", "", "NL", "health"),
        ("Actie Kerkbalans", "", "NL", "religion"),
        ("Piratenpartij", "", "NL", "politics"),
        # institutions known by name
        ("Radboudumc", "", "NL", "health"),
        ("LUMC", "", "NL", "health"),
        ("Erasmus MC", "", "NL", "health"),
        ("Jellinek", "", "NL", "health"),
        ("Parnassia", "", "NL", "health"),
        ("CAK", "Wlz eigen bijdrage", "NL", "health"),
        ("GGD", "", "NL", "health"),
        ("JA21", "", "NL", "politics"),
        ("BIJ1", "", "NL", "politics"),
        ("Nieuw Sociaal Contract", "", "NL", "politics"),
        ("Leger des Heils", "", "NL", "religion"),
        # holiday languages
        ("Farmacia Centrale", "", "IT", "health"),
        ("Apotheke am Markt", "", "DE", "health"),
        ("Krankenhaus Nord", "", "DE", "health"),
        ("Clínica Dental", "", "ES", "health"),
        ("Ospedale", "", "IT", "health"),
        ("Zahnarztpraxis", "", "DE", "health"),
        # places that reveal a religion
        ("Hilton Makkah Convention", "", "SA", "religion"),
        ("Pullman Zamzam Madinah", "", "SA", "religion"),
        ("Hotel Saint Sauveur Lourdes", "", "FR", "religion"),
        # a category hidden behind another one
        ("Parnassia Beschermd Wonen", "huur juni", "NL", "health"),
        ("Ziekenhuis Rijnstate", "", "NL", "health"),
    ],
)
def test_every_example_of_issue_11_is_recognised(counterparty, description, country, expected):
    assert special_category(payment(counterparty, description, country=country)) == expected


@pytest.mark.parametrize(
    "counterparty, description, mcc",
    [
        ("Bakkerij Kerkstraat", "brood", None),
        ("CAFE DE KERK UTRECHT", "", 5812),
        ("SHELL", "SHELL ZIEKENHUISWEG APELDOORN", 5541),
        ("Restaurant De Apotheek", "diner", None),
        ("Kruidvat 7712", "shampoo en tandpasta", 5912),
        ("Dierenkliniek De Hoef", "vaccinatie kat", None),
        ("Partycentrum De Wereld", "verjaardag", None),
        ("HOUTHANDEL JANSEN", "PARTIJ HOUT SCHUTTING", 5211),
        ("UNION SQUARE PARKING", "GARAGE SAN FRANCISCO", 7523),
        ("Pearle Opticiens", "zonnebril", 8043),
    ],
)
def test_businesses_that_only_borrow_a_word_are_not_special(counterparty, description, mcc):
    assert special_category(payment(counterparty, description, mcc)) is None


def test_a_pilgrimage_place_counts_only_for_a_payment_made_there():
    assert find_special("Hotel Makkah Towers", "", "SA") is not None
    assert find_special("Hotel Makkah Towers", "", "NL") is None


def test_an_origin_counts_only_for_an_organisation():
    assert find_special("Stichting Surinaamse Gemeenschap Almere", "contributie") is not None
    assert find_special("Surinaamse Toko Paramaribo", "roti") is None


def test_a_named_institution_is_not_found_inside_another_word():
    assert find_special("Q-Park parking centrum", "") is None  # not "Arkin"


def test_a_named_institution_counts_even_at_an_ordinary_business():
    verdict = explain(payment("Hilton Makkah", "2 nights", 7011, "SA"))
    assert verdict is not None and verdict.category == "religion"


def test_the_verdict_says_which_list_and_which_word():
    verdict = explain(payment("Tandartspraktijk Centrum"))
    assert verdict is not None
    assert verdict.reason == "health.txt: 'tandarts' in the counterparty"
    assert explain(payment("X BV", mcc=8062)).reason == "merchant category code 8062"


def test_accents_and_case_are_ignored():
    assert normalise("Clínica DENTAL, Málaga") == " clinica dental malaga "


def test_every_gazetteer_says_its_category_and_where_it_came_from():
    for path in sorted(GAZETTEERS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert "source:" in text or path.name in ("not_special.txt", "organisations.txt"), path
        if "# category:" in text:
            category = text.split("# category:", 1)[1].split()[0]
            assert category in SPECIAL_CATEGORIES, path
    assert recogniser() is recogniser()  # built once


def test_a_malformed_gazetteer_is_refused_with_its_file_and_line(tmp_path: Path):
    bad = tmp_path / "bad.txt"
    bad.write_text("kerk\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match="bad.txt line 1"):
        read_gazetteer(bad)
    bad.write_text("# category: religion\n# source: test\nhaj\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match="too short"):
        read_gazetteer(bad)


@pytest.mark.parametrize(
    "counterparty, description, mcc, country, expected",
    [
        # A hotel in the description is no restaurant's or hotel's name.
        ("VIP Escortservice Amsterdam", "boeking 2 uur hotel", None, "NL", "sex_life"),
        # Intrinsic words count at a bar, pilgrimage words at a hotel.
        ("Cafe 't Mandje", "CAFE T MANDJE GAYBAR AMSTERDAM", 5813, "NL", "sex_life"),
        ("Hospederia San Martin Pinario", "Peregrino noche", 7011, "ES", "religion"),
        # Passing through a pilgrimage town by car is no pilgrimage.
        ("Galp", "GALP A1 AS FATIMA", 5541, "PT", None),
        ("Autohaus Kevelaer", "Rechnung 44821 Inspektion", None, "DE", None),
    ],
)
def test_what_the_business_is_decides_which_words_count(
    counterparty, description, mcc, country, expected
):
    assert special_category(payment(counterparty, description, mcc, country)) == expected
