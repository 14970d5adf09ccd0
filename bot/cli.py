"""The `bot` command: seed the demo store and list its customers."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from datetime import date
from typing import Optional

import typer

from bot.config import load_settings
from bot.store import Store

app = typer.Typer(help="Penny's developer commands.", no_args_is_help=True, add_completion=False)

DatabaseOption = typer.Option(
    None, "--database-url", envvar="PENNY_DATABASE_URL", help="SQLAlchemy URL of the store."
)


def _store(url: Optional[str]) -> Store:
    return Store.from_url(url or load_settings().database_url)


@app.command()
def seed(
    seed: int = typer.Option(42, help="Random seed: the same seed gives the same data."),
    customers: int = typer.Option(50, min=1, max=100_000, help="How many demo customers."),
    months: int = typer.Option(24, min=1, max=240, help="Months of history per customer."),
    until: Optional[str] = typer.Option(None, help="Last booking date, YYYY-MM-DD (default today)."),
    if_missing: bool = typer.Option(False, help="Do nothing when the store already has data."),
    database_url: Optional[str] = DatabaseOption,
) -> None:
    """Create the tables and fill the store with deterministic demo customers."""
    from bot.seed import seed_store

    store = _store(database_url)
    if store.is_seeded():
        if if_missing:
            typer.echo("The store already has data; not seeding.")
            return
        typer.echo("The store already has data. Use a new database, or --if-missing.", err=True)
        raise typer.Exit(1)
    try:
        last = date.fromisoformat(until) if until else load_settings().today()
    except ValueError:
        typer.echo(f"--until must be a date like 2026-10-31, not {until!r}.", err=True)
        raise typer.Exit(2) from None
    summary = seed_store(store, seed=seed, customers=customers, months=months, until=last)
    typer.echo(
        f"Seeded {summary.customers} customers, {summary.accounts} accounts and "
        f"{summary.transactions} transactions up to {last.isoformat()}."
    )


@app.command()
def customers(
    as_json: bool = typer.Option(False, "--json", help="Print JSON for scripts."),
    database_url: Optional[str] = DatabaseOption,
) -> None:
    """List the customers in the store (login, name, age details)."""
    store = _store(database_url)
    if not store.is_seeded():
        typer.echo("The store is empty. Run `bot seed` first.", err=True)
        raise typer.Exit(1)
    rows = store.customers()
    if as_json:
        payload = [
            {**asdict(c), "birth_date": c.birth_date.isoformat(), "accounts": [
                asdict(a) for a in store.accounts(c.id)
            ]}
            for c in rows
        ]
        json.dump(payload, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
        return
    for c in rows:
        typer.echo(f"{c.login}\t{c.name}\tborn {c.birth_date.isoformat()}\tchildren {c.children}")


if __name__ == "__main__":
    app()
