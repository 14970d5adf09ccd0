"""Short social messages ("hiya", "ty", "jup", "neej", "absolutely not") read from a word list.

DIET sees too few letters in them to be sure and falls back, or mistakes "Good evening" for a
goodbye. A whole message that is one of these phrases (a typing slip allowed in the longer
ones) is that intent; anything longer is left to the model. Pure: text in, intent or None out.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz.distance import OSA

PHRASES: dict[str, tuple[str, ...]] = {
    "help": (
        "help", "help me", "hulp", "helpen", "hellup", "halp", "what can you do",
        "what can you do for me",
        "what do you do", "what are you for", "what are you good at", "wat kun je", "wat kan je",
        "wat kun jij", "wat kan jij", "wat doe je", "wat doe jij", "wat doet penny",
        "wat doet penny precies", "waar ben je goed in", "waar ben jij goed in",
        "waar ben je eigenlijk goed in", "waar ben je handig voor", "waarvoor ben je",
        "uitleg", "uitleg graag", "uitleg aub", "uitleg alsjeblieft",
        "what questions do you understand",
        "which questions do you understand", "welke vragen begrijp je", "what can i ask",
        "what can i ask you", "what can you answer", "what are you able to answer",
        "what are you able to do", "what can you help with", "what can you help me with",
        "what are you able to help me with", "what are you able to help with",
        "what can you help me with exactly", "how do i use you", "how do i use this",
        "functies", "features", "welke functies", "welke functies heb je", "wat kan ik vragen",
        "wat kan ik je vragen", "waar kun je mee helpen", "waarmee kun je helpen",
    ),
    "greet": (
        "hi", "hii", "hiya", "hey", "heya", "hey there", "hi there", "hello", "hello there",
        "hallo", "hoi", "hee", "heey", "hey hoi", "hai", "yo", "howdy", "hiya there",
        "good morning", "good afternoon", "good evening", "morning", "afternoon", "evening",
        "goedemorgen", "goedemiddag", "goedenavond", "goeiemorgen", "goeiemiddag", "goedenmorgen",
        "goeienavond", "goeiavond", "sup", "wassup", "wazzup", "whatsup", "helo", "heej",
        "heey hoi", "hee daar", "morgen", "goedendag", "goeiedag", "moi", "mogge", "greetings",
        "good day", "hello again", "hi again", "hallo daar", "hoi hoi",
    ),
    "goodbye": (
        "bye", "bye bye", "byebye", "goodbye", "good bye", "see you", "see ya", "see you later",
        "see you soon", "later", "laters", "cya", "take care", "good night", "goodnight", "night",
        "good nite", "nite", "catch you later", "catch you another time", "talk to you later",
        "ttyl", "farewell", "until next time", "till next time", "cheerio", "have a nice day",
        "have a good day", "have a good one", "i'm off", "gotta go", "doei", "doeg", "dag dag",
        "daag", "tot ziens", "tot later", "tot de volgende keer", "tot straks", "tot snel",
        "fijne dag", "fijne dag nog", "prettige dag", "prettige avond", "prettige avond verder",
        "fijne avond", "welterusten", "houdoe", "ajuus", "later", "de mazzel", "mazzel", "ik ga",
        "ik ben weg", "tot morgen", "that's all", "that is all", "dat was het", "dat was het wel",
        "ik ben klaar", "ok im off", "ok i'm off", "im off", "toedeloe", "doeidoei", "doei doei",
        "see you next time", "see you around", "bye for now", "i'm out", "gotta run", "dag",
        "doie", "doi", "i have to go", "i have to go now", "i need to go", "i gotta go",
        "ik moet gaan",
        "ik moet weg", "ik moet ervandoor",
        "ik ga ervandoor", "ik ben ervandoor", "ik ga er weer vandoor", "tot een volgende keer",
        "tot de volgende keer", "doei hoor", "have a nice evening", "have a nice weekend",
        "fijn weekend", "goed weekend", "fijne avond nog",
    ),
    "thank": (
        "thanks", "thank you", "thx", "thnx", "tnx", "ty", "tysm", "thanks a lot",
        "thanks so much", "thank you so much", "many thanks", "much obliged", "cheers",
        "much appreciated", "appreciated", "thanks penny", "great thanks", "ok thanks",
        "okay thanks", "thanks a bunch", "thank you very much", "bedankt", "dank je", "dankje",
        "dank u", "danku", "dank je wel", "dankjewel", "dank u wel", "dankuwel", "thanx", "merci",
        "tx", "hartelijk dank", "heel erg bedankt", "top bedankt", "super bedankt", "superbedankt",
        "ok bedankt", "oke bedankt", "fijn bedankt", "thnks", "dankjewel penny",
    ),
    "affirm": (
        "yes", "yeah", "yep", "yup", "ya", "yea", "y", "sure", "ok", "okay", "oke", "okey",
        "okido", "k", "kk", "alright", "all right", "of course", "of course why not", "absolutely",
        "definitely", "certainly", "correct", "that's right", "that is right", "right", "exactly",
        "indeed", "sounds good", "go ahead", "go for it", "yes please", "sure thing", "why not",
        "please do", "do it", "affirmative", "you bet", "yes indeed", "ja", "jaa", "jep", "jup",
        "jazeker", "zeker", "zeker weten", "natuurlijk", "tuurlijk", "uiteraard", "prima", "goed",
        "is goed", "oké", "akkoord", "klopt", "dat klopt", "inderdaad", "idd", "precies",
        "doe maar", "graag", "ja graag", "ja hoor", "jawel", "yes hoor", "dat zou fijn zijn",
        "lijkt me goed", "prima hoor", "ga je gang", "helemaal goed",
        "that's correct", "that is correct", "yes that's correct", "yes that is correct",
        "you're right", "you are right", "spot on", "dat is juist", "dat is correct", "juist",
        "klopt helemaal", "ja dat klopt", "ja klopt",
        "that's what i meant", "thats what i meant", "that is what i meant",
        "yes that's what i meant",
        "that's what i want", "that is what i want", "yes that is what i want", "please continue",
        "continue", "go on", "carry on", "ja dat bedoel ik", "dat bedoel ik", "dat bedoelde ik",
        "ga door", "ga maar door", "ga verder", "precies wat ik bedoel", "dat is wat ik wil",
        "precies dat bedoel ik", "dat bedoel ik precies", "kloppt", "klopt precies", "klopt ja",
        "thats correct", "thats right", "ye", "yee", "that one", "yes that one", "die",
        "die bedoel ik", "klopr",
        "klop", "jaah", "jah",
    ),
    "deny": (
        "no", "nope", "nah", "no thanks", "no thank you", "not now", "not really", "no way",
        "absolutely not", "definitely not", "certainly not", "of course not", "never mind",
        "negative", "nay", "no sir", "that's incorrect", "that is incorrect", "incorrect",
        "dat is niet juist", "niet juist", "dat is onjuist", "onjuist", "nee nee", "welnee",
        "ben je gek",
        "nevermind", "not at all", "i don't think so", "i'm good", "nah i'm good", "no i'm good",
        "i'm fine", "no need", "dat klopt niet", "klopt niks van", "dat wil ik niet",
        "not today", "maybe later", "maybe later not right now",
        "not right now", "nee", "neen", "neej", "nee hoor", "nee dank je", "nee dankje",
        "nee dank u", "nee bedankt", "nope thanks", "niet nu", "nu niet", "absoluut niet",
        "zeker niet", "echt niet", "helemaal niet", "natuurlijk niet", "laat maar", "hoeft niet",
        "niet nodig", "nee, dat klopt niet", "klopt niet", "that's wrong", "that's not right",
        "not correct", "incorrect", "wrong", "fout", "nee joh", "welnee", "nah thanks", "no no",
        "n", "ne", "nee nee nee", "never", "nooit", "verkeerd", "ne verkeerd", "nee verkeerd",
        "that's not what i meant", "not what i meant",
        "that's not what i asked", "not what i asked", "dat is niet wat ik bedoel",
        "dat bedoel ik niet", "niet wat ik bedoel", "dat is niet wat ik vroeg",
        "dat vroeg ik niet", "no that's not it", "nee dat is het niet",
    ),
    "bot_challenge": (
        "are you a bot", "are you human", "are you a robot", "are you real",
        "am i talking to a bot", "am i talking to a human", "are you a person", "is this a bot",
        "ben je een bot", "ben je een robot", "ben jij een bot", "ben je een mens", "ben je echt",
        "is dit een bot", "praat ik met een bot", "praat ik met een mens", "is dit een robot",
        "r u human", "is dit een chatbot", "ben je een chatbot", "is this a chatbot",
        "are you a chatbot", "r u a bot", "are u a bot", "are u human", "ben jij een robot",
        "ben jij een mens", "are you ai", "are you an ai", "ben je ai", "is dit ai",
        "r u real", "are u real", "r u a robot", "are you for real a person",
        "is this a real person",
        "ben je een echt persoon", "ben jij echt", "is dit een echt mens",
    ),
}

# Said to Penny by name, or with an emoji or "!!!": the same phrase.
_ADDRESS = re.compile(r"\b(penny|pen)\b", re.IGNORECASE)
_NOT_WORD = re.compile(r"[^\w' ]+")


def _clean(text: str) -> str:
    text = text.lower().replace("’", "'").replace("`", "'")
    text = _ADDRESS.sub(" ", text)
    return " ".join(_NOT_WORD.sub(" ", text).split())


_BY_PHRASE: dict[str, str] = {
    _clean(phrase): intent for intent, phrases in PHRASES.items() for phrase in phrases
}
_REPEATED = re.compile(r"(\w)\1{2,}")  # "heyyy", "thanksss", "neeee"


_PARTS = re.compile(r"[,.!;]+")


@lru_cache(maxsize=2048)
def small_talk_intent(text: str) -> str | None:
    """The social intent a whole message is, or None when it says anything more. "I'm off,
    have a nice day" is two goodbyes, so one; "thanks, bye" is two intents, so the model's."""
    whole = _phrase_intent(text)
    first, _, rest = _clean(text).partition(" ")
    if whole is None and rest and _phrase_intent(first) in ("affirm", "deny"):
        # "yea thats what i meant", "nee dat bedoel ik niet": a yes or no that says it twice.
        whole = _phrase_intent(first) if _phrase_intent(rest) == _phrase_intent(first) else None
    parts = [p for p in _PARTS.split(text) if _clean(p)]
    if whole is not None or len(parts) < 2:
        return whole
    found = {_phrase_intent(p) for p in parts}
    return found.pop() if len(found) == 1 else None


def _phrase_intent(text: str) -> str | None:
    cleaned = _clean(text)
    if not cleaned or len(cleaned.split()) > 8:
        return None
    for candidate in (cleaned, _REPEATED.sub(r"\1", cleaned), _REPEATED.sub(r"\1\1", cleaned)):
        if candidate in _BY_PHRASE:
            return _BY_PHRASE[candidate]
    if len(cleaned.split()) > 6:
        return None  # a slip allowed only in the shorter phrases
    if len(cleaned) < 6:
        return None  # too short to tell a slip from another word ("hoi" / "hou")
    close = [
        intent
        for phrase, intent in _BY_PHRASE.items()
        if len(phrase) >= 6 and OSA.distance(cleaned, phrase, score_cutoff=1) <= 1
    ]
    return close[0] if len(set(close)) == 1 else None
