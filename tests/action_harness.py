"""Runs a Rasa SDK action the way the action server does: a Tracker in, messages and events out."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher


def run_action(
    action: Any,
    text: str,
    intent: str,
    entities: list[dict[str, Any]] | None = None,
    sender: str = "demo-001",
    slots: dict[str, Any] | None = None,
    session_started: float = 1.0,
    channel: str = "rest",
    ranking: list[dict[str, Any]] | None = None,
    metadata: dict[str, Any] | None = None,
    parse_extra: dict[str, Any] | None = None,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    latest = {
        "text": text,
        "intent": {"name": intent, "confidence": 0.9},
        "entities": entities or [],
        "intent_ranking": ranking or [],
        **(parse_extra or {}),
    }
    tracker = Tracker.from_dict(
        {
            "sender_id": sender,
            "slots": slots or {},
            "latest_message": latest,
            "events": [
                {"event": "session_started", "timestamp": session_started},
                {
                    "event": "user",
                    "text": text,
                    "parse_data": latest,
                    "input_channel": channel,
                    "timestamp": session_started + 1,
                    "metadata": metadata or {},
                },
            ],
            "paused": False,
            "followup_action": None,
            "active_loop": {},
            "latest_action_name": None,
        }
    )
    dispatcher = CollectingDispatcher()
    events = action().run(dispatcher, tracker, {})
    return dispatcher.messages, events


def texts(messages: list[dict[str, Any]]) -> str:
    return " ".join(m["text"] for m in messages if m.get("text"))
