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


def test_bare_passive_asked_has_no_speaker(nlp):
    found = quotes(nlp, "Asked whether he would run again, Walter Brandt said he had not decided.")
    assert one(found, "run again").speaker is None
    assert one(found, "not decided").speaker.name == "Walter Brandt"


def test_coordinated_subject_speaks_as_a_group(nlp):
    text = "Walter Ng and Lisa Brand met on Monday. Ng and Brand said the plan was too costly."
    q = one(quotes(nlp, text), "too costly")
    assert q.speaker.name == "Walter Ng and Lisa Brand" and q.speaker.is_group


def test_quantified_group_speaker(nlp):
    q = one(quotes(nlp, "Some of the mayor's longtime allies said they had come to accept the plan."), "accept")
    assert q.speaker.name == "Some of the mayor's longtime allies"
    q = one(quotes(nlp, "“I'm voting for him,” one said."), "voting")
    assert q.speaker is None  # "one" alone only points back


def test_object_control_speaker(nlp):
    q = one(quotes(nlp, "The senator forced Karl Stumpe to admit that the fees were illegal."), "fees")
    assert q.speaker.name == "Karl Stumpe"


def test_gerund_object_content_and_joined_cue(nlp):
    q = one(quotes(nlp, "Berlin has accused Moscow of hacking computers at federal agencies."), "hacking")
    assert q.text.startswith("Moscow of hacking")
    found = quotes(nlp, "Chief Karl Dunne said the report was wrong, and accused the mayor of lying.")
    assert one(found, "report was wrong").text == "the report was wrong"
    assert one(found, "lying").speaker.name == "Karl Dunne"


def test_naming_participle_is_not_a_cue(nlp):
    assert quotes(nlp, "The bill bans a practice called therapeutic cloning.") == []


def test_outlet_parenthetical_reports_a_fact(nlp):
    text = ("Russian envoy Pavel Orlov met with Tom Keller, a campaign adviser, in Omaha on Monday, "
            "the Evening Ledger reports.")
    doc = nlp(text)
    index = find_people(doc)
    assert find_quotes(doc, index) == []
    assert "Evening Ledger" not in [p.name for p in index.people]
    org = index.organization_named("Evening Ledger")
    assert org is not None and org.kind == "media"


def test_pronoun_prefers_the_main_subject_of_its_sentence(nlp):
    text = ("Chief Karl Dunne told reporters that the video did not show Omar Lyle's hands, "
            "but he said witnesses saw a gun.")
    assert one(quotes(nlp, text), "witnesses").speaker.name == "Karl Dunne"


def test_according_to_aside_takes_both_sides(nlp):
    q = one(quotes(nlp, "The plan, according to two aides, would cut taxes for families."), "cut taxes")
    assert "The plan" in q.text and q.cue == "according to"


def test_speaker_between_closing_mark_and_cue(nlp):
    text = ("Voters remain unhappy despite modest growth. “It is not the position that everything is fine,” "
            "Gene Morrow, a top outside Hale adviser, said at a forum on the economy in Ohio.")
    q = one(quotes(nlp, text), "everything is fine")
    assert q.speaker.name == "Gene Morrow" and "Morrow" not in q.text


def test_role_noun_with_a_modifier_the_holder_lacks_stays_unresolved(nlp):
    text = "Vermont senator Bernard Sand spoke first. Later, the Florida senator told reporters he felt good."
    q = one(quotes(nlp, text), "felt good")
    assert q.speaker.name == "Florida senator"


def test_wrongly_typed_closing_marks(nlp):
    q = one(quotes(nlp, "“It's unusual,“ said Larry Noble, an attorney."), "unusual")
    assert q.type == "direct" and q.speaker.name == "Larry Noble"


def test_parenthetical_attribution_is_cut_out_of_the_content(nlp):
    q = one(quotes(nlp, "Many of the closures, he said, have involved public courses."), "closures")
    assert q.text == "Many of the closures have involved public courses."
