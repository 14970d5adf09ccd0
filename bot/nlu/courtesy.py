"""The question without its courtesies, for the intent model to read.

"Hi! Quick question: what's my total for internet in 2025?" and "whats the total I paid for
premiums this year? thank you" are money questions; a bag of words that sees "hi" or "thank
you" leans to a greeting or a thanks. A greeting, a thanks or a please that stands before or
after the question, as its own phrase, is left out of what the model reads. A message that is
nothing but courtesy stays whole: that is small talk. Pure: text in, text out.
"""

from __future__ import annotations

import re

from bot.nlu.small_talk import small_talk_intent

# Phrases that only frame a question, beside the greetings and thanks of the small-talk list.
FRAMING = frozenset(
    {
        "quick question", "a quick question", "question", "one question", "i have a question",
        "a question", "short question", "simple question", "please", "pls", "plz", "sorry",
        "excuse me", "thanks in advance", "thank you in advance", "thx in advance",
        "vraagje", "een vraagje", "snel vraagje", "korte vraag", "een korte vraag", "vraag",
        "ik heb een vraag", "ik heb een vraagje", "graag", "aub", "a.u.b", "svp", "alsjeblieft",
        "alstublieft", "sorry hoor", "alvast bedankt", "alvast dank", "bij voorbaat dank",
        "dank alvast", "hey penny", "hi penny", "hallo penny", "hoi penny", "dear penny",
        "beste penny", "penny",
    }
)
_COURTEOUS_INTENTS = frozenset({"greet", "thank"})
# A phrase ends at punctuation; the question keeps its own question mark.
_PHRASE = re.compile(r"[^,.!?;:]+[,.!?;:]*")
_WORD = re.compile(r"[\w'’]+")
MIN_QUESTION_WORDS = 4
# "thank you so much for the help": the thanks goes on.
_GOES_ON = frozenset({"for", "voor", "with", "met", "to", "aan", "so", "zo"})
MAX_EDGE_WORDS = 4


def without_courtesy(text: str) -> str:
    """`text` less the greetings, thanks and pleases at its start and end."""
    phrases = [p for p in _PHRASE.findall(text) if _WORD.search(p)]
    start, end = 0, len(phrases)
    while start < end - 1 and _courteous(phrases[start]):
        start += 1
    while end - 1 > start and _courteous(phrases[end - 1]):
        end -= 1
    if (start, end) == (0, len(phrases)):
        return _without_edge_words(text)
    kept = "".join(phrases[start:end]).strip()
    if len(_WORD.findall(kept)) < MIN_QUESTION_WORDS:
        return text
    return _without_edge_words(kept)


def _without_edge_words(text: str) -> str:
    """"hey when did i pay Eneco last", "... alvast bedankt": a courtesy with no comma of its
    own, a few words at either end."""
    words = text.split()
    for size in range(min(MAX_EDGE_WORDS, len(words) - MIN_QUESTION_WORDS), 0, -1):
        if _courteous(" ".join(words[:size])) and words[size].lower() not in _GOES_ON:
            return _without_edge_words(" ".join(words[size:]))
        if _courteous(" ".join(words[-size:])):
            return _without_edge_words(" ".join(words[:-size]))
    return text


def _courteous(phrase: str) -> bool:
    plain = " ".join(_WORD.findall(phrase.lower().replace("’", "'")))
    return plain in FRAMING or small_talk_intent(plain) in _COURTEOUS_INTENTS
