"""The public corpora: mapped to Penny's intents, and split so nothing evaluated is trained on."""

from pathlib import Path

import pytest

from bot.nlu import corpora
from bot.nlu.overlap import read_examples, training_filter

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
needs_corpora = pytest.mark.skipif(
    not (SHARED / "clinc150_train_val.json").exists(), reason="../shared/data is not here"
)


def test_clinc_intents_penny_answers_are_never_out_of_scope():
    assert corpora.clinc_intent("balance") == "ask_balance"
    assert corpora.clinc_intent("report_lost_card") == "block_card"
    assert corpora.clinc_intent("pin_change") == "human_handoff"
    assert corpora.clinc_intent("weather") == "out_of_scope"
    assert corpora.clinc_intent("oos") == "out_of_scope"
    assert corpora.clinc_intent("bill_due") is None
    # "i have misplaced my phone" is BANKING77's lost phone, which blocks the card (issue 12)
    assert corpora.clinc_intent("find_phone") is None


def test_banking_lost_and_stolen_intents_block_the_card():
    assert corpora.banking_intent("lost_or_stolen_phone") == "block_card"
    assert corpora.banking_intent("top_up_failed") == "human_handoff"


def test_the_held_out_part_of_banking77_is_fixed_and_about_thirty_percent():
    texts = [f"message number {i}" for i in range(2000)]
    held = [t for t in texts if corpora.banking_heldout(t)]
    assert 0.25 < len(held) / len(texts) < 0.35
    assert held == [t for t in texts if corpora.banking_heldout(t)]
    assert corpora.banking_heldout("My CARD is lost") == corpora.banking_heldout("my card  is lost")


def test_sampling_is_deterministic_and_capped_per_intent():
    rows = [(f"text {i}", "a" if i % 2 else "b") for i in range(50)]
    once = corpora.sample(rows, 3, "salt")
    assert once == corpora.sample(list(reversed(rows)), 3, "salt")
    assert sorted(intent for _, intent in once) == ["a"] * 3 + ["b"] * 3


def test_training_never_takes_a_held_out_banking_row_or_clinc_validation_row():
    clinc = {
        "train": [("what is the weather", "weather"), ("hello there", "greeting")],
        "val": [("is it sunny", "weather")],
        "oos_train": [("how old is the moon", "oos")],
        "oos_val": [("who painted this", "oos")],
    }
    banking = [(f"my card was stolen {i}", "lost_or_stolen_card") for i in range(40)]
    examples = corpora.training_examples(clinc, banking)
    trained = {text for texts in examples.values() for text in texts}
    assert "is it sunny" not in trained and "who painted this" not in trained
    assert "hello there" not in trained  # Penny's own intents come from Penny's own data
    from_banking = trained & {text for text, _ in banking}
    assert from_banking and not any(corpora.banking_heldout(text) for text in from_banking)
    sets = corpora.evaluation_sets(clinc, banking)
    assert {t for t, _ in sets["clinc_val_out_of_scope"]} == {"is it sunny", "who painted this"}
    assert all(corpora.banking_heldout(t) for t, _ in sets["banking_heldout"])


def test_rasa_yaml_leaves_out_texts_rasa_would_read_as_markup():
    text = corpora.as_rasa_yaml({"out_of_scope": ["tell me a joke", "what is [x](y)"]})
    assert "    - tell me a joke" in text and "[x]" not in text
    assert "CC BY" in text


@needs_corpora
def test_the_committed_training_sample_is_what_bot_corpora_writes(tmp_path):
    clinc = corpora.load_clinc(SHARED / "clinc150_train_val.json")
    banking = corpora.load_banking(SHARED / "banking77_train.csv")
    out = tmp_path / "corpora_en.yml"
    tests = Path(__file__).resolve().parent / "nlu"
    examples = corpora.training_examples(clinc, banking, training_filter(tests))
    out.write_text(corpora.as_rasa_yaml(examples))
    committed = Path(__file__).resolve().parent.parent / "data" / "nlu" / "corpora_en.yml"
    assert read_examples(out) == read_examples(committed)
