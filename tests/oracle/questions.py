"""Natural questions about the demo customers' money, in English and Dutch, each with what it
means (kind, customer, periods, category, merchant, count), so that the expected figures come
from the meaning and never from Penny's reading of the words. Seeded, so always the same."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import NamedTuple

import yaml

from bot.merchants import KNOWN_MERCHANTS
from bot.nlu.vocabulary import CATEGORY_WORDS
from tests.oracle.figures import NOT_REFUNDS, Oracle
from tests.oracle.matching import matching

LANGS = ("en", "nl")
MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"),
}
COUNTS = {"en": {3: "three", 5: "five", 10: "ten"}, "nl": {3: "drie", 5: "vijf", 10: "tien"}}
# Names no demo customer pays (checked against each history before use).
NEVER_PAID = ("Zalando", "Starbucks", "MediaMarkt", "Decathlon", "Primark", "Gamma", "Praxis",
              "Wehkamp", "Hornbach", "Swapfiets", "Rituals", "Douglas")
SPENDING_CATEGORIES = tuple(c for c in CATEGORY_WORDS["en"] if c not in ("income", "benefits"))
# How many questions of each kind per language.
PLAN = {"balance": 30, "category": 80, "merchant": 70, "compare": 50, "earned": 40,
        "came_in": 40, "biggest": 45, "last": 45, "unknown": 25}
TEMPLATES: dict[str, dict[str, tuple[str, ...]]] = {
    "balance": {
        "en": ("What's my balance?", "How much money do I have?", "What is my current balance?",
               "Show me my balance", "How much is in my accounts?"),
        "nl": ("Wat is mijn saldo?", "Hoeveel geld heb ik?", "Wat is mijn huidige saldo?",
               "Laat mijn saldo zien", "Hoeveel staat er op mijn rekeningen?"),
    },
    "category": {
        "en": ("How much did I spend on {w} {p}?", "What did I spend on {w} {p}?",
               "How much have I spent on {w} {p}?"),
        "nl": ("Hoeveel heb ik {p} aan {w} uitgegeven?", "Wat heb ik {p} aan {w} uitgegeven?",
               "Hoeveel gaf ik {p} uit aan {w}?"),
    },
    "merchant": {
        "en": ("How much did I spend at {m} {p}?", "How much did I pay to {m} {p}?",
               "What did I spend at {m} {p}?"),
        "nl": ("Hoeveel heb ik {p} bij {m} uitgegeven?", "Hoeveel heb ik {p} aan {m} betaald?",
               "Wat heb ik {p} bij {m} besteed?"),
    },
    "compare": {
        "en": ("Did I spend more on {w} {p} than {q}?", "Compare my spending on {w} {p} with {Q}",
               "Did I spend more at {m} {p} than {q}?", "Did I spend more {p} than {q}?"),
        "nl": ("Heb ik {p} meer aan {w} uitgegeven dan {q}?",
               "Vergelijk mijn uitgaven aan {w} {p} met {Q}",
               "Heb ik {p} meer bij {m} uitgegeven dan {q}?",
               "Heb ik {p} meer uitgegeven dan {q}?"),
    },
    "earned": {
        "en": ("How much did I earn {p}?", "What did I earn {p}?", "What was my income {p}?",
               "How much salary did I earn {p}?"),
        "nl": ("Hoeveel heb ik {p} verdiend?", "Wat heb ik {p} verdiend?",
               "Wat was mijn inkomen {p}?", "Hoeveel salaris heb ik {p} verdiend?"),
    },
    "came_in": {
        "en": ("How much money came in {p}?", "How much did I receive {p}?",
               "What came in on my account {p}?", "How much money did I get {p}?"),
        "nl": ("Hoeveel geld is er {p} binnengekomen?", "Hoeveel heb ik {p} ontvangen?",
               "Wat is er {p} op mijn rekening binnengekomen?",
               "Hoeveel geld heb ik {p} ontvangen?"),
    },
    "biggest": {
        "en": ("Show my {n} biggest payments {p}", "What were my {n} largest payments {p}?",
               "List my top {n} payments {p}"),
        "nl": ("Laat mijn {n} grootste betalingen {p} zien", "Wat waren mijn {n} grootste "
               "betalingen {p}?", "Toon mijn {n} hoogste betalingen {p}"),
    },
    "last": {
        "en": ("When did I last pay {m}?", "When was my last payment to {m}?",
               "What was my last payment at {m}?"),
        "nl": ("Wanneer heb ik voor het laatst {m} betaald?", "Wat was mijn laatste betaling aan "
               "{m}?", "Wanneer betaalde ik voor het laatst bij {m}?"),
    },
}
# Kinds where some questions are steered to a month with a reversal or refund in it, which
# the demo data has too few of for random questions to find often.
FOCUSED = ("category", "merchant", "compare", "came_in")
FOCUS_SHARE = 0.3
TEMPLATES["unknown"] = {lang: TEMPLATES["merchant"][lang][:2] + TEMPLATES["last"][lang][:1]
                        for lang in LANGS}
Templates = dict[str, dict[str, tuple[str, ...]]]
HELDOUT = Path(__file__).with_name("wordings_heldout.yml")


def heldout_templates(path: Path = HELDOUT) -> Templates:
    """Wordings by a writer who saw neither Penny's code nor its training data, nor tuned
    anything on them. A compare template's "w:"/"m:"/"all:" label is its slots again."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    templates: Templates = {
        kind: {lang: tuple(re.sub(r"^(w|m|all):\s*", "", t) for t in raw[kind][lang])
               for lang in LANGS}
        for kind in PLAN if kind != "unknown"
    }
    templates["unknown"] = {
        lang: templates["merchant"][lang][:3] + templates["last"][lang][:2] for lang in LANGS
    }
    return templates


@dataclass(frozen=True)
class Span:
    start: date
    end: date


@dataclass(frozen=True)
class Meaning:
    kind: str  # a key of PLAN
    login: str
    language: str
    periods: tuple[Span, ...] = ()
    category: str | None = None
    merchant: str | None = None  # as typed
    count: int | None = None


@dataclass(frozen=True)
class Question:
    text: str
    meaning: Meaning = field(compare=False)


class Focus(NamedTuple):
    login: str
    year: int
    month: int
    category: str
    counterparty: str


def month_span(year: int, month: int) -> Span:
    following = date(year + month // 12, month % 12 + 1, 1)
    return Span(date(year, month, 1), date.fromordinal(following.toordinal() - 1))


class Generator:
    def __init__(self, oracle: Oracle, seed: int = 12, templates: Templates = TEMPLATES) -> None:
        self.oracle = oracle
        self.templates = templates
        self.today = oracle.today
        self.rng = random.Random(seed)
        self.logins = [row[0] for row in oracle.db.execute("SELECT login FROM customer ORDER BY 1")]
        # Whole months of the history, the current one excluded.
        self.months = [(y, m) for y in (self.today.year - 1, self.today.year) for m in range(1, 13)
                       if date(y, m, 1) < date(self.today.year, self.today.month, 1)]

        self.touched = self._touched()

    def _touched(self) -> list[Focus]:
        """Every reversal, every payment a reversal took back and every refund, from 2025 on."""
        query = f"""SELECT c.login, t.booking_date, t.category, t.counterparty_name
                    FROM "transaction" t JOIN customer c ON c.id = t.customer_id
                    WHERE t.booking_date >= '{self.today.year - 1}-01-01'
                    AND (t.id IN (SELECT id FROM oracle_gone) OR (t.amount_cents > 0
                    AND t.kind <> 'own_transfer' AND t.category NOT IN {NOT_REFUNDS}))
                    ORDER BY t.id"""
        rows = self.oracle.db.execute(query).fetchall()
        return [Focus(login, int(day[:4]), int(day[5:7]), cat, name)
                for login, day, cat, name in rows]

    def focus(self, template: str) -> Focus | None:
        """A reversal or refund the question can be about: in a spending category the customer
        can name, or at a counterparty they paid (a tax rebate alone makes no "paid to")."""
        rows = [f for f in self.touched
                if ("{w}" not in template or f.category in SPENDING_CATEGORIES)
                and ("{m}" not in template or f.counterparty in self.paid(f.login))]
        return self.rng.choice(rows) if rows else None

    def month(self, lang: str, year: int, month: int) -> str:
        return f"in {MONTHS[lang][month - 1]} {year}"

    def period(self, lang: str) -> tuple[str, Span]:
        roll, t = self.rng.random(), self.today
        if roll < 0.5:
            y, m = self.rng.choice(self.months)
            return self.month(lang, y, m), month_span(y, m)
        if roll < 0.67:
            y, m = (t.year, t.month - 1) if t.month > 1 else (t.year - 1, 12)
            return ("last month", "vorige maand")[lang == "nl"], month_span(y, m)
        if roll < 0.84:
            return ("this year", "dit jaar")[lang == "nl"], Span(date(t.year, 1, 1), t)
        y = t.year - 1
        return f"in {y}", Span(date(y, 1, 1), date(y, 12, 31))

    @cache  # noqa: B019 - one generator per run
    def paid(self, login: str) -> list[str]:
        """Counterparties the customer paid, most paid first; never their own name."""
        query = """SELECT counterparty_name FROM "transaction" t JOIN customer c
                   ON c.id = t.customer_id WHERE c.login = ? AND amount_cents < 0
                   AND kind <> 'own_transfer' AND counterparty_name <> c.name
                   GROUP BY 1 ORDER BY COUNT(*) DESC, 1"""
        return [n for (n,) in self.oracle.db.execute(query, (login,)) if n]

    def typed_name(self, name: str) -> str:
        """The name as a customer might type it: sometimes a known alias."""
        for merchant in KNOWN_MERCHANTS:
            if merchant.name == name and merchant.aliases and self.rng.random() < 0.25:
                return self.rng.choice(merchant.aliases)
        return name

    def unknown_name(self, login: str) -> str:
        everyone = self.oracle.counterparties(self.oracle.customer(login))
        unpaid = [n for n in (*NEVER_PAID, *(m.name for m in KNOWN_MERCHANTS))
                  if not matching(n, everyone)]
        return self.rng.choice(unpaid)

    def one(self, kind: str, lang: str) -> Question:
        rng = self.rng
        template = rng.choice(self.templates[kind][lang])
        focus = self.focus(template) if kind in FOCUSED and rng.random() < FOCUS_SHARE else None
        login = focus.login if focus else rng.choice(self.logins)
        if focus:
            p, span = self.month(lang, focus.year, focus.month), month_span(focus.year, focus.month)
        else:
            p, span = self.period(lang)
        values = {"p": p}
        periods: tuple[Span, ...] = (span,)
        category = merchant = None
        count = None
        if "{w}" in template:
            category = focus.category if focus else rng.choice(SPENDING_CATEGORIES)
            values["w"] = rng.choice(CATEGORY_WORDS[lang][category])
        if "{m}" in template:
            paid = self.paid(login)
            while kind != "unknown" and not paid:
                login = rng.choice(self.logins)
                paid = self.paid(login)
            if kind == "unknown":
                merchant = self.unknown_name(login)
            else:
                merchant = self.typed_name(focus.counterparty if focus else rng.choice(paid[:25]))
            values["m"] = merchant
        if kind == "compare":
            y, m = (focus.year, focus.month) if focus else rng.choice(self.months[1:])
            earlier = (y, m - 1) if m > 1 else (y - 1, 12)
            if rng.random() < 0.3 and (y, m) in self.months:
                earlier = rng.choice(self.months[: self.months.index((y, m))])
            values["p"], values["q"] = self.month(lang, y, m), self.month(lang, *earlier)
            values["Q"] = values["q"].removeprefix("in ")
            periods = (month_span(y, m), month_span(*earlier))
        if kind == "biggest":
            count = rng.choice((3, 5, 5, 10))
            values["n"] = COUNTS[lang][count] if rng.random() < 0.3 else str(count)
        if kind in ("balance", "last", "unknown"):
            periods = ()
        meaning = Meaning(kind, login, lang, periods, category, merchant, count)
        return Question(template.format(**values), meaning)

    def all(self) -> list[Question]:
        """PLAN's number of questions of each kind per language, no question twice."""
        seen: set[tuple[str, str]] = set()
        questions = []
        for kind, n in PLAN.items():
            for lang in LANGS:
                made = 0
                while made < n:
                    q = self.one(kind, lang)
                    if (q.text, q.meaning.login) not in seen:
                        seen.add((q.text, q.meaning.login))
                        questions.append(q)
                        made += 1
        return questions


def generate(oracle: Oracle, seed: int = 12, templates: Templates = TEMPLATES) -> list[Question]:
    return Generator(oracle, seed, templates).all()


def sample(questions: list[Question], per_kind_and_language: int = 7) -> list[Question]:
    """A fixed sample with every kind in both languages."""
    taken: dict[tuple[str, str], int] = {}
    chosen = []
    for q in questions:
        key = (q.meaning.kind, q.meaning.language)
        if taken.get(key, 0) < per_kind_and_language:
            taken[key] = taken.get(key, 0) + 1
            chosen.append(q)
    return chosen
