"""Finds Penny's entities in a message with spaCy rules: periods, amounts, counts, merchants,
categories and IBANs. No statistical model: the patterns are the specification, and every
entity's value is already normalised (category keys, canonical merchant names)."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Any

import spacy
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from bot.merchants import KNOWN_MERCHANTS
from bot.nlu import vocabulary as vocab
from bot.period_words import WORDS

_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b", re.IGNORECASE)
_YEAR = r"^(1[89]\d\d|[2-9]\d\d\d)$"
_DAY = r"^([1-9]|[12]\d|3[01])(st|nd|rd|th|e|ste|de)?$"
_NUMBER = r"^\d+([.,]\d+)*$"
# Short or everyday words that are only a merchant when written as the brand writes them.
_CASE_SENSITIVE = {
    "plus",
    "jumbo",
    "shell",
    "ah",
    "ns",
    "bp",
    "kpn",
    "gvb",
    "svb",
    "bol",
    "booking",
}


@dataclass(frozen=True)
class Found:
    entity: str
    start: int
    end: int
    text: str
    value: str
    role: str | None = None

    def as_rasa(self, extractor: str) -> dict[str, object]:
        entity: dict[str, object] = {
            "entity": self.entity,
            "start": self.start,
            "end": self.end,
            "value": self.value,
            "confidence_entity": 1.0,
            "extractor": extractor,
        }
        if self.role:
            entity["role"] = self.role
        return entity


class EntityFinder:
    """Built once per language; `find` is then a pure function of the text."""

    def __init__(self, language: str = "en", guess_names: bool = True) -> None:
        self.language = language
        self.guess_names = guess_names
        self.nlp = spacy.blank(language)
        self.words = WORDS[language]
        self.matcher = Matcher(self.nlp.vocab)
        self.phrases = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        # spaCy 3.4 stub omits attr's default ("ORTH")
        self.exact = PhraseMatcher(self.nlp.vocab)  # type: ignore[call-arg]
        self.merchant_names: dict[str, str] = {}
        self.category_of: dict[str, str] = {}
        self._add_periods()
        self._add_amounts_and_counts()
        self._add_categories()
        self._add_merchants()
        # Capitalised words that are never a name Penny has not heard of; either language's,
        # since a message mixes them ("Hello, hoeveel...").
        self.not_names = frozenset(
            {*(m for words in WORDS.values() for m in words.months), *self.category_of, "i",
             "my", "me", "mijn", "ik"}
            | vocab.NOT_A_NAME["en"]
            | vocab.NOT_A_NAME["nl"]
        )

    # --- public ------------------------------------------------------------------------

    def find(self, text: str) -> list[Found]:
        doc = self.nlp.make_doc(text)
        spans = [*self._matches(doc), *self._unknown_merchants(doc), *self._ibans(doc)]
        # Guesses go last, so a known word of the same length always wins.
        spans += self._unknown_categories(doc)
        if self.guess_names:
            spans += self._capitalised_names(doc)
        # "cash flow", "cashback": a category's word inside another word's phrase.
        spans = [s for s in spans if not _inside_phrase(doc, s)]
        found = []
        for span in sorted(filter_spans(spans), key=lambda s: s.start):
            found.append(self._describe(doc, span))
        return found

    # --- patterns ----------------------------------------------------------------------

    def _add_periods(self) -> None:
        w = self.words
        months = list(w.months)
        numbers = list(w.numbers)
        phrase = [[{"LOWER": part} for part in p.split()] for p in w.relative]
        lasts = w.last_alternatives.split("|")
        units = list(w.units)
        count = {"LOWER": {"IN": numbers}, "OP": "?"}
        digits = {"TEXT": {"REGEX": r"^\d{1,4}$"}, "OP": "?"}
        day = {"LOWER": {"REGEX": _DAY}}
        month = {"LOWER": {"IN": months}}
        year = {"TEXT": {"REGEX": _YEAR}}
        joins = w.and_word.split("|")
        since = {"LOWER": {"IN": w.since_word.split("|")}}
        between = {"LOWER": {"IN": w.between_word.split("|")}}
        patterns: list[list[dict[str, Any]]] = [
            *phrase,
            [{"LOWER": {"IN": lasts}}, digits, count, {"LOWER": {"IN": units}}],
            [month, {**year, "OP": "?"}],
            [day, month, {**year, "OP": "?"}],
            [month, day, {**year, "OP": "?"}],
            [{"LOWER": {"IN": w.year_word.split("|")}}, year],
            [since, month, {**year, "OP": "?"}],
            [since, day, month, {**year, "OP": "?"}],
            [since, year],
            [between, day, {"LOWER": {"IN": joins}}, day, month, {**year, "OP": "?"}],
            [between, month, {"LOWER": {"IN": joins}}, month, {**year, "OP": "?"}],
            [between, day, month, {"LOWER": {"IN": joins}}, day, month, {**year, "OP": "?"}],
        ]
        self.matcher.add("period", patterns)
        # A bare year is a period only after "in"/"since" style words, never before "euro".
        self.matcher.add("period_year", [[{"LOWER": {"IN": ["in", "of", "during", "over"]}}, year]])

    def _add_amounts_and_counts(self) -> None:
        number = {"TEXT": {"REGEX": _NUMBER}}
        currency = {"LOWER": {"IN": list(vocab.CURRENCY_WORDS)}}
        self.matcher.add(
            "amount",
            [
                [{"TEXT": "€"}, number],
                [number, currency],
                [{"TEXT": {"REGEX": r"^€\d+([.,]\d+)*$"}}],
                [number, {"TEXT": ",-"}],
            ],
        )
        count_words = [w for w in WORDS[self.language].numbers if w != "a"]
        # One-word superlatives may stand before the number: "biggest 3", "grootste 5".
        self.big = [w for w in vocab.LARGEST_WORDS[self.language] if " " not in w and w != "top"]
        nouns = list(vocab.COUNT_NOUNS[self.language])
        between = {"IS_ALPHA": True, "LOWER": {"NOT_IN": list(vocab.CURRENCY_WORDS)}}
        self.matcher.add(
            "count",
            [
                [{"TEXT": {"REGEX": r"^\d{1,3}$"}}, {"LOWER": {"IN": nouns}}],
                [{"LOWER": {"IN": count_words}}, {"LOWER": {"IN": nouns}}],
                # "the 5 greatest payments", "de 3 forste betalingen": a word between, but no
                # currency ("10 euro payments" is an amount).
                [{"TEXT": {"REGEX": r"^\d{1,3}$"}}, between, {"LOWER": {"IN": nouns}}],
                [{"LOWER": {"IN": count_words}}, between, {"LOWER": {"IN": nouns}}],
                [{"LOWER": "top"}, {"TEXT": {"REGEX": r"^\d{1,3}$"}}],
                [{"LOWER": "top"}, {"LOWER": {"IN": count_words}}],
                # "give me the first three", "de eerste 5 tonen"
                [{"LOWER": {"IN": ["first", "eerste"]}}, {"TEXT": {"REGEX": r"^\d{1,3}$"}}],
                [{"LOWER": {"IN": ["first", "eerste"]}}, {"LOWER": {"IN": count_words}}],
                # "which 3 were the largest", "welke tien waren het grootst", "biggest 3"
                [{"TEXT": {"REGEX": r"^\d{1,3}$"}}, {"LOWER": {"IN": ["were", "waren"]}}],
                [{"LOWER": {"IN": count_words}}, {"LOWER": {"IN": ["were", "waren"]}}],
                [{"LOWER": {"IN": self.big}}, {"TEXT": {"REGEX": r"^\d{1,3}$"}}],
            ],
        )
        largest = [
            [{"LOWER": part} for part in p.split()] for p in vocab.LARGEST_WORDS[self.language]
        ]
        self.matcher.add("order", largest)

    def _add_categories(self) -> None:
        for key, phrases in vocab.CATEGORY_WORDS[self.language].items():
            for phrase in phrases:
                self.category_of[phrase.lower()] = key
                self.phrases.add(f"category:{key}", [self.nlp.make_doc(phrase)])

    def _add_merchants(self) -> None:
        for merchant in KNOWN_MERCHANTS:
            if merchant.category in {"health", "debt"}:
                continue  # "pharmacy" or "hospital" are categories of place, not one merchant
            for name in (merchant.name, *merchant.aliases):
                self.merchant_names[name.lower()] = merchant.name
                if name.lower() in _CASE_SENSITIVE or len(name) <= 3:
                    variants = {name, name.upper(), name.capitalize()} - {name.lower()}
                    docs = [self.nlp.make_doc(v) for v in variants]
                    self.exact.add("merchant", docs)
                else:
                    self.phrases.add("merchant", [self.nlp.make_doc(name)])

    # --- matching ----------------------------------------------------------------------

    def _matches(self, doc: Doc) -> list[Span]:
        spans = []
        for match_id, start, end in [*self.matcher(doc), *self.phrases(doc), *self.exact(doc)]:
            label = self.nlp.vocab.strings[match_id]
            if label == "period_year":
                start += 1
                label = "period"
            if label == "count":
                lead = doc[start].lower_ in ("top", "first", "eerste", *self.big)
                end = end if lead else start + 1
                start = start + 1 if lead else start
            spans.append(Span(doc, start, end, label=label))
        return spans

    def _unknown_merchants(self, doc: Doc) -> list[Span]:
        """Capitalised names after "at"/"to"/"from" that are no known word: merchants Penny
        has not heard of, so the answer can offer the closest known ones."""
        spans = []
        prepositions = vocab.MERCHANT_PREPOSITIONS[self.language]
        known_words = self.not_names

        def name_at(i: int) -> bool:
            word = doc[i]
            # "MediaMarkt", "bol.com": a brand's own capitals count as much as a title's.
            looks = word.text[:1].isupper() or _looks_like_name(word.text)
            return looks and word.lower_ not in known_words

        def inside_name(i: int, start: int) -> bool:
            """A Dutch particle between two name words ("Lars de Boer", "Huis van Dam"), or a
            month after an abbreviation ("Parochie St. Jan")."""
            if i > start and doc[i].lower_ in _NAME_PARTICLES:
                after = i + 1
                while after < len(doc) and doc[after].lower_ in _NAME_PARTICLES:
                    after += 1
                return after < len(doc) and name_at(after)
            return i > start and doc[i - 1].text.endswith(".") and doc[i].text[:1].isupper()

        for token in doc[:-1]:
            if token.lower_ not in prepositions:
                continue
            end = token.i + 1
            while end < len(doc) and end - token.i <= 5 and (
                name_at(end) or inside_name(end, token.i + 1)
            ):
                end += 1
            if end == token.i + 1 and end < len(doc) and doc[end].lower_ in self.merchant_names:
                # "bij ah", "pay ah": a short brand typed in lower case where a name belongs.
                end += 1
            if end > token.i + 1:
                spans.append(Span(doc, token.i + 1, end, label="merchant"))
            elif end < len(doc) and self._close_to_merchant(doc[end].lower_):
                spans.append(Span(doc, end, end + 1, label="merchant"))
        # "Bar El Pimpi: how much did that cost me?", "Portaal in oktober 2026, hoeveel?": a
        # name put first, as a heading, then a colon or its period.
        lead = 0
        while lead < min(len(doc), 5) and (name_at(lead) or inside_name(lead, 0)):
            lead += 1
        leads = vocab.PERIOD_LEADS[self.language] | {":"}
        if lead and lead < len(doc) and doc[lead].lower_ in leads:
            spans.append(Span(doc, 0, lead, label="merchant"))
        for token in doc[2:]:
            if token.lower_ not in vocab.MERCHANT_BEFORE[self.language]:
                continue
            start = token.i
            # Not the first word: a sentence starts with a capital whatever it is.
            while start - 1 > 0 and token.i - start < 5 and (
                name_at(start - 1) or inside_name(start - 1, 1)
            ):
                start -= 1
            # A noun's name comes after a word of its kind ("my", "recent"): "'; DROP TABLE
            # transaction" names nothing.
            led = token.lower_ in vocab.MERCHANT_BEFORE_VERBS or (
                start > 0 and doc[start - 1].lower_ in vocab.NAME_LEADS
            )
            if start < token.i and led:
                spans.append(Span(doc, start, token.i, label="merchant"))
        return spans

    def _capitalised_names(self, doc: Doc) -> list[Span]:
        """"Ik ben benieuwd wat Praxis dit jaar van mij heeft ontvangen": a capitalised word
        inside a sentence that is no word Penny knows is a name, wherever it stands. The
        sentence's first word is not: a sentence starts with a capital whatever it is."""
        spans = []
        i = 0
        while i < len(doc):
            if _starts_sentence(doc, i):
                # A sentence opens with a capital whatever it is; the capitals after a first
                # word Penny does not know are that word's own ("DROP TABLE"), but not after
                # one she does ("Was Gemeente Den Haag ...").
                i += 1
                while doc[i - 1].lower_ not in self.not_names and i < len(doc) and (
                    doc[i].text[:1].isupper()
                ):
                    i += 1
                continue
            start = i
            while i < len(doc) and i - start < 5 and self._capitalised_name_at(doc, i, start):
                i += 1
            if i > start:
                spans.append(Span(doc, start, i, label="merchant"))
            else:
                i += 1
        return spans

    def _capitalised_name_at(self, doc: Doc, i: int, start: int) -> bool:
        word = doc[i]
        if i > start and word.lower_ in _NAME_PARTICLES:
            after = i + 1  # "Lotte van der Meer": particles between two name words
            while after < len(doc) and doc[after].lower_ in _NAME_PARTICLES:
                after += 1
            return after < len(doc) and doc[after].text[:1].isupper()
        if i > start and doc[i - 1].text.endswith(".") and word.text[:1].isupper():
            return True  # a month after an abbreviation: "Parochie St. Jan"
        # "I've", "I'm": a pronoun with its verb.
        stem = re.split(r"['’]", word.lower_)[0]
        if not word.text[:1].isupper() or word.lower_ in self.not_names or stem in self.not_names:
            return False
        if word.lower_ in vocab.NEVER_NAMES or word.lower_ in self.merchant_names:
            # Known merchants are found by name, with their own rules for short ones ("AH").
            return i > start
        return True

    def _unknown_categories(self, doc: Doc) -> list[Span]:
        """A word in the place of a category ("spent on snacks", "aan snoep uitgegeven") that is
        no known category, so the answer can offer the closest known ones."""
        known = (
            set(self.category_of)
            | set(self.merchant_names)
            | set(self.words.months)
            | set(self.words.numbers)
            | vocab.NOT_A_CATEGORY[self.language]
        )
        spans = []
        for token in doc[:-1]:
            candidate = self._category_slot(doc, token.i)
            if candidate is None:
                continue
            word = doc[candidate]
            if word.is_alpha and word.is_lower and word.lower_ not in known and len(word) > 2:
                spans.append(Span(doc, candidate, candidate + 1, label="category_guess"))
        return spans

    def _category_slot(self, doc: Doc, i: int) -> int | None:
        """Where a category word would stand after token i, if i starts such a phrase."""
        token = doc[i].lower_
        if self.language == "en":
            if token in vocab.SPEND_VERBS["en"] and i + 2 < len(doc) and doc[i + 1].lower_ == "on":
                return i + 2
            return None
        after = [t.lower_ for t in doc[i + 2 : i + 4]]
        if token == "aan" and i + 2 < len(doc) and set(after) & set(vocab.SPEND_VERBS["nl"]):
            return i + 1
        return None

    def _close_to_merchant(self, word: str) -> bool:
        if len(word) < 4:
            return False
        heads = {name.split()[0] for name in self.merchant_names if len(name) >= 4}
        return bool(difflib.get_close_matches(word, heads, n=1, cutoff=0.8))

    def _ibans(self, doc: Doc) -> list[Span]:
        spans = []
        for match in _IBAN.finditer(doc.text):
            span = doc.char_span(match.start(), match.end(), label="iban", alignment_mode="expand")
            if span is not None:
                spans.append(span)
        return spans

    def _describe(self, doc: Doc, span: Span) -> Found:
        label = span.label_
        text = span.text
        value, role = text, None
        if label.startswith("category:"):
            label, value = "category", label.split(":", 1)[1]
        elif label == "category_guess":
            label, value = "category", text.lower()
        elif label == "merchant":
            # "...bought something from Parochie St. Jan.": the full stop ends the sentence.
            value = self.merchant_names.get(text.lower(), text.rstrip("."))
        elif label == "amount":
            role = self._amount_role(doc, span)
        elif label == "order":
            value = "largest"
        elif label == "iban":
            value = re.sub(r"\s+", "", text).upper()
        return Found(label, span.start_char, span.end_char, text, value, role)

    def _amount_role(self, doc: Doc, span: Span) -> str:
        before = doc[max(0, span.start - 3) : span.start].text.lower()
        if any(re.search(rf"\b{re.escape(w)}$", before) for w in vocab.MAX_WORDS[self.language]):
            return "max"
        return "min"


class MultilingualFinder:
    """One finder per language; for each message, the language that recognises the most wins,
    then the one that recognises the most text ("gas en licht" over "gas"), then the first, so a
    Dutch message is never read with English month names."""

    def __init__(self, languages: list[str], guess_names: bool = True) -> None:
        self.finders = [EntityFinder(language, guess_names) for language in languages]

    def find(self, text: str) -> list[Found]:
        best: list[Found] = []
        for finder in self.finders:
            found = finder.find(text)
            if _coverage(found) > _coverage(best):
                best = found
        return best


def _coverage(found: list[Found]) -> tuple[int, int]:
    return len(found), sum(f.end - f.start for f in found)


# Lower-case words inside Dutch names: "Lars de Boer", "Bakkerij van der Linden".
_NAME_PARTICLES = frozenset({"de", "van", "der", "den", "het", "ter", "ten", "op", "la", "le"})


def _inside_phrase(doc: Doc, span: Span) -> bool:
    if not span.label_.startswith("category") or span.end >= len(doc):
        return False
    return f"{span.text.lower()} {doc[span.end].lower_}" in vocab.NOT_CATEGORY_PHRASES


def _starts_sentence(doc: Doc, i: int) -> bool:
    """A capitalised word that opens the message or follows a full stop, colon or dash."""
    if not doc[i].text[:1].isupper():
        return False
    previous = doc[i - 1].text if i else "."
    return previous[-1:] in ".!?:;\"'(" or previous in ("-", "–")


def _looks_like_name(text: str) -> bool:
    """Brand spellings such as "bol.com" or "Disney+" that are neither title- nor upper-case."""
    return bool(re.fullmatch(r"[a-z0-9]+[.+&][a-z0-9.+&]*", text))
