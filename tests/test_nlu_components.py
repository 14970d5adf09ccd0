"""The Rasa components around the pure readers: what the model reads, what the rules read,
and what leaves the pipeline (the words as typed, with the entities on them)."""

from rasa.shared.nlu.constants import ENTITIES, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.nlu.component import CourtesyRestorer, CourtesyTrimmer, Speller, TypedWords
from bot.nlu.spelling import Lexicon


def _speller(lexicon: Lexicon | None) -> Speller:
    return Speller(None, None, lexicon)  # type: ignore[arg-type]  # storage unused in process


def test_a_slip_is_put_right_for_the_readers_and_the_words_as_typed_leave_the_pipeline():
    lexicon = Lexicon.from_texts(["show my largest payments"] * 3)
    message = Message({TEXT: "my 5 largst payments in May"})
    _speller(lexicon).process([message])
    assert message.get(TEXT) == "my 5 largest payments in May"
    may = message.get(TEXT).index("May")
    message.set(ENTITIES, [{"entity": "period", "value": "May", "start": may, "end": may + 3}])
    TypedWords().process([message])
    typed = message.get(TEXT)
    assert typed == "my 5 largst payments in May"
    entity = message.get(ENTITIES)[0]
    assert typed[entity["start"] : entity["end"]] == "May"


def test_without_a_lexicon_the_words_are_read_as_typed():
    message = Message({TEXT: "my 5 largst payments"})
    _speller(None).process([message])
    TypedWords().process([message])
    assert message.get(TEXT) == "my 5 largst payments"


def test_the_model_reads_the_question_without_its_courtesies_in_training_and_in_use():
    example = Message({TEXT: "Hi! Quick question: what did I spend on groceries?"})
    CourtesyTrimmer().process_training_data(TrainingData([example]))
    assert example.get(TEXT) == "what did I spend on groceries?"
    message = Message({TEXT: "what is my balance please, thanks"})
    CourtesyTrimmer().process([message])
    assert message.get(TEXT) == "what is my balance"
    CourtesyRestorer().process([message])
    assert message.get(TEXT) == "what is my balance please, thanks"
