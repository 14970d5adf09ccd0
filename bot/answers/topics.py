"""What an answer was about, for the suggestion rules: ok, sensitive, trouble or none."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from bot.advice.sensitive import SPECIAL_CATEGORIES, is_special
from bot.advice.special_terms import find_special
from bot.domain import Payment
from bot.periods import Period
from bot.question import Question

if TYPE_CHECKING:
    from bot.answers.context import Context


def question_topic(q: Question) -> str:
    """Whether a question is about a sensitive payment or payment trouble, or neither."""
    if q.category in SPECIAL_CATEGORIES or (q.merchant and sensitive_name(q.merchant)):
        return "sensitive"
    if q.category == "debt":
        return "trouble"
    return "ok"


def sensitive_name(name: str) -> bool:
    return is_special(Payment(date.min, 0, name, "other"))


def rows_topic(
    q: Question, payments: Sequence[Payment] = (), categories: Sequence[str] = ()
) -> str:
    """Like question_topic, but also looks at what the answer shows."""
    if any(is_special(p) for p in payments) or any(c in SPECIAL_CATEGORIES for c in categories):
        return "sensitive"
    if any(p.kind == "returned_debit" or p.category == "debt" for p in payments) or (
        "debt" in categories
    ):
        return "trouble"
    return question_topic(q)


def question_topic_or(reply_topic: str, text: str) -> str:
    """The reply's topic, unless the question names a special-category institution ("How much
    did I pay Ziekenhuis Rijnstate?"): that is sensitive whatever the answer found, since the
    model may not have recognised the name."""
    if reply_topic != "sensitive" and find_special(text, "") is not None:
        return "sensitive"
    return reply_topic


def suggestion_topic(answer_topic: str | None, touched_special: bool) -> str:
    """What the suggestion rules are told the conversation is about: once an answer touched a
    special category, the rest of the conversation is sensitive."""
    return "sensitive" if touched_special else answer_topic or "none"


def covered_topic(
    ctx: Context,
    q: Question,
    periods: Sequence[Period],
    names: tuple[str, ...] | None,
    outgoing: bool,
) -> str:
    """What an aggregate was about, from every payment it added up, not from the words of the
    question: a total that includes a hospital bill touched a special category, whether or not
    the hospital was named or recognised."""
    payments = [
        payment
        for period in periods
        for payment in ctx.store.payments(
            ctx.customer.id, period.start, period.end, q.category, names, outgoing=outgoing,
            min_cents=q.min_cents, max_cents=q.max_cents, limit=None,
        )
    ]
    return rows_topic(q, payments)
