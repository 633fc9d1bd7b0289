"""`export`: the store's tables and the person graph in the ecosystem's formats."""

from __future__ import annotations

import click

from presstrace.cli.options import db_option, open_store
from presstrace.export import FORMATS, TABLE_FORMATS, export


@click.command("export")
@db_option
@click.option("--format", "fmt", type=click.Choice(FORMATS), required=True,
              help="jsonl/csv/parquet: every table and ledger view, one file each, into the --out folder; "
                   "gexf/graphml/html: the person graph with evidence on edges; ftm: FollowTheMoney entities "
                   "(JSON Lines); datasette: metadata.json for `datasette DB -m metadata.json`.")
@click.option("--out", "out", required=True, type=click.Path(),
              help="A folder for jsonl/csv/parquet, else a file.")
def export_command(db, fmt, out):
    """Export a resolved store (run `presstrace resolve` first)."""
    with open_store(db) as store:
        if fmt not in TABLE_FORMATS and store.db.execute("SELECT 1 FROM resolved LIMIT 1").fetchone() is None:
            raise click.ClickException(f"{db}: nothing resolved yet; run `presstrace resolve --db {db}` first")
        files = export(store.db, fmt, out)
    click.echo(f"export: {len(files)} file{'s' if len(files) != 1 else ''} written to {out}", err=True)


COMMANDS = [export_command]
