"""Transcript turns: labels, their speakers and the span of each turn. Every text here is written for the tests."""

from __future__ import annotations

import pytest

from presstrace.nlp import load_pipeline
from presstrace.nlp.people import find_people
from presstrace.nlp.transcript import speaker_labels


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


HEARING = ("Rep. Dale Whitcombe questioned Linda Ellery on Tuesday. WHITCOMBE: Did you brief the envoy? ELLERY: "
           "No, sir. I never did. WHITCOMBE: Thank you.")


def test_labels_open_sentences_and_name_their_words():
    found = speaker_labels(HEARING)
    assert [f.name for f in found] == ["WHITCOMBE", "ELLERY", "WHITCOMBE"]
    assert HEARING[found[1].start:found[1].end] == "ELLERY:"


def test_label_after_a_cut_sentence_keeps_only_its_own_word():
    text = "The adviser met two aides J.D. ROONEY: Thank you. HOLM: You are welcome."
    assert [f.name for f in speaker_labels(text)] == ["ROONEY", "HOLM"]


def test_headings_and_shouted_headlines_are_not_speakers():
    text = "READ MORE: A story about votes.\n\nWATCH: SENATOR TALKS TRADE\n\n5:30 p.m. ET: The vote begins."
    assert all(f.heading for f in speaker_labels(text))


def test_turns_resolve_labels_to_the_people_of_the_article(nlp):
    index = find_people(nlp(HEARING))
    assert [t.speaker.name for t in index.turns] == ["Dale Whitcombe", "Linda Ellery", "Dale Whitcombe"]
    second = index.turns[1]
    assert HEARING[second.start:second.end].strip() == "No, sir. I never did."
    assert index.turn_speaker(HEARING.index("never")).name == "Linda Ellery"
    assert index.turn_speaker(HEARING.index("questioned")) is None


def test_an_unknown_speaker_is_its_label_in_title_case(nlp):
    text = "PELHAM: Will you run? GARCIA-VOSS: Perhaps. PELHAM: When?"
    index = find_people(nlp(text))
    assert [t.speaker.name for t in index.turns] == ["Pelham", "Garcia-Voss", "Pelham"]


def test_section_heads_in_capitals_do_not_make_a_transcript(nlp):
    text = ("INVESTIGATIONS: The panel met on Monday.\n\nBUDGETS: The House passed a bill.\n\nDEFENSE: Ships were "
            "ordered.")
    assert find_people(nlp(text)).turns == []


def test_a_long_answer_runs_over_its_paragraphs_until_the_next_label(nlp):
    text = ("MARA QUILLEN: What happened next?\n\nOTIS BRANDT: We waited.\n\nThen the envoy left the room.\n\n"
            "MARA QUILLEN: Thank you.\n\nThe program ended with music.")
    index = find_people(nlp(text))
    assert index.turn_speaker(text.index("envoy left")).name == "Otis Brandt"
    assert index.turn_speaker(text.index("program ended")) is None


def test_a_label_is_no_part_of_a_name(nlp):
    text = ("The aide spoke to advisers J.D. ROONEY: That is right. HOLM: I agree with Mr. Rooney. ROONEY: And I "
            "with you.")
    index = find_people(nlp(text))
    assert not any("J.D." in p.name or p.name.isupper() for p in index.people)
