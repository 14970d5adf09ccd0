"""Reading a question against the store: periods, merchants, categories and IBANs that
cannot be answered become refusals with a clear reply (and buttons where that helps)."""

from __future__ import annotations

import json
from dataclasses import replace

from bot import i18n
from bot.answers.context import Context, Refusal
from bot.i18n import t
from bot.insights.categories import closest_categories
from bot.insights.merchants import match_merchant, name_in_text
from bot.period_words import WORDS
from bot.periods import Period, PeriodError, default_period, resolve_period
from bot.question import Question
from bot.reply import Button, Reply


def refuse_foreign_ibans(ctx: Context, q: Question) -> None:
    if not q.ibans:
        return
    own = {a.iban for a in ctx.store.accounts(ctx.customer.id)}
    for iban in q.ibans:
        if iban not in own:
            raise Refusal(Reply(t(ctx.language, "identity.foreign_iban", iban=iban)))


def refuse_unknown_category(ctx: Context, q: Question, intent: str) -> None:
    if q.unknown_category is None or q.merchant:
        return
    lang = ctx.language
    keys = closest_categories(q.unknown_category, lang)
    buttons = tuple(
        Button(
            i18n.category(key, lang).capitalize(),
            button_payload(intent, {"category": key, "period": list(q.periods)}),
        )
        for key in keys
    )
    text = t(lang, "category.unknown", typed=q.unknown_category) + " " + t(lang, "merchant.suggest")
    raise Refusal(Reply(text, buttons=buttons))


def resolve(text: str, ctx: Context) -> Period:
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


def period_or_default(ctx: Context, q: Question) -> tuple[Period, str]:
    """The period asked for, or the default with a note saying which one was used."""
    if q.periods:
        return resolve(q.periods[0], ctx), ""
    period = default_period(ctx.today)
    return period, t(ctx.language, "period.default_note", period=i18n.period(period, ctx.language))


def with_named_counterparty(ctx: Context, q: Question) -> Question:
    """The question with a counterparty of the customer's own that the words name in full,
    where the entity rules found no name, only part of this one ("Rabobank" of "Rabobank
    Hypotheek") or this one with a word too many ("Schrijft Lidl"): the store knows the
    customer's names, the rules only where names stand."""
    if not q.text:
        return q
    known = ctx.counterparties
    name = name_in_text(q.text, known)
    if name is None:
        return q
    typed = (q.merchant or "").lower()
    related = not typed or typed in name.lower() or name.lower() in typed
    if not related and match_merchant(typed, known).found:
        return q  # two names, both the customer's: the rules' one stands
    # Else the guessed word ("Geachte, ... aan Vitens") was no name the customer knows.
    return replace(q, merchant=name, unknown_category=None)


def counterparty_filter(ctx: Context, q: Question, intent: str) -> tuple[str, ...] | None:
    """The counterparties the typed name means, exactly as the store names them; None when no
    name was typed. A name that means none of them is refused with the closest real ones as
    buttons: nothing is ever summed on a guess."""
    if not q.merchant:
        return None
    match = match_merchant(q.merchant, ctx.counterparties)
    if match.found:
        return match.names
    lang = ctx.language
    text = t(lang, "merchant.unknown", typed=q.merchant)
    if not match.suggestions:
        raise Refusal(Reply(text + " " + t(lang, "merchant.no_suggestion")))
    buttons = tuple(
        Button(name, button_payload(intent, {"merchant": name, "period": list(q.periods)}))
        for name in match.suggestions
    )
    raise Refusal(Reply(text + " " + t(lang, "merchant.suggest"), buttons=buttons))


def button_payload(intent: str, entities: dict[str, object]) -> str:
    flat = {k: v for k, v in entities.items() if v}
    if isinstance(flat.get("period"), list):
        flat["period"] = flat["period"][0]  # type: ignore[index]
    return f"/{intent}{json.dumps(flat, ensure_ascii=False)}"
