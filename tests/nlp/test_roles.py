"""Roles from appositions, pre-modifiers and relative clauses, and role nouns resolved to people."""

from __future__ import annotations

import pytest

from presstrace.nlp import load_pipeline
from presstrace.nlp.people import find_people


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def roles(nlp, text: str, name: str) -> list[tuple[str, str | None]]:
    index = find_people(nlp(text))
    person = next(p for p in index.people if p.name == name)
    return [(r.title, r.of) for r in person.roles]


def test_apposition_with_possessive_owner(nlp):
    got = roles(nlp, "Oskar Lindqvist met Anna Berg, Lindqvist's spokeswoman, in Stockholm.", "Anna Berg")
    assert ("spokeswoman", "Oskar Lindqvist") in got


def test_apposition_with_prepositional_owner(nlp):
    text = "Mayor Ruth Okafor spoke with Daniel Weiss, a senior aide to Okafor, on Friday."
    assert ("senior aide", "Ruth Okafor") in roles(nlp, text, "Daniel Weiss")


def test_premodifier_title(nlp):
    got = roles(nlp, "The talks included French ambassador Pierre Lemaire and two deputies.", "Pierre Lemaire")
    assert got and got[0][0] == "French ambassador"


def test_relative_clause_served_as(nlp):
    text = "Nadia Petrova, who served as director of policy for the Greene campaign, left in May."
    assert any("director of policy" in title for title, _ in roles(nlp, text, "Nadia Petrova"))


def test_role_noun_alone_resolves_to_its_person(nlp):
    doc = nlp("Marco Ricci, the governor's spokesman, called the report false. The spokesman added that "
              "the governor would respond on Monday.")
    index = find_people(doc)
    spokesman = [t for t in doc if t.text == "spokesman"][-1]
    assert index.person_at(spokesman).name == "Marco Ricci"
