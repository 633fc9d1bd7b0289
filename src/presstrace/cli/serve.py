"""`serve`: the web interface and JSON API over a store."""

from __future__ import annotations

from pathlib import Path

import click

from presstrace.cli.options import db_option


@click.command("serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind.")
@click.option("--port", default=8000, show_default=True, type=int)
@click.option("--token", envvar="PRESSTRACE_TOKEN", default=None,
              help="Require this bearer token (Authorization: Bearer TOKEN). Needed to bind a non-loopback address.")
def serve_command(db, host, port, token):
    """Browse the store in a web browser; the same answers as JSON under /api (schema at /openapi.json)."""
    import uvicorn

    from presstrace.web.app import create_app
    from presstrace.web.security import is_loopback

    if not is_loopback(host) and not token:
        raise click.ClickException(f"refusing to bind {host} without --token: the store would be open to the network")
    if not Path(db).exists():
        raise click.ClickException(f"{db}: no such database; create it with `presstrace ingest ... --db {db}`")
    click.echo(f"presstrace: serving {db} at http://{host}:{port}/ (Ctrl-C to stop)", err=True)
    uvicorn.run(create_app(db, token=token), host=host, port=port, log_level="warning")


COMMANDS = [serve_command]
