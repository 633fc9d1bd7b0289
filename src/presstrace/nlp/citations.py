"""Communications cited as records: "7/29/16 Email, Manafort to Kilimnik" in a report's footnotes.

Investigative reports, indictments and court filings cite each document they rely on by date, kind,
sender and recipient. Every such citation is a documented communication between two people: a contact
the document itself asserts, dated to the day, with the citation's sentence as evidence. The document
kinds are language data (data/record_citations.txt). A citation needs its date: "Email, A to B" alone is
too easily a phrase of prose.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from spacy.tokens import Doc

from presstrace.nlp import lexicon
from presstrace.nlp.people import PeopleIndex
from presstrace.record import Contact, Evidence, Ref, When

ARTICLE = Ref(name="article")
# a capitalised word, an initial or Jr./Sr.: "Kilimnik." ends the sentence, "I. Trump" and "Trump Jr." do not
NAME_WORD = r"(?:[A-Z]\.|(?:Jr|Sr)\.|[A-Z][\w'’-]*)"
NAME = rf"{NAME_WORD}(?: (?:{NAME_WORD}|de|van|von|al))*"


@lru_cache(maxsize=1)
def citation_pattern() -> re.Pattern[str]:
    kinds = sorted(lexicon.words("record_citations"), key=len, reverse=True)
    alternatives = "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in kinds)
    return re.compile(rf"\b(?P<date>\d{{1,2}}/\d{{1,2}}/(?:\d{{4}}|\d{{2}}))\s+(?P<kind>(?i:{alternatives})),\s+"
                      rf"(?P<sender>{NAME})\s+to\s+(?P<recipient>{NAME})")


def cited_communications(doc: Doc, index: PeopleIndex) -> list[Contact]:
    """One contact per dated record citation whose sender and recipient are two different people."""
    found: list[Contact] = []
    for match in citation_pattern().finditer(doc.text):
        sender, recipient = (person_named(match.group(g), index) for g in ("sender", "recipient"))
        if (sender.id or sender.name.lower()) == (recipient.id or recipient.name.lower()):
            continue  # "Email, Smith to Smith": a note to oneself, or two namesakes we cannot tell apart
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        sent = span.sent if span is not None else None
        start, end = (sent.start_char, sent.end_char) if sent is not None else match.span()
        found.append(Contact(
            id="", kind="communication", participants=[sender, recipient], polarity="asserted",
            asserted_by=ARTICLE, evidence=Evidence(text=doc.text[start:end].strip(), start=start, end=end),
            cue=match.group("kind"), when=When(text=match.group("date"), value=iso_date(match.group("date"))),
            mentions=[match.group("sender"), match.group("recipient")]))
    return found


def person_named(written: str, index: PeopleIndex) -> Ref:
    """The article's person of that name (an initial, when written, must agree), else the name as written."""
    person = index.person_named(written)
    return index.ref(person) if person is not None else Ref(name=written)


def iso_date(text: str) -> str | None:
    """"7/29/16" → "2016-07-29" (US month/day order, two-digit years in this century); None when impossible."""
    month, day, year = (int(part) for part in text.split("/"))
    try:
        return date(year + 2000 if year < 100 else year, month, day).isoformat()
    except ValueError:  # "0/13/15": a scanning error in the source
        return None
