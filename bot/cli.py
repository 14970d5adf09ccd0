"""The `bot` command: seed the demo store and list its customers."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import TextIO

import click

from bot.config import load_settings
from bot.store import Store

database_option = click.option(
    "--database-url",
    envvar="PENNY_DATABASE_URL",
    default=None,
    help="SQLAlchemy URL of the store (default: PENNY_DATABASE_URL or var/penny.db).",
)


def _store(url: str | None) -> Store:
    return Store.from_url(url or load_settings().database_url)


@click.group(help="Penny's developer commands.")
def main() -> None:
    pass


@main.command()
@click.option("--seed", default=42, show_default=True, help="The same seed gives the same data.")
@click.option("--customers", default=50, show_default=True, type=click.IntRange(1, 100_000))
@click.option("--months", default=24, show_default=True, type=click.IntRange(1, 240))
@click.option("--until", default=None, help="Last booking date, YYYY-MM-DD (default: today).")
@click.option("--if-missing", is_flag=True, help="Do nothing when the store already has data.")
@database_option
def seed(
    seed: int,
    customers: int,
    months: int,
    until: str | None,
    if_missing: bool,
    database_url: str | None,
) -> None:
    """Create the tables and fill the store with deterministic demo customers."""
    from bot.seed import seed_store

    try:
        last = date.fromisoformat(until) if until else load_settings().today()
    except ValueError:
        raise click.BadParameter(f"expected a date like 2026-10-31, not {until!r}") from None
    store = _store(database_url)
    if store.is_seeded():
        if if_missing:
            click.echo("The store already has data; not seeding.")
            return
        raise click.ClickException("The store has data: use another database, or --if-missing.")
    summary = seed_store(store, seed=seed, customers=customers, months=months, until=last)
    click.echo(
        f"Seeded {summary.customers} customers, {summary.accounts} accounts and "
        f"{summary.transactions} transactions up to {last.isoformat()}."
    )


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
@database_option
def customers(as_json: bool, database_url: str | None) -> None:
    """List the customers in the store."""
    store = _store(database_url)
    if not store.is_seeded():
        raise click.ClickException("The store is empty. Run `bot seed` first.")
    rows = store.customers()
    if as_json:
        payload = [
            {
                **asdict(c),
                "birth_date": c.birth_date.isoformat(),
                "accounts": [asdict(a) for a in store.accounts(c.id)],
            }
            for c in rows
        ]
        json.dump(payload, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
        return
    for c in rows:
        click.echo(f"{c.login}\t{c.name}\tborn {c.birth_date.isoformat()}\tchildren {c.children}")


@main.command()
@click.argument("customer")
@click.option(
    "--ttl",
    default=None,
    type=click.IntRange(1, 86_400),
    help="Seconds (default: PENNY_TOKEN_TTL_SECONDS).",
)
@click.option("--language", type=click.Choice(["en", "nl"]), default=None)
@database_option
def token(customer: str, ttl: int | None, language: str | None, database_url: str | None) -> None:
    """Print a signed token for CUSTOMER (a login), for scripts and tests."""
    from bot.config import token_secret
    from bot.web.tokens import issue

    settings = load_settings()
    store = _store(database_url)
    if not store.is_seeded() or store.customer_by_login(customer) is None:
        raise click.ClickException(f"No customer with login {customer!r}.")
    try:
        secret = token_secret(settings)
    except ValueError as error:
        raise click.ClickException(str(error)) from None
    lifetime = ttl or settings.token_ttl_seconds
    if lifetime > settings.token_max_ttl_seconds:
        raise click.ClickException(
            f"A token may live at most {settings.token_max_ttl_seconds} s "
            f"(PENNY_TOKEN_MAX_TTL_SECONDS); Penny would refuse one of {lifetime} s."
        )
    click.echo(issue(customer, secret, lifetime, language))


@main.command()
@click.option("--customer", "login", default=None, help="Only this customer (login).")
@click.option("--since", default=None, help="From this date, YYYY-MM-DD (inclusive).")
@click.option("--until", default=None, help="Up to this date, YYYY-MM-DD (inclusive).")
@click.option(
    "--format", "fmt", type=click.Choice(["csv", "json"]), default="csv", show_default=True
)
@click.option(
    "--output",
    type=click.Path(dir_okay=False, writable=True),
    default=None,
    help="Write to this file instead of standard output.",
)
@click.option(
    "--log",
    type=click.Choice(["suggestions", "preferences"]),
    default="suggestions",
    show_default=True,
    help="The suggestion decisions, or the marketing-preference changes and questions.",
)
@database_option
def audit(
    log: str,
    login: str | None,
    since: str | None,
    until: str | None,
    fmt: str,
    output: str | None,
    database_url: str | None,
) -> None:
    """Export the suggestion audit log (every decision, shown or blocked, with its rule and
    evidence) or, with --log preferences, every opt-out, question, answer and opt-in."""
    from bot.audit_export import export, export_preferences

    write = export_preferences if log == "preferences" else export

    store = _store(database_url)
    customer_id = None
    if login is not None:
        customer = store.customer_by_login(login)
        if customer is None:
            raise click.ClickException(f"No customer with login {login!r}.")
        customer_id = customer.id
    start, end = _day(since, "--since"), _day(until, "--until")
    if start and end and end < start:
        raise click.BadParameter("--until is before --since")
    if output:
        with open(output, "w", encoding="utf-8", newline="") as stream:
            count = write(store, stream, fmt, customer_id, start, end)
    else:
        count = write(store, sys.stdout, fmt, customer_id, start, end)
    click.echo(f"Exported {count} {'events' if log == 'preferences' else 'decisions'}.", err=True)


SHARED_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
CORPUS_TRAINING_FILE = Path(__file__).resolve().parent.parent / "data" / "nlu" / "corpora_en.yml"


@main.command()
@click.option(
    "--shared",
    type=click.Path(path_type=Path),
    default=SHARED_DATA,
    show_default=True,
    help="Folder with clinc150_train_val.json and banking77_train.csv.",
)
@click.option(
    "--out", type=click.Path(path_type=Path), default=CORPUS_TRAINING_FILE, show_default=True
)
def corpora(shared: Path, out: Path) -> None:
    """Write the training sample of CLINC150 and BANKING77 (never their held-out parts)."""
    from bot.nlu import corpora as corpus

    try:
        clinc = corpus.load_clinc(shared / "clinc150_train_val.json")
        banking = corpus.load_banking(shared / "banking77_train.csv")
    except (OSError, ValueError, KeyError) as error:
        raise click.ClickException(f"cannot read the corpora in {shared}: {error}") from None
    from bot.nlu.overlap import training_filter

    tests = Path(__file__).resolve().parent.parent / "tests" / "nlu"
    examples = corpus.training_examples(clinc, banking, training_filter(tests))
    out.write_text(corpus.as_rasa_yaml(examples), encoding="utf-8")
    counts = ", ".join(f"{intent} {len(texts)}" for intent, texts in examples.items())
    click.echo(f"Wrote {out}: {counts}.")


@main.command()
@click.argument("source", type=click.File("r", encoding="utf-8"), default="-")
@click.option(
    "--format", "fmt", type=click.Choice(["auto", "jsonl", "csv"]), default="auto",
    show_default=True, help="auto: CSV for a .csv file, JSON lines otherwise.",
)
def classify(source: TextIO, fmt: str) -> None:
    """Classify payment lines (JSON lines on stdin, or a CSV or JSON-lines FILE) as the suggestion
    rules see them: prints one JSON object per line with the category, the special category (or
    null) and the reason. Fields: counterparty, description, mcc, country, kind, amount_cents."""
    from bot.advice.classify import classify as verdicts
    from bot.advice.classify import csv_records, json_records

    as_csv = fmt == "csv" or (fmt == "auto" and str(source.name).lower().endswith(".csv"))
    errors = 0
    for result in verdicts(csv_records(source) if as_csv else json_records(source)):
        errors += "error" in result
        click.echo(json.dumps(result, ensure_ascii=False))
    if errors:
        click.echo(f"{errors} line(s) could not be read; see their \"error\".", err=True)
        sys.exit(1)


def _day(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(
            f"expected a date like 2026-10-31, not {value!r}", param_hint=option
        ) from None


if __name__ == "__main__":
    main()
