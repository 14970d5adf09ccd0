"""One test per compliance rule, each shown both allowing and refusing."""

from dataclasses import replace
from datetime import date

from bot.advice import rules
from bot.advice.catalogue import Product
from tests.advice_builders import (
    CATALOGUE,
    abroad,
    balances,
    candidate,
    context,
    facts,
    payment,
)


def test_opt_out_blocks_everything_until_opted_in_again():
    assert rules.opt_out(facts(), candidate(), context(preference=None))
    assert not rules.opt_out(facts(), candidate(), context(preference="opted_out"))
    assert rules.opt_out(facts(), candidate(), context(preference="opted_in"))


def test_consent_first_mode_needs_an_explicit_yes():
    assert rules.consent_first(facts(), candidate(), context(mode=rules.OPT_OUT))
    assert not rules.consent_first(facts(), candidate(), context(mode=rules.CONSENT_FIRST))
    assert rules.consent_first(
        facts(), candidate(), context(mode=rules.CONSENT_FIRST, preference="opted_in")
    )


def test_in_group_only_refuses_a_product_of_another_company():
    assert rules.in_group_only(facts(), candidate(), context())
    outsider = Product("cheap-energy", {"en": "Cheap Energy"}, "Energy Ltd", "energy", False)
    stranger = replace(candidate(), product=outsider)
    assert not rules.in_group_only(facts(), stranger, context())
    # Even a look-alike with a group provider is refused if it is not in the catalogue.
    lookalike = replace(outsider, provider="Penny Bank N.V.")
    assert not rules.in_group_only(facts(), replace(candidate(), product=lookalike), context())


def test_payment_evidence_only_refuses_special_category_evidence():
    assert rules.payment_evidence_only(facts(), candidate(), context())
    hospital_abroad = abroad(6, "Hospital Quirón", "health", 8062)
    assert not rules.payment_evidence_only(facts(), candidate(evidence=hospital_abroad), context())
    church = [payment(3, -2000, "Parroquia San Juan", "other", "donation", country="ES")]
    assert not rules.payment_evidence_only(facts(), candidate(evidence=church), context())
    assert not rules.payment_evidence_only(facts(), candidate(evidence=[]), context())


def test_duty_of_care_keeps_credit_from_minors_and_customers_in_trouble():
    card = candidate("credit-card", trigger="abroad_credit_card")
    assert rules.duty_of_care(facts(), card, context())
    minor = facts(birth_date=date(2010, 1, 1))
    assert not rules.duty_of_care(minor, card, context())
    returned = facts([payment(40, 5000, "Eneco", "debt", "STORNO", kind="returned_debit")])
    assert not rules.duty_of_care(returned, card, context())
    collector = facts([payment(40, -5000, "Intrum", "debt", "incasso", kind="transfer")])
    assert not rules.duty_of_care(collector, card, context())
    overdrawn = facts(daily_balances=balances(-20_000, 45))
    assert not rules.duty_of_care(overdrawn, card, context())
    # Insurance is not credit: duty of care does not block it for a customer in trouble.
    assert rules.duty_of_care(returned, candidate("travel-insurance"), context())


def test_a_short_overdraft_is_not_payment_trouble():
    card = candidate("credit-card", trigger="abroad_credit_card")
    brief = facts(daily_balances=balances(50_000, 300) + balances(-1_000, 5))
    assert rules.duty_of_care(brief, card, context())


def test_answer_context_refuses_sensitive_or_trouble_answers():
    assert rules.answer_context(facts(), candidate(), context(answer_topic="ok"))
    for topic in ("sensitive", "trouble", "none"):
        assert not rules.answer_context(facts(), candidate(), context(answer_topic=topic))


def test_one_suggestion_per_conversation():
    assert rules.one_per_conversation(facts(), candidate(), context(shown_in_conversation=0))
    assert not rules.one_per_conversation(facts(), candidate(), context(shown_in_conversation=1))


def test_monthly_cap_is_configurable():
    assert rules.monthly_cap(facts(), candidate(), context(shown_last_30_days=1, cap_30_days=2))
    assert not rules.monthly_cap(facts(), candidate(), context(shown_last_30_days=2, cap_30_days=2))
    assert not rules.monthly_cap(facts(), candidate(), context(shown_last_30_days=0, cap_30_days=0))


def test_a_declined_product_waits_90_days():
    declined = context(declined_last_90_days=frozenset({"travel-insurance"}))
    assert not rules.declined_recently(facts(), candidate(), declined)
    assert rules.declined_recently(facts(), candidate("credit-card"), declined)


def test_every_rule_has_its_plain_words_rule_as_docstring():
    for rule in rules.RULES:
        assert rule.__doc__ and len(rule.__doc__.split()) >= 5, rule.__name__


def test_the_catalogue_holds_only_group_products():
    assert CATALOGUE.products
    assert all(p.provider in CATALOGUE.entities for p in CATALOGUE.products)
