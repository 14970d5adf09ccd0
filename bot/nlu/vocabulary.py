"""Words customers use for categories and for "the biggest", per language."""

from __future__ import annotations

CATEGORY_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "groceries": (
            "groceries",
            "grocery",
            "grocery shopping",
            "food shopping",
            "supermarket",
            "supermarkets",
            "food",
        ),
        "eating_out": (
            "restaurants",
            "restaurant",
            "eating out",
            "dining out",
            "takeaway",
            "take-away",
            "takeout",
            "food delivery",
            "bars",
            "cafes",
            "cafés",
            "dinners",
            "lunches",
        ),
        "transport": (
            "transport",
            "public transport",
            "train",
            "trains",
            "travel costs",
            "bus",
            "tram",
            "metro",
            "taxi",
            "taxis",
            "parking",
            "commuting",
        ),
        "fuel": ("fuel", "petrol", "gas", "gasoline", "diesel", "charging"),
        "housing": ("rent", "mortgage", "housing", "my rent", "my mortgage"),
        "utilities": (
            "utilities",
            "energy",
            "electricity",
            "gas and electricity",
            "water",
            "energy bill",
            "power",
        ),
        "telecom": ("phone", "mobile", "internet", "telecom", "phone bill", "broadband", "tv"),
        "subscriptions": ("subscriptions", "subscription", "streaming"),
        "shopping": (
            "shopping",
            "clothes",
            "clothing",
            "electronics",
            "furniture",
            "online shopping",
            "web shops",
        ),
        "health": ("health", "healthcare", "medicine", "medicines", "doctor", "dentist"),
        "insurance": ("insurance", "insurances", "insurance premiums", "premiums"),
        "income": ("salary", "income", "wages", "paycheck", "paycheque", "wage"),
        "benefits": ("child benefit", "benefits", "benefit", "kinderbijslag", "allowance", "aow"),
        "travel": ("travel", "holidays", "holiday", "vacation", "hotels", "flights", "trips"),
        "cash": ("cash", "atm", "cash withdrawals", "withdrawals"),
        "taxes": ("taxes", "tax", "municipal taxes"),
        "charity": ("charity", "charities", "donations"),
    },
    "nl": {
        "groceries": ("boodschappen", "supermarkt", "supermarkten", "eten"),
        "eating_out": (
            "restaurants",
            "restaurant",
            "uit eten",
            "uiteten",
            "eten bestellen",
            "afhaal",
            "horeca",
            "kroeg",
        ),
        "transport": (
            "vervoer",
            "openbaar vervoer",
            "ov",
            "trein",
            "bus",
            "tram",
            "parkeren",
            "taxi",
            "reiskosten",
        ),
        "fuel": ("brandstof", "benzine", "tanken", "diesel", "laden"),
        "housing": ("huur", "hypotheek", "wonen", "woonlasten", "mijn huur"),
        "utilities": (
            "energie",
            "stroom",
            "gas en licht",
            "elektriciteit",
            "water",
            "energierekening",
            "gas",
        ),
        "telecom": ("telefoon", "mobiel", "internet", "telefoonrekening", "tv"),
        "subscriptions": ("abonnementen", "abonnement", "streaming"),
        "shopping": ("winkelen", "kleding", "kleren", "elektronica", "meubels", "online winkelen"),
        "health": ("zorg", "gezondheid", "medicijnen", "dokter", "tandarts"),
        "insurance": ("verzekering", "verzekeringen", "premie", "premies"),
        "income": ("salaris", "loon", "inkomen", "inkomsten"),
        "benefits": ("kinderbijslag", "toeslag", "toeslagen", "uitkering", "uitkeringen", "aow",
                     "bijstand"),
        "travel": ("reizen", "vakantie", "hotels", "vluchten"),
        "cash": ("contant", "contant geld", "pinnen", "geldopnames"),
        "taxes": ("belasting", "belastingen", "gemeentelijke belastingen"),
        "charity": ("goede doelen", "goed doel", "donaties"),
    },
}

LARGEST_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("biggest", "largest", "highest", "most expensive", "top", "priciest",
           "cost me the most", "cost the most", "most costly", "hardest", "the most money",
           "heftiest", "big to small", "by size", "by amount", "costliest",
           "stood out most", "heaviest", "greatest", "in order of size", "most money"),
    "nl": ("grootste", "grootse", "hoogste", "duurste", "top", "het hoogst", "het duurst",
           "het grootst", "het meest prijzig", "prijzigste",
           "het meest gekost", "het hardst", "flinkste", "groot naar klein", "op grootte",
           "het meest kostten", "het meeste geld", "meeste geld", "het zwaarst", "zwaarste",
           "forste", "forse", "het meeste van", "meest grote"),
}

# Words before an amount that make it a lower or an upper bound.
MIN_WORDS = {
    "en": (
        "over",
        "above",
        "more than",
        "at least",
        "bigger than",
        "larger than",
        "exceeding",
        "higher than",
        "greater than",
        "from",
    ),
    "nl": ("boven", "meer dan", "minstens", "groter dan", "hoger dan", "vanaf", "boven de"),
}
MAX_WORDS = {
    "en": (
        "under",
        "below",
        "less than",
        "at most",
        "up to",
        "smaller than",
        "lower than",
        "cheaper than",
        "max",
        "maximum",
    ),
    "nl": (
        "onder",
        "minder dan",
        "hoogstens",
        "kleiner dan",
        "lager dan",
        "tot",
        "onder de",
        "maximaal",
    ),
}
CURRENCY_WORDS = ("euro", "euros", "eur", "€", "bucks", "eu", "e")

# Words after which a capitalised name is probably a merchant the customer paid.
MERCHANT_PREPOSITIONS = {
    # "did": "how much did Decathlon get from me"; "ik"/"heeft": "wanneer ik Eneco betaalde",
    # "wat heeft Gemeente Utrecht me gekost".
    "en": ("at", "to", "from", "with", "wiht", "by", "for", "pay", "paid", "pays", "paying",
           "did", "time", "has"),
    "nl": ("bij", "aan", "van", "naar", "voor", "met", "betaal", "betaalde", "betaalden", "ik",
           "heeft"),
}
# Names before the word they belong to: Dutch puts the verb last ("wanneer heb ik voor het
# laatst Protestantse Kerk Amsterdam betaald"); "my most recent Apotheek De Ster payment".
MERCHANT_BEFORE = {
    "en": ("payment", "payments", "transaction", "transactions", "bill", "bills"),
    "nl": ("betaald", "overgemaakt", "gestort", "betaling", "betalingen", "rekening"),
}
# A name put first, then its period: "Spotify in March 2025 - total please", "Portaal in oktober".
PERIOD_LEADS = {
    "en": frozenset({"in", "last", "this", "since", "over", "during", "-", ",", "–"}),
    "nl": frozenset({"in", "vorige", "vorig", "dit", "deze", "afgelopen", "sinds", "-", ",", "–"}),
}
# Of those, the verbs; a name before one of the nouns must follow one of NAME_LEADS.
MERCHANT_BEFORE_VERBS = frozenset({"betaald", "overgemaakt", "gestort"})
NAME_LEADS = frozenset(
    {"my", "the", "our", "your", "a", "an", "any", "all", "recent", "last", "latest", "previous",
     "biggest", "largest", "mijn", "de", "het", "een", "alle", "laatste", "vorige", "recente",
     "mn", "m'n", "onze"}
)
# A category word followed by a word that makes it something else.
NOT_CATEGORY_PHRASES = frozenset({"cash flow", "cash back", "cash position", "income tax"})

# Capitals that never start a name of their own, wherever they stand (a word of NOT_A_NAME
# never is one): pronouns, codes, abbreviations, Penny herself.
NEVER_NAMES = frozenset(
    {"u", "ok", "oke", "pin", "iban", "atm", "eur", "euro", "euros", "pdf", "nl", "en", "id",
     "sms", "app", "btw", "aub", "svp", "fyi", "asap", "tv", "ai", "thx", "pls", "plz", "omg",
     "lol", "penny", "ing", "ideal", "tikkie", "tikkies", "visa", "mastercard", "maestro",
     "vpay", "sepa", "bic",
     # languages: "Sorry for my English"
     "english", "dutch", "engels", "nederlands", "nederlandse", "frans", "french", "german"}
)

# Capitalised at the start of a phrase but never part of a name: "what did I pay In March".
NOT_A_NAME = {
    "en": frozenset({"in", "on", "at", "to", "for", "the", "a", "an", "last", "this", "next",
                     "each", "every", "so", "far", "all", "any", "over", "under", "since",
                     "hi", "hey", "hello", "note", "ps", "question", "quick", "thanks",
                     # forms of address: "Dear Sir,", "Geachte,"
                     "dear", "sir", "madam", "geachte", "mevrouw", "meneer", "heer", "beste",
                     # words that open a question, capitalised but never a name
                     "what", "how", "which", "when", "where", "who", "why", "show", "give",
                     "list", "tell", "can", "could", "would", "please", "did", "do", "does",
                     "is", "are", "was", "total", "compare", "find", "sort", "has", "have",
                     "had", "good", "morning", "afternoon", "evening"}),
    "nl": frozenset({"in", "op", "de", "het", "een", "vorige", "vorig", "deze", "dit",
                     "afgelopen", "volgende", "elke", "alle", "sinds", "boven", "onder",
                     "hoi", "hallo", "hee", "hey", "vraag", "vraagje", "let", "ps", "bedankt",
                     "wat", "hoe", "welke", "wanneer", "waar", "wie", "waarom", "toon", "geef",
                     "laat", "kun", "kunt", "kan", "zou", "graag", "heb", "hebben", "is", "zijn",
                     "was", "totaal", "vergelijk", "zoek", "heeft", "had", "goedemorgen",
                     "goedemiddag", "goedenavond", "goedendag", "beste", "hai", "hoii"}),
}

COUNT_NOUNS = {
    "en": (
        "payments",
        "transactions",
        "purchases",
        "expenses",
        "bookings",
        "debits",
        "items",
        "spends",
        "charges",
        "heftiest",
        "priciest",
        "biggest",
        "largest",
        "highest",
        "latest",
        "last",
        "recent",
        "most",
        "greatest",
        "heaviest",
    ),
    "nl": (
        "betalingen",
        "transacties",
        "uitgaven",
        "aankopen",
        "boekingen",
        "grootste",
        "hoogste",
        "laatste",
        "recente",
        "duurste",
        "flinkste",
        "afschrijvingen",
        "posten",
        "forste",
        "zwaarste",
    ),
}

# Verbs of spending around a category word: "spent on X", "aan X uitgegeven".
SPEND_VERBS = {
    "en": ("spend", "spent", "spending", "pay", "paid", "paying", "wasted", "blew"),
    "nl": ("uitgegeven", "uitgeven", "besteed", "besteden", "kwijt", "betaald", "uitgeef"),
}
# Words that stand where a category might but are none.
NOT_A_CATEGORY = {
    "en": frozenset(
        {
            "my",
            "the",
            "a",
            "an",
            "it",
            "that",
            "this",
            "average",
            "stuff",
            "things",
            "everything",
            "anything",
            "what",
            "all",
            "total",
            "last",
            "each",
            "every",
        }
    ),
    "nl": frozenset(
        {
            "mijn",
            "de",
            "het",
            "een",
            "dat",
            "dit",
            "alles",
            "wat",
            "spullen",
            "dingen",
            "totaal",
            "elke",
            "iedere",
        }
    ),
}
