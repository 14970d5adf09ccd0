"""Replies that need no figures: small talk, help, hand-off, fallback and message checks."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from bot.config import Settings
from bot.i18n import t
from bot.reply import Button, Reply

SMALL_TALK = (
    "greet",
    "goodbye",
    "thank",
    "affirm",
    "deny",
    "help",
    "bot_challenge",
    "human_handoff",
    "block_card",
    "out_of_scope",
)
MONEY_INTENTS = (
    "ask_spending",
    "compare_spending",
    "ask_transactions",
    "ask_balance",
    "ask_income",
    "ask_subscriptions",
)
SUGGESTION_INTENTS = (
    "stop_suggestions", "resume_suggestions", "ask_why_suggestion", "ask_data_usage",
)
_EXAMPLES = ("spending", "breakdown", "merchant", "largest", "compare", "subscriptions", "balance")
MAX_CLARIFY_BUTTONS = 3
MIN_CLARIFY_CONFIDENCE = 0.1


# Rasa's own commands, carried out without a word: "New conversation" in the widget sends
# /restart, a client that opens a session sends /session_start.
SILENT_COMMANDS = frozenset({"/restart", "/session_start"})


def reply_or_apology(
    text: str, messages: list[dict[str, Any]], recipient: str, language: str
) -> tuple[list[dict[str, Any]], bool]:
    """What the channel sends back for a message, and whether Rasa failed to answer it: a silent
    command gets nothing, any other message without a reply gets the apology."""
    if messages or text.strip().split("{", 1)[0].strip() in SILENT_COMMANDS:
        return messages, False
    return [{"recipient_id": recipient, "text": t(language, "error.unavailable")}], True


def check_message(text: str, settings: Settings, language: str) -> Reply | None:
    """A reply for a message that cannot be a question at all, or None if it may be one."""
    if not text.strip() or not any(ch.isalnum() for ch in text):
        return Reply(t(language, "error.empty"), buttons=example_buttons(language, 3))
    if len(text) > settings.max_message_chars:
        return Reply(t(language, "error.too_long"))
    return None


def small_talk(intent: str, name: str, settings: Settings, language: str) -> Reply:
    first_name = name.split()[0] if name else ""
    text = (
        t(
            language,
            f"smalltalk.{intent}",
            name=first_name,
            phone=settings.contact_phone,
            blocking_phone=settings.blocking_phone,
            hours=settings.contact_hours or t(language, "contact.hours"),
        )
        .replace(" ,", ",")
        .replace("  ", " ")
    )
    buttons: tuple[Button, ...] = ()
    if intent in {"help", "out_of_scope", "greet"}:
        buttons = example_buttons(language, 4 if intent != "help" else len(_EXAMPLES))
    return Reply(text, buttons=buttons)


def example_buttons(language: str, count: int) -> tuple[Button, ...]:
    questions = [t(language, f"example.{key}") for key in _EXAMPLES[:count]]
    return tuple(Button(q, q) for q in questions)


def clarify(
    text: str,
    ranking: Sequence[Mapping[str, Any]],
    entities: Sequence[Mapping[str, Any]],
    language: str,
) -> Reply:
    """Offers the likeliest intents as buttons; pressing one re-asks with the same entities."""
    candidates = [
        r["name"]
        for r in ranking
        if r.get("name") in MONEY_INTENTS + SMALL_TALK + SUGGESTION_INTENTS
        and r.get("name") != "out_of_scope"
        and float(r.get("confidence") or 0) >= MIN_CLARIFY_CONFIDENCE
    ][:MAX_CLARIFY_BUTTONS]
    if not candidates:
        return Reply(t(language, "fallback.none"), buttons=example_buttons(language, 3))
    values = {e["entity"]: e["value"] for e in entities if e.get("entity") and e.get("value")}
    payload_entities = json.dumps(values, ensure_ascii=False) if values else ""
    buttons = tuple(
        Button(t(language, f"intent.{name}"), f"/{name}{payload_entities}") for name in candidates
    )
    return Reply(t(language, "fallback.ask"), buttons=buttons)
