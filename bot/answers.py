"""Answers to the customer's money questions: figures from the store, words from bot/i18n.

Each answer names the figure, the period and the filter, and says so honestly when there is
nothing to show. The store is always asked about the customer in `Context`, never about anyone
a message names.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date, timedelta

from bot import i18n
from bot.advice.sensitive import SPECIAL_CATEGORIES, is_special
from bot.domain import CustomerInfo, Payment
from bot.i18n import t
from bot.insights.categories import closest_categories
from bot.insights.merchants import match_merchant
from bot.insights.recurring import detect_recurring
from bot.merchants import KNOWN_MERCHANTS
from bot.period_words import WORDS
from bot.periods import Period, PeriodError, default_period, preceding, resolve_period
from bot.question import Question
from bot.reply import Button, Reply
from bot.store import Store
from bot.taxonomy import INCOME_CATEGORIES

BREAKDOWN_LINES = 5
DEFAULT_LIST = 10
DEFAULT_LARGEST = 5


@dataclass(frozen=True)
class Context:
    store: Store
    customer: CustomerInfo
    today: date
    language: str = "en"


class Refusal(Exception):
    """Raised while reading a question that cannot be answered; carries the reply to give."""

    def __init__(self, reply: Reply) -> None:
        super().__init__(reply.text)
        self.reply = reply


def answer(intent: str, ctx: Context, q: Question) -> Reply:
    """The reply to a money question; refusals (bad period, foreign IBAN) become replies too."""
    handlers = {
        "ask_spending": _spending,
        "compare_spending": _compare,
        "ask_transactions": _transactions,
        "ask_balance": _balance,
        "ask_income": _income,
        "ask_subscriptions": _subscriptions,
    }
    try:
        _refuse_foreign_ibans(ctx, q)
        _refuse_unknown_category(ctx, q, intent)
        reply = handlers[intent](ctx, q)
    except Refusal as refusal:
        return refusal.reply
    if reply.topic == "none":
        reply = replace(reply, topic=_question_topic(q))
    return reply


def _question_topic(q: Question) -> str:
    """Whether a question is about a sensitive payment or payment trouble, or neither."""
    if q.category in SPECIAL_CATEGORIES or (q.merchant and _sensitive_name(q.merchant)):
        return "sensitive"
    if q.category == "debt":
        return "trouble"
    return "ok"


def _sensitive_name(name: str) -> bool:
    return is_special(Payment(date.min, 0, name, "other"))


def _rows_topic(q: Question, payments: list[Payment], categories: list[str]) -> str:
    """Like _question_topic, but also looks at what the answer shows."""
    if any(is_special(p) for p in payments) or any(c in SPECIAL_CATEGORIES for c in categories):
        return "sensitive"
    if any(p.kind == "returned_debit" or p.category == "debt" for p in payments) or (
        "debt" in categories
    ):
        return "trouble"
    return _question_topic(q)


# --- the answers ----------------------------------------------------------------------


def _spending(ctx: Context, q: Question) -> Reply:
    period, note = _period(ctx, q)
    merchant = _merchant(ctx, q, "ask_spending")
    if q.category is None and merchant is None and q.min_cents is None and q.max_cents is None:
        return _breakdown(ctx, period, note)
    total = ctx.store.spending(
        ctx.customer.id, period.start, period.end, q.category, merchant, q.min_cents, q.max_cents
    )
    filters = _filters(ctx, q)
    when = i18n.period(period, ctx.language)
    if total.count == 0:
        text = t(ctx.language, "spending.none", filters=filters, period=when)
    else:
        text = t(
            ctx.language,
            "spending.total",
            amount=i18n.money(total.cents, ctx.language),
            filters=filters,
            period=when,
            payments=_payments(total.count, ctx.language),
        )
    return Reply(_with_note(text, note))


def _breakdown(ctx: Context, period: Period, note: str) -> Reply:
    lang = ctx.language
    rows = ctx.store.spending_by_category(ctx.customer.id, period.start, period.end)
    when = i18n.period(period, lang)
    if not rows:
        return Reply(_with_note(t(lang, "spending.breakdown_none", period=when), note))
    total = sum(r.cents for r in rows)
    count = sum(r.count for r in rows)
    lines = [
        t(
            lang,
            "spending.breakdown",
            amount=i18n.money(total, lang),
            period=when,
            payments=_payments(count, lang),
        )
    ]
    for row in rows[:BREAKDOWN_LINES]:
        lines.append(
            t(
                lang,
                "spending.breakdown_line",
                category=i18n.category(row.category, lang).capitalize(),
                amount=i18n.money(row.cents, lang),
                share=i18n.percent(row.cents / total if total else 0, lang),
            )
        )
    chart = _chart(
        t(lang, "chart.spending_title", period=when),
        [(i18n.category(r.category, lang).capitalize(), r.cents) for r in rows],
        lang,
    )
    # The chart shows every category, so all of them decide what the answer is about.
    topic = _rows_topic(Question(), [], [r.category for r in rows])
    return Reply(_with_note("\n".join(lines), note), custom=(chart,), topic=topic)


def _compare(ctx: Context, q: Question) -> Reply:
    lang = ctx.language
    periods = [_resolve(text, ctx) for text in q.periods[:2]]
    note = ""
    if not periods:
        periods = [default_period(ctx.today)]
        note = t(lang, "compare.default_note")
    if len(periods) == 1:
        periods.append(preceding(periods[0]))
    merchant = _merchant(ctx, q, "compare_spending")
    first, second = (
        ctx.store.spending(
            ctx.customer.id, p.start, p.end, q.category, merchant, q.min_cents, q.max_cents
        )
        for p in periods
    )
    filters = _filters(ctx, q)
    key = "compare.same"
    if first.cents > second.cents:
        key = "compare.more"
    elif first.cents < second.cents:
        key = "compare.less"
    first_label, second_label = (i18n.period(p, lang) for p in periods)
    text = t(
        lang,
        key,
        first=i18n.money(first.cents, lang),
        second=i18n.money(second.cents, lang),
        difference=i18n.money(abs(first.cents - second.cents), lang),
        filters=filters,
        first_period=first_label,
        second_period=second_label,
    )
    chart = _chart(
        t(lang, "chart.compare_title", filters=filters),
        [(second_label, second.cents), (first_label, first.cents)],
        lang,
    )
    return Reply(_with_note(text, note), custom=(chart,))


def _transactions(ctx: Context, q: Question) -> Reply:
    lang = ctx.language
    merchant = _merchant(ctx, q, "ask_transactions")
    period: Period | None = None
    note = ""
    if q.periods:
        period = _resolve(q.periods[0], ctx)
    elif q.largest:
        period, note = (
            default_period(ctx.today),
            t(lang, "period.default_note", period=i18n.period(default_period(ctx.today), lang)),
        )
    incoming = q.category in INCOME_CATEGORIES
    outgoing = False if incoming else (True if q.largest else None)
    limit = q.count or (DEFAULT_LARGEST if q.largest else DEFAULT_LIST)
    rows = ctx.store.payments(
        ctx.customer.id,
        period.start if period else None,
        period.end if period else None,
        q.category,
        merchant,
        outgoing=outgoing,
        min_cents=q.min_cents,
        max_cents=q.max_cents,
        order="largest" if q.largest else "recent",
        limit=limit,
    )
    filters = _filters(ctx, q)
    when = (" " + i18n.period(period, lang)) if period else ""
    if not rows:
        return Reply(_with_note(t(lang, "transactions.none", filters=filters, period=when), note))
    if q.largest:
        header = t(
            lang, "transactions.largest", count=len(rows), filters=filters, period=when.strip()
        )
    elif q.category or merchant:
        header = _latest(rows[0], filters, lang)
    else:
        header = t(lang, "transactions.recent", filters=filters, period=when)
    lines = [header] + [_payment_line(p, lang) for p in rows]
    topic = _rows_topic(q, rows, [])
    return Reply(_with_note("\n".join(lines), note), custom=(_table(rows, lang),), topic=topic)


def _balance(ctx: Context, q: Question) -> Reply:
    lang = ctx.language
    accounts = ctx.store.accounts(ctx.customer.id)
    if not accounts:
        return Reply(t(lang, "balance.none"))
    lines = [t(lang, "balance.header", day=i18n.day(ctx.today, lang))]
    for account in accounts:
        lines.append(
            t(
                lang,
                "balance.line",
                kind=t(lang, f"account.{account.kind}"),
                iban=account.iban,
                amount=i18n.money(account.balance_cents, lang),
            )
        )
    if len(accounts) > 1:
        total = sum(a.balance_cents for a in accounts)
        lines.append(t(lang, "balance.total", amount=i18n.money(total, lang)))
    topic = "trouble" if any(a.balance_cents < 0 for a in accounts) else "ok"
    return Reply("\n".join(lines), topic=topic)


def _income(ctx: Context, q: Question) -> Reply:
    lang = ctx.language
    period, note = _period(ctx, q)
    merchant = _merchant(ctx, q, "ask_income")
    total = ctx.store.income(
        ctx.customer.id, period.start, period.end, q.category, merchant, q.min_cents, q.max_cents
    )
    when = i18n.period(period, lang)
    merchant_filter = (" " + t(lang, "filter.merchant", merchant=q.merchant)) if merchant else ""
    if total.count == 0:
        filters = (" " + i18n.category(q.category, lang)) if q.category else ""
        text = t(lang, "income.none", filters=filters + merchant_filter, period=when)
    elif q.category:
        text = t(
            lang,
            "income.category",
            amount=i18n.money(total.cents, lang),
            category=i18n.category(q.category, lang),
            merchant=merchant_filter,
            period=when,
            payments=_payments(total.count, lang),
        )
    else:
        text = t(
            lang,
            "income.total",
            amount=i18n.money(total.cents, lang),
            filters=merchant_filter,
            period=when,
            payments=_payments(total.count, lang),
        )
    return Reply(_with_note(text, note))


def _subscriptions(ctx: Context, q: Question) -> Reply:
    lang = ctx.language
    since = ctx.today - timedelta(days=400)
    history = ctx.store.payments(ctx.customer.id, since, ctx.today, outgoing=True, limit=None)
    found = detect_recurring(history, ctx.today)
    if not found:
        return Reply(t(lang, "subscriptions.none"))
    monthly = sum(r.monthly_cents for r in found)
    lines = [t(lang, "subscriptions.header", count=len(found), monthly=i18n.money(monthly, lang))]
    for r in found:
        lines.append(
            t(
                lang,
                "subscriptions.line",
                counterparty=r.counterparty,
                amount=i18n.money(r.typical_cents, lang),
                frequency=t(lang, f"frequency.{r.frequency}"),
                day=i18n.short_day(r.last_date, lang),
            )
        )
    shown = [Payment(r.last_date, -r.typical_cents, r.counterparty, r.category) for r in found]
    return Reply("\n".join(lines), topic=_rows_topic(q, shown, []))


# --- reading the question -------------------------------------------------------------


def _refuse_foreign_ibans(ctx: Context, q: Question) -> None:
    if not q.ibans:
        return
    own = {a.iban for a in ctx.store.accounts(ctx.customer.id)}
    for iban in q.ibans:
        if iban not in own:
            raise Refusal(Reply(t(ctx.language, "identity.foreign_iban", iban=iban)))


def _refuse_unknown_category(ctx: Context, q: Question, intent: str) -> None:
    if q.unknown_category is None or q.merchant:
        return
    lang = ctx.language
    keys = closest_categories(q.unknown_category, lang)
    buttons = tuple(
        Button(
            i18n.category(key, lang).capitalize(),
            _payload(intent, {"category": key, "period": list(q.periods)}),
        )
        for key in keys
    )
    text = t(lang, "category.unknown", typed=q.unknown_category) + " " + t(lang, "merchant.suggest")
    raise Refusal(Reply(text, buttons=buttons))


def _resolve(text: str, ctx: Context) -> Period:
    """The period in the conversation's language, or else in the other: "in maart" may come
    in an English conversation. The most specific error wins when neither reads it."""
    errors: list[PeriodError] = []
    for language in (ctx.language, *(lang for lang in WORDS if lang != ctx.language)):
        try:
            return resolve_period(text, ctx.today, language)
        except PeriodError as error:
            errors.append(error)
    reason = next((e.reason for e in errors if e.reason != "unrecognised"), "unrecognised")
    raise Refusal(Reply(t(ctx.language, f"period.error.{reason}", text=text)))


def _period(ctx: Context, q: Question) -> tuple[Period, str]:
    if q.periods:
        return _resolve(q.periods[0], ctx), ""
    period = default_period(ctx.today)
    return period, t(ctx.language, "period.default_note", period=i18n.period(period, ctx.language))


def _merchant(ctx: Context, q: Question, intent: str) -> str | None:
    """The counterparty filter for the typed merchant, or a refusal offering the closest names."""
    if not q.merchant:
        return None
    history = ctx.store.counterparties(ctx.customer.id)
    match = match_merchant(q.merchant, history)
    if match.name is not None:
        return match.name
    lang = ctx.language
    known = [m.name for m in KNOWN_MERCHANTS] + history
    suggestions = match.suggestions or match_merchant(q.merchant, known).suggestions
    text = t(lang, "merchant.unknown", typed=q.merchant)
    if not suggestions:
        return _refuse(Reply(text + " " + t(lang, "merchant.no_suggestion")))
    buttons = tuple(
        Button(name, _payload(intent, {"merchant": name, "period": list(q.periods)}))
        for name in suggestions
    )
    return _refuse(Reply(text + " " + t(lang, "merchant.suggest"), buttons=buttons))


def _refuse(reply: Reply) -> str | None:
    raise Refusal(reply)


def _payload(intent: str, entities: dict[str, object]) -> str:
    flat = {k: v for k, v in entities.items() if v}
    if isinstance(flat.get("period"), list):
        flat["period"] = flat["period"][0]  # type: ignore[index]
    return f"/{intent}{json.dumps(flat, ensure_ascii=False)}"


# --- phrasing -------------------------------------------------------------------------


def _filters(ctx: Context, q: Question) -> str:
    lang = ctx.language
    parts = []
    if q.category:
        parts.append(t(lang, "filter.category", category=i18n.category(q.category, lang)))
    if q.merchant:
        parts.append(t(lang, "filter.merchant", merchant=q.merchant))
    if q.min_cents is not None:
        parts.append(t(lang, "filter.min", amount=i18n.money(q.min_cents, lang)))
    if q.max_cents is not None:
        parts.append(t(lang, "filter.max", amount=i18n.money(q.max_cents, lang)))
    return "".join(" " + p for p in parts)


def _payments(count: int, language: str) -> str:
    return t(language, "payments.one") if count == 1 else t(language, "payments.many", count=count)


def _with_note(text: str, note: str) -> str:
    if not note:
        return text
    return f"{text}\n{note}" if "\n" in text else f"{text} {note}"


def _latest(p: Payment, filters: str, lang: str) -> str:
    key = "transactions.latest_in" if p.amount_cents > 0 else "transactions.latest"
    return t(
        lang,
        key,
        filters=filters,
        day=i18n.day(p.booking_date, lang),
        amount=i18n.money(abs(p.amount_cents), lang),
        counterparty=p.counterparty_name,
    )


def _payment_line(p: Payment, lang: str) -> str:
    return t(
        lang,
        "transactions.line",
        day=i18n.short_day(p.booking_date, lang),
        counterparty=p.counterparty_name or "—",
        amount=i18n.money(p.amount_cents, lang),
    )


def _chart(title: str, bars: list[tuple[str, int]], lang: str) -> dict[str, object]:
    return {
        "type": "bar_chart",
        "title": title,
        "bars": [
            {"label": label, "cents": cents, "display": i18n.money(cents, lang)}
            for label, cents in bars
        ],
    }


def _table(rows: list[Payment], lang: str) -> dict[str, object]:
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
