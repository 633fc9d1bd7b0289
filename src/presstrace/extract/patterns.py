"""Word lists and line patterns of the extraction stage, loaded once from `extract/data/*.txt`.

The patterns live in data files, one documented regular expression a line, so that they can be
reviewed and extended without touching code. Every pattern is compiled case-insensitively and
matched at the start of a stripped line (see `line_matches`).
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

BULLET = re.compile(r"^[\s\-–—•·*>|»›]+")  # list bullets and arrows that prefix teaser lines


def _data_lines(name: str) -> list[str]:
    """Non-blank, non-comment lines of a data file shipped with the package."""
    text = resources.files("presstrace.extract").joinpath("data", name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def _compile(name: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in _data_lines(name))


@cache
def boilerplate() -> tuple[re.Pattern[str], ...]:
    """Tail furniture: share/follow prompts, copyright, teasers, newsletter prompts."""
    return _compile("boilerplate.txt")


@cache
def syndication() -> tuple[re.Pattern[str], ...]:
    """Lines naming the original publisher, group `source`."""
    return _compile("syndication.txt")


@cache
def outlet() -> tuple[re.Pattern[str], ...]:
    """Lines naming the publishing outlet, group `outlet`."""
    return _compile("outlet.txt")


@cache
def inline_promo() -> tuple[re.Pattern[str], ...]:
    """Promo lines extractors leave inside HTML bodies."""
    return _compile("inline_promo.txt")


@cache
def embeds() -> tuple[re.Pattern[str], ...]:
    """Media player and widget lines inside a body, from HTML or plain text."""
    return _compile("embeds.txt")


def drop_lines(lines: list[str], found: tuple[re.Pattern[str], ...]) -> list[str]:
    """The lines that match none of the patterns."""
    return [line for line in lines if line_matches(found, line) is None]


@cache
def agencies() -> dict[str, str]:
    """Agency name as written (lower-cased) -> canonical name."""
    table: dict[str, str] = {}
    for line in _data_lines("agencies.txt"):
        written, _, canonical = line.partition("=")
        table[written.strip().lower()] = canonical.strip()
    return table


def strip_bullet(line: str) -> str:
    return BULLET.sub("", line).strip()


def line_matches(patterns: tuple[re.Pattern[str], ...], line: str) -> re.Match[str] | None:
    """The first pattern matching at the start of the line (bullets removed), if any."""
    bare = strip_bullet(line)
    for pattern in patterns:
        found = pattern.match(bare)
        if found:
            return found
    return None
