"""The data that flows through the pipeline: input documents, source errors and the article record.

The article record's field names are a contract read by tests and scorers (see DESIGN.md):
fields may be added, never renamed.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Document:
    """One article as read from a source, before extraction. Picklable, no open handles."""

    origin: str  # where it came from, for messages: "path", "path:row 12", "path#record 3"
    text: str | None = None
    html: str | None = None
    id: str | None = None
    path: str | None = None
    url: str | None = None
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    outlet: str | None = None

    @property
    def key(self) -> str:
        """Stable identity: the input's own id, else a hash of the raw content."""
        return self.id or content_hash(self.html if self.html is not None else self.text or "")


@dataclass
class SourceError:
    """A file or row that could not be read. The batch goes on; the run's summary counts these."""

    origin: str
    reason: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"


def content_hash(text: str) -> str:
    return "sha256:" + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:24]


@dataclass
class Span:
    start: int
    end: int


@dataclass
class Evidence:
    text: str
    start: int
    end: int


@dataclass
class Role:
    title: str
    of: str | None = None
    evidence: Span | None = None


@dataclass
class Person:
    id: str
    name: str
    aliases: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)


@dataclass
class Organization:
    id: str
    name: str
    kind: str = "organization"  # organization | media | government | party | ...
    aliases: list[str] = field(default_factory=list)


@dataclass
class Ref:
    """A reference to a person of the record (or a group, or the article itself)."""

    name: str
    id: str | None = None
    is_group: bool = False


@dataclass
class Quote:
    id: str
    text: str
    start: int
    end: int
    type: str  # direct | indirect | mixed
    speaker: Ref | None = None
    cue: str | None = None
    addressee: str | None = None
    medium: str | None = None
    reported_by: str | None = None
    spans: list[list[int]] = field(default_factory=list)
    in_title: bool = False  # said in the headline: `text` is part of the record's title, `start` = `end` = 0


@dataclass
class When:
    text: str
    value: str | None


@dataclass
class Contact:
    id: str
    kind: str  # meeting | discussion | conversation | call | communication
    participants: list[Ref]
    polarity: str  # asserted | denied | hedged
    asserted_by: Ref
    evidence: Evidence
    cue: str | None = None
    when: When | None = None
    where: str | None = None
    event: str | None = None
    modality: str | None = None  # "future" | "intended" when the contact had not (yet) happened
    mentions: list[str] = field(default_factory=list)  # participants as written ("he", "the ambassador")
    more_evidence: list[Evidence] = field(default_factory=list)  # the same contact stated again


@dataclass
class DateMention:
    text: str
    value: str | None
    start: int
    end: int


@dataclass
class ArticleRecord:
    id: str
    source: dict[str, Any]
    title: str | None
    authors: list[str]
    published: str | None
    outlet: str | None
    syndicated_from: str | None
    text: str
    people: list[Person] = field(default_factory=list)
    organizations: list[Organization] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
