"""HTML pages: trafilatura for the body and metadata, htmldate for the date."""

from __future__ import annotations

import trafilatura

from presstrace.extract import Extracted


def extract_html(html: str, url: str | None = None) -> Extracted:
    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    if doc is None:
        return Extracted(text="")
    authors = [a.strip() for a in (doc.author or "").split(";") if a.strip()]
    return Extracted(
        text=doc.text or "",
        title=doc.title,
        authors=authors,
        published=doc.date,
        outlet=doc.sitename,
    )
