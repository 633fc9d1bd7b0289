"""Contact events, one construction per test, on sentences written for the tests."""

from __future__ import annotations

import pytest

from presstrace.nlp import load_pipeline
from presstrace.nlp.article import analyze_text
from presstrace.record import ArticleRecord, Contact

PUBLISHED = "2021-05-09"  # a Sunday


def contacts(text: str, published: str | None = PUBLISHED) -> list[Contact]:
    record = ArticleRecord(id="t", source={}, title=None, authors=[], published=published, outlet=None,
                           syndicated_from=None, text=text)
    analyze_text(record)
    return record.contacts


def pairs(found: list[Contact]) -> set[frozenset[str]]:
    return {frozenset(p.name.split()[-1] for p in c.participants) for c in found}


def only(found: list[Contact]) -> Contact:
    assert len(found) == 1, [(c.participants, c.cue) for c in found]
    return found[0]


@pytest.fixture(scope="module", autouse=True)
def _model():
    load_pipeline()


def test_met_with():
    c = only(contacts("Boris Tamm met with Clara Venn in Tallinn on Tuesday."))
    assert pairs([c]) == {frozenset({"Tamm", "Venn"})}
    assert (c.kind, c.polarity, c.asserted_by.name, c.cue) == ("meeting", "asserted", "article", "met")
    assert c.where == "Tallinn"
    assert c.when is not None and c.when.value == "2021-05-04"


def test_direct_object():
    c = only(contacts("Last year Dario Ostrow met Elin Sato at the Grand Hotel in Oslo."))
    assert pairs([c]) == {frozenset({"Ostrow", "Sato"})}
    assert c.when is None or c.when.value == "2020"


def test_coordinated_objects_give_one_contact_each():
    found = contacts("Farid Nouri had various discussions with Greta Lind, Boris Tamm and Clara Venn.")
    assert pairs(found) == {frozenset({"Nouri", x}) for x in ("Lind", "Tamm", "Venn")}
    assert {c.kind for c in found} == {"discussion"}


def test_coordinated_object_behind_relative_clause():
    found = contacts("Farid Nouri held talks with Greta Lind, who has since resigned from the Harbour Board, "
                     "Mayor Boris Tamm and Clara Venn, a senior aide to the governor.")
    assert {frozenset({"Nouri", x}) for x in ("Lind", "Tamm", "Venn")} <= pairs(found)


def test_also_spoke_with():
    c = only(contacts("Clara Venn also spoke with Dario Ostrow but said the talks were not substantive."))
    assert (c.kind, c.cue) == ("conversation", "spoke")


def test_talked_by_phone():
    c = only(contacts("Elin Sato talked by phone with Farid Nouri on Friday."))
    assert c.kind == "call"
    assert c.when is not None and c.when.value == "2021-05-07"


def test_called():
    c = only(contacts("Greta Lind called Boris Tamm twice last week."))
    assert c.kind == "call"


def test_called_other_senses_are_not_contacts():
    assert contacts("Greta Lind called Boris Tamm a liar.") == []
    assert contacts("Greta Lind called for an inquiry into the harbour deal.") == []


def test_dined_with():
    c = only(contacts("Boris Tamm dined with Clara Venn at a restaurant in Riga."))
    assert c.kind == "meeting" and c.where == "Riga"


def test_meeting_between():
    c = only(contacts("A meeting between Dario Ostrow and Elin Sato took place in Stockholm in March."))
    assert pairs([c]) == {frozenset({"Ostrow", "Sato"})}
    assert c.where == "Stockholm" and c.when is not None and c.when.value == "2021-03"


def test_a_and_b_met():
    c = only(contacts("Farid Nouri and Greta Lind met in Helsinki."))
    assert pairs([c]) == {frozenset({"Nouri", "Lind"})}


def test_possessive_meeting_with():
    c = only(contacts("Boris Tamm's meeting with Clara Venn lasted two hours."))
    assert pairs([c]) == {frozenset({"Tamm", "Venn"})}


def test_passive():
    c = only(contacts("Dario Ostrow was contacted by Elin Sato in 2019."))
    assert pairs([c]) == {frozenset({"Ostrow", "Sato"})}
    assert c.kind == "communication" and c.when is not None and c.when.value == "2019"


def test_reported_speech_is_asserted_by_the_speaker():
    c = only(contacts("Farid Nouri, a harbour adviser, said he met with Greta Lind in July during the "
                      "Baltic Harbour Summit in Gdansk."))
    assert pairs([c]) == {frozenset({"Nouri", "Lind"})}
    assert c.asserted_by.name == "Farid Nouri"
    assert c.when is not None and c.when.value == "2020-07"
    assert c.where == "Gdansk" and c.event == "Baltic Harbour Summit"


def test_group_participant():
    c = only(contacts("Boris Tamm met with people connected to Clara Venn's campaign."))
    group = [p for p in c.participants if p.is_group]
    assert group and group[0].name == "people connected to Clara Venn's campaign"


def test_pronoun_participant():
    c = only(contacts("Dario Ostrow flew to Oslo on Monday. He met with Elin Sato there."))
    assert pairs([c]) == {frozenset({"Ostrow", "Sato"})}
    assert c.mentions[0] == "He"


def test_letter_is_communication():
    c = only(contacts("Greta Lind wrote to Boris Tamm in January."))
    assert c.kind == "communication"


def test_abstract_objects_are_not_participants():
    assert contacts("Clara Venn met the deadline and met with criticism from the council.") == []


def test_audience_is_not_a_contact():
    assert contacts("Clara Venn spoke to reporters in Tallinn.") == []


@pytest.mark.parametrize("sentence, asserter", [
    ("Farid Nouri said that he had not actually met with Greta Lind at all.", "Farid Nouri"),
    ("Farid Nouri denied meeting Greta Lind.", "Farid Nouri"),
    ("Farid Nouri never met Greta Lind.", "article"),
    ("Farid Nouri said he had no meetings with Greta Lind.", "Farid Nouri"),
    ("Farid Nouri denied that he had met with Greta Lind.", "Farid Nouri"),
])
def test_denied(sentence, asserter):
    c = only(contacts(sentence))
    assert c.polarity == "denied"
    assert c.asserted_by.name == asserter


@pytest.mark.parametrize("sentence", [
    "Boris Tamm reportedly met with Clara Venn in Riga.",
    "Boris Tamm allegedly spoke with Clara Venn.",
    "Boris Tamm may have met Clara Venn.",
    "Boris Tamm is said to have met Clara Venn.",
])
def test_hedged(sentence):
    assert only(contacts(sentence)).polarity == "hedged"


@pytest.mark.parametrize("sentence, modality", [
    ("Boris Tamm will meet Clara Venn next week.", "future"),
    ("Boris Tamm plans to meet with Clara Venn.", "intended"),
    ("Boris Tamm sought a meeting with Clara Venn.", "intended"),
])
def test_future_and_intended(sentence, modality):
    c = only(contacts(sentence))
    assert (c.polarity, c.modality) == ("hedged", modality)


def test_according_to():
    c = only(contacts("According to Dario Ostrow, Elin Sato met with Farid Nouri in May."))
    assert c.asserted_by.name == "Dario Ostrow"


def test_no_contact_without_two_sides():
    assert contacts("There were no meetings about the election, Greta Lind said.") == []
    assert contacts("The meeting lasted two hours.") == []


def test_repeated_group_claim_is_one_contact():
    text = ("Clara Venn said that Boris Tamm also met with people working for the mayor. "
            "Clara Venn told the radio that Boris Tamm met with people advising the mayor.")
    c = only(contacts(text))
    assert len(c.more_evidence) == 1


def test_open_to_talks_is_intended():
    c = only(contacts("Boris Tamm said he was open to talking with Clara Venn."))
    assert (c.polarity, c.modality) == ("hedged", "intended")


def test_passive_agents_alone_did_not_meet():
    assert contacts("The focus groups were convened by Dario Ostrow and Elin Sato.") == []


def test_hosting_an_event_is_not_a_contact():
    assert contacts("Brazil, which is hosting the Olympics, is at the centre of the epidemic.") == []


def test_gerund_after_denial():
    c = only(contacts("Greta Lind has repeatedly denied talking to Farid Nouri about the harbour."))
    assert c.polarity == "denied"


def test_coordinated_subjects_visiting_a_place_did_not_meet():
    assert contacts("Boris Tamm and Clara Venn visited the courthouse in Tallinn on Tuesday.") == []


def test_possessive_bound_by_a_later_subject():
    found = contacts("Boris Tamm arrived on Monday. After his meeting with Clara Venn, Dario Ostrow wrote a memo.")
    assert pairs(found) == {frozenset({"Ostrow", "Venn"})}


def test_possessive_inside_a_quotation_is_bound_by_its_clause_subject():
    c = only(contacts('Greta Lind said: "Director Dario Ostrow does not discuss his private talks with Clara Venn."'))
    assert pairs([c]) == {frozenset({"Ostrow", "Venn"})}
    assert c.cue == "talks"


def test_possessive_bound_by_a_described_subject():
    found = contacts("Boris Tamm praised the envoy. The foreign diplomat declined to describe his calls with Farid "
                     "Nouri.")
    assert all("Tamm" not in {p.name.split()[-1] for p in c.participants} for c in found)


def test_reported_subject_through_a_relative_clause_and_gerunds():
    c = only(contacts("Boris Tamm fired Dario Ostrow, who was dismissed for lying to Greta Lind in saying he had "
                      "not discussed the port with Farid Nouri."))
    assert pairs([c]) == {frozenset({"Ostrow", "Nouri"})}
    assert c.polarity == "denied"


def test_speaking_to_an_institution_is_not_a_contact():
    assert contacts("Boris Tamm spoke to the Baltic Shipping Federation on Saturday.") == []


def test_groups_speaking_together_is_not_a_contact():
    assert contacts("Few harbour officials and board members will speak openly about the port.") == []


def test_two_named_people_talking_is_a_contact():
    assert pairs(contacts("Boris Tamm and Clara Venn talked about the port.")) == {frozenset({"Tamm", "Venn"})}


def test_conditional_clause_is_hedged():
    c = only(contacts("Greta Lind said that if reports are accurate about Dario Ostrow's contact with Clara Venn, "
                      "he should resign."))
    assert c.polarity == "hedged"


def test_no_knowledge_of_contacts_is_denied():
    c = only(contacts("Boris Tamm said he has no knowledge of contacts between Dario Ostrow and Clara Venn."))
    assert c.polarity == "denied"


def test_appears_interested_in_talking_is_hedged_intended():
    c = only(contacts("Boris Tamm appears to be interested in talking to Clara Venn."))
    assert (c.polarity, c.modality) == ("hedged", "intended")


def test_meeting_between_a_and_b_with_c():
    found = contacts("The 2019 meeting between Boris Tamm and Clara Venn with Farid Nouri was secret.")
    assert pairs(found) == {frozenset({"Tamm", "Nouri"}), frozenset({"Venn", "Nouri"})}


def test_arranging_a_meeting_is_not_taking_part():
    found = contacts("Greta Lind set up the meeting with Farid Nouri.")
    assert all("Lind" not in {p.name.split()[-1] for p in c.participants} for c in found)


def test_arranged_call_between_two_is_intended():
    c = only(contacts("They talked about setting up a telephone call between Boris Tamm and Clara Venn."))
    assert c.modality == "intended" and c.polarity == "hedged"


def test_description_with_a_name_in_apposition_is_that_person():
    c = only(contacts("The Estonian President, Boris Tamm, met Clara Venn in Riga."))
    assert pairs([c]) == {frozenset({"Tamm", "Venn"})}


def test_agentless_passive_takes_no_side_from_the_clause_above():
    assert contacts("Greta Lind said the concerns eased once Dario Ostrow had been interviewed.") == []


def test_visit_to_a_place_is_not_a_contact():
    assert contacts("Boris Tamm's visit to Moscow drew attention.") == []


def test_possible_contact_is_hedged():
    c = only(contacts("Investigators look at possible contact between Boris Tamm and Clara Venn."))
    assert c.polarity == "hedged"


def test_shook_hands_with():
    c = only(contacts("Boris Tamm said he did briefly meet and shake hands with Clara Venn."))
    assert pairs([c]) == {frozenset({"Tamm", "Venn"})}


def test_informed_is_communication():
    c = only(contacts("Boris Tamm had informed Clara Venn that the port would close."))
    assert c.kind == "communication"


def test_pronoun_is_not_its_own_clause_partner():
    found = contacts("Boris Tamm hosted the show. While talking with Boris Tamm, he said he did not recall much "
                     "about his conversation with the envoy.")
    assert all("Tamm" not in {p.name.split()[-1] for p in c.participants} or c.cue == "talking" for c in found)


def test_for_to_infinitive_subject_meets():
    c = only(contacts("Greta Lind arranged for Clara Venn, a lawyer, to meet with Farid Nouri."))
    assert pairs([c]) == {frozenset({"Venn", "Nouri"})}
    assert c.modality == "intended"


def test_not_planning_to_meet_is_not_a_denial():
    c = only(contacts("Boris Tamm told lawmakers that he did not plan to meet Clara Venn in Riga."))
    assert c.polarity == "hedged"


@pytest.mark.parametrize("sentence", [
    "Greta Lind said: \"We do not know the degree to which Boris Tamm communicated with Clara Venn.\"",
    "Boris Tamm does not recall meeting Clara Venn.",
])
def test_not_knowing_leaves_the_contact_open(sentence):
    assert only(contacts(sentence)).polarity == "hedged"


def test_title_to_a_country_is_not_a_second_side():
    found = contacts("Greta Lind asked about Dario Ostrow's contact with the Estonian envoy to the U.S. Boris Tamm.")
    assert len(found) == 1


def test_convening_an_organisation_is_not_a_contact():
    assert contacts("The ministry has convened the Harbour Security Working Group to study risks.") == []


def test_organisation_name_overrunning_the_participant_is_cut():
    c = only(contacts("Boris Tamm discussed the status of the Harbour Project with Individual 1 twice."))
    assert {p.name for p in c.participants} == {"Boris Tamm", "Individual 1"}


def test_possessive_in_a_relative_clause_is_bound_by_its_antecedent():
    c = only(contacts('Boris Tamm spoke on Tuesday. "Our port minister, who lied about his own meetings with '
                      'Clara Venn, approved the deal," he said.'))
    assert "Tamm" not in {p.name.split()[-1] for p in c.participants}


def test_with_phrase_of_circumstance_is_not_a_participant():
    c = only(contacts("Boris Tamm said he met with Clara Venn in his office with staffers present."))
    assert pairs([c]) == {frozenset({"Tamm", "Venn"})}


def test_condition_on_the_governing_clause_hedges():
    c = only(contacts("Boris Tamm is required to consult with Clara Venn if his team finds new facts."))
    assert c.polarity == "hedged"


def test_letters_sent_by_two_people_are_not_between_them():
    assert contacts("Greta Lind and Boris Tamm sent the requests to the ministry in three letters.") == []


def test_not_until_means_it_happened_later():
    c = only(contacts("Officials did not interview Boris Tamm until late January."))
    assert c.polarity == "asserted"

