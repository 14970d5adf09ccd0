"""Listing answers: payments, balances, income and recurring payments."""

from __future__ import annotations

from datetime import timedelta

from bot import i18n
from bot.answers.context import DEFAULT_LARGEST, DEFAULT_LIST, Context
from bot.answers.phrasing import (
    filter_phrase,
    latest_payment,
    payment_line,
    payments_phrase,
    payments_table,
    with_note,
)
from bot.answers.reading import counterparty_filter, period_or_default
from bot.answers.topics import covered_topic, rows_topic
from bot.domain import Payment
from bot.i18n import t
from bot.insights.recurring import LOOK_BACK_DAYS as RECURRING_LOOK_BACK_DAYS
from bot.insights.recurring import Recurring, detect_recurring
from bot.periods import Period
from bot.question import Question
from bot.reply import Reply
from bot.taxonomy import INCOME_CATEGORIES


def transactions(ctx: Context, q: Question) -> Reply:
    lang = ctx.language
    names = counterparty_filter(ctx, q, "ask_transactions")
    # "The biggest" needs a period (the default one if none is named); "the last" searches all.
    period: Period | None = None
    note = ""
    if q.periods or q.largest:
        period, note = period_or_default(ctx, q)
    way = list_direction(q)
    limit = q.count or (DEFAULT_LARGEST if q.largest else DEFAULT_LIST)
    rows = ctx.store.payments(
        ctx.customer.id,
        period.start if period else None,
        period.end if period else None,
        q.category,
        names,
        outgoing={"out": True, "in": False}.get(way or ""),
        min_cents=q.min_cents,
        max_cents=q.max_cents,
        order="largest" if q.largest else "recent",
        limit=limit,
        settled=way is not None,
        own_transfers=q.transfers,
    )
    filters = filter_phrase(ctx, q, names, "filter.from" if way == "in" else "filter.merchant")
    when = (" " + i18n.period(period, lang)) if period else ""
    if not rows:
        return Reply(with_note(t(lang, "transactions.none", filters=filters, period=when), note))
    if q.largest:
        header = t(
            lang, "transactions.largest", count=len(rows), filters=filters, period=when.strip()
        )
    elif q.category or names:
        header = latest_payment(rows[0], filters, lang)
    else:
        key = {"out": "transactions.recent", "in": "transactions.recent_in"}.get(
            way or "", "transactions.recent_both"
        )
        header = t(lang, key, filters=filters, period=when)
    lines = [header] + [payment_line(p, lang) for p in rows]
    topic = rows_topic(q, rows)
    return Reply(
        with_note("\n".join(lines), note), custom=(payments_table(rows, lang),), topic=topic
    )


def list_direction(q: Question) -> str | None:
    """Which way the listed money went: as the words say; income categories come in; the
    biggest payments go out unless incoming ones are asked for."""
    if q.category in INCOME_CATEGORIES:
        return "in"
    if q.direction is None and q.largest:
        return "out"
    return q.direction


def balance(ctx: Context, q: Question) -> Reply:
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


# Money that comes in under its own category: named in an earnings question, it narrows it.
_NARROWER_THAN_EARNED = frozenset({"benefits", "taxes", "transfers", "savings", "debt"})


def income(ctx: Context, q: Question) -> Reply:
    """What was earned (salary, pension, benefits) or everything that came in, as the words
    ask, saying which (README: Earned, Came in)."""
    lang = ctx.language
    period, note = period_or_default(ctx, q)
    names = counterparty_filter(ctx, q, "ask_income")
    # "Salary", "inkomen": the words of earning, which mean pay, pension and benefits together;
    # a benefit named on its own ("child benefit") is only that. A spending category beside
    # them is the reason for asking ("for my mortgage, what did I earn"), not a filter.
    earned = q.earned and q.category not in _NARROWER_THAN_EARNED
    categories = INCOME_CATEGORIES if earned else ({q.category} if q.category else None)
    total = ctx.store.income(
        ctx.customer.id, period.start, period.end, categories, names, q.min_cents, q.max_cents
    )
    when = i18n.period(period, lang)
    source = filter_phrase(ctx, Question(), names, "filter.from")
    amount = i18n.money(total.cents, lang)
    payments = payments_phrase(total.count, lang)
    if total.count == 0:
        what = (" " + i18n.category(q.category, lang)) if q.category and not earned else ""
        key = "income.earned_none" if earned else "income.none"
        text = t(lang, key, filters=what + source, period=when)
    elif q.category and not earned:
        category = i18n.category(q.category, lang)
        text = t(
            lang, "income.category", amount=amount, category=category, merchant=source,
            period=when, payments=payments,
        )
    else:
        key = "income.earned" if earned else "income.total"
        text = t(lang, key, amount=amount, filters=source, period=when, payments=payments)
    return Reply(with_note(text, note), topic=covered_topic(ctx, q, [period], names, False))


def subscriptions(ctx: Context, q: Question) -> Reply:
    lang = ctx.language
    # An unknown name is refused before a year of payments is read for nothing.
    names = counterparty_filter(ctx, q, "ask_subscriptions")
    since = ctx.today - timedelta(days=RECURRING_LOOK_BACK_DAYS)
    history = ctx.store.payments(
        ctx.customer.id, since, ctx.today, outgoing=True, limit=None, settled=True
    )
    found = detect_recurring(history, ctx.today)
    if names:
        return _one_subscription(ctx, names, found)
    if not found:
        return Reply(t(lang, "subscriptions.none"))
    monthly = sum(r.monthly_cents for r in found)
    lines = [t(lang, "subscriptions.header", count=len(found), monthly=i18n.money(monthly, lang))]
    lines += [_subscription_line(r, lang) for r in found]
    shown = [Payment(r.last_date, -r.typical_cents, r.counterparty, r.category) for r in found]
    return Reply("\n".join(lines), topic=rows_topic(q, shown))


def _one_subscription(ctx: Context, names: tuple[str, ...], found: list[Recurring]) -> Reply:
    """One named subscription, and how to cancel it: with the company, since Penny can't."""
    lang = ctx.language
    mine = [r for r in found if r.counterparty in names]
    lines = [_subscription_line(r, lang) for r in mine]
    header = "subscriptions.one" if mine else "subscriptions.not_found"
    merchant = i18n.names(list(names), lang)
    text = "\n".join([t(lang, header, merchant=merchant), *lines, t(lang, "subscriptions.cancel")])
    return Reply(text)


def _subscription_line(r: Recurring, lang: str) -> str:
    return t(
        lang,
        "subscriptions.line",
        counterparty=r.counterparty,
        amount=i18n.money(r.typical_cents, lang),
        frequency=t(lang, f"frequency.{r.frequency}"),
        day=i18n.short_day(r.last_date, lang),
    )
