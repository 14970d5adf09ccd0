"""How figures are put into words and payloads: filters, payment lines, charts, tables."""

from __future__ import annotations

from bot import i18n
from bot.answers.context import Context
from bot.domain import Payment
from bot.i18n import t
from bot.question import Question


def filter_phrase(
    ctx: Context, q: Question, names: tuple[str, ...] | None = None, key: str = "filter.merchant"
) -> str:
    """" on groceries at NS and NS Reizigers in payments over €50.00": the filters an answer
    used, naming the counterparties it counted rather than what was typed."""
    lang = ctx.language
    parts = []
    if q.category:
        parts.append(t(lang, "filter.category", category=i18n.category(q.category, lang)))
    if names:
        parts.append(t(lang, key, merchant=i18n.names(list(names), lang)))
    if q.min_cents is not None:
        parts.append(t(lang, "filter.min", amount=i18n.money(q.min_cents, lang)))
    if q.max_cents is not None:
        parts.append(t(lang, "filter.max", amount=i18n.money(q.max_cents, lang)))
    return "".join(" " + p for p in parts)


def payments_phrase(count: int, language: str) -> str:
    return t(language, "payments.one") if count == 1 else t(language, "payments.many", count=count)


def with_note(text: str, note: str) -> str:
    if not note:
        return text
    return f"{text}\n{note}" if "\n" in text else f"{text} {note}"


def latest_payment(p: Payment, filters: str, lang: str) -> str:
    key = "transactions.latest_in" if p.amount_cents > 0 else "transactions.latest"
    return t(
        lang,
        key,
        filters=filters,
        day=i18n.day(p.booking_date, lang),
        amount=i18n.money(abs(p.amount_cents), lang),
        counterparty=p.counterparty_name,
    )


def payment_line(p: Payment, lang: str) -> str:
    return t(
        lang,
        "transactions.line",
        day=i18n.short_day(p.booking_date, lang),
        counterparty=p.counterparty_name or "—",
        amount=i18n.money(p.amount_cents, lang),
    )


def bar_chart(title: str, bars: list[tuple[str, int]], lang: str) -> dict[str, object]:
    return {
        "type": "bar_chart",
        "title": title,
        "bars": [
            {"label": label, "cents": cents, "display": i18n.money(cents, lang)}
            for label, cents in bars
        ],
    }


def payments_table(rows: list[Payment], lang: str) -> dict[str, object]:
    return {
        "type": "table",
        "columns": [
            t(lang, "table.date"),
            t(lang, "table.counterparty"),
            t(lang, "table.amount"),
            t(lang, "table.category"),
        ],
        "rows": [
            [
                i18n.short_day(p.booking_date, lang),
                p.counterparty_name,
                i18n.money(p.amount_cents, lang),
                i18n.category(p.category, lang),
            ]
            for p in rows
        ],
    }
