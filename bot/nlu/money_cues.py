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

from bot.nlu.vocabulary import LARGEST_WORDS

# Verbs of money spent: "hoeveel heb ik bij het Kruidvat afgerekend" reads as money held by its
# first words ("hoeveel heb ik"), spent by its verb.
_SPENT_VERBS = (
    r"spen[dt]\w*|spnd|spnt|uitgegeven|uitgeg\w+|afgerekend|gespendeerd|(er)?doorheen\w*"
    r"|besteed\w*|betaald\w*|neergeteld|neergelegd|opgemaakt|verbrast|kwijtgeraakt|blown|splurged"
)
_SPENT = re.compile(rf"\b({_SPENT_VERBS})\b", re.IGNORECASE)
_SPENDING_WORDS = re.compile(
    rf"\b({_SPENT_VERBS}|spending|paid(?! (me|us|in)\b)|(?<!my |in )pay(?! (did|do) (i|we)\b)"
    r"|expenditures?|wasted|verspild|paid out|uitgegeven"
    r"|uitgeven|uitgaven|kwijt|overgemaakt|moeten betalen|betalen bij elkaar"
    r"|overgeboekt|transferred|expenses?|costs?|kost\w*|verpatst|gegaan|went|go(es)? to|gaat er"
    r"|afrekenen|spenderen|opgegaan|verkwist|gaf (\w+ ){0,4}uit|(get|got|gets) from me|cost me"
    r"|gekost|ging (er )?(\w+ ){0,4}naar|laten liggen|damage|purchases?"
    r"|aankopen|uitgave|set me back|(run|ran|runs) (me|us)|gestuurd"
    r"|(ging|gaat|gingen) (\w+ )?op aan|gestoken|(drop|dropped|sunk|put) (\w+ ){0,3}(there|into)"
    r"|opging|schrijft (\w+ ){0,4}af|afschrijft|(give|gave|given) to|geef (\w+ )?aan"
    r"|(rec[ie]{2}ved?|receives|get|got|had|gehad|gekregen|take|took) (\w+ ){0,3}(from|off) me"
    r"|end(ed)? up paying|given|gegeven|eat up|ate up|eaten up|bill for|afgeschreven|afgegaan"
    r"|afgeboekt|debited|debits?|(get|got|take|took|taken) (\w+ ){0,2}out of my account"
    r"|(i|we) sent"
    r"|(geld )?van (me|mij) (\w+ ){0,2}(gehad|gekreg\w*|ontvang\w*)|go(es)? out|went out"
    r"|bought|buy|gekocht|(had|took|taken|got) off me|charged?|charges|in rekening gebracht"
    r"|(fork|forked|shell|shelled|splash|splashed) out"
    r"|sent money|send money|money to|geld naar|hakten)\b",
    re.IGNORECASE,
)
_BALANCE_WORDS = re.compile(
    r"\b(balance|saldo|(in|on) my (current |savings )?acc?ount"
    r"|op (mijn|mn|m'n|de) (\w+)?rekening\w*|op de bank|(have|got) (\w+ )?left|left over"
    r"|heb ik (nog|nu|over)|over heb|available|beschikbaar|all my accounts|al mijn rekeningen"
    r"|in the red|rood|in de min|overdrawn|tegoed)\b",
    re.IGNORECASE,
)
# Money held, said outright: "how much money do I have", "hoeveel geld staat er op".
_HOLDINGS = re.compile(
    r"\bhow (much|mutch|mch|muc|mcuh|mush) (money|cash|dough) (\w+ ){0,4}(have|hav|got|left)\b"
    r"|\bhow much do (i|we) (still )?(have|hav)( left)?\b|\bwhat'?s left\b"
    r"|\bhoeveel (geld )?(zit|staat) er (\w+ ){0,2}(nog |nu )?op\b"
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
    r"\b(transfer(?!r?ed)\w*|send|move|overmaken|overboeken|overschrijven|card|pas|pin|limit|limiet"
    r"|loan|lening|mortgage|hypotheek|open|close|sluiten|openen|never|nooit|dispute\w*|wrong"
    r"|complain\w*|klacht\w*|klopt niet)\b",
    re.IGNORECASE,
)
_INCOMING = re.compile(
    r"\b(income|incoming|money in|salary|salaris|salarus|salris|wages?|loon|paycheck|pay ?slip"
    r"|credited|credits|received|bijschrijving\w*|bijgeschreven|gestort|binnengekomen|al binnen"
    r"|binnengekregen|ontvangen|inkomsten"
    r"|inkomen|aow|uitkering\w*|toeslag\w*|pensioen\w*|pension|benefits?|refund\w*|teruggave"
    r"|terugbetaald|paid (me|us|in)|pays? (me|us)|came in|coming in|reciev\w*"
    r"|how much (money )?(did|have|do) (i|we) (get|got|gotten)(?! (charged|billed|debited|from))"
    r"|deposit\w*|landed in|(did|do) (i|we) (bring|take) home|brought home|(get|got) paid"
    r"|how much did (i|we) make|earnings"
    r"|verdienste\w*|bij ?geschreven|kwam (er )?(\w+ ){0,3}binnen|binnen ?gekomen|gestort"
    r"|paid into|terecht ?gekomen|uitbetaald|uitbetaalt|(me|mij) (\w+ ){0,4}betaald"
    r"|paychecks?|sala?ry|salry|(transfer(r?ed|s)?|sen[dt]s?|paid|overgemaakt) (to|naar) (me|mij)"
    r"|naar (me|mij) overgemaakt|what (i|we) made|inkomend\w*|binnenkomend\w*|my pay\b"
    r"|added to my (balance|account)|reached my account|bijgeboekt|earni?n?gs|incomm?ing"
    r"|(kreeg|kregen|krijg) (ik|we) (\w+ ){0,4}(overgemaakt|gestort|betaald)"
    r"|paid in to me|put (on|in|into|onto) my (\w+ )?account|(op|naar) (mijn|mn|m'n) (\w+)?rekening"
    r" (gezet|gestort|bijgeschreven)"
    r"|mijn loon"
    r"|hoeveel (geld )?(heb|hebben) (ik|we) (\w+ ){0,3}(gekregen|binnengekregen))\b",
    re.IGNORECASE,
)
_LIST_GUESSES = frozenset(
    {"ask_income", "ask_subscriptions", "affirm", "nlu_fallback", "out_of_scope", "ask_spending"}
)
_UNSURE_OR_MONEY = frozenset(
    {"ask_spending", "ask_transactions", "human_handoff", "nlu_fallback", "out_of_scope"}
)
_SUBSCRIPTIONS = re.compile(
    r"\b(subscriptions?|abonnement\w*|contract|membership|lidmaatschap|netflix|spotify|spotfy"
    r"|disney\+?|videoland|hbo|ziggo|kpn|vodafone|t-mobile|odido|basic-fit|basicfit|gym"
    r"|sportschool|amazon prime|youtube premium|apple music|icloud|streaming ?(services?|diensten)"
    r"|streamingdienst\w*|streamers)\b",
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


# "Has NS taken any money from my account this week?": whether a payment went out, a question
# about one payment, not a total and not money coming in.
_WAS_DEBITED = re.compile(
    r"^\W*(\w+[,:] )?(did|has|have|is|was|were|heeft|hebben|heb|had|is|zijn|was|werd)\b"
    r".{0,60}\b(take|took|taken|charged?|debited|withdrawn|afgeschreven|geïncasseerd|geincasseerd"
    r"|afgeboekt|afgehaald|geschreven|overgemaakt)\b",
    re.IGNORECASE,
)
# "laat alle betalingen aan Coolblue zien", "when did I last pay Basic-Fit": single payments.
_LISTS_PAYMENTS = re.compile(
    r"\b(show|list|laat|toon|geef)\b.{0,30}\b(payments?|transactions?|betalingen|transacties"
    r"|afschrijvingen|tikkies?)\b"
    r"|^(when|wanneer)\b.{0,40}\b(paid|pay|betaald|betaalde|charged|afgeschreven)\b"
    r"|\blast time i paid\b|\bvoor het laatst betaald\b",
    re.IGNORECASE,
)
_HOW_MUCH = re.compile(
    r"\b(h(o)?w (much|mutch|mch|muc|mcuh|mush|mutsh)|hoeveel|hoevel|hoe veel|total|totaal"
    r"|how many (euros?|eur|bucks))\b",
    re.IGNORECASE,
)
# "Can you tell me when I last spent money at NS", "most recent X payment", "de laatste keer":
# one payment asked for, whatever the verb.
_WHEN_LAST = re.compile(
    r"\b(when|whens|wen|wanneer|wanner)\b.{0,60}\b(last|laatst\w*)\b|\b(most recent\w*|latest"
    r"|laatste keer|voor (het|'t|t) laatst|for the last time|meest recente?"
    r"|the last (transfer|payment|transaction|time|amount|debit)"
    r"|het laatste bedrag|de laatste afschrijving|vorige (bezoek|keer|aankoop|betaling)"
    r"|previous (visit|purchase|payment|time)|op welke datum|on what date|(which|what) date"
    r"|the date on which|(i|ik) (\w+ )?last paid|which day|what day|welke dag"
    r"|my last (money|payment|transfer)|mijn laatste (geld|betaling|overboeking)"
    r"|^\W*last time"
    r"|de laatste (betaling|overboeking|transactie))\b",
    re.IGNORECASE,
)
_LAST = re.compile(
    r"\b(last(?! (month|year|week|quarter))|latest|recent\w*|laatst\w*|when|wanneer)\b", re.I
)
# "What did I spend on taxes in March": a total asked for, whatever the topic sounds like.
_ASKS_TOTAL = re.compile(
    r"\b(how (much|mutch|mch|muc|mcuh|mush)|hoeveel|hoevel|what (did|have) (i|we)|what did \w+"
    r"|wat ben ik|hoeveel ben ik|come to|came to|comes to|sum of"
    r"|wat (heb|hebben) (ik|we)|wat heeft|wat ging|what went|total|totaal|add up|sum up|optellen"
    r"|damage|(my|mijn) (total |totale )?(spend|spending|expenses|uitgaven)|altogether|in total"
    r"|all together|in totaal|bij elkaar|alles samen|all in|what'?s the total|tally|overall"
    r"|a figure for|total amount|totale kosten|what amount|which amount|welk bedrag"
    r"|wat (is|was) het bedrag|combined|optelsom|opgeteld|een totaal"
    r"|(the )?(actual|exact|full|whole) amount|amount(ed)? to|the amount of"
    r"|amount of money|het bedrag)\b",
    re.IGNORECASE,
)
# "How much did I spend at Jumbo in April?" asks for one total; a comparison says so, or names
# two periods.
_COMPARES = re.compile(
    r"\b(compar\w*|vs\.?|versus|than|more|less|fewer|differen\w*|against|usual\w*|average"
    r"|normal\w*|increas\w*|decreas\w*|went (up|down)|higher|lower|trend|change[ds]?"
    r"|vergelijk\w*|vgl|vergeleken|verschil\w*|dan|(?<!niet )meer|minder|hoger|lager|gestegen"
    r"|gedaald"
    r"|afzetten tegen|afgezet tegen|zet \w+ (\w+ ){0,6}af tegen|tegen elkaar"
    r"|verhoud\w*|tegenover|relative to|stack up|side by side|naast elkaar|next to each other"
    r"|differ\w*"
    r"|gemiddeld\w*|normaal|anders|toegenomen|afgenomen|each month|per month|every month"
    r"|elke maand|per maand|month by month|maand op maand)\b",
    re.IGNORECASE,
)
_PAYMENT_NOUN = re.compile(
    r"\b(payments?|transactions?|transfers?|charges|betaling(en)?|transacties?|afschrijvingen"
    r"|uitgaven)\b",
    re.IGNORECASE,
)
_TOTAL_WORD = re.compile(
    r"\b(total|totaal|all in|altogether|in totaal|bij elkaar|combined|optelsom|optellen|add up)\b",
    re.IGNORECASE,
)
# The words of the entity finder's "largest" order, but "top" ("top up"), in either language.
_BIGGEST = re.compile(
    r"\b("
    + "|".join(
        re.escape(w) for words in LARGEST_WORDS.values() for w in words if w != "top"
    )
    + r")\b",
    re.IGNORECASE,
)
_TO_ME = re.compile(
    r"\b(transferr?ed|sent|paid|overgemaakt|gestort) (to|naar|into) (me|mij|my account)\b"
    r"|\bnaar (me|mij) overgemaakt\b|\b(me|mij) (\w+ ){0,4}(betaald|overgemaakt)\b"
    r"|\b(paid|pays?) (me|us)\b|\bpaid in to me\b"
    r"|\b(kreeg|kregen|krijg) (ik|we) (\w+ ){0,4}(overgemaakt|gestort|betaald)\b"
    r"|\b(got|get) (\w+ ){0,2}(transferred|paid|sent) (to me|in)\b",
    re.IGNORECASE,
)
_EARN_VERB = re.compile(r"\b(earn\w*|verdien\w*|verdiend)\b", re.IGNORECASE)
_FROM_ME = re.compile(
    # The customer's own paying account, not "van mijn spaarrekening" (an own transfer).
    r"\b(from me|van (me|mij)|(out of|from|off) my ((current|checking|bank|main) )?account"
    r"|van (mijn|mn|m'n) (betaal)?rekening|aan (mij|me) verdiend)\b",
    re.IGNORECASE,
)
# The model reads "hoi, wanneer ging er voor het laatst geld naar X" as a greeting or a handoff.
_WHEN_LAST_GUESSES = frozenset(
    {"ask_spending", "ask_transactions", "ask_income", "ask_subscriptions", "human_handoff",
     "nlu_fallback", "out_of_scope", "greet"}
)
_BALANCE_ALONE_WORD = re.compile(r"\b(balance|saldo|balans)\b", re.IGNORECASE)
_MONTH_YEAR = re.compile(
    r"\b(january|february|march|april|may|june|july|august|september|october|november|december"
    r"|januari|februari|maart|mei|juni|juli|augustus|oktober) 20\d\d\b",
    re.IGNORECASE,
)
_PERIOD_WORD = re.compile(
    r"\b(month|year|week|quarter|maand|jaar|kwartaal|january|february|march|april|may|june|july"
    r"|august|september|october|november|december|januari|februari|maart|mei|juni|juli"
    r"|augustus|oktober|20\d\d)\b",
    re.IGNORECASE,
)


_ON_ACCOUNTS = re.compile(
    r"\b(on|in|op) (my|mijn|mn|m'n|al mijn|all my) (\w+ )?(acc?ounts?|rekening(en)?)\b", re.I
)
_SOCIAL_GUESSES = frozenset({"help", "greet", "thank", "goodbye", "out_of_scope", "nlu_fallback"})
_MY_BALANCE = re.compile(r"\b(my|mijn|mn|m'n) (\w+ )?(balance|saldo)\b", re.IGNORECASE)
# "sldo graag", "balance?": the word alone, perhaps misspelt, with nothing but a please.
_BALANCE_ALONE = re.compile(
    r"^\W*(my |mijn |mn )?(saldo|sldo|salod|slado|sadlo|saldi|sado|sald|saldoo|salso|balance|balans"
    r"|blance|balnce|balace)"
    r"( (graag|pls|plz|please|aub|svp|now|nu|check|checken))*\W*$",
    re.IGNORECASE,
)


def money_intent(text: str, intent: str) -> str:
    """The intent to act on, given the model's. Each word cue is looked for once."""
    if _BALANCE_ALONE.match(text):
        return "ask_balance"
    if intent in _SOCIAL_GUESSES and _MY_BALANCE.search(text):
        return "ask_balance"  # "My grandson says I can ask you this here: what is my balance?"
    how_much = bool(_HOW_MUCH.search(text))
    incoming = bool(_INCOMING.search(text))
    lists = bool(_LISTS_PAYMENTS.search(text))
    spending_words = bool(_SPENDING_WORDS.search(text))
    errand = bool(_ERRAND.search(text))
    compares = bool(_COMPARES.search(text))
    asks_total = bool(_ASKS_TOTAL.search(text))
    own_period = bool(_OWN_PERIOD.search(text))
    # "August 2026" is one period, not two.
    periods = len(_PERIOD_WORD.findall(_MONTH_YEAR.sub(r"\1", text)))
    spent = spending_words and not errand
    from_me = bool(_FROM_ME.search(text)) and not _TO_ME.search(text)
    summed = spent or from_me or bool(_PAYMENT_NOUN.search(text))
    # One payment asked about, not a total and not money coming in.
    single = not how_much and not incoming
    if single and intent in _LIST_GUESSES and lists:
        return "ask_transactions"
    if single and intent in {"ask_spending", "ask_income"} and _WAS_DEBITED.search(text):
        return "ask_transactions"
    # "Everything transferred to me": money coming in, not an errand.
    own_side = _TO_ME.sub(" ", text) if _TO_ME.search(text) else text
    goes_out = (spending_words or errand) if own_side is text else bool(
        _SPENDING_WORDS.search(own_side) or _ERRAND.search(own_side)
    )
    if intent in _UNSURE_OR_MONEY and not goes_out:
        if incoming:
            return "ask_income"
        # A balance is today's: "hoeveel heeft Lidl vorige maand van me gekregen" holds none.
        if _HOLDINGS.search(text) and not periods:
            return "ask_balance"
    # "how much money is on my accounts right now, all of them together": money held.
    if intent == "ask_income" and _HOLDINGS.search(text) and _ON_ACCOUNTS.search(text) and not (
        periods or incoming
    ):
        return "ask_balance"
    if intent == "ask_balance" and _SPENT.search(text) and not _BALANCE_WORDS.search(text):
        return "ask_spending"
    # "Can you tell me when I last spent money at NS": one payment, not a total. Past and
    # asked about, "when did I last send money to X" is no errand.
    paid = spending_words or lists or summed
    if intent in _WHEN_LAST_GUESSES and paid and _WHEN_LAST.search(text):
        return "ask_transactions"
    # A balance is today's; a question with a period is about money that moved in it.
    if intent == "ask_balance" and periods and not _BALANCE_ALONE_WORD.search(text):
        return "ask_income" if incoming and not spent else "ask_spending"
    # "How did my total spending in January compare to March": two periods compared.
    if periods >= 2 and compares and (intent in {"ask_spending", "ask_transactions"} or spent):
        return "compare_spending"
    # "I want the five biggest charges on my account": the payments themselves.
    if intent in _UNSURE_OR_MONEY | {"ask_income"} and summed and _BIGGEST.search(text):
        return "ask_transactions"
    if intent in {"out_of_scope", "nlu_fallback"} and summed:
        if compares and periods:
            return "compare_spending"
        if asks_total or how_much:
            return "ask_spending"
    if intent == "ask_subscriptions" and own_period:
        # "How much did I pay Spotify this year", "subscription in October - what's the
        # total?": a total over a period, not the subscription.
        rate = _RATE.search(text)
        if (summed and (asks_total or how_much) and not rate) or _TOTAL_WORD.search(text):
            return "ask_spending"
    # "Wat heb ik vorige maand bij OV-chipkaart besteed", "How much did I pay to Spotify in
    # September": a total, not the last payment.
    asks_sum = summed and (asks_total or how_much)
    if intent == "ask_transactions" and (asks_sum or _TOTAL_WORD.search(text)):
        # "in augustus Ziggo, totaal?": a total says so, payments or not.
        one_payment = lists or _LAST.search(text)
        return intent if one_payment else "ask_spending"
    # "wat ik dit jaar echt heb verdiend, alleen salaris en uitkering": earned, not spent.
    if intent in {"ask_transactions", "ask_spending"} and _EARN_VERB.search(text) and not spent:
        return "ask_income"
    # "How much did I pay to Gemeente Arnhem": money going out, however official it sounds.
    if intent == "ask_income" and asks_sum and not incoming:
        return "ask_spending"
    # "wat Praxis dit jaar van mij heeft ontvangen", "what did Eneco get out of my account":
    # received, but by someone else, from the customer.
    if intent == "ask_income" and from_me:
        return "ask_spending" if how_much or asks_total else "ask_transactions"
    if intent == "compare_spending" and not compares and periods < 2:
        return "ask_spending"
    if intent != "ask_spending":
        return intent
    if _BALANCE_WORDS.search(text) and not spending_words:
        return "ask_balance"
    if _SUBSCRIPTIONS.search(text) and _RATE.search(text) and not own_period:
        return "ask_subscriptions"
    return intent


# The intents a money question with a money question's shape is never meant as: courtesies,
# questions about Penny's data, the model's doubt. Not the preference intents, card blocking or
# a handoff the routing decides on: the rules after this one have the last word there.
_NOT_MEANT = frozenset(
    {"ask_data_usage", "human_handoff", "out_of_scope", "nlu_fallback", "greet", "thank",
     "goodbye", "affirm", "deny", "help", "bot_challenge"}
)
_SHAPE_SUBJECTS = frozenset({"merchant", "category"})
_AMOUNT = re.compile(r"\b(amount|bedrag)\b", re.IGNORECASE)


def money_shape(text: str, intent: str, entities: frozenset[str]) -> str:
    """A period, a name or category, and a total asked for: "I need the total of my payments to
    Vesteda in November for my records" is a spending question, whatever else its words
    suggested to the model. Money coming in, said so, is an income question."""
    if intent not in _NOT_MEANT or "period" not in entities or not entities & _SHAPE_SUBJECTS:
        return intent
    # Every total word (_TOTAL_WORD) is one of _ASKS_TOTAL's.
    if not (_HOW_MUCH.search(text) or _ASKS_TOTAL.search(text) or _AMOUNT.search(text)):
        return intent
    if _ERRAND.search(text):
        return intent  # "close my account", "dispute the charge": an errand, not a figure
    own_side = _TO_ME.sub(" ", text)  # "Philips paid me": money in, not a payment
    goes_out = _SPENDING_WORDS.search(own_side) or _FROM_ME.search(text)
    return "ask_income" if _INCOMING.search(text) and not goes_out else "ask_spending"
