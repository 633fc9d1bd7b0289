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


def _role_noun(nlp, text: str, nth: int = -1, word: str = "president"):
    doc = nlp(text)
    index = find_people(doc)
    token = [t for t in doc if t.lower_ == word][nth]
    return index.person_at(token)


def test_the_president_is_not_the_vice_president(nlp):
    text = "Vice President Joe Harlan visited Ohio on Monday. He defended the president's plan on trade."
    assert _role_noun(nlp, text) is None


def test_the_president_prefers_the_plain_office_to_a_foreign_one(nlp):
    text = ("President Alan Whitford met Russian President Oleg Markov in Geneva on Monday. The talks lasted "
            "three hours. Reporters waited outside. The president later said the meeting was useful.")
    person = _role_noun(nlp, text)
    assert person is not None and person.name == "Alan Whitford"


def test_the_president_is_not_a_holder_named_only_after_it(nlp):
    text = ("The president spoke with Tom Dale on Monday. The talks covered trade. Bribery was one count against "
            "President Alan Whitford in his 1998 trial.")
    assert _role_noun(nlp, text, nth=0) is None


def test_a_foreign_office_holder_only_when_mentioned_nearby(nlp):
    far = ("Mexican President Luis Ortega visited Texas in May. The visit was short. Trade was discussed. Farmers "
           "protested. Prices fell. Later, the president signed a new tariff.")
    assert _role_noun(nlp, far) is None
    near = "Mexican President Luis Ortega visited Texas in May. Later, the president signed a new tariff."
    person = _role_noun(nlp, near)
    assert person is not None and person.name == "Luis Ortega"


def test_the_capitalised_president_of_the_story_beats_a_rarely_named_one(nlp):
    text = ("President Alan Whitford spoke in Ohio. Whitford said trade was strong. Former President Ruth Lamb "
            "disagreed. Whitford repeated it, and aides to Whitford cheered. Later, Dan Kell met with the President.")
    assert _role_noun(nlp, text).name == "Alan Whitford"


def test_a_company_president_named_often_is_not_the_president(nlp):
    text = ("Roger Bell, the longtime president of Acme News, built the channel. Bell hired anchors. Bell fired "
            "them. Bell sold ads. Under President Alan Whitford, Bell thrived. Dan Kell now speaks with the president "
            "every week.")
    assert _role_noun(nlp, text) is None


def test_his_counsel_is_not_the_special_counsel(nlp):
    text = ("Special counsel Mara Quist filed the charges. Dan Kell's jail makes it harder for him to confer "
            "with his counsel.")
    assert _role_noun(nlp, text, word="counsel") is None


def test_an_owned_role_noun_with_the_holders_qualifier_is_the_holder(nlp):
    text = "Latvian Ambassador Ivo Berzins hosted the dinner. Later, the Latvian ambassador to the U.S. left."
    assert _role_noun(nlp, text, word="ambassador").name == "Ivo Berzins"


def test_any_president_is_no_one_in_particular(nlp):
    text = "President Alan Whitford spoke on Monday. A court pick is an element of any president's legacy."
    assert _role_noun(nlp, text) is None


def test_a_plural_role_noun_is_not_the_one_holder_of_the_role(nlp):
    text = "Ted Ransom and Ann Lee, the lawyers for the family, filed the brief. The lawyers said the rule was clear."
    assert _role_noun(nlp, text, word="lawyers") is None


def test_his_lawyer_is_not_the_lawyer_of_a_woman(nlp):
    text = ("Nora Quist's lawyer, Dana Welk, testified on Monday. The panel also summoned Bryan Pell, a former aide. "
            "His lawyer said he would not answer questions.")
    assert _role_noun(nlp, text, word="lawyer") is None
    text = "Tom Quist's lawyer, Dana Welk, testified on Monday. His lawyer said he would not answer questions."
    assert _role_noun(nlp, text, word="lawyer").name == "Dana Welk"


def test_premodifier_title_with_its_place(nlp):
    text = "Tom Verne spoke with Irish Ambassador to the U.K. Peter Dolan on Monday."
    assert ("Irish Ambassador to the U.K.", None) in roles(nlp, text, "Peter Dolan")


def test_title_before_a_titled_name_is_not_that_persons(nlp):
    text = "Ari Lund, the former top aide to President Ann Lee, spoke on Monday."
    assert not any("aide" in title for title, _ in roles(nlp, text, "Ann Lee"))


def test_a_nationality_the_plain_title_leaves_out_fits_its_one_holder(nlp):
    text = ("Ambassador Ivan Petrov has served in Washington since 2010. Tom Verne misled colleagues about his "
            "calls with the Russian ambassador to the United States.")
    person = _role_noun(nlp, text, word="ambassador")
    assert person is not None and person.name == "Ivan Petrov"


def test_a_nationality_is_not_a_holder_of_another_nationality(nlp):
    text = ("French Ambassador Pierre Lemaire has served in Washington since 2010. Tom Verne misled colleagues "
            "about his calls with the Russian ambassador.")
    assert _role_noun(nlp, text, word="ambassador") is None


def test_a_nationality_fits_no_holder_when_two_hold_the_plain_title(nlp):
    text = ("Ambassador Ivan Petrov and Ambassador Jon Hart spoke in Vienna. Tom Verne misled colleagues about "
            "his calls with the Russian ambassador.")
    assert _role_noun(nlp, text, word="ambassador") is None


def _role_nouns(nlp, text: str, word: str) -> list[str | None]:
    index = find_people(nlp(text))
    return [(index.by_token.get(t.i).name if t.i in index.by_token else None) for t in index.doc if t.lower_ == word]


def test_an_indefinite_role_noun_with_a_nationality_is_its_one_holder_named_anywhere(nlp):
    text = ("Tom Verne wrote about his meeting with a Russian lawyer in June. Russian attorney Olga Petrenko has "
            "declined to comment.")
    assert _role_nouns(nlp, text, "lawyer") == ["Olga Petrenko"]


def test_an_indefinite_role_noun_stays_a_description_when_none_or_several_fit(nlp):
    bare = ("Tom Verne wrote about his meeting with a lawyer in June. Russian attorney Olga Petrenko declined to "
            "comment.")
    two = ("Tom Verne wrote about his meeting with a Russian lawyer in June. Russian attorney Olga Petrenko and "
           "Russian attorney Anna Sokolova declined to comment.")
    other = ("Tom Verne wrote about his meeting with a Russian lawyer in June. His own attorney, Jane Hollis, declined "
             "to comment.")
    assert _role_nouns(nlp, bare, "lawyer") == [None]
    assert _role_nouns(nlp, two, "lawyer") == [None]
    assert _role_nouns(nlp, other, "lawyer") == [None]


def test_a_bare_title_after_a_resolved_description_is_the_same_holder(nlp):
    text = ("Tom Verne misled colleagues about his calls with the Russian ambassador. He had called the ambassador "
            "twice in December. Russian Ambassador Ivan Petrov has not commented.")
    assert _role_nouns(nlp, text, "ambassador")[:2] == ["Ivan Petrov", "Ivan Petrov"]


def test_a_countrys_role_noun_is_the_one_holder_of_its_nationality(nlp):
    text = ("Russian Ambassador Ivan Petrov arrived in 2010. Tom Verne misled colleagues about his calls with "
            "Russia's ambassador.")
    other = ("French Ambassador Pierre Lemaire arrived in 2010. Tom Verne misled colleagues about his calls with "
             "Russia's ambassador.")
    assert _role_nouns(nlp, text, "ambassador")[-1:] == ["Ivan Petrov"]
    assert _role_nouns(nlp, other, "ambassador")[-1:] == [None]


def test_a_role_noun_prefers_holders_under_its_own_word_to_those_under_another_word_for_the_office(nlp):
    text = ("Dale Roe hired a lawyer, Ann Burke, in May. Attorney Tom Hale represents the committee. Roe said his "
            "lawyer had met the committee twice.")
    assert _role_nouns(nlp, text, "lawyer")[-1:] == ["Ann Burke"]


def test_a_role_noun_identified_as_a_person_is_that_person_before_and_after(nlp):
    text = ("Ray Hill met a professor in Lisbon in March. The professor told Hill about the files. A newspaper later "
            "identified the professor with whom he met as Jon Moss, the director of a small academy.")
    assert _role_nouns(nlp, text, "professor")[1:] == ["Jon Moss", "Jon Moss"]


def test_a_description_whose_relative_clause_identifies_a_person_gives_her_its_role(nlp):
    relative = ("Ray Hill met with a lawyer with ties to the bank, who was later identified as Maria Lopez. Lee said "
                "the lawyer offered documents.")
    nationality = ("Ray Hill met with a Mexican attorney in June. The Times identified the Mexican lawyer as Maria "
                   "Lopez, and the Post reported it.")
    assert _role_nouns(nlp, relative, "lawyer") == ["Maria Lopez", "Maria Lopez"]
    assert _role_nouns(nlp, nationality, "attorney") == ["Maria Lopez"]


def test_an_identification_names_only_its_own_description(nlp):
    two = ("The Times identified the first lawyer as Maria Lopez. The Post identified the second lawyer as Ann Burke. "
           "Ray Hill said the lawyer offered documents.")
    victim = "Police identified the driver as Maria Lopez. Ray Hill met a professor in June."
    assert _role_nouns(nlp, two, "lawyer")[-1:] == [None]
    assert _role_nouns(nlp, victim, "professor") == [None]


def test_a_headline_role_noun_without_determiner_is_the_one_holder_of_its_nationality(nlp):
    text = ("[Verne discussed sanctions with Russian ambassador, officials say]\n\nRussian Ambassador Ivan Petrov "
            "arrived in 2010. Tom Verne met him twice.")
    two = ("[Verne discussed sanctions with Russian ambassador, officials say]\n\nRussian Ambassador Ivan Petrov "
           "and Russian Ambassador Oleg Orlov arrived in 2010.")
    assert _role_nouns(nlp, text, "ambassador")[:1] == ["Ivan Petrov"]
    assert _role_nouns(nlp, two, "ambassador")[:1] == [None]


@pytest.mark.parametrize("text", [
    "Olga Petrenko is a Russian lawyer who has lobbied against the sanctions.",
    "Olga Petrenko, who is a Russian lawyer, declined to comment.",
])
def test_an_office_stated_with_be_is_a_role(nlp, text):
    assert ("Russian lawyer", None) in roles(nlp, text, "Olga Petrenko")


@pytest.mark.parametrize("text", [
    "Olga Petrenko is not a lawyer, her colleagues said.",
    "Olga Petrenko is a liar, her rivals said.",
])
def test_no_role_from_a_denied_or_a_non_office_be(nlp, text):
    assert roles(nlp, text, "Olga Petrenko") == []


def test_a_description_resolves_to_the_holder_stated_with_be(nlp):
    text = ("Tom Verne wrote about his meeting with a Russian lawyer in June. Olga Petrenko is a Russian lawyer "
            "with ties to the bank.")
    assert _role_nouns(nlp, text, "lawyer")[0] == "Olga Petrenko"


def test_a_nationality_fits_the_holder_of_that_countrys_role_named_later(nlp):
    text = ("Tom Verne misled colleagues about his calls with the Russian ambassador. Verne later met Russia's "
            "ambassador to the U.S., Ivan Petrov, in Vienna.")
    other = ("Tom Verne misled colleagues about his calls with the Russian ambassador. Verne later met France's "
             "ambassador to the U.S., Pierre Lemaire, in Vienna.")
    assert _role_nouns(nlp, text, "ambassador")[:1] == ["Ivan Petrov"]
    assert _role_nouns(nlp, other, "ambassador")[:1] == [None]


def test_a_countrys_role_noun_is_the_holder_of_its_nationality_named_far_from_it(nlp):
    text = ("Tom Verne misled colleagues about his calls with Russia's ambassador. The calls came in December. "
            "Officials were worried. Reporters asked questions. Russian Ambassador Ivan Petrov has not commented.")
    assert _role_nouns(nlp, text, "ambassador")[:1] == ["Ivan Petrov"]
