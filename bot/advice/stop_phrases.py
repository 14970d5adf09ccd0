"""The deterministic safety net for art. 5.4.4: clear requests to stop suggestions, in English
and Dutch, are recognised even when the intent classifier misses them."""

from __future__ import annotations

import re

_SUBJECT_EN = (
    r"(suggest\w*|offers?|recommend\w*|promotions?|promos?|advert\w*|ads|marketing|sales pitch\w*"
    r"|product tips|tips about products|pitch\w*|spam|those products|financial products)"
)
_SUBJECT_NL = (
    r"(suggesties?|aanbiedingen|aanbieding|aanbod|reclame|advertenties|productadvies|tips over "
    r"producten|aanraders|marketing|productsuggesties|verkooppraatjes|aanbevelingen?|"
    r"productaanbevelingen|promoties?|producttips|aanbiedinkjes)"
)
_STOP_PATTERNS = (
    # English
    rf"\b(stop|quit|cease|end|halt|disable|turn off|switch off|no more|enough( with)?( the)?)\b"
    rf".{{0,30}}\b{_SUBJECT_EN}",
    rf"\b(don'?t|do not|never)\b.{{0,25}}\b(send|show|give|suggest|offer|want|need|make)\b"
    rf".{{0,25}}\b{_SUBJECT_EN}",
    r"\b(opt|opting) out\b",
    r"\bunsubscribe\b",
    rf"\bi object to\b.{{0,40}}\b({_SUBJECT_EN}|my data|payment data)",
    rf"\b{_SUBJECT_EN}\b.{{0,20}}\b(off|no more|stop)\b",
    # Dutch
    rf"\b(geen)\b.{{0,20}}\b{_SUBJECT_NL}\b.{{0,10}}\b(meer|ontvangen|hebben|krijgen)?",
    rf"\b(stop|stoppen|hou op|houd op|uitzetten|zet uit|uit zetten|weg met|uitschakelen)\b"
    rf".{{0,30}}\b{_SUBJECT_NL}",
    rf"\b{_SUBJECT_NL}\b.{{0,25}}"
    r"\b(uit|uitzetten|uitschakelen|stoppen|stop|niet meer|uit zetten)\b",
    r"\b(afmelden|uitschrijven)\b",
    rf"\bik maak bezwaar\b.{{0,60}}\b({_SUBJECT_NL}|mijn gegevens|betaalgegevens|betalingen)",
)
# Phrases that mention suggestions but ask for the opposite, or ask about them.
_NOT_STOP = (
    r"\b(start|resume|turn on|switch on|enable|weer aan|aanzetten|opnieuw aan|wel weer)\b",
    # Questions about a suggestion ("why am I seeing this offer?"), not asides inside a request.
    r"^\W*(why|waarom|explain|leg)\b|\buitleg",
)
_STOP = re.compile("|".join(f"(?:{p})" for p in _STOP_PATTERNS), re.IGNORECASE)
_EXCEPT = re.compile("|".join(f"(?:{p})" for p in _NOT_STOP), re.IGNORECASE)


def is_stop_request(text: str) -> bool:
    """True for a clear request to stop suggestions, e.g. "stop suggesting products",
    "no more offers please", "ik wil geen aanbiedingen meer"."""
    cleaned = " ".join(text.replace("’", "'").split())
    return bool(_STOP.search(cleaned)) and not _EXCEPT.search(cleaned)
