"""The end of an article: where the prose stops and page furniture begins, and what that furniture
says about the outlet and the original publisher.

Shared by plain-text and HTML extraction. The cut is conservative: only lines AFTER the last line of
real prose can go, and only from the first boilerplate line among them, so a clean body without a
furniture tail comes back unchanged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from presstrace.extract import patterns

MAX_BOILERPLATE_CHARS = 400  # a furniture line is short; a longer line is prose whatever it starts with
SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
SENTENCE_INSIDE = re.compile(r"\w[.!?][\"'”’)]*\s+[\"“(]?[A-Z]")
WORD = re.compile(r"\w+")
YEAR = re.compile(r"^(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)+")
TRIM_AFTER = re.compile(
    r"(?:[.;]\s*all\s+rights\s+reserved.*|\s+all\s+rights\s+reserved.*"
    r"|,?\s+(?:and|&)\s+(?:is\s+)?(?:re)?(?:published|printed|posted|used)\b.*"
    r"|\s+(?:with|by)\s+(?:the\s+)?(?:kind\s+)?permission\b.*|\s+under\s+(?:a\s+)?(?:creative\s+commons|cc)\b.*"
    r"|,?\s+(?:on|in)\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d.*"
    r"|,?\s+(?:on\s+)?\d{1,2}/\d{1,2}/\d{2,4}.*|\s+\(?https?://.*|\.\s+.*)$",
    re.IGNORECASE,
)
URL = re.compile(r"^(?:https?://)?(?:www\.)?(?P<host>[\w.-]+\.[a-z]{2,})(?:/\S*)?$", re.IGNORECASE)
DATELINE_AGENCY = re.compile(r"^[^\n(]{0,60}\((?P<agency>[A-Za-z][A-Za-z .'-]{0,30})\)\s*[-–—]")


@dataclass
class Tail:
    body: list[str]  # the lines kept
    removed: list[str] = field(default_factory=list)  # the furniture cut off


def is_boilerplate(line: str) -> bool:
    return len(line) <= MAX_BOILERPLATE_CHARS and patterns.line_matches(patterns.boilerplate(), line) is not None


def is_prose(line: str) -> bool:
    """A sentence-like paragraph: several words ending with sentence punctuation, two sentences, or long."""
    words = len(WORD.findall(line))
    return (words >= 30 or (words >= 6 and SENTENCE_END.search(line.strip()) is not None)
            or (words >= 12 and SENTENCE_INSIDE.search(line) is not None))


def cut_tail(lines: list[str], keep_first: int = 1) -> Tail:
    """Drop the furniture after the last prose line; never touch the first `keep_first` lines.

    Walking back from the end, furniture and short non-prose lines (teaser titles, author names)
    may belong to the tail; the walk stops at the first prose line.
    """
    cut = None
    i = len(lines) - 1
    while i >= keep_first:
        line = lines[i].strip()
        if not line:
            i -= 1
            continue
        if is_boilerplate(line):
            cut = i
        elif is_prose(line):
            break
        i -= 1
    if cut is None:
        return Tail(body=lines)
    return Tail(body=lines[:cut], removed=[ln for ln in lines[cut:] if ln.strip()])


def clean_name(raw: str) -> str | None:
    """A publisher or outlet name out of the rest of a line: no year, dates, rights notice or URL path."""
    name = YEAR.sub("", raw.strip())
    url = URL.match(name)
    if url:
        return url.group("host")
    name = TRIM_AFTER.sub("", name).strip(" \t.,;:-–—|\"'“”")
    if not name or len(name) > 80 or not re.search(r"[A-Za-z]", name):
        return None
    return name


def syndicated_from(lines: list[str]) -> str | None:
    """The original publisher named by a copyright, 'originally published' or similar line."""
    for line in lines:
        found = patterns.line_matches(patterns.syndication(), line)
        if found:
            name = clean_name(found.group("source"))
            if name:
                return canonical_agency(name)
    return None


def dateline_agency(first_line: str) -> str | None:
    """`WASHINGTON (AP) — …` names the wire agency the story came from."""
    found = DATELINE_AGENCY.match(first_line.strip())
    if not found:
        return None
    return patterns.agencies().get(found.group("agency").strip().lower())


def canonical_agency(name: str) -> str:
    return patterns.agencies().get(name.lower(), name)


def outlet_from(lines: list[str], authors: list[str]) -> str | None:
    """The outlet named by a 'More from X' style line; the last one wins, author names excluded."""
    taken = {a.lower() for a in authors}
    found_name = None
    for line in lines:
        found = patterns.line_matches(patterns.outlet(), line)
        if found:
            name = clean_name(found.group("outlet"))
            if name and name.lower() not in taken:
                found_name = name
    return found_name


def same_name(a: str | None, b: str | None) -> bool:
    """Loose equality of two organisation names ('The Stream' / 'stream.org')."""
    ka, kb = _name_key(a or ""), _name_key(b or "")
    return bool(ka and kb) and (ka == kb or ka in kb or kb in ka)


def _name_key(name: str) -> str:
    name = re.sub(r"^(?:https?://)?(?:www\.)?|\.(?:com|org|net|co\.uk)$", "", name.lower())
    return re.sub(r"^the\b|\W", "", name)
