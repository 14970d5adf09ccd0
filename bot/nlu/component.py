"""The Rasa graph component around bot.nlu.finder.EntityFinder."""

from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.shared.nlu.constants import ENTITIES, INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.advice.stop_phrases import is_stop_request
from bot.nlu.finder import MultilingualFinder

STOP_INTENT = "stop_suggestions"


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


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class StopPhraseSafetyNet(GraphComponent):
    """Art. 5.4.4 safety net: a clear request to stop suggestions becomes `stop_suggestions`
    whatever the classifier thought. Runs after DIET and the FallbackClassifier."""

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> StopPhraseSafetyNet:
        return cls()

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            if not is_stop_request(message.get(TEXT) or ""):
                continue
            intent = {"name": STOP_INTENT, "confidence": 1.0}
            ranking = [r for r in message.get(INTENT_RANKING_KEY) or [] if r["name"] != STOP_INTENT]
            message.set(INTENT, intent, add_to_output=True)
            message.set(INTENT_RANKING_KEY, [intent, *ranking], add_to_output=True)
        return messages
