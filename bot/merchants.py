"""Merchants Penny knows by name. One list feeds the categoriser, the demo generator and the
NLU rules that recognise merchant names, so a merchant is added in exactly one place."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Merchant:
    name: str
    category: str
    mcc: int | None = None
    # Other spellings customers type or banks print, matched case-insensitively.
    aliases: tuple[str, ...] = ()


KNOWN_MERCHANTS: tuple[Merchant, ...] = (
    Merchant("Albert Heijn", "groceries", 5411, ("ah", "appie", "ah to go")),
    Merchant("Jumbo", "groceries", 5411, ("jumbo supermarkten",)),
    Merchant("Lidl", "groceries", 5411),
    Merchant("Plus", "groceries", 5411, ("plus supermarkt",)),
    Merchant("NS", "transport", 4112, ("ns reizigers", "nederlandse spoorwegen")),
    Merchant("OV-chipkaart", "transport", 4111, ("ov chipkaart", "ovpay", "translink")),
    Merchant("GVB", "transport", 4111),
    Merchant("Shell", "fuel", 5541),
    Merchant("BP", "fuel", 5541),
    Merchant("Eneco", "utilities", 4900),
    Merchant("Vattenfall", "utilities", 4900),
    Merchant("Vitens", "utilities", 4900),
    Merchant("KPN", "telecom", 4814),
    Merchant("Ziggo", "telecom", 4814),
    Merchant("Vodafone", "telecom", 4814),
    Merchant("Netflix", "subscriptions", 4899),
    Merchant("Spotify", "subscriptions", 4899),
    Merchant("Disney+", "subscriptions", 4899, ("disney plus", "disney")),
    Merchant("bol.com", "shopping", 5399, ("bolcom",)),
    Merchant("Coolblue", "shopping", 5732),
    Merchant("IKEA", "shopping", 5712),
    Merchant("HEMA", "shopping", 5311),
    Merchant("Thuisbezorgd", "eating_out", 5814, ("thuisbezorgd.nl",)),
    Merchant("Restaurant De Kas", "eating_out", 5812, ("de kas",)),
    Merchant("Brasserie Van Dam", "eating_out", 5812),
    Merchant("Café De Jaren", "eating_out", 5813, ("de jaren",)),
    Merchant("Centraal Beheer", "insurance", 6300),
    Merchant("Interpolis", "insurance", 6300),
    Merchant("Zilveren Kruis", "insurance", 6300),
    Merchant("Booking.com", "travel", 4722, ("booking",)),
    Merchant("Transavia", "travel", 4511),
    Merchant("Belastingdienst", "taxes", 9311),
    Merchant("SVB", "benefits", None, ("sociale verzekeringsbank",)),
    Merchant("Apotheek", "health", 5912, ("pharmacy",)),
    Merchant("Ziekenhuis", "health", 8062, ("hospital",)),
    Merchant("Intrum", "debt", 7322),
)
