"""Thin Rasa SDK actions: read the tracker, call bot/, send the reply. No logic of their own.

The customer is whoever the conversation's sender id maps to in the store; nothing in the
message text is used to pick the customer.
"""

from __future__ import annotations

import logging
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.exc import SQLAlchemyError

from bot import answers, conversation
from bot.advice import messages as advice_messages
from bot.advice import preference
from bot.advice.consent import Step, Turn, small_talk_step
from bot.advice.preference import parse_open_question
from bot.advice.preference_text import Reading, read_preference
from bot.advice.service import Situation, catalogue, consider
from bot.answers.topics import question_topic_or, suggestion_topic
from bot.config import Settings, load_settings
from bot.domain import CustomerInfo
from bot.i18n import language_or_default, t
from bot.language import choose_language, detect_language
from bot.nlu.component import PREFERENCE as PREFERENCE_KEY
from bot.nlu.routing import MONEY_INTENTS
from bot.question import question_from_entities
from bot.reply import Reply
from bot.store import Store, open_store

log = logging.getLogger(__name__)
Events = list[dict[str, Any]]


def send(dispatcher: CollectingDispatcher, reply: Reply) -> None:
    buttons = [{"title": b.title, "payload": b.payload} for b in reply.buttons]
    dispatcher.utter_message(text=reply.text, buttons=buttons or None)
    for payload in reply.custom:
        dispatcher.utter_message(json_message=payload)


def message_metadata(tracker: Tracker) -> dict[str, Any]:
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            return event.get("metadata") or {}
    return {}


def conversation_language(tracker: Tracker, customer: CustomerInfo | None) -> str:
    return choose_language(
        detect_language(tracker.latest_message.get("text") or ""),
        message_metadata(tracker).get("language"),
        tracker.get_slot("requested_language"),
        tracker.get_slot("language"),
        customer.language if customer else None,
    )


def remember_language(tracker: Tracker, language: str) -> Events:
    return [
        SlotSet("language", language),
        SlotSet("requested_language", message_metadata(tracker).get("language")),
    ]


def conversation_id(tracker: Tracker) -> str:
    """The sender plus the start of the current session: one Rasa session is one conversation."""
    started = [e for e in tracker.events if e.get("event") == "session_started"]
    return f"{tracker.sender_id}#{started[-1].get('timestamp', 0) if started else 0}"


class PennyAction(Action):
    """Shared translation: settings, store, customer and message checks for every action."""

    action_name = ""
    store_down_key = "error.store_down"
    # An opt-out is honoured whatever the message looks like, so the stop action skips this.
    check_messages = True
    # Actions about someone's money or choices answer nobody the store does not know.
    needs_customer = False

    def name(self) -> str:
        return self.action_name

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> Events:
        settings = load_settings()
        language = conversation_language(tracker, None)
        text = tracker.latest_message.get("text") or ""
        try:
            store = open_store(settings.database_url)
            customer = store.customer_by_login(tracker.sender_id)
            language = conversation_language(tracker, customer)
            remember = remember_language(tracker, language)
            problem = conversation.check_message(text, settings, language)
            if problem is not None and self.check_messages and not text.startswith("/"):
                send(dispatcher, problem)
                return [SlotSet("pending_suggestion", None), *remember]
            if customer is None and self.needs_customer:
                send(dispatcher, Reply(t(language, "identity.unknown")))
                return [SlotSet("answer_topic", "none"), SlotSet("pending_suggestion", None)]
            return self.act(dispatcher, tracker, settings, store, customer, language) + remember
        except SQLAlchemyError:
            log.exception("store unavailable")
            send(dispatcher, Reply(t(language, self.store_down_key)))
            return remember_language(tracker, language)

    def act(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        settings: Settings,
        store: Store,
        customer: CustomerInfo | None,
        language: str,
    ) -> Events:
        reply = self.reply(tracker, settings, store, customer, language)
        send(dispatcher, reply)
        return [SlotSet("pending_suggestion", None), SlotSet("open_question", None)]

    def reply(
        self,
        tracker: Tracker,
        settings: Settings,
        store: Store,
        customer: CustomerInfo | None,
        language: str,
    ) -> Reply:
        raise NotImplementedError


class MoneyAction(PennyAction):
    intent = ""
    needs_customer = True

    def act(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        settings: Settings,
        store: Store,
        customer: CustomerInfo,  # type: ignore[override]  # needs_customer: run() checks it
        language: str,
    ) -> Events:
        entities = tracker.latest_message.get("entities") or []
        question = question_from_entities(entities, tracker.latest_message.get("text") or "")
        context = answers.Context(store, customer, settings.today(), language)
        reply = answers.answer(self.intent, context, question)
        send(dispatcher, reply)
        topic = question_topic_or(reply.topic, tracker.latest_message.get("text") or "")
        events = [
            SlotSet("answer_topic", topic),
            SlotSet("pending_suggestion", None),
            SlotSet("open_question", None),
        ]
        return events + ([SlotSet("touched_special", True)] if topic == "sensitive" else [])


def _money_action(intent: str) -> type[MoneyAction]:
    name = "action_" + intent.replace("ask_", "answer_").replace("compare_spending", "compare")
    return type(f"Action_{intent}", (MoneyAction,), {"action_name": name, "intent": intent})


ActionAnswerSpending = _money_action("ask_spending")
ActionCompare = _money_action("compare_spending")
ActionAnswerTransactions = _money_action("ask_transactions")
ActionAnswerBalance = _money_action("ask_balance")
ActionAnswerIncome = _money_action("ask_income")
ActionAnswerSubscriptions = _money_action("ask_subscriptions")


class ActionOfferSuggestion(PennyAction):
    """Proposed by the dialogue model after an answer; the rules in bot/advice decide."""

    action_name = "action_offer_suggestion"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> Events:
        settings = load_settings()
        try:
            store = open_store(settings.database_url)
            customer = store.customer_by_login(tracker.sender_id)
            if customer is None:
                return [SlotSet("answer_topic", None)]
            situation = Situation(
                conversation_id=conversation_id(tracker),
                channel=tracker.get_latest_input_channel() or "",
                answer_topic=suggestion_topic(
                    tracker.get_slot("answer_topic"), bool(tracker.get_slot("touched_special"))
                ),
                now=settings.now(),
                mode=settings.suggestions_mode,
                cap_30_days=settings.suggestion_cap_30_days,
            )
            decision = consider(store, customer, situation)
        except SQLAlchemyError:
            # Showing nothing is always safe; the answer itself has already been given.
            log.exception("suggestion skipped: store unavailable")
            return [SlotSet("answer_topic", None)]
        if decision is None:
            return [SlotSet("answer_topic", None)]
        language = language_or_default(tracker.get_slot("language") or customer.language)
        send(dispatcher, advice_messages.suggestion(decision, catalogue(), language))
        return [SlotSet("answer_topic", None), SlotSet("pending_suggestion", decision.product_id)]


def preference_turn(tracker: Tracker) -> tuple[Turn, int | None]:
    """The turn as the preference rules see it, and the id of Penny's open question, if any."""
    message = tracker.latest_message
    text = message.get("text") or ""
    routed = message.get(PREFERENCE_KEY) or {}
    try:
        reading = Reading(routed.get("reading"))
    except ValueError:  # parsed without the gate, e.g. by a test; the rules read it again
        reading = read_preference(text).kind
    question = parse_open_question(tracker.get_slot("open_question"))
    turn = Turn(
        text=text,
        intent=(message.get("intent") or {}).get("name") or "",
        reading=reading,
        card_shown=bool(tracker.get_slot("pending_suggestion")),
        open_question=question[0] if question else None,
    )
    return turn, question[1] if question else None


def preference_outcome(
    tracker: Tracker, settings: Settings, store: Store, customer: CustomerInfo, language: str
) -> preference.Outcome:
    turn, question_id = preference_turn(tracker)
    where = preference.Where(
        conversation_id=conversation_id(tracker),
        channel=tracker.get_latest_input_channel() or "",
        now=settings.now(),
        mode=settings.suggestions_mode,
    )
    return preference.handle(store, customer, turn, question_id, where, language)


class PreferenceAction(PennyAction):
    """Stop, resume and the answers to Penny's preference questions: bot.advice.consent decides,
    bot.advice.preference records. An opt-out is honoured whatever the message looks like."""

    check_messages = False
    needs_customer = True

    def act(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        settings: Settings,
        store: Store,
        customer: CustomerInfo,  # type: ignore[override]  # needs_customer: run() checks it
        language: str,
    ) -> Events:
        outcome = preference_outcome(tracker, settings, store, customer, language)
        send(dispatcher, outcome.reply or conversation.small_talk("help", "", settings, language))
        events = [
            SlotSet("pending_suggestion", None),
            SlotSet("open_question", outcome.open_question),
        ]
        also = (tracker.latest_message.get(PREFERENCE_KEY) or {}).get("also")
        if outcome.step is Step.OPT_OUT and also in MONEY_INTENTS:
            entities = tracker.latest_message.get("entities") or []
            question = question_from_entities(entities, tracker.latest_message.get("text") or "")
            context = answers.Context(store, customer, settings.today(), language)
            send(dispatcher, answers.answer(also, context, question))
        return events


class ActionStopSuggestions(PreferenceAction):
    action_name = "action_stop_suggestions"
    store_down_key = "stop.failed"


class ActionResumeSuggestions(PreferenceAction):
    action_name = "action_resume_suggestions"


class ActionExplainSuggestion(PennyAction):
    action_name = "action_explain_suggestion"
    needs_customer = True

    def reply(
        self,
        tracker: Tracker,
        settings: Settings,
        store: Store,
        customer: CustomerInfo,  # type: ignore[override]  # needs_customer: run() checks it
        language: str,
    ) -> Reply:
        return advice_messages.explain_last(store, customer, catalogue(), language)


class ActionDataUsage(PennyAction):
    action_name = "action_data_usage"

    def reply(
        self,
        tracker: Tracker,
        settings: Settings,
        store: Store,
        customer: CustomerInfo | None,
        language: str,
    ) -> Reply:
        if customer is None:
            return Reply(t(language, "data_usage.text"))
        turn, _ = preference_turn(tracker)
        return advice_messages.data_usage(
            store, customer, settings.suggestions_mode, language, turn.reading is Reading.ABOUT
        )


class ActionSmallTalk(PennyAction):
    action_name = "action_small_talk"

    def act(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        settings: Settings,
        store: Store,
        customer: CustomerInfo | None,
        language: str,
    ) -> Events:
        # An answer to Penny's question, or "not interested" right after a card (a stop).
        turn, _ = preference_turn(tracker)
        if customer is not None and small_talk_step(turn) is not Step.NOTHING:
            outcome = preference_outcome(tracker, settings, store, customer, language)
            if outcome.reply is not None:
                send(dispatcher, outcome.reply)
                return [SlotSet("pending_suggestion", None), SlotSet("open_question", None)]
        return super().act(dispatcher, tracker, settings, store, customer, language)

    def reply(
        self,
        tracker: Tracker,
        settings: Settings,
        store: Store,
        customer: CustomerInfo | None,
        language: str,
    ) -> Reply:
        intent = (tracker.latest_message.get("intent") or {}).get("name") or "help"
        pending = tracker.get_slot("pending_suggestion")
        if intent == "deny" and pending and customer is not None:
            return advice_messages.decline(
                store, customer, pending, catalogue(), settings.now(), language
            )
        if intent not in conversation.SMALL_TALK:
            intent = "help"
        name = customer.name if customer else ""
        return conversation.small_talk(intent, name, settings, language)


class ActionClarify(PennyAction):
    action_name = "action_clarify"

    def reply(
        self,
        tracker: Tracker,
        settings: Settings,
        store: Store,
        customer: CustomerInfo | None,
        language: str,
    ) -> Reply:
        message = tracker.latest_message
        return conversation.clarify(
            message.get("text") or "",
            message.get("intent_ranking") or [],
            message.get("entities") or [],
            language,
        )
