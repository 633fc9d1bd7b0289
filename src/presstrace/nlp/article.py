"""Fill the language fields of an article record from its clean text.

One spaCy parse feeds small components, each with one job:
people (who is who) → quotes (who said what) → dates → contacts (who met whom).
"""

from __future__ import annotations

from presstrace.nlp import load_pipeline
from presstrace.nlp.contacts import find_contacts
from presstrace.nlp.dates import find_dates
from presstrace.nlp.people import add_authors, find_people
from presstrace.nlp.quotes import find_quotes, find_title_quotes
from presstrace.record import ArticleRecord


def analyze_text(record: ArticleRecord) -> None:
    """People, organisations, quotes, contacts and dates of `record.text`, set on the record."""
    doc = load_pipeline()(record.text)
    index = find_people(doc)
    add_authors(index, record.authors)
    record.people = index.people
    record.organizations = index.organizations
    record.quotes = find_quotes(doc, index)
    if record.title:  # the headline is not part of the text, but it often attributes a statement
        record.quotes += find_title_quotes(load_pipeline()(record.title), index, len(record.quotes) + 1)
    # dates and contacts (nlp/dates.py, nlp/contacts.py) are filled here, after quotes:
    # contacts resolve participants through `index` and read `record.quotes` for who asserts them.
    record.dates = find_dates(doc, record.published)
    record.contacts = find_contacts(doc, index, record.quotes, record.dates, record.published)
