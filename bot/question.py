"""What the customer asked, as plain values read from the NLU entities."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from bot.amounts import parse_amount
from bot.period_words import WORDS
from bot.taxonomy import INCOME_CATEGORIES, is_category

MAX_LIST = 50
# Number words come from the period vocabulary, one list per language for both uses.
_COUNT_WORDS = {
    word: int(digits)
    for words in WORDS.values()
    for word, digits in words.numbers.items()
    if word != "a"  # "a payment" is no count
}


@dataclass(frozen=True)
class Question:
    category: str | None = None
    merchant: str | None = None
    periods: tuple[str, ...] = ()
    min_cents: int | None = None
    max_cents: int | None = None
    count: int | None = None
    largest: bool = False
    ibans: tuple[str, ...] = field(default=())
    unknown_category: str | None = None  # a word used as a category that is none of ours
    direction: str | None = None  # "out" (pay, spent), "in" (received, earned) or None: both
    earned: bool = False  # salary, pension and benefits only, not everything that came in
    transfers: bool = False  # own transfers asked about: they are shown, not left out
    text: str = ""  # the words themselves, for what only the store can recognise (names)


def question_from_entities(entities: Iterable[Mapping[str, Any]], text: str = "") -> Question:
    """Collects the first category and merchant, every period in order, and amount bounds."""
    category = merchant = unknown_category = None
    categories: set[str] = set()
    periods: list[str] = []
    period_starts: list[int] = []
    ibans: list[str] = []
    min_cents = max_cents = count = None
    largest = False
    for entity in entities:
        name, value = entity.get("entity"), str(entity.get("value") or "").strip()
        if not value:
            continue
        if name == "category" and is_category(value):
            categories.add(value)
        if name == "category" and category is None and is_category(value):
            category = value
        elif name == "category" and unknown_category is None and not is_category(value):
            unknown_category = value[:60]
        elif name == "merchant" and merchant is None:
            merchant = value[:100]
        elif name == "period":
            periods.append(value)
            period_starts.append(int(entity.get("start") or 0))
        elif name == "amount":
            cents = parse_amount(value)
            if entity.get("role") == "max":
                max_cents = cents
            else:
                min_cents = cents
        elif name == "count":
            count = _count(value)
        elif name == "order":
            largest = True
        elif name == "iban":
            ibans.append(value.replace(" ", "").upper())
    if len(periods) >= 2 and compared_first(text, period_starts[0]):
        periods[0], periods[1] = periods[1], periods[0]
    # "salary, refunds, money from friends": wider; "not counting refunds": not.
    unearned = bool(_UNEARNED.search(text)) and not _EXCLUDING.search(text)
    wider = bool(_NOT_ONLY.search(text)) or unearned
    earned = bool(_EARNED.search(text)) and not wider
    if category in INCOME_CATEGORIES and wider:
        category = None  # "all incoming payments, not only my salary"
    elif categories >= INCOME_CATEGORIES or (
        category == "benefits" and _EARNED.search(_BENEFITS.sub(" ", text))
    ):
        category, earned = None, True  # "salaris of uitkering": pay and benefits, earned
    return Question(
        category,
        merchant,
        tuple(periods),
        min_cents,
        max_cents,
        count,
        largest,
        tuple(ibans),
        unknown_category if category is None else None,
        direction(text),
        earned,
        bool(_TRANSFERS.search(text)),
        text,
    )


def compared_first(text: str, start: int) -> bool:
    """Whether the period at `start` is the one compared against: "compared with November,
    how much in December?" asks about December."""
    before = text[:start]
    cues = list(_COMPARED_WITH.finditer(before))
    return bool(cues) and len(before[cues[-1].end() :].split()) <= 1


def direction(text: str) -> str | None:
    """Which way the money went, from the words: "pay" and "betaald" look at outgoing payments,
    "received" and "ontvangen" at incoming ones; both or neither mean both ways."""
    if _FROM_ME.search(text) or _THEY_GOT_PAID.search(text):
        return "out"  # "when did Lidl last receive money from me", "did Shell get paid yet"
    incoming = bool(_IN.search(text))
    outgoing = bool(_OUT.search(_PAID_ME.sub(" ", text)))
    if incoming == outgoing:
        return None
    return "in" if incoming else "out"


def _words(*words: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(words) + r")\b", re.IGNORECASE)


_OUT = _words(
    r"pa(?:y|ys|id|ying)", r"spen(?:d|ds|t|ding)", r"payments?", r"purchases?", r"bought",
    r"debits?", r"costs?", r"charged", r"expenses?",
    r"betaal(?:de|den|d|t)?", r"betaling(?:en)?", r"uitgegeven", r"uitgeven", r"gekocht",
    r"afschrijving(?:en)?", r"afgeschreven", r"kosten", r"uitgaven",
    r"(?:go|goes|went|gone|going) (?:out )?to", r"(?:go|goes|went|gone) out",
    r"sent", r"(?:gaat|ging|gingen|gaan) (?:\w+ ){0,4}naar",
    r"overgemaakt", r"gestuurd", r"aankopen",
)
_IN = _words(
    r"rec(?:ei|ie)v(?:e|ed|ing)", r"came in", r"come in", r"earn(?:ed|s|t|ings)?",
    r"income", r"salary", r"wages?", r"pension", r"deposit(?:s|ed)?", r"credited", r"incoming",
    r"pa(?:id|ys?) me", r"paid to me", r"refunds?", r"refunded",
    r"(?:did|have|do) (?:i|we) (?:get|got|gotten)(?! (?:charged|billed|debited|from))",
    r"gekregen", r"landed", r"bring home", r"brought home", r"take home", r"(?:get|got) paid",
    r"(?:did|do) (?:i|we) make", r"verdienste(?:n)?", r"bij ?geschreven", r"bijschrijving(?:en)?",
    r"binnen ?(?:gekomen|kwam)", r"kwam (?:er )?(?:\w+ ){0,3}binnen", r"ontvangen", r"ontving",
    r"verdiend", r"verdien(?:de|t)?", r"salaris", r"loon", r"inkomen", r"inkomsten", r"pensioen",
    r"gestort", r"terugbetaald",
)
# "Who paid me" and "heeft mij betaald" name the customer as the one paid: money coming in.
_PAID_ME = _words(
    r"pa(?:id|ys?|ying) me", r"(?:mij|me) (?:betaald|betaalde)", r"(?:get|got|gets) paid",
    r"pay (?:did|do) (?:i|we)",
)
_EARNED = _words(
    r"earn(?:ed|s|t)?", r"earni?n?gs", r"sala?ry", r"salry", r"salaries", r"wages?",
    r"pay ?checks?", r"payslips?", r"(?:did|do) (?:i|we) make", r"what (?:i|we) made",
    r"bring home", r"brought home", r"take[- ]home", r"(?:i|we) (?:get|got) paid",
    r"work pa(?:y|id|ys) (?:me|us)", r"pay (?:did|do) (?:i|we)",
    r"(?:my|total|net|gross|take-home|monthly|in) pay(?! (?:to|for|at|bij|aan)\b)",
    r"werkgever", r"employer", r"(?:from|van) (?:my |mijn |mn |m'n )?(?:work|werk|job|baan)",
    r"uwv", r"aow", r"svb", r"bijstand",
    r"pension", r"income", r"benefits?", r"uitbetaal[dt]", r"uit werk", r"verdienste(?:n)?",
    r"verdiend", r"verdien(?:de|t)?", r"salaris", r"loon", r"inkomen", r"pensioen",
    r"uitkering(?:en)?",
)
# "My total incoming payments, not only my salary": wider than the word it names.
_NOT_ONLY = _words(
    r"not (?:only|just|exclusively|merely)", r"niet (?:alleen|enkel|uitsluitend|slechts)",
    r"besides", r"naast", r"or not", r"of niet", r"regardless", r"ongeacht", r"all incoming",
    r"alle inkomende", r"all of it", r"everything", r"alles", r"all sources", r"all included",
    r"(?:don'?t|do not|niet) (?:just|only|alleen) (?:mean )?income", r"every (?:single )?payment",
    r"(?:together )?with my salary", r"(?:met )?(?:mijn |mn )?salaris erbij",
    r"van iedereen", r"from everyone", r"from everybody",
    r"(?<!niet )meegerekend", r"inbegrepen",
    r"(?:including|inclusief|incl\.?|as well as|also|ook) (?:my |mijn |mn |m'n |het )?"
    r"(?:salary|salaris|wages?|loon|pay|paycheck)",
)
# Money that is not earned, named beside the salary ("salary, refunds, money from friends")...
_UNEARNED = _words(
    r"refunds?", r"terugbetaling(?:en)?", r"teruggave(?:n|s)?", r"tikkies?", r"friends",
    r"vrienden", r"van anderen", r"from others", r"from other people", r"verkocht", r"sold",
    r"marktplaats",
)
# ... unless it is named to be left out: "not counting refunds", "geen tikkies meetellen".
_EXCLUDING = _words(
    r"not", r"no", r"excluding", r"except", r"without", r"apart from", r"leave out",
    r"leaving out", r"zonder", r"geen", r"behalve", r"exclusief", r"excl\.?",
    r"niet (?:meegerekend|meetellen|mee)", r"buiten",
)
_BENEFITS = _words(
    r"benefits?", r"uitkering(?:en)?", r"toeslag(?:en)?", r"kinderbijslag", r"aow",
    r"child benefit", r"allowances?", r"uwv", r"svb", r"bijstand",
)
_COMPARED_WITH = _words(
    r"compared (?:to|with)", r"vergeleken (?:met|bij)", r"versus", r"vs\.?", r"against",
    r"relative to", r"in vergelijking met", r"tegenover",
)
_FROM_ME = _words(r"from me", r"van (?:me|mij)")
_THEY_GOT_PAID = re.compile(
    r"\b(?:did|has|have|was|were|is) (?!i\b|we\b)[\w .'-]{1,40}? (?:get|got|been|gotten) paid\b",
    re.IGNORECASE,
)
_TRANSFERS = _words(
    r"transfers?", r"transferred", r"savings", r"saved", r"own accounts?", r"overboeking(?:en)?",
    r"overgeboekt", r"overgemaakt", r"spaarrekening", r"gespaard", r"eigen rekening(?:en)?",
)


def _count(value: str) -> int | None:
    number = _COUNT_WORDS.get(value.lower())
    if number is None and value.isascii() and value.isdigit():
        number = int(value)
    if number is None or number < 1:
        return None
    return min(number, MAX_LIST)
