"""Name parsing and the can-be-the-same-person test."""

from __future__ import annotations

import pytest

from presstrace.resolve.names import compatible, parse


@pytest.mark.parametrize("a,b", [
    ("Sergey Kislyak", "Sergei Kislyak"), ("Sergey Kislyak", "Sergey I. Kislyak"), ("J.D. Gordon", "JD Gordon"),
    ("J.D. Gordon", "Jeffrey Gordon"), ("J. D. Gordon", "Jeffrey D. Gordon"), ("Bill Clinton", "William Clinton"),
    ("Mike Flynn", "Michael Flynn"), ("Jeff Sessions", "Jefferson Sessions"), ("Donald Trump", "Donald J. Trump"),
    ("Dmitry Peskov", "Dmitri Peskov"), ("Hillary Clinton", "Hilary Clinton"), ("Donald Trump", "Donald Trump Sr."),
])
def test_variants_of_one_name_are_compatible(a, b):
    assert compatible(parse(a), parse(b))


@pytest.mark.parametrize("a,b", [
    ("Hillary Clinton", "Bill Clinton"), ("Donald Trump", "Donald Trump Jr."), ("George H.W. Bush", "George W. Bush"),
    ("Eric Trump", "Ivanka Trump"), ("Andrew Mitchell", "Andrea Mitchell"), ("Daniel Smith", "Danielle Smith"),
    ("J.D. Gordon", "J.B. Gordon"), ("Carter Page", "Lisa Page"),
])
def test_different_people_sharing_a_surname_are_not(a, b):
    assert not compatible(parse(a), parse(b))


def test_keys_fold_spelling_titles_and_initials():
    assert parse("J.D. Gordon").key == parse("JD Gordon").key == "jd gordon"
    assert parse("President Trump").key == parse("Mr. Trump").key == "trump"
    assert parse("Sergéy Kislyak").key == "sergey kislyak"
    assert parse("Donald Trump Jr.").key == "donald trump jr"
    assert parse("Kislyak").surname_only


def test_typos_and_invisible_characters_do_not_split_a_person():
    assert parse("Vladi\u00admir Putin").key == "vladimir putin"
    assert compatible(parse("Vladmir Putin"), parse("Vladimir Putin"))
    assert not compatible(parse("Justin Smith"), parse("Justine Smith"))


def test_a_bare_surname_takes_the_full_name_its_own_article_writes_out():
    from presstrace.resolve.entities import article_people

    text = "David Klein, a lawyer, wrote to the council. Klein said the plan was sound."
    people = article_people([("p1", "Klein", "[]")], text)
    assert people.names["p1"] == "David Klein"
    two = "David Klein and Ezra Klein spoke. Klein left early."
    assert article_people([("p1", "Klein", "[]")], two).names["p1"] == "Klein"  # ambiguous: left alone
