"""Extraction: a raw document (HTML page or plain text) becomes a clean body plus metadata.

`extract(doc)` is pure and fast (no spaCy); `presstrace extract` runs this stage alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from presstrace.extract.cards import strip_link_cards
from presstrace.extract.joins import space_run_together_sentences, unwrap_hard_lines
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
        found.text = unwrap_hard_lines(found.text)
    found.text = space_run_together_sentences(strip_link_cards(found.text))
    # A dataset row's own metadata beats what we infer from the body.
    found.title = doc.title or found.title
    found.authors = doc.authors or found.authors
    found.published = doc.published or found.published or url_date(doc.url)
    found.outlet = doc.outlet or found.outlet
    if not found.text.strip():
        raise ExtractionError("no article text found")
    return found


def url_date(url: str | None) -> str | None:
    """The day a URL carries ("…/2017/06/18/story.html"): many sites put the publication date there.
    htmldate reads it from the string alone; nothing is fetched."""
    if not url:
        return None
    from datetime import datetime

    from htmldate.extractors import extract_url_date
    from htmldate.utils import Extractor

    options = Extractor(False, datetime.now(), datetime(1995, 1, 1), True, "%Y-%m-%d")
    return extract_url_date(url, options)
