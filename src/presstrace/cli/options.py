"""Options shared by several commands."""

from __future__ import annotations

import click

from presstrace.engines.local import default_workers
from presstrace.store import Store, StoreError

db_option = click.option("--db", "db", required=True, type=click.Path(dir_okay=False),
                         help="SQLite store file.")
workers_option = click.option("--workers", "-j", type=int, default=None,
                              help=f"Worker processes (default: all cores, {default_workers()} here).")
quiet_option = click.option("--quiet", "-q", is_flag=True, help="No progress output.")
max_mb_option = click.option("--max-mb", type=int, default=10, show_default=True,
                             help="Refuse any single page or row larger than this many megabytes.")


def open_store(db: str, write: bool = False) -> Store:
    """The store at `db`, or the command ends with the store's own clear error."""
    try:
        return Store(db, readonly=not write)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc
