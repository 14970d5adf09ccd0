"""Spending answers: a total for a filter, the breakdown by category, a comparison."""

from __future__ import annotations

from bot import i18n
from bot.answers.context import BREAKDOWN_LINES, Context
from bot.answers.phrasing import bar_chart, filter_phrase, payments_phrase, with_note
from bot.answers.reading import counterparty_filter, period_or_default, resolve
from bot.answers.topics import covered_topic
from bot.domain import Total
from bot.i18n import t
from bot.periods import Period, default_period, preceding
from bot.question import Question
from bot.reply import Reply


def spending(ctx: Context, q: Question) -> Reply:
    period, note = period_or_default(ctx, q)
    names = counterparty_filter(ctx, q, "ask_spending")
    if q.category is None and names is None and q.min_cents is None and q.max_cents is None:
        return breakdown(ctx, period, note)
    total = ctx.store.spending(
        ctx.customer.id, period.start, period.end, q.category, names, q.min_cents, q.max_cents
    )
    text = total_text(total, filter_phrase(ctx, q, names), i18n.period(period, ctx.language),
                      ctx.language)
    return Reply(with_note(text, note), topic=covered_topic(ctx, q, [period], names, True))


def total_text(total: Total, filters: str, when: str, lang: str) -> str:
    """A spending total in words, saying what refunds were taken off it."""
    if total.count == 0 and total.refunds == 0:
        return t(lang, "spending.none", filters=filters, period=when)
    key = "spending.total"
    if total.cents < 0:
        key = "spending.refunded_more"
    elif total.refunds:
        key = "spending.total_refunded"
    return t(
        lang,
        key,
        amount=i18n.money(abs(total.cents), lang),
        filters=filters,
        period=when,
        payments=payments_phrase(total.count, lang),
        refunded=i18n.money(total.refunded_cents, lang),
    )


def breakdown(ctx: Context, period: Period, note: str) -> Reply:
    lang = ctx.language
    rows = ctx.store.spending_by_category(ctx.customer.id, period.start, period.end)
    when = i18n.period(period, lang)
    if not any(r.count for r in rows):
        return Reply(with_note(t(lang, "spending.breakdown_none", period=when), note))
    total = sum(r.cents for r in rows)
    count = sum(r.count for r in rows)
    lines = [
        t(
            lang,
            "spending.breakdown",
            amount=i18n.money(total, lang),
            period=when,
            payments=payments_phrase(count, lang),
        )
    ]
    for row in [r for r in rows if r.cents > 0][:BREAKDOWN_LINES]:
        lines.append(
            t(
                lang,
                "spending.breakdown_line",
                category=i18n.category(row.category, lang).capitalize(),
                amount=i18n.money(row.cents, lang),
                share=i18n.percent(row.cents / total if total else 0, lang),
            )
        )
    chart = bar_chart(
        t(lang, "chart.spending_title", period=when),
        [(i18n.category(r.category, lang).capitalize(), r.cents) for r in rows if r.cents > 0],
        lang,
    )
    # The chart shows every category, so every payment in them decides what it is about.
    topic = covered_topic(ctx, Question(), [period], None, True)
    return Reply(with_note("\n".join(lines), note), custom=(chart,), topic=topic)


def compare(ctx: Context, q: Question) -> Reply:
    lang = ctx.language
    periods = [resolve(text, ctx) for text in q.periods[:2]]
    note = ""
    if not periods:
        periods = [default_period(ctx.today)]
        note = t(lang, "compare.default_note")
    if len(periods) == 1:
        periods.append(preceding(periods[0]))
    names = counterparty_filter(ctx, q, "compare_spending")
    first, second = (
        ctx.store.spending(
            ctx.customer.id, p.start, p.end, q.category, names, q.min_cents, q.max_cents
        )
        for p in periods
    )
    filters = filter_phrase(ctx, q, names)
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
    chart = bar_chart(
        t(lang, "chart.compare_title", filters=filters),
        [(second_label, second.cents), (first_label, first.cents)],
        lang,
    )
    topic = covered_topic(ctx, q, periods, names, True)
    return Reply(with_note(text, note), custom=(chart,), topic=topic)
