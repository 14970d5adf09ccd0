"""The trigger rules over payment data, and the decision that combines them with the rules."""

from bot.advice import triggers
from bot.advice.decide import ALL_RULES_PASSED, decide
from bot.advice.facts import usable_payments
from tests.advice_builders import abroad, balances, child_benefit, context, facts, payment, rent


def run(trigger, f):  # type: ignore[no-untyped-def]
    return trigger(f, usable_payments(f))


def test_child_benefit_for_more_children_than_childrens_savings_accounts():
    f = facts(child_benefit(), children=2, holdings=frozenset({"kids-savings"}))
    found = run(triggers.child_benefit_without_childrens_savings, f)
    assert found and found.product_kind == "childrens_savings"
    assert dict(found.figures) == {"children": 2, "accounts": 1}
    enough = facts(child_benefit(), children=1, holdings=frozenset({"kids-savings"}))
    assert run(triggers.child_benefit_without_childrens_savings, enough) is None
    two_of_two = facts(child_benefit(), children=2, holdings=("kids-savings", "kids-savings"))
    assert run(triggers.child_benefit_without_childrens_savings, two_of_two) is None


def test_a_lasting_buffer_without_savings_suggests_a_savings_account():
    rich = facts(has_savings_account=False, daily_balances=balances(800_000))
    found = run(triggers.lasting_buffer_without_savings, rich)
    assert found and found.product_kind == "savings" and dict(found.figures)["lowest"] == 800_000
    dipped = facts(
        has_savings_account=False, daily_balances=balances(800_000, 300) + balances(100_000, 10)
    )
    assert run(triggers.lasting_buffer_without_savings, dipped) is None
    assert (
        run(triggers.lasting_buffer_without_savings, facts(daily_balances=balances(800_000)))
        is None
    )  # already saves


def test_frequent_card_payments_abroad_suggest_travel_insurance_and_a_credit_card():
    traveller = facts(abroad(7))
    assert run(triggers.card_payments_abroad_travel_insurance, traveller).product_kind == (
        "travel_insurance"
    )
    assert run(triggers.card_payments_abroad_credit_card, traveller).product_kind == "credit_card"
    assert run(triggers.card_payments_abroad_travel_insurance, facts(abroad(3))) is None


def test_years_of_rent_suggest_a_mortgage_orientation():
    assert run(triggers.long_renter_mortgage_orientation, facts(rent(20))).product_kind == (
        "mortgage_orientation"
    )
    assert run(triggers.long_renter_mortgage_orientation, facts(rent(6))) is None


def test_housing_costs_without_home_insurance():
    assert run(triggers.housing_without_home_insurance, facts(rent(6))).product_kind == (
        "home_insurance"
    )
    insured = facts(rent(6) + [payment(20, -1500, "Centraal Beheer", "insurance", "Inboedel")])
    assert run(triggers.housing_without_home_insurance, insured) is None


def test_sensitive_payments_are_no_evidence_so_a_customer_with_only_those_gets_nothing():
    only_sensitive = facts(
        abroad(8, "Hospital Quirón", "health", 8062)
        + abroad(8, "Chiesa di San Marco", "other", None)
    )
    assert decide(only_sensitive, context()) == []
    mixed = facts(abroad(8, "Hospital Quirón", "health", 8062) + abroad(6))
    shown = [d for d in decide(mixed, context()) if d.shown]
    assert shown and all("Hospital" not in e.counterparty for e in shown[0].evidence)


def test_decide_shows_at_most_one_and_records_why_the_others_were_blocked():
    f = facts(abroad(8) + rent(20))
    decisions = decide(f, context())
    assert len(decisions) >= 3
    assert [d.shown for d in decisions].count(True) == 1
    assert decisions[0].rule == ALL_RULES_PASSED
    assert {d.rule for d in decisions[1:]} == {"one_per_conversation"}


def test_credit_is_skipped_for_a_customer_in_trouble_while_insurance_may_show():
    f = facts(abroad(8) + [payment(30, 4000, "Eneco", "debt", "STORNO", kind="returned_debit")])
    by_product = {d.product_id: d for d in decide(f, context())}
    assert by_product["credit-card"].rule == "duty_of_care"
    assert by_product["travel-insurance"].shown


def test_every_trigger_names_a_why_text_in_both_languages():
    from bot.i18n.texts_en import TEXTS as EN
    from bot.i18n.texts_nl import TEXTS as NL

    rich = facts(
        abroad(8) + rent(20) + child_benefit(),
        children=2,
        has_savings_account=False,
        daily_balances=balances(900_000),
    )
    names = {d.trigger for d in decide(rich, context())}
    assert len(names) == len(triggers.TRIGGERS)
    assert all(f"why.{name}" in EN and f"why.{name}" in NL for name in names)
