"""Art. 5.4.4's two promises as properties: a stop is carried out when asked for, and
suggestions never start again without a confirmed question."""

from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.advice import preference
from bot.advice.consent import Step, Turn, is_plain_no, is_plain_yes, step
from bot.advice.preference_text import Reading
from bot.store.preference_store import NotAnAnswer, PreferenceStore
from tests.builders import add_customer, memory_store

NOW = datetime(2026, 11, 30, 12, 0)


def turn(text="", intent="", reading=Reading.NONE, card=False, asked=None):
    return Turn(text, intent, reading, card, asked)


def test_a_clear_stop_is_carried_out_at_once():
    assert step(turn("no more offers", "stop_suggestions", Reading.STOP)) is Step.OPT_OUT


def test_the_stop_button_is_a_stop():
    assert step(turn("/stop_suggestions", "stop_suggestions")) is Step.OPT_OUT


def test_a_bare_stop_counts_right_after_a_card_and_is_asked_about_elsewhere():
    assert step(turn("stop", "stop_suggestions", Reading.BARE_STOP, card=True)) is Step.OPT_OUT
    assert step(turn("stop", "stop_suggestions", Reading.BARE_STOP)) is Step.ASK_STOP


def test_a_resume_request_only_asks():
    assert step(turn("start offers again", "resume_suggestions", Reading.RESUME)) is (
        Step.ASK_RESUME
    )


def test_yes_answers_only_an_open_question():
    assert step(turn("yes please", "affirm", asked="resume")) is Step.ANSWER_YES
    assert step(turn("yes please", "affirm")) is Step.NOTHING
    assert step(turn("/deny", "deny", asked="resume")) is Step.ANSWER_NO


@pytest.mark.parametrize("text", ["yes", "Yes please!", "ja graag", "/affirm", "ok", "sure"])
def test_plain_yes(text):
    assert is_plain_yes(text)


@pytest.mark.parametrize(
    "text", ["yes but not now", "yes, stop them", "yes I don't want them", "ja maar niet nu", ""]
)
def test_a_yes_with_more_in_it_is_not_a_plain_yes(text):
    assert not is_plain_yes(text)


@pytest.mark.parametrize("text", ["no", "nee dank je", "/deny", "liever niet"])
def test_plain_no(text):
    assert is_plain_no(text)


# --- the store checks the answer again --------------------------------------------------------


@pytest.fixture
def customer_store():
    store = memory_store()
    add_customer(store, "demo-001", [])
    customer = store.customer_by_login("demo-001")
    return store, customer


def test_yes_to_a_resume_question_opts_in_and_keeps_the_question(customer_store):
    store, customer = customer_store
    prefs = PreferenceStore(store)
    prefs.record_opt_out(customer.id, NOW, "web", "stop")
    asked = prefs.ask(customer.id, "c#1", "resume", NOW, "web", "start again")
    assert prefs.answer(asked.question_id, customer.id, "c#1", True, NOW, "yes") == "opted_in"
    assert store.preference(customer.id) == "opted_in"
    [question] = prefs.questions(customer.id)
    assert (question.answer, question.request_words, question.answer_words) == (
        "yes", "start again", "yes",
    )
    assert question.preference_id is not None
    assert prefs.unconfirmed_opt_ins() == 0


@pytest.mark.parametrize(
    "customer_offset, conversation, delay",
    [(1, "c#1", 0), (0, "c#2", 0), (0, "c#1", 16 * 60), (0, "c#1", -60)],
    ids=["another customer", "another conversation", "too late", "before it was asked"],
)
def test_yes_to_anything_but_the_open_question_changes_nothing(
    customer_store, customer_offset, conversation, delay
):
    store, customer = customer_store
    prefs = PreferenceStore(store)
    prefs.record_opt_out(customer.id, NOW, "web", "stop")
    asked = prefs.ask(customer.id, "c#1", "resume", NOW, "web", "start again")
    with pytest.raises(NotAnAnswer):
        prefs.answer(
            asked.question_id, customer.id + customer_offset, conversation, True,
            NOW + timedelta(seconds=delay), "yes",
        )
    assert store.preference(customer.id) == "opted_out"


def test_a_question_is_answered_once(customer_store):
    store, customer = customer_store
    prefs = PreferenceStore(store)
    asked = prefs.ask(customer.id, "c#1", "resume", NOW, "web", "start again")
    prefs.answer(asked.question_id, customer.id, "c#1", False, NOW, "no")
    with pytest.raises(NotAnAnswer):
        prefs.answer(asked.question_id, customer.id, "c#1", True, NOW, "yes")
    assert store.preference(customer.id) is None


def test_an_opt_in_written_behind_the_rules_back_is_counted(customer_store):
    from bot.store.models import MarketingPreference

    store, customer = customer_store
    store.add_all([MarketingPreference(customer_id=customer.id, status="opted_in", changed_at=NOW)])
    assert PreferenceStore(store).unconfirmed_opt_ins() == 1


# --- the property: random conversations, random NLU output -----------------------------------

TEXTS = [
    "yes", "yes please", "/affirm", "ja", "no", "/deny", "start suggestions again",
    "turn offers back on", "stop suggestions", "stop", "unsubscribe", "/stop_suggestions",
    "/resume_suggestions", "can you suggest a restaurant", "let's start again", "opt me back in",
    "yes, but don't start again", "what's my balance", "zet suggesties weer aan", "ok",
]
INTENTS = [
    "affirm", "deny", "resume_suggestions", "stop_suggestions", "ask_balance", "greet",
    "out_of_scope", "nlu_fallback",
]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(TEXTS) | st.text(max_size=30),
            st.sampled_from(INTENTS),
            st.sampled_from(list(Reading)),
            st.booleans(),
        ),
        max_size=12,
    ),
    st.sampled_from(["opt_out", "consent_first"]),
)
def test_no_opt_in_without_a_confirmed_question(conversation, mode):
    store = memory_store()
    add_customer(store, "demo-001", [])
    customer = store.customer_by_login("demo-001")
    where = preference.Where("demo-001#1", "web", NOW, mode)
    open_question = None
    previous_step = Step.NOTHING
    for text, intent, reading, card in conversation:
        question = preference.parse_open_question(open_question)
        t = Turn(text, intent, reading, card, question[0] if question else None)
        before = store.preference(customer.id)
        outcome = preference.handle(store, customer, t, question[1] if question else None,
                                    where, "en")
        after = store.preference(customer.id)
        if after == "opted_in" and before != "opted_in":
            assert previous_step is Step.ASK_RESUME and outcome.step is Step.ANSWER_YES
            assert is_plain_yes(text)
        open_question = outcome.open_question
        previous_step = outcome.step
    assert PreferenceStore(store).unconfirmed_opt_ins() == 0
    for q in PreferenceStore(store).questions(customer.id):
        if q.preference_id is not None:
            assert q.answer == "yes" and q.conversation_id == where.conversation_id


def test_a_social_message_touches_the_preference_only_as_an_answer_or_a_stop_after_a_card():
    from bot.advice.consent import small_talk_step

    no = Turn("not interested", "deny", Reading.BARE_STOP, card_shown=True, open_question=None)
    assert small_talk_step(no) is Step.OPT_OUT
    assert small_talk_step(replace(no, card_shown=False)) is Step.NOTHING
    yes = Turn("yes", "affirm", Reading.NONE, card_shown=False, open_question="resume")
    assert small_talk_step(yes) is Step.ANSWER_YES
    assert small_talk_step(replace(yes, open_question=None)) is Step.NOTHING
