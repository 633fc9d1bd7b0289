"""`export`: the store's tables and the person graph in the ecosystem's formats."""

from __future__ import annotations

import click

COMMANDS: list[click.Command] = []
