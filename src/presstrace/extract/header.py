"""The top of a plain-text article: a title line, a byline, a date line.

`By Jonah Bennett Published on March 12, 2017` gives authors and an ISO date. Header detection only
looks at the first few short lines and never at a line that reads like prose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from presstrace.extract.patterns import agencies
from presstrace.extract.tail import canonical_agency

MAX_HEADER_LINES = 4  # title + byline + date + one spare (e.g. a kicker)
MAX_TITLE_CHARS = 200
MAX_TITLE_WORDS = 30
MONTHS = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
DATE_TEXT = re.compile(
    rf"\b(?:{MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}\s+{MONTHS}\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{4})\b",
    re.IGNORECASE,
)
DATE_WORDS = re.compile(r"^(?:published|posted|updated|last\s+updated|date|dated|on)\b[\s:]*(?:on\b\s*)?",
                        re.IGNORECASE)
# A name: capitalised words and initials, with lower-case particles; stops before a month or a
# publication verb so that "By Jane Roe Published on May 2, 2019" splits cleanly.
NAME_WORD = rf"(?!(?i:{MONTHS}|published|posted|updated|on)\b)[A-Z][\w.'’-]*"
PARTICLE = r"(?:(?:de|da|del|della|der|den|van|von|bin|al|la|le|du|dos|st\.)\s+)"
NAME = rf"{NAME_WORD}(?:\s+{PARTICLE}?{NAME_WORD}){{0,4}}"
SEPARATOR = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)"
BYLINE = re.compile(rf"^(?i:by)\s*:?\s+(?P<names>{NAME}(?:{SEPARATOR}{NAME})*)\s*[,|•·–—-]?\s*(?P<rest>.*)$")
MAX_BYLINE_TAIL_WORDS = 5  # "By Jane Roe, Staff Writer": a short role may follow the names


@dataclass
class Header:
    lines_used: int = 0  # how many leading lines (of the non-blank lines) belong to the header
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    syndicated_from: str | None = None


def parse_byline(line: str) -> tuple[list[str], str | None, str | None] | None:
    """(authors, ISO date or None, agency or None) of a byline, or None when the line is no byline."""
    found = BYLINE.match(line.strip())
    if not found:
        return None
    names = [n.strip() for n in re.split(SEPARATOR, found.group("names")) if n and n.strip()]
    rest = found.group("rest").strip()
    agency = canonical_agency(rest) if rest.lower() in agencies() else None
    if names and names[-1].lower() in agencies():  # "By Jane Roe and The Associated Press"
        agency = canonical_agency(names.pop())
    date = parse_date(rest) if rest else None
    if rest and not (date or agency or _is_role(rest)):
        return None  # "By Tuesday, the committee had voted." is a sentence, not a byline
    return names, date, agency


def _is_role(rest: str) -> bool:
    return len(rest.split()) <= MAX_BYLINE_TAIL_WORDS and not re.search(r"[.!?]$", rest)


def parse_date(text: str) -> str | None:
    """ISO date (YYYY-MM-DD) of a header date phrase, via dateparser; None when there is no date."""
    phrase = DATE_WORDS.sub("", text.strip())
    found = DATE_TEXT.search(phrase)
    if not found:
        return None
    import dateparser  # imported here: it is slow to load and only needed for headers

    parsed = dateparser.parse(found.group(0), languages=["en"],
                              settings={"PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["year", "month"]})
    return parsed.date().isoformat() if parsed else None


def is_date_line(line: str) -> bool:
    """A short line that is only a date, possibly after 'Published' / 'Updated'."""
    rest = DATE_WORDS.sub("", line.strip())
    found = DATE_TEXT.search(rest)
    return len(line) <= 80 and found is not None and len(rest) - len(found.group(0)) <= 25


def looks_like_title(line: str) -> bool:
    """Short, not a sentence (no full stop or colon at the end), not a byline."""
    text = line.strip()
    return (0 < len(text) <= MAX_TITLE_CHARS and len(text.split()) <= MAX_TITLE_WORDS
            and not re.search(r"[.,;:]$", text) and parse_byline(text) is None and not is_date_line(text))


def same_title(line: str, title: str) -> bool:
    def fold(s: str) -> str:
        return re.sub(r"\W+", " ", s.lower()).strip()
    return fold(line) == fold(title)


def read_header(lines: list[str], given_title: str | None, guess_title: bool) -> Header:
    """Parse the leading non-blank `lines`.

    The first line is a title when it equals the given title, or, when `guess_title` is set (no
    metadata came with the text), when it looks like a title and is followed by more text.
    """
    header = Header()
    if not lines:
        return header
    first = lines[0]
    if given_title and same_title(first, given_title):
        header.title, header.lines_used = given_title, 1
    elif not given_title and guess_title and len(lines) > 1 and looks_like_title(first):
        header.title, header.lines_used = first.strip(), 1
    for line in lines[header.lines_used:MAX_HEADER_LINES]:
        if not _read_meta_line(line, header):
            break
        header.lines_used += 1
    return header


def _read_meta_line(line: str, header: Header) -> bool:
    """Fill the header from a byline or date line; False when the line is neither (the body starts)."""
    byline = parse_byline(line) if len(line) <= 200 else None
    if byline:
        authors, date, agency = byline
        header.authors = header.authors or authors
        header.published = header.published or date
        header.syndicated_from = header.syndicated_from or agency
        return True
    if is_date_line(line):
        header.published = header.published or parse_date(line)
        return True
    return False
