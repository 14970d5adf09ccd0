"""The compliance rules. Each is `rule(facts, candidate, context) -> bool`, True when the rule
allows the suggestion, and its docstring is the rule in plain words. A suggestion is shown only
when every rule allows it; none of them reads anything the dialogue model produced."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from bot.advice.catalogue import Catalogue, Product
from bot.advice.facts import Facts, is_minor, trouble_signs
from bot.advice.sensitive import SPECIAL_CATEGORIES, is_special
from bot.advice.triggers import Evidence, Trigger
from bot.domain import Payment

OPT_OUT = "opt_out"  # art. 5.4.4: suggestions until the customer asks to stop
CONSENT_FIRST = "consent_first"  # Dutch DPA 2019: nothing until the customer says yes


@dataclass(frozen=True)
class Candidate:
    trigger: Trigger
    product: Product


@dataclass(frozen=True)
class Context:
    """The situation at the moment of deciding, read from the store, not from slots."""

    catalogue: Catalogue
    preference: str | None  # newest recorded choice: opted_out | opted_in | None
    mode: str = OPT_OUT
    answer_topic: str = "ok"  # ok | sensitive | trouble | none
    shown_in_conversation: int = 0
    shown_last_30_days: int = 0
    cap_30_days: int = 2
    declined_last_90_days: frozenset[str] = frozenset()


Rule = Callable[[Facts, Candidate, Context], bool]


def opt_out(facts: Facts, candidate: Candidate, context: Context) -> bool:
    """After the customer asked to stop, nothing is suggested until they opt in again."""
    return context.preference != "opted_out"


def consent_first(facts: Facts, candidate: Candidate, context: Context) -> bool:
    """In consent-first mode nothing is suggested until the customer has said yes."""
    return context.mode != CONSENT_FIRST or context.preference == "opted_in"


def in_group_only(facts: Facts, candidate: Candidate, context: Context) -> bool:
    """Only financial products of the bank's own group, as listed in the catalogue."""
    return context.catalogue.is_group_product(candidate.product)


def payment_evidence_only(facts: Facts, candidate: Candidate, context: Context) -> bool:
    """The evidence is the customer's own payment orders, and never a payment that reveals a
    special category of personal data (health, religion, politics, union, sex life, criminal
    data, ethnicity), nor a trigger that needed one."""
    trigger = candidate.trigger
    if not trigger.evidence or trigger.withheld:
        return False
    return not any(is_special_evidence(item) for item in trigger.evidence)


def is_special_evidence(item: Evidence) -> bool:
    """An evidence item that reveals a special category, by its category or as a payment."""
    if item.category in SPECIAL_CATEGORIES:
        return True
    return bool(item.counterparty) and is_special(evidence_payment(item))


def evidence_payment(item: Evidence) -> Payment:
    """An evidence item as the payment it was, for the special-category check."""
    return Payment(
        item.booking_date, item.amount_cents, item.counterparty, item.category, item.description,
        item.kind, None, item.mcc, item.country,
    )


def duty_of_care(facts: Facts, candidate: Candidate, context: Context) -> bool:
    """No credit product for a customer under 18 or with signs of payment trouble."""
    if not candidate.product.credit:
        return True
    return not is_minor(facts) and not trouble_signs(facts)


def answer_context(facts: Facts, candidate: Candidate, context: Context) -> bool:
    """Never attached to an answer about a sensitive payment or about payment trouble, and only
    after an answer about the customer's money."""
    return context.answer_topic == "ok"


def one_per_conversation(facts: Facts, candidate: Candidate, context: Context) -> bool:
    """At most one suggestion in a conversation."""
    return context.shown_in_conversation == 0


def monthly_cap(facts: Facts, candidate: Candidate, context: Context) -> bool:
    """At most the configured number of suggestions in any 30 days."""
    return context.shown_last_30_days < context.cap_30_days


def declined_recently(facts: Facts, candidate: Candidate, context: Context) -> bool:
    """A product the customer declined is not suggested again for 90 days."""
    return candidate.product.id not in context.declined_last_90_days


RULES: tuple[Rule, ...] = (
    opt_out,
    consent_first,
    in_group_only,
    payment_evidence_only,
    duty_of_care,
    answer_context,
    one_per_conversation,
    monthly_cap,
    declined_recently,
)
