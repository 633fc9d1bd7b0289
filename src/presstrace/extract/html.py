"""HTML pages: trafilatura for the body and metadata, htmldate for the date, then our own clean-up.

Measured on the 181 pages of the article-extraction benchmark (bench/bench_extract.py):
trafilatura in precision mode beats its default mode (fewer related-link blocks), but on a few pages
it keeps almost nothing; those get a second, default-mode pass. The body then loses a leading copy
of the title, promo lines inside it and the furniture tail (extract/tail.py).
"""

from __future__ import annotations

import trafilatura

from presstrace.extract import Extracted, patterns
from presstrace.extract.header import same_title
from presstrace.extract.tail import cut_tail, dateline_agency, outlet_from, same_name, syndicated_from

SHORT_BODY_CHARS = 1000  # a precision-mode body shorter than this may have lost the article: retry
RETRY_WINS_BELOW = 0.5  # keep the default-mode body when the precision body is under half its length


def extract_html(html: str, url: str | None = None) -> Extracted:
    found = _trafilatura(html, url, favor_precision=True)
    if found is None or len(found.text) < SHORT_BODY_CHARS:
        retry = _trafilatura(html, url, favor_precision=False)
        if retry is not None and (found is None or len(found.text) < RETRY_WINS_BELOW * len(retry.text)):
            found = retry
    if found is None:
        return Extracted(text="", published=_htmldate(html, url))
    found.published = found.published or _htmldate(html, url)
    return found


def _trafilatura(html: str, url: str | None, favor_precision: bool) -> Extracted | None:
    """One trafilatura pass, post-processed; None when trafilatura finds no article."""
    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                      favor_precision=favor_precision)
    if doc is None or not doc.text:
        return None
    authors = [a.strip() for a in (doc.author or "").split(";") if a.strip()]
    lines = _drop_promos(_drop_title(doc.text.split("\n"), doc.title))
    tail = cut_tail(lines)
    body = "\n".join(tail.body).strip()
    outlet = doc.sitename or outlet_from(tail.removed, authors)
    source = syndicated_from(tail.removed) or dateline_agency(body.split("\n", 1)[0])
    if same_name(source, outlet):
        source = None  # the site's own copyright line
    return Extracted(text=body, title=doc.title, authors=authors, published=doc.date, outlet=outlet,
                     syndicated_from=source)


def _drop_title(lines: list[str], title: str | None) -> list[str]:
    """Extractors often repeat the headline as the body's first line; it is not body text."""
    if title and lines and same_title(lines[0], title):
        return lines[1:]
    return lines


def _drop_promos(lines: list[str]) -> list[str]:
    """'READ MORE: …', 'DON'T MISS', 'Advertisement' blocks inside the body."""
    return patterns.drop_lines(lines, patterns.inline_promo() + patterns.embeds())


def _htmldate(html: str, url: str | None) -> str | None:
    """Publication date when trafilatura found none (htmldate's fast mode, original date preferred)."""
    from htmldate import find_date

    try:
        return find_date(html, url=url, original_date=True, extensive_search=False)
    except (ValueError, TypeError):
        return None
