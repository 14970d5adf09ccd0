"""What Penny sends back: text, quick-reply buttons and custom payloads (charts, tables)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Button:
    title: str
    payload: str


@dataclass(frozen=True)
class Reply:
    text: str
    buttons: tuple[Button, ...] = ()
    custom: tuple[dict[str, Any], ...] = field(default=())
    # What the answer was about, for the suggestion rules: ok | sensitive | trouble | none.
    topic: str = "none"
