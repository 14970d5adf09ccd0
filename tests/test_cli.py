import json

from click.testing import CliRunner

from bot.cli import main


def test_seed_then_list_customers_as_text_and_json(tmp_path):
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    runner = CliRunner()
    seeded = runner.invoke(
        main,
        [
            "seed",
            "--customers",
            "3",
            "--months",
            "2",
            "--until",
            "2026-10-31",
            "--database-url",
            url,
        ],
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


def test_bot_token_signs_for_a_known_customer_only(tmp_path, monkeypatch):
    from bot.web.tokens import verify

    secret = "cli-test-secret-" + "s" * 40
    monkeypatch.setenv("PENNY_JWT_SECRET", secret)
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    runner = CliRunner()
    runner.invoke(
        main,
        [
            "seed",
            "--customers",
            "2",
            "--months",
            "1",
            "--until",
            "2026-10-31",
            "--database-url",
            url,
        ],
    )
    issued = runner.invoke(main, ["token", "demo-002", "--language", "nl", "--database-url", url])
    assert issued.exit_code == 0, issued.output
    claims = verify(issued.stdout.strip(), secret)
    assert (claims.subject, claims.language) == ("demo-002", "nl")
    unknown = runner.invoke(main, ["token", "demo-999", "--database-url", url])
    assert unknown.exit_code == 1 and "No customer" in unknown.output


def test_bot_token_refuses_without_a_secret_outside_demo_mode(tmp_path, monkeypatch):
    monkeypatch.delenv("PENNY_JWT_SECRET", raising=False)
    monkeypatch.setenv("PENNY_DEMO_MODE", "0")
    monkeypatch.setenv("PENNY_DEV_SECRET_FILE", str(tmp_path / "no-secret-here"))
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    runner = CliRunner()
    runner.invoke(
        main,
        [
            "seed",
            "--customers",
            "1",
            "--months",
            "1",
            "--until",
            "2026-10-31",
            "--database-url",
            url,
        ],
    )
    refused = runner.invoke(main, ["token", "demo-001", "--database-url", url])
    assert refused.exit_code == 1 and "PENNY_JWT_SECRET must be set" in refused.output
