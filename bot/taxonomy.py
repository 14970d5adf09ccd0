"""Penny's fixed category taxonomy. Every transaction carries exactly one of these keys.

The labels customers see live in bot/i18n; this module names the keys and what belongs in each.
"""

from __future__ import annotations

CATEGORIES: dict[str, str] = {
    "groceries": "Supermarkets and food shops.",
    "eating_out": "Restaurants, cafés, bars, takeaway and food delivery.",
    "transport": "Public transport, taxis, parking and bike or car sharing.",
    "fuel": "Petrol stations and EV charging.",
    "housing": "Rent, mortgage payments and service costs.",
    "utilities": "Energy and water.",
    "telecom": "Mobile, internet and TV providers.",
    "subscriptions": "Streaming, music, software and other paid memberships.",
    "shopping": "Department stores, web shops, electronics, clothing and furniture.",
    "health": "Pharmacies, hospitals, doctors, dentists and health insurance excess.",
    "insurance": "Insurance premiums.",
    "income": "Salary and wages.",
    "benefits": "Government benefits such as child benefit (kinderbijslag).",
    "travel": "Hotels, flights and holiday bookings.",
    "cash": "Cash withdrawals.",
    "taxes": "Payments to and refunds from the tax office and municipality.",
    "charity": "Donations to non-religious charities.",
    "religion": "Churches, mosques and other religious organisations.",
    "union": "Trade-union dues.",
    "politics": "Political-party membership and donations.",
    "debt": "Debt collectors, bailiffs and returned direct debits.",
    "savings": "Transfers to and from the customer's own savings.",
    "transfers": "Transfers to and from people.",
    "fees": "Bank charges.",
    "other": "Anything not recognised.",
}

# Categories whose payments are money coming in rather than spending.
INCOME_CATEGORIES = frozenset({"income", "benefits"})

# Money moved between the customer's own accounts is neither spent nor earned.
NOT_SPENDING = frozenset({"savings"})


def is_category(key: str) -> bool:
    return key in CATEGORIES
