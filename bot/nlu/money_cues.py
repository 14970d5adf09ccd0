"""Two questions a bag of words confuses with a spending question, told apart by their words.

- "hoeveel geld heb ik nog", "how much is in my account": a balance question. It has the words
  of money and of having, but none of spending.
- "what does Spotify cost me a year", "hoeveel gaat er maandelijks naar Ziggo": a subscription
  question. It names a subscription (or the word itself) and a rate ("a month", "per jaar"),
  but no period of its own ("last month", "in maart"), which would make it a spending total.

Only a guess of `ask_spending` is ever changed. Pure: text and intent in, intent out.
"""

from __future__ import annotations

import re

_SPENDING_WORDS = re.compile(
    r"\b(spen[dt]\w*|spending|paid|pay|uitgegeven|uitgeven|uitgaven|besteed\w*|betaald\w*|kwijt"
    r"|expenses?|costs?|kost\w*|verpatst|gegaan|went|go(es)? to|gaat er)\b",
    re.IGNORECASE,
)
_BALANCE_WORDS = re.compile(
    r"\b(balance|saldo|(in|on) my (current |savings )?acc?ount"
    r"|op (mijn|mn|m'n|de) (\w+)?rekening\w*|op de bank|(have|got) (\w+ )?left|left over"
    r"|heb ik (nog|nu|over)|over heb|available|beschikbaar|all my accounts|al mijn rekeningen"
    r"|in the red|rood|in de min|overdrawn)\b",
    re.IGNORECASE,
)
_SUBSCRIPTIONS = re.compile(
    r"\b(subscriptions?|abonnement\w*|contract|membership|lidmaatschap|netflix|spotify|spotfy"
    r"|disney\+?|videoland|hbo|ziggo|kpn|vodafone|t-mobile|odido|basic-fit|basicfit|gym"
    r"|sportschool|amazon prime|youtube premium|apple music|icloud)\b",
    re.IGNORECASE,
)
_RATE = re.compile(
    r"\b(a|per|each|every) (month|year|week)|monthly|yearly|annually|maandelijks|jaarlijks"
    r"|per (maand|jaar|week)|elke (maand|week)|ieder jaar|elk jaar|in de maand|p/m|p\.m\.\b",
    re.IGNORECASE,
)
_OWN_PERIOD = re.compile(
    r"\b(last|this|previous|vorige|afgelopen|deze|dit|sinds|since|in) (month|year|week|maand|jaar"
    r"|week|kwartaal|quarter|january|february|march|april|may|june|july|august|september"
    r"|october|november|december|januari|februari|maart|mei|juni|juli|augustus|oktober)\b"
    r"|\b20\d\d\b",
    re.IGNORECASE,
)


def money_intent(text: str, intent: str) -> str:
    """The intent to act on, given the model's: only a spending guess is reconsidered."""
    if intent != "ask_spending":
        return intent
    if _BALANCE_WORDS.search(text) and not _SPENDING_WORDS.search(text):
        return "ask_balance"
    if _SUBSCRIPTIONS.search(text) and _RATE.search(text) and not _OWN_PERIOD.search(text):
        return "ask_subscriptions"
    return intent
