"""People of one article: merging, possessives, mistyped entities, pronouns and media organisations.

Every sentence here is written for the tests."""

from __future__ import annotations

import pytest

from presstrace.nlp import load_pipeline
from presstrace.nlp.people import PeopleIndex, find_people


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def index_of(nlp, text: str) -> PeopleIndex:
    return find_people(nlp(text))


def named(index: PeopleIndex, name: str):
    return next(p for p in index.people if p.name == name)


def test_surname_and_possessive_merge_into_the_full_name(nlp):
    index = index_of(nlp, "Margaret Holloway won the vote on Monday. Holloway's critics stayed quiet, "
                          "and Holloway thanked her staff.")
    assert [p.name for p in index.people] == ["Margaret Holloway"]
    assert named(index, "Margaret Holloway").aliases == ["Holloway"]
    assert len(named(index, "Margaret Holloway").mentions) == 3


def test_first_name_alias_merges_when_unambiguous(nlp):
    index = index_of(nlp, "Hillary Clinton spoke in Denver. Supporters cheered for Hillary all night.")
    assert named(index, "Hillary Clinton").aliases == ["Hillary"]


def test_titles_are_not_part_of_the_name(nlp):
    index = index_of(nlp, "Sen. Robert Kowalski voted against the bill on Tuesday.")
    assert [p.name for p in index.people] == ["Robert Kowalski"]


def test_person_found_through_an_apposition_with_a_role_noun(nlp):
    index = index_of(nlp, "Tarek Almasi, the mayor's spokesman, declined to comment. Almasi said the "
                          "budget was final.")
    person = named(index, "Tarek Almasi")
    assert "Almasi" in person.aliases


def test_pronoun_resolves_to_the_nearest_compatible_person(nlp):
    doc = nlp("Helen Marsh met Peter Crane in Boston. She said the talks went well.")
    index = find_people(doc)
    she = next(t for t in doc if t.text == "She")
    assert index.person_at(she).name == "Helen Marsh"


def test_person_for_a_surname_span(nlp):
    doc = nlp("Walter Brandt arrived late. Brandt apologised.")
    index = find_people(doc)
    assert index.person_for(doc[5:6]).name == "Walter Brandt"


def test_media_organisations_are_marked(nlp):
    index = index_of(nlp, "Lena Ortiz told CNN on Sunday that the plan was dead, The Hill reports.")
    kinds = {o.name: o.kind for o in index.organizations}
    assert kinds.get("CNN") == "media"
    assert kinds.get("The Hill") == "media"


def test_pronoun_chain_beats_a_name_used_as_a_modifier(nlp):
    from presstrace.nlp.quotes import find_quotes
    text = ("Alan Sessler, a respected conservative, has long admired Mark Brandt. On Sunday, he appeared at a "
            "Brandt rally where he said the party must unite.")
    doc = nlp(text)
    found = find_quotes(doc, find_people(doc))
    q = [q for q in found if "must unite" in q.text][0]
    assert q.speaker.name == "Alan Sessler"
