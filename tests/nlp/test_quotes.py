"""Direct, indirect and mixed quotations, their speakers and their sourcing chain.

Every sentence here is written for the tests."""

from __future__ import annotations

import pytest

from presstrace.nlp import load_pipeline
from presstrace.nlp.people import find_people
from presstrace.nlp.quotes import find_quotes, find_title_quotes, quote_segments


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


def test_quote_run_after_a_speech_verb_the_cue_was_about(nlp):
    text = "“I had to tell someone,” Omar Tessin said about finally speaking out. “The records were wrong for years.”"
    found = quotes(nlp, text)
    q = one(found, "tell someone")
    assert "records were wrong" in q.text and len(q.spans) == 2 and q.speaker.name == "Omar Tessin"
    assert len(found) == 1


def test_quotation_after_a_second_act_of_saying_is_its_own(nlp):
    text = "“Nobody can stop the vote now,” Lena Morwick said before adding: “Though the courts might, I suppose.”"
    found = quotes(nlp, text)
    first, second = one(found, "Nobody"), one(found, "courts")
    assert first is not second and "courts" not in first.text
    assert first.speaker.name == second.speaker.name == "Lena Morwick" and second.cue == "adding"


def test_speech_verb_in_a_clause_of_time_starts_its_own_quotation(nlp):
    text = ("Tom Reyes told Ann Lee that the news was “very, very troubling,” before noting that the mayor is "
            "“a good person.”")
    found = quotes(nlp, text)
    first, second = one(found, "news"), one(found, "mayor")
    assert first is not second and "noting" not in first.text and second.cue == "noting"


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


@pytest.mark.parametrize("text, fragment, speaker", [
    ("The three economists -- Mr. Holloway, Ms. Verhoeven and Mr. Brandt -- agreed that the tariff would hurt "
     "farmers.", "tariff", "Holloway, Verhoeven and Brandt"),
    ("Both senators, Ellen Marsh and Tom Riddick, said the bill would pass.", "bill would pass",
     "Ellen Marsh and Tom Riddick"),
])
def test_plural_subject_with_a_list_of_names_speaks_as_all_of_them(nlp, text, fragment, speaker):
    q = one(quotes(nlp, text), fragment)
    assert q.speaker is not None and q.speaker.name == speaker and q.speaker.is_group


def test_name_set_off_after_an_unnamed_conjunct_names_it(nlp):
    text = ("In 1952, Eisenhower and his future secretary of State, John Foster Dulles, criticized the old strategy "
            "of containing the rival power.")
    q = one(quotes(nlp, text), "strategy")
    assert q.speaker is not None and q.speaker.name == "Eisenhower and John Foster Dulles"


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
    assert q.text == "Many of the closures have involved public courses"


@pytest.mark.parametrize("text, needle, content", [
    ("The bridge was safe, said Lidia Moreno, but the tunnel needed repairs.", "bridge",
     "The bridge was safe but the tunnel needed repairs"),
    ("The reports covered many topics, the agency said, including wages, housing and transit.", "reports",
     "The reports covered many topics including wages, housing and transit"),
    ("The rules had to change, Lidia Moreno said, because farmers are now planting earlier.", "rules",
     "The rules had to change because farmers are now planting earlier"),
])
def test_reported_sentence_resumes_after_a_parenthetical_attribution(nlp, text, needle, content):
    q = one(quotes(nlp, text), needle)
    assert q.text == content and len(q.spans) == 2


def test_second_act_after_a_parenthetical_attribution_stays_out(nlp):
    found = quotes(nlp, "The bridge was safe, Lidia Moreno said, adding that the tunnel needed repairs.")
    assert one(found, "bridge").text == "The bridge was safe"


@pytest.mark.parametrize("text, content", [
    ("Karen Holt asked the woman to raise her voice and say the word louder.",
     "the woman to raise her voice and say the word louder"),
    ("Karen Holt urged voters to stay calm and tell their neighbors the polls were open.",
     "voters to stay calm and tell their neighbors the polls were open"),
])
def test_bare_speech_verb_joined_to_the_infinitive_content_stays_in_it(nlp, text, content):
    assert one(quotes(nlp, text), content.split(" and ")[0]).text == content


def test_past_tense_speech_verb_after_the_infinitive_content_is_a_statement_of_its_own(nlp):
    found = quotes(nlp, "Karen Holt urged voters to stay calm and said the polls were open.")
    assert one(found, "stay calm").text == "voters to stay calm"


def test_clause_ending_inside_a_quotation_runs_to_the_closing_mark(nlp):
    text = ('Mayor Ilse Brandt has said that she would "close the yard for good. I do not know '
            'what else we can do, but we will find out."')
    q = one(quotes(nlp, text), "close the yard")
    assert q.text.endswith("we will find out.")


def test_verb_in_a_noun_slot_is_not_a_cue(nlp):
    # the small model tags "states" here as a verb (VBZ) in a prepositional object's slot
    text = "The group has rented offices in at least five Super Tuesday states, according to its director."
    q = one(quotes(nlp, text), "offices")
    assert q.cue == "according to" and "director" in q.speaker.name


def test_closing_cue_hung_on_the_clause(nlp):
    text = ("A decade of shrinking school budgets will end this year, sooner than expected, "
            "the state audit office reported on Tuesday.")
    q = one(quotes(nlp, text), "school budgets")
    assert q.cue == "reported" and "audit office" in q.speaker.name
    assert "reported" not in q.text and "sooner than expected" in q.text


def test_as_aside_attributes_the_clause(nlp):
    q = one(quotes(nlp, "But as Mira Olsen noted, the new ferry will double the number of crossings."), "ferry")
    assert q.speaker.name == "Mira Olsen" and q.cue == "noted"
    assert q.text.startswith("the new ferry") and "noted" not in q.text


@pytest.mark.parametrize("text, content", [
    ("On Monday, the board did not budge, even as parents in the district called for the superintendent's "
     "resignation.", "the superintendent's resignation"),
    ("The mayor refused to resign, even as council members called for an independent audit.", "an independent audit"),
])
def test_as_clause_with_content_of_its_own_does_not_take_the_main_clause(nlp, text, content):
    found = quotes(nlp, text)
    assert [q.text for q in found] == [content]


@pytest.mark.parametrize("text", [
    "Senator Ruth Alder visited the plant on Monday. Dozens of workers stood behind the senator as she boasted "
    "about the new contract and said that most of the jobs would stay in the county.",
    "Senator Ruth Alder visited the plant on Monday. Dozens of workers stood behind her as she bragged about the "
    "contract and said the jobs would stay.",
])
def test_cue_joined_after_a_speech_clause_shares_its_speaker(nlp, text):
    q = one(quotes(nlp, text), "jobs would stay")
    assert q.cue == "said" and q.speaker.name == "Ruth Alder"


@pytest.mark.parametrize("text, content", [
    ("The agency ran a campaign for the new bridge: “Build it now and build it right,” the flyer says.",
     "Build it now and build it right"),
    ("Mr. Corrigan printed a slogan for the fair: ''Come for the pies, stay for the music,'' his leaflet says.",
     "Come for the pies, stay for the music"),
])
def test_clause_before_a_colon_is_not_part_of_the_quotation_after_it(nlp, text, content):
    q = one(quotes(nlp, text), content)
    assert q.text.startswith(content) and q.type == "direct"


@pytest.mark.parametrize("text, content", [
    ("Mr. Dorsey repeats his favorite claim about the port (the real figure is closer to 12 percent, according to "
     "the county auditor). He defended it on Monday.", "the real figure is closer to 12 percent"),
    ("The mayor cited a survey on the bridge (the share of drivers who use it fell by a third, according to the "
     "county auditor) in his speech.", "the share of drivers who use it fell by a third"),
])
def test_according_to_inside_brackets_speaks_for_the_bracketed_words(nlp, text, content):
    q = one(quotes(nlp, text), content)
    assert q.cue == "according to" and q.speaker.name == "county auditor" and q.text == content


@pytest.mark.parametrize("text, content", [
    ("Mayor Ida Brandt lost her cool at the fair, jabbing her finger at a heckler as she angrily said, “I am so sick "
     "of the lies about me.”", "I am so sick of the lies about me."),
    ("Governor Tom Aldous stood on the steps, waving at the crowd as he said, “We have won this fight.”",
     "We have won this fight."),
])
def test_as_clause_followed_by_a_quotation_introduces_it(nlp, text, content):
    q = one(quotes(nlp, text), content)
    assert q.text == content and q.type == "direct"


@pytest.mark.parametrize("text, content", [
    ("As Senator Ana Ruiz told reporters on Monday, the bridge will reopen in May.", "the bridge will reopen in May"),
    ("As Mayor Tom Veldt told the Harbor Gazette, the ferry fares will stay low this year.",
     "the ferry fares will stay low this year"),
])
def test_as_aside_with_an_addressee_attributes_the_clause(nlp, text, content):
    q = one(quotes(nlp, text), content)
    assert q.text == content and q.cue == "told"


def test_as_aside_with_an_addressee_before_a_quotation_introduces_it(nlp):
    text = "However, as Bishop Tomas Rell of the diocese told the Harbor Gazette, “We have waited long enough.”"
    q = one(quotes(nlp, text), "waited long enough")
    assert q.text == "We have waited long enough." and q.type == "direct" and "Tomas Rell" in q.speaker.name


def test_said_with_an_object_that_stands_for_words(nlp):
    text = "Sixty percent of the members backed the merger, while 31 percent said the same of the buyout."
    q = one(quotes(nlp, text), "the same")
    assert q.cue == "said" and q.speaker.name == "31 percent"


def test_speech_verb_inside_another_quotation_is_not_a_quotation(nlp):
    found = quotes(nlp, "Ruth Ames said the tenants accused the landlord of ignoring the leaks for months.")
    assert [q.cue for q in found] == ["said"]
    assert "accused the landlord" in found[0].text


def test_participle_cue_after_a_quotation(nlp):
    text = ('Oskar Lind told the newspaper that the council "had a plan that was reckless," adding, '
            '"They lost the vote and they lost the town."')
    found = quotes(nlp, text)
    first, second = one(found, "reckless"), one(found, "lost the vote")
    assert first is not second and "lost the vote" not in first.text
    assert second.speaker is not None and second.speaker.name == "Oskar Lind"


def test_they_points_back_to_a_plural_subject(nlp):
    text = ("Local officials met with the contractors on Monday. The bridge will reopen in May, "
            "they said.")
    q = one(quotes(nlp, text), "bridge")
    assert q.speaker is not None and q.speaker.name == "Local officials"


def test_they_points_back_to_coordinated_names(nlp):
    text = ("Senators Ada Quill and Bruno Hale want a new audit. The program has grown beyond its purpose, "
            "they say.")
    q = one(quotes(nlp, text), "program")
    assert q.speaker is not None and "Quill" in q.speaker.name and "Hale" in q.speaker.name


def test_asked_if(nlp):
    q = one(quotes(nlp, "Then Tessa Varga asked the students if they were always so quiet."), "quiet")
    assert q.text == "they were always so quiet" and q.speaker.name == "Tessa Varga"


def test_told_a_meeting_of_people_that(nlp):
    text = "Last week, Paulo Reis told a meeting of regional leaders that few people understood the risks."
    q = one(quotes(nlp, text), "few people")
    assert q.cue == "told" and q.speaker.name == "Paulo Reis"


def test_joined_cue_takes_the_subject_of_the_first_clause(nlp):
    text = ("During the 2012 race, Hal Brenner largely ran on his ability to jolt the economy into growth "
            "and accused Dana Frey of bungling the recovery.")
    q = one(quotes(nlp, text), "bungling")
    assert q.speaker.name == "Hal Brenner"


def test_according_to_a_document_and_the_speaker_inside_it(nlp):
    text = "According to the filing, the developers say construction will begin in the fourth quarter."
    found = quotes(nlp, text)
    assert one(found, "developers say").cue == "according to"
    inner = [q for q in found if q.cue == "say"]
    assert inner and inner[0].speaker.name == "developers" and inner[0].text.startswith("construction")


def test_quoted_paragraph_after_a_quotation_continues_it(nlp):
    text = ("“Nobody is writing songs for the mayor,” Ines Varga said.\n\n"
            "“Right now the vote is against her rival. That is not the same as a vote for her.”")
    found = quotes(nlp, text)
    assert len(found) == 1
    q = found[0]
    assert len(q.spans) == 2 and "vote for her" in q.text and q.speaker.name == "Ines Varga"


def test_quote_run_after_a_no_break_space(nlp):
    text = '"They appeal," Omar Haddad said.\xa0"Everybody appeals, right?"'
    q = one(quotes(nlp, text), "They appeal")
    assert "Everybody appeals" in q.text and q.speaker.name == "Omar Haddad"


def test_adverbial_clause_is_not_the_content(nlp):
    found = quotes(nlp, '"He never paid the fee," Lena Dorn said as some in the crowd booed.')
    assert [q.text for q in found] == ["He never paid the fee,"]


def test_said_to_an_audience_is_not_what_was_said(nlp):
    text = '"How do you trust a man who owes them money?" Petra Lund said to a crowd of about 300.'
    q = one(quotes(nlp, text), "trust a man")
    assert q.type == "direct" and q.speaker.name == "Petra Lund"
    assert not any("crowd" in x.text for x in quotes(nlp, text))


def test_straight_quotation_closed_by_a_curly_mark(nlp):
    text = '"Nothing we could do now would make a difference,” said Rolf Anker, a historian.'
    q = one(quotes(nlp, text), "Nothing we could do")
    assert q.type == "direct" and q.speaker.name == "Rolf Anker"


def test_sentence_ending_on_a_cue_introduces_the_next_quotation(nlp):
    text = ('Carl Dunmore thinks the race is still open. Professor Lea Brandvold agreed. "Moderates are running '
            'out of time. At this point, the alternative may be the governor."')
    q = one(quotes(nlp, text), "running out of time")
    assert q.speaker.name == "Lea Brandvold" and q.cue == "agreed"


def test_main_verb_read_as_a_modifier_of_the_name(nlp):
    q = one(quotes(nlp, "Beruff, a Scott ally, called Florida’s standards “strong.”"), "standards")
    assert q.speaker.name == "Beruff" and q.cue == "called" and "strong" in q.text


def test_quoted_complement_after_the_object_completes_it(nlp):
    q = one(quotes(nlp, 'Ms. Varga called the proposal "a disgrace to the city."'), "proposal")
    assert q.type == "mixed" and "disgrace to the city" in q.text


def test_one_word_answer_after_a_cue(nlp):
    text = 'Asked whether he would fire the writer, Anton Reyes said, "Probably."'
    q = one(quotes(nlp, text), "Probably")
    assert q.type == "direct" and q.speaker.name == "Anton Reyes"


def test_closing_cue_with_an_addressee(nlp):
    text = "People should show evidence for their claims, Lars Kettil told reporters."
    q = one(quotes(nlp, text), "evidence")
    assert q.cue == "told" and q.speaker.name == "Lars Kettil" and "reporters" not in q.text


def test_subject_hung_on_an_opening_phrase_as_an_apposition(nlp):
    # the small model makes "Rolf Amberg" a conjunct of "Cedar Ridge" and leaves "suggested" without a subject
    text = "At Cedar Ridge, where members pay $70,000 to sign up, Rolf Amberg, the club's president, suggested " \
           "that the losses were temporary."
    q = one(quotes(nlp, text), "losses")
    assert q.speaker is not None and q.speaker.name == "Rolf Amberg"


def test_it_points_back_to_an_institution(nlp):
    text = "The county audit office released its review on Monday. The roads were poorly maintained, it said."
    q = one(quotes(nlp, text), "roads")
    assert q.speaker is not None and "office" in q.speaker.name


def test_narration_joined_after_a_quotation_and_its_cue(nlp):
    text = ("The students were leaving the park when they met a group of boys.\n\n"
            "''Follow us,'' Ms. Ines Gil said, and the boys, intrigued, trailed behind, en route to the plaza.")
    q = one(quotes(nlp, text), "Follow us")
    assert "trailed" not in q.text and q.speaker.name == "Ines Gil"


def test_closing_cue_the_parser_hung_on_the_clause(nlp):
    # the small model makes "said" a complement of "thinks"; the cue and its subject still close the sentence
    text = ("Maria Lopez thinks the state government spends too much money on highways for rural towns, former "
            "Governor Tom Lopez said this week at a dinner in Denver — an apparent shift from her earlier views.")
    q = one(quotes(nlp, text), "highways")
    assert q.text.startswith("Maria Lopez thinks") and q.text.endswith("rural towns")
    assert q.speaker is not None and q.speaker.name == "Tom Lopez"


@pytest.mark.parametrize("text,fragment", [
    ("Mayor Jane Roe claimed victory in the race on Tuesday night.", "victory in the race"),
    ("Governor Tom Hale declared a state of emergency in the county.", "a state of emergency"),
    ("Senator Ann Perez suggested raising the fuel tax to pay for new bridges.", "raising the fuel tax"),
    ("The chief economist explained the drop in prices at a briefing.", "the drop in prices"),
])
def test_object_of_a_speech_verb_is_its_content(nlp, text, fragment):
    q = one(quotes(nlp, text), fragment)
    assert q.text.startswith(fragment)


def test_embedded_post_signature_is_trimmed(nlp):
    text = "Jane Roe tweeted that the new hat is great for everyone — Jane Roe (@janeroe) September 1, 2016</tweet>."
    q = one(quotes(nlp, text), "new hat")
    assert q.text == "the new hat is great for everyone"


@pytest.mark.parametrize("text,content", [
    ("Senator Maria Lopez told reporters to expect a vote on Friday.", "reporters to expect a vote on Friday"),
    ("Kasich agreed to end his campaign in Indiana.", "to end his campaign in Indiana"),
    ("Donald Trump threatened not to attend the debate unless he was paid.", "not to attend the debate"),
    ("Speaking in Ohio, Governor Ann Weller kept urging voters to reject the measure.", "voters to reject the measure"),
])
def test_to_infinitive_after_a_verb_of_urging_or_promising(nlp, text, content):
    q = one(quotes(nlp, text), content)
    assert q.text.startswith(content) and q.type == "indirect"


def test_tell_without_an_infinitive_has_no_object_content(nlp):
    assert not [q for q in quotes(nlp, "Senator Maria Lopez told reporters on Friday.") if "reporters" in q.text]


@pytest.mark.parametrize("text,content", [
    ("Senator Ann Perez pointed to the rising cost of insurance.", "the rising cost of insurance"),
    ("Carl Byers responded to the criticism in a long statement.", "the criticism"),
    ("Mayor Lena Hart spoke about her plan for the harbor.", "her plan for the harbor"),
])
def test_preposition_that_goes_with_a_speech_verb_introduces_its_topic(nlp, text, content):
    q = one(quotes(nlp, text), content)
    assert q.text == content and q.type == "indirect"


def test_other_prepositions_after_a_speech_verb_are_not_content(nlp):
    found = quotes(nlp, "An aide to Mayor Lena Hart spoke on condition of anonymity.")
    assert not [q for q in found if "condition" in q.text]


def test_for_to_clause_after_a_speech_verb_is_the_request(nlp):
    q = one(quotes(nlp, "Senator Maria Lopez called for the commissioner to resign."), "commissioner")
    assert q.text == "the commissioner to resign" and q.speaker.name == "Maria Lopez"


def test_contrasted_speech_clause_is_a_quotation_of_its_own(nlp):
    text = ("Hillary Clinton accused Bernie Sanders of running a smear campaign while Sanders suggested that she "
            "is a captive of Wall Street.")
    found = quotes(nlp, text)
    assert one(found, "smear campaign").text == "Bernie Sanders of running a smear campaign"
    q = one(found, "captive")
    assert q.text == "she is a captive of Wall Street" and q.speaker.name == "Bernie Sanders"


@pytest.mark.parametrize("text,content", [
    ("The runner crossed his arms at the finish line in protest against the regime; he says he fears going home.",
     "he fears going home"),
    ("The rumours have had a lasting effect on the race: a third of the voters polled said they doubted her.",
     "they doubted her"),
])
def test_clause_before_a_semicolon_or_colon_is_not_the_content(nlp, text, content):
    q = one(quotes(nlp, text), content)
    assert q.text == content


def test_apposition_inside_a_list_stays_in_the_content(nlp):
    text = "The spokesman Bob Lane says Ali was joined by his wife, Nora, and other family members and friends."
    q = one(quotes(nlp, text), "his wife")
    assert q.text.endswith("family members and friends")


@pytest.mark.parametrize("text", [
    "Aides say the more votes she wins in the spring, the more power she will have at the convention.",
    "Economists say the bigger the deficit grows, the higher rates will climb.",
])
def test_second_half_of_a_correlative_comparative_stays_in_the_content(nlp, text):
    q = one(quotes(nlp, text), "the more votes" if "votes" in text else "the bigger")
    assert q.text.endswith(("at the convention", "will climb"))


@pytest.mark.parametrize("text,content", [
    ("Senator Ann Cole told reporters on Thursday she viewed the bill as a mistake.",
     "she viewed the bill as a mistake"),
    ("Ann Cole said that on Monday the state would cut taxes.", "on Monday the state would cut taxes"),
])
def test_day_of_saying_before_the_clause_subject_is_not_content(nlp, text, content):
    q = one(quotes(nlp, text), "would" if "would" in content else "viewed")
    assert q.text == content


@pytest.mark.parametrize("text,content", [
    ("After the debate, half of the voters in Ohio said so in a new poll.", "so"),
    ("Most Democrats said yes, but most voters disagreed.", "yes"),
    ("Senator Ann Cole said no to the tax plan.", "no to the tax plan"),
    ("The mayor said so far the city has saved money.", "so far the city has saved money"),
])
def test_answer_word_after_a_speech_verb_is_the_content(nlp, text, content):
    assert content in [q.text for q in quotes(nlp, text)]


@pytest.mark.parametrize("text,tail", [
    ("Senator Ann Cole argued that it would be better to cut taxes than raise them, “because families will be "
     "spending all of the money.”", "spending all of the money"),
    ("Ann Cole said the plan would fail, “unless the council finds more money.”", "finds more money"),
])
def test_quoted_adverbial_clause_after_the_content_is_the_speakers(nlp, text, tail):
    q = one(quotes(nlp, text), "would")
    assert tail in q.text


def test_content_goes_on_after_a_quoted_fragment(nlp):
    text = ('Senator Ann Weller said the governor is ready to "clean up the capital," fix the roads and cut '
            'property taxes.')
    q = one(quotes(nlp, text), "clean up")
    assert q.text.endswith("cut property taxes") and q.type == "mixed"


def test_conjoined_speech_verb_keeps_the_main_subject(nlp):
    text = "Mayor Rita Owens said the budget was approved by Treasurer Carl Voss and said the vote was overdue."
    q = one(quotes(nlp, text), "the vote was overdue")
    assert q.speaker.name == "Rita Owens"


def test_participle_after_a_content_clause_belongs_to_the_main_subject(nlp):
    text = "Senator Ann Lee voiced anger that Mr. Gray had misled voters, telling reporters he should resign."
    q = one(quotes(nlp, text), "he should resign")
    assert q.speaker.name == "Ann Lee"


def test_conjoined_speech_verb_climbs_two_content_clauses(nlp):
    text = ("Party leader Nina Vale said the warning was proof that Minister Paul Hart did not understand the law, "
            "and accused the cabinet of hiding the report.")
    q = one(quotes(nlp, text), "the cabinet of hiding")
    assert q.speaker.name == "Nina Vale"


def test_naming_participle_is_no_cue(nlp):
    # the small model tags this "called" as a past tense verb modifying "PAC"
    text = "A newly formed super PAC called Forward Ohio ran its first round of ads in Dayton."
    assert quotes(nlp, text) == []


@pytest.mark.parametrize("text", [
    "“Is the ferry running tonight?” asked Mr. Dalgaard, who runs the marina.",
    "''Is the ferry running tonight?'' asked Mr. Dalgaard.",
])
def test_name_after_a_quotation_and_its_verb_is_the_speaker_not_the_content(nlp, text):
    found = quotes(nlp, text)
    assert [q.text for q in found] == ["Is the ferry running tonight?"]
    assert found[0].speaker.name.endswith("Dalgaard")


def test_clause_before_an_inverted_closing_cue_is_the_content(nlp):
    text = ("The plan to “fix the roads” and “cut the taxes” appeals to older voters who remember the boom years, "
            "said Maria Lopez, a pollster at Ridge University.")
    q = one(quotes(nlp, text), "appeals to older voters")
    assert q.text.startswith("The plan") and q.text.endswith("the boom years")
    assert q.speaker.name == "Maria Lopez" and q.type == "mixed"


def test_clause_before_an_inverted_present_tense_cue_is_the_content(nlp):
    text = "The new budget leaves the schools short of teachers, says Tom Berger, the union leader."
    q = one(quotes(nlp, text), "short of teachers")
    assert q.text == "The new budget leaves the schools short of teachers" and q.speaker.name == "Tom Berger"


@pytest.mark.parametrize("text, content", [
    ("Ana Ruiz closed the hearing by saying “Enough is enough.” The crowd cheered.", "Enough is enough."),
    ("Later on Sunday, Ana Ruiz posted a photo of the bridge on her page, writing “Here is the crack the engineers "
     "claim never existed. Still waiting on the repairs.”", "Here is the crack"),
])
def test_quotation_right_after_its_speech_verb(nlp, text, content):
    q = one(quotes(nlp, text), content)
    assert q.type == "direct" and q.speaker.name == "Ana Ruiz"


def test_one_word_named_object_is_content(nlp):
    q = one(quotes(nlp, "At the rally in Dover, Governor Ella Brandt sharply criticized Hallworth."), "Hallworth")
    assert q.text == "Hallworth" and q.speaker.name == "Ella Brandt"


@pytest.mark.parametrize("text", [
    "Senator Ella Brandt called Hallworth after the vote.",
    "Senator Ella Brandt promised Sunday.",
])
def test_one_word_object_of_a_phone_call_or_a_day_is_no_content(nlp, text):
    assert quotes(nlp, text) == []


@pytest.mark.parametrize("text", [
    "Mayor Tom Berg said his supporters were upset with the council. “The people are very angry with the "
    "leadership of this town. I think we will win anyway.”",
    "Mayor Tom Berg said his supporters were upset with the council.\n\n“The people are very angry with the "
    "leadership of this town. I think we will win anyway.”",
])
def test_quoted_sentence_after_an_indirect_quote_goes_on_with_it(nlp, text):
    q = one(quotes(nlp, text), "upset with the council")
    assert q.type == "mixed" and q.text.endswith("we will win anyway.") and len(q.spans) == 2
    assert q.speaker.name == "Tom Berg"


def test_indirect_quote_takes_only_the_next_quoted_sentence(nlp):
    text = "Tom Berg said the toll would stay. “Raising it? Not negotiable.” He paused. “Would we lower it? Maybe.”"
    q = one(quotes(nlp, text), "the toll would stay")
    assert q.text.endswith("Not negotiable.") and "lower" not in q.text


def test_quoted_run_prefers_the_direct_quote_before_an_indirect_one(nlp):
    text = "“That is the big question,” Clark said, noting he would support any candidate. “We have a deep bench.”"
    found = quotes(nlp, text)
    assert "deep bench" in one(found, "big question").text
    assert "deep bench" not in one(found, "support any candidate").text


def test_one_word_medium_is_no_content(nlp):
    found = quotes(nlp, "“Does that really fly?” former campaign adviser David Ames asked on Twitter.")
    assert [q.text for q in found] == ["Does that really fly?"]


def test_speech_verb_after_a_phase_verb_takes_its_object(nlp):
    q = one(quotes(nlp, "In an interview on Monday, Mayor Ray Hollis continued to question Tom Pruitt's temperament."),
            "temperament")
    assert q.text == "Tom Pruitt's temperament" and q.speaker.name == "Ray Hollis"


@pytest.mark.parametrize("text, content, speaker", [
    ("During the hearing, Ana Lopez seemed to blame the county clerks for the delays.",
     "the county clerks for the delays", "Ana Lopez"),
    ("On Tuesday, Mayor Tom Reyes appeared to acknowledge the gap between him and the council.",
     "the gap between him and the council", "Tom Reyes"),
])
def test_speech_verb_after_a_raising_verb_takes_its_object(nlp, text, content, speaker):
    q = one(quotes(nlp, text), content.split()[-1])
    assert q.text == content and q.speaker.name == speaker


def test_infinitive_content_stops_before_a_joined_past_tense_verb(nlp):
    q = one(quotes(nlp, "Senator Maya Ortiz has vowed to keep the clinics open and celebrated the ruling on Monday."),
            "clinics")
    assert q.text == "to keep the clinics open" and q.speaker.name == "Maya Ortiz"


def test_unquoted_words_after_a_colon_spell_out_the_content(nlp):
    text = ("Mayor Tim Ruiz reiterated many of the pledges he has been making for months: rebuilding the bridge, "
            "hiring teachers and cutting taxes.")
    q = one(quotes(nlp, text), "pledges")
    assert q.text.endswith("cutting taxes") and q.speaker.name == "Tim Ruiz"


def test_past_tense_tagged_as_participle_still_takes_its_object(nlp):
    # the small model tags this "called" as a past participle (VBN) with a subject and no auxiliary
    text = "Gail Porter on Wednesday called on Howard Lund to apologize to the voters for accusing them of fraud."
    q = one(quotes(nlp, text), "to apologize")
    assert q.text.endswith("accusing them of fraud") and q.speaker.name == "Gail Porter"


@pytest.mark.parametrize("text, content", [
    ("Last September, Glenn Ross called Tina Palmer a “clown” on his radio show.", "Tina Palmer a “clown"),
    ("Former Senator Ray Holt blasted Lund as a “disgrace” during a rally in Dayton.", "Lund as a “disgrace"),
])
def test_time_and_place_after_a_quoted_complement_are_left_out(nlp, text, content):
    assert one(quotes(nlp, text), content).text == content


def test_narration_after_a_quotation_and_its_cue_is_left_out(nlp):
    found = quotes(nlp, "Nora Kell runs the diner on Main Street. “Too much anger,” she said, blaming some of it "
                        "on the mayor.")
    q = one(found, "Too much anger")
    assert q.text == "Too much anger," and q.type == "direct" and q.speaker.name == "Nora Kell"


@pytest.mark.parametrize("text, said", [
    ("When Ortega was asked whether he trusts the governor, he said, “I mean, stop it with that kind of stuff.”",
     "I mean, stop it with that kind of stuff."),
    ('Ms. Lund spoke first. Asked by a host whether she had practiced her speech, she said, "I read it once over, '
     'and that is all."',
     "I read it once over, and that is all."),
])
def test_occasion_before_an_aside_and_its_quotation_is_left_out(nlp, text, said):
    q = one(quotes(nlp, text), said)
    assert q.text == said and q.type == "direct"


@pytest.mark.parametrize("text, start", [
    ('The budget, she said, "is balanced and fair."', "The budget"),
    ('There was, she said, "a quiet bargain between them."', "There was"),
    ('If the mayor loses, he said, "the port deal is dead and buried."', "If the mayor loses"),
])
def test_start_of_the_clause_before_an_aside_stays_with_the_quotation(nlp, text, start):
    assert one(quotes(nlp, text), start).text.startswith(start)


@pytest.mark.parametrize("text, said", [
    ("Senator Ada Ruiz called on the governor to replace the head of the state lottery on Friday, the latest sign "
     "that she is positioning herself for a run.", "the governor to replace the head of the state lottery on Friday"),
    ("Voters say they would back the levy, the biggest margin seen since the 2013 vote.", "they would back the levy"),
])
def test_writers_summary_noun_phrase_closing_the_content_is_left_out(nlp, text, said):
    assert one(quotes(nlp, text), said[:20]).text == said


def test_quotation_before_an_inverted_cue_with_a_relative_clause(nlp):
    text = ('The cashier was shaken by the talk she has heard since the fire. "One guy came in and said maybe we '
            'should start fighting them," said the woman, who like many in the town did not want to be named.')
    q = one(quotes(nlp, text), "One guy came in")
    assert q.type == "direct" and "did not want" not in q.text


def test_past_tense_verb_joined_to_a_modal_content_verb_is_the_speakers_next_act(nlp):
    text = "Governor Tim Ruiz noted Saturday would have been his father's 90th birthday and quoted his favorite line."
    assert one(quotes(nlp, text), "birthday").text == "Saturday would have been his father's 90th birthday"


def test_past_tense_verb_joined_to_a_present_content_verb_stays_in_the_content(nlp):
    text = "A spokeswoman said the former executive has no more speeches scheduled and delivered only short remarks."
    assert one(quotes(nlp, text), "no more speeches").text.endswith("only short remarks")


def test_name_between_the_closing_mark_and_a_misparsed_cue_speaks(nlp):
    # the small model hangs "said" on the quoted verb as a conjunct here
    text = "“I promise to you: We will rebuild this bridge,” Fresno police Chief Chuck Reyes said Monday."
    q = one(quotes(nlp, text), "rebuild this bridge")
    assert q.speaker.name == "Chuck Reyes"


@pytest.mark.parametrize("text", [
    "Several Ohio businesses have called off projects with the developer because of his comments.",
    "Mayor Ann Lutz called both candidates Tuesday night and was scheduled to meet them on Friday.",
])
def test_calling_off_and_phone_calls_are_no_quotes(nlp, text):
    assert quotes(nlp, text) == []


@pytest.mark.parametrize("text", [
    "A week later, Mr. Dunmore called Ilsabet Quarrie.",
    "Two days later, Governor Pell called Marisol Vandeberg.",
])
def test_call_with_a_lone_name_the_parser_took_for_a_predicate_is_a_phone_call(nlp, text):
    assert quotes(nlp, text) == []


@pytest.mark.parametrize("text, content", [
    ('The question prompted Governor Lena Marsh to make a joke about boats and call her rival "very seasick."',
     'her rival "very seasick'),
    ('The heckling prompted Governor Lena Marsh to stop her speech and call the protesters "a disgrace."',
     'the protesters "a disgrace'),
])
def test_bare_infinitive_call_with_a_quoted_characterisation_is_a_quote(nlp, text, content):
    q = one(quotes(nlp, text), content)
    assert q.speaker.name == "Lena Marsh" and q.cue == "call" and q.type == "mixed"


@pytest.mark.parametrize("text, content", [
    ("Mayor Ann Lutz called the election results into question.", "the election results"),
    ("Governor Ray Holt called his new budget “a crucial step forward for the schools.”", "his new budget"),
])
def test_call_with_a_complement_is_still_a_quote(nlp, text, content):
    assert one(quotes(nlp, text), content).text.startswith(content)


def test_label_over_a_list_of_names_and_a_credit_line_are_no_quotes(nlp):
    text = ("The members of the panel:\n\nOhio: Tim Albers, Brad Andrews, Rob Barlow, Jeff Bowen, Bonnie Camp.\n\n"
            "Contributing: Iris Owen, Tom Vogt and Raquel Zamora.\n\nRuiz: The Bridge Will Open in June")
    assert [q.text for q in quotes(nlp, text)] == ["The Bridge Will Open in June"]


def test_dash_elaboration_stays_in_the_content(nlp):
    text = ("Former mayor Tom Reyes also noted that migration from the farms to the city is in decline — a decline "
            "that took hold while he was in office between 2006 and 2012.")
    assert one(quotes(nlp, text), "migration").text.endswith("between 2006 and 2012")


def test_aside_between_two_dashes_is_left_out(nlp):
    text = ("Clark said Brooks had begun making calls to committee members - there are two from each of the "
            "state's nine districts, plus four statewide officials - but said the outcome was unclear.")
    assert one(quotes(nlp, text), "making calls").text == "Brooks had begun making calls to committee members"


def test_that_misread_as_a_preposition_still_opens_the_content(nlp):
    # the small model reads this "that" as a preposition whose object is "participation"
    text = ("A Halvor spokeswoman said that the company's participation in the foundation dated to 2009 and that the "
            'charity was "aligned to core business strategies."')
    q = one(quotes(nlp, text), "participation")
    assert q.text.startswith("the company's participation") and q.type == "mixed"


def test_relative_clause_on_a_predicate_noun_speaks_for_the_subject(nlp):
    q = one(quotes(nlp, "Mayor Ann Lutz is a longtime critic who has called the stadium plan a fraud."), "stadium")
    assert q.speaker.name == "Ann Lutz"


@pytest.mark.parametrize("text", [
    # the parser hangs the name on the place before the dash
    "Dale Ostrowski denied the charge. In a previously unpublished interview with The Daily Ledger - conducted last "
    "Monday at his estate in Palm Harbor - Ostrowski continued to insist that he never touched the reporter.",
    # ... or on the outlet before it, with no comma between
    "Dale Ostrowski denied the charge. In a March meeting with the editorial board of the Daily Ledger Ostrowski said "
    "that the tax may need to rise.",
])
def test_name_right_before_a_verb_without_subject_speaks(nlp, text):
    q = [q for q in quotes(nlp, text) if q.cue != "denied"][0]
    assert q.speaker.name == "Dale Ostrowski"


def test_surname_read_as_a_modal_speaks(nlp):
    text = ("Columnist Harold Will wrote a harsh column on Sunday. Instead, Will called for voters to back Greta "
            "Lindqvist.")
    assert one(quotes(nlp, text), "voters to back").speaker.name == "Harold Will"


@pytest.mark.parametrize("text, speaker", [
    ("Kowalczyk cool to Lisbon mayor.\nLISBON (Reuters) - Marta Kowalczyk said she was unlikely to have a good "
     "relationship with the mayor because he called her divisive.", "Marta Kowalczyk"),
    ("Ledger backs Kowalczyk.\nBoston (AFP) – The Boston Ledger on Monday became the latest newspaper to endorse "
     "Marta Kowalczyk, saying it was swayed by her record.", "The Boston Ledger"),
])
def test_dateline_is_not_the_speaker(nlp, text, speaker):
    assert [q.speaker.name for q in quotes(nlp, text)] == [speaker]


@pytest.mark.parametrize("text", [
    "Marta Kowalczyk said,“Look, the tax is not going away.”",
    "“Look, the tax is not going away,”Kowalczyk said.",
    '"Look, the tax is not going away,"Marta Kowalczyk, who chairs the board, said in a statement.',
])
def test_quotation_mark_glued_to_a_comma_or_a_word(nlp, text):
    q = one(quotes(nlp, text), "tax is not going away")
    assert q.type == "direct" and q.speaker.name.endswith("Kowalczyk") and q.cue == "said"


def test_question_put_to_the_speaker_does_not_claim_the_answer(nlp):
    text = ('Now Harlan Voss has agreed to serve as treasurer of the fund.\n\n'
            'When asked why, Voss responded in a text message: "Keller will be the party\'s nominee."')
    q = one(quotes(nlp, text), "Keller will be")
    assert q.type == "direct" and q.speaker.name == "Harlan Voss" and q.cue == "responded"


@pytest.mark.parametrize("text, fragment, speaker", [
    # a closing quotation mark between the comma and the participle
    ('Luis Ortega attacked his rival. Ortega said that Brandt represents "Boston values," adding that they are '
     '"socially liberal."', "socially liberal", "Luis Ortega"),
    # a dash before the participle
    ("Council Chair Nadia Ferreira dismissed Paul Brandt’s accusations that the Ferreira campaign is violating federal "
     "election law through its joint agreement with the party — saying the Brandt campaign chose not to accept the "
     "same help.", "chose not to accept", "Nadia Ferreira"),
])
def test_participle_set_off_after_the_content_speaks_for_the_matrix_subject(nlp, text, fragment, speaker):
    assert one(quotes(nlp, text), fragment).speaker.name == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Among the speakers was Greta Lindqvist, a retired judge, saying the court had failed.", "Greta Lindqvist"),
    ("The proportion of Democratic primary voters saying they want a tax cut is as high as half in Ohio.",
     "proportion of Democratic primary voters"),
    # an object's participle is the subject's words
    ("The Vermont senator emailed supporters saying: “The struggle continues” and vowing to compete next week.",
     "Vermont senator"),
])
def test_participle_on_a_person_or_a_part_of_a_group_is_what_they_say(nlp, text, speaker):
    assert quotes(nlp, text)[0].speaker.name == speaker


@pytest.mark.parametrize("text, fragment, speaker", [
    # the aside after the comma describes the group, it is not part of its name
    ('"There will be no path for Ortega to win," said one of those advisers, who spoke on the condition of '
     'anonymity.', "no path", "one of those advisers"),
    ("Ortega held a meeting and told aides that he saw Brandt as a threat, according to someone in attendance.",
     "held a meeting", "someone in attendance"),
    ("Ortega will not run again. Those around him acknowledge that a bid at age 80 seems improbable.",
     "bid at age 80", "Those around him"),
])
def test_restricted_quantifier_speaks_by_its_phrase(nlp, text, fragment, speaker):
    assert one(quotes(nlp, text), fragment).speaker.name == speaker


def test_cue_joined_to_a_verb_inside_a_quotation_takes_the_subject_before_it(nlp):
    text = ("In his interview, Ortega criticized Brandt for “running around saying she’s been cleared and the "
            "investigation is over when in fact that is not a correct statement” and suggested that her presidency "
            "could create a “constitutional crisis.”")
    assert one(quotes(nlp, text), "presidency could create").speaker.name == "Ortega"


def test_of_two_subjects_the_person_next_to_the_verb_speaks(nlp):
    text = ("But Greta Lindqvist was less shy about banks. Voters, Lindqvist suggested, don’t have to worry that big "
            "banks can influence politicians like herself.")
    assert one(quotes(nlp, text), "big banks").speaker.name == "Greta Lindqvist"


@pytest.mark.parametrize("text, fragment, speaker", [
    ("Even the sleepy timing of the debate led Republicans to say that Democrats were trying to protect their "
     "candidate.", "trying to protect", "Republicans"),
    ("The scale of the attack is also pushing the Republican candidates to speak more loudly about keeping migrants "
     "out.", "keeping migrants out", "Republican candidates"),
])
def test_object_control_by_a_group(nlp, text, fragment, speaker):
    assert one(quotes(nlp, text), fragment).speaker.name == speaker


@pytest.mark.parametrize("text, fragment, speaker", [
    ("At a rally in Denver, Dale Ostrowski, the former governor of the state, told supporters that the plant would "
     "reopen.", "plant would reopen", "Dale Ostrowski"),
    ("Addressing about 100 members at the spring meeting here, many of them skeptical, the campaign chief, Paul "
     "Brandt, bluntly suggested that the candidate's style amounted to an act.", "amounted to an act", "Paul Brandt"),
])
def test_person_whose_apposition_ends_before_a_verb_without_subject_speaks(nlp, text, fragment, speaker):
    assert one(quotes(nlp, text), fragment).speaker.name == speaker


def test_contracted_has_read_as_a_passive_keeps_its_speaker(nlp):
    text = ("That's more than you can say for other Republicans. Just look at Speaker Paul D. Brandt. He's said he "
            "gets his ideas about money from a novel.")
    assert one(quotes(nlp, text), "gets his ideas").speaker.name == "Paul D. Brandt"


def test_participle_after_an_infinitive_in_the_content_speaks_for_the_matrix_subject(nlp):
    text = ("Alongside the calls for action, even a top party strategist said Ortega will have to choose whose side "
            "she’s on, saying, “At some point, she’s going to have to come out on where she stands.”")
    assert one(quotes(nlp, text), "At some point").speaker.name == "top party strategist"


# ---- detection and boundaries (error analysis against the PolNeAR dev set) ----------------------------------------
def test_object_ending_inside_a_quotation_runs_to_the_closing_mark(nlp):
    q = one(quotes(nlp, "The mayor called the plan “a mess, frankly, and a waste of everyone's time.”"), "a mess")
    assert q.text.endswith("a waste of everyone's time.")


@pytest.mark.parametrize("text, fragment", [
    ("Lena Ortiz said following a vote in 2011 that she had serious doubts about the new levy.", "serious doubts"),
    ("Grant Mueller said on local radio, where he is a regular guest, that the harbour deal would collapse.",
     "harbour deal would collapse"),
    ("Her team conceded publicly as well as privately that the mayor was trailing in the polls.", "was trailing"),
])
def test_that_clause_after_adjuncts_is_the_content(nlp, text, fragment):
    q = one(quotes(nlp, text), fragment)
    assert q.text.startswith(fragment.split()[0]) or q.text.startswith("the") or q.text.startswith("she")


def test_noun_of_saying_with_a_possessor(nlp):
    q = one(quotes(nlp, "Voters dismissed Elena Brandt's claim that the budget office had hidden the deficit."),
            "hidden the deficit")
    assert (q.type, q.speaker.name, q.cue) == ("indirect", "Elena Brandt", "claim")
    assert q.text.startswith("the budget office")


def test_noun_of_saying_without_a_speaker_is_no_quotation(nlp):
    assert not quotes(nlp, "The claim that the budget office had hidden the deficit spread quickly.")


def test_editors_note_is_not_reporting(nlp):
    text = ("Tomas Reyes said the bridge would open in June.\n\nEditor’s note: Tomas Reyes has repeatedly promised to "
            "close the old harbour.")
    found = quotes(nlp, text)
    assert [q.text for q in found] == ["the bridge would open in June"]


def test_according_to_after_an_attributed_quotation_adds_no_quotation(nlp):
    found = quotes(nlp, "“Is this a priority for the two of them because it’s an election year?” Martin Roe said at a "
                        "press conference, according to the Daily Ledger.")
    assert [q.text for q in found] == ["Is this a priority for the two of them because it’s an election year?"]
    assert found[0].speaker.name == "Martin Roe"


def test_headline_attribution(nlp):
    body = nlp("Mayor Ingrid Solberg spoke to reporters on Monday. She did not take questions.")
    index = find_people(body)
    found = find_title_quotes(nlp("Solberg: The bridge will open in June"), index, first=3)
    assert [(q.id, q.text, q.speaker.name, q.start, q.end, q.spans, q.in_title) for q in found] == [
        ("q3", "The bridge will open in June", "Ingrid Solberg", 0, 0, [], True)]


def test_title_case_answer_word_leaves_the_headline_whole(nlp):
    body = nlp("Mayor Ingrid Solberg spoke to reporters on Monday. She did not take questions.")
    found = find_title_quotes(nlp("Solberg: Voters Will Say No to the New Tax"), find_people(body))
    assert [q.text for q in found] == ["Voters Will Say No to the New Tax"]


def test_headline_label_leaves_out_the_topic_after_on(nlp):
    body = nlp("The fire chief spoke to reporters on Monday. She did not take questions.")
    found = find_title_quotes(nlp("Fire Chief On Budget: ‘We Will Not Close A Single Station’"), find_people(body))
    assert [q.speaker.name for q in found] == ["Fire Chief"]
    found = find_title_quotes(nlp("Okafor To Tenants Worried About Rent: Nobody Will Be Evicted"),
                              find_people(nlp("Mayor Adaeze Okafor spoke on Monday.")))
    assert [q.speaker.name for q in found] == ["Adaeze Okafor"]


def test_headline_repeated_in_the_body_is_not_quoted_twice(nlp):
    body = nlp("Solberg: The bridge will open in June\n\nMayor Ingrid Solberg spoke to reporters on Monday.")
    assert find_title_quotes(nlp("Solberg: The bridge will open in June"), find_people(body)) == []


def test_quoted_report_verb_is_the_content_not_an_outlets_aside(nlp):
    found = quotes(nlp, "Trump did not mention Cruz until a reference to the loan. \"He didn't report the loans,\" he "
                        "said as some wearing Cruz shirts booed.")
    assert "He didn't report the loans," in [q.text for q in found]
    assert not any(q.text.startswith("as some") for q in found)


def test_he_prefers_the_main_clause_subject_over_a_fronted_clause_subject(nlp):
    text = "After Ortiz spoke on Monday, Marcus Hale said the plan was weak. He said the time for talk was over."
    assert one(quotes(nlp, text), "time for talk").speaker.name == "Marcus Hale"


def test_opening_asked_tagged_as_past_tense_has_no_speaker(nlp):
    text = "Nadia Petrov spoke at the rally on Monday. Asked what that might look like, she said: “We will decide.”"
    found = quotes(nlp, text)
    assert one(found, "look like").speaker is None
    assert one(found, "We will decide").speaker.name == "Nadia Petrov"


def test_unresolved_he_does_not_fall_back_to_a_woman_quoted_before(nlp):
    text = "“Prices went up,” said Hanna Kode, a baker. Later a man in the crowd shouted. “Nobody listens,” he said."
    q = one(quotes(nlp, text), "Nobody listens")
    assert q.speaker is None or q.speaker.name != "Hanna Kode"


def test_he_after_an_indefinite_role_subject_is_that_unnamed_person(nlp):
    text = ("Jim Band wrote the memo in 2011. A company spokesman said the firm had supported the charity. "
            "He said the firm had been hired to give advice. He also said the fees were normal.")
    found = quotes(nlp, text)
    assert one(found, "hired to give advice").speaker.name == "company spokesman"
    assert one(found, "fees were normal").speaker.name == "company spokesman"


def test_an_infinitive_on_a_noun_that_is_no_speaker_is_said_by_the_governing_subject(nlp):
    text = "Ivan Petrov spoke for an hour. He took the time to say that the economy had hit bottom."
    assert one(quotes(nlp, text), "hit bottom").speaker.name == "Ivan Petrov"


@pytest.mark.parametrize("text, fragment, speaker", [
    ("The mayor complained that the vote had been rigged, a charge that county leaders strongly denied, noting "
     "that they had used the same rules for years.", "same rules", "county leaders"),
    ("It was a sharp rebuke from the two women, as Ms. Vera Holm echoed the criticism, saying the plan “will "
     "hurt families.”", "hurt families", "Vera Holm"),
    ("Jo Roe spoke after the mayor left, saying that taxes would rise.", "taxes would rise", "Jo Roe"),
])
def test_participle_after_a_modifier_clause_goes_on_with_it_only_without_a_main_speaker(nlp, text, fragment,
                                                                                        speaker):
    assert one(quotes(nlp, text), fragment).speaker.name == speaker


def test_conjoined_passives_share_their_subject_for_a_later_participle(nlp):
    text = ("Singer Ada Brook was booed and shouted down by the crowd after telling the holdouts that they were "
            "“being foolish.”")
    assert one(quotes(nlp, text), "foolish").speaker.name == "Ada Brook"


def test_a_campaign_subject_speaks_for_a_verb_the_parser_joined_to_its_content(nlp):
    text = ("Asked about the fees, Mark Hollis’s campaign said he hasn’t accepted any new offers since announcing "
            "his run and suggested that the bigger question is whether officials are wasting money.")
    q = one(quotes(nlp, text), "bigger question")
    assert q.speaker.name.endswith("campaign")


@pytest.mark.parametrize("text, fragment, speaker", [
    ("Turnout rose sharply this spring, according to an analysis by the Brookfield Policy Institute.",
     "Turnout rose", "Brookfield Policy Institute"),
    ("A speech by Jo Roe said the city was broke.", "city was broke", "Jo Roe"),
])
def test_a_thing_made_by_someone_speaks_through_its_maker(nlp, text, fragment, speaker):
    assert one(quotes(nlp, text), fragment).speaker.name == speaker


def test_he_after_a_subject_named_by_party_goes_back_to_the_person_it_describes(nlp):
    text = ("Senate Majority Leader Mitch Conway is criticizing President Jo Hale as weak. In a statement, the Ohio "
            "Republican on Tuesday dismissed Hale’s actions on guns. He says Congress will track the actions closely.")
    assert one(quotes(nlp, text), "track the actions").speaker.name == "Mitch Conway"


def test_when_asked_tagged_as_past_tense_after_the_speaker_has_no_speaker(nlp):
    text = ("“It looks like we will not get along,” Walt Brenner told the station in an interview aired on Monday "
            "when asked how ties would fare if he won the election.")
    found = quotes(nlp, text)
    assert one(found, "ties would fare").speaker is None
    assert one(found, "get along").speaker.name == "Walt Brenner"


def test_he_after_an_indefinite_role_subject_skips_a_stray_closing_mark(nlp):
    text = ('Police urged calm. A reporter for the agency called it "absolute chaos."\n\n'
            '"We saw people hit and debris flying around," he said.')
    assert one(quotes(nlp, text), "debris flying").speaker.name == "reporter for the agency"


def test_a_focus_adverb_before_a_restricted_pronoun_group_is_left_out(nlp):
    text = ("Even those who have drawn up possible paths for Mr. Dalton to win the nomination acknowledge that they "
            "are narrow.")
    q = one(quotes(nlp, text), "are narrow")
    assert q.speaker.name.startswith("those who have drawn up")


def test_a_quoted_name_inside_a_restricted_group_stays_in_its_name(nlp):
    text = 'Some in the "Never Again" crowd suggest the plan is as bad as the old one.'
    assert one(quotes(nlp, text), "plan is as bad").speaker.name == 'Some in the "Never Again" crowd'


@pytest.mark.parametrize("text, fragment, tail", [
    ("The group's director, Mary Olsen, said the visit had been booked a year ahead of time but that she was told "
     "not to ask him about the race.", "visit had been booked", "about the race"),
    ("Dan Kowalski said he understands the mayor's position of supporting but not endorsing the plan.",
     "he understands", "endorsing the plan"),
])
def test_a_second_that_clause_or_a_joined_gerund_stays_in_the_content(nlp, text, fragment, tail):
    assert one(quotes(nlp, text), fragment).text.endswith(tail)


def test_an_adjective_after_as_completes_the_object_content(nlp):
    text = "The mayor has slammed the council's proposal as too vague and unrealistic."
    assert one(quotes(nlp, text), "proposal").text == "the council's proposal as too vague and unrealistic"


@pytest.mark.parametrize("text, start, end", [
    ("Though the transition was smooth, Dana Kerr said, replacing the nominee would be much harder.",
     "Though the transition", "much harder"),
    ("If the law has never been tested, Dana Kerr said, there is a simple explanation.", "If the law", "explanation"),
    ("The budget, Dana Kerr said, is balanced.", "The budget", "balanced"),
])
def test_a_parenthetical_cue_keeps_the_fronted_clause_and_the_clause_around_it(nlp, text, start, end):
    q = one(quotes(nlp, text), end)
    assert q.text.startswith(start) and q.text.endswith(end)
    assert q.speaker.name == "Dana Kerr"


@pytest.mark.parametrize("text, content", [
    ("Lund leads by 15 points in Ohio, according to the state poll, and has a small lead in Iowa.",
     "Lund leads by 15 points in Ohio"),
    ("The mayor spoke at the fair, according to the Ledger, during a break in the rain over the county.",
     "The mayor spoke at the fair"),
    ("Lund skipped the debate because, according to his aides, the moderators would attack him.",
     "the moderators would attack him"),
])
def test_according_to_takes_the_side_with_a_clause_of_its_own(nlp, text, content):
    found = [q for q in quotes(nlp, text) if q.cue == "according to"]
    assert found and found[0].text.rstrip(".") == content


@pytest.mark.parametrize("text, speaker", [
    ("The contrast with Lund, said Ann Doyle, would be clear.", "Ann Doyle"),
    ("Many of the closures, said Tom Reyes, a golf analyst, have involved public courses.", "Tom Reyes"),
])
def test_an_inverted_cue_between_commas_takes_the_name_after_it(nlp, text, speaker):
    q = [q for q in quotes(nlp, text) if q.cue == "said"][0]
    assert q.speaker.name == speaker
    assert len(q.spans) == 2 and speaker not in q.text


@pytest.mark.parametrize("text", [
    "The budget, says Mayor Ann Doyle, is balanced.",
    "The budget, Mayor Ann Doyle says, is balanced.",
    "The budget, Mayor Ann Doyle often says, is balanced.",
])
def test_the_clause_subject_the_parser_gave_a_parenthetical_cue_stays_in_the_content(nlp, text):
    q = one(quotes(nlp, text), "balanced")
    assert q.text == "The budget is balanced"
    assert q.speaker.name == "Ann Doyle"


@pytest.mark.parametrize("text, start", [
    ("Lund's advisers insist that, with the candidate focused on the primaries, there have been few talks.",
     "with the candidate focused"),
    ("Ann Lund said the plan is dead: the council will not vote on it.", "the plan is dead:"),
])
def test_a_content_the_parser_split_at_a_comma_or_colon_is_one_content(nlp, text, start):
    assert one(quotes(nlp, text), "few talks" if "talks" in text else "will not vote").text.startswith(start)


def test_a_second_cue_of_the_same_speaker_after_the_quotation_repeats_the_attribution(nlp):
    text = 'Ann Lee said the new law was worth a look because “most people don’t know about it,” she said.'
    found = quotes(nlp, text)
    assert len(found) == 1
    assert found[0].text.startswith("the new law") and found[0].speaker.name == "Ann Lee"


@pytest.mark.parametrize("text", [
    "Ann Lund said the plan was dead, according to two aides.",
    "Ann Lund said the plan was “a disaster,” according to two aides.",
])
def test_according_to_closing_the_content_clause_is_left_out_of_it(nlp, text):
    q = [q for q in quotes(nlp, text) if q.cue == "said"][0]
    assert "according" not in q.text and q.text.startswith("the plan was")


def test_a_semicolon_before_a_clause_with_its_own_subject_ends_the_content(nlp):
    text = "Party leaders said the timing of the news was not intentional; they only learned of the deal on Friday."
    assert one(quotes(nlp, text), "timing").text == "the timing of the news was not intentional"


def test_content_runs_over_a_sentence_break_the_model_put_without_punctuation(nlp):
    text = "Ava Lane said she felt the 13th Amendment was worth examining."
    assert one(quotes(nlp, text), "felt").text == "she felt the 13th Amendment was worth examining"


def test_he_after_a_parenthetical_attribution_is_the_one_who_attributed(nlp):
    text = ("Ruben Alder, Kessler said, has built a strange kind of movement. "
            "“His fans feel free there,” he said.")
    assert one(quotes(nlp, "Marco Kessler spoke first. " + text), "fans feel free").speaker.name == "Marco Kessler"


def test_a_speech_verb_in_an_adverbial_clause_does_not_introduce_the_next_quotation(nlp):
    text = ("“We will keep fighting,” added her campaign manager Ruth Olsen, speaking to reporters after the "
            "governor spoke. “The race is far from over.”")
    q = one(quotes(nlp, text), "far from over")
    assert q.speaker is not None and q.speaker.name == "Ruth Olsen"


def test_a_subject_the_parser_hung_on_the_quoted_clause_speaks_not_the_addressee(nlp):
    # the model sometimes takes 'a union source' for an attribute of the quoted 'are' and leaves 'told' with no
    # subject: the phrase ending right before the verb speaks; the object after 'told' is who was told
    doc = nlp("“The clerks are tired,” a union source, who was not authorized to speak, told Channel Nine.")
    source = next(t for t in doc if t.text == "source")
    source.head, source.dep_ = next(t for t in doc if t.text == "are"), "attr"
    q = one(find_quotes(doc, find_people(doc)), "clerks are tired")
    assert q.speaker is not None and q.speaker.name == "union source"


def test_a_verb_with_its_own_subject_after_a_label_is_not_a_modifier_of_the_label(nlp):
    # "Voter turnout: Tom Roe, ..., said ...": the model may make the label the root and hang the verb on it as a
    # participle; the verb's own subject still speaks
    doc = nlp("Voter turnout: Tom Roe, whose group includes young voters, said closed primaries hurt turnout.")
    label, said, roe = (next(t for t in doc if t.text == w) for w in ("turnout", "said", "Roe"))
    label.head, label.dep_ = label, "ROOT"
    said.head, said.dep_ = label, "acl"
    roe.head, roe.dep_ = said, "nsubj"
    q = one(find_quotes(doc, find_people(doc)), "hurt turnout")
    assert q.speaker is not None and q.speaker.name == "Tom Roe"


def test_a_perfect_participle_set_off_in_a_content_clause_goes_to_the_one_who_says_it(nlp):
    # parsed (as the model does in a longer story) with 'saying' on the verb and 'having suggested' on the quoted
    # clause's verb: the participle is still Roe's, not Lee's
    doc = nlp("Tom Roe opened the debate saying Ann Lee has the experience to lead -- having suggested in a recent "
              "speech that she is unqualified -- but said he doubts her judgment.")
    opened, saying, has, suggested = (next(t for t in doc if t.text == w)
                                      for w in ("opened", "saying", "has", "suggested"))
    saying.head, saying.dep_ = opened, "advcl"
    suggested.head = has
    q = one(find_quotes(doc, find_people(doc)), "unqualified")
    assert q.speaker is not None and q.speaker.name == "Tom Roe"


def test_a_quotation_after_a_colon_is_not_claimed_by_a_verb_in_the_next_sentence(nlp):
    text = ("Growing sharper as he spoke, Mr. Tom Roe continued: ''The worst mistake ever in this city? It was during "
            "his term.'' He added that praising the former mayor was like praising a losing team.")
    q = one(quotes(nlp, text), "worst mistake")
    assert q.speaker is not None and q.speaker.name == "Tom Roe"


@pytest.mark.parametrize("text, fragment", [
    ("If the firm is really hiding losses — as many traders suspect, but Oslo firmly denies — “why would you not "
     "want to look into it?” asked Carla Brandt, now a lecturer at a business school.", "look into it"),
    ("The board may be split — as several members hint, though the chairman disputes — “and who could blame them?” "
     "asked Carla Brandt, a former director.", "blame them"),
])
def test_a_quotation_closed_by_its_own_inverted_cue_is_not_an_earlier_verbs(nlp, text, fragment):
    q = one(quotes(nlp, text), fragment)
    assert q.speaker is not None and q.speaker.name == "Carla Brandt"


def test_participle_after_a_quotation_split_by_the_model_introduces_the_next_one(nlp):
    text = ("Pekka Lund said he felt the voters were telling him, “We are fine now. It is done,” adding, “And this "
            "was not the moment to rest. This was the moment to work harder.”")
    found = quotes(nlp, text)
    q = one(found, "moment to rest")
    assert "fine now" not in q.text and q.speaker is not None and q.speaker.name == "Pekka Lund"
    assert "moment to rest" not in one(found, "fine now").text


def test_cue_after_a_closed_quotation_takes_no_clause_after_a_comma(nlp):
    text = ("Senator Ruth Calder questioned bank chief Oskar Lindqvist on Tuesday.\n\n“You should step down. You "
            "should return the bonus you took while this fraud went on,” Calder told Lindqvist, after he admitted "
            "under Calder’s questioning he had not yet been held accountable for the fraud.")
    q = one(quotes(nlp, text), "step down")
    assert q.speaker is not None and q.speaker.name == "Ruth Calder"


@pytest.mark.parametrize("text, fragment", [
    ("At a tense news conference, Mayor Ingrid Solberg attacked the board, calling its chairman “the worst steward "
     "this harbor has had.”", "worst steward"),
    ("Ingrid Solberg spent the evening on the radio, describing the ferry plan as “a gift to the shipping lobby.”",
     "shipping lobby"),
])
def test_participle_whose_complement_holds_a_quotation_is_a_cue(nlp, text, fragment):
    q = one(quotes(nlp, text), fragment)
    assert q.speaker is not None and q.speaker.name == "Ingrid Solberg"
    assert q.cue in ("calling", "describing")


@pytest.mark.parametrize("text, pronoun, rest", [
    ("Tomas Reyes defended the harbor levy, which he insists will pay for itself within a decade.", "which",
     "pay for itself"),
    ("Laura Finch backed the ferry timetable, which the harbor board said was “far too tight” for the winter.",
     "which", "far too tight"),
    ("Tomas Reyes praised the new port, which he said would bring hundreds of jobs to the valley.", "which",
     "hundreds of jobs"),
])
def test_relative_pronoun_opens_the_quotation_of_a_cue_in_its_clause(nlp, text, pronoun, rest):
    q = one(quotes(nlp, text), rest)
    assert q.text.startswith(pronoun + " ") and len(q.spans) >= 2


def test_relative_pronoun_that_speaks_is_no_part_of_the_quotation(nlp):
    q = one(quotes(nlp, "Laura Finch, who said she would run again, left the meeting early."), "run again")
    assert q.text == "she would run again"


def test_relative_clause_that_names_a_thing_is_no_quotation(nlp):
    found = quotes(nlp, "Tomas Reyes railed against what he calls political correctness at the rally.")
    assert not any(q.text.startswith("what") for q in found)


@pytest.mark.parametrize("title, speaker", [
    ("Ingrid Solberg to harbor workers: the ferry plan will cost jobs", "Ingrid Solberg"),
    ("Former Mayor Tomas Reyes at city hall: the budget is a fraud", "Tomas Reyes"),
])
def test_headline_label_cut_before_a_lowercase_topic_word_names_the_speaker(nlp, title, speaker):
    found = find_title_quotes(nlp(title), find_people(nlp("Nothing else was said.")))
    assert found and found[0].speaker is not None and found[0].speaker.name == speaker


def test_headline_label_cut_before_a_lowercase_topic_word_needs_a_name(nlp):
    assert not find_title_quotes(nlp("Reaction to the ruling: the court got it wrong again"),
                                 find_people(nlp("Nothing else was said.")))


@pytest.mark.parametrize("text, fragment, tail", [
    ("Ingrid Solberg demanded a levy on cruise ships to repair the harbor walls and hire more pilots.", "levy on",
     "more pilots"),
    ("Tomas Reyes praised the work of the volunteers to clean the beaches after the storm.", "volunteers",
     "after the storm"),
])
def test_object_content_keeps_its_purpose_clause(nlp, text, fragment, tail):
    assert tail in one(quotes(nlp, text), fragment).text


@pytest.mark.parametrize("text, fragment, speaker", [
    ("Turnout was high in the state.\n\nAnalysts agree - Tessa Whitcombe: “The biggest lesson was a simple one: "
     "keep contacting voters as late as possible.” [Blog.]", "biggest lesson", "Tessa Whitcombe"),
    ("Turnout was high in the state.\n\nBut surveys did predict the result - PollWatch: “Most surveys fared much "
     "better with the second race.” [Blog.]", "fared much better", "PollWatch"),
])
def test_name_between_dash_and_colon_speaks_the_quotation(nlp, text, fragment, speaker):
    q = one(quotes(nlp, text), fragment)
    assert q.speaker is not None and q.speaker.name == speaker


@pytest.mark.parametrize("text, fragment, speaker", [
    ("Costs rose sharply last year. That said, retirees say they believe the market will recover by spring.",
     "they believe the market", "retirees"),
    ("Costs rose. That said, officials say the budget is balanced.", "budget is balanced", "officials"),
])
def test_discourse_marker_is_no_cue(nlp, text, fragment, speaker):
    q = one(quotes(nlp, text), fragment)
    assert q.speaker is not None and q.speaker.name == speaker


def test_discourse_marker_alone_makes_no_quotation(nlp):
    found = quotes(nlp, "Costs rose sharply last year. That said, the network's audience tends to be older than most.")
    assert not [q for q in found if "audience" in q.text]
    q = one(quotes(nlp, "She wrote a note that said, “Closed for the day.”"), "Closed for the day")
    assert q.cue == "said"


def test_quoted_sentence_after_a_denied_statement_goes_on_with_the_speaker(nlp):
    found = quotes(nlp, "“There is new evidence in the case,” Senator Ann Dale said, though Judge Ray Cole and other "
                        "officials haven’t said the inquiry is actually “reopening.” “Remember, to get a warrant you "
                        "need probable cause.”")
    assert one(found, "get a warrant").speaker.name == "Ann Dale"
    assert "get a warrant" not in one(found, "inquiry is actually").text


def test_not_inside_the_quotation_denies_nothing(nlp):
    q = one(quotes(nlp, "“Are we there yet? Probably not,” Mayor Ann Dale said. “Will we get there? Absolutely.”"),
            "Probably not")
    assert "Absolutely" in q.text
