import json

from click.testing import CliRunner

from bot.cli import main


def test_seed_then_list_customers_as_text_and_json(tmp_path):
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    runner = CliRunner()
    seeded = runner.invoke(
        main, ["seed", "--customers", "3", "--months", "2", "--until", "2026-10-31",
               "--database-url", url]
    )
    assert seeded.exit_code == 0, seeded.output
    assert "Seeded 3 customers" in seeded.output
    again = runner.invoke(main, ["seed", "--if-missing", "--database-url", url])
    assert again.exit_code == 0 and "not seeding" in again.output
    refused = runner.invoke(main, ["seed", "--database-url", url])
    assert refused.exit_code == 1 and "has data" in refused.output
    listed = runner.invoke(main, ["customers", "--database-url", url])
    assert listed.output.splitlines()[0].startswith("demo-001\t")
    payload = json.loads(runner.invoke(main, ["customers", "--json", "--database-url", url]).output)
    assert [c["login"] for c in payload] == ["demo-001", "demo-002", "demo-003"]
    assert payload[0]["accounts"][0]["iban"].startswith("NL")


def test_a_bad_date_and_an_empty_store_get_clear_errors(tmp_path):
    url = f"sqlite:///{tmp_path / 'empty.db'}"
    runner = CliRunner()
    bad = runner.invoke(main, ["seed", "--until", "2026-13-01", "--database-url", url])
    assert bad.exit_code == 2 and "expected a date" in bad.output
    empty = runner.invoke(main, ["customers", "--database-url", url])
    assert empty.exit_code == 1 and "Run `bot seed` first" in empty.output
