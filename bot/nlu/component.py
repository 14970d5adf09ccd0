"""The Rasa graph component around bot.nlu.finder.EntityFinder."""

from __future__ import annotations

import logging
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.shared.nlu.constants import ENTITIES, INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.advice.preference_text import Reading, read_preference
from bot.nlu.about_penny import about_penny_intent
from bot.nlu.finder import MultilingualFinder
from bot.nlu.money_cues import money_intent
from bot.nlu.routing import StopScore, route
from bot.nlu.small_talk import small_talk_intent
from bot.nlu.stop_reader import StopReader
from bot.nlu.stop_reader import shared as shared_stop_reader

log = logging.getLogger(__name__)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR, is_trainable=False)
class PennyEntityExtractor(GraphComponent, EntityExtractorMixin):
    """Adds period, amount, count, order, merchant, category and iban entities to each message."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {"languages": ["en"]}

    def __init__(self, config: dict[str, Any]) -> None:
        self.finder = MultilingualFinder(config["languages"])

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> PennyEntityExtractor:
        return cls(config)

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            found = self.finder.find(text)
            entities = [f.as_rasa(self.__class__.__name__) for f in found]
            message.set(ENTITIES, message.get(ENTITIES, []) + entities, add_to_output=True)
        return messages


FULL_TEXT = "penny_full_text"
PREFERENCE = "penny_preference"


class _Stateless(GraphComponent):
    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> GraphComponent:
        return cls()


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class PreferenceSplitter(_Stateless):
    """First in the pipeline: when a message asks to stop suggestions and says something else too
    ("no more offers, what's my balance?"), the model and the entity rules read only the rest.
    PreferenceGate puts the whole text back."""

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            reading = read_preference(text)
            if reading.kind is Reading.STOP and len(reading.rest.split()) >= 2:
                message.set(FULL_TEXT, text)
                message.set(TEXT, reading.rest)
        return messages


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class PreferenceGate(GraphComponent):
    """Last in the pipeline (art. 5.4.4): the preference rules and the stop reader, not the
    intent model, decide whether a message is about stopping or resuming suggestions
    (bot.nlu.routing)."""

    def __init__(self, reader: StopReader | None) -> None:
        self._reader = reader

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> GraphComponent:
        try:
            return cls(shared_stop_reader())  # fitted now, not on the first customer's message
        except (OSError, ValueError) as error:
            log.error("stop reader unavailable, the preference rules read alone: %s", error)
            return cls(None)

    def _score(self, text: str) -> float:
        # Asked by routing only where the rules left room for it: most messages never are.
        assert self._reader is not None
        return self._reader.score(text)

    def _scorer(self) -> StopScore | None:
        return self._score if self._reader else None  # without a reader the rules read alone

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            full = message.get(FULL_TEXT)
            guessed = (message.get(INTENT) or {}).get("name") or ""
            ranking = message.get(INTENT_RANKING_KEY) or []
            if full:
                message.set(TEXT, full)
                routed = route(full, guessed, ranking, guessed, self._scorer())
            else:
                text = message.get(TEXT) or ""
                routed = route(text, guessed, ranking, stop_score=self._scorer())
            message.set(
                PREFERENCE,
                {"reading": routed.reading.value, "also": routed.also},
                add_to_output=True,
            )
            if routed.intent != guessed:
                _decide(message, routed.intent)
        return messages


class _WordCue(_Stateless):
    """After the model: an intent the words settle overrules the model's guess (pure functions
    in bot.nlu: text and guessed intent in, intent out)."""

    @staticmethod
    def correct(text: str, intent: str) -> str:
        raise NotImplementedError

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            guessed = (message.get(INTENT) or {}).get("name") or ""
            found = self.correct(message.get(TEXT) or "", guessed)
            if found != guessed:
                _decide(message, found)
        return messages


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class SmallTalkLexicon(_WordCue):
    """A whole message that is a greeting, a thanks, a yes or a no from the word list
    (bot.nlu.small_talk) is that intent, whatever the model made of so few letters."""

    @staticmethod
    def correct(text: str, intent: str) -> str:
        return small_talk_intent(text) or intent


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class MoneyCues(_WordCue):
    """Money held, coming in or paid by subscription, which a bag of words reads as another
    money question (bot.nlu.money_cues)."""

    correct = staticmethod(money_intent)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class AboutPenny(_WordCue):
    """A question about who answers or about the customer's data, read as another intent
    (bot.nlu.about_penny)."""

    correct = staticmethod(about_penny_intent)


def _decide(message: Message, name: str) -> None:
    """The intent a rule decided, first in the ranking; the model's other guesses stay below."""
    intent = {"name": name, "confidence": 1.0}
    ranking = message.get(INTENT_RANKING_KEY) or []
    rest = [r for r in ranking if r["name"] != name]
    message.set(INTENT, intent, add_to_output=True)
    message.set(INTENT_RANKING_KEY, [intent, *rest], add_to_output=True)
