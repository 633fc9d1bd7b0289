"""Plain-text articles: header lines and trailing boilerplate cut off, metadata read from them.

Two kinds of input come here: scraped text files (title, byline and a furniture tail around the body)
and dataset rows whose `text` is usually a clean body already. The cleaner must be a no-op on the
latter, so every rule only removes lines that are clearly not prose, at the top or the bottom.
"""

from __future__ import annotations

import re

from presstrace.extract import Extracted, patterns
from presstrace.extract.header import read_header
from presstrace.extract.tail import cut_tail, dateline_agency, outlet_from, same_name, syndicated_from

PARAGRAPH_BREAK = re.compile(r"\n")
# a backslash escaping markdown punctuation ("\[REDACTED\]", "Gen \[F\]lynn") in text converted from markdown
MARKDOWN_ESCAPE = re.compile(r"\\([\[\]*_#`])")


def extract_text(text: str, title: str | None = None, guess_title: bool = True) -> Extracted:
    """Clean body and metadata of a plain-text article.

    `title` is the title that came with a dataset row: the first line is taken as the title only when
    it equals it. `guess_title` allows guessing a title from the first line when none was given.
    """
    lines = PARAGRAPH_BREAK.split(text.replace("\r\n", "\n").replace("\r", "\n"))
    start = _first_nonblank(lines)
    leading = [ln for ln in lines[start:start + 8] if ln.strip()]
    header = read_header(leading, title, guess_title)
    body_start = _line_index_after(lines, start, header.lines_used)
    tail = cut_tail(patterns.drop_lines(lines[body_start:], patterns.embeds()))
    body = MARKDOWN_ESCAPE.sub(r"\1", _join(tail.body))
    source = (syndicated_from(tail.removed) or header.syndicated_from
              or dateline_agency(body.split("\n", 1)[0]))
    outlet = outlet_from(tail.removed, header.authors)
    if same_name(source, outlet):
        source = None  # "© 2019 The Stream" on The Stream's own page is no syndication
    return Extracted(text=body, title=header.title, authors=header.authors, published=header.published,
                     outlet=outlet, syndicated_from=source)


def _first_nonblank(lines: list[str]) -> int:
    return next((i for i, ln in enumerate(lines) if ln.strip()), len(lines))


def _line_index_after(lines: list[str], start: int, nonblank_count: int) -> int:
    """Index just after the `nonblank_count`-th non-blank line from `start`."""
    seen = 0
    for i in range(start, len(lines)):
        if seen == nonblank_count:
            return i
        if lines[i].strip():
            seen += 1
    return len(lines) if seen == nonblank_count else start


def _join(lines: list[str]) -> str:
    """The kept lines, as written (paragraph breaks preserved), without surrounding blank lines."""
    return "\n".join(lines).strip()
