"""Money questions a bag of words confuses with another intent, told apart by their words.

- "hoeveel geld heb ik nog", "how much is in my account": a balance question. It has the words
  of money and of having, but none of spending.
- "what does Spotify cost me a year", "hoeveel gaat er maandelijks naar Ziggo": a subscription
  question. It names a subscription (or the word itself) and a rate ("a month", "per jaar"),
  but no period of its own ("last month", "in maart"), which would make it a spending total.

- "hoeveel geld heeft mijn oma op haar rekening", "what's in my savings account": money held,
  asked in words the model also sees in transfers and card requests. Without a word of spending
  or of a bank errand (transfer, card, PIN), it is a balance question whatever the model guessed.
- "Graag een overzicht van alle bijschrijvingen", "is haar AOW gestort": money coming in, and
  nothing going out: an income question when the model was unsure or guessed another money
  question or a person.

Only these guesses are ever changed. Pure: text and intent in, intent out.
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
# Money held, said outright: "how much money do I have", "hoeveel geld staat er op".
_HOLDINGS = re.compile(
    r"\bhow much (money|cash|dough) (\w+ ){0,4}(have|got|left)\b"
    r"|\bhow much (money |cash )?is (there )?(left )?(in|on) (my|our|her|his)\b"
    r"|\bhow much is left\b"
    r"|\bhoe ?ve+l (\w+ ){0,2}(heb|heeft|hebben|staat|staan) (ik|we|ze|hij|er)? ?(nog|nu)\b"
    r"|\bwhat'?s (\w+ )?(in|on) (my|our|her|his) (\w+ )?(account|rekening)"
    r"|\bhoeveel (geld )?(heb|heeft|hebben|staat|staan)\b"
    r"|\bhoeveel geld (\w+ ){0,5}(heb|heeft|hebben|staat|staan)\b|\bwat staat er (nog )?op\b"
    r"|\b(money|cash|geld) (do|does) (i|we|she|he) have\b",
    re.IGNORECASE,
)
_ERRAND = re.compile(
    r"\b(transfer\w*|send|move|overmaken|overboeken|overschrijven|card|pas|pin|limit|limiet"
    r"|loan|lening|mortgage|hypotheek|open|close|sluiten|openen|never|nooit|dispute\w*|wrong"
    r"|complain\w*|klacht\w*|klopt niet)\b",
    re.IGNORECASE,
)
_INCOMING = re.compile(
    r"\b(income|incoming|salary|salaris|wages?|loon|paycheck|pay ?slip|credited|credits|received"
    r"|bijschrijving\w*|bijgeschreven|gestort|binnengekomen|binnengekregen|ontvangen|inkomsten"
    r"|inkomen|aow|uitkering\w*|toeslag\w*|pensioen\w*|pension|benefits?|refund\w*|teruggave"
    r"|terugbetaald|paid (me|us|in)|came in|coming in)\b",
    re.IGNORECASE,
)
_UNSURE_OR_MONEY = frozenset(
    {"ask_spending", "ask_transactions", "human_handoff", "nlu_fallback", "out_of_scope"}
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
    """The intent to act on, given the model's."""
    if intent in _UNSURE_OR_MONEY and not (_SPENDING_WORDS.search(text) or _ERRAND.search(text)):
        if _HOLDINGS.search(text):
            return "ask_balance"
        if _INCOMING.search(text):
            return "ask_income"
    if intent != "ask_spending":
        return intent
    if _BALANCE_WORDS.search(text) and not _SPENDING_WORDS.search(text):
        return "ask_balance"
    if _SUBSCRIPTIONS.search(text) and _RATE.search(text) and not _OWN_PERIOD.search(text):
        return "ask_subscriptions"
    return intent
