"""Extraction: a raw document (HTML page or plain text) becomes a clean body plus metadata.

`extract(doc)` is pure and fast (no spaCy); `presstrace extract` runs this stage alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from presstrace.extract.cards import strip_link_cards
from presstrace.record import Document


@dataclass
class Extracted:
    text: str
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    outlet: str | None = None
    syndicated_from: str | None = None


class ExtractionError(ValueError):
    """The document holds no article body."""


def extract(doc: Document) -> Extracted:
    if doc.html is not None:
        from presstrace.extract.html import extract_html

        found = extract_html(doc.html, url=doc.url)
    else:
        from presstrace.extract.text import extract_text

        # Rows with their own metadata are usually clean bodies: guess no title from their first line.
        has_metadata = bool(doc.id or doc.title or doc.authors or doc.published or doc.outlet)
        found = extract_text(doc.text or "", title=doc.title, guess_title=not has_metadata)
    found.text = strip_link_cards(found.text)
    # A dataset row's own metadata beats what we infer from the body.
    found.title = doc.title or found.title
    found.authors = doc.authors or found.authors
    found.published = doc.published or found.published
    found.outlet = doc.outlet or found.outlet
    if not found.text.strip():
        raise ExtractionError("no article text found")
    return found
