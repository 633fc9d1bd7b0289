"""`analyze(document) -> ArticleRecord`: the whole per-article pipeline, as one pure function.

No store access and no state beyond the cached spaCy pipeline, so the same call runs in one
process, in a pool of processes, or on Spark executors, with identical results.
"""

from __future__ import annotations

from presstrace.extract import extract
from presstrace.record import ArticleRecord, Document


def analyze(doc: Document, with_nlp: bool = True) -> ArticleRecord:
    found = extract(doc)
    record = ArticleRecord(
        id=doc.key,
        source={"path": doc.path, "url": doc.url, "origin": doc.origin},
        title=found.title,
        authors=found.authors,
        published=found.published,
        outlet=found.outlet,
        syndicated_from=found.syndicated_from,
        text=found.text,
    )
    if with_nlp:
        from presstrace.nlp.article import analyze_text

        analyze_text(record)
    return record
