"""`bot classify` (bot.advice.classify): payment lines in, the verdict the suggestion rules use
out, and every unreadable line reported with its number instead of dropped."""

import io
import json

import pytest
from click.testing import CliRunner

from bot.advice.classify import LineError, classify, csv_records, json_records, parse, verdict
from bot.cli import main


def test_a_verdict_names_the_category_the_special_category_and_the_reason():
    found = verdict(parse({"counterparty": "Hilton Makkah", "country": "sa", "kind": "card",
                           "mcc": 7011, "amount_cents": 21000}))
    assert found == {
        "category": "travel",
        "special_category": "religion",
        "reason": "pilgrimage_places.txt: 'makkah' (SA) in the counterparty",
    }
    plain = verdict(parse({"counterparty": "Albert Heijn", "mcc": "5411", "kind": "card"}))
    assert plain["special_category"] is None and plain["category"] == "groceries"


@pytest.mark.parametrize(
    "record, message",
    [
        ({"description": "x"}, "counterparty is missing"),
        ({"counterparty": "X", "mcc": "abc"}, "mcc must be a whole number"),
        ({"counterparty": "X", "mcc": 123456}, "four-digit"),
        ({"counterparty": "X", "country": "Netherlands"}, "two-letter"),
        ({"counterparty": "X", "kind": "cheque"}, "kind must be one of"),
        ({"counterparty": "X", "amount_cents": 12.5}, "amount_cents must be a whole number"),
        ({"counterparty": "X", "amount_cents": True}, "amount_cents must be a whole number"),
    ],
)
def test_a_bad_field_is_refused_with_what_is_wrong(record, message):
    with pytest.raises(LineError, match=message):
        parse(record)


def test_every_line_gets_an_answer_in_order_even_the_unreadable_ones():
    stream = io.StringIO(
        '{"counterparty": "FNV", "description": "contributie"}\n'
        "\n"
        "not json\n"
        "[1, 2]\n"
        '{"counterparty": "Kruidvat", "mcc": 5912, "kind": "card", "description": "shampoo"}\n'
    )
    results = list(classify(json_records(stream)))
    assert [r["line"] for r in results] == [1, 3, 4, 5]
    assert results[0]["special_category"] == "union"
    assert results[1]["error"].startswith("not JSON")
    assert results[2]["error"] == "each line must be a JSON object"
    assert results[3]["special_category"] is None


def test_a_csv_file_is_read_by_its_header_and_refused_without_a_counterparty_column():
    good = io.StringIO("counterparty,description,mcc\nGGD,vaccinatie,\n")
    [row] = list(classify(csv_records(good)))
    assert (row["line"], row["special_category"]) == (2, "health")
    [bad] = list(classify(csv_records(io.StringIO("name,amount\nGGD,100\n"))))
    assert "no counterparty column" in bad["error"]


def test_the_command_reads_stdin_and_files_and_fails_when_a_line_was_unreadable(tmp_path):
    runner = CliRunner()
    ok = runner.invoke(main, ["classify"], input='{"counterparty": "Radboudumc"}\n')
    assert ok.exit_code == 0, ok.stderr
    assert json.loads(ok.stdout)["special_category"] == "health"
    path = tmp_path / "lines.csv"
    path.write_text("counterparty,kind\nActie Kerkbalans,transfer\n,card\n", encoding="utf-8")
    mixed = runner.invoke(main, ["classify", str(path)])
    rows = [json.loads(line) for line in mixed.stdout.splitlines()]
    assert rows[0]["special_category"] == "religion" and "error" in rows[1]
    assert mixed.exit_code == 1 and "1 line(s) could not be read" in mixed.stderr
    missing = runner.invoke(main, ["classify", str(tmp_path / "nope.jsonl")])
    assert missing.exit_code == 2 and "nope.jsonl" in missing.stderr
