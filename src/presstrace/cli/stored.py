"""`show` and `stats`: read what the store holds."""

from __future__ import annotations

import json

import click

from presstrace.cli.options import db_option, open_store
from presstrace.cli.render import render_record


@click.command("show")
@click.argument("article_id")
@db_option
@click.option("--format", "fmt", type=click.Choice(["summary", "json"]), default="summary", show_default=True)
def show_command(article_id, db, fmt):
    """Print one stored article by its id."""
    with open_store(db) as store:
        record = store.record(article_id)
    if record is None:
        raise click.ClickException(f"no article with id {article_id!r} in {db}")
    click.echo(json.dumps(record, ensure_ascii=False, indent=2) if fmt == "json" else render_record(record))


@click.command("stats")
@db_option
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def stats_command(db, fmt):
    """Counts of what the store holds."""
    with open_store(db) as store:
        counts = store.counts()
    if fmt == "json":
        click.echo(json.dumps(counts))
        return
    for table, n in counts.items():
        click.echo(f"{table:<15}{n:>10,}")


COMMANDS = [show_command, stats_command]
