"""What the customer sees of suggestions: the card, the "why", and the answers to a decline and
"how do you use my data?". Stop and resume are in bot.advice.preference."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date, datetime

from bot import i18n
from bot.advice.catalogue import Catalogue
from bot.advice.decide import Decision
from bot.advice.rules import CONSENT_FIRST
from bot.domain import CustomerInfo
from bot.i18n import t
from bot.reply import Button, Reply
from bot.store import Store
from bot.store.advice_store import AdviceStore

MONEY_FIGURES = frozenset({"lowest"})


def why(trigger: str, figures: Mapping[str, int], language: str) -> str:
    values: dict[str, object] = {
        name: i18n.money(value, language) if name in MONEY_FIGURES else value
        for name, value in figures.items()
    }
    return t(language, f"why.{trigger}", **values)


def suggestion(decision: Decision, catalogue: Catalogue, language: str) -> Reply:
    product = catalogue.by_id(decision.product_id)
    if product is None:  # the rules never pass an unknown product; refuse to show one anyway
        raise ValueError(f"unknown product {decision.product_id!r}")
    reason = why(decision.trigger, dict(decision.figures), language)
    text = t(
        language,
        "suggestion.text",
        why=reason,
        product=product.name(language),
        provider=product.provider,
    )
    buttons = (
        Button(t(language, "suggestion.why_button"), "/ask_why_suggestion"),
        Button(t(language, "suggestion.stop_button"), "/stop_suggestions"),
        Button(t(language, "suggestion.no_button"), "/deny"),
    )
    card = {
        "type": "suggestion_card",
        "title": t(language, "suggestion.title", group=catalogue.group),
        "product_id": product.id,
        "product": product.name(language),
        "provider": product.provider,
        "why": reason,
        "buttons": [{"title": b.title, "payload": b.payload} for b in buttons],
    }
    return Reply(text, buttons=buttons, custom=(card,))


def explain_last(store: Store, customer: CustomerInfo, catalogue: Catalogue, lang: str) -> Reply:
    """Explains the last shown suggestion from the audit log, with the evidence it used."""
    row = AdviceStore(store).last_shown(customer.id)
    product = catalogue.by_id(row.product_id) if row else None
    if row is None or product is None:
        return Reply(t(lang, "explain.none"))
    lines = [
        t(
            lang,
            "explain.header",
            day=i18n.day(row.decided_at.date(), lang),
            product=product.name(lang),
            why=why(row.trigger, json.loads(row.figures), lang),
        ),
        t(lang, "explain.evidence"),
    ]
    for item in json.loads(row.evidence):
        if not item.get("counterparty"):
            lines.append(t(lang, "explain.balance", amount=i18n.money(item["amount_cents"], lang)))
            continue
        lines.append(
            t(
                lang,
                "transactions.line",
                day=i18n.short_day(date.fromisoformat(item["booking_date"]), lang),
                counterparty=item["counterparty"],
                amount=i18n.money(item["amount_cents"], lang),
            )
        )
    lines.append(t(lang, "explain.footer"))
    return Reply("\n".join(lines))


def decline(
    store: Store,
    customer: CustomerInfo,
    product_id: str,
    catalogue: Catalogue,
    now: datetime,
    lang: str,
) -> Reply:
    AdviceStore(store).record_response(customer.id, product_id, "declined", now)
    product = catalogue.by_id(product_id)
    return Reply(t(lang, "decline.done", product=product.name(lang) if product else product_id))


def data_usage(
    store: Store, customer: CustomerInfo, mode: str, lang: str, about_opting_out: bool = False
) -> Reply:
    """How Penny uses the customer's data and whether suggestions are on; a question about opting
    out ("what happens if I opt out?") gets what opting out does first."""
    current = store.preference(customer.id)
    if current == "opted_out":
        status = t(lang, "data_usage.status_off")
    elif mode == CONSENT_FIRST and current != "opted_in":
        status = t(lang, "data_usage.status_consent")
    else:
        status = t(lang, "data_usage.status_on")
    buttons = (
        Button(t(lang, "intent.stop_suggestions"), "/stop_suggestions")
        if status != t(lang, "data_usage.status_off")
        else Button(t(lang, "intent.resume_suggestions"), "/resume_suggestions"),
    )
    text = t(lang, "stop.explain") if about_opting_out else t(lang, "data_usage.text")
    return Reply(f"{text} {status}", buttons=buttons)
