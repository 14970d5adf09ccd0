"""Dutch texts. Keys and placeholders match texts_en.py exactly."""

TEXTS: dict[str, str] = {
    # periods, as phrases that follow a figure
    "period.month": "in {month}",
    "period.year": "in {year}",
    "period.day": "op {day}",
    "period.range": "van {start} tot en met {end}",
    "period.so_far": "{phrase} tot nu toe",
    "period.default_note": "(Je noemde geen periode, dus ik heb {period} gekeken.)",
    "period.error.unrecognised": (
        'Ik begrijp de periode "{text}" niet. Probeer bijvoorbeeld "vorige maand", "in maart", '
        '"sinds januari" of "tussen 1 en 15 mei".'
    ),
    "period.error.invalid_date": '"{text}" is geen bestaande datum, dus die kan ik niet opzoeken.',
    "period.error.future": '"{text}" ligt in de toekomst, dus daar zijn nog geen betalingen.',
    "period.error.too_old": '"{text}" ligt verder terug dan ik kan kijken.',
    # filters, as phrases
    "filter.category": "aan {category}",
    "filter.merchant": "bij {merchant}",
    "filter.from": "van {merchant}",
    "names.more": "nog {count}",
    "filter.min": "in betalingen boven {amount}",
    "filter.max": "in betalingen onder {amount}",
    "payments.one": "1 betaling",
    "payments.many": "{count} betalingen",
    # spending
    "spending.total": "Je hebt {amount}{filters} uitgegeven {period} ({payments}).",
    "spending.total_refunded": (
        "Je hebt {amount}{filters} uitgegeven {period} ({payments}, na {refunded} "
        "terugbetaald)."
    ),
    "spending.refunded_more": (
        "Je kreeg {amount}{filters} meer terug dan je betaalde {period} ({payments}, "
        "{refunded} terugbetaald)."
    ),
    "spending.none": "Je hebt {period} niets{filters} uitgegeven.",
    "spending.breakdown": (
        "Je hebt {amount} uitgegeven {period} ({payments}). Hier ging het meeste naartoe:"
    ),
    "spending.breakdown_line": "• {category}: {amount} ({share})",
    "spending.breakdown_none": "Je hebt {period} niets uitgegeven.",
    "chart.spending_title": "Uitgaven per categorie {period}",
    # comparison
    "compare.more": (
        "Je hebt {first}{filters} uitgegeven {first_period}. Dat is {difference} meer dan de "
        "{second} {second_period}."
    ),
    "compare.less": (
        "Je hebt {first}{filters} uitgegeven {first_period}. Dat is {difference} minder dan de "
        "{second} {second_period}."
    ),
    "compare.same": (
        "Je hebt {first}{filters} uitgegeven {first_period}, precies evenveel als {second_period}."
    ),
    "compare.default_note": (
        "(Je noemde geen periodes, dus ik heb de laatste twee maanden vergeleken.)"
    ),
    "chart.compare_title": "Uitgaven{filters}",
    # transactions
    "transactions.largest": "Je {count} grootste betalingen{filters} {period}:",
    "transactions.recent": "Je laatste betalingen{filters}{period}:",
    "transactions.recent_in": "Je laatste ontvangen betalingen{filters}{period}:",
    "transactions.recent_both": "Je laatste af- en bijschrijvingen{filters}{period}:",
    "transactions.latest": (
        "Je laatste betaling{filters} was op {day}: {amount} aan {counterparty}."
    ),
    "transactions.latest_in": (
        "De laatste betaling van {counterparty}{filters} kreeg je op {day}: {amount}."
    ),
    "transactions.line": "• {day} · {counterparty} · {amount}",
    "transactions.none": "Ik heb geen betalingen{filters}{period} gevonden.",
    "table.date": "Datum",
    "table.counterparty": "Aan / van",
    "table.amount": "Bedrag",
    "table.category": "Categorie",
    # balance
    "balance.header": "Je saldo op {day}:",
    "balance.line": "• {kind} {iban}: {amount}",
    "balance.total": "Totaal: {amount}.",
    "balance.none": "Je hebt nog geen rekeningen bij ons.",
    "account.current": "Betaalrekening",
    "account.savings": "Spaarrekening",
    # income
    "income.total": (
        "Je hebt {amount}{filters} ontvangen {period} ({payments}), zonder overboekingen "
        "tussen je eigen rekeningen en teruggeboekte betalingen."
    ),
    "income.earned": (
        "Je hebt {amount}{filters} verdiend {period} aan salaris, pensioen en uitkeringen "
        "({payments})."
    ),
    "income.earned_none": "Je had geen salaris, pensioen of uitkering{filters} {period}.",
    "income.category": (
        "Je hebt {amount} aan {category}{merchant} ontvangen {period} ({payments})."
    ),
    "income.none": "Ontvangen{filters} {period}: niets.",
    # subscriptions
    "subscriptions.header": (
        "Ik heb in de afgelopen 12 maanden {count} terugkerende betalingen gevonden, samen "
        "ongeveer {monthly} per maand:"
    ),
    "subscriptions.line": "• {counterparty}: {amount} {frequency}, laatst betaald op {day}",
    "subscriptions.one": "Je terugkerende betalingen aan {merchant}:",
    "subscriptions.not_found": (
        "Ik zie de afgelopen 12 maanden geen terugkerende betaling aan {merchant}."
    ),
    "subscriptions.cancel": (
        "Ik kan een abonnement niet voor je opzeggen: dat doe je bij het bedrijf zelf, op de "
        "website of in de app. Wordt het via een incasso betaald, dan kun je de machtiging ook "
        "in onze app intrekken, en een afschrijving van de afgelopen 8 weken laten terugboeken."
    ),
    "subscriptions.none": (
        "Ik heb in de afgelopen 12 maanden geen terugkerende betalingen gevonden."
    ),
    "frequency.weekly": "per week",
    "frequency.monthly": "per maand",
    "frequency.quarterly": "per kwartaal",
    "frequency.yearly": "per jaar",
    # merchants
    "merchant.unknown": 'Ik zie geen betalingen aan of van "{typed}".',
    "merchant.suggest": "Bedoelde je een van deze?",
    "merchant.no_suggestion": (
        'Controleer de spelling, of vraag "Waar gaat mijn geld naartoe?" om alles te zien.'
    ),
    # identity and guard rails
    "identity.unknown": (
        "Ik kan je rekeningen in deze sessie niet vinden. Log opnieuw in om je geldzaken te "
        "bekijken."
    ),
    "identity.foreign_iban": (
        "Ik kan alleen helpen met je eigen rekeningen en betalingen, en {iban} is geen "
        "rekening van jou."
    ),
    "error.store_down": (
        "Ik kan je transacties nu niet ophalen, dus ik kan hier geen antwoord op geven. Er is "
        "niets gewijzigd. Probeer het over een minuut opnieuw."
    ),
    "error.unavailable": (
        "Sorry, ik kan nu geen antwoord geven: een deel van Penny reageert niet. Er is niets "
        "gewijzigd. Probeer het over een minuut opnieuw."
    ),
    "error.empty": 'Ik zie geen vraag in je bericht. Vraag me bijvoorbeeld: "Wat is mijn saldo?"',
    "error.too_long": (
        'Dat bericht is te lang voor mij. Stel één korte vraag, zoals "Hoeveel heb ik vorige '
        'maand aan boodschappen uitgegeven?"'
    ),
    # fallback
    "fallback.ask": "Sorry, ik weet niet precies wat je bedoelt. Bedoelde je een van deze?",
    "fallback.none": (
        "Sorry, dat begreep ik niet. Ik kan je vertellen over je uitgaven, betalingen, saldo, "
        "inkomsten en abonnementen."
    ),
    "fallback.rephrase": "Iets anders",
    "intent.ask_spending": "Mijn uitgaven",
    "intent.compare_spending": "Vergelijk mijn uitgaven",
    "intent.ask_transactions": "Mijn betalingen",
    "intent.ask_balance": "Mijn saldo",
    "intent.ask_income": "Mijn inkomsten",
    "intent.ask_subscriptions": "Mijn abonnementen",
    "intent.help": "Wat kun je?",
    "intent.human_handoff": "Praat met een medewerker",
    "intent.block_card": "Blokkeer mijn pas",
    "intent.greet": "Hallo",
    "intent.goodbye": "Tot ziens",
    "intent.thank": "Bedankt",
    "intent.affirm": "Ja",
    "intent.deny": "Nee",
    "intent.bot_challenge": "Ben je een computer?",
    "intent.out_of_scope": "Iets anders",
    "intent.stop_suggestions": "Stop suggesties",
    "intent.resume_suggestions": "Start suggesties weer",
    "intent.ask_why_suggestion": "Waarom deze suggestie?",
    "intent.ask_data_usage": "Hoe gebruik je mijn gegevens?",
    # small talk
    "smalltalk.greet": (
        "Hoi {name}, ik ben Penny. Vraag me alles over je eigen geld: uitgaven, betalingen, "
        "saldo, inkomsten of abonnementen."
    ),
    "smalltalk.goodbye": "Tot ziens {name}, en nog een fijne dag!",
    "smalltalk.thank": "Graag gedaan! Wil je nog iets weten over je geld?",
    "smalltalk.affirm": "Fijn. Wat wil je weten over je geld?",
    "smalltalk.deny": "Geen probleem. Vraag het me gerust wanneer je wilt.",
    "smalltalk.help": (
        "Ik beantwoord vragen over je eigen rekeningen, op basis van je eigen transacties. "
        "Bijvoorbeeld:"
    ),
    "smalltalk.bot_challenge": (
        "Ik ben Penny, een computerprogramma en geen mens. Ik antwoord op basis van je eigen "
        "transacties. Wil je liever met een medewerker praten? Bel {phone} ({hours})."
    ),
    "smalltalk.human_handoff": (
        "Je kunt een van onze medewerkers bellen op {phone} ({hours}), of een bericht sturen "
        "in de app via Help > Contact. Zij kunnen je rekeningen inzien zodra je je hebt "
        "geïdentificeerd."
    ),
    "smalltalk.block_card": (
        "Dit is dringend: bel nu onze blokkeerlijn, dag en nacht bereikbaar, op "
        "{blocking_phone}. Zij blokkeren je pas, app-toegang of rekening meteen. Je kunt een "
        "pas ook zelf blokkeren in de app via Passen > Blokkeren. Zelf kan ik niets blokkeren."
    ),
    "smalltalk.out_of_scope": (
        "Sorry, daar kan ik je niet mee helpen. Ik beantwoord alleen vragen over je eigen geld. "
        "Ik kan geen betalingen doen, passen blokkeren of je gegevens wijzigen. Gebruik "
        "daarvoor de app of bel {phone}. Dit kan ik wel:"
    ),
    "example.spending": "Hoeveel heb ik vorige maand aan boodschappen uitgegeven?",
    "example.merchant": "Wat heb ik dit jaar bij Albert Heijn betaald?",
    "example.largest": "Laat mijn vijf grootste betalingen van vorige maand zien",
    "example.balance": "Wat is mijn saldo?",
    "example.subscriptions": "Welke abonnementen betaal ik?",
    "example.compare": "Heb ik deze maand meer aan restaurants uitgegeven dan vorige maand?",
    "example.breakdown": "Waar gaat mijn geld naartoe?",
    # suggestions (art. 5.4.4)
    "suggestion.text": (
        "Nog iets: {why}. {product} van {provider} past misschien bij je. Deze suggestie is "
        "alleen gebaseerd op je betalingen, en je kunt suggesties altijd kosteloos uitzetten: "
        'zeg gewoon "stop suggesties".'
    ),
    "suggestion.title": "Een suggestie van {group}",
    "suggestion.why_button": "Waarom zie ik dit?",
    "suggestion.stop_button": "Stop suggesties",
    "suggestion.no_button": "Nee, bedankt",
    # why.*: main-clause word order, so they fit after "Nog iets:" and after "want"
    "why.child_benefit": (
        "je krijgt kinderbijslag voor {children} kinderen en hebt {accounts} "
        "kinderspaarrekeningen bij ons"
    ),
    "why.lasting_buffer": (
        "je betaalrekening stond de afgelopen {days} dagen steeds boven {lowest} en je hebt "
        "geen spaarrekening"
    ),
    "why.abroad_travel_insurance": (
        "je hebt in de afgelopen 12 maanden {count} keer in het buitenland met je pas betaald"
    ),
    "why.abroad_credit_card": (
        "je hebt in de afgelopen 12 maanden {count} keer in het buitenland met je pas betaald"
    ),
    "why.long_renter": "je hebt in {months} van de afgelopen 24 maanden huur betaald",
    "why.home_without_insurance": (
        "je betaalt huur of hypotheek ({count} betalingen het afgelopen jaar) en we zien geen "
        "inboedelverzekering"
    ),
    "explain.none": (
        "Ik heb je nog niets voorgesteld. Als ik dat doe, is het altijd een product van onze "
        "eigen groep, en vertel ik erbij waarom."
    ),
    "explain.header": "Op {day} stelde ik je {product} voor, want {why}.",
    "explain.evidence": "Deze betalingen heb ik gebruikt:",
    "explain.balance": "• je laagste saldo op je betaalrekening in die periode: {amount}",
    "explain.footer": (
        "Ik gebruik nooit betalingen die iets zeggen over gezondheid, religie, politiek, "
        "vakbondslidmaatschap of andere gevoelige zaken, en er wordt niets gedeeld met andere "
        'bedrijven. Zeg "stop suggesties" en ik stop ermee.'
    ),
    "stop.ask": (
        "Wil je dat ik je geen producten van onze groep meer voorstel? Dat is kosteloos, en ik "
        "beantwoord nog steeds al je vragen over je geld."
    ),
    "stop.explain": (
        "Als je je afmeldt, stel ik je geen producten van onze groep meer voor, in geen enkel "
        "gesprek, totdat je me vraagt weer te beginnen en dat bevestigt. Afmelden is kosteloos "
        "en verandert verder niets: ik beantwoord nog steeds al je vragen over je geld."
    ),
    "stop.unchanged": "Oké, er is niets veranderd.",
    "resume.ask": (
        "Wil je dat ik je weer producten van onze eigen groep voorstel, op basis van je "
        "betalingen? Er verandert niets tenzij je ja zegt."
    ),
    "resume.unchanged": "Oké, suggesties blijven uit.",
    "question.yes": "Ja",
    "question.no": "Nee",
    "question.expired": (
        "Die vraag staat niet meer open, dus ik heb niets veranderd. Vraag het gerust opnieuw."
    ),
    "stop.done": (
        "Geregeld: ik stel je geen producten meer voor, niet in deze chat en ook nergens "
        "anders, totdat je me vraagt om weer te beginnen. Dit is kosteloos, en ik beantwoord "
        "nog steeds al je vragen over je geld."
    ),
    "stop.already": (
        "Suggesties staan al uit voor je, sinds {day}. Ik stel niets voor totdat je me vraagt "
        "om weer te beginnen."
    ),
    "stop.failed": (
        "Sorry, ik kon dat nu niet vastleggen, dus ik kan het nog niet bevestigen. Zeg over "
        'een minuut nog een keer "stop suggesties". Zolang het niet is vastgelegd, stel ik '
        "in deze chat niets voor."
    ),
    "resume.done": (
        "Suggesties staan weer aan. Ik wijs je alleen op producten van onze eigen groep, op "
        "basis van je betalingen, en hooguit één keer per gesprek."
    ),
    "resume.already": 'Suggesties staan al aan. Zeg "stop suggesties" om ze uit te zetten.',
    "resume.consent_done": (
        "Bedankt: je geeft toestemming voor suggesties van producten van onze eigen groep, op "
        'basis van je betalingen. Zeg "stop suggesties" om dat op elk moment in te trekken.'
    ),
    "decline.done": "Begrepen. Ik stel je {product} minstens 90 dagen niet meer voor.",
    "data_usage.text": (
        "Om je vragen te beantwoorden gebruik ik je eigen transacties bij ons. Om financiële "
        "producten van onze eigen groep voor te stellen, gebruik ik je betaalopdrachten (datum, "
        "bedrag, aan wie je betaalde), maar nooit betalingen die iets zeggen over gezondheid, "
        "religie, politiek, vakbondslidmaatschap of andere gevoelige zaken. Er wordt niets "
        "verkocht aan of gedeeld met derden. Je kunt altijd kosteloos bezwaar maken: zeg "
        '"stop suggesties".'
    ),
    "data_usage.status_on": "Suggesties staan op dit moment voor je aan.",
    "data_usage.status_off": "Suggesties staan op dit moment voor je uit.",
    "data_usage.status_consent": (
        'Suggesties staan uit totdat je ermee instemt: zeg "start suggesties" als je ze wilt '
        "krijgen."
    ),
    # categories, lowercase, to fit after "aan"
    "category.unknown": 'Ik ken geen categorie "{typed}".',
    "category.groceries": "boodschappen",
    "category.eating_out": "eten buiten de deur",
    "category.transport": "vervoer",
    "category.fuel": "brandstof",
    "category.housing": "wonen",
    "category.utilities": "energie en water",
    "category.telecom": "telefoon en internet",
    "category.subscriptions": "abonnementen",
    "category.shopping": "winkelen",
    "category.health": "zorg",
    "category.insurance": "verzekeringen",
    "category.income": "salaris",
    "category.benefits": "uitkeringen en toeslagen",
    "category.travel": "reizen",
    "category.cash": "geldopnames",
    "category.taxes": "belastingen",
    "category.charity": "goede doelen",
    "category.religion": "religieuze organisaties",
    "category.union": "vakbondscontributie",
    "category.politics": "politieke partijen",
    "category.debt": "incasso's en schulden",
    "category.savings": "sparen",
    "category.transfers": "overboekingen",
    "category.fees": "bankkosten",
    "category.other": "overig",
    # web channel refusals
    "web.error.no_token": "Log eerst in: dit verzoek heeft geen token.",
    "web.error.token_expired": "Je sessie is verlopen. Log opnieuw in.",
    "web.error.token_invalid": "Log opnieuw in: dit token is niet geldig.",
    "web.error.too_large": "Dat verzoek is te groot (meer dan {limit} bytes).",
    "web.error.not_json": 'De inhoud moet JSON zijn, zoals {{"message": "..."}}.',
    "web.error.not_text": "Het bericht moet tekst zijn.",
    "web.error.too_fast": (
        "Je stuurt te snel berichten. Wacht {wait} seconden en probeer het dan opnieuw."
    ),
    "web.error.no_demo_customer": "Deze demoklant bestaat niet.",
    "web.error.not_found": "Niet gevonden.",
    "contact.hours": "maandag tot en met vrijdag, van 8.00 tot 20.00 uur",
}
