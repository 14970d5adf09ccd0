"""Runs the triggers and the rules: which suggestion, if any, may be shown, and why."""

from __future__ import annotations

from dataclasses import dataclass, replace

from bot.advice.facts import Facts, usable_payments
from bot.advice.rules import RULES, Candidate, Context, is_special_evidence
from bot.advice.triggers import TRIGGERS, Evidence, Trigger, TriggerRule

ALL_RULES_PASSED = "all_rules_passed"


@dataclass(frozen=True)
class Decision:
    product_id: str
    trigger: str
    shown: bool
    rule: str  # the rule that blocked it, or ALL_RULES_PASSED
    evidence: tuple[Evidence, ...]
    figures: tuple[tuple[str, int], ...]


def candidates(facts: Facts, context: Context) -> list[Candidate]:
    """Every (trigger, product) pair the payment facts point to, in trigger order. A trigger
    that fires only with special-category payments is a candidate too, with those payments
    withheld from its evidence, so that the audit log shows the payment-evidence rule blocking
    it without ever naming them."""
    found: list[Candidate] = []
    payments = usable_payments(facts)
    for trigger_rule in TRIGGERS:
        trigger = trigger_rule(facts, payments) or _needing_special(trigger_rule, facts)
        if trigger is None:
            continue
        product = context.catalogue.by_kind(trigger.product_kind)
        if product is not None:
            found.append(Candidate(trigger, product))
    return found


def _needing_special(trigger_rule: TriggerRule, facts: Facts) -> Trigger | None:
    trigger = trigger_rule(facts, facts.payments)
    if trigger is None:
        return None
    kept = tuple(e for e in trigger.evidence if not is_special_evidence(e))
    # The evidence shows the last few payments; the withheld count is at least one, since the
    # trigger did not fire without the special-category payments.
    return replace(trigger, evidence=kept, withheld=max(1, len(trigger.evidence) - len(kept)))


def judge(facts: Facts, candidate: Candidate, context: Context) -> Decision:
    """The first rule that says no decides; if none does, the suggestion may be shown."""
    blocking = next((rule.__name__ for rule in RULES if not rule(facts, candidate, context)), None)
    return _decision(candidate.trigger, candidate.product.id, blocking)


def decide(facts: Facts, context: Context) -> list[Decision]:
    """A decision for every candidate; at most one of them is shown."""
    decisions: list[Decision] = []
    shown = False
    for candidate in candidates(facts, context):
        decision = judge(facts, candidate, context)
        if decision.shown and shown:
            decision = _decision(candidate.trigger, candidate.product.id, "one_per_conversation")
        shown = shown or decision.shown
        decisions.append(decision)
    return decisions


def _decision(trigger: Trigger, product_id: str, blocking: str | None) -> Decision:
    return Decision(
        product_id=product_id,
        trigger=trigger.name,
        shown=blocking is None,
        rule=blocking or ALL_RULES_PASSED,
        evidence=trigger.evidence,
        figures=trigger.figures,
    )
