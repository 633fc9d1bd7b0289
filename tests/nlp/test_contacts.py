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
    assert contacts("Greta Lind called Sen. Boris Tamm (R-Ohio) a decent man.") == []
    assert len(contacts("Greta Lind called Sen. Boris Tamm (R-Ohio) a day later.")) == 1


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


def test_three_people_met_gives_every_pair():
    found = contacts("Farid Nouri, Greta Lind and Boris Tamm met in Helsinki on Monday.")
    assert pairs(found) == {frozenset({"Nouri", "Lind"}), frozenset({"Nouri", "Tamm"}), frozenset({"Lind", "Tamm"})}
    assert all(len(c.participants) == 2 and c.where == "Helsinki" for c in found)


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


def test_according_to_names_the_he_who_met():
    c = only(contacts("According to Dan Aven, he did not discuss the loan with Tom Putt."))
    assert pairs([c]) == {frozenset({"Aven", "Putt"})} and c.polarity == "denied"


def test_he_in_a_fronted_clause_looks_ahead_to_the_named_subject():
    found = contacts("Photograph: Tom Ray. As the senator pressed him on whether he had talked to Lars Berg, "
                     "Dan Kell paused.")
    assert pairs(found) == {frozenset({"Kell", "Berg"})}


def test_he_said_he_met_is_one_person_even_inside_a_relative_clause():
    c = only(contacts("Ray Moss questioned Tom Dale's account of the trip, in which he said he had met Lars Berg."))
    assert pairs([c]) == {frozenset({"Dale", "Berg"})}


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
    # the conveners met the groups they convened, not each other
    found = contacts("The focus groups were convened by Dario Ostrow and Elin Sato.")
    assert frozenset({"Ostrow", "Sato"}) not in pairs(found)


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


@pytest.mark.parametrize("sentence, polarity", [
    ("Greta Lind testified on Monday. But she added that she would abide by long-standing practice to shield her "
     "discussions with Boris Tamm.", "asserted"),
    ("Greta Lind quit in February amid controversy over whether she falsely described her contacts with Boris Tamm "
     "during the transition.", "asserted"),
    ("Greta Lind said her memory had been refreshed by news accounts and asserted that she still did not recall her "
     "conversation with Boris Tamm.", "hedged"),
])
def test_a_possessed_contact_is_taken_as_known_by_the_clauses_above(sentence, polarity):
    assert only(contacts(sentence)).polarity == polarity


def test_a_second_act_joined_to_a_denial_is_not_denied():
    c = only(contacts("Tamm on Monday denied any wrongdoing and called the meeting he and the mayor's eldest son "
                      "attended with a Latvian banker a \"waste of time,\" in a statement."))
    assert c.polarity == "asserted"


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


def test_a_description_that_gives_the_name_is_that_person():
    c = only(contacts("A man named Boris Tamm emailed Clara Venn on Sunday."))
    assert [p.name for p in c.participants] == ["Boris Tamm", "Clara Venn"]


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


def test_a_contact_said_to_have_taken_place_is_asserted_under_a_hedge():
    c = only(contacts("Prosecutors would have to prove that Lind knew the details of a meeting between "
                      "Boris Tamm and Clara Venn that took place in March."))
    assert c.polarity == "asserted"
    c = only(contacts("Prosecutors would have to prove that Boris Tamm attended a meeting with Clara Venn "
                      "that took place in March."))
    assert c.polarity == "hedged"  # that he attended is still to be proved


def test_a_cited_court_case_is_no_party_to_a_contact():
    from presstrace.nlp.participants import case_name
    doc = load_pipeline()("The court cited Lind v. United States when Boris Tamm wrote to Clara Venn.")
    assert [t.text for t in doc if case_name(t)] == ["Lind", "States"]
    assert pairs(contacts("Boris Tamm met Foreign Minister Oleg V. Markov in May.")) == {frozenset({"Tamm", "Markov"})}


def test_a_past_clause_of_time_states_its_contact_under_a_question():
    c = only(contacts("Investigators may ask whether Boris Tamm lied after he met Clara Venn in May."))
    assert c.polarity == "asserted"


def test_a_concessive_clause_is_the_writers_own_statement():
    c = only(contacts("Boris Tamm falsely stated that he had never called anyone, even though records show that "
                      "Tamm met with Clara Venn in June."))
    assert c.polarity == "asserted" and c.asserted_by.name == "article"


@pytest.mark.parametrize("sentence", [
    "Although Ivan Petrov said no, Boris Tamm met Clara Venn in Riga.",
    "Though Ivan Petrov said no, Boris Tamm met Clara Venn.",
])
def test_words_in_a_fronted_subordinate_clause_do_not_carry_the_main_clause(sentence):
    c = only(contacts(sentence))
    assert c.polarity == "asserted" and c.asserted_by.name == "article"


@pytest.mark.parametrize("verb", ["alleged", "claimed", "suggested"])
def test_a_claim_that_a_contact_happened_is_hedged_by_its_claimant(verb):
    c = only(contacts(f"Ivan Petrov {verb} that Boris Tamm met Clara Venn in Riga."))
    assert c.polarity == "hedged" and c.asserted_by.name == "Ivan Petrov"


def test_a_gerund_on_a_possessed_noun_is_done_by_its_owner():
    c = only(contacts("Ivan Petrov said Boris Tamm's remarks after meeting with Clara Venn made the city look weak."))
    assert pairs([c]) == {frozenset({"Tamm", "Venn"})}


@pytest.mark.parametrize("sentence", [
    "“My aides met with Clara Venn,” Boris Tamm said.",
    "“Your aides met with Clara Venn,” Ivan Petrov told Boris Tamm.",
])
def test_my_or_your_in_a_quotation_is_its_speaker_or_addressee(sentence):
    c = only(contacts(sentence))
    assert [p.name for p in c.participants] == ["Boris Tamm’s aides", "Clara Venn"]


def test_his_in_an_unnamed_participant_is_its_owner():
    c = only(contacts("Boris Tamm said his lawyer met Clara Venn in May."))
    assert [p.name for p in c.participants] == ["Boris Tamm’s lawyer", "Clara Venn"]


def test_our_in_a_quotation_stays_as_written():
    c = only(contacts("“Our attorney general met with Clara Venn,” Boris Tamm said."))
    assert [p.name for p in c.participants] == ["Our attorney general", "Clara Venn"]


def test_your_with_no_one_addressed_names_no_participant():
    assert contacts("“Did your aides meet with Clara Venn?” the senator asked.") == []


@pytest.mark.parametrize("sentence", [
    "Ivan Petrov did not say whether Boris Tamm met Clara Venn.",
    "Ivan Petrov did not say that Boris Tamm met Clara Venn.",
])
def test_a_statement_not_made_is_nobodys_claim(sentence):
    c = only(contacts(sentence))
    assert c.polarity == "hedged" and c.asserted_by.name == "article"


def test_denying_being_in_contact_denies_it():
    c = only(contacts("Boris Tamm denied that he had been in contact with Clara Venn."))
    assert c.polarity == "denied"


def test_a_definite_meeting_as_the_setting_of_a_reported_act_took_place():
    c = only(contacts("Boris Tamm will confirm reports that Clara Venn asked him in the May 4 meeting to drop "
                      "the inquiry."))
    assert c.polarity == "asserted"


def test_a_contact_after_which_something_is_denied_took_place():
    c = only(contacts("Boris Tamm denied any wrongdoing after meeting Clara Venn in May."))
    assert c.polarity == "asserted"


def test_not_supposed_to_meet_but_did_asserts_the_meeting():
    c = only(contacts("Boris Tamm wasn't supposed to meet Clara Venn, but he did."))
    assert c.polarity == "asserted"
    assert only(contacts("Boris Tamm never got to meet Clara Venn.")).polarity == "denied"


def test_negotiating_to_meet_is_intended():
    c = only(contacts("Boris Tamm is negotiating to sit down with Clara Venn."))
    assert c.polarity == "hedged" and c.modality == "intended"


def test_calling_out_or_speaking_out_is_no_contact():
    assert contacts("Greta Lind can count on Boris Tamm to never call Clara Venn out.") == []
    assert contacts("Boris Tamm spoke out against Clara Venn.") == []


def test_a_possessed_meeting_in_a_conditional_took_place():
    c = only(contacts("If Boris Tamm emerged from his meeting with Clara Venn hoping for calm, he was wrong."))
    assert c.polarity == "asserted"


def test_a_false_claim_that_dates_a_contact_leaves_the_contact_open():
    c = only(contacts("Boris Tamm falsely claimed that he met Clara Venn before he joined the campaign."))
    assert c.polarity == "hedged" and c.asserted_by.name == "article"
    assert only(contacts("Boris Tamm falsely claimed that he met Clara Venn.")).polarity == "denied"



def test_a_false_denial_asserts_the_contact():
    c = only(contacts("Boris Tamm falsely said that he did not have communications with Clara Venn."))
    assert c.polarity == "asserted" and c.asserted_by.name == "article"


def test_letters_sent_by_two_people_are_not_between_them():
    assert contacts("Greta Lind and Boris Tamm sent the requests to the ministry in three letters.") == []


def test_not_until_means_it_happened_later():
    c = only(contacts("Officials did not interview Boris Tamm until late January."))
    assert c.polarity == "asserted"



def test_participant_name_stops_at_a_coordinated_noun():
    c = only(contacts("Boris Tamm resigned after reports about his meeting with Estonia's envoy and his "
                      "misleading of Clara Venn about the meeting."))
    assert "misleading" not in " ".join(c.mentions or [])


def test_fronted_circumstance_is_not_an_intent():
    c = only(contacts("In the call between Boris Tamm and Dario Ostrow, Tamm requested that the port stay open."))
    assert (c.polarity, c.modality) == ("asserted", None)


def test_asked_about_contacts_is_not_an_intent():
    c = only(contacts("Investigators asked Greta Lind about her contacts with Dario Ostrow."))
    assert c.modality is None


def test_spent_time_with():
    c = only(contacts("Boris Tamm spent the evening with Clara Venn in Oslo."))
    assert pairs([c]) == {frozenset({"Tamm", "Venn"})}
    assert c.kind == "meeting"
    assert contacts("Boris Tamm spent millions with Clara Venn's bank.") == []


def test_meeting_attended_by():
    c = only(contacts("The meeting, which was attended by Greta Lind and Dario Ostrow, lasted an hour."))
    assert pairs([c]) == {frozenset({"Lind", "Ostrow"})}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Ivan Petrov flew in. The Petrov meeting, which was also attended by Greta Lind and Dario Ostrow, lasted an "
     "hour.",
     {frozenset({"Lind", "Petrov"}), frozenset({"Ostrow", "Petrov"})}),
    ("Ivan Petrov flew in. Boris Tamm's Petrov meeting lasted an hour.", {frozenset({"Tamm", "Petrov"})}),
    # a name before a dinner names the event, not a guest
    ("Ivan Petrov flew in. The Petrov dinner, which was also attended by Greta Lind and Dario Ostrow, lasted an "
     "hour.", {frozenset({"Lind", "Ostrow"})}),
])
def test_a_name_before_the_contact_noun_is_its_counterpart(sentence, expected):
    assert pairs(contacts(sentence)) == expected


def test_meeting_with_a_group_attended_by_people():
    found = contacts("Boris Tamm scheduled a meeting with Russian officials that was attended by Dario Ostrow "
                     "and Greta Lind.")
    assert {frozenset({"Ostrow", "officials"}), frozenset({"Lind", "officials"})} <= pairs(found)


def test_attending_a_dinner_that_included_someone():
    c = only(contacts("Boris Tamm recalled attending a dinner that included Clara Venn."))
    assert pairs([c]) == {frozenset({"Tamm", "Venn"})}


def test_attending_a_meeting_between_two_others():
    found = contacts("Farid Nouri attended the meeting between Clara Venn and Dario Ostrow.")
    assert pairs(found) == {frozenset({"Nouri", "Venn"}), frozenset({"Nouri", "Ostrow"}), frozenset({"Venn", "Ostrow"})}


@pytest.mark.parametrize("sentence", [
    "Greta Lind held a news conference with Dario Ostrow following their meeting in Vienna.",
    "Greta Lind and Dario Ostrow praised their meeting.",
    "Greta Lind attends a news conference with her counterpart Dario Ostrow (not pictured) following their meeting.",
])
def test_their_meeting_is_bound_by_the_clause(sentence):
    c = only(contacts(sentence))
    assert pairs([c]) == {frozenset({"Lind", "Ostrow"})}


@pytest.mark.parametrize("sentence", [
    "In an interview with Dario Ostrow, Greta Lind said the plan had failed.",
    "Greta Lind is in talks with Dario Ostrow.",
])
def test_contact_noun_in_a_circumstance_is_the_subjects(sentence):
    c = only(contacts(sentence))
    assert pairs([c]) == {frozenset({"Lind", "Ostrow"})}


def test_embedded_object_pronoun_is_the_speaker():
    c = only(contacts("Boris Tamm said that Clara Venn told him to call Dario Ostrow."))
    assert pairs([c]) == {frozenset({"Tamm", "Ostrow"})}


@pytest.mark.parametrize("sentence", [
    'Then Boris Tamm called Clara Venn "Miss Punctual," because she was late.',
    "There were claims that Boris Tamm called a clerk in his office ''boy''.",
    "Tamm once called a young aide in his office ''boy''.",
    "Foreign agents may have approached Tamm, who party officials have called a junior volunteer of little "
    "significance, because he was a fringe player.",
    "The panel wants to hear from former aide Greta Lind, who has called Venn’s firing perhaps the biggest blunder "
    "in “modern political history”.",
])
def test_calling_someone_a_name_is_not_a_call(sentence):
    assert contacts(sentence) == []


def test_called_an_hour_later_is_a_call():
    assert only(contacts("Boris Tamm called Clara Venn an hour later.")).kind == "call"


def test_hyphenated_participant_keeps_its_words():
    c = only(contacts("Greta Lind met a Kremlin-linked lawyer in May."))
    assert "Kremlin-linked lawyer" in (c.mentions or [])


def test_interview_with_an_outlet_is_not_a_contact_of_the_speaker():
    assert contacts("In an interview with the Harbour Gazette Company, Greta Lind said the plan had failed.") == []


def test_names_run_together_by_a_scraped_page_are_not_participants():
    assert contacts("The moves align the leaders with Boris TammTamm faces a meeting with Clara Venn.") == []


def test_footnote_number_is_not_the_subject():
    c = only(contacts("622 The week before the vote Boris Tamm had informed Clara Venn that he would be invited."))
    assert pairs([c]) == {frozenset({"Tamm", "Venn"})}


def test_possessive_under_a_thing_subject_is_bound_by_the_clause_above():
    c = only(contacts("Farid Nouri announced that Boris Tamm assured him the subject of tariffs was not raised "
                      "in his conversations with Clara Venn."))
    assert pairs([c]) == {frozenset({"Tamm", "Venn"})}


def test_destination_before_an_infinitive_is_not_a_participant():
    c = only(contacts("Greta Lind left for New York to meet Boris Tamm."))
    assert pairs([c]) == {frozenset({"Lind", "Tamm"})}


@pytest.mark.parametrize("sentence", [
    "Boris Tamm was grilled in the debate in March by the panel of judges.",
    "FBI agents questioned Boris Tamm for three hours.",
])
def test_questioning_a_person_is_a_conversation(sentence):
    assert only(contacts(sentence)).kind == "conversation"


@pytest.mark.parametrize("sentence", [
    "Boris Tamm questioned the wisdom of the deal.",
    "Greta Lind questioned whether Boris Tamm was fit to serve.",
])
def test_questioning_a_thing_is_not_a_contact(sentence):
    assert contacts(sentence) == []


def test_quoted_circumstance_after_a_call_is_still_a_call():
    c = only(contacts("A senior official said that Boris Tamm called Clara Venn “several times on Dec. 29, the "
                      "day the sanctions came.”"))
    assert c.kind == "call"


def test_organisation_with_a_camel_case_name_is_a_participant():
    c = only(contacts("Boris Tamm communicated with HarbourLeaks during the campaign."))
    assert "HarbourLeaks" in {p.name for p in c.participants}


def test_coordination_inside_a_participant_is_kept():
    c = only(contacts("Boris Tamm has spoken with investigators from both the Senate and House committees."))
    assert "investigators from both the Senate and House committees" in (c.mentions or [])


def test_quotation_marks_inside_a_participant_are_kept():
    c = only(contacts("Boris Tamm met with a lawyer promising “dirt” on his rival."))
    assert "lawyer promising “dirt” on his rival" in (c.mentions or [])


def test_asking_which_person_it_was_names_nobody():
    assert contacts("Greta Lind wanted to know which adviser informed Boris Tamm.") == []


def test_a_question_does_not_assert_the_contact():
    c = only(contacts("Did Boris Tamm ever meet with Clara Venn in Riga?"))
    assert c.polarity == "hedged"


def test_two_authors_writing_did_not_write_to_each_other():
    assert contacts("Greta Lind and Boris Tamm wrote recently in a paper for the institute.") == []


def test_writing_to_each_other_is_a_contact():
    c = only(contacts("Greta Lind and Boris Tamm wrote to each other for years."))
    assert pairs([c]) == {frozenset({"Lind", "Tamm"})}


def test_time_clause_under_an_intent_verb_is_not_an_intent():
    c = only(contacts("Before Boris Tamm had breakfast with Clara Venn on Monday, reporters asked him about the vote."))
    assert (c.polarity, c.modality) == ("asserted", None)


def test_possessor_coordinated_by_the_parser_is_not_a_participant():
    found = contacts("Lawmakers want to hear about a meeting involving lawyer Clara Venn and Tamm’s eldest son, "
                     "Dario Tamm.")
    assert all("Boris" not in p.name for c in found for p in c.participants)
    assert all(len(c.participants) == 2 for c in found)


def test_relative_with_another_given_name_is_not_folded_into_the_family_name():
    found = contacts("Boris Tamm flew to Riga. In February, Ivanka Tamm met with Clara Venn.")
    assert {p.name for c in found for p in c.participants} == {"Ivanka Tamm", "Clara Venn"}


def test_purpose_infinitive_is_an_intended_contact():
    c = only(contacts("In 2013, Boris Tamm traveled to Riga to meet with Clara Venn."))
    assert (c.polarity, c.modality) == ("hedged", "intended")


def test_cancelled_meeting_is_not_asserted():
    c = only(contacts("Boris Tamm should immediately cancel his meeting with Clara Venn."))
    assert c.polarity == "hedged"


def test_arrangements_for_a_call_are_intended():
    c = only(contacts("The two sides were making staff-level arrangements for a phone call between Boris Tamm and "
                      "Clara Venn."))
    assert c.modality == "intended"


def test_doubt_leaves_the_contact_open():
    c = only(contacts("Boris Tamm says he is skeptical that he participated in two other phone calls with Clara Venn."))
    assert c.polarity == "hedged"


@pytest.mark.parametrize("name", ["Boris TammTamm", "Boris TammGOP", "Tamm Tamm"])
def test_garbled_names_are_not_participants(name):
    assert contacts(f"{name} met with Clara Venn in Riga.") == []


@pytest.mark.parametrize(("name", "person_id", "group", "expected"), [
    ("Greta Lind’s Boris Tamm", "p1", False, True), ("Estonia's envoy", None, False, False),
    ("Lind’s campaign", None, True, False), ("WikiLeaks", None, True, False), ("Mitch McConnell", "p1", False, False),
    ("Douglas MacArthur", "p1", False, False), ("Tamm Tamm", None, True, True),
])
def test_garbled_name_check(name, person_id, group, expected):
    from presstrace.nlp.participants import garbled
    from presstrace.record import Ref
    assert garbled(Ref(name=name, id=person_id, is_group=group)) is expected


def test_an_outlet_is_not_the_antecedent_of_he():
    found = contacts("The Harbour Gazette reported that Estonia’s envoy was overheard telling his bosses that he had "
                     "discussed port matters with Boris Tamm.")
    assert all("Gazette" not in p.name for c in found for p in c.participants)


def test_clause_after_a_participant_is_not_its_name():
    c = only(contacts("Clara Venn described how she had informed port officials that Boris Tamm was open to bribes."))
    assert "port officials" in (c.mentions or [])


def test_scheduled_meeting_is_not_asserted():
    c = only(contacts("The announcement comes days before Boris Tamm’s scheduled meeting with Clara Venn."))
    assert c.polarity == "hedged"


def test_speaker_named_in_apposition_is_the_antecedent():
    c = only(contacts("Greta Lind is under pressure. The data director for the campaign, Dario Ostrow, said Friday "
                      "that he will speak to the panel."))
    assert "Ostrow" in {p.name.split()[-1] for p in c.participants}


def test_partner_of_a_discussed_meeting_is_not_the_discussion_partner():
    found = contacts("Other emails showed Boris Tamm discussing potential meetings with Russian officials with older "
                     "campaign aides.")
    assert all("officials" not in (c.mentions or [""])[-1] for c in found if c.cue.startswith("discuss"))


def test_not_directing_someone_to_make_contact_is_no_denial():
    c = only(contacts("Clara Venn did not expressly direct Boris Tamm to reach out to Dario Ostrow."))
    assert (c.polarity, c.modality) == ("hedged", "intended")


def test_discussing_messages_with_someone_is_a_discussion_with_them():
    c = only(contacts("Radio host Greta Lind discussed leaked harbour emails with former envoy Dario Ostrow."))
    assert pairs([c]) == {frozenset({"Lind", "Ostrow"})}


def test_going_to_a_meeting_is_attending_it():
    found = contacts("Boris Tamm and his aide Dario Ostrow went to a meeting with Clara Venn on Monday.")
    assert frozenset({"Tamm", "Venn"}) in pairs(found)
    assert {c.polarity for c in found} == {"asserted"}


def test_denial_inside_a_framed_conversation_does_not_deny_the_conversation():
    found = contacts("In conversations with Mr. Ostrow and other officials, Boris Tamm initially denied discussing "
                     "sanctions with Clara Venn.")
    talk = next(c for c in found if c.cue == "conversations")
    assert talk.polarity == "asserted"


@pytest.mark.parametrize("sentence", [
    "The delegates will convene in Lyon in May.",
    "The committee met on Tuesday to review the budget.",
    "Party leaders huddled behind closed doors on Monday.",
])
def test_a_group_meeting_among_itself(sentence):
    c = only(contacts(sentence))
    assert len(c.participants) == 1 and c.participants[0].is_group and c.kind == "meeting"


@pytest.mark.parametrize("sentence", [
    "Norway met the deadline.",
    "The campaign met its fundraising goal.",
    "Protesters gathered outside the embassy.",
])
def test_no_group_meeting_without_one(sentence):
    assert contacts(sentence) == []


def test_not_until_a_clause_still_happened():
    c = only(contacts("Boris Tamm did not brief Clara Venn until he had been to the ministry."))
    assert c.polarity == "asserted"


def test_looking_forward_to_talking_is_not_yet_a_contact():
    c = only(contacts("Boris Tamm said he was looking forward to talking with Clara Venn."))
    assert c.polarity == "hedged"


def test_questioning_whether_names_no_one_questioned():
    found = contacts("Greta Lind wrote a long memo, questioning whether Clara Venn, at that time, had a plan.")
    assert not any(c.cue.startswith("question") for c in found)


@pytest.mark.parametrize("sentence, event", [
    ("Oskar Brandt spoke with Ivan Petrov on the sidelines of the G-20 summit in Hamburg.", "G-20 summit"),
    ("Oskar Brandt met Ivan Petrov during the annual NATO summit.", "NATO summit"),
])
def test_a_named_event_noun(sentence, event):
    c = only(contacts(sentence))
    assert c.event == event and c.when is None


def test_an_unnamed_summit_is_no_event():
    assert only(contacts("Oskar Brandt met Ivan Petrov at a summit.")).event is None


def test_who_attends_the_meeting_just_reported_met_its_participants():
    found = contacts("Oskar Brandt met Ivan Petrov in Vienna in May. The meeting was also attended by Lena Marsh "
                     "and Tom Reyes.")
    assert pairs(found) == {frozenset(p) for p in (("Brandt", "Petrov"), ("Marsh", "Reyes"), ("Marsh", "Brandt"),
                                                   ("Marsh", "Petrov"), ("Reyes", "Brandt"), ("Reyes", "Petrov"))}
    joined = [c for c in found if {"Marsh", "Petrov"} == {p.name.split()[-1] for p in c.participants}]
    assert joined[0].where == "Vienna" and joined[0].when is not None and "Brandt met" in joined[0].evidence.text


def test_joining_needs_a_recent_contact_of_the_same_kind():
    found = contacts("Oskar Brandt met Ivan Petrov in May. Lena Marsh later described the meeting as useless.")
    assert pairs(found) == {frozenset({"Brandt", "Petrov"})}


def test_a_place_the_parser_hangs_on_the_named_partner_is_the_contacts():
    assert only(contacts("Oskar Brandt met Ivan Petrov in Vienna in May.")).where == "Vienna"


@pytest.mark.parametrize("sentence, where", [
    ("Oskar Brandt met with Ivan Petrov in a hotel in Vienna.", "Vienna"),
    ("Oskar Brandt met with Ivan Petrov on the sidelines of the summit in Vienna.", "Vienna"),
    ("Oskar Brandt met with Ivan Petrov before a vote on Ukraine.", None),
    ("Oskar Brandt spoke with Ivan Petrov about the sanctions on Iran.", None),
    ("Oskar Brandt spoke to Ivan Petrov during a meeting at the summit in Vienna.", "Vienna"),
    ("Oskar Brandt negotiated with Ivan Petrov on behalf of Austria.", None),
    # the place of a clause of its own verb, or of a bystander's verbless clause, is not the contact's
    ("Talks between Oskar Brandt and Ivan Petrov ended on building a hotel in Vienna.", None),
    ("Talks between Oskar Brandt and Ivan Petrov stalled on opening an office in Vienna.", None),
    ("On May 2, while in Vienna, Clara Venn introduced Oskar Brandt by email to Ivan Petrov.", None),
    ("Oskar Brandt met Ivan Petrov separately while in Vienna.", "Vienna"),
])
def test_a_place_is_reached_through_place_prepositions_only(sentence, where):
    assert only(contacts(sentence)).where == where


@pytest.mark.parametrize("sentence", [
    "Investigators found no evidence that Oskar Brandt met Ivan Petrov.",
    "There is no evidence that Oskar Brandt met Ivan Petrov.",
    "Investigators did not find any indication that Oskar Brandt spoke with Ivan Petrov.",
])
def test_no_evidence_that_they_met_denies_it(sentence):
    assert only(contacts(sentence)).polarity == "denied"


def test_evidence_that_they_met_asserts_it():
    assert only(contacts("Investigators found evidence that Oskar Brandt met Ivan Petrov.")).polarity == "asserted"


def test_a_contact_stated_incorrectly_is_denied_by_the_article():
    c = only(contacts("An earlier version of this story incorrectly stated that Oskar Brandt met Ivan Petrov."))
    assert c.polarity == "denied" and c.asserted_by.name == "article"


def test_a_section_reference_is_no_participant():
    assert contacts("IV.B.3, supra, told the Office that he met with Sergey Gorkov.") == []


@pytest.mark.parametrize("sentence", [
    "Boris Tamm said he had no recollection of what he discussed with Clara Venn.",
    "Officials disagreed about why FBI agents interviewed Clara Venn as if she were a suspect.",
    "Nobody knows when Boris Tamm met Clara Venn.",
])
def test_asking_what_or_why_about_a_contact_takes_it_as_given(sentence):
    assert only(contacts(sentence)).polarity == "asserted"


def test_asking_whether_they_met_hedges_it():
    assert only(contacts("It is unclear whether Boris Tamm met Clara Venn.")).polarity == "hedged"


def test_a_denial_of_what_happened_at_a_meeting_is_not_of_the_meeting():
    c = only(contacts("The ministry denied that Boris Tamm shared secrets at his meeting with Clara Venn."))
    assert c.polarity == "asserted"


@pytest.mark.parametrize("sentence", [
    "Campaigns speak to ambassadors all the time.",
    "Lobbyists meet senators in the capitol.",
    "It is not unusual for bankers to meet with regulators.",
    "Meetings between farm lobbyists and trade officials are common.",
    "Incoming mayors traditionally have calls with union leaders.",
    "Meetings between senators and their donors are normally considered routine.",
    "Aides stressed that contacts between party staff and envoys of foreign states are not unusual.",
])
def test_a_habit_of_kinds_of_people_is_no_contact(sentence):
    assert contacts(sentence) == []


@pytest.mark.parametrize("sentence", [
    "Farm lobbyists met with trade officials in May.",
    "Dale aides meet with trade officials.",
])
def test_kinds_of_people_in_a_past_or_named_contact_still_meet(sentence):
    assert len(contacts(sentence)) == 1


def test_a_dated_present_tense_meeting_is_one():
    assert len(contacts("Delegates meet in Lyon this week.")) == 1


def test_an_unnamed_boss_is_a_participant():
    found = contacts("Kari Dahl said her boss and Hugo Lind also spoke by phone in March.")
    assert [[p.name for p in c.participants] for c in found] == [["Kari Dahl’s boss", "Hugo Lind"]]


@pytest.mark.parametrize("sentence, polarity", [
    ("It is possible that Oskar Brandt met Ivan Petrov in Vienna.", "hedged"),
    ("It remains unclear whether Oskar Brandt spoke with Ivan Petrov.", "hedged"),
    ("It is true that Oskar Brandt met Ivan Petrov in Vienna.", "asserted"),
])
def test_a_predicate_over_the_clause_sets_polarity(sentence, polarity):
    assert only(contacts(sentence)).polarity == polarity


def test_a_hedge_on_a_noun_above_is_not_on_the_contact():
    c = only(contacts("He made an apparent reference to the inquiry into Oskar Brandt's call with Ivan Petrov."))
    assert c.polarity == "asserted"


@pytest.mark.parametrize("sentence, kind", [
    ("Clara Venn was approached by the developer Boris Tamm, who offered to fund the pageant.", "communication"),
    ("Boris Tamm approached Clara Venn with an offer of help.", "communication"),
])
def test_approaching_a_person_is_a_contact(sentence, kind):
    c = only(contacts(sentence))
    assert pairs([c]) == {frozenset({"Tamm", "Venn"})} and c.kind == kind


@pytest.mark.parametrize("sentence, polarity", [
    ("Boris Tamm said he introduced Clara Venn to Oskar Brandt in 2013.", "asserted"),
    ("In addition, the mayor's adviser introduced Clara Venn to a fund manager, Oskar Brandt, in late November.",
     "asserted"),
    ("Tamm also offered to introduce Clara Venn to Oskar Brandt.", "hedged"),
])
def test_introducing_one_person_to_another_puts_them_in_contact(sentence, polarity):
    c = only(contacts(sentence))
    assert pairs([c]) == {frozenset({"Venn", "Brandt"})} and c.polarity == polarity


@pytest.mark.parametrize("sentence", [
    "As the deadline approached, the council adjourned.",
    "Boris Tamm approached the podium and waved.",
    "Senator Clara Venn introduced legislation on Monday.",
    "Greta Lind had been scheduled to introduce Boris Tamm during an afternoon event at the ministry.",
])
def test_approaching_a_thing_is_not_a_contact(sentence):
    assert contacts(sentence) == []


@pytest.mark.parametrize("sentence", [
    "The meeting involved Boris Tamm and Clara Venn.",
    "The summit brought together Boris Tamm and Clara Venn.",
    "A dinner that included Boris Tamm and Clara Venn took place on Friday.",
])
def test_a_contact_noun_naming_who_took_part(sentence):
    assert pairs(contacts(sentence)) == {frozenset({"Tamm", "Venn"})}


def test_it_after_a_contact_names_who_took_part():
    found = contacts("At noon a meeting was convened at the harbour office. It involved Inspector Boris Tamm, "
                     "Dr Clara Venn and Greta Lind.")
    assert pairs(found) == {frozenset(p) for p in (("Tamm", "Venn"), ("Tamm", "Lind"), ("Venn", "Lind"))}
    assert all(c.evidence.text.startswith("At noon") and c.evidence.text.endswith("Lind.") for c in found)


def test_it_was_attended_by_joins_the_contact_before():
    found = contacts("Boris Tamm met Clara Venn in Riga in March. It was also attended by Greta Lind.")
    assert pairs(found) == {frozenset(p) for p in (("Tamm", "Venn"), ("Lind", "Tamm"), ("Lind", "Venn"))}
    assert {c.where for c in found} == {"Riga"} and {c.cue for c in found} == {"met"}


@pytest.mark.parametrize("text", [
    "Boris Tamm wrote a report on the talks. It included a letter from Clara Venn.",
    "The talks included a discussion of tariffs.",
])
def test_what_a_contact_includes_is_not_always_a_participant(text):
    assert contacts(text) == []


@pytest.mark.parametrize("sentence", [
    "Investigators believe that Greta Lind met Boris Tamm in Riga.",
    "The analysts thought they were briefing Boris Tamm.",
])
def test_a_belief_hedges_the_contact(sentence):
    assert only(contacts(sentence)).polarity == "hedged"


def test_his_in_a_relative_clause_is_the_antecedent_of_who():
    c = only(contacts("Clara Venn said nothing about Boris Tamm, the adviser who pleaded guilty to lying "
                      "regarding his contacts with Greta Lind."))
    assert pairs([c]) == {frozenset({"Tamm", "Lind"})}


def test_his_is_the_he_of_its_own_clause():
    c = only(contacts("Boris Tamm, whom Clara Venn fired in May on the grounds that he misstated details of his "
                      "contacts with Greta Lind, has appealed."))
    assert pairs([c]) == {frozenset({"Tamm", "Lind"})}


@pytest.mark.parametrize("sentence", [
    "Boris Tamm met several times during the summer with Clara Venn.",
    "The conversations Boris Tamm had with Clara Venn were recorded.",
    "Greta Lind said nothing about a lunch Boris Tamm attended with Clara Venn.",
    "Reports said that Boris Tamm asked Clara Venn to resign during a February meeting in the capital.",
    "At the dinner, Boris Tamm handed Clara Venn a letter.",
    "During the televised debate, Boris Tamm was pressed by Clara Venn to explain his plan.",
])
def test_sides_the_parser_hangs_elsewhere(sentence):
    assert pairs(contacts(sentence)) == {frozenset({"Tamm", "Venn"})}


def test_an_ordinal_names_no_event():
    c = only(contacts("During their first in-person meeting, Clara Venn told Boris Tamm about the interview."))
    assert c.event is None


def test_a_month_before_a_meeting_names_no_event():
    c = only(contacts("Boris Tamm asked Clara Venn to resign during a February meeting."))
    assert c.event is None and c.when is not None and c.when.value == "2021-02"


@pytest.mark.parametrize("sentence", [
    "At the dinner, Boris Tamm criticized Clara Venn.",
    "During the meeting, Boris Tamm praised Clara Venn.",
])
def test_what_is_said_about_someone_at_a_meeting_is_no_contact_with_them(sentence):
    assert contacts(sentence) == []


@pytest.mark.parametrize("sentence", [
    "Greta Lind believes investigators found evidence of fraud, including Boris Tamm's meeting with Clara Venn.",
    "Boris Tamm thought the question was about a different year than the one in which he called Clara Venn.",
])
def test_a_belief_leaves_a_known_contact_asserted(sentence):
    c = only(contacts(sentence))
    assert pairs([c]) == {frozenset({"Tamm", "Venn"})} and c.polarity == "asserted"


def test_his_is_bound_through_an_apposition():
    c = only(contacts("One adviser, Boris Tamm, pleaded guilty to lying about his contacts with Clara Venn."))
    assert pairs([c]) == {frozenset({"Tamm", "Venn"})}


def test_kept_from_a_contact_is_its_subject_and_not_asserted():
    c = only(contacts("The court barred Boris Tamm from contacting Clara Venn."))
    assert pairs([c]) == {frozenset({"Tamm", "Venn"})} and c.polarity == "hedged"


def test_a_statement_noun_gives_its_possessor_as_source():
    c = only(contacts("The emails contradict Boris Tamm's testimony that he had no contacts with Clara Venn."))
    assert (c.polarity, c.asserted_by.name) == ("denied", "Boris Tamm")


def test_what_someone_would_later_do_is_narrated_not_hedged():
    c = only(contacts("Boris Tamm would later admit to lying about conversations he had with Clara Venn."))
    assert c.polarity == "asserted"


def test_a_contact_someone_needs_to_have_is_intended():
    assert only(contacts("Greta Lind said Boris Tamm needs to speak to Clara Venn.")).polarity == "hedged"


@pytest.mark.parametrize("sentence", [
    "Boris Tamm called Clara Venn “first thing Monday morning” to warn her.",
    "Boris Tamm sometimes meets one on one with Clara Venn.",
    "On Tuesday, Boris Tamm called Clara Venn.",
])
def test_calls_and_meetings_the_parser_splits(sentence):
    assert pairs(contacts(sentence)) == {frozenset({"Tamm", "Venn"})}


def test_along_with_is_a_companion_of_the_subject():
    found = contacts("Boris Tamm met with Clara Venn along with Greta Lind.")
    assert pairs(found) == {frozenset({"Tamm", "Venn"}), frozenset({"Lind", "Venn"})}


@pytest.mark.parametrize("sentence", [
    "Boris Tamm has called his former lawyer Greta Lind, who has pleaded guilty to fraud, a “rat.”",
    "The delay gave critics ammunition to call on Greta Lind to resign before the 2016 elections.",
    "Boris Tamm lashed out on Friday, calling the former mayor, who was ousted in May, a fraud.",
    "Boris Tamm called Greta Lind, who had mocked him for weeks, a coward.",
])
def test_calling_someone_something_or_calling_on_them_is_no_call(sentence):
    assert contacts(sentence) == []


@pytest.mark.parametrize("sentence", [
    "Boris Tamm called Greta Lind, a longtime friend, on Tuesday.",
    "Boris Tamm called Greta Lind, who runs a charity, and asked for help.",
])
def test_a_description_or_relative_clause_on_the_one_called_keeps_the_call(sentence):
    assert pairs(contacts(sentence)) == {frozenset({"Tamm", "Lind"})}


def test_along_with_after_a_comma_is_met_too():
    found = contacts("Boris Tamm met with Clara Venn, along with Greta Lind, at an event in Riga.")
    assert pairs(found) == {frozenset({"Tamm", "Venn"}), frozenset({"Tamm", "Lind"})}


def test_along_with_after_an_adjunct_is_a_companion_of_the_subject():
    found = contacts("Boris Tamm met with Clara Venn in May, along with Greta Lind.")
    assert pairs(found) == {frozenset({"Tamm", "Venn"}), frozenset({"Lind", "Venn"})}


def test_a_date_before_the_contact_noun_dates_it():
    c = only(contacts("Boris Tamm attended a December 2015 meeting with Clara Venn."))
    assert c.when.value == "2015-12"


@pytest.mark.parametrize("sentence, where", [
    ("Boris Tamm hosted Clara Venn in the Oval Office on Monday.", "Oval Office"),
    ("Boris Tamm met Clara Venn at the Grand Palace Hotel.", "Grand Palace Hotel"),
])
def test_a_building_the_model_takes_for_an_organisation_is_the_place(sentence, where):
    assert only(contacts(sentence)).where == where


def test_a_building_the_model_takes_for_a_person_is_no_participant():
    assert contacts("Boris Tamm also visited Dale Tower and called the owner “a true friend.”") == []


def test_a_place_on_a_described_participant_is_the_contacts():
    c = only(contacts("Mr. Tamm hosted Latvia’s foreign minister, Ivan Petrov, in the Oval Office."))
    assert c.where == "Oval Office"


def test_a_day_the_model_left_untagged_counts_from_the_date_before():
    c = only(contacts("On July 31, 2016, Boris Tamm flew back to Riga, and on that same day, wrote to Clara Venn."))
    assert c.when.value == "2016-07-31"


@pytest.mark.parametrize("sentence, where", [
    ("During a visit to Riga, Boris Tamm met Clara Venn.", "Riga"),
    ("Boris Tamm talked to Clara Venn before his trip to Riga.", None),
])
def test_a_trip_places_the_contact_at_its_destination(sentence, where):
    assert only(contacts(sentence)).where == where


def test_a_time_phrase_without_a_date_gives_no_when():
    c = only(contacts("The day after, Boris Tamm hosted Clara Venn in Riga."))
    assert c.when is None


@pytest.mark.parametrize("sentence, pair", [
    ("Boris Tamm named Clara Venn, the official with whom he met in May.", {"Tamm", "Venn"}),
    ("Greta Lind summoned Clara Venn to meet her at the ministry.", {"Lind", "Venn"}),
])
def test_relatives_and_controllers_give_the_sides(sentence, pair):
    assert frozenset(pair) in pairs(contacts(sentence))


def test_not_attending_a_meeting_denies_only_the_absent_part():
    found = contacts("Greta Lind did not attend the meeting between Boris Tamm and Clara Venn.")
    polarity = {frozenset(p.name.split()[-1] for p in c.participants): c.polarity for c in found}
    assert polarity == {frozenset({"Lind", "Tamm"}): "denied", frozenset({"Lind", "Venn"}): "denied",
                        frozenset({"Tamm", "Venn"}): "asserted"}


@pytest.mark.parametrize("sentence", [
    "Boris Tamm has agreed to speak with Senate investigators about his contacts with Clara Venn.",
    "Greta Lind said that Boris Tamm would testify about his meetings with Clara Venn.",
])
def test_a_known_contact_as_the_topic_of_an_act_is_asserted(sentence):
    found = [c for c in contacts(sentence) if pairs([c]) == {frozenset({"Tamm", "Venn"})}]
    assert [c.polarity for c in found] == ["asserted"]


def test_a_participant_phrase_ends_before_a_topic():
    found = contacts("Investigators interviewed two departed officials regarding a misleading statement.")
    assert [m for c in found for m in c.mentions] == ["Investigators", "two departed officials"]


def test_an_interview_is_not_to_anyone():
    assert contacts("The panel will provide a transcript of Boris Tamm's interview to the Judiciary Committee.") == []


@pytest.mark.parametrize("sentence", [
    "The attacks come amid investigations of any contacts between Boris Tamm and Clara Venn.",
    "Two aides said Greta Lind was one of many subjects of an inquiry into possible contacts between the mayor's "
    "campaign and Latvia.",
    "The committee is probing any communications between Boris Tamm and Clara Venn.",
])
def test_what_an_inquiry_looks_for_is_no_contact(sentence):
    assert contacts(sentence) == []


def test_contacts_an_inquiry_is_named_after_stay_open():
    c = only(contacts("The attacks come amid investigations into contacts between Boris Tamm and Clara Venn."))
    assert c.polarity == "hedged"


def test_a_call_compared_with_anothers_has_no_second_side():
    assert contacts("How different is Boris Tamm's call from Clara Venn's?") == []


def test_a_topic_is_not_part_of_a_participant():
    c = only(contacts("Boris Tamm wrote to the professor about a new plan."))
    assert c.mentions == ["Boris Tamm", "professor"]


def test_a_but_clause_after_a_denial_is_not_denied():
    found = contacts("Greta Lind denied that Boris Tamm met Clara Venn, but Tamm called Ivan Petrov twice.")
    polarity = {frozenset(p.name.split()[-1] for p in c.participants): c.polarity for c in found}
    assert polarity == {frozenset({"Tamm", "Venn"}): "denied", frozenset({"Tamm", "Petrov"}): "asserted"}


@pytest.mark.parametrize("sentence", [
    "The senators called on Boris Tamm to meet Clara Venn.",
    "The letter called upon Boris Tamm to meet Clara Venn in Riga.",
])
def test_a_call_on_someone_to_meet_is_intended_and_theirs(sentence):
    c = only(contacts(sentence))
    assert pairs([c]) == {frozenset({"Tamm", "Venn"})} and c.polarity == "hedged" and c.modality == "intended"


def test_a_date_after_on_asks_no_one_to_act():
    c = only(contacts("On Friday, Boris Tamm called in to the station to speak with Clara Venn."))
    assert pairs([c]) == {frozenset({"Tamm", "Venn"})}


def test_a_verb_joined_by_or_to_a_negated_one_is_negated():
    c = only(contacts("“I have never met with or had any conversations with Boris Tamm,” Greta Lind said."))
    assert pairs([c]) == {frozenset({"Lind", "Tamm"})} and c.polarity == "denied"


@pytest.mark.parametrize("sentence", [
    "The prosecutor charged Boris Tamm with making false statements about his contacts with Clara Venn.",
    "Boris Tamm had lied to Ivan Petrov about his contacts with Clara Venn.",
    "Oskar Brandt fired Boris Tamm for misleading Ivan Petrov about his contacts with Clara Venn.",
])
def test_his_is_the_subject_s_not_an_object_s(sentence):
    assert frozenset({"Tamm", "Venn"}) in pairs(contacts(sentence))


def test_an_outlet_reporting_inside_a_quote_asserts_the_contact():
    c = only(contacts("Senator Ted Marsh spoke on Monday. “The leads are there. CNN has reported that Boris Tamm met "
                      "Clara Venn in Riga,” Marsh said."))
    assert c.asserted_by.name == "CNN"


@pytest.mark.parametrize("sentence", [
    "If Boris Tamm denied speaking to Clara Venn, he lied.",
    "If agents had asked him about the calls, and Boris Tamm denied speaking to Clara Venn, then he could be in "
    "trouble.",
])
def test_a_denial_under_a_condition_is_no_denial(sentence):
    assert only(contacts(sentence)).polarity == "hedged"


@pytest.mark.parametrize("sentence, polarity", [
    ("Meetings between Boris Tamm and Clara Venn will take place monthly.", "hedged"),
    ("A meeting between Boris Tamm and Clara Venn took place in May.", "asserted"),
    ("The meeting between Boris Tamm and Clara Venn may have broken the law.", "asserted"),
    ("The meeting between Boris Tamm and Clara Venn did not take place.", "denied"),
    ("The talks between Boris Tamm and Clara Venn did not involve sanctions.", "asserted"),
    ("The talks between Boris Tamm and Clara Venn will involve sanctions.", "hedged"),
    ("The meeting between Boris Tamm and Clara Venn did not take long.", "asserted"),
])
def test_the_verb_saying_the_contact_happens_carries_its_polarity(sentence, polarity):
    assert only(contacts(sentence)).polarity == polarity


def test_a_speaker_label_in_a_transcript_is_not_the_he_of_the_answer():
    text = ("Here is our conversation with the lawyer.\n\nLena Marsh\n\nHow do you read Senator Boris Tamm's "
            "testimony?\n\nOskar Brandt\n\nHe said he had not had contact with Clara Venn.")
    c = only(contacts(text))
    assert pairs([c]) == {frozenset({"Tamm", "Venn"})} and c.polarity == "denied"


@pytest.mark.parametrize("sentence, polarity", [
    ("Did Boris Tamm meet Clara Venn?", "hedged"),
    ("Do you believe that Boris Tamm, who gave a detailed account of his conversation with Clara Venn, lied?",
     "asserted"),
])
def test_a_question_leaves_open_only_what_it_asks(sentence, polarity):
    assert only(contacts(sentence)).polarity == polarity


@pytest.mark.parametrize("sentence, partner, where, event", [
    ("Boris Tamm had private conversations with two Russian officials at the Grand Hotel.", "two Russian officials",
     "Grand Hotel", None),
    ("Boris Tamm spoke with the Russian ambassador during the Harbour Convention.", "Russian ambassador", None,
     "Harbour Convention"),
    ("Boris Tamm met with a lawyer at the firm.", "lawyer at the firm", None, None),
])
def test_a_circumstance_hung_on_the_partner_is_the_contacts(sentence, partner, where, event):
    c = only(contacts(sentence))
    assert c.participants[1].name == partner and (c.where, c.event) == (where, event)


def test_people_working_for_someone_are_the_ones_who_met():
    c = only(contacts("The Journal reported that investigators working for Special Counsel Boris Tamm had met with "
                      "Greta Lind."))
    assert [p.name for p in c.participants] == ["investigators", "Greta Lind"]


@pytest.mark.parametrize("sentence", [
    "Clara Venn will be at the ministry this morning to receive a briefing, and to meet Boris Tamm.",
    "Colleagues praised Clara Venn's decision to meet Boris Tamm.",
    "Colleagues remember Clara Venn's willingness to perform any task and speak frankly with Boris Tamm.",
])
def test_what_someone_means_or_is_willing_to_do_is_not_asserted(sentence):
    c = only(contacts(sentence))
    assert pairs([c]) == {frozenset({"Venn", "Tamm"})} and c.polarity == "hedged"


@pytest.mark.parametrize("sentence", [
    "After Boris Tamm admitted to meeting Clara Venn, Greta Lind denied any contacts.",
    "Boris Tamm testified to meeting Clara Venn twice.",
])
def test_admitting_to_a_contact_asserts_it(sentence):
    c = only(contacts(sentence))
    assert (c.polarity, c.asserted_by.name) == ("asserted", "Boris Tamm")


@pytest.mark.parametrize("sentence, polarity", [
    ("The mayor told reporters at city hall when asked about meeting with Boris Tamm.", "hedged"),
    ("Clara Venn has had to defend herself against allegations that she had contacts with Boris Tamm.", "hedged"),
    ("At 3 p.m., Boris Tamm texted Clara Venn, “Time for a call???”", "asserted"),
    ("Greta Lind asked: “Did Boris Tamm meet Clara Venn?”", "hedged"),
    ("Boris Tamm denied reports he took two calls with Clara Venn.", "denied"),
    ("Boris Tamm answered questions about his contacts with Clara Venn.", "asserted"),
    ("Investigators are questioning witnesses about a September meeting between Boris Tamm and Clara Venn.",
     "asserted"),
])
def test_questions_and_allegations_leave_a_contact_open(sentence, polarity):
    assert only(contacts(sentence)).polarity == polarity


@pytest.mark.parametrize("sentence, polarity", [
    ("Lind should recuse herself from any inquiry probing communications between the Tamm campaign and foreign "
     "bankers.", "hedged"),
    ("The committee is investigating contacts between Tamm aides and foreign bankers.", "hedged"),
    ("The mayor charged that the governor tapped his phone as part of the investigation his campaign was "
     "communicating with the Chinese government.", "hedged"),
    ("The inquiry into meetings between Greta Lind and Boris Tamm began in May.", "hedged"),
    ("The committee is investigating the meeting between Greta Lind and Boris Tamm.", "asserted"),
])
def test_a_contact_an_inquiry_looks_into_is_open(sentence, polarity):
    assert only(contacts(sentence)).polarity == polarity


@pytest.mark.parametrize("sentence", [
    "The file includes unverified allegations of contact between Tamm aides and foreign bankers, and other claims.",
    "The office did not, for instance, examine every public report of a contact between the Tamm campaign and "
    "foreign bankers.",
    "Reports of meetings between Greta Lind and Boris Tamm surfaced in May.",
])
def test_allegations_of_a_contact_leave_it_open(sentence):
    assert only(contacts(sentence)).polarity == "hedged"


def test_an_object_pronoun_is_none_of_its_clauses_subjects():
    found = contacts("On Monday, Boris Tamm, Greta Lind and Oskar Brandt visited the governor, Ivan Petrov, in Riga "
                     "to brief him on the inquiry.")
    assert pairs(found) == {frozenset({"Tamm", "Petrov"}), frozenset({"Lind", "Petrov"}),
                            frozenset({"Brandt", "Petrov"})}


@pytest.mark.parametrize("sentence, when", [
    ("Boris Tamm spoke next. In March, he said, “I never had meetings with Clara Venn about the campaign.”", None),
    ("Boris Tamm said, “I met Clara Venn in March in Riga.”", "2021-03"),
])
def test_a_quoted_contact_is_dated_by_the_quotation_only(sentence, when):
    c = only(contacts(sentence))
    assert (c.when.value if c.when else None) == when


def test_no_evidence_about_what_meetings_were_leaves_them_asserted():
    c = only(contacts("The panel found no evidence that meetings between campaign aides — including Boris Tamm — and "
                      "officials of the Latvian government — including Clara Venn — reflected collusion."))
    assert c.polarity == "asserted"


def test_the_relative_clause_on_a_predicate_noun_is_the_subjects():
    c = only(contacts("Boris Tamm was also the transition team member who spoke with Clara Venn when the sanctions "
                      "were imposed."))
    assert pairs([c]) == {frozenset({"Tamm", "Venn"})}


def test_the_relative_clause_on_a_predicate_name_is_the_names():
    found = contacts('The "woman lawyer" in question is Clara Venn, who met with Boris Tamm at the tower.')
    assert pairs(found) == {frozenset({"Tamm", "Venn"})}


@pytest.mark.parametrize("sentence", [
    "The committee must call top associates of Boris Tamm to Capitol Hill to testify.",
    "Boris Tamm called Clara Venn to the White House.",
])
def test_calling_someone_to_a_place_summons_them(sentence):
    assert [c for c in contacts(sentence) if c.kind == "call"] == []


def test_the_he_or_she_of_a_claim_is_the_claimants():
    c = only(contacts("Senator Greta Lind rejected Clara Venn's claim that she had never met Boris Tamm."))
    assert pairs([c]) == {frozenset({"Venn", "Tamm"})} and c.polarity == "denied"


def test_whether_leaves_a_contact_open_even_a_negative_one():
    c = only(contacts("He argued that there is ambiguity about whether Boris Tamm meant he had no communication with "
                      "Clara Venn."))
    assert c.polarity == "hedged"


def test_a_title_after_a_name_is_no_person():
    c = only(contacts("Boris Tamm resigned, saying that “I inadvertently briefed the Vice President Elect and others "
                      "with incomplete information.”"))
    assert "Elect" not in [p.name for p in c.participants]


@pytest.mark.parametrize("sentence", [
    "Boris Tamm avoided making eye contact with Clara Venn.",
    "Boris Tamm admitted to having inappropriate intimate contact with Clara Venn.",
])
def test_bodily_contact_is_no_communication(sentence):
    assert contacts(sentence) == []


def test_i_in_a_quotation_within_a_quotation_is_whoever_says_it():
    text = "“Not being able to recall it is different than saying, ‘I have not met Clara Venn,’” Boris Tamm said."
    assert contacts(text) == []
    text = "“In retrospect, I should have said, ‘But I did meet Clara Venn a couple of times,’” Boris Tamm said."
    assert pairs(contacts(text)) == {frozenset({"Tamm", "Venn"})}


def test_attribution_between_two_spans_of_a_quotation_is_the_writers():
    c = only(contacts("“We have read the documents,” said Dario Ostrow, a senator who often meets with Elin Sato. "
                      "“We will act on them soon.”"))
    assert c.asserted_by.name == "article"


@pytest.mark.parametrize("opening, closing", [("“", "”"), ('"', '"')])
def test_quotation_mark_that_never_closes_does_not_quote_the_sentences_after_it(opening, closing):
    c = only(contacts(f"Greta Lind praised the board. {opening}It did what it had to do. Boris Tamm later met with "
                      f"Elin Sato in Riga, and the two men talked for an hour. {opening}We are grateful,{closing} "
                      "she said."))
    assert c.asserted_by.name == "article"


def test_quotation_closed_after_several_sentences_is_the_speakers():
    c = only(contacts("Greta Lind praised the board. “It did what it had to do. Boris Tamm met with Elin Sato in "
                      "Riga, and I am grateful,” she said."))
    assert c.asserted_by.name == "Greta Lind"


def test_place_and_outlet_dateline_without_a_dash_is_no_participant():
    found = contacts("New video emerges.\n\nSpringfield (CNN) A Russian banker who was questioned by investigators "
                     "visited the lawyer Tom Miller in his office in January, according to video reviewed by CNN.")
    c = only([c for c in found if c.cue == "visited"])
    assert [p.name for p in c.participants] == ["Russian banker", "Tom Miller"]


def test_facilitated_communications_took_place():
    c = only(contacts("Oskar Ruud facilitated communications between Boris Tamm and Clara Venn."))
    assert c.polarity == "asserted" and c.modality is None
    assert pairs([c]) == {frozenset({"Tamm", "Venn"})}


def test_brokering_one_meeting_is_arranging_it():
    c = only(contacts("Oskar Ruud brokered a meeting between Boris Tamm and Clara Venn."))
    assert c.polarity == "hedged" and c.modality == "intended"


def test_floated_idea_of_a_briefing_is_intended():
    c = only(contacts("Boris Tamm floated the idea of having Clara Venn brief the campaign staff."))
    assert c.polarity == "hedged" and c.modality == "intended"


def test_occasions_hung_on_a_participant_are_not_its_name():
    c = only(contacts("Boris Tamm met the ambassador on two occasions."))
    assert {p.name for p in c.participants} == {"Boris Tamm", "ambassador"}


def test_sidelines_of_a_conference_are_not_a_participants_name():
    c = only(contacts("Boris Tamm spoke with the Estonian leader on the sidelines of a trade conference in Riga."))
    assert {p.name for p in c.participants} == {"Boris Tamm", "Estonian leader"}


def test_a_date_hung_on_a_prepositional_object_says_when():
    from spacy.tokens import Doc, Span

    from presstrace.nlp.participants import circumstance

    words = ["agents", "in", "Rome", "the", "following", "September"]
    doc = Doc(load_pipeline().vocab, words=words, heads=[0, 0, 1, 5, 5, 2],
              deps=["ROOT", "prep", "pobj", "det", "amod", "npadvmod"])
    doc.ents = [Span(doc, 2, 3, label="GPE"), Span(doc, 3, 6, label="DATE")]
    assert circumstance(doc[1])
    doc = Doc(load_pipeline().vocab, words=["officials", "from", "the", "2016", "campaign"], heads=[0, 0, 4, 4, 1],
              deps=["ROOT", "prep", "det", "nummod", "pobj"])
    doc.ents = [Span(doc, 3, 4, label="DATE")]
    assert not circumstance(doc[1])


def test_talking_point_floated_about_a_talk_keeps_it_asserted():
    c = only(contacts("Critics floated the talking point that Boris Tamm broke the law by talking policy with "
                      "Clara Venn."))
    assert c.polarity == "asserted"


def test_name_after_a_comma_renames_the_description_before_it():
    c = only(contacts("Boris Tamm met with the campaign's national security chair, Senator Clara Venn of Ohio, "
                      "in July."))
    assert pairs([c]) == {frozenset({"Tamm", "Venn"})}


def test_name_after_a_comma_that_speaks_is_no_apposition():
    c = only(contacts("Boris Tamm met with the campaign chair, Clara Venn said."))
    assert {p.name for p in c.participants} == {"Boris Tamm", "campaign chair"}


def test_session_and_capacity_hung_on_a_participant_are_not_its_name():
    c = only(contacts("Boris Tamm spent three hours with the committee in closed session."))
    assert {p.name for p in c.participants} == {"Boris Tamm", "committee"}
    c = only(contacts("Boris Tamm met the ambassador in his capacity as a senator."))
    assert {p.name for p in c.participants} == {"Boris Tamm", "ambassador"}


def test_of_an_event_stays_in_a_participants_name():
    c = only(contacts("Boris Tamm met the organizers of the event."))
    assert {p.name for p in c.participants} == {"Boris Tamm", "organizers of the event"}


def test_rejecting_a_request_about_reports_of_a_contact_denies_no_contact():
    c = only(contacts("The agency rejected a White House request to publicly knock down media reports about "
                      "communications between Boris Tamm and Clara Venn."))
    assert c.polarity == "hedged"


def test_denying_reports_of_a_meeting_still_denies_it():
    c = only(contacts("Boris Tamm denied reports that he met Clara Venn."))
    assert c.polarity == "denied"


def test_title_with_its_place_before_the_name_is_that_person():
    c = only(contacts("Later, Anna Mills approached then-Irish Ambassador to the U.K. Peter Dolan about a channel."))
    assert {p.name for p in c.participants} == {"Anna Mills", "Peter Dolan"}
    assert c.mentions == ["Anna Mills", "Peter Dolan"]


def test_the_same_role_noun_is_its_named_holder():
    text = ("Irish Ambassador Peter Dolan declined to comment on Monday. "
            "The same Irish ambassador met Ruth Hale twice last year.")
    c = only(contacts(text))
    assert {p.name for p in c.participants} == {"Peter Dolan", "Ruth Hale"}


def test_aide_to_a_titled_person_is_not_that_person():
    c = only(contacts("Anna Mills met an aide to President Ann Lee in Paris on Monday."))
    assert "Ann Lee" not in {p.name for p in c.participants}


@pytest.mark.parametrize("sentence, named", [
    ("Prosecutors said Rick Holm knowingly met a person with ties to Irish intelligence in 2016.",
     "person with ties to Irish intelligence"),
    ("Rick Holm talked with a man who sold boats in Cork.", "man who sold boats in Cork"),
    ("Rick Holm finally met the person with whom he had traded letters for years.",
     "person with whom he had traded letters for years"),
    ("Rick Holm agreed to meet with a person who could have “information helpful to the campaign,” the memo said.",
     "person who could have “information helpful to the campaign”"),
])
def test_a_vague_person_noun_is_named_with_what_describes_it(sentence, named):
    c = only(contacts(sentence))
    assert named in {p.name for p in c.participants}


def test_title_place_and_name_run_into_one_entity_is_the_named_person():
    text = ("Arkady Vostrikov declined to comment. During the same period, Anna Mills also approached "
            "then-Russian Ambassador to the U.S. Arkady Vostrikov about setting up a secret channel.")
    c = only(contacts(text))
    assert {p.name for p in c.participants} == {"Anna Mills", "Arkady Vostrikov"}


def test_a_convened_group_is_a_side():
    c = only(contacts("The petition calls on the commission to convene an independent group to review the plan."))
    assert {p.name for p in c.participants} == {"commission", "independent group"}
    assert c.modality == "intended"


@pytest.mark.parametrize("sentence", [
    "Boris Tamm was grilled in the debate by the panel.",
    "Clara Venn was questioned during the interview by the prosecutors.",
    "Boris Tamm was pressed in the debate by Clara Venn.",
    "Boris Tamm was pushed during the meeting by the panel.",
])
def test_by_phrase_hung_on_the_framing_event_is_the_doer(sentence):
    assert len(only(contacts(sentence)).participants) == 2


@pytest.mark.parametrize(("sentence", "other"), [
    ("Estonia negotiated Latvia's withdrawal from the pact.", "Latvia"),
    ("Finland negotiated the terms of Sweden's entry into the union.", "Sweden"),
    ("The Kremlin is expected to play hardball in negotiating Estonia's exit.", "Estonia"),
])
def test_negotiating_a_country_s_own_matter_is_negotiating_with_it(sentence, other):
    c = only(contacts(sentence))
    assert other in {p.name for p in c.participants}


@pytest.mark.parametrize(("sentence", "other"), [
    ("Over the decade, Estonia has managed to negotiate deep cuts to Latvia's arsenal.", "Latvia"),
    ("Finland negotiated steep cuts to the U.S. stockpile.", "U.S."),
    ("Norway negotiated limits on Sweden's fishing fleet.", "Sweden"),
])
def test_negotiating_changes_to_a_country_s_holding_is_negotiating_with_it(sentence, other):
    c = only(contacts(sentence))
    assert other in {p.name for p in c.participants}


@pytest.mark.parametrize("sentence", [
    "Oskar Brandt negotiated cuts to the U.S. budget.",  # a person may be on the country's own side
    "Norway negotiated sanctions on Sweden.",  # a target, not a holding
])
def test_negotiating_a_change_is_with_the_holder_only_between_countries(sentence):
    assert contacts(sentence) == []


def test_negotiating_a_person_s_matter_or_one_s_own_is_no_contact():
    assert contacts("Boris Tamm negotiated his release from the clinic.") == []


@pytest.mark.parametrize("sentence", [
    "Boris Tamm dislikes negotiating with groups.",
    "Clara Venn enjoys meeting with officials.",
])
def test_liking_contacts_with_unnamed_people_is_a_habit(sentence):
    assert contacts(sentence) == []


def test_negotiating_a_client_s_deal_is_no_contact_with_the_client():
    assert contacts("Defense lawyer Clara Venn, who has negotiated Tamm' plea deal for a month, "
                    "told the court.") == []


def test_surname_written_in_full_inside_an_organisation_is_a_person():
    c = only(contacts("The Boris Tamm Foundation gave money. Tamm met with Clara Venn."))
    assert {p.name for p in c.participants} == {"Boris Tamm", "Clara Venn"}


@pytest.mark.parametrize("sentence", [
    "The senators asked Chairman Boris Tamm to call Clara Venn before his committee to explain the payments.",
    "Boris Tamm will call Clara Venn before the panel next week.",
])
def test_calling_someone_before_a_body_summons_them(sentence):
    assert [c for c in contacts(sentence) if c.kind == "call"] == []


def test_calling_someone_before_a_time_is_a_call():
    assert pairs(contacts("Boris Tamm called Clara Venn before dawn on Tuesday.")) == {frozenset({"Tamm", "Venn"})}


def test_the_subject_of_a_passive_discussed_is_the_topic():
    assert contacts("Clara Venn is being discussed by Boris Tamm as a possible running mate.") == []


def test_the_subject_of_a_passive_spoken_to_is_a_side():
    assert pairs(contacts("Clara Venn was spoken to by Boris Tamm on Monday.")) == {frozenset({"Tamm", "Venn"})}


def test_who_is_helped_in_meeting_someone_meets_them():
    found = contacts("Ivan Sorokin asked Peter Dunmore to assist him in meeting "
                     "senior members of the Hollis campaign.")
    assert {p.name for c in found for p in c.participants if not p.is_group} == {"Ivan Sorokin"}


@pytest.mark.parametrize("sentence", [
    "Boris Tamm blamed the press for exposing his erroneous statements denying he talked to Clara Venn about the loan.",
    "Officials warned that their public assertions that Boris Tamm had not discussed the loan with Clara Venn "
    "were incorrect.",
])
def test_a_denial_the_writer_calls_false_asserts_the_contact(sentence):
    c = only(contacts(sentence))
    assert pairs([c]) == {frozenset({"Tamm", "Venn"})}
    assert (c.polarity, c.asserted_by.name) == ("asserted", "article")


def test_a_claim_the_writer_calls_false_denies_the_contact():
    c = only(contacts("The ministry dismissed false reports that Boris Tamm met Clara Venn in Riga."))
    assert c.polarity == "denied"



@pytest.mark.parametrize("sentence, name", [
    ("Mr. Kilbride joined the transition team. At noon, Boris Flint spoke with Kilbride for almost 20 minutes.",
     "Kilbride"),
    ("Mr. Vardanyan joined the team in May. Boris Tamm later met with Vardanyan in Riga.", "Vardanyan"),
])
def test_a_surname_tagged_a_place_is_a_person_the_article_names_elsewhere(sentence, name):
    c = only(contacts(sentence))
    assert [(p.name, p.is_group) for p in c.participants if p.name == name] == [(name, False)]


@pytest.mark.parametrize("sentence", [
    "Lawyers said Boris Tamm would lie about a conversation he had with Clara Venn.",
    "Boris Tamm may be asked about a meeting he held with Clara Venn in Riga.",
    "Reporters wondered whether Boris Tamm would mention a call he had with Clara Venn.",
])
def test_a_contact_someone_had_is_asserted_whatever_is_said_of_it(sentence):
    c = only(contacts(sentence))
    assert pairs([c]) == {frozenset({"Tamm", "Venn"})}
    assert c.polarity == "asserted"


def test_a_contact_someone_never_had_is_not_asserted():
    assert all(c.polarity != "asserted" for c in contacts("Boris Tamm may describe a meeting he never had with "
                                                          "Clara Venn."))


@pytest.mark.parametrize("sentence", [
    "Boris Tamm misled the minister about his contact with Estonian Ambassador to the U.S. Sergey Kolnik.",
    "Boris Tamm arranged meetings between campaign advisers and Latvian ambassador to the US Sergey Kolnik.",
])
def test_the_name_after_an_office_and_its_place_is_the_holder(sentence):
    assert "Sergey Kolnik" in {p.name for c in contacts(sentence) for p in c.participants}


@pytest.mark.parametrize("published, holder", [("2018-05-02", "Donald Trump"), ("2016-05-02", "Barack Obama")])
def test_the_president_the_article_names_no_holder_of_is_the_one_in_office(published, holder):
    text = ("Donald Trump and Barack Obama disagree on trade. Markets fell. Analysts were worried. "
            "The president met Clara Venn on Monday.")
    c = only(contacts(text, published=published))
    assert {p.name for p in c.participants} == {holder, "Clara Venn"}


def test_a_qualified_president_is_not_the_one_in_office():
    text = "Donald Trump spoke on Sunday. The Latvian president met Clara Venn on Monday."
    assert "Donald Trump" not in {p.name for c in contacts(text) for p in c.participants}


def test_place_hung_on_a_named_person_the_model_took_for_an_organisation():
    text = ("Donald Trump won. Boris Tamm met with Trump in New York shortly after the election, and advisers "
            "held him out as the leading candidate.")
    assert only(contacts(text)).where == "New York"


def test_his_on_a_noun_listed_after_a_named_person_is_that_persons():
    found = contacts("Peter Lorn said he met Boris Tamm and his son on Monday.")
    assert any(p.name.startswith("Boris Tamm’s son") for c in found for p in c.participants)


@pytest.mark.parametrize("sentence", [
    "Critics said Boris Tamm should have said that he had never met Clara Venn.",
    "Boris Tamm could have added that he had not spoken to Clara Venn in May.",
])
def test_what_someone_should_have_said_is_neither_asserted_nor_denied(sentence):
    assert only(contacts(sentence)).polarity == "hedged"


def test_what_someone_should_have_disclosed_is_known():
    assert only(contacts("It should have been disclosed to the court that Boris Tamm was meeting with Clara "
                         "Venn.")).polarity == "asserted"


def test_his_in_an_apposition_to_a_name_is_not_that_names():
    text = ("Peter Lorn won the vote on May 8. He met Thursday with Estonian Prime Minister Kaja Rand, his first "
            "face-to-face meeting with a foreign leader since winning the election.")
    meeting = [c for c in contacts(text) if c.cue == "meeting"]
    assert meeting and all("Kaja Rand" not in {p.name for p in c.participants} for c in meeting)


def test_his_in_a_clause_about_a_persons_thing_is_that_persons():
    text = ("Peter Lorn traveled to Moscow in July. Arkady Volkov said Lorn's activities in Russia, as described "
            "in his emails with the campaign, were lawful.")
    assert {p.name for c in contacts(text) for p in c.participants if not p.is_group} == {"Peter Lorn"}


def test_a_people_named_with_who_stays_a_group():
    found = contacts("Did any adviser of Boris Tamm have contact with the Estonians who were trying to sway the vote?")
    assert any(p.is_group for c in found for p in c.participants if p.name.endswith("Estonians"))


def test_the_president_near_a_former_president_stays_unresolved():
    text = ("Donald Trump spoke on Sunday. The tapes of Richard Nixon were released in 1974. They showed the "
            "president told Boris Tamm to drop the case. Tamm said he never communicated with the president.")
    assert "Donald Trump" not in {p.name for c in contacts(text, published="2018-05-02") for p in c.participants}


def test_a_relative_clause_after_the_last_of_two_names_is_the_last_ones():
    c = only(contacts("Boris Tamm praised Kalev Sepp and Peeter Volkonski, whom he first met in 1994."))
    assert pairs([c]) == {frozenset({"Tamm", "Volkonski"})}


def test_his_after_two_listed_names_is_the_nearer_ones():
    found = contacts("Few senators took sides in the debate between Boris Tamm and Peter Lorn and his attorney.")
    assert not any(p.name.startswith("Boris Tamm’s") for c in found for p in c.participants)


@pytest.mark.parametrize(("sentence", "sides"), [
    ("The envoy presented Boris Tamm with a proposal by Clara Venn to meet in Riga.", {"Tamm", "Venn"}),
    ("Reporters learned of an invitation by Oskar Brandt to Ivan Petrov to meet in Vienna.", {"Brandt", "Petrov"}),
    ("At the dinner, the envoy surprised the Estonians with an offer by Latvia to negotiate.",
     {"Latvia", "Estonians"}),
    ("Latvia's invitation to Estonia to negotiate was rejected.", {"Latvia", "Estonia"}),
])
def test_a_proposal_to_meet_is_a_contact_with_whom_it_went_to(sentence, sides):
    c = only(contacts(sentence))
    assert {p.name.split()[-1] for p in c.participants} == sides
    assert c.polarity == "hedged"


def test_the_by_agent_of_a_decision_to_meet_is_who_would_meet():
    c = only(contacts("The decision by Boris Tamm to meet Clara Venn surprised everyone."))
    assert pairs([c]) == {frozenset({"Tamm", "Venn"})}


@pytest.mark.parametrize("sentence", [
    "Boris Tamm surprised reporters with an offer by Clara Venn to talk.",  # an audience
    "The envoy surprised Peter Lorn with an invitation by Clara Venn for Boris Tamm to meet him.",  # Tamm would meet
])
def test_a_proposal_to_an_audience_or_for_someone_else_to_meet_is_no_contact_of_its_maker(sentence):
    assert not any("Clara Venn" in {p.name for p in c.participants} for c in contacts(sentence))


@pytest.mark.parametrize(("sentence", "other"), [
    ("Clara Venn answered every question. When a debate moderator asked if she would resign, Venn laughed.", "Venn"),
    ("The interview host pressed Boris Tamm on the budget.", "Tamm"),
])
def test_a_person_named_by_their_part_in_an_event_acting_on_someone_had_that_contact(sentence, other):
    c = only(contacts(sentence))
    assert {p.name.split()[-1] for p in c.participants} == {"moderator" if "moderator" in sentence else "host", other}


@pytest.mark.parametrize("sentence", [
    "A meeting organizer told reporters the room was full.",  # an audience
    "The debate moderator asked whether the plan would work.",  # asked no one named
])
def test_a_part_in_an_event_acting_on_no_person_is_no_contact(sentence):
    assert contacts(sentence) == []


def test_a_known_surname_the_model_took_for_an_organisation_is_acted_on_in_a_framing_event():
    found = contacts("In the first debate, Peter Lorn pushed Sommers to pledge his loyalty to capitalism. "
                     "Senator Sommers declined.")
    assert pairs(found) == {frozenset({"Lorn", "Sommers"})}


@pytest.mark.parametrize("sentence", [
    "The Oregon Courier broke the story in May. On June 9, however, the Courier reported, citing anonymous current "
    "and former government officials, that Boris Tamm had “privately discussed new tariffs” with Greta Venn in "
    "December.",
    "The Oregon Courier broke the story in May. On June 9, the Courier reported that Boris Tamm had met Greta Venn "
    "in December.",
])
def test_an_outlet_reporting_a_contact_asserts_it_by_its_full_name(sentence):
    c = only(contacts(sentence))
    assert (c.polarity, c.asserted_by.name) == ("asserted", "The Oregon Courier")


def test_a_contact_alleged_by_an_outlets_article_is_the_outlets():
    c = only(contacts("One of the strongest signs of the scandal among critics was an Oregon Courier article in "
                      "February 2017, alleging that officials had repeatedly intercepted communications between the "
                      "Tamm campaign and foreign bankers."))
    assert (c.polarity, c.asserted_by.name) == ("hedged", "Oregon Courier")


def test_a_contact_listed_in_a_participle_after_said_is_the_speakers():
    found = contacts("Greta Lind spoke on Monday. “There is a case without the file,” she said, rattling off a list "
                     "of other events, such as a secret meeting between a Latvian banker and Tamm aides at the Riga "
                     "Hotel.")
    assert only(found).asserted_by.name == "Greta Lind"


def test_a_possessor_taken_for_the_agent_gives_way_to_the_noun_it_owns():
    found = contacts("Tom Verne met Ivan Petrov in Oslo last May. Reporters were kept away from the meeting, which was "
                     "also attended by Russia’s then U.S. ambassador, Sergey Volkov, while state media released "
                     "photographs of it.")
    assert all(p.name != "Russia" for c in found for p in c.participants), [c.participants for c in found]
    assert frozenset({"Verne", "Volkov"}) in pairs(found)


def test_what_an_inquiry_looks_into_is_no_ones_claim():
    c = only(contacts("Boris Tamm charged that Clara Venn tapped his phone as part of the investigation his campaign "
                      "was communicating with the Latvian government."))
    assert (c.polarity, c.asserted_by.name) == ("hedged", "article")


@pytest.mark.parametrize("sentence, polarity", [
    ("Greta Lind recalled that her first reaction, upon being told that the agents had interviewed Boris Tamm on "
     "May 4, was to ask how he did – did they think he lied?", "asserted"),
    ("What did the inquiry find about that March 2019 meeting between Boris Tamm and Clara Venn?", "asserted"),
    ("Did the meeting between Boris Tamm and Clara Venn take place?", "hedged"),
    ("Boris Tamm met with Clara Venn?", "hedged"),
    ("Has Boris Tamm ever met Clara Venn?", "hedged"),
    ("Did talking with the ambassador about contacts between Boris Tamm and Clara Venn, did that undercut the "
     "effort?", "hedged"),
])
def test_a_question_mark_asks_only_its_own_clause(sentence, polarity):
    assert only(contacts(sentence)).polarity == polarity


@pytest.mark.parametrize("sentence", [
    "After Clara Venn went on the radio and asked the mayor to call her, Boris Tamm did.",
    "Clara Venn asked Boris Tamm to call her, and he did.",
])
def test_a_request_answered_by_did_was_carried_out(sentence):
    c = only(contacts(sentence))
    assert (c.polarity, c.modality, c.asserted_by.name) == ("asserted", None, "article")


@pytest.mark.parametrize("sentence, polarity", [
    ("Greta Lind was part of a group that unsuccessfully sought a meeting with Boris Tamm in May.", "denied"),
    ("Boris Tamm tried unsuccessfully to meet Clara Venn.", "denied"),
    ("Boris Tamm failed to meet Clara Venn.", "denied"),
    ("Boris Tamm failed to disclose his meeting with Clara Venn.", "asserted"),
    ("Boris Tamm tried to meet Clara Venn.", "hedged"),
    ("Boris Tamm refused to talk to Clara Venn until she apologised.", "asserted"),
    ("Among the issues Greta Lind declined to discuss with the panel was the deal.", "asserted"),
    ("Boris Tamm failed to disclose that he had contacts with Clara Venn.", "asserted"),
])
def test_an_attempt_that_failed_denies_its_contact(sentence, polarity):
    assert only(contacts(sentence)).polarity == polarity


@pytest.mark.parametrize("sentence, polarity, modality", [
    ("Boris Tamm refused to meet with Clara Venn.", "denied", "intended"),
    ("Boris Tamm declined to meet with Clara Venn.", "denied", "intended"),
    ("Boris Tamm refused to commit to speaking with Clara Venn.", "hedged", "intended"),
])
def test_a_refused_contact_did_not_take_place(sentence, polarity, modality):
    c = only(contacts(sentence))
    assert (c.polarity, c.modality) == (polarity, modality)


def test_declining_to_say_asserts_nothing():
    c = only(contacts("Boris Tamm declined to say whether he met Clara Venn."))
    assert (c.polarity, c.asserted_by.name) == ("hedged", "article")


@pytest.mark.parametrize("sentence, polarity", [
    ("Well, if you remember, Boris Tamm met with Clara Venn inside the town hall.", "asserted"),
    ("If the talks go well, Boris Tamm would meet with Clara Venn inside the town hall.", "hedged"),
    ("Greta Lind stated that she believed it would be possible to check the letter through Boris Tamm, whom she had "
     "previously met in April.", "asserted"),
    ("Greta Lind believes it would be possible to check the letter through a lawyer who had met Boris Tamm.", "hedged"),
])
def test_an_aside_to_the_reader_states_its_contact(sentence, polarity):
    assert only(contacts(sentence)).polarity == polarity


def test_a_false_claim_dated_by_a_gerund_leaves_the_contact_open():
    c = only(contacts("Greta Lind falsely claimed she met with Boris Tamm before joining the campaign."))
    assert c.polarity == "hedged"


@pytest.mark.parametrize("sentence", [
    "Boris Tamm said Greta Lind should call Clara Venn.",
    "Boris Tamm must have met Clara Venn.",
    "The deal covers future contacts between Boris Tamm and Clara Venn.",
])
def test_a_contact_that_ought_to_happen_is_not_asserted(sentence):
    assert only(contacts(sentence)).polarity == "hedged"


@pytest.mark.parametrize("sentence, polarity, speaker", [
    ("The Courier’s Greta Lind and Ana Polk report that, per a source, Boris Tamm has “not yet met with "
     "prosecutors.”", "denied", "Greta Lind"),
    ("Boris Tamm flatly denied any wrongdoing, saying in prepared remarks released Monday that he had no improper "
     "contacts with Latvian officials.", "denied", "Boris Tamm"),
    ("Boris Tamm is promising voters that his administration is still working on tax reform, and he met with the "
     "harbour commissioners Tuesday.", "asserted", "article"),
])
def test_who_asserts_the_contact(sentence, polarity, speaker):
    c = only(contacts(sentence))
    assert (c.polarity, c.asserted_by.name) == (polarity, speaker)


@pytest.mark.parametrize("sentence, polarity, speaker", [
    ("Greta Lind later described her first conversation with Boris Tamm.", "asserted", "Greta Lind"),
    ("The memo describes alleged meetings between Boris Tamm and Latvian officials.", "hedged", "memo"),
    ("Boris Tamm resigned over whether he falsely described his contacts with Clara Venn.", "asserted", "Boris Tamm"),
    ("Boris Tamm did not disclose his meetings with Clara Venn.", "asserted", "article"),
])
def test_who_tells_of_a_contact_asserts_it(sentence, polarity, speaker):
    c = only(contacts(sentence))
    assert (c.polarity, c.asserted_by.name) == (polarity, speaker)


def test_the_outlet_of_scoops_revealing_a_contact_asserts_it():
    c = only(contacts("This report comes after a pair of Courier scoops revealing that a Republican operative "
                      "contacted Boris Tamm."))
    assert c.asserted_by.name == "Courier"


def test_a_second_that_clause_is_still_what_was_said():
    found = contacts("Boris Tamm told reporters that he did not plan to meet Clara Venn but that once he was there "
                     "discussing deals with Greta Lind, they suggested that he stay.")
    assert found and all(c.asserted_by.name == "Boris Tamm" for c in found)


def test_what_goes_on_in_the_tense_of_what_was_said_is_still_said():
    found = contacts("The letter says that Boris Tamm met Clara Venn in March -- and he sought to arrange a meeting "
                     "between the mayor and Greta Lind.")
    assert found and all(c.asserted_by.name == "letter" for c in found)


TRANSCRIPT = ("Senators questioned the nominee on Tuesday, led by Rep. Dale Whitcombe and Sen. Nora Pellham.\n\n"
              "PELLHAM: Did you meet with the Latvian envoy? WHITCOMBE: I did not meet with the envoy. But Tom "
              "Grayling met the envoy twice in July. PELLHAM: Will Grayling meet the envoy again?")


def test_a_contact_in_a_transcript_turn_is_asserted_by_its_speaker():
    found = {c.evidence.text: c for c in contacts(TRANSCRIPT)}
    met = found["But Tom Grayling met the envoy twice in July."]
    assert met.asserted_by.name == "Dale Whitcombe" and met.polarity == "asserted"


def test_i_in_a_transcript_turn_is_its_speaker():
    found = {c.evidence.text: c for c in contacts(TRANSCRIPT)}
    denied = found["I did not meet with the envoy."]
    assert [p.name for p in denied.participants][0] == "Dale Whitcombe" and denied.polarity == "denied"
    assert denied.asserted_by.name == "Dale Whitcombe"


def test_a_question_turn_is_hedged_by_the_one_who_asks():
    found = {c.evidence.text: c for c in contacts(TRANSCRIPT)}
    asked = found["Will Grayling meet the envoy again?"]
    assert asked.asserted_by.name == "Nora Pellham" and asked.polarity == "hedged"


def test_a_sentence_naming_the_speaker_inside_a_turn_is_the_writers():
    text = ("Ivo Ostrov and Greta Brandt spoke to the panel. OSTROV: Thank you. BRANDT: Thank you. Later that day "
            "Brandt met the envoy again. OSTROV: Goodbye.")
    later = {c.evidence.text: c for c in contacts(text)}["Later that day Brandt met the envoy again."]
    assert later.asserted_by.name == "article"


def test_a_speaker_label_is_no_participant():
    from presstrace.nlp.participants import Resolver
    from presstrace.nlp.people import find_people

    doc = load_pipeline()("Rep. Dan Odell asked. HALVERSEN: Thanks. ODELL: Chancellor Brix met me. HALVERSEN: Yes.")
    label = next(t for t in doc if t.text == "ODELL")
    assert Resolver(find_people(doc), []).mention(label) is None


def _names(found: list[Contact]) -> set[str]:
    return {p.name for c in found for p in c.participants}


def test_a_family_noun_is_the_one_named_relative_of_that_surname_and_gender():
    text = ("Mayor Boris Tamm defended his family on Monday. Peter Tamm runs the family firm. In May, Tamm's son met "
            "Clara Venn in Riga.")
    assert "Peter Tamm" in _names(contacts(text))


def test_a_family_noun_stays_a_description_when_two_relatives_fit():
    text = ("Mayor Boris Tamm defended his family on Monday. Peter Tamm and Mark Tamm run the family firm. In May, "
            "Tamm's son met Clara Venn in Riga.")
    assert "Tamm's son" in _names(contacts(text))


def test_an_in_law_is_the_relative_the_article_states():
    text = ("Boris Tamm praised his son-in-law, Marek Lind, on Monday. In May, Tamm's son-in-law met Clara Venn in "
            "Riga.")
    assert "Marek Lind" in _names(contacts(text))


def test_a_name_after_the_descriptions_own_person_renames_the_description():
    found = contacts("In May, an adviser introduced Boris Tamm to a banker and friend of Clara Venn, Peter Lind, "
                     "in Riga.")
    assert {"Boris Tamm", "Peter Lind"} <= _names(found)
    assert "friend of Clara Venn" not in _names(found)
    titled = contacts("The panel has interviewed former White House chief of staff Clara Venn, former spokesman Peter "
                      "Lind and other officials.")
    assert {"Clara Venn", "Peter Lind"} <= _names(titled)  # a title's own holder first


def test_a_bare_group_noun_is_the_group_named_just_before_with_that_noun():
    found = contacts("Boris Tamm will testify before the Senate ethics committee on Monday, and Clara Venn is expected "
                     "to meet soon with the committee.")
    assert "committee" not in _names(found)
    assert "Senate ethics committee" in _names(found)


def test_a_bare_group_noun_stays_bare_when_two_groups_are_named_with_it():
    found = contacts("Boris Tamm testified before the Senate ethics committee and the House budget committee. Clara "
                     "Venn is expected to meet soon with the committee.")
    assert "committee" in _names(found)


def test_its_group_is_the_organisations_named_before_it_or_no_one():
    found = contacts("Boris Tamm was the only Acme representative to negotiate directly with Nordic Holdings or its "
                     "agents.")
    assert "its agents" not in _names(found)
    assert any(name.startswith("Nordic Holdings") and name.endswith("agents") for name in _names(found))
    unnamed = contacts("Tamm said no government can be effective when its leaders cannot meet with Clara Venn.")
    assert all("its" not in name.split() for name in _names(unnamed))


def test_a_bare_group_noun_after_its_sentence_is_the_one_group_the_article_names_with_it():
    one = contacts("Boris Tamm testified before the Senate ethics committee in May. Clara Venn will meet with the "
                   "committee soon.")
    two = contacts("Boris Tamm testified before the Senate ethics committee in May. Ann Roe spoke to the House budget "
                   "committee in June. Clara Venn will meet with the committee soon.")
    assert "Senate ethics committee" in _names(one)
    assert "committee" in _names(two)
