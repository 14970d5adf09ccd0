"""Questions about Penny itself, told apart by their words: who or what answers (`bot_challenge`)
and what happens to the customer's data (`ask_data_usage`).

The model mistakes "spreek ik met een medewerker of een programma" for a request for a person,
and "can bank employees read this chat" for something out of scope: its words are those of
other intents. A question frame ("are you", "is dit", "who can") with a word for a machine or a
person, or for data and what is done with it, decides. Only a guess that is unsure, social or
about a person or money is reconsidered. Pure: text and intent in, intent out.
"""

from __future__ import annotations

import re

_RECONSIDERED = frozenset(
    {"help", "human_handoff", "out_of_scope", "nlu_fallback", "greet", "goodbye",
     "ask_transactions", "ask_spending", "compare_spending", "ask_balance", "ask_income",
     "ask_subscriptions", "affirm", "ask_data_usage", "bot_challenge"}
)
_WHO_ANSWERS = re.compile(
    r"\b(are you|r u|ben je|ben jij|bent u|is this|is dit|is het|am i|ben ik|spreek ik|praat ik"
    r"|chat ik"
    r"|talking|chatting|speaking|typt hier|typ ik|reading this|leest (er )?hier)\b.{0,50}"
    r"\b(bot|chatbot|robot|machine|computer|program\w*|software|ai|chatgpt|gpt|mens|human"
    r"|kunstmatige intel+igentie|artificial intel+igence"
    r"|person|persoon|medewerker|employee|real person|echt mens|echt persoon)\b"
    r"|^(what|who) (exactly )?(are you|is penny)\b(?! (able|going|doing|good|for|capable))"
    r"|^(wat|wie) (ben je|ben jij|bent u|is penny)\b"
    r"|\bwie of wat\b|\bwho am i (talking|chatting|speaking) (to|with)\b"
    r"|\bmet wie (spreek|praat|chat) ik\b|\b(on|at) the other end\b|\baan de andere kant\b"
    r"|\b(medewerker|mens|persoon|human|person) (of|or) (met |with )?(een |a )?(programma|computer"
    r"|bot|chatbot|robot|machine)\b"
    r"|\b(programma|computer|bot|chatbot|robot) of (een )?(medewerker|mens|persoon)\b"
    r"|\bof (ik|hij|ze|zij|je|u|we) met (een )?(echte? )?(mens|persoon|medewerker|bot|computer"
    r"|programma|chatbot"
    r"|robot)\b"
    r"|\b(whether|if) i'?m (talking|chatting|speaking) (to|with)\b",
    re.IGNORECASE,
)
# Asking for a person is a handoff, not a question about who answers.
_WANTS_A_PERSON = re.compile(
    r"\b(want|wil|would like|'d like|graag|can i|kan ik|let me|laat me|connect me|verbind)\b.{0,30}"
    r"\b(talk|speak|spreken|praten|chat)\b",
    re.IGNORECASE,
)
_DATA_QUESTION = re.compile(
    r"\b(what|which|wat|welke)\b.{0,30}\b(data|gegevens|information|informatie|details|info)\b"
    r".{0,40}\b(use|save|store|keep|know|see|process|collect|look at|gebruik\w*|bewaar\w*"
    r"|opslaan|opgeslagen|sla\w*|weet|verwerk\w*|verzamel\w*|kijk\w*|bekijk\w*)"
    r"|\bwhat do you know about me\b|\bwat weet (je|jij|u|penny) (\w+ ){0,2}(van|over) mij\b"
    r"|\b(info|informatie|gegevens|data|details)\b.{0,25}\b(over|about|van|on) (mij|me)\b"
    r"|\b(keep|store|save|bewaar\w*|onthoud\w*|remember\w*)\b.{0,20}\b(about|over|van) (me|mij)\b"
    r"|\bsla\w* (\w+ ){0,3}op (over|van) (mij|me)\b|\b(remember|onthoud)\w* (wat|what) (i|ik)\b"
    r"|\b(my|mijn) (transactions|transacties|data|gegevens|payments|betalingen)\b.{0,20}\b(can you"
    r"|kun je|kan je|kunt u) (access|see|read|zien|inzien)\b"
    r"|\b(leren|learn|train\w*)\b.{0,30}\b(transacties|transactions|gegevens|data|betalingen)\b"
    r"|\b(transacties|transactions|gegevens|data|betalingen)\b.{0,30}\b(leren|learn|train\w*)\b"
    r"|\b(can|could|kan|kunnen|mag|mogen|who|wie)\b.{0,40}\b(read|see|lezen|zien|meelezen"
    r"|meekijken|look at|access)\b.{0,30}\b(this chat|what i type|wat ik (hier )?typ|my (messages"
    r"|chats?|transactions|payments)|mijn (berichten|transacties|betalingen|uitgaven|chats?)"
    r"|deze chat|dit gesprek|this conversation|waar ik (mijn geld )?(aan )?uitgeef|wat ik (uitgeef"
    r"|koop)|what i (spend|buy)\b)"
    r"|\b(wie|kan|kunnen|mag|mogen)\b.{0,30}\b(mijn|deze|dit) (berichten|transacties|betalingen"
    r"|uitgaven|chats?|gesprek)\b.{0,15}\b(zien|lezen|inzien|bekijken|meelezen)\b"
    r"|\b(store|save|keep|record|bewaar\w*|opslaan|opgeslagen|bewaard)\b.{0,25}\b(conversations?"
    r"|chats?|messages|gesprek\w*|berichten)\b|\b(conversations?|chats?|messages|gesprek\w*"
    r"|berichten)\b.{0,25}\b(stored|saved|kept|recorded|bewaard|opgeslagen)\b"
    r"|\b(private|privé|prive|confidential|vertrouwelijk)\b|\bprivacy\b"
    r"|\btrain\w* (the |your |an? )?(ai|model)|\b(ai|model) (te )?train\w*"
    r"|\b(leest|kijkt)\b.{0,25}\b(mee|al mijn)\b|\b(reads?|looks? at) all my\b"
    r"|\b(use|gebruik)\w* (je |jij |you |penny )?(my|mijn) (data|\w*gegevens|info\w*)\b"
    r"|\b(doorge\w*|share\w*|deel\w*|sell\w*|verkoop\w*)\b.{0,30}\b(derden|third part\w*|others"
    r"|anderen)\b|\bwhere (my|his|her|our|their) data goes\b|\bwaar (mijn|zijn|haar) gegevens\b",
    re.IGNORECASE,
)


# "Kan jij laten zien mijn betalingen van vandaag?" asks to see them, not who sees them.
_SHOW_ME = re.compile(r"\b(laten zien|laat\b.{0,30}\bzien|show me|toon)\b", re.IGNORECASE)


# "mens aub", "connect me with an employee pls": a person, said in so many words.
_A_PERSON_PLEASE = re.compile(
    r"^(een |an? )?(echte? |real )?(mens|medewerker|human|person|agent|employee|operator)"
    r"( (aub|pls|plz|please|graag|svp|nu|now))*[.!]*$|\bconnect me (with|to) (an? )?(employee"
    r"|person|human|agent|someone|some1|somebody)"
    r"|\bverbind (me|mij) (door )?(met|aan) (een )?(medewerker|mens)"
    r"|\b(get|give|find|put) me (through to )?(an? )?(real |actual |live )?(person|persoon|human"
    r"|employee|agent)\b|\b(geef|haal) (me|mij) (een )?(echte? )?(mens|medewerker|persoon)\b",
    re.IGNORECASE,
)


# "y r u showing me this", "waarom laat je me dit zien": why the card, not who answers.
_WHY_THIS = re.compile(
    r"^(why|y|waarom|wrm)\b (are|r|do|did|would) (you|u) (\w+ )?(show|showing|send|sending|give"
    r"|giving|suggest\w*|recommend\w*|offer\w*) (me )?(this|that|it|these|those)\b"
    r"|^(waarom|wrm) (laat|stuur|toon|geef) (je|jij|u) (me|mij) (dit|dat|deze|die)\b"
    r"|\b(waarom|why)\b.{0,30}\b(staat|zie|krijg|is there|do i see|am i seeing|do i get)\b.{0,30}"
    r"\b(aanbieding|suggestie|reclame|advertentie|offer|suggestion|ad)\b",
    re.IGNORECASE,
)


def about_penny_intent(text: str, intent: str) -> str:
    """The intent to act on, given the model's."""
    if intent not in _RECONSIDERED:
        return intent
    if _A_PERSON_PLEASE.search(text.strip()):
        return "human_handoff"
    if _WHY_THIS.search(text.strip()):
        return "ask_why_suggestion"
    if _DATA_QUESTION.search(text) and not _SHOW_ME.search(text):
        return "ask_data_usage"
    if _WHO_ANSWERS.search(text) and not _WANTS_A_PERSON.search(text):
        return "bot_challenge"
    return intent
