"""Thin Rasa SDK actions: read the tracker, call bot/, send the reply. No logic of their own.

The customer is whoever the conversation's sender id maps to in the store; nothing in the
message text is used to pick the customer.
"""

from __future__ import annotations

import logging
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.exc import SQLAlchemyError

from bot import answers, conversation
from bot.config import Settings, load_settings
from bot.domain import CustomerInfo
from bot.i18n import language_or_default, t
from bot.question import question_from_entities
from bot.reply import Reply
from bot.store import Store, open_store

log = logging.getLogger(__name__)


def send(dispatcher: CollectingDispatcher, reply: Reply) -> None:
    buttons = [{"title": b.title, "payload": b.payload} for b in reply.buttons]
    dispatcher.utter_message(text=reply.text, buttons=buttons or None)
    for payload in reply.custom:
        dispatcher.utter_message(json_message=payload)


class PennyAction(Action):
    """Shared translation: settings, store, customer and message checks for every action."""

    action_name = ""

    def name(self) -> str:
        return self.action_name

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        settings = load_settings()
        language = "en"
        text = tracker.latest_message.get("text") or ""
        try:
            store = open_store(settings.database_url)
            customer = store.customer_by_login(tracker.sender_id)
            if customer is not None:
                language = language_or_default(customer.language)
            problem = conversation.check_message(text, settings, language)
            if problem is not None and not text.startswith("/"):
                send(dispatcher, problem)
                return []
            send(dispatcher, self.reply(tracker, settings, store, customer, language))
        except SQLAlchemyError:
            log.exception("store unavailable")
            send(dispatcher, Reply(t(language, "error.store_down")))
        return []

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

    def reply(self, tracker, settings, store, customer, language):  # type: ignore[no-untyped-def]
        if customer is None:
            return Reply(t(language, "identity.unknown"))
        entities = tracker.latest_message.get("entities") or []
        question = question_from_entities(entities, tracker.latest_message.get("text") or "")
        context = answers.Context(store, customer, settings.today(), language)
        return answers.answer(self.intent, context, question)


def _money_action(intent: str) -> type[MoneyAction]:
    name = "action_" + intent.replace("ask_", "answer_").replace("compare_spending", "compare")
    return type(f"Action_{intent}", (MoneyAction,), {"action_name": name, "intent": intent})


ActionAnswerSpending = _money_action("ask_spending")
ActionCompare = _money_action("compare_spending")
ActionAnswerTransactions = _money_action("ask_transactions")
ActionAnswerBalance = _money_action("ask_balance")
ActionAnswerIncome = _money_action("ask_income")
ActionAnswerSubscriptions = _money_action("ask_subscriptions")


class ActionSmallTalk(PennyAction):
    action_name = "action_small_talk"

    def reply(self, tracker, settings, store, customer, language):  # type: ignore[no-untyped-def]
        intent = (tracker.latest_message.get("intent") or {}).get("name") or "help"
        if intent not in conversation.SMALL_TALK:
            intent = "help"
        name = customer.name if customer else ""
        return conversation.small_talk(intent, name, settings, language)


class ActionClarify(PennyAction):
    action_name = "action_clarify"

    def reply(self, tracker, settings, store, customer, language):  # type: ignore[no-untyped-def]
        message = tracker.latest_message
        return conversation.clarify(
            message.get("text") or "",
            message.get("intent_ranking") or [],
            message.get("entities") or [],
            language,
        )
