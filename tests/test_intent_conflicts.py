"""The intent data is consistent (issue 12): no phrasing pattern sits under two intents in the NLU
training data. Pure: reads the YAML and runs the entity finder's rules; trains nothing."""

from pathlib import Path

import pytest

from bot.nlu.conflicts import (
    Example,
    find_conflicts,
    finder_mask,
    pattern,
    read_training,
    report,
    training_files,
)

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def mask():
    return finder_mask()


@pytest.fixture(scope="module")
def training():
    return read_training(training_files(ROOT / "data"), ROOT)


def write(path: Path, blocks: dict[str, list[str]]) -> Path:
    lines = ['version: "3.1"', "nlu:"]
    for intent, texts in blocks.items():
        lines += [f"- intent: {intent}", "  examples: |", *(f"    - {t}" for t in texts)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_no_pattern_of_the_training_data_sits_under_two_intents(training, mask):
    assert {"data/nlu/en.yml", "data/nlu/nl.yml", "data/nlu/written_13_nl.yml"} <= {
        e.file for e in training
    }
    assert len(training) > 5000
    conflicts = find_conflicts(training, mask)
    assert not conflicts, (
        f"{len(conflicts)} patterns under more than one intent; move or delete examples so each "
        f"sits under the intent its answer gives:\n{report(conflicts)}"
    )


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("What did I pay at Jumbo in 2025?", "ask_spending"),
        ("wat heb ik bij Jumbo betaald in 2025", "ask_spending"),
        ("When did I last pay Vattenfall?", "ask_transactions"),
        ("How much did I spend at Jumbo in April?", "ask_spending"),
        ("hoeveel heb ik in april bij Jumbo uitgegeven", "ask_spending"),
    ],
)
def test_the_confusions_of_issue_12_are_taught_one_intent(text, intent, training, mask):
    """The reported phrasings: the training data holds their pattern, under the intent whose
    answer fits and under no other."""
    wanted = pattern(text, mask)
    assert {e.intent for e in training if pattern(e.text, mask) == wanted} == {intent}


def test_data_outside_nlu_without_intents_is_not_read(tmp_path):
    (tmp_path / "nlu").mkdir()
    write(tmp_path / "nlu" / "en.yml", {"greet": ["hi"]})
    (tmp_path / "rules.yml").write_text('version: "3.1"\nrules: []\n', encoding="utf-8")
    (tmp_path / "preference").mkdir()
    (tmp_path / "preference" / "set_01.yml").write_text(
        "stops:\n  en:\n  - no more offers\n", encoding="utf-8"
    )
    assert training_files(tmp_path) == [tmp_path / "nlu" / "en.yml"]


def test_the_check_finds_a_pattern_under_two_intents(tmp_path, mask):
    write(tmp_path / "a.yml", {"ask_spending": ["What did I pay at [Jumbo](merchant) in 2025?"]})
    write(
        tmp_path / "b.yml",
        {
            "ask_transactions": ["what did i pay at Lidl in 2024", "show my last 5 payments"],
            "ask_spending": ["how much did I spend on groceries"],
        },
    )
    examples = read_training(sorted(tmp_path.glob("*.yml")), tmp_path)
    conflicts = find_conflicts(examples, mask)
    assert len(conflicts) == 1
    found = conflicts[0]
    assert found.pattern == "what did i pay at <merchant> in <period>"
    assert found.intents == ("ask_spending", "ask_transactions")
    assert found.files == ("a.yml", "b.yml")
    assert {e.text for e in found.examples} == {
        "What did I pay at [Jumbo](merchant) in 2025?",
        "what did i pay at Lidl in 2024",
    }
    assert "ask_transactions   'what did i pay at Lidl in 2024'  (b.yml)" in report(conflicts)


def test_clean_data_passes(tmp_path, mask):
    write(
        tmp_path / "en.yml",
        {
            "ask_spending": ["what did I pay at Jumbo in 2025", "how much did I spend at Lidl"],
            "ask_transactions": ["when did I last pay Vattenfall", "show my last 5 payments"],
            "compare_spending": ["how much did I spend at Lidl compared to last month"],
        },
    )
    # The same pattern twice under one intent is repetition, not a conflict.
    write(tmp_path / "nl.yml", {"ask_spending": ["what did I pay at the Lidl in 2024?"]})
    assert find_conflicts(read_training(sorted(tmp_path.glob("*.yml")), tmp_path), mask) == []


def test_the_same_words_in_another_order_conflict_unless_word_order_is_asked(mask):
    examples = [
        Example("ask_spending", "how much at Jumbo in April", "a.yml"),
        Example("compare_spending", "how much in April at Jumbo", "a.yml"),
    ]
    assert [c.intents for c in find_conflicts(examples, mask)] == [
        ("ask_spending", "compare_spending")
    ]
    assert find_conflicts(examples, mask, word_order=True) == []


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # Entities annotated or plain, numbers, case, punctuation and articles do not matter.
        ("how much at [Jumbo](merchant) [last month](period)?", "How much at Lidl last month"),
        ("show my last 5 payments", "Show my last 10 payments!"),
        ("wat heb ik bij de Jumbo betaald", "wat heb ik bij Lidl betaald"),
        (
            'hoeveel [boodschappen]{"entity": "category", "value": "groceries"} in maart',
            "hoeveel huur in mei",
        ),
    ],
)
def test_one_pattern(one, other, mask):
    assert pattern(one, mask) == pattern(other, mask)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # The categories that name an intent stay apart from the rest: income is no spending.
        ("total income this year", "total groceries this year"),
        ("how much on subscriptions this year", "how much on groceries this year"),
        # The words that tell the intents apart stay.
        ("how much did I spend at Lidl", "how much more did I spend at Lidl"),
        ("when did I last pay Vattenfall", "how much did I pay Vattenfall"),
    ],
)
def test_two_patterns(one, other, mask):
    assert pattern(one, mask) != pattern(other, mask)


def test_without_the_finder_only_annotations_and_numbers_are_masked():
    assert pattern("What did I pay at [Jumbo](merchant) in 2025?") == (
        "what did i pay at <merchant> in <number>"
    )
