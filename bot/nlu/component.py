"""The Rasa graph component around bot.nlu.finder.EntityFinder."""

from __future__ import annotations

import json
import logging
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.shared.nlu.constants import ENTITIES, INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.advice.preference_text import Reading, read_preference
from bot.nlu.about_penny import about_penny_intent
from bot.nlu.courtesy import without_courtesy
from bot.nlu.finder import MultilingualFinder
from bot.nlu.money_cues import money_intent, money_shape
from bot.nlu.routing import StopScore, route
from bot.nlu.small_talk import small_talk_intent
from bot.nlu.spelling import Lexicon, Spelled, correct
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
TYPED = "penny_typed"  # the words as typed, before Speller put slips right
READ = "penny_read"  # the corrected words, while the intent model reads them without courtesies


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


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER, is_trainable=True)
class Speller(GraphComponent):
    """Before everything that reads words: slips put right from the training data's own words
    (bot.nlu.spelling). It learns which words those are when the model is trained; TypedWords,
    last, puts the words as typed back."""

    LEXICON = "lexicon.json"

    def __init__(
        self, model_storage: ModelStorage, resource: Resource, lexicon: Lexicon | None
    ) -> None:
        self._model_storage = model_storage
        self._resource = resource
        self._lexicon = lexicon

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> Speller:
        return cls(model_storage, resource, None)

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> Speller:
        try:
            with model_storage.read_from(resource) as folder:
                counts = json.loads((folder / cls.LEXICON).read_text(encoding="utf-8"))
            return cls(model_storage, resource, Lexicon(counts))
        except (ValueError, OSError) as error:
            log.error("no spelling lexicon in the model, words are read as typed: %s", error)
            return cls(model_storage, resource, None)

    def train(self, training_data: TrainingData) -> Resource:
        texts = [m.get(TEXT) for m in training_data.training_examples if m.get(TEXT)]
        self._lexicon = Lexicon.from_texts(texts)
        with self._model_storage.write_to(self._resource) as folder:
            (folder / self.LEXICON).write_text(
                json.dumps(self._lexicon.counts, ensure_ascii=False), encoding="utf-8"
            )
        return self._resource

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data  # every training word is in the lexicon: nothing to put right

    def process(self, messages: list[Message]) -> list[Message]:
        if self._lexicon is None:
            return messages
        for message in messages:
            text = message.get(TEXT) or ""
            spelled = correct(text, self._lexicon)
            if spelled.edits:
                message.set(TYPED, spelled)
                message.set(TEXT, spelled.text)
        return messages


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER, is_trainable=False)
class CourtesyTrimmer(_Stateless):
    """Before the tokenizer, in training and in use: the intent model reads a question without
    the greeting, thanks or please around it (bot.nlu.courtesy). CourtesyRestorer, after the
    model, gives the rules the whole message again."""

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        self.process(training_data.training_examples)
        return training_data

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = message.get(TEXT)
            if not text:
                continue
            trimmed = without_courtesy(text)
            if trimmed != text:
                message.set(READ, text)
                message.set(TEXT, trimmed)
        return messages


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class CourtesyRestorer(_Stateless):
    """After the intent model: the message with its courtesies, for the rules that follow."""

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            whole = message.get(READ)
            if whole:
                message.set(TEXT, whole)
        return messages


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class TypedWords(_Stateless):
    """After the word rules: the message as the customer typed it, with every entity's offsets
    moved back onto those words."""

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            spelled = message.get(TYPED)
            if not isinstance(spelled, Spelled):
                continue
            entities = [
                {
                    **e,
                    "start": spelled.typed_offset(int(e.get("start", 0))),
                    "end": spelled.typed_offset(int(e.get("end", 0))),
                }
                for e in message.get(ENTITIES, [])
            ]
            message.set(ENTITIES, entities, add_to_output=True)
            message.set(TEXT, spelled.typed)
        return messages


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
class MoneyShape(_Stateless):
    """A message with a period, a name or category and a total asked for is a money question,
    when the model heard a courtesy, a data question or nothing it knew (bot.nlu.money_cues)."""

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            guessed = (message.get(INTENT) or {}).get("name") or ""
            kinds = frozenset(str(e.get("entity")) for e in message.get(ENTITIES, []))
            found = money_shape(message.get(TEXT) or "", guessed, kinds)
            if found != guessed:
                _decide(message, found)
        return messages


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
