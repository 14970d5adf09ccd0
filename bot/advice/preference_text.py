"""What a message says about the marketing preference (art. 5.4.4), read by rules, not by a model.

The model may guess `stop_suggestions` or `resume_suggestions`; these rules decide what the words
actually ask for. A message is cut into clauses, and each clause is read on its own:

- STOP: asks to stop suggestions, offers, advertising or marketing, or objects to the use of
  payment data for marketing ("no more offers", "don't use my payment data for marketing").
- BARE_STOP: a stop with no object ("stop", "unsubscribe", "stop ermee"): a stop only right
  after a suggestion card; elsewhere Penny asks.
- OTHER_STOP: stops something else (a subscription, a direct debit, a chart, "Spotify").
- KEEP: wants suggestions kept ("don't stop them").
- ABOUT: asks what opting out means or costs, without asking for it.
- RESUME: asks to switch suggestions back on. Never recorded without a confirmed question.
- MIXED: a stop and a keep in one message ("my wife wants them off, but leave mine on").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

from rapidfuzz.distance import OSA, Indel


class Reading(str, Enum):
    STOP = "stop"
    BARE_STOP = "bare_stop"
    OTHER_STOP = "other_stop"
    KEEP = "keep"
    ABOUT = "about"
    RESUME = "resume"
    MIXED = "mixed"  # asks to stop and to keep at once: Penny asks which
    NONE = "none"


@dataclass(frozen=True)
class PreferenceReading:
    kind: Reading
    rest: str = ""  # the clauses that say something else, e.g. a question to answer as well
    target: str = ""  # what else the customer wants to stop, for OTHER_STOP


# "My credit card was stolen, block it": the customer's own product is no offer.
_NOT_MINE = r"(?<!\bmy )(?<!\bmijn )(?<!\bm'n )(?<!\bmn )(?<!\bour )(?<!\bonze )"
# What marketing is called. A stop needs one of these (or a data objection) to be recorded.
# Dutch glues words together ("leningaanbod", "promotiecampagnes"), so its nouns match inside words.
_SUBJECT = (
    r"(suggest\w*|sugestion\w*|offers?(?! (me )?(an?|your|any) (apology|excuse|explanation"
    r"|solution))"
    r"|offering\w*|recommend\w*|promo\w*|advert\w*|ad'?s"
    r"|marketing\w*|market\w* (messages?|stuff)|pitch\w*|sales(man|y| talk| stuff| messages?)?"
    r"|sales(praat|talk|pitch|gedoe|praatjes)\w*"
    r"|upsell\w*|cross.?sell\w*|deals?|commercial\w*|product (tips?|ideas?|news|pushing|spam"
    r"|advices?|advies|suggestions?|recommendations?)"
    r"|(your|bank|banks|financial|group|insurance|savings|credit) products?|products you sell"
    r"|(your|these|those|the|any|such|bank'?s|the bank'?s) (own )?products|spam\w*|pushy"
    r"|tips about (your )?products|products? (from|of|by) (you|the bank|your bank|the group)"
    r"|propos\w*|sell(ing)? (me|stuff|things|products)|to sell|flog\w*|push(ing)? (\w+ )?products"
    r"|\w*(suggestie|aanbieding|aanbod|reclame|advertentie|aanbeveling|promotie|marketing"
    r"|productadvie|producttip|verkooppraat|aanrader|bankproduct|verzekeringstip|spaartip"
    r"|productsuggestie)\w*|acties|deals?"
    r"|(jullie|uw|je|bank|financiële|andere) producten|producten (van|voorstellen|aanbieden)"
    r"|product\w* van (jullie|u|de bank)\b"
    r"|aanbiedinkjes|commerci\w*|tips over (jullie )?producten|verkopen|aanprijz\w*|aanpr\w*"
    r"|aanbevelen|aanraden|(producten|iets|dingen|niets|niks) voor te stellen"
    r"|(producten|iets|dingen|niets|niks) (\w+ )?voorstel\w*|bied\w* (\w+ ){0,4}aan|aanbieden"
    r"|profilering|produkt\w*|verkoop (me|mij|ons)\b|(show|send|give)\w* (me )?(your |the |any "
    r"|those |these )?(\w+ )?products"
    r"|stel\w* (\w+ ){0,4}(dingen|iets|producten) voor|producten (\w+ ){0,2}(laten zien|tonen)"
    # How the chat shows offers: "those popups", "de blokjes onder in de chat".
    r"|pop-?ups?|banners?|(die|deze|de|those|these|the|that) (\w+ )?(blokjes|kaartjes|boxes)"
    r"|(cards?|kaartjes?|kaarten|boxes|blokjes|pop-?ups?) (meer |more )?(met|over|voor|with"
    r"|about|for"
    r"|of) (\w+ ){0,2}"
    r"(savings|credit|insurance|loans?|mortgages?|investments?|pensions?|sparen|beleggen|products?"
    r"|\w*verzekering\w*|\w*lening\w*|hypothe\w*|\w*spaarrekening\w*)"
    r"|(savings|credit ?card|insurance|mortgage|loan|account|product|bank|pension)\w* ads?"
    # "Hoe vaak moet ik nog zeggen dat ik geen reisverzekering wil?": a refusal said before.
    r"|(zeggen|zei|gezegd|herhalen) dat ik (\w+ )?(geen|niet)|(said|told you|say|repeat) (that )?i"
    r" (\w+ )?(don'?t|do not|never) (want|need)"
    r"|upsel\w*|aanbevolen|recom+end\w*|market to"
    r"|voorstel\w* (\w+ ){0,3}(voor|over) (\w+ )?(\w*producten|product|\w*spaarrekening\w*|sparen"
    r"|spaar\w*"
    r"|\w*verzekering\w*"
    r"|hypothe\w*|creditcard\w*|\w*lening\w*)|(spaar|bank|reclame|promo|product|kortings)acties"
    r"|aanraad\w*|raad\w* (\w+ ){0,3}aan\b|(mij|me) (\w+ )?producten|(kaartjes|cards) (met|over"
    r"|voor|with"
    r"|about) (\w+ )?(producten|products)"
    r"|(want|need|wil|hoef) (\w+ ){0,2}(your|jullie|uw|that|this|those"
    r"|these) (\w+ )?(credit ?cards?"
    r"|savings ?accounts?|insurance|mortgages?|loans?|creditcard\w*|\w*spaarrekening\w*"
    r"|\w*verzekering\w*|hypothe\w*|\w*lening\w*)"
    r"|(credit ?card|mortgage|loan|insurance|savings|crypto)\w*( account)? (thing|stuff|spam)"
    r"|(stuff|things|dingen|gedoe|cards?|kaartjes|boxes) (\w+ )?(at the bottom|underneath|onderaan"
    r"|onderin|onder in|onder (je|jouw) antwoorden)"
    r"|(those|these|the|die|deze) (things|stuff|dingen|cards|kaartjes|boxes) (that |die )?(you|je"
    r"|jullie) (\w+ ){0,2}(show\w*|laat zien|laten zien|toont)"
    r"|(savings|credit ?card|insurance|mortgage|loan|pension|investment)( \w+)? cards?"
    r"|\w*(reclame|advertentie|aanbieding|suggestie)vrij\w*|ad-?free|ads? free|without ads"
    r"|products? (van|from|of) (de |the )?bank"
    r"|(mag|mogen) (wat mij betreft|van mij|voor mij|best|gerust) (\w+ )?(weg|verdwijnen|uit)\b"
    r"|aangeprezen|aanprijzen|verkoop aan (mij|me)|geen verkoop\b|stop (\w+ )?verkoop\b"
    r"|laat (je|jij|jullie) (me|mij) (\w+ ){0,3}\w*(spaarrekening|verzekering|hypothe|creditcard"
    r"|lening)\w* (\w+ )?zien|voorstellen van (\w+ ){0,2}(\w*producten|\w*spaarrekening\w*"
    r"|\w*verzekering\w*|hypothe\w*|creditcard\w*|\w*lening\w*)"
    r"|\w*(verkoop|sales|reclame)p?raat\w*|gepush\w*|geduw\w*"
    r"|targeten|targetten|getarget|targeting|(savings|credit ?card|insurance|mortgage|loan|account"
    r"|product|bank|pension)\w* (nagging|pushing|pushes|spam|pitch\w*)"
    r"|(kaart|kaartje|card)\w* (\w+ ){0,3}(te )?(laten zien|tonen|show\w*)"
    r"|product\w* (\w+ ){0,5}voorstel\w*|tips (\w+ )?(van|from) (de |the )?bank"
    r"|(de|the|die|those|these|deze|your|jullie|je) tips\b"
    r"|profil\w* (me|mij)\b|(me|mij) (\w+ )?profileren|target (me|mij)\b|ad (cards?|boxes|popups?"
    r"|banners?)|market(ed|ted) to|product ?placements?|productplaatsing|sug+est\w*|opdring\w*"
    r"|opgedrongen|(stel|beveel) (\w+ ){0,4}(niet|geen) (\w+ ){0,3}(voor|aan)\b|aansme\w*"
    r"|financiele producten|aanbeve\w*|tips over (\w+ )?producten"
    r"|(die|deze|dat soort) (tips|producten|dingen aanbieden)"
    r"|voorstellen (voor|van) (\w+ )?producten"
    # Selling as a verb, and the group's own products by name, when they are being offered.
    r"|sold to|sell\w*|nag\w* (me )?about|hear (\w+ ){0,2}about|(mortgage|credit ?card|loan"
    r"|insurance|savings|investment|pension)\w* (offers?|advice cards?|pitch\w*|cards?|ads?|tips)"
    r"|product (cards?|proposals?|offers?)|do-?not-?market|publicit\w*|promotional"
    r"|\w*(product|aanbieding|suggestie|advies|reclame|verkoop|marketing)(kaart|praat|gedoe"
    r"|voorstel|lijst|afdeling|berichten|machine)\w*|\w*praatjes?|aangesmeerd|aan te smeren"
    r"|(product|reclame|aanbieding|suggestie)s? ?(kaart\w*|blokjes)|aan te bi+e?d+e?n?\b"
    r"|sug+er\w*|gesug+ereerd|producten (te )?push\w*|verkoop(?!t\b)\w+"
    r"|kruisverkoop\w*|cross-?selling|product (stuff|things|junk)"
    r"|(products?|producten)'? (van|from|of) (de |the )?bank"
    r"|(more|meer|those|these|die|deze|the|de|of|with|van|met|no|geen) '[^']{3,60}' (\w+ )?(cards?"
    r"|stuff|things"
    r"|kaartjes?|boxes|ads|messages|berichten|popups?)"
    r"|(stop|quit|enough|kap|hou op|klaar)( it)? (with|met|about|over) (the|your|those|these|that"
    r"|this|die|dat|de|jullie|je) (\w+ )?(credit ?cards?|savings|insurance|mortgages?|loans?"
    r"|\w*verzekering\w*|\w*spaarrekening\w*|hypothe\w*|creditcard\w*|\w*lening\w*)"
    r"|\w*(verzekering|spaarrekening|hypothe\w*|creditcard|lening)\w* (\w+ )?voorstel\w*"
    r"|(die|deze|jullie|uw) voorstellen\b(?! (\w+ )?(om|dat|hoe|wat|welke))"
    r"|\w*(verzekering|spaarrekening|hypothe\w*|creditcard|lening)\w* (\w+ )?(voorgesteld"
    r"|aangeboden|aangeraden|aangeprezen)"
    r"|producten (\w+ ){0,3}(laat|laten|toont) zien|producten (\w+ ){0,3}toont"
    r"|(die|deze|that|this|those|these) \w*(spaarrekening|verzekering|creditcard|hypotheek"
    r"|lening)\w*"
    r"|aansmeren|aan te sme+r\w*|sme+ren|(jullie|uw|je) (spul|spullen|troep|rommel)\b"
    # "geen producten meer onder mijn aandacht brengen", art. 5.4.4's own words.
    r"|\w*(producten|products?) (\w+ ){0,3}(onder (\w+ ){0,2}aandacht|to (my|our) attention)"
    r"|aan te praten|aanpraten|aangeboden|adverteren|zeuren over|aankomen met"
    r"|lastig\w* (\w+ ){0,2}met|"
    + _NOT_MINE
    + r"(hypothe\w*|creditcard\w*|spaarproduct\w*|lening\w*)"
    r"(aanbod|aanbieding\w*|advies|kaart\w*)?"
    r"|(stuur|send|vertel|tell) (\w+ ){0,3}(niks|niets|nothing) (\w+ )?(meer |more )?(over|about)"
    # A product of the group, when it is being talked up: "enough about the credit card".
    r"|(about|abt|pushing|push|pitching|recommending|over|pushen|aanraden|aan te raden|show\w*"
    r"|send\w*|offer\w*|tonen|toon|laten zien|sturen|stuur) (\S+ ){0,3}(\w+'s )?"
    + _NOT_MINE
    + r"(credit ?cards?|savings ?accounts?|insurance|mortgages?|loans?|pensions?"
    r"|\w*spaarrekening\w*|\w*verzekering\w*|hypothe\w*|creditcard\w*|kredietkaart\w*|\w*lening)"
    r"|recs?|things to buy|stuff on me|marketed|sold (me )?anything|te kopen|verkocht|gespam"
    r"|\w*(reclame|product|verkoop|promo)(vakjes|dingen|meldingen|campagnes?|doeleinden|truc\w*"
    r"|spam|push\w*)|spullen|profilering|geprofileerd|promo things|sales stuff"
    r"|\w*verkooptroep"
    # What Penny keeps showing unasked is its cards: "why do you keep showing me this".
    r"|(keep|keeps|always) (showing|sending|giving|pushing) (me )?(this|that|these|those|them|it)\b"
    r"|(krijg|zie) ik (dit|dat|deze|die) (\w+ )?steeds|steeds (dit|dat|deze|die) (\w+ )?(krijgen"
    r"|zien|tonen|laten zien)"
    # The bank's own newsletter is its marketing; someone else's is not ("Netflix newsletter").
    r"|product ?(newsletter|nieuwsbrie)\w*|productnieuwsbrie\w*|(bank'?s|your|jullie|uw)"
    r" (\w+ )?(newsletter|nieuwsbrie\w*)|(newsletter|nieuwsbrie\w*) (of|from|van) (the |de )?bank"
    r"|(your|the bank'?s|bank|group'?s?) \w+ products?|(jullie|uw|je) \w*producten"
    r"|tips over (\w+ ){0,2}\w*producten"
    r"|(die|deze|dat|de|that|this|the) \w*(spaarrekening|verzekering|hypothe|creditcard|lening)\w*"
    r" (\w+ ){0,3}(gezien|zien)\b"
    r"|\w*(spaarrekening|verzekering|hypothe|creditcard|lening)\w* .{0,40}(laten zien|tonen"
    r"|voorstellen|aanbieden|aanraden)"
    r"|(product\w*|prodcten|producten|stuff|things|dingen) push\w*|push\w* (\w+ )?(products?|stuff)"
    r"|\w*spam|\w*(verzekering|spaar|krediet|creditcard)\w*kaart\w*|\w+tips|(an|another|the|that"
    r"|this|your|any) ad\b"
    r"|the ad|aan te raden|aan te bieden|met (\w+ ){0,2}aankomen"
    r"|(hou|houd|stop|kap)\w* (\w+ )?(op )?met (die|dat|de|jullie) (\w+ )?(\w*spaarrekening\w*"
    r"|\w*verzekering\w*|hypothe\w*|creditcard\w*|lening\w*))"
)
_DATA = (
    r"(data|details|information|info|transactions?|payments?|spending|purchases|banking"
    r"|history|gegevens\w*|\w*patroon|what i (buy|spend|pay)|wat ik (koop|uitgeef|betaal)"
    r"|patterns?|habits|betaalgegevens|betalingen|transacties"
    r"|uitgaven|bankgegevens"
    r"|informatie|betaalgedrag|them|it|ze|die|aankopen|\w*geschiedenis|purchases|\w*histori\w*)"
)
_USE_FOR_MARKETING = (
    r"(bring\w* (\w+ ){0,3}to (my|our|the customer'?s) attention|onder (de |mijn |onze )?aandacht"
    r"|marketing\w*|push\w* (\w+ )?products?|advert\w*|ads|commercial\w*|promo\w*|sales|offers?"
    r"|target\w*|profil\w*"
    r"|sell\w*|verkoopdoel\w*|(products?|producten) (\w+ ){0,3}(to )?(show|offer|tonen|aanbieden)"
    r"|suggest\w*|recommend\w*|reclame\w*|aanbieding\w*"
    r"|advertentie\w*|commerci\w*|verkoop\w*|suggesties?|aanbevelingen|profiel\w*|doelgericht"
    r"|sell|verkopen|aanbied\w*|aan te bieden|market\w*|aan te bevelen|aanbevel\w*)"
)
_OBJECT_WORDS = (
    r"(\bobject|\bobjection|\bbezwaar|never (agreed|consented|gave)|nooit (\w+ )?(toestemming"
    r"|akkoord)|don'?t|do not|does not|doesn'?t|not|never|no\b|stop\w*"
    r"|refuse|forbid|withdraw|revoke|niet|geen|nooit|weiger\w*|verbied\w*|intrekken|mag niet"
    r"|not allowed|no permission|without my|zonder mijn|leave .{0,30}out|buiten|verzet\w*"
    r"|keep .{0,30}out)"
)

# Ways of asking to stop. A leading negation makes "don't stop" a KEEP.
_STOP_CUE = (
    r"(stop\w*|quit|cease|end(?! up)|halt|disable|(turn|switch|shut)\w* (\w+ ){0,3}off|shut up|mute"
    r"|block|get rid of|opt(ing)? (me )?out|unsubscribe\w*|unsub|remove|take me off|cancel"
    r"|drop|hide|skip|leave (\w+ ){0,4}out|keep (\w+ ){0,4}(out|away)|do without|zero|free of"
    r"|last thing|not keen|no thanks|no thank you|count me out|done with|pointless|useless"
    r"|no more|not anymore|no longer|enough|enuf|knock it off|cut (it|out|the)"
    r"|(don'?t|do not|dont|never|won'?t|didn'?t|doesn'?t|does not) "
    r"(?!(understand|get|see|know|snap|begrijp) (\w+ )?why)(\w+ ){0,3}"
    r"(want|need|like|send|show|give|suggest|offer|recommend|push|bother|pitch|make|bring|sell"
    r"|market|target|profile"
    r"|bug|spam|use|tell|advertise|market|care|wish|ask|interested|receive|get|see)"
    r"|not interested|no interest|leave me alone|leave me out"
    r"|keep (your|the|those|these) .{0,30}to yourself|spare me|sick (of|and tired)|tired of"
    r"|fed up|had enough|hate|annoy\w*|bugging|pestering|pushy|bothering|harass\w*|irritat\w*"
    r"|rather not|prefer not|refuse|object\w*|withdraw|revoke|unwanted"
    r"|(can|could|would|will) you (please )?(not|stop)|^no\b"
    r"|no (more |thanks |thank you )?(\w+ ){0,2}(suggest\w*|offers?|ads|adverts?|advertising"
    r"|marketing|promo\w*|deals|pitch\w*|tips)\b"
    r"|stoppen|stop|hou\w* (\w+ ){0,4}op|ophouden|uit ?zetten|zet\w* .{0,45}uit"
    r"|voortaan (\w+ ){0,2}laten\b|(kaart|kaartje|card)\w* (\w+ ){0,3}(te )?(laten zien|tonen)"
    r"|uitschakelen|schakel .{0,30}uit|afmelden|meld\w* (\w+ ){0,2}af|uitschrijven"
    r"|schrijf\w* (\w+ ){0,2}uit|weghalen|haal\w* (\w+ ){0,4}(weg|uit)|weglaten|laat (\w+ ){0,3}weg"
    r"|overslaan|sla (\w+ ){0,3}over|zonder|buiten|verzet\w*|bestoken|irrit\w*|nutteloos"
    r"|geen .{0,60}(meer|aub|alsjeblieft|alstublieft|graag|nodig|behoefte|interesse|zin|wil\w*"
    r"|hoef\w*|zien)|niets meer|niks meer|nee dank|laatste wat"
    r"|(wil|hoef|wens|moet|wilde|zou|hoeven) (?!weten)(\w+ ){0,4}(geen|niet|niets|niks)\b"
    r"|niet meer|nooit meer"
    r"|geen (behoefte|interesse|zin|goesting)|liever geen|rather (not|no)\b|finish\w* (with|off)"
    r"|op nee|to no\b|doe (dat|dit|het) (dan )?(maar |graag |ook )?(meteen|nu|direct|gelijk)"
    r"|(if so|zo ja),? (please )?(do it|go ahead|doe dat|graag)|uit te (schakelen"
    r"|zetten)"
    r"|(mag|kan|kunnen|mogen) (dat|die|het|ze|dit|deze) (\w+ )?(af|uit|weg|stoppen)\b"
    r"|\w*(reclame|advertentie|aanbieding|suggestie)vrij\w*|ad-?free|ads? free|without ads"
    r"|^(doe|do) (dat|het|it|that) (maar|dan|graag|please|then)$|laat me (met rust|erbuiten)"
    r"|bespaar me|ik heb genoeg"
    r"|niet (\w+ ){0,3}(meer )?(tonen|sturen|laten zien|voorstellen|horen)|weg\b(?! te werken)"
    r"|genoeg|ben (er )?klaar mee|ben het zat|zat van|weg met|schei uit|niks te zoeken"
    r"|kap (er )?(mee|met)|bezwaar|irritant|vervelend|lastig\w*|ongewenst|niet (\w+ )?sturen"
    r"|niet (\w+ )?tonen|niet (\w+ )?laten zien|niet (\w+ )?aanbieden|niet (\w+ )?gebruiken"
    r"|niet (\w+ )?voorstellen|niet (\w+ )?aanraden|voortaan niet|hoeft niet meer"
    r"|gebruik\w* (\w+ ){0,3}niet|niet (oké|oke|ok|okay|goed|fijn|prettig|gepast|netjes|acceptabel)"
    r"|not (ok|okay|fine|cool|acceptable|right|appropriate)\b|good without|on the head|go away"
    r"|disappear\w*|take (\w+ )?away"
    r"|disabled|discontinu\w*|decline|ophoudt|ophield|houdt (\w+ ){0,3}op|not accepting|in peace"
    r"|never do that|chill with|taking back|on my nerves|without|op (mijn|m'n|mn) zenuwen"
    r"|(have|has)( got)? to go\b|(must|needs? to) go\b"
    r"|just do it( for me)?\b|do it for me\b|doe (het|dat) (maar )?voor (mij|me)\b"
    r"|request you to not|henceforth|turn of\b|achterwege|af van|weglaten|uitgeschakeld"
    r"|uitgezet|deactiv\w*|hoef .{0,20}nie\b|afslaan|sla .{0,30}af|nee tegen|weiger\w*"
    r"|tegen marketing|bestookt|ophielden|verdween|kwijt|voor (u|je) houden|niet langer"
    r"|herroep\w*|annuleer\w*|van .{0,30}halen|uit$|off$|kap\w*|list|lijst|voorkeur op"
    r"|reken (mij|me) (\w+ )?niet mee|(not|n't) (\w+ )?sign\w* up|niet aangemeld"
    r"|niet te wachten op|nee bedankt|sla .{0,40}af|houd\w* .{0,40}voor (je|u)|say no|zeg nee"
    r"|not (\w+ )?(push|send|show|sell|suggest|offer|recommend|pitch)\w*|knock (it )?off"
    r"|nooit meer doen|niet meer doen|afzetten|zet\w* .{0,30}af\b|schei (\w+ )?uit|kill"
    r"|hou\w* .{0,40}voor (je|jezelf|u|uzelf)\b|preference (\w+ )?to (no|off|none)|not needed"
    r"|unnecessary|liever niet|mag (je|u|jullie) (\w+ )?laten\b|target (me|mij) niet"
    r"|niet nodig|overbodig|niet.benader\w*|do.?not.?(call|contact)\w*|niet (\w+ )?verkopen"
    r"|(not|didn'?t|don'?t|never|haven'?t) (\w+ )?sign\w* up|uitgeschreven|afgemeld (te )?worden"
    r"|van (\w+ ){0,4}af\b"
    r"|refrain\w*|deactivat\w*|gone|lose (it|them|the|those|these|your|all|that|this)\b|want out"
    r"|out of(?! (nowhere|the blue|curiosity|interest))|not more|permanently"
    r"|\b(offers?|suggestions?|ads|adverts|deals|aanbiedingen|reclame|suggesties) no\b"
    r"|voortaan zonder|from now on without|make it stop|(don'?t|do not) do (that|this"
    r"|it) (anymore|any more|again)"
    r"|mark me|not me|someone else|kindly|no selling|wish to not|rather not|never want"
    r"|kappen|klaar mee|eruit|mag .{0,30}(weg|uit|overslaan|zitten)|staken|verberg\w*"
    r"|schrap\w*|laat .{0,30}zitten|de deur uit|zeg .{0,30}op|haal me van|val me niet"
    r"|met rust|niet akkoord|voorgoed|nooit meer zien|niet meer tonen|niet geïnteresseerd"
    r"|niet op te wachten|zit (\w+ )?niet (\w+ )?op te wachten|niet waarderen|waarderen als"
    r"|blokkeer|nee dank je|vertel er niks meer|niks meer|geen .{0,20}niks|ik wil (\w+ )?niet"
    r"|^geen\b|ever again|would you mind not|not (\w+ )?(sign\w* up|aangemeld)|voor je houden"
    r"|met rust|(want|need|wish for|like) no\b|(i|ik) (do )?not (want|need|like|wish|wil)\b"
    r"|be[eë]indig\w*|stop te zetten|te staken|weg ?blijven|weg ?blijft|achterwege blijven"
    r"|^uit met\b|^(not"
    r"|niet) (your|the|any|those|these|jullie|die"
    r"|de)\b|exclude\w*|exempt|sluit (\w+ ){0,3}uit|uitsluiten"
    r"|uit te sluiten|uit (blijven|laten)|(stay|remain|keep (\w+ ){0,3})off"
    r"|(turn|switch|shut)\w* (\w+ ){0,3}of$"
    r"|interesse\w* (me|mij) (\w+ )?niet|(don'?t|do not|doesn'?t|does not) interest me"
    r"|(helemaal |echt |spuugzat|meer dan )?zat\b|afzien|af te zien|zie (\w+ ){0,3}af\b"
    r"|uitgesloten|uitsluiting|verschoond|gevrijwaard|never (agreed|consented|gave)"
    r"|nooit (toestemming|akkoord)|laat .{0,40}verdwijnen|(mogen|moeten|kunnen) (\w+ )?verdwijnen"
    r"|klaar met|(wil|want) (dat|that) .{0,50}(verdwijn\w*|weg (zijn|gaan)|disappear\w*|go away)"
    r"|(off|uit)( (please|pls|graag|aub|alsjeblieft|svp|thanks|now|nu|for good|voorgoed"
    r"|permanently|forever))*$)"
)
_KEEP = (
    r"((don'?t|do not|dont|never|no need to|please don'?t) (\w+ )?(stop|end|turn( \w+)? off"
    r"|switch( \w+)? off|disable|quit|cancel|unsubscribe|opt (\w+ )?out)\b"
    r"|(don'?t|do not) want (them|it|this|that|you) to stop|keep (the |them |those |these )?"
    r"(\w+ )?(coming|on|going)|(niet|nooit) (\w+ )?(stoppen|uitzetten|uitschakelen|stopzetten"
    r"|afzetten|weghalen)\b(?!,? meer\b)"
    r"|zet (\w+ ){0,3}niet uit|leave (\w+ ){0,3}on|keep them|they'?re (great|useful|handy|fine)"
    r"|(are|is|zijn) not (\w+ )?(annoying|a problem|bothering|irritating)|(zijn|is) niet (\w+ )?"
    r"(irritant|vervelend|storend)"
    r"|ze zijn (top|handig|nuttig)|laat (\w+ ){0,2}aan( staan)?(?= ?[.!?,]|$)"
    r"|blijf (\w+ ){0,3}(sturen|tonen|doen)"
    r"|hoef(t)? niet (\w+ )?te stoppen|count me in|(don'?t|do not) want to miss"
    r"|(want|like|love|happy|prefer|wish|'d like|would like) to keep getting"
    r"|(don'?t|do not|niet) (remove|hide|drop|weghalen|verbergen|afmelden)|no need to change"
    r"|happy to (see|get)|i (really |do |just |actually )?(like|love|enjoy) (them|it|(the |your "
    r"|these |those )(\w+ )?"
    r"(suggest\w*|offers?|tips|recommend\w*|cards|deals|ideas))\b|(niet|geen) (\w+ ){0,3}missen"
    r"|(don'?t|do not) want to (stop|end|cancel|disable"
    r"|turn (\w+ )?off|switch (\w+ )?off|remove|lose)"
    r"|hou\w* (ze|die|het|deze) aan|hoef (\w+ )?(niks|niets) uit te zetten|(aanbiedingen"
    r"|suggesties|tips"
    r"|offers|suggestions|ze|they) (zijn|vind ik|are) (\w+ )?(prima|goed|fijn|top|handig|nuttig"
    r"|leuk|fine)\b"
    r"|geen bezwaar|no objection|(don'?t|do not) object"
    r"|(blijven|blijf) krijgen"
    r"|reken (mij|me) (\w+ )?mee|geen (\w+ )?missen|meld (me|mij) niet af|vind .{0,30}(leuk|fijn"
    r"|handig|nuttig)|(they|these|those|suggestions|offers|tips|cards) (are |were |'re )?(really "
    r"|very |so |quite )?(useful|helpful|great|handy)"
    r"|never asked (\w+ )?to (stop|end|turn|switch|remove|cancel|unsubscribe|opt)"
    r"|nooit gevraagd (om )?(\w+ ){0,4}(te )?(stoppen|uit te zetten|af te melden)"
    r"|(don'?t|do not) want to (opt out|unsubscribe)|just asking|wil me niet afmelden"
    r"|^i (do )?want (the|those|these|them|my|your)\b"
    r"(?!.*\b(gone|away|off|removed|weg|uit|back|again|weer|terug|on|aan|not|niet|no longer"
    r"|stop\w*|end\w*|disappear\w*|verdwijn\w*|ophouden|vanish\w*)\b)"
    r"|(wil|want) (\w+ )?(niet|not) (dat|that) .{0,40}(verdwijn\w*|stopp\w*|ophouden|disappear\w*"
    r"|go away|weg)\b|(don'?t|do not|never) want (the |those |these |my |your |them )?(\w+ ){0,2}"
    r"(to (disappear|go away|vanish|end|stop)|(switched|turned) off|removed|gone)\b"
    r"|don'?t you dare|waag het niet|^stop (\w+ )?niet\b(?! meer)"
    r"|(haal|zet|meld|doe) (\w+ ){0,3}niet (weg|uit|af)\b|maakt (me|mij) (\w+ )?niet (meer )?uit"
    r"|don'?t mind|vind ik niet erg|(fine|ok|okay|happy|prima|akkoord) (with|met) (you |jullie )?"
    r"(using|gebruik)|no problem|geen probleem|vind ik (prima|goed|geen probleem)"
    r"|wil .{0,30}juist|wil ze (wel|houden)|(wil|want to) .{0,40}\b(houden|keep)\b"
    r"|(houd|hou) (ze|die|deze) (\w+ )?liever|liever (houden|aan)\b"
    r"|(don'?t|doesn'?t|do not|does not|niet) (\w+ )?(bother|trouble|annoy|irritate|storen"
    r"|hinderen)"
    r" (me|mij)\b(?! (with|about|met|over)\b)|(storen|hinderen|irriteren) (me|mij) (\w+ )?niet"
    r"|^leave (them|it|those|these)\b(?! (\w+ )?(out|alone|off|be)\b)"
    r"|(mag ik|can i (get|have)|could i (get|have)|i'?d like|i would like|graag"
    r"|give me) (?!no |geen |not )(\w+ )?(meer"
    r"|more) (\w+ )?(suggest\w*|aanbieding\w*|offers?|tips|deals|ideas|ideeën)"
    r"|(houd|hou) (me|mij) op de hoogte|keep me (posted|informed|updated)"
    r"|doe (dat|het|dit) (vooral|alsjeblieft|maar|dus) niet(?! meer)|stoor\w* (me"
    r"|mij) (\w+ ){0,2}niet"
    r"|(niet nodig|no need) (om )?(te |to )?(stop\w*|uit te zetten|turn\w* (\w+ )?off|remove"
    r"|hide|drop|disable|cancel|weg te halen|te verbergen)"
    r"|(i'?m|i am|we'?re|we are) (really |quite |totally |perfectly |absolutely |very )?(fine|ok"
    r"|okay|happy|good) with (the|those|these|them|your"
    r"|it)\b(?! (\w+ )?(gone|off|removed|stopp\w*))"
    r"|\b(lees|read) (ze|them|die|those|these|deze) (echt|graag|wel|altijd|really|always|all)\b"
    r"|^keep (the|those|these|them|my) (\w+ )?(ads|offers|suggest\w*|cards|tips|deals)\b"
    r"(?! (\w+ ){0,3}(to yourself|to yourselves|away|out of|for yourself)\b)"
    r"|hoef\w* (\w+ ){0,3}niet (weg te halen|uit te zetten|te stoppen|te verbergen)"
    r"|(hoef|wil) (ze|die|deze|het) niet kwijt|vind\w* .{0,50}niet (zo )?erg( hoor| joh"
    r"| eigenlijk)?$|hoe(f|ft|ven) (\w+ ){0,3}niet (weg|verdwijnen|uit)\b(?! te\b)"
    r"|^not (\w+ )?(turning|switching|opting|unsubscribing|stopping)\b"
    r"|niet dat ik (het|ze|die|dat) (\w+ )?(wil )?(uitzet\w*|uit (wil )?zetten|stop\w*|afmeld\w*)"
    r"|(i'?m|i am) not (\w+ )?(turning|switching|opting"
    r"|unsubscribing)\w*"
    r"|(not|niet) (asking|telling|saying|requesting|vragen|vraag|zeggen)\b.{0,20}\b(to |om )?(stop"
    r"|turn|switch|remove|opt|uit|stoppen|af)"
    r"|(doesn'?t|does not|betekent niet) mean (\w+ )?stop|((you can|u mag|je mag|feel free to|just"
    r"|please) |^)keep (on )?(suggest\w*|sending|showing"
    r"|offering|recommend\w*)"
    r"|(wil|want|wens) (\w+ )?niet afgemeld (te )?worden|(don'?t|do not) want to be (unsubscribed"
    r"|opted out|removed)"
    r"|(hou|houd|laat) .{0,40}\ber (maar |gewoon )?in\b"
    r"|geen sprake van|no way (i'?m|i am|i will|i'?d|i would)|not a chance|no chance (i|that)"
    r"|echt niet dat ik"
    r"|(lees|zie|bekijk) (ze|die|deze|dat) (\w+ )?graag|i (like|enjoy) (reading|seeing) (them|it))"
)
_RESUME_CUE = (
    r"(start\w*|restart\w*|resume|turn (\w+ )?(back )?on|switch (\w+ )?(back )?on|enable|re-?enable"
    r"|again|back|allow|consent|permit|reactivate|unpause|welcome|aanmelden|meld (me"
    r"|mij) (\w+ )?aan"
    r"|weer (\w+ ){0,2}(aan|ontvangen|krijgen|tonen|sturen|zien|welkom|prima|graag|terug"
    r"|hebben)"
    r"|(mag|mogen|wel) weer|aanzetten|zet .{0,30}aan|inschakelen|opnieuw|toestemming"
    # "terugbetalingen", "teruggave": money coming back, not the offers.
    r"|(?<!geld )(?<!bedrag )terug(?!bel|betaal|betaling|gave|gaaf|boek|geboekt|stort|gestort)\w*"
    r"|hervat\w*|welkom"
    r"|restore|reinstate|re-?subscribe|bring (\w+ ){0,2}back|once more|miss|herstel\w*|(mag"
    r"|mogen) weer"
    r"|(okay|ok|fine) with|turn (them|it) on|switch (them|it) on"
    r"|changed my mind|change of heart|bedacht|van gedachten veranderd|toch (weer )?wel"
    r"|ik mis (de|die|deze|jullie|je|uw)|put (\w+ )?(back )?on\b"
    # "suggesties aan", "offers back on please"
    r"|^(?!(are|is|zijn|staan|staat|were|waren)\b)(\w+ ){0,2}(suggest\w*|offers?|aanbieding\w*"
    r"|reclame|tips|ads|deals) (weer |back )?(aan|on)"
    r"( (graag|pls|please|aub|svp|now|nu))?$)"
)
_NEGATION = r"(don'?t|do not|dont|never|not|no|niet|nooit|geen)"
# A stop or resume that is a question about its consequences, not a request.
_ABOUT = (
    r"(what happens|what if|what would happen|if i\b|when i\b|does .{0,30}cost|cost anything"
    r"|(is|it's|be) (it |that |opting out |stopping )?free|for free|free of charge|later"
    r"|still (get|be able|see)"
    r"|will i|would i|can i (still|always|later|undo|change)|how does|what does|mean\b"
    r"|(does|do|will|would) .{0,40}(apply|affect|include|cover|count)|also (apply|affect)"
    r"|(can|could|may) (someone|somebody|anyone|my \w+"
    r"|another person) (else )?\w+ (\w+ ){0,5}(for me"
    r"|on my behalf)|on (my|someone'?s|their|his|her) behalf|namens (mij|iemand)"
    r"|(kan|mag) iemand (anders )?(mij|me|voor mij)|(can|could|may|kan|mag) (my"
    r"|mijn) \w+ (\w+ ){0,7}(opt|afmeld\w*|uitzet\w*|uit te zetten|turn\w*|switch\w*|zich"
    r"|themselves|himself|herself|also|ook)\b"
    r"|aan of uit|on or off|(of|or) (alleen|only|just)\b"
    r"|(of|whether) (ik|i) .{0,40}(heb|had|have|'ve) (\w+ ){0,2}(uitgezet|afgemeld|stopgezet|turned"
    r"|switched|opted|unsubscribed)"
    r"|temporar\w*|tijdelijk|for a (month|week|while|bit)|(and|en) (then |dan )?(\w+ )?(back on"
    r"|weer aan)|verplicht\w*|obliged|obligatory|mandatory|required to|zelf (\w+ ){0,2}kiezen|(my"
    r"|mijn) (own )?"
    r"(choice|keuze)|stel dat|suppose|supposing|in case|mocht ik|hoe regel ik"
    r"|(elke|iedere) keer opnieuw|opnieuw doen|every time again|each time again"
    r"|(op )?(elk|ieder) apparaat|each device|every device|per device|separately|apart\b"
    # "Mag ik eigenlijk bezwaar maken ...?": whether an objection is allowed, not one.
    r"|mag ik (eigenlijk|wel|überhaupt|uberhaupt|zomaar|ook) bezwaar"
    r"|(am|are) (i|we) (even |actually "
    r"|also )?allowed to object|can i (even|actually|also) object"
    r"|twijfel\w*|overweeg\w*|i'?m (thinking|considering)|denk (erover|na)|gevolgen|consequences"
    r"|uitleggen|explain|leg (\w+ )?uit|vertel (me )?hoe(?! ?veel)|tell me how(?! (much|many))"
    r"|(can|could|may|kan|mag|kunnen|mogen) (each|every|both|all|iedere|elke|ieder|beide|allebei)\b"
    r"|word ik|na het afmelden|na afmelding|after (i )?opt(ing)? out|after (i )?unsubscrib\w*"
    r"|wat gebeurt|wat als|(?<!keer )als ik|kost (het|dat) iets|kosten|gratis|later"
    r"|kan ik (nog|altijd"
    r"|later|dat|het)|wat betekent|hoe werkt|blijf ik|geldt|gelden|krijg ik dan|ook voor)"
)
# Other things a customer stops: these make a stop about something else.
_OTHER_TARGET = (
    r"(subscription\w*|membership|account|direct debit\w*|debit\w*|standing order\w*|payment\w*"
    r"|transfer\w*|card|chart|graph|table|newsletter\w*|e-?mails?|notification\w*|alerts?|gym"
    r"|insurance policy|contract|plan|streaming|service|app|bus|train|car|music|timer|alarm"
    r"|abonnement\w*|lidmaatschap|incasso\w*|machtiging\w*|betaling\w*|overboeking\w*|\w*pas"
    r"|\w*kaart|grafiek\w*|tabel\w*|nieuwsbrie\w*|meldingen|sportschool|verzekering|contract"
    r"|rekening|dienst|spaarplan)"
)
_OTHER_FROM = r"\b(unsubscribe\w*|cancel\w*|opt\w* out|stop\w*|afmelden|uitschrijven|opzeggen)\b"
_FILLER = (
    r"(please|pls|plz|now|right now|immediately|already|it|this|that|these|those|them|all|just"
    r"|ok|okay|thanks|thank you|me|penny|you|for me|again|aub|alsjeblieft|alstublieft|nu|meteen"
    r"|ermee|daarmee|dit|dat|die|ze|het|gewoon|maar|hoor|even|graag|ik wil|i want to"
    r"|i'd like to|can you|could you|would you|will you|kun je|kunt u|wil je|wilt u|mee|met"
    r"|doen|i said|ik zei|and|en|the|de|ok|from now on|voortaan|stuff|with|alone|nou|toch)"
)
_BARE = (
    r"(stop|stop \w+ing|stoppen|quit|enough|enuf|opt(ing)? (me )?out|unsubscribe|unsub|hou op"
    r"|houd op|ophouden|afmelden|uitschrijven|meld me af|schrijf me uit|niet meer doen|kap"
    r"|schei uit|knock it off|cut it out|(turn|switch) (\w+ ){0,2}off|zet (\w+ ){0,2}uit|uitzetten"
    r"|no more|stop (doing|sending|showing) (this|that|these|them)|genoeg|basta|laat (dat|dit)"
    r"|get rid of|drop|remove|hide|count me out|i'm done with|done with|leave me alone"
    r"|don'?t (show|send|do)|weg|haal (\w+ )?weg|laat (\w+ )?weg|hou (\w+ )?voor je"
    r"|niet op te wachten|zit ik niet op te wachten|hier zit ik niet op te wachten|spare me"
    r"|liever niet(,? en ook niet meer in de toekomst)?|never again|nooit meer|stahp|wegwezen"
    r"|ik zei (toch )?nee|niet weer|niet dit weer|gedaan ermee|not this again"
    r"|please don'?t|hou (\w+ ){0,3}op|go away|knock it off|cut it out"
    # Declining for good, said to a card: "not interested", "hoeft niet meer".
    r"|off|niet meer|not interested|niet geïnteresseerd|niet geinteresseerd"
    r"|geen (interesse|behoefte)"
    # Not "hoeft niet", "laat maar zitten" or "geen zin": those answer any question.
    r"|hoeft niet meer"
    r"|don'?t ask (me )?again|niet meer vragen|(nooit|niet) meer (laten zien|tonen|sturen|zien)"
    r"|(that'?s|that is|dat is) (more than )?enough|no more (of )?(these|this|those|that|them)"
    r"|make (it|this|them) stop|i (really )?don'?t need (this|that|these|it)"
    r"|don'?t send (me )?(these|this|those|them|that)( anymore| any more)?"
    r"|meld (me|mij) (\w+ )?af|doe (dat|dit) niet meer|(dit|dat|deze) wil ik niet meer"
    r"( zien| hebben)?|laat (\w+ ){0,3}achterwege|uitschakelen|uit"
    r"|never (show|send|give) (me )?(this|that|these|those|it|them)( again| anymore| any more)?"
    r"|(i )?(don'?t|do not) want (this|that|these|it)|enough of (this|these|that|those|them)"
    r"|(i )?(don'?t|do not) want to see (this|these|that|those|them|it)( anymore| any more| again)?"
    r"|(hier|daar) wil ik (er )?(geen|niks|niets) meer van|niet meer van (dit|dat|deze)"
    r"|(don'?t|do not) show (me )?(this|that|these|those|it|them)( anymore| any more| again)?"
    r"|(ik )?wil (dit|dat|deze|die) niet meer( krijgen| zien| ontvangen)?"
    r"|laat (dit|dat|deze|die|het) niet meer zien|weg (hiermee|ermee|daarmee)"
    r"|hide (this|it|these|them|that)( forever| for good)?|(hier|daar) wil ik niet(s)? meer van"
    r"( weten| zien)?|(dit|dat|deze) hoef ik niet meer( te zien)?|laat (\w+ ){0,2}weg"
    r"|not again|disable( (it|this|them|that|these))?|nooit meer (dit|dat|deze"
    r"|die) (soort )?(dingen)?"
    r"|doe (\w+ )?(maar )?niet meer|i (really |just )?(don'?t|do not) (want|need|like) (this|that"
    r"|these|it|them)( anymore| any more)?"
    r"|(hier|daar) wil ik (\w+ )?(van ?af|vanaf)"
    r"|(dit|dat|deze|die) (soort )?(dingen |berichten |kaartjes )?wil ik niet meer( zien| hebben)?"
    r"|hoef (ik )?(het |dat |dit |die |ze )?niet meer|(hier|daar) wil ik (niks|niets) meer van"
    r" (zien|weten|horen))"
)


def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"\b{pattern}\b", re.IGNORECASE)


_SUBJECT_RE = _compile(_SUBJECT)
_DATA_RE = _compile(_DATA)
_USE_RE = _compile(_USE_FOR_MARKETING)
_OBJECT_RE = re.compile(_OBJECT_WORDS, re.IGNORECASE)
_STOP_RE = _compile(_STOP_CUE)
_KEEP_RE = _compile(_KEEP)
_RESUME_RE = _compile(_RESUME_CUE)
_WITHDRAW_RE = _compile(
    r"((withdraw\w*|revok\w*|trek\w*|intrek\w*) .{0,40}(consent|permission|toestemming)"
    r"|(consent|permission) .{0,50}(withdraw\w*|revoke\w*)|toestemming .{0,50}in(trekken)?\b"
    r"|(neem|nemen) .{0,20}(akkoord|toestemming)\b.{0,50}terug"
    r"|(annuleer|herroep)\w* .{0,30}toestemming"
    r"|tak\w* back (my )?(consent|permission)"
    r"|(toestemming|consent|permission) .{0,60}(vervalt|vervallen|eindigt|loopt af|expires?"
    r"|ends|lapses?|no longer (applies|stands|valid)))"
)
# Taking back an objection or regretting a stop asks to resume (Penny then asks to confirm).
_UNDO_STOP_RE = _compile(
    r"((withdraw\w*|cancel\w*|revok\w*|trek\w*|intrek\w*|take back) .{0,40}(objection|bezwaar)"
    r"|(objection|bezwaar) .{0,40}(withdraw\w*|in ?trekken|in)\b|(?<!make me )regret|spijt"
    r"|undo|reverse (it|that|this|my)|terugdraaien|ongedaan|draai .{0,30}terug"
    r"|vergeet .{0,20}bezwaar|annuleer .{0,10}bezwaar"
    r"|(opt.?out|afmelding|afgemeld) .{0,20}(mistake|vergissing|per ongeluk)|by (mistake|accident)"
    r"|per ongeluk (afgemeld|uitgezet)|opnieuw aanmelden|meld me weer aan|subscribe me"
    r"|(trek\w*|intrek\w*|withdraw\w*|cancel\w*|revok\w*|take back|annuleer\w*) .{0,40}"
    r"(afmeld\w*|opt.?out|unsubscri\w*))"
    r"|(opt.?out|afmelding|bezwaar) .{0,40}(in ?trekken|intrek\w*|terugdraaien|ongedaan)"
)
# "Ik wil een betaling terugdraaien": undoing a payment, not an opt-out.
_UNDOES_SOMETHING_ELSE_RE = _compile(
    r"(payment|transfer|transaction|charge|order|purchase|betaling|overboeking|overschrijving"
    r"|(?<!product )(?<!suggestion )(?<!offer )(?<!promo )card|pas|pasje|pin|pincode|account"
    r"|rekening|block|blocked|blokkeer|geblokkeerd"
    r"|afgeschreven|afschrijv\w*|dubbel|double|charged"
    r"|transactie|afschrijving|bestelling|aankoop|incasso)\w*"
)
# "again" and "weer" ask to resume only where nothing in the message asks to stop.
_WEAK_RESUME_RE = _compile(
    r"(again|back|weer|terug|activeer\w*|open voor|schrijf me\w* .{0,20}in|changed my mind"
    r"|bedacht|van gedachten veranderd|toch (maar )?wel|^wel|heractiv\w*|reactiv\w*)"
)
_WANTS_MORE_RE = _compile(
    r"(see|get|receive|zien|krijgen|ontvangen|show me|geef me|stuur me|send me|like|want|wil)"
    r" (\w+ )?(?<!any )(more|meer) (\w+ )?(suggest\w*|aanbieding\w*|offers?|tips|deals|ideas|ideeën"
    r"|aanbeveling\w*|recommendations?)"
)
_NEGATION_WORD_RE = _compile(
    r"(don'?t|do not|dont|doesn'?t|does not|won'?t|can'?t|never|not|no|niet|nooit|geen|no longer)"
)
_NEGATED_RESUME_RE = _compile(rf"{_NEGATION}\b(\s+\w+){{0,5}}\s+{_RESUME_CUE}")
_ABOUT_RE = _compile(_ABOUT)
_ASKS_ABOUT_RE = re.compile(
    # "Hoe vaak moet ik nog nee zeggen ...?": rhetorical, a request.
    r"^(?!(hoe vaak|how (many times|often)) (moet|must|do|have|should|heb|zal))"
    # "Is it possible to opt out?" asks; "is it possible to switch them off for me?" requests.
    r"^(?!((is it|would it be) possible|is het mogelijk|zou het mogelijk zijn)\b"
    r"((?!.*\b(opt(ing)? out|afmelden|af te melden)\b)|.*\b(for me|voor mij|please|pls|aub|graag"
    r"|alsjeblieft|kindly)\b))"
    r"(?!(is there (any )?(chance|way)|can i (get|have) |is er (een )?kans"
    r"|(can|could|may) i please))"
    r"(how|what|what's|why|when|where|which|is|are|am|does|do|did|will(?! you)|would(?! you)"
    r"|hoe|wat|waarom|wanneer|waar|welke|is|zijn|ben ik|heeft|hebben|geldt|blijft|verloopt"
    r"|krijg ik|wordt|kost|moet ik|moet je|moeten we|hoef je|hoef ik|kan ik|do i (have|need) to"
    r"|do you (have|need) to|must i|can i|verlies ik|waar|who"
    r"|wie|bij wie|bestaat|gaat|werkt)\b",
    re.IGNORECASE,
)
# "Any suggestions how to stop spending so much?" asks for advice, not for a stop.
_ADVICE_RE = re.compile(
    r"^(any|got|do you have|have you got|can you give me|could you give me|heb je|heeft u"
    r"|hebben jullie|zijn er|geef (me|mij))\b (\w+ ){0,2}(suggest\w*|tips?|ideas?|ideeën|advice"
    r"|advies|recommendations?)\b (\w+ )?(to|for|on|how|about|om|voor|hoe|over)\b",
    re.IGNORECASE,
)
# "Can you suggest which subscriptions I could drop?" asks for advice too.
_ASKS_ADVICE_RE = re.compile(
    r"^(please )?(can|could|would|will) you (please )?(suggest|recommend|advise)\b (me )?(\w+ )?"
    r"(which|what|how|where|when|a way|ways|some|any|something)\b"
    r"|^(please )?(suggest|recommend|advise)\b (me )?(something|some|a |an |ways?|how|what|tips"
    r"|anything)|^(geef|noem) (me|mij) (eens )?(een paar |wat |enkele )?(tips|ideeën|suggesties)\b"
    r"|^(kun|kan|kunt|wil|wilt) (je|u|jij) (me |mij )?(eens )?(aanraden|adviseren|suggereren"
    r"|voorstellen|tips geven) (welke|wat|hoe|waar)\b"
    r"|^(i'?d like|i would like|i want|i need|can i (get|have)|could i (get|have)|ik wil graag"
    r"|ik zou graag|graag) (some |a few |any |wat |een paar |enkele )?(recommendations?"
    r"|suggestions?"
    r"|tips|advice|ideas|aanbevelingen|suggesties|advies|ideeën)\b(?! (to stop|om te stoppen))",
    re.IGNORECASE,
)
# "Someone told me to turn the suggestions off": hearsay, not a request.
_HEARSAY_RE = re.compile(
    r"^(someone|somebody|people|iemand|mensen|men)\b (\w+ ){0,2}(said|says|told|tell|zei|zegt"
    r"|zeggen|vertelde|adviseerde|advised)\b",
    re.IGNORECASE,
)
# "Ik hoor dat je de aanbiedingen kunt uitzetten": news of an option, not a request.
_VERIFY_RE = _compile(
    r"(is (that|it|this) (true|right|correct|so)|klopt (dat|het|dit)|is (dat|het) (zo|waar|echt)"
    r"|echt waar|really\?|for real\?)"
)
_HEARD_RE = re.compile(
    r"^(ik hoor(de)?|ik las|ik lees|i hear(d)?|i read) (dat|that)\b"
    # "You asked if I want to stop offers - no": Penny's question reported, not a request.
    r"|^(you|je|jij|u) (asked|vroeg|vroegen)( me| mij)? (if|whether|of)\b",
    re.IGNORECASE,
)
# "Heb ik vorig jaar de aanbiedingen uitgezet?": whether a stop was made, asked.
_ASKS_PAST_RE = re.compile(
    r"^(heb ik|had ik|have i|had i|did i|ben ik|zijn ze|are they|were they|staan ze|staan de)\b",
    re.IGNORECASE,
)
# "ik weet het niet meer": forgetting, not a stop.
_FORGOT_RE = _compile(
    r"((weet|wist) (\w+ ){0,3}niet (meer)?|don'?t (know|remember)|can'?t remember|geen idee"
    r"|not sure|no idea)"
)
# "My friend turned off the suggestions": a report about someone else, not a request.
_THIRD_PARTY_RE = re.compile(
    r"^(dear penny |geachte penny )?(my|mijn|a|een) (\w+ ){0,2}(friend|husband|wife|partner"
    r"|neighbou?r|colleague|brother|sister|mother|father|mom|mum|dad|son|daughter|buurman"
    r"|buurvrouw|vriend\w*|man|vrouw|collega|broer|zus|moeder|vader|zoon|dochter)\b"
    r"(?! and i\b| en ik\b)",
    re.IGNORECASE,
)
_RELAYED_RE = re.compile(
    r"\b(you|u|je|jij|jullie) (\w+ ){0,3}(can|could|kunt|kan|kun)\b"
    r"|\b(vraagt|vroeg|asks|asked|wants|would like|zou graag)\b .{0,15}\b(you|u|je|jij|jullie)\b",
    re.IGNORECASE
)
# "I previously asked you to stop the offers": said of the past, so an undo in the same
# message asks to resume.
_PAST_STOP_RE = re.compile(
    r"\b(asked|told|said|requested|turned|switched|opted|stopped|disabled|blocked|unsubscribed"
    r"|gevraagd|zei"
    r"|verzocht|uitgezet|afgemeld|vroeg"
    r"|uitgeschakeld|stopgezet|te snel|too (quick|fast|hasty)|voorbarig|spijt|regret\w*|gezegd"
    r"|aangegeven|wilde|wou|wanted"
    r"|(have|had|'ve|'d) (\w+ )?(put|turned|switched|set|opted|stopped))\b",
    re.IGNORECASE,
)
# "Can you take those away?": a request, though it ends in a question mark.
_POLITE_REQUEST_RE = re.compile(
    r"^(please |pls |graag |en |so |and |then |dus )?(can|could|would|will) you\b|^(kan|kun|kunt"
    r"|wil|wilt|zou|zoudt)"
    r" (je|jij|u|ge|jullie)\b|^(kunnen|mogen|mag|kan) (die|deze|ze|dat|dit|het|jullie)\b"
    r"|^(can|could|may) i (please\b|(have|get) (\w+ ){0,4}(turned|switched|shut) off)"
    r"|^(can|could|will|would) (they|these|those|the \w+)\b.{0,30}\b(go away|stop|end|disappear"
    r"|be (turned|switched) off)",
    re.IGNORECASE,
)
# Clearly a question, even where the customer typed no question mark.
_QUESTION_START_RE = re.compile(
    r"^(which|where|what'?s|what is|is there(?! (any )?(chance|way))|does|do i|can i|will i|would i"
    r"|should i|must i|heeft|hebben|moet ik|verlies ik|krijg ik|kan ik|waar|welke|wat is|wat zijn"
    r"|is het|is er|zijn er|geldt|how do i|how can i|hoe kan ik|hoe zet ik|hoe meld ik|who (do|can"
    r"|should)"
    r" i|wie moet ik|bij wie|bestaat|gaat|werkt)\b",
    re.IGNORECASE,
)
# Said beside a question about stopping: the customer only wants to know.
_JUST_ASKING_RE = _compile(
    r"(just (want(ed)? to know|wondering|curious|asking)|out of curiosity|i wonder|wondering"
    r"|(eerst )?(even )?weten\b|(want|like) to know first|twijfel\w*|not sure yet|nog niet zeker"
    r"|overweeg\w*|considering|thinking about it"
    r"|in theory|theoretisch|in principe|in principle|(only|just) asking|gewoon (even )?weten"
    r"|benieuwd|vraag (het )?(alleen|maar|gewoon) (even)?"
    r"|nieuwsgierig|curious|niet dat ik"
    r"|nu nog niet|nog niet"
    r"|not (right )?now|vraag me af|uit nieuwsgierigheid|puur uit)"
)
_HOW_IT_WORKS_RE = re.compile(
    r"^(how (does|do|would) (it|this|that|they) work|how exactly|hoe (werkt|zit) (het|dat|dit)"
    r"|hoe gaat (het|dat|dit)|hoe precies)\b",
    re.IGNORECASE,
)
_CONDITIONAL_RE = re.compile(
    r"^(if|when|als|wanneer|what|wat|stel dat|suppose|supposing|say|mocht)\b", re.IGNORECASE
)
_ASKS_CONSEQUENCE_RE = _compile(r"((do|does|will|would|can) i|(kan|krijg|verlies|moet|blijf) ik)")
_OTHER_RE = _compile(_OTHER_TARGET)
_OPT_IN_RE = _compile(r"(opt(ing)? (me )?(back )?in\b|opt-in)")
_OPT_OUT_WORDS_RE = _compile(
    r"(opt(ing)? out|unsubscrib\w*|afmeld\w*|meld\w* (\w+ )?af|stop\w* (the )?suggest\w*"
    r"|(turn|switch)\w* (\w+ ){0,3}off|uitzetten|zet\w* (\w+ ){0,3}uit|uit te zetten|hide"
    r"|verberg\w*)"
)
# "Can I opt out of only the insurance tips?" asks how far a stop reaches.
# "just the credit card offers"; "can you just switch them off" is no part.
_PART_ONLY_RE = _compile(
    r"(only|just(?= (the|one|some|a|for|in|those|these|credit|savings|insurance|mortgage)\b)|alleen"
    r"|ook alleen|all or nothing|partly|gedeeltelijk)"
)
_OTHER_FROM_RE = re.compile(
    rf"{_OTHER_FROM}\s+(me\s+)?(from|with|to|for|of|at|bij|van|voor|met|mijn|my)\s+"
    r"(?!(ze|die|dat|dit|deze|it|them|this|that|those|these)\b)(\S+(\s+\S+)?)",
    re.IGNORECASE,
)
_BARE_RE = re.compile(rf"^(({_FILLER})\s+)*{_BARE}(\s+({_FILLER}))*$", re.IGNORECASE)
_ASKS_IF_RE = re.compile(
    r"^(do|does|did|are|is|will|would) (you|they|the bank|penny|it|jullie)\b|^(verkopen|verkoop"
    r"|gebruiken|gebruik|delen|deel|doen|doe|geven|geef) (jullie|je|u|de bank|penny)\b",
    re.IGNORECASE,
)
_TAG_QUESTION_RE = re.compile(
    r"^(will you|won'?t you|would you|ok|oke|oké|okay|alright|right|please|pls|aub|graag|toch"
    r"|ja|yes|can you (arrange|do) (that|this|it)|could you (arrange|do) (that|this|it)"
    r"|kun je dat (regelen|doen)|kunt u dat (regelen|doen)|is that possible|kan dat|lukt dat)$",
    re.IGNORECASE,
)
_AND = re.compile(r"\b(?:and|en|n)\b|&", re.IGNORECASE)
_CLAUSE_SPLIT = re.compile(
    r"[.!;:\n]+|,|\s?[—–]\s?|\s-\s"
    r"|\b(?:but|maar (?=(?:wel|ik|je|u|hoeveel|wat|wil|zou|die|deze|dat|de)\b)|and then|en dan"
    r"|btw)\b",
    re.IGNORECASE,
)

# --- typo repair -------------------------------------------------------------------------------
# Only the words the rules depend on are repaired, and only to a word at one typing slip.
_KEYWORDS = (
    "stop", "stopped", "suggestions", "suggestion", "suggest", "suggesting", "offers", "offer",
    "recommendations", "recommend", "recommending", "marketing", "advertising", "advertisements",
    "adverts", "promotions", "unsubscribe", "products", "product", "anymore", "interested",
    "objection", "object", "please", "suggesties", "suggestie", "aanbiedingen", "aanbieding",
    "reclame", "advertenties", "aanbevelingen", "afmelden", "uitschrijven", "uitzetten",
    "stoppen", "producten", "alsjeblieft", "betaalgegevens", "gegevens", "bezwaar",
    "interesse", "opt", "don't", "want", "more", "sending", "showing", "selling", "remove",
    "verkopen", "hypotheken", "spaarrekening", "steeds", "suggestions", "productsuggesties",
    "turned", "turn", "marketing", "reclame", "aanbiedingen", "producttips", "pushing", "savings",
    "account", "credit", "verzekering", "toestemming", "disable", "uitschakelen", "stuff", "remove",
    "weghalen",
    "banners", "popups", "switch", "productadvies", "suggesties", "recommendations", "acties",
    "productaanbevelingen", "offering", "away", "lening",
)
# Real words one slip away from a keyword; never "repaired".
_REAL_WORDS = frozenset(
    {
        "shop", "step", "stops", "stomp", "atop", "coffers", "offered", "offset",
        "often", "suggested", "products", "produce", "mode", "more", "wont", "wait", "went",
        "opts", "optie", "object", "objects", "project", "promotion", "market",
        "markets", "gegeven", "gegeten", "stopt", "stapt", "stap", "please", "pleased", "plate",
        "wand", "want", "wants", "ward", "warm", "move", "some", "sore", "word",
        "wore", "interest", "advert", "adverse", "stoned", "stopper", "sending",
        "spending", "showing", "shoving", "blowing", "flowing", "ending", "lending", "bending",
        "tending", "mending", "send", "show", "sing", "seeding", "subscribe", "subscribed",
        "subscribes", "subscription", "subscriptions", "described", "prescribe", "aanmelden",
        "aangemeld", "aanmelding", "resubscribe", "afmelding", "inschakelen", "ingeschakeld",
        "aanzetten", "aangezet",
    }
)


@lru_cache(maxsize=4096)
def _repair(word: str) -> str:
    if len(word) < 4 or word in _REAL_WORDS or word in _KEYWORDS or not word.isalpha():
        return word
    for keyword in _KEYWORDS:
        if abs(len(keyword) - len(word)) > 2:
            continue
        if len(word) <= 5:
            slip = Indel.distance(word, keyword) == 1 or (
                sorted(word) == sorted(keyword) and OSA.distance(word, keyword) == 1
            )
        else:
            slip = OSA.distance(word, keyword, score_cutoff=2 if len(word) >= 9 else 1) <= (
                2 if len(word) >= 9 else 1
            )
        if slip:
            return keyword
    return _repair_compound(word)


# Dutch glues its marketing nouns to others ("spaaraanbiedignen"): a slip in the head noun.
_COMPOUND_HEADS = (
    "aanbiedingen", "aanbieding", "suggesties", "advertenties", "aanbevelingen", "praatjes",
    "reclame", "verzekering",
)


def _repair_compound(word: str) -> str:
    if len(word) < 12:
        return word
    for head in _COMPOUND_HEADS:
        # The same length first: a swapped or wrong letter keeps where the head begins.
        for size in (len(head), len(head) + 1, len(head) - 1):
            prefix, tail = word[:-size], word[-size:]
            if len(prefix) >= 3 and OSA.distance(tail, head, score_cutoff=1) <= 1:
                return prefix + head
    return word


_KEEPS_ITS_HYPHEN = frozenset({"no", "non", "niet", "not", "do", "e"})


def _join_compound(match: re.Match[str]) -> str:
    word = match.group(1)
    return match.group(0) if word in _KEEPS_ITS_HYPHEN else word


@lru_cache(maxsize=4096)
def normalise(text: str) -> str:
    """Lower case, one kind of apostrophe, single spaces, and typo slips in key words repaired."""
    text = text.replace("’", "'").replace("‘", "'").replace("`", "'").lower()
    text = re.sub(r"\.{3,}|…", " ", text)
    text = re.sub(r"\b(dont|don t|dnt|dont't)\b", "don't", text)
    text = re.sub(r"\bgen\b", "geen", text)
    text = re.sub(r"\b(stp|stahp|stopp)\b", "stop", text)
    text = re.sub(r"\b(niet|nooit|geen)meer\b", r"\1 meer", text).replace("nomore", "no more")
    text = re.sub(r"\b(opt|pop)-(out|in|ups?)\b", r"\1 \2", text).replace("pop ups", "popups")
    # "spaarrekening-tips", "credit-card": one word, as the rules spell it.
    text = re.sub(r"\b([a-z]+)-(?=[a-z])", _join_compound, text)
    text = re.sub(r"\bquite (?=(the|those|these|with|it|that|this)\b)", "quit ", text)
    # Slips too short for the repair below.
    for slip, word in (
        (r"\bot\b(?= of)", "out"), (r"\bkil\b", "kill"), (r"\buitt\b", "uit"),
        (r"\bwegg\b", "weg"), (r"\b(gene|gin|geene)\b(?= (\w+ ){0,2}meer\b)", "geen"),
        (r"\bnie\b", "niet"), (r"\bopt (me )?(owt|oot|uot|ou|otu|oit|iut)\b", r"opt \1out"),
        (r"\bnit\b", "niet"), (r"\bgn\b", "geen"), (r"\bophou[wd]e\b", "ophouden"),
        (r"\bmr\b(?= (aub|pls|graag|svp|please|alsjeblieft)\b|$)", "meer"), (r"\bwnt\b", "want"),
        (r"\bani\b(?= more)", "any"),
        (r"\bcancle\b", "cancel"), (r"\bbak\b(?= on)", "back"),
        (r"\baanbiede\b", "aanbieden"), (r"\breclaam\b", "reclame"),
        (r"\bwer\b(?= (aan|on|terug)\b)", "weer"),
        (r"\b(agian|agin|agan|againn|aggain)\b", "again"),
        # "adds" is the noun "ads" unless something adds (up, to) something.
        (r"(?<!\bit )(?<!\bthis )(?<!\bthat )(?<!\bwhich )(?<!\bwho )(?<!\bhe )(?<!\bshe )"
         r"(?<!\bwhat )(?<!\balso )\badds\b(?! (up|to|a|an|the|some|more)\b)", "ads"),
        (r"\bda\b(?= niet)", "dat"),
        (r"\b(the|those|these|no|any|me|your|die|deze|de|jullie|je|geen) add'?s\b", r"\1 ads"),
        (r"\b(turn|switch) of\b(?= (the|those|these|all|your|my|it|them)\b)", r"\1 off"),
    ):
        text = re.sub(slip, word, text)
    text = re.sub(r"\bur\b", "your", re.sub(r"\burself\b", "yourself", text))
    words = re.split(r"(\W+)", text)
    repaired = " ".join("".join(_repair(w) if w.isalpha() else w for w in words).split())
    # "trun of the ads": the slip in "turn" is only repaired now.
    return re.sub(r"\b(turn|switch) of\b(?= (the|those|these|all|your|my|it|them)\b)", r"\1 off",
                  repaired)


def clauses(text: str) -> list[str]:
    """Sentences and comma-separated parts; a question keeps its "?" so it reads as one."""
    found = []
    for sentence, mark in re.findall(r"([^?]+)(\?*)", text):
        parts = [p.strip() for p in _CLAUSE_SPLIT.split(sentence) if p]
        parts = [p for p in parts if p and any(c.isalnum() for c in p)]
        if mark and len(parts) > 1 and _TAG_QUESTION_RE.match(parts[-1]):
            mark, parts = "", parts[:-1]  # "stop the suggestions, will you?": a request
        found += [p + (" ?" if mark else "") for p in parts]
    return found


def _read_clause(clause: str) -> Reading:
    question = clause.endswith("?") or bool(_QUESTION_START_RE.match(clause))
    clause = clause.rstrip(" ?")
    if _OPT_OUT_WORDS_RE.search(clause) and (
        _ABOUT_RE.search(clause) or (question and _PART_ONLY_RE.search(clause))
    ):
        return Reading.ABOUT
    if _UNDO_STOP_RE.search(clause) and not _UNDOES_SOMETHING_ELSE_RE.search(clause):
        return Reading.RESUME
    if _HEARD_RE.match(clause):
        return Reading.NONE
    if question and _ASKS_PAST_RE.match(clause) and _PAST_STOP_RE.search(clause):
        return Reading.ABOUT
    relayed = _RELAYED_RE.search(clause)  # "my daughter said you can stop them"
    third_party = (_THIRD_PARTY_RE.match(clause) or _HEARSAY_RE.match(clause)) and not relayed
    if third_party or _ADVICE_RE.match(clause) or _ASKS_ADVICE_RE.match(clause):
        return Reading.NONE
    about_marketing = _SUBJECT_RE.search(clause) or _OPT_OUT_WORDS_RE.search(clause)
    conditional = _CONDITIONAL_RE.match(clause) and _ABOUT_RE.search(clause)
    if about_marketing and conditional and _ASKS_CONSEQUENCE_RE.search(clause):
        return Reading.ABOUT  # "if I withdraw consent for marketing, do I lose anything"
    if _WITHDRAW_RE.search(clause) and (_SUBJECT_RE.search(clause) or "market" in clause):
        return Reading.STOP
    reading = _read_request(clause, question)
    # "How long before the offers stop after I object?" asks about a stop; "can you stop the
    # offers?" asks for one.
    if question and reading is Reading.STOP and _ASKS_ABOUT_RE.match(clause):
        return Reading.ABOUT
    return reading


def _read_request(clause: str, question: bool) -> Reading:
    subject = bool(_SUBJECT_RE.search(clause))
    objection = bool(
        _DATA_RE.search(clause) and _USE_RE.search(clause) and _OBJECT_RE.search(clause)
    )
    if _STATE_OFF_RE.search(clause):
        return Reading.NONE  # "mijn suggesties staan uit": how things are, not a request
    praise = _PRAISES_PENNY_RE.search(clause) and not subject
    if _KEEP_RE.search(clause) and not _NEGATED_RESUME_RE.search(clause) and not praise:
        return Reading.KEEP
    if _WANTS_MORE_RE.search(clause) and not _NEGATION_WORD_RE.search(clause):
        return Reading.KEEP  # "I want to see more offers"
    if subject and _NEGATED_RESUME_RE.search(clause):
        return Reading.STOP
    if subject and _RESUME_RE.search(clause) and _PAST_STOP_RE.search(clause):
        return Reading.RESUME  # "hoe krijg ik de aanbevelingen terug die ik had uitgezet"
    stop_cue = _STOP_RE.search(clause)
    if objection and not (subject and stop_cue) and _ASKS_IF_RE.match(clause):
        return Reading.ABOUT  # "do you sell my data to advertisers or not": a privacy question
    if (subject and stop_cue) or objection:
        about = _ABOUT_RE.search(clause) and (question or _CONDITIONAL_RE.match(clause))
        return Reading.ABOUT if about else Reading.STOP
    weak_resume = _WEAK_RESUME_RE.search(clause) and not stop_cue
    if _OPT_IN_RE.search(clause) or (subject and (_RESUME_RE.search(clause) or weak_resume)):
        return Reading.ABOUT if _ABOUT_RE.search(clause) else Reading.RESUME
    if _BARE_RE.match(clause.strip(" '\"")) and not _SELF_STOP_RE.search(clause):
        return Reading.BARE_STOP
    if _OTHER_FROM_RE.search(clause) or (
        re.search(_OTHER_FROM, clause, re.IGNORECASE) and _OTHER_RE.search(clause)
    ):
        return Reading.OTHER_STOP
    return Reading.NONE


_PRIORITY = (
    Reading.STOP,
    Reading.KEEP,
    Reading.ABOUT,
    Reading.RESUME,
    Reading.OTHER_STOP,
    Reading.BARE_STOP,
)


@lru_cache(maxsize=1024)
def read_preference(text: str) -> PreferenceReading:
    """What the message asks of the marketing preference, and what else it says. Cached: the
    NLU splitter and gate read each message twice."""
    cleaned = normalise(text)
    parts = [piece for part in clauses(cleaned) for piece in _split_question_off(part)]
    readings = [_read_clause(part) for part in parts]
    found = set(readings)
    kind = next((r for r in _PRIORITY if r in found), Reading.NONE)
    # "..., en dat wil ik graag zo houden": a keep of something else is no keep of the offers.
    keeps = [p for p, r in zip(parts, readings, strict=True) if r is Reading.KEEP]
    if kind is Reading.STOP and any(
        (_SUBJECT_RE.search(p) or _THEM_RE.search(p) or len(p.split()) <= 6)
        and not _PRAISES_PENNY_RE.search(p)
        for p in keeps
    ):
        kind = Reading.MIXED
    if kind is Reading.OTHER_STOP and _offered_elsewhere(parts, readings):
        kind = Reading.STOP  # "I keep getting cards for travel insurance. Stop with the insurance"
    undo = Reading.RESUME in found and any(_UNDO_STOP_RE.search(p) for p in parts)
    stops = [p for p, r in zip(parts, readings, strict=True) if r is Reading.STOP]
    resumed = undo or any(
        _RESUME_RE.search(p) for p, r in zip(parts, readings, strict=True) if r is not Reading.STOP
    )
    past_stop_undone = resumed and bool(stops) and all(_PAST_STOP_RE.search(p) for p in stops)
    hearsay = bool(stops) and all(
        _THIRD_PARTY_RE.match(p) or _HEARSAY_RE.match(p) or _HEARD_RE.match(p) for p in stops
    )
    if kind is Reading.STOP and hearsay and _VERIFY_RE.search(cleaned):
        kind = Reading.ABOUT  # "my friend said you can disable the offers, is that true?"
    if kind in (Reading.STOP, Reading.MIXED) and past_stop_undone:
        kind = Reading.RESUME  # "I asked you to stop the offers. I'd like to reverse that."
    resumes = any(_RESUME_RE.search(p) for p in parts)
    asks_resume = Reading.RESUME in found or resumes
    just_asking = all(_JUST_ASKING_RE.search(p) for p in keeps)
    if kind is Reading.KEEP and Reading.ABOUT in found and keeps and just_asking:
        kind = Reading.ABOUT  # "do you sell my data to advertisers or not, just asking"
    if kind is Reading.KEEP and asks_resume and not _NEGATED_RESUME_RE.search(cleaned):
        kind = Reading.RESUME  # "I do want the suggestions, turn them on again"
    # "Als ik me afmeld, krijg ik dan geen suggesties meer?" asks about a stop, in a question;
    # "..., so could you please stop the offers?" asks for one.
    asked = bool(stops) and all(
        p.endswith("?") and not _POLITE_REQUEST_RE.match(p.rstrip(" ?")) for p in stops
    )
    if kind is Reading.STOP and Reading.ABOUT in found and asked:
        kind = Reading.ABOUT
    # "Is het mogelijk om de suggesties uit te zetten? Ik wil het gewoon even weten."
    inquiry = _JUST_ASKING_RE.search(cleaned) or any(
        _HOW_IT_WORKS_RE.match(p) for p, r in zip(parts, readings, strict=True) if r is Reading.NONE
    )
    only_asking = kind is Reading.STOP and asked and bool(inquiry)
    if only_asking:
        kind = Reading.ABOUT
    # "Why do you keep showing me offers? Stop it", "Ads? Lose them, please.": a stop whose
    # object is named in another clause.
    # A question about opting out is not its own stop word ("what happens if I opt out").
    cue = any(_is_cue(p) for p, r in zip(parts, readings, strict=True) if r is not Reading.ABOUT)
    # What Penny's own question named ("you asked if I want to stop offers - no") is not named.
    named = any(_SUBJECT_RE.search(p) for p in parts if not _HEARD_RE.match(p))
    # "..., ik wil het nu nog niet" says no to the stop asked about, not a stop of its own.
    if only_asking or (kind in (Reading.ABOUT, Reading.NONE) and inquiry):
        cue = False  # "is er een optie om ze uit te zetten? ik wil het nu nog niet"
    if named and (kind is Reading.BARE_STOP or (kind in (Reading.NONE, Reading.ABOUT) and cue)):
        kind = Reading.STOP
    if kind is Reading.RESUME and cue and not past_stop_undone and not any(
        _UNDO_STOP_RE.search(p) for p in parts
    ):
        kind = Reading.STOP  # "weer reclame. Laat dat maar achterwege": again, and stop it
    if kind is Reading.NONE and named and resumes and not _NEGATED_RESUME_RE.search(cleaned):
        kind = Reading.RESUME
    # "ugh, stop this nonsense", "kap daar nou mee": a short message with a word of stopping
    # and nothing else named; a decline ("no thanks") or a goodbye is no stop.
    short = len(cleaned.split()) <= 6 and not _SELF_STOP_RE.search(cleaned)
    if kind is Reading.NONE and short and _SHORT_STOP_RE.search(cleaned):
        kind = Reading.BARE_STOP
    rest = " ".join(
        p.rstrip(" ?") for p, r in zip(parts, readings, strict=True) if r is Reading.NONE
    )
    target = ""
    if kind is Reading.OTHER_STOP:
        match = _OTHER_FROM_RE.search(cleaned) or _OTHER_RE.search(cleaned)
        target = match.group(match.lastindex or 0) if match else ""
    return PreferenceReading(kind, rest if kind is not Reading.NONE else "", target)


# "oke ik stop ermee, tot later": the customer leaving, not a request to Penny.
_SELF_STOP_RE = _compile(
    r"(ik stop|i'?ll stop|i'?m stopping|i stop|i'?m done(?! with)|ik ben klaar(?! met)|ik hou op"
    r"|ik ga stoppen|i'?m going to stop|ik ga (nu )?(weg|afsluiten))"
)
_SHORT_STOP_RE = _compile(
    r"(stop\w*|quit\w*|cut (it|that|this) out|knock (it|that) off|unsubscrib\w*|opt (me )?out"
    r"|kap\w*|hou\w* (\w+ ){0,4}op|ophouden|afmelden|uitzetten|zet (\w+ ){0,2}uit"
    r"|(?<!weet ik )(?<!weet )genoeg(?! voor)"
    r"|go away|leave me alone|laat me met rust|wegwezen|weg ermee|make it stop"
    r"|klaar(?=( nu| ermee| mee)?[.!]*$))"
)


_STATE_OFF_RE = _compile(
    r"(staan|staat|zijn|are|is|were|waren|stonden) (\w+ )?(al |already |nog |still )?(uit|off"
    r"|uitgezet|turned off|switched off)$"
)
# "ik vind je best handig": praise of Penny, not of its offers.
_PRAISES_PENNY_RE = _compile(
    r"((vind|find) (\w+ )?(je|jou|jij|you|penny|u|de chat|the chat|this chat|de app|the app)\b"
    r"|(je|jij|you|penny) (bent|are|is) (\w+ )?(handig|helpful"
    r"|great|useful|fijn|nice|goed|good))"
)
_THEM_RE = _compile(r"(ze|them|die|those|these|deze|they|zij)")
_OWN_PAST_RE = _compile(r"(i|ik|we|wij|had|heb|hebben|have|did)")
_WISH_RE = _compile(r"(like|want|wil|wilt|'d|would|zou|graag|please|pls)")
_USED_RE = _compile(r"(use[ds]?|using|gebruik\w*|verwerk\w*|process\w*)")
_FOR_MY_ACCOUNT_RE = _compile(
    r"(for|on|in|op|voor|bij|from|van|uit) (my|mijn|m'n|mn|our|onze|this|dit|deze) (account"
    r"|rekening"
    r"|profile"
    r"|profiel|app)"
)


_PRODUCT_RE = _compile(
    r"(insurance|savings|credit ?card|mortgage|loan|pension|investment|\w*verzekering|\w*spaar\w*"
    r"|creditcard|hypothe\w*|\w*lening|pensioen|belegg\w*)"
)


def _offered_elsewhere(parts: list[str], readings: list[Reading]) -> bool:
    """A stop of a product that another clause names as what Penny keeps offering."""
    stopped = {
        m.group(0) for p, r in zip(parts, readings, strict=True) if r is Reading.OTHER_STOP
        for m in _PRODUCT_RE.finditer(p)
    }
    return any(
        _SUBJECT_RE.search(p) and {m.group(0) for m in _PRODUCT_RE.finditer(p)} & stopped
        for p, r in zip(parts, readings, strict=True) if r is not Reading.OTHER_STOP
    )


def _is_cue(clause: str) -> bool:
    """A clause that asks to stop something it does not name ("make it stop", "no thanks")."""
    words = clause.rstrip(" ?")
    if _FORGOT_RE.search(words):
        return False  # "ik weet het niet meer"
    if _ADVICE_RE.match(words) or _ASKS_ADVICE_RE.match(words):
        return False  # "suggest something to help me stop overspending"
    if _THIRD_PARTY_RE.match(words) or _HEARSAY_RE.match(words):
        return False  # "my husband turned off the offers": a report, not a request
    if _PAST_STOP_RE.search(words) and _OWN_PAST_RE.search(words) and not _WISH_RE.search(words):
        return False  # "vorig jaar had ik ze uitgezet"; but "I'd like them switched off" asks
    # "Please disable them for my account": where to stop, not what.
    words = _FOR_MY_ACCOUNT_RE.sub("", words).strip()
    # "Ik wil niet dat mijn gegevens daarvoor gebruikt worden": the purpose said before.
    objection = bool(_DATA_RE.search(words) and _OBJECT_RE.search(words) and _USED_RE.search(words))
    return (
        (not clause.endswith("?") or bool(_POLITE_REQUEST_RE.match(words)))
        and bool(_STOP_RE.search(words) or objection)
        and not _OTHER_RE.search(words)
        and not _KEEP_RE.search(words)
        and len(words.split()) <= (12 if objection else 10)
    )


def _split_question_off(clause: str) -> list[str]:
    """ "show yesterday's payments and don't use them for marketing": two clauses, when the
    stop stays a stop on its own; otherwise "and" belongs to the stop ("offers and ads")."""
    pieces = [p.strip() for p in _AND.split(clause) if p.strip()]
    if len(pieces) < 2 or _read_clause(clause) is not Reading.STOP:
        return [clause]
    readings = [_read_clause(p) for p in pieces]
    questions = [
        p for p, r in zip(pieces, readings, strict=True)
        if r is Reading.NONE and not _SUBJECT_RE.search(p)
    ]
    return pieces if Reading.STOP in readings and questions else [clause]


# "Not interested", "liever niet": a polite no. Right after a card it is a stop (BARE_STOP);
# anywhere else it answers whatever was asked.
_DECLINE_RE = re.compile(
    r"^((no|nope|nah|nee|neen)\b[ ,.!]*)?(not interested( in (this|that|it|these))?"
    r"|niet ge[iï]nteresseerd|geen interesse"
    r"|geen behoefte|liever niet|(please )?don'?t( do (that|it|this))?|no thanks|no thank you"
    r"|nee dank je"
    r"|(i )?(really )?(don'?t|do not) want (this|that|it)( anymore)?"
    r"|nee bedankt)([ ,.!]*(thanks|thank you|bedankt|dank je|dank u|hoor))?[ .!]*$",
    re.IGNORECASE,
)


def is_decline(text: str) -> bool:
    """A bare, polite no ("not interested", "nee, geen interesse")."""
    return bool(_DECLINE_RE.match(normalise(text)))


def is_only_a_stop_word(text: str) -> bool:
    """ "stop", "stop it please", "make it stop": a stop that names nothing."""
    cleaned = normalise(text).strip(" '\".!?")
    return bool(_BARE_RE.match(cleaned) or (_SHORT_STOP_RE.fullmatch(cleaned)))


def is_stop_request(text: str) -> bool:
    """True for a clear request to stop suggestions, wherever it stands in the message."""
    return read_preference(text).kind is Reading.STOP


def mentions_marketing(text: str) -> bool:
    """Names suggestions, offers, advertising or marketing somewhere in the message."""
    return bool(_SUBJECT_RE.search(normalise(text)))


# "Any promos for a green loan?": asking for an offer, the opposite of a stop.
_ASKS_FOR_OFFERS_RE = re.compile(
    r"^(any|got any|do you have( any)?|are there( any)?|zijn er|hebben jullie|heb je) (\w+ )?"
    r"(promos?|offers?|deals?|aanbiedingen|acties)\b",
    re.IGNORECASE,
)


def asks_for_advice_or_offers(text: str) -> bool:
    """ "Any promos for a green loan?", "got any tips to save?": wants them, whatever else."""
    return any(
        _ASKS_FOR_OFFERS_RE.match(p) or _ADVICE_RE.match(p) or _ASKS_ADVICE_RE.match(p)
        for p in clauses(normalise(text))
    )


def has_stop_word(text: str) -> bool:
    """A word of stopping somewhere ("geen ... meer", "stop", "uitzetten"), whatever it stops."""
    return bool(_STOP_RE.search(normalise(text)))


def sounds_like_stop(text: str) -> bool:
    """Names marketing and has a word of stopping somewhere, though no rule reads it as a stop."""
    cleaned = normalise(text)
    return bool(_SUBJECT_RE.search(cleaned) and _STOP_RE.search(cleaned))


# "Kan ik die suggesties uitzetten?", "how do I turn off the offers?": whether the customer can
# stop, asked now and for themself. Too unsure to record, too close to a request to only explain:
# Penny answers with the one-tap question.
_CAN_I_STOP_RE = re.compile(
    r"^(can i|could i|may i|how (do|can|could) i|kan ik|mag ik|hoe (zet|kan|schakel|meld|krijg"
    r"|moet) ik|waar (kan|zet|schakel|moet) ik|is it possible to|is het mogelijk (om )?"
    r"|is there a way to|is er een manier (om )?)\b",
    re.IGNORECASE,
)
_HYPOTHETICAL_RE = _compile(r"(if|als|mocht|wanted|wilde|would|zou|ever|ooit|later|someday)")
# "only the credit card offers", "by phone", "check whether I've opted out": how it works.
_HOW_IT_GOES_RE = _compile(
    r"(keep|houden|the rest|de rest|check|whether|of ik|kiezen|choose|without|zonder|telefonisch"
    r"|by phone|in the app|in de app|instead|in plaats|fewer|minder|some|sommige|which|welke)"
)


def asks_whether_one_can_stop(text: str) -> bool:
    """A question whether or how to stop the suggestions, with nothing hypothetical about it
    and no "just asking"; a question about what stopping costs or changes is no such one."""
    cleaned = normalise(text)
    if read_preference(text).kind is not Reading.ABOUT or _JUST_ASKING_RE.search(cleaned):
        return False
    if _HYPOTHETICAL_RE.search(cleaned) or _ABOUT_RE.search(cleaned):
        return False
    if _PART_ONLY_RE.search(cleaned) or _HOW_IT_GOES_RE.search(cleaned):
        return False
    return any(
        _CAN_I_STOP_RE.match(part) and _read_request(part.rstrip(" ?"), True) is Reading.STOP
        for part in clauses(cleaned)
    )
