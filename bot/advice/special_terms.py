"""Finds the words and places that reveal a special category (art. 6.3.1), in one pass.

The word lists live in bot/advice/gazetteers/, one file per kind, each saying where it came from.
Every name and stem goes into one Aho-Corasick automaton (pyahocorasick), so a payment is read
once however long the lists grow.

- In a file of words (health.txt), an entry matches inside words, since Dutch and German glue
  words together ("Tandartspraktijk", "Actie Kerkbalans"). In a file of names ("# match: names",
  health_institutions.txt), an entry matches whole words, so "Arkin" is not found in "parking".
  A file of intrinsic words ("# match: intrinsic", sex_life.txt) matches inside words and names a
  trade that is sensitive whatever else the payment says ("gay bar", "escortservice").
- "=" before an entry asks for whole words, "*" after it for the start of a word.
- A place counts only for a payment made in its country ("lourdes | FR"); "+org" needs an
  organisation word in the same payment ("Stichting Surinaamse Gemeenschap").
- A match inside an entry of not_special.txt ("Kerkstraat", "Dierenkliniek") is no match.
- A word is no match inside a street name ("Ziekenhuisweg"), in the name of a restaurant, bar
  or hotel ("Restaurant De Apotheek", "Hotel Alte Klinik"), with an admission ticket ("De Nieuwe
  Kerk, tickets tentoonstelling"), or when the merchant code names another trade. A place is no
  match at a petrol station, a garage or a car park ("Galp A1 Fatima", "Autohaus Kevelaer").
  A name counts wherever it is paid; a brand that shares one is an exception ("Volt Bikes").

Pure: text in, findings out.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import ahocorasick

GAZETTEERS = Path(__file__).resolve().parent / "gazetteers"
_EXCEPTIONS_FILE = "not_special.txt"
_ORGANISATIONS_FILE = "organisations.txt"
_NOT_WORD = re.compile(r"[^a-z0-9]+")
# A stem shorter than this would match inside too many ordinary words.
MIN_INSIDE_LENGTH = 4


@dataclass(frozen=True)
class Term:
    category: str
    entry: str  # as written in the gazetteer
    source: str  # the gazetteer's file name
    boundary: str = "inside"  # "inside" a word, at the start of a word ("prefix"), or a "word"
    country: str | None = None  # a place: only for payments made in this country
    needs_organisation: bool = False
    kind: str = "word"  # "word", "name", "intrinsic" or "place": what can overrule it

    @property
    def key(self) -> str:
        words = normalise(self.entry.removesuffix("+org").strip().lstrip("=").rstrip("*")).strip()
        return {"inside": words, "prefix": f" {words}", "word": f" {words} "}[self.boundary]


@dataclass(frozen=True)
class Finding:
    category: str
    term: Term
    field: str  # "counterparty" or "description"

    @property
    def reason(self) -> str:
        where = f" ({self.term.country})" if self.term.country else ""
        return f"{self.term.source}: '{self.term.entry}'{where} in the {self.field}"


def normalise(text: str) -> str:
    """Lower case without accents, words separated by single spaces, a space at each end."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = plain.replace("ı", "i").replace("ß", "ss").replace("'", "")
    return f" {' '.join(_NOT_WORD.sub(' ', plain).split())} "


class GazetteerError(ValueError):
    """A gazetteer file that cannot be read as one: says which file and line."""


def read_gazetteer(path: Path) -> list[Term]:
    """One file: a "# category:" header, then one entry per line; "#" starts a comment."""
    category = None
    mode = "word"
    terms = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.strip()
        if line.startswith("# category:"):
            category = line.split(":", 1)[1].strip()
        if line.replace(" ", "").startswith("#match:"):
            mode = {"names": "name", "intrinsic": "intrinsic"}[line.split(":", 1)[1].strip()]
        if not line or line.startswith("#"):
            continue
        if category is None:
            raise GazetteerError(f"{path.name} line {number}: entry before '# category:'")
        terms.append(_term(line, category, path.name, number, mode))
    return terms


def _term(line: str, category: str, source: str, number: int, mode: str) -> Term:
    entry, _, country = (part.strip() for part in line.partition("|"))
    words = entry.removesuffix("+org").strip()
    if words.endswith("*"):
        boundary = "prefix"
    elif words.startswith("=") or mode == "name" or country:
        boundary = "word"
    else:
        boundary = "inside"
    term = Term(
        category, entry, source, boundary, country.upper() or None, entry.endswith("+org"),
        kind="place" if country else mode,
    )
    if not term.key.strip():
        raise GazetteerError(f"{source} line {number}: empty entry")
    if boundary == "inside" and len(term.key) < MIN_INSIDE_LENGTH:
        raise GazetteerError(
            f"{source} line {number}: '{term.key}' is too short to match inside words"
        )
    return term


class Recogniser:
    """All gazetteers in one automaton."""

    def __init__(self, terms: list[Term], exceptions: list[str], organisations: list[str]) -> None:
        self._automaton = ahocorasick.Automaton()
        keys: dict[str, list[tuple[str, Term | None]]] = {}
        for term in terms:
            keys.setdefault(term.key, []).append(("term", term))
        for word in exceptions:
            keys.setdefault(normalise(word).strip(), []).append(("exception", None))
        for word in organisations:
            keys.setdefault(normalise(word).strip(), []).append(("organisation", None))
        for key, values in keys.items():
            self._automaton.add_word(key, (key, values))
        self._automaton.make_automaton()

    def find(
        self,
        text: str,
        country: str = "NL",
        trade: bool = False,
        venue: bool = False,
        sight: bool = False,
    ) -> list[tuple[int, Term]]:
        """Every term in the text with where it starts, except those inside an exception and
        those the business overrules: `trade` when the merchant code names another trade,
        `venue` when the counterparty is a restaurant, bar, hotel or beauty business (both
        overrule words only), `sight` when the merchant code is a tourist attraction's (that
        overrules places: a dome climb in the Vatican is no pilgrimage)."""
        normalised = normalise(text)
        words_off = trade or venue or bool(_ADMISSION.search(normalised))
        places_off = sight or bool(_ON_THE_ROAD.search(normalised))
        hits: list[tuple[int, int, Term]] = []
        exceptions: list[tuple[int, int]] = []
        organisation = False
        for end, (key, values) in self._automaton.iter(normalised):
            start = end - len(key) + 1 + key.startswith(" ")
            end -= key.endswith(" ")
            for kind, term in values:
                if kind == "exception":
                    exceptions.append((start, end))
                elif kind == "organisation":
                    organisation = True
                elif term is not None:
                    hits.append((start, end, term))
        return [
            (start, term)
            for start, end, term in hits
            if not any(s <= start and end <= e for s, e in exceptions)
            and (term.country is None or term.country == country.upper())
            and (organisation or not term.needs_organisation)
            and not (term.kind == "word" and (words_off or _in_street(normalised, start)))
            and not (term.kind == "place" and places_off)
        ]


# Words that name a street, and businesses that borrow a care or church word for their name.
_STREET = re.compile(
    r"(straat|weg|laan|plein|pad|dijk|kade|singel|gracht|steeg|dreef|markt|strasse|str|gasse"
    r"|platz|allee|street|road|lane|square)$"
)
VENUE = re.compile(
    r" (restaurant|bar|cafe|eetcafe|grand cafe|brasserie|bistro|pizzeria|pizza|tapas|pub|kneipe"
    r"|trattoria|ristorante|osteria|lokanta|hotel|hostel|b b|bed breakfast|cosmetics|cosmetica"
    r"|kosmetik|beauty|parfumerie|perfumery) "
)
# Admission to a church or a mosque that is a sight: a ticket, not worship.
_ADMISSION = re.compile(
    r" (tickets?|entree|entradas?|eintritt|biglietti|billets?|ingressos?|admission"
    r"|tentoonstelling|exhibition|museum|museo|musee) "
)
# Passing through a pilgrimage town by car is no pilgrimage.
_ON_THE_ROAD = re.compile(
    r" (autohaus|autobedrijf|garage|car rental|car hire|autoverhuur|tankstelle|tankstation"
    r"|parking|parkeren|parkhaus|gasolinera|benzin\w*|combustivel|area de servi\w*|as \w+ a\d"
    r"|raststatte|autobahn|motorway|autostrada|galp|repsol|cepsa|esso|shell|total|aral|agip) "
)


def says_ordinary(counterparty: str, description: str) -> bool:
    """The payment names an ordinary business or errand outright: a restaurant, bar, hotel or
    beauty business, an admission ticket, a garage or a road. No reader overrules that."""
    text = normalise(f"{counterparty} | {description}")
    venue = VENUE.search(normalise(counterparty))
    return bool(venue or _ADMISSION.search(text) or _ON_THE_ROAD.search(text))


def _in_street(text: str, start: int) -> bool:
    """The word around this position is a street name ("ziekenhuisweg", "pastoorstraat")."""
    word_end = text.find(" ", start)
    word = text[text.rfind(" ", 0, start) + 1 : word_end]
    return bool(_STREET.search(word)) or text[word_end:].startswith((" straat ", " weg "))


@cache
def recogniser(folder: Path = GAZETTEERS) -> Recogniser:
    terms = [
        term
        for path in sorted(folder.glob("*.txt"))
        if path.name not in (_EXCEPTIONS_FILE, _ORGANISATIONS_FILE)
        for term in read_gazetteer(path)
    ]
    return Recogniser(terms, _plain_lines(folder / _EXCEPTIONS_FILE), _plain_lines(
        folder / _ORGANISATIONS_FILE
    ))


def _plain_lines(path: Path) -> list[str]:
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def find_special(
    counterparty: str,
    description: str,
    country: str = "NL",
    trade: bool = False,
    sight: bool = False,
) -> Finding | None:
    """The first special category the counterparty, then the description, reveals. Read as one
    text, so an organisation word in either field counts. `trade`: the merchant code names
    another trade than a special category's; `sight`: a tourist attraction's."""
    venue = bool(VENUE.search(normalise(counterparty)))
    terms = recogniser().find(f"{counterparty} | {description}", country, trade, venue, sight)
    if not terms:
        return None
    start, term = min(terms, key=lambda found: found[0])
    field = "counterparty" if start < len(normalise(counterparty)) else "description"
    return Finding(term.category, term, field)
