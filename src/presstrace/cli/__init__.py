"""The `presstrace` command. Each concern's commands live in their own module of this package."""

from __future__ import annotations

import click

from presstrace.cli import export, pipeline, query, serve, stored


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="presstrace")
def main() -> None:
    """presstrace: who said what and who met whom in news articles, with evidence.

    Read articles (HTML, text, JSONL/CSV datasets, WARC, folders, gzip, `-` for stdin), analyze
    them, store them in SQLite and ask the store questions.
    """


for command in (*pipeline.COMMANDS, *stored.COMMANDS, *query.COMMANDS, *export.COMMANDS, *serve.COMMANDS):
    main.add_command(command)
