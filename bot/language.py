"""Which language to answer in: detected from the message, else asked for, else remembered."""

from __future__ import annotations

import re

# Common words that belong to one language only (words such as "in" or "is" count for neither).
_DUTCH = frozenset(
    """
    ik je jij u mijn wat hoeveel heb heeft hebben aan uitgegeven uitgaven vorige vorig maand
    maanden jaar week welke betaal betaald betaling betalingen geen meer waarom krijg dit deze
    aanbod aanbieding aanbiedingen saldo rekening een het van op voor met niet maar bij wil
    graag hoi hallo dag dank bedankt doei tot ziens ja nee alsjeblieft alstublieft laat zien
    abonnementen boodschappen huur salaris binnengekomen sinds tussen afgelopen gisteren vandaag
    waar gaat geld naartoe grootste laatste wanneer betaalde uitgeven kun kan jullie mij mee
    gebruiken gegevens suggesties stoppen wel weer hoe zit wie praten medewerker ben januari
    februari maart mei juni juli augustus oktober geef de er naar ging gaat kwam binnen verdiend
    verdiensten inkomsten inkomen totaal totale keer laatst besteed gekost kost aankopen duurste
    hoogste hoogst uitgave opgeteld optellen zijn waren ontvangen bijgeschreven gestort overzicht
    welk wanneer mn m'n wij jullie onze ons mag kunt zou graag eigenlijk ongeveer samen
    """.split()  # noqa: SIM905 - a word list reads best as words
)
_ENGLISH = frozenset(
    """
    i my what how much did spend spent spending last month months year week which do pay paid
    payment payments no more why am get this these offer offers balance account the of on for
    with not but at want please hi hello thanks thank bye yes show me subscriptions groceries
    rent salary came since between past yesterday today where does money go biggest largest when
    can you use data suggestions suggesting talk person are who it your have has january
    february march may june july august october
    """.split()  # noqa: SIM905 - a word list reads best as words
)
_WORD = re.compile(r"[a-zà-ÿ]+")


def detect_language(text: str) -> str | None:
    """ "nl" or "en" when the words clearly say so; None for short or mixed messages."""
    if text.startswith("/"):
        return None  # a button's payload says nothing about the customer's language
    words = _WORD.findall(text.lower())
    dutch = sum(1 for w in words if w in _DUTCH and w not in _ENGLISH)
    english = sum(1 for w in words if w in _ENGLISH and w not in _DUTCH)
    if dutch > english:
        return "nl"
    if english > dutch:
        return "en"
    return None


def choose_language(
    detected: str | None,
    requested: str | None,
    previously_requested: str | None,
    remembered: str | None,
    preferred: str | None,
    supported: tuple[str, ...] = ("en", "nl"),
) -> str:
    """The language to answer in.

    The message's own words win, so a customer switches by simply typing. Next comes a switch
    just made in the widget (the requested language changed since the last message). Then the
    conversation's language, so a button click or an "ok" keeps it. Then whatever the page or
    token asks for, then the customer's profile.
    """
    switched = requested if requested != previously_requested else None
    for choice in (detected, switched, remembered, requested, preferred):
        if choice in supported:
            return choice
    return supported[0]
