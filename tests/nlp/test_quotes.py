"""Direct, indirect and mixed quotations, their speakers and their sourcing chain.

Every sentence here is written for the tests."""

from __future__ import annotations

import pytest

from presstrace.nlp import load_pipeline
from presstrace.nlp.people import find_people
from presstrace.nlp.quotes import find_quotes, quote_segments


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def quotes(nlp, text: str):
    doc = nlp(text)
    return find_quotes(doc, find_people(doc))


def one(found, fragment: str):
    hits = [q for q in found if fragment in q.text]
    assert hits, [q.text for q in found]
    return hits[0]


@pytest.mark.parametrize("text", [
    '"The bridge will open in June," Mayor Ingrid Solberg said.',
    "“The bridge will open in June,” Mayor Ingrid Solberg said.",
    "«The bridge will open in June», Mayor Ingrid Solberg said.",
    "''The bridge will open in June,'' Mayor Ingrid Solberg said.",
])
def test_direct_quote_in_any_quote_style(nlp, text):
    q = one(quotes(nlp, text), "bridge will open")
    assert q.type == "direct"
    assert q.speaker.name == "Ingrid Solberg"
    assert q.cue == "said"


def test_nested_single_quotes_stay_inside(nlp):
    q = one(quotes(nlp, "“They called it ‘a disaster’ before the vote,” Tomas Reyes said."), "disaster")
    assert q.speaker.name == "Tomas Reyes" and q.type == "direct"


def test_indirect_said_that(nlp):
    q = one(quotes(nlp, "Laura Finch said that the company would appeal the ruling."), "appeal")
    assert (q.type, q.speaker.name, q.cue) == ("indirect", "Laura Finch", "said")
    assert q.text.startswith("the company")


def test_according_to(nlp):
    q = one(quotes(nlp, "According to Victor Hale, the shipment never left the port."), "shipment")
    assert (q.type, q.speaker.name, q.cue) == ("indirect", "Victor Hale", "according to")


def test_speech_verb_through_a_control_verb(nlp):
    found = quotes(nlp, "Rosa Delgado took pains to state that the audit was routine.")
    assert one(found, "audit").speaker.name == "Rosa Delgado"


def test_mixed_quote(nlp):
    q = one(quotes(nlp, "Simon Achterberg said the proposal was “dead on arrival” in the Senate."), "proposal")
    assert q.type == "mixed"
    assert q.speaker.name == "Simon Achterberg"


def test_split_quote_is_one_quote_with_two_spans(nlp):
    text = "“We are ready,” Nora Lindahl said, “and we will not wait for the council.”"
    q = one(quotes(nlp, text), "ready")
    assert len(q.spans) == 2 and "council" in q.text
    assert q.speaker.name == "Nora Lindahl"


def test_pronoun_speaker_resolves_to_a_name(nlp):
    text = "Gregor Mills arrived in the afternoon.\n\n“The numbers do not lie,” he added."
    q = one(quotes(nlp, text), "numbers")
    assert q.speaker.name == "Gregor Mills"


def test_quote_run_keeps_the_speaker(nlp):
    text = "“Prices went up,” Hanna Kode said. “Wages did not follow them at all.”"
    q = one(quotes(nlp, text), "Prices")
    assert "Wages" in q.text and q.speaker.name == "Hanna Kode"


def test_colon_attribution(nlp):
    text = "Ellen Park put it plainly: “Nobody in this room believed the forecast.”"
    q = one(quotes(nlp, text), "forecast")
    assert q.speaker.name == "Ellen Park"


def test_scare_quotes_and_titles_are_not_statements(nlp):
    found = quotes(nlp, "The so-called “reform” passed after critics read the book “Silent Rivers” aloud.")
    assert found == []


def test_addressee_medium_and_reported_by(nlp):
    text = ("Ivan Sorokin told NBC host Julia Brandt that the treaty was “a dead letter,” The Hill reports.")
    q = one(quotes(nlp, text), "treaty")
    assert q.speaker.name == "Ivan Sorokin"
    assert q.addressee == "Julia Brandt"
    assert q.medium == "NBC"
    assert q.reported_by == "The Hill"


def test_medium_from_told_outlet(nlp):
    q = one(quotes(nlp, "“It was an ordinary meeting,” Paul Serra told USA Today."), "ordinary")
    assert q.medium == "USA Today" and q.speaker.name == "Paul Serra"


def test_unknown_speaker_is_null_never_a_pronoun(nlp):
    found = quotes(nlp, "“We will keep fighting,” they said.")
    assert all(q.speaker is None or q.speaker.name.lower() not in {"they", "he", "she"} for q in found)


def test_multi_paragraph_quote_segments():
    text = "“First paragraph of the statement.\n\n“Second paragraph, closing it.”"
    segs = quote_segments(text)
    assert len(segs) == 2 and segs[0].open_end and not segs[1].open_end
