"""Polarity, modality and source of one contact, read from the clause that carries its cue.

denied:  a negation on the cue or its support verb ("had not met", "never met", "no meetings"), or a
         denial verb above it ("denied meeting", "rejected reports that he met");
hedged:  a hedge adverb ("reportedly"), a modal ("may have met"), a passive raising verb ("is said to
         have met"), a future ("will meet") or an intention ("plans to meet", "sought a meeting");
asserted otherwise. The claim's source is the subject of the nearest speech or denial verb above the cue.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from presstrace.nlp import lexicon
from presstrace.nlp.participants import RELATIVE, subjects, to_infinitive

# how far up the clause chain a cue's polarity and source are looked for
CLAUSE_LINKS = {"ccomp", "xcomp", "pcomp", "advcl", "conj", "dobj", "pobj", "prep", "acl", "relcl", "oprd",
                "acomp", "attr"}  # "if reports are accurate about his contact" climbs to the "if" clause
MAX_STEPS = 6
UNTIL = {"until", "till"}
TOPIC_PREPS = {"about", "regarding", "concerning", "over", "into", "on"}
WH_CONTENT = {"what", "why", "how", "when", "where"}
CIRCUMSTANCE_PREPS = {"at", "during", "after", "before", "following", "since"}
DONE_PREPS = {"after", "following", "since"}  # of these a gerund has happened
INTENT_LINKS = {"xcomp", "dobj", "ccomp", "prep", "pcomp", "advcl"}  # "plans to meet", "sought a meeting", "open to"
# through a preposition only "asked for a meeting", "open to talks": not "asked about his contacts", "in the
# call between A and B, A requested …" (an adjective takes any: "interested in talking", "keen on meeting"; a
# noun takes "of": "the idea of having X brief Y", "an offer of talks")
INTENT_PREPS = {"for", "to", "toward", "towards"}


@dataclass
class Stance:
    polarity: str = "asserted"  # asserted | denied | hedged
    modality: str | None = None  # future | intended
    source: Token | None = None  # who asserts (or denies) the contact: a subject, or X of "according to X"
    retracted: bool = False  # the statement carrying the contact is called false ("incorrectly stated")
    writers_own: bool = False  # set against what someone said ("…, but he met X", "even though he met X")


def stance(cue: Token, support: Token | None = None) -> Stance:
    """Polarity, modality and asserting verb of the contact named by `cue` (with its support verb)."""
    result = Stance()
    local = [cue] + ([support] if support is not None else [])
    own = local + occurrence_verb(cue)
    # "the talks will involve only lawyers" is a future of the talks; "the talks did not involve sanctions"
    # denies a topic, not the talks
    planned = own + occurrence_verb(cue, "contact_gathering_verbs")
    if any((negated(t) or negated_conjunct(t)) and not delayed(t) for t in own):
        result.polarity = "denied"
    elif any(hedged_locally(t) for t in planned):
        result.polarity = "hedged"
    if any(future(t) for t in planned):
        result.polarity, result.modality = promote(result.polarity), "future"
    if support is not None and support.lemma_.lower() in lexicon.words("contact_intent") \
            and support.lemma_.lower() not in lexicon.words("contact_attendance"):
        result.polarity, result.modality = promote(result.polarity), "intended"  # "sought a meeting"
        if failed(support):
            result.polarity = "denied"  # "unsuccessfully sought a meeting": it did not take place
    if purpose(cue):
        result.polarity, result.modality = promote(result.polarity), result.modality or "intended"
    stated, modality = result.polarity, result.modality
    read_ancestors(local[-1], result)
    if aside_in_the_past(local[-1]):
        # "verify it through the ambassador, whom he had met in April": the writer's aside states it, whatever
        # is believed or hoped about the rest; the speaker above still tells it
        result.polarity, result.modality = stated, modality
    if asked_whether(cue):
        result.polarity = "hedged"  # "ambiguity about whether he meant he had no communication with X"
    if stated == "asserted" and result.polarity == "hedged" and (had_by_someone(cue) or acted_on(cue)):
        # "would lie about a conversation he had with X", "would shield his talks with X", "whether he described
        # his contacts with X falsely": what is said of it is open, not that he had it
        result.polarity, result.modality = "asserted", None
    if result.polarity == "asserted" and question(cue) and not presupposed(cue):
        result.polarity = "hedged"  # "Did any adviser have contact with the Russians?"
    return result


def occurrence_verb(cue: Token, words: str = "contact_occurrence_verbs") -> list[Token]:
    """"A meeting between A and B will take place": the verb saying that the contact noun happens."""
    verb = cue.head
    if cue.pos_ != "NOUN" or cue.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return []
    return [verb] if verb_senses(verb) & lexicon.words(words) else []


def verb_senses(verb: Token) -> set[str]:
    """A verb's lemma, and lemma with each object ("take_place"), as the word lists write them."""
    lemma = verb.lemma_.lower()
    return {lemma, *(f"{lemma}_{c.lemma_.lower()}" for c in verb.children if c.dep_ == "dobj")}


def conditional(verb: Token) -> bool:
    """"if agents had asked him, and he denied speaking to X": a verb in an if-clause, or joined to one (the
    parser often leaves the "and" on the if-clause and hangs the second verb beside it)."""
    while True:
        if if_clause(verb):
            return True
        before = [c for c in verb.head.lefts if c.i < verb.i and c.dep_ == "advcl"] if verb.head.i != verb.i else []
        if before and if_clause(before[-1]) and [c.dep_ for c in before[-1].rights][-1:] == ["cc"]:
            return True
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            return False
        verb = verb.head


def if_clause(verb: Token) -> bool:
    return marked(verb, {"if", "unless"})


def marked(verb: Token, words: set[str]) -> bool:
    """The clause of `verb` opens with one of `words` ("if", "whether")."""
    return any(c.dep_ == "mark" and c.lower_ in words for c in verb.children)


def purpose(cue: Token) -> bool:
    """"traveled to Moscow to meet with Putin", "will be at the Pentagon to get a briefing and to meet X", "her
    decision to meet X": a purpose infinitive, or one on a noun, says what was meant to happen."""
    if cue.pos_ != "VERB":
        return False
    verb = cue
    while verb.dep_ == "conj" and verb.head.pos_ == "VERB" and not to_infinitive(verb):
        verb = verb.head  # "to perform any task and speak with X": "speak" shares the first one's "to"
    if not to_infinitive(verb):
        return False
    while verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        verb = verb.head
    if verb.dep_ == "xcomp":
        return verb.head.lemma_ == "be"  # the parser's reading of "be somewhere to do"
    if verb.dep_ == "acl":
        return verb.head.pos_ == "NOUN"  # "her decision (attempt, willingness, refusal) to meet X"
    return verb.dep_ == "advcl" and not any(c.dep_ == "mark" for c in verb.children)


def open_topic(cue: Token) -> bool:
    """What a question can be about without taking it as known: a verb ("asked about meeting X") or a bare
    noun ("asked about contacts with X"), not "a September meeting" or "his contacts"."""
    return cue.pos_ == "VERB" or not any(c.dep_ in ("det", "poss") for c in cue.children)


def asked_whether(cue: Token) -> bool:
    """The contact is what a "whether" clause asks, even a negative one ("whether he meant he had no
    communication with X", "whether such a call took place"); not a contact the question takes as given
    ("whether Flynn lied in his interview with the FBI", "whether he acted on orders when he called X")."""
    verb = cue
    if cue.pos_ == "NOUN":
        if possessed_noun(cue) or not (cue.dep_ == "dobj" or occurrence_verb(cue)):
            return False
        verb = cue.head
    for _ in range(4):
        if marked(verb, {"whether"}):
            return True
        if verb.dep_ not in ("ccomp", "xcomp", "conj") or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def acted_on(noun: Token) -> bool:
    """"shield his talks with X", "described her contacts with X": a possessed contact noun a verb acts on is a
    given, whatever the clauses above leave open (not "if reports are accurate about his contact with X")."""
    # "did not recall his conversation with X" leaves it open; "get Clinton's emails from hackers" is no contact
    # of the possessor's
    return possessed_noun(noun) and noun.dep_ == "dobj" and noun.head.lemma_.lower() not in lexicon.words(
        "contact_epistemic") and not any(c.dep_ == "prep" and c.lower_ == "from" for c in noun.children)


def possessed_noun(token: Token) -> bool:
    return token.pos_ == "NOUN" and any(c.dep_ == "poss" for c in token.children)


def presupposed(cue: Token) -> bool:
    """"Do you believe that X, who described his talks with Y, lied?": a possessed contact, or one in a
    relative clause, is taken as known by the question around it."""
    # not "allegations that X met Y?": a content clause, which the parser also labels acl
    return possessed_noun(cue) or any(t.dep_ == "relcl" for t in [cue, *cue.ancestors]) or definite_topic(cue)


def definite_topic(cue: Token) -> bool:
    """"What did they find about that June meeting between X and Y?", "What happened at the meeting?": a definite
    contact noun a question is about, or the setting of what it asks, is one already known (not "was he in
    contact with Y?", not "did the meeting take place?")."""
    return cue.pos_ == "NOUN" and cue.dep_ == "pobj" and any(
        c.dep_ == "det" and c.lower_ in ("the", "that", "this", "these", "those") for c in cue.children)


def question(cue: Token) -> bool:
    """The cue's sentence asks rather than states: it ends with a question mark, not one inside a quotation
    closing it ('Tamm texted Venn, “Time for a call???”')."""
    words = [t for t in cue.sent if not t.is_space]
    marks = [t for t in words if t.is_quote]
    if words and words[-1].is_quote and len(marks) >= 2 and cue.i < marks[-2].i:
        return False  # the closing quotation is someone's question, the sentence around it a statement
    words = [t for t in words if not t.is_quote]
    return bool(words) and words[-1].text == "?" and not stated_under_question(cue)


def stated_under_question(cue: Token) -> bool:
    """"Yates recalled that, upon being told the FBI had interviewed Flynn, she asked how he did – did they think
    he lied?": the question mark closes a question of its own, which begins after the cue (its auxiliary or
    wh-word comes later, whatever the parser hung on what) or is a clause the cue is not in."""
    path = [t for t in [cue, *cue.ancestors] if t.pos_ in ("VERB", "AUX")]
    markers = [m for v in path if (m := question_marker(v)) is not None]
    if markers:
        return all(m.i > cue.i for m in markers)
    return any(question_marker(t) is not None for t in cue.sent if t.pos_ in ("VERB", "AUX"))  # "A met B?" asks


def question_marker(verb: Token) -> Token | None:
    """What makes a clause ask: an auxiliary or the verb itself before its subject ("did X meet", "was X in
    contact"), or a wh-word as its subject ("who met X", "which aides met X")."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj")), None)
    if subject is None:  # "Did talking with X undercut …?": the auxiliary opens the subject clause
        return next((c for c in verb.children if c.dep_ == "aux" and c.i == verb.left_edge.i
                     and c.tag_ in ("VBD", "VBZ", "VBP", "MD")), None)
    wh = [t for t in (subject, *subject.children) if t.tag_ in ("WP", "WDT")]
    if wh:
        return wh[0]
    before = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < subject.i]
    before += [verb] if verb.i < subject.i else []
    return min(before, key=lambda t: t.i) if before else None


def promote(polarity: str) -> str:
    return "hedged" if polarity == "asserted" else polarity


def read_ancestors(start: Token, result: Stance) -> None:
    """Walk up the clause chain to the first speech or denial verb, collecting denial, intent, hedges."""
    token, steps = start, 0
    # "Trump Jr.'s meeting", "the time in which he communicated with X": a possessed contact noun or one in
    # a relative clause is taken as known, whatever someone believes about the rest
    known = possessed_noun(start)
    result.source = source_among_children(start)
    if known_topic(start) or said_to_have_occurred(start):
        return  # "agreed to speak with investigators about his contacts with X": the contacts are a given
    while token.head.i != token.i and steps < MAX_STEPS and token.dep_ in CLAUSE_LINKS:
        if wh_content(token):
            break  # "no recollection of what he discussed with X", "why the FBI interviewed X": it took place
        if circumstance_of_other_event(token):
            break  # "denied that Trump shared secrets at his meeting with X": the denial is of the sharing
        if token.dep_ == "advcl" and circumstance(token) and past(token):
            break  # "may ask whether he lied after he met X": a past clause of time or reason states a fact
        if contrasted_clause(token):
            result.writers_own = True
            break  # "they deny that he spoke with X, but he still communicated with Y": the writer's own claim
        below = token
        link, token, steps = token.dep_, token.head, steps + 1
        if link == "ccomp" and subordinate_misparse(token, below):
            result.writers_own = True
            break  # "Although X said no, A met B": the parser made the main clause X's words
        known = known or link in ("relcl", "acl")
        if link == "conj" and beside_content(token, below):
            result.writers_own = True
            break  # "He is promising that …, and he met with X on Tuesday": a statement of its own
        lemma = token.lemma_.lower()
        if lemma in lexicon.words("contact_epistemic") and negated(token):
            result.polarity = promote(result.polarity)  # "we do not know whether they communicated"
        if lemma in lexicon.words("contact_denial") and link == "conj" and not marked(below, {"that"}):
            break  # "denied any wrongdoing and called the meeting a waste of time": a second act, not denied
        if lemma in lexicon.words("contact_denial") and rejected_plan(below, link):
            # "rejected a request to knock down reports about A's calls with B", "rejected a proposal that A meet
            # B": what is turned down is the plan, not the contact, which stays unasserted
            result.polarity = promote(result.polarity)
            return
        if lemma in lexicon.words("contact_denial") and called_false(token):
            # "his erroneous statements denying he talked to X": the article says the denial is false
            result.polarity, result.source, result.retracted = "asserted", None, True
            return
        if lemma in lexicon.words("contact_denial"):
            # "if he denied speaking to X, he could be in trouble": a denial that may be made says nothing
            result.polarity = "hedged" if conditional(token) else "denied"
            result.source = speaker_of(token)
            return
        # a noun with a subject of its own is a verb the parser mistook ("X and Y report that …")
        content = token.pos_ == "NOUN" and link in ("acl", "ccomp") and not any(
            c.dep_ == "nsubj" for c in token.children)
        if content and called_false(token) and (lemma in lexicon.words("contact_speech_nouns")
                                                or lemma in lexicon.words("contact_hedge_nouns")):
            # "assertions that A had not met B were incorrect" asserts the contact; "false reports that A met B"
            # deny it, in the article's voice
            result.polarity = "asserted" if result.polarity == "denied" else "denied"
            result.source, result.retracted = None, True
            return
        if content and lemma in lexicon.words("contact_hedge_nouns"):
            # "allegations that aides had contacts with X"; a denial above still denies ("denied reports that …")
            result.polarity = promote(result.polarity)
            result.source = speaker_of(token) or result.source
        if content and lemma in lexicon.words("contact_speech_nouns"):
            result.source = speaker_of(token) or result.source  # "his testimony that he had no contacts"
            return
        if link == "prep" and below.lower_ in TOPIC_PREPS and token.pos_ == "VERB" and open_topic(start) \
                and lemma in lexicon.words("question_verbs"):
            result.polarity = promote(result.polarity)  # "asked about meeting with investigators": a question
        if link == "prep" and below.lower_ in TOPIC_PREPS | {"of"} and token.pos_ == "NOUN" \
                and lemma in lexicon.words("contact_hedge_nouns") and not definite(start):
            result.polarity = promote(result.polarity)  # "allegations of contact between A and B": a claim
        if inquired_into(token, below, link, start):
            # "an inquiry probing contacts between A and B": open, and what is looked into is no one's claim
            # ("charged that X tapped his phone as part of the investigation his campaign was talking to Y")
            result.polarity, result.source, result.writers_own = promote(result.polarity), None, True
            return
        if link == "prep" and below.lower_ == "from" and lemma in lexicon.words("contact_prevention"):
            result.polarity = promote(result.polarity)  # "barred him from meeting X": not asserted
        if link == "dobj" and below.i == start.i and tells_of(token):
            # "Kushner detailed four contacts he had with X", "the memo describes meetings between A and B": who
            # tells of the contact asserts it, however truly ("falsely described his contacts" took place)
            result.source = speaker_of(token) or result.source
            return
        if lemma in lexicon.words("contact_raising") and any(c.dep_ == "auxpass" for c in token.children):
            result.polarity = promote(result.polarity)  # "is said to have met"
        elif lemma in lexicon.words("contact_speech") and (link in ("ccomp", "conj", "xcomp") or (
                link == "prep" and below.lower_ == "to")  # "admitted to having had a meeting"
                # "reported, citing officials, that A met B": the parser hangs the that-clause as an adverbial
                or (link == "advcl" and below.i > token.i and (marked(below, {"that"})
                                                               or speaking_participle(token, below)))):
            if negated(token) or refused(token):
                # "Sessions did not say (declined to say) whether he tried to stop Trump from contacting X": nobody
                # says it; "failed to disclose that he met X" leaves it as the writer's fact
                result.polarity = promote(result.polarity) if negated(token) else result.polarity
                result.writers_own = True
                return
            result.source = speaker_of(token) or result.source
            if unsaid(token) and result.polarity == "denied":
                # "should have said he never spoke to X": a denial someone ought to have made, never made (but "should
                # have disclosed that he met X" takes the meeting as known)
                result.polarity = "hedged"
                return
            if lemma in lexicon.words("contact_hedge_speech"):
                result.polarity = promote(result.polarity)  # "X alleged that A met B": X's claim, not a fact
            if any(c.dep_ == "advmod" and c.lower_ in lexicon.words("contact_false_report") for c in token.children):
                # "an earlier version incorrectly stated that A met B": the article denies what was stated, but a
                # false denial ("falsely said he had no communications with B") asserts the contact, and a false
                # dated claim ("falsely claimed he met B before he joined") may be false only in its date
                polarity = "asserted" if result.polarity == "denied" else "hedged" if timed(below) else "denied"
                result.polarity, result.source, result.retracted = polarity, None, True
            return
        elif (lemma in lexicon.words("contact_intent") or lemma in lexicon.words("contact_arrange")
              or (lemma in lexicon.words("contact_facilitation") and not facilitated(token, start))
              or with_preposition(token) in lexicon.words("contact_intent")) \
                and link in INTENT_LINKS and (link != "prep" or below.lower_ in INTENT_PREPS or token.pos_ == "ADJ"
                                           or (token.pos_ == "NOUN" and below.lower_ == "of")) \
                and not (link == "advcl" and circumstance(below)):
            if carried_out(token):
                result.writers_own = True  # the writer says it was done, not the one who asked
                break
            result.polarity, result.modality = promote(result.polarity), result.modality or "intended"
            if failed(token) and below.i == start.i:
                result.polarity = "denied"  # "tried unsuccessfully to meet X": the attempt came to nothing
        if lemma in lexicon.words("contact_failure") and link == "xcomp" and below.i == start.i \
                and not (delayed(token) or delayed(start) or talk_about(start)):  # "refused to talk until …"
            # "failed to reach X", "was unable to meet X", "refused to meet X": sought or proposed, never held
            result.polarity, result.modality = "denied", result.modality or "intended"
        if token.pos_ in ("VERB", "AUX") and link in ("xcomp",) and negated(token):
            # "never got to meet" denies it; "did not plan to meet" says nothing of whether they met
            intent = lemma in lexicon.words("contact_intent")
            if not elliptically_affirmed(token):  # "wasn't supposed to meet X, but he did"
                result.polarity = promote(result.polarity) if intent else "denied"
        if token.pos_ == "NOUN" and link == "prep" and negated(token):
            result.polarity = "denied"  # "no knowledge of contacts", "no evidence of any meeting"
        # not when the parser hung the contact noun itself on "evidence that": "no evidence that meetings between
        # A and B reflected collusion" doubts what the meetings were, not that they took place
        if no_evidence(token, link) and not (link == "acl" and below.pos_ == "NOUN"):
            result.polarity = "denied"  # "no evidence that A met B", "did not find evidence that A met B"
        if lemma in lexicon.words("contact_hedge_verbs") and link in ("xcomp", "ccomp"):
            result.polarity = promote(result.polarity)  # "appears to have met", "seems to be talking"
        if lemma in lexicon.words("contact_belief") and link == "ccomp" and not known:
            result.polarity = promote(result.polarity)  # "they thought they were briefing X"
        if lemma in lexicon.words("contact_doubt"):
            result.polarity = promote(result.polarity)  # "skeptical that he took part in two other calls"
        # a hedge adjective on a noun above ("an apparent reference to Flynn's call") qualifies that noun only
        if (hedged_locally(token) and token.pos_ not in ("NOUN", "PROPN")) or open_predicate(token):
            result.polarity = promote(result.polarity)
        result.source = result.source or source_among_children(token)


def inquired_into(token: Token, below: Token, link: str, start: Token) -> bool:
    """The contact is what an inquiry looks into: the object of "probe" or "investigate", the "into" or "of"
    phrase of "investigation", or a content clause on it ("the investigation his campaign was communicating
    with X"); not a contact taken as known ("investigating his meeting with X", "the meeting")."""
    if token.lemma_.lower() not in lexicon.words("contact_inquiry") or not open_topic(start):
        return False
    # the contact itself is looked into, not a person it is said of ("probing a lobbyist who met X")
    if link in ("dobj", "acl", "relcl") and below.i != start.i:
        return False
    if link == "prep" and start.head.i != below.i:
        return False
    if token.pos_ == "VERB":
        return link == "dobj" or (link == "prep" and below.lower_ in TOPIC_PREPS)
    if token.pos_ != "NOUN":
        return False
    if link == "prep":
        return below.lower_ in TOPIC_PREPS or below.lower_ == "of"
    return link in ("acl", "relcl") and content_clause(below)


def content_clause(verb: Token) -> bool:
    """A clause on a noun that says what the noun is about, not a relative clause with a gap: no relative
    word ("that he held") and no preposition left without its object ("he talked about")."""
    return not any(c.lower_ in RELATIVE and c.dep_ != "mark" for c in verb.children) and not any(
        c.dep_ == "prep" and not any(g.dep_ in ("pobj", "pcomp") for g in c.children) for c in verb.children)


def unsaid(verb: Token) -> bool:
    """"should have said", "could have added": a modal perfect of a speech verb says what was not said."""
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return "have" in auxes and bool(auxes & lexicon.words("counterfactual_modals"))


def called_false(token: Token) -> bool:
    """A statement the writer calls false: "erroneous statements (denying …)", "assertions that … were incorrect"."""
    noun = token.head if token.pos_ == "VERB" and token.dep_ in ("acl", "relcl") else token
    if noun.pos_ != "NOUN":
        return False
    false = lexicon.words("contact_false_adjectives")
    if any(c.dep_ == "amod" and c.lower_ in false for c in noun.children):
        return True
    verb = noun.head
    return noun.dep_ == "nsubj" and verb.lemma_ == "be" and any(
        c.dep_ in ("acomp", "attr") and c.lower_ in false for c in verb.children)


def facilitated(verb: Token, contact: Token) -> bool:
    """"Facilitated communications between A and B", "was brokering talks": a helper's past role in contacts that
    took place, not the arranging of one proposed event ("brokered a meeting", "will facilitate talks")."""
    one_event = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in contact.children)
    ongoing = verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in ("was", "were") for c in verb.children)
    return (past(verb) or ongoing) and not one_event and not negated(verb)


def rejected_plan(noun: Token, link: str) -> bool:
    """The object of a denial verb is a plan or request ("a request", "a proposal", "the idea"), not a claim."""
    return link == "dobj" and noun.pos_ == "NOUN" and noun.lemma_.lower() in lexicon.words("contact_intent")


def elliptically_affirmed(verb: Token) -> bool:
    """"He wasn't supposed to meet X, but he did": a negated verb followed by "but" and a bare "did"/"had"."""
    return any(c.dep_ == "cc" and c.lower_ == "but" for c in verb.children) and any(
        c.dep_ == "conj" and bare_auxiliary(c) for c in verb.children)


def bare_auxiliary(verb: Token) -> bool:
    """"did", "had" standing for a verb phrase said before ("…, but he did")."""
    return verb.lemma_.lower() in ("do", "have") and not any(
        d.dep_ in ("dobj", "xcomp", "ccomp", "attr", "acomp", "prep") for d in verb.children)


def carried_out(verb: Token) -> bool:
    """"After X asked the president to call him, Trump did", "asked him to call, and he did": a request or plan
    answered by a bare past "did" was carried out."""
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    answers = [c for c in verb.children if c.dep_ == "conj"] + ([clause.head] if clause.dep_ == "advcl" else [])
    return any(a.lemma_.lower() == "do" and a.tag_ == "VBD" and bare_auxiliary(a) and not negated(a)
               for a in answers)


def tells_of(verb: Token) -> bool:
    """A speech verb that told of its object: not "did not (failed to) disclose", "would (make amendments and)
    disclose"."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.words("contact_speech") or to_infinitive(verb):
        return False  # "sought to explain away the meeting", "did not come forward to detail his talks": not told
    if verb.tag_ == "VBG" and verb.dep_ == "advcl":
        return False  # a participle hung on the clause: its teller is not the clause's subject
    # a second verb sharing the first one's auxiliaries ("would make amendments and disclose") shares its mood
    shared = verb.head if verb.dep_ == "conj" and not any(c.dep_ == "aux" for c in verb.children) else verb
    return not any(negated(v) or refused(v) or hedged_locally(v) or future(v) for v in {verb, shared})


def talk_about(verb: Token) -> bool:
    """"discuss X with Y", "inform Y that …": a contact verb about a topic, which one may refuse to take up with
    someone one meets all the same."""
    return any(c.dep_ == "ccomp" for c in verb.children) or f"{verb.lemma_.lower()} discussion" in {
        " ".join(e.split()[:2]) for e in lexicon.words("contact_verbs")}


def refused(verb: Token) -> bool:
    """"declined to say", "failed to disclose", "his failure to disclose": what someone would not or did not do."""
    return verb.dep_ in ("xcomp", "acl") and verb.head.lemma_.lower() in lexicon.words("contact_failure")


def failed(verb: Token) -> bool:
    """"unsuccessfully sought", "tried in vain": an attempt said to have come to nothing."""
    return any(c.dep_ == "advmod" and c.lower_ in lexicon.words("contact_failure") for c in verb.children)


def aside_in_the_past(verb: Token) -> bool:
    """"the ambassador, whom he had met in April": a relative clause set off by a comma, in a past tense, is the
    writer's aside about someone, not part of what the sentence around it believes or plans."""
    if verb.dep_ != "relcl" or not past(verb) or verb.left_edge.i == 0:
        return False
    doc, first = verb.doc, verb.left_edge
    if doc[first.i - 1].text != ",":
        return False
    opener = doc[first.i + 1] if first.dep_ == "prep" and first.i + 1 < len(doc) else first  # "with whom"
    return opener.lower_ in RELATIVE or opener.lower_ in ("whose", "where", "when")


def timed(clause: Token) -> bool:
    """A clause with a time of its own: a date, or a clause or phrase of time ("before he joined the campaign")."""
    for child in clause.children:
        if child.dep_ == "advcl" and circumstance(child):
            return True
        if child.dep_ in ("prep", "npadvmod") and any(t.ent_type_ in ("DATE", "TIME") for t in child.subtree):
            return True
        if child.dep_ == "prep" and child.lower_ in lexicon.words("contact_circumstance_marks") and any(
                g.dep_ == "pcomp" and g.tag_ == "VBG" for g in child.children):
            return True  # "before joining the campaign"
    return False


def with_preposition(verb: Token) -> str:
    """"call_on" for "called on X to meet Y": a verb whose sense its preposition decides."""
    preps = [c.lower_ for c in verb.children if c.dep_ == "prep" and c.i == verb.i + 1]
    return f"{verb.lemma_.lower()}_{preps[0]}" if preps else ""


def subordinate_misparse(verb: Token, clause: Token) -> bool:
    """`verb` opens a subordinate clause ("Although X said no, …") and `clause`, hung on it as its content,
    starts after a comma with a subject of its own: it is the main clause."""
    if not any(c.dep_ == "mark" for c in verb.children) or clause.i < verb.i:
        return False
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.left_edge.i > 0 and clause.doc[subject.left_edge.i - 1].text == ","


def beside_content(verb: Token, clause: Token) -> bool:
    """`clause`, joined to a verb that has a content clause ("promised that …, and he met X"), has a subject of its
    own, no "that" and another tense than the content: it is not part of what was promised or said, but a second
    statement."""
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    content = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < clause.i), None)
    # "says that A met B -- and he sought …" goes on in the content's tense; "is promising that he is working …, and
    # he met X Tuesday" changes it
    if subject is None or content is None or content.tag_ == clause.tag_:
        return False
    # "told X that …, but that once he was there, they suggested …": a "that" anywhere before its subject
    return not any(t.dep_ == "mark" and t.lower_ == "that" for t in clause.subtree if t.i < subject.i)


def contrasted_clause(token: Token) -> bool:
    """A clause conjoined with "but" or "yet" that has its own subject stands apart from the clause before, and
    so does a concessive one ("falsely stated he had not seen X, even though emails show he met X")."""
    if token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("although", "though", "whereas")
                                     for c in token.children):
        return True
    return token.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children) and any(
        c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in token.head.children)


def known_topic(noun: Token) -> bool:
    """A possessed contact noun in a verb's prepositional phrase ("lied about his contacts", "emerged from his
    meeting"), or a definite one an act is about ("will testify about the meeting"), is taken as having happened."""
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or noun.head.head.pos_ != "VERB":
        return False  # "if reports are accurate about his contact": what reports say is not a given
    if any(c.dep_ == "poss" for c in noun.children):
        return True  # "If he emerged from his meeting with X hoping …": his meeting took place
    return noun.head.lower_ in TOPIC_PREPS and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


def said_to_have_occurred(noun: Token) -> bool:
    """"prove he knew of a meeting with X that took place in May": a relative clause stating that the contact
    happened asserts it, whatever the clauses above leave open."""
    if noun.pos_ != "NOUN":
        return False
    # the parser often hangs the clause on the partner ("a meeting with envoys that took place")
    for clause in (t for t in noun.subtree if t.dep_ == "relcl"):
        relative = any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("that", "which") for c in clause.children)
        if relative and verb_senses(clause) & lexicon.words("contact_occurrence_verbs") and clause.tag_ == "VBD" \
                and not negated(clause) and not hedged_locally(clause):
            return True
    return False


def had_by_someone(noun: Token) -> bool:
    """"a conversation he had", "the meeting they held": a contact noun with a relative clause saying in the past
    that someone had or held it."""
    for clause in (c for c in noun.children if c.dep_ == "relcl"):
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ not in ("that", "which", "who") and clause.tag_ == "VBD" \
                and clause.lemma_.lower() in ("have", "hold") and not negated(clause) and not hedged_locally(clause) \
                and not any(c.dep_ == "dobj" for c in clause.children):
            return True
    return False


def past(verb: Token) -> bool:
    """"met", "had met": a verb in a past tense (not "after he meets X", which a future above governs)."""
    return verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(c.lower_ in ("had", "has", "have") and c.dep_ == "aux"
                                                            for c in verb.children)


def circumstance(clause: Token) -> bool:
    """An adverbial clause of time or reason ("Before Trump had breakfast with X, reporters asked him …"):
    the verb above does not make its contact an intention."""
    return any(c.dep_ == "mark" and c.lower_ in lexicon.words("contact_circumstance_marks") for c in clause.children)


def source_among_children(token: Token) -> Token | None:
    """"…, Gordon said" (parataxis) or "according to Gordon" on the clause."""
    for child in token.children:
        if child.dep_ == "parataxis" and child.lemma_ in lexicon.words("contact_speech"):
            return speaker_of(child)
        if child.dep_ == "prep" and child.lower_ == "according":
            for to in child.children:
                for pobj in to.children:
                    if pobj.dep_ == "pobj":
                        return pobj
    return None


def speaker_of(verb: Token) -> Token | None:
    """The subject of a speech verb (None for "it was reported"); the possessor of a speech noun."""
    if verb.pos_ == "NOUN":
        # "X and Y report that …" with "report" taken for a noun: its subject speaks
        owner = next((c for c in verb.children if c.dep_ in ("poss", "nsubj")), None)
        return owner or speaker_in_frame(verb)
    described = described_by_participle(verb)
    if described is not None:
        return described
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ == "NOUN":
        return piece_of(verb.head)  # "a pair of Courier scoops revealing that A met B": the scoops tell it
    found = subjects(verb)
    return found[0] if found else None


def piece_of(noun: Token) -> Token:
    """"a pair of scoops", "a series of articles": the piece of journalism a quantity noun counts, else the noun."""
    return next((o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                 if o.dep_ == "pobj" and o.lemma_.lower() in lexicon.words("press_pieces")), noun)


def speaker_in_frame(noun: Token) -> Token | None:
    """"saying in prepared remarks that …", "said in a statement that …": a speech noun with no owner of its own,
    framing a speech verb, is that verb's speaker's."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("in", "through", "via"):
        return None
    verb = prep.head
    return speaker_of(verb) if verb.pos_ == "VERB" and verb.lemma_.lower() in lexicon.words("contact_speech") else None


def speaking_participle(verb: Token, clause: Token) -> bool:
    """"she said, rattling off a list of events such as A's meeting with B": a participle after the speech verb,
    with no conjunction of its own, goes on with what is being said."""
    return clause.tag_ == "VBG" and not any(c.dep_ == "mark" for c in clause.children)


def described_by_participle(verb: Token) -> Token | None:
    """"The first sign was an article in May, alleging that A met B": a participle after a copula's complement
    says what that complement does; the copula's subject ("the first sign") says nothing."""
    head = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or head.lemma_ != "be":
        return None
    return next((c for c in head.children if c.dep_ == "attr" and c.i < verb.i and c.pos_ in ("NOUN", "PROPN")), None)


def negated(token: Token) -> bool:
    negations = lexicon.words("contact_negation")
    for child in token.children:
        if child.dep_ == "neg" or (child.dep_ in ("det", "advmod", "preconj") and child.lower_ in negations):
            return True
    return False


def negated_conjunct(verb: Token) -> bool:
    """"I have never met with or had any conversations with X": a verb joined by "or" to a negated one, sharing
    its subject, is negated too."""
    return verb.dep_ == "conj" and verb.pos_ in ("VERB", "AUX") and negated(verb.head) and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and any(
        c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in verb.head.children)  # "and" may start a new claim


def no_evidence(noun: Token, link: str) -> bool:
    """An evidence noun, negated or the object of a negated verb, over the contact's clause."""
    if noun.pos_ != "NOUN" or link not in ("acl", "ccomp", "prep") or \
            noun.lemma_.lower() not in lexicon.words("contact_evidence_nouns"):
        return False
    governor = noun.head
    return negated(noun) or (noun.dep_ in ("dobj", "attr", "nsubj") and governor.i != noun.i and negated(governor))


def open_predicate(token: Token) -> bool:
    """"It is possible that …", "it's likely …": the clause above the contact is predicated as uncertain."""
    words = lexicon.words("contact_hedge_predicates")
    return (token.pos_ == "ADJ" and token.lemma_.lower() in words) or any(
        c.dep_ == "acomp" and c.lemma_.lower() in words for c in token.children)


def manner(mark: Token) -> bool:
    """"as if", "even if": a manner or a concession, not a condition."""
    return mark.i > 0 and mark.doc[mark.i - 1].lower_ in ("as", "even")


def circumstance_of_other_event(token: Token) -> bool:
    """A preposition of time or place ("at", "during", "after") whose object is the contact noun and which hangs
    on another event ("shared secrets at his meeting with X"): the contact is that event's setting, and what
    is said of the event is not said of it."""
    if token.dep_ != "prep":
        return False
    if token.lower_ in DONE_PREPS and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in token.children):
        return True  # "denied any wrongdoing after meeting X": he met X (not "left before meeting X")
    nouns = [c for c in token.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")]
    if token.lower_ == "in":  # "asked him in the Feb. 14 meeting", not "denied being in contact with X"
        return any(definite(n) for n in nouns)
    return token.lower_ in CIRCUMSTANCE_PREPS and bool(nouns)


def definite(noun: Token) -> bool:
    """"the meeting", "that call", "their talks": a noun phrase naming a known thing."""
    return any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")
               for c in noun.children)


def wh_content(clause: Token) -> bool:
    """A complement clause asking what, why, how, when or where about a contact presupposes the contact
    (unlike "whether" or "if", which question it)."""
    return clause.dep_ in ("ccomp", "pcomp", "xcomp", "advcl") and any(
        c.tag_ in ("WP", "WRB") and c.lower_ in WH_CONTENT and c.i < clause.i for c in clause.children)


def delayed(token: Token) -> bool:
    """"did not interview him until January", "did not brief them until he had been to X": the contact
    happened, later."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in UNTIL:
            return True
        if child.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in UNTIL for g in child.children):
            return True
    return False


def hedged_locally(token: Token) -> bool:
    for child in token.children:
        word = child.lower_
        if child.dep_ == "amod" and word in lexicon.words("contact_hedge_adjectives"):
            return True  # "possible contacts", "alleged meetings"
        if child.dep_ == "advmod" and word in lexicon.words("contact_hedge_adverbs"):
            return True
        if child.dep_ == "aux" and word in lexicon.words("contact_modals") and not narrated_future(token):
            return True
        if child.dep_ == "det" and word == "any" and token.pos_ == "NOUN":
            return True  # "investigations of any contacts between A and B": whether there were any is open
        if child.dep_ == "mark" and word in ("if", "whether", "unless"):
            return True
        if child.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("if", "unless") and not manner(g)
                                         for g in child.children) and not reminder(child):
            return True  # "is required to consult X if his team finds …"; "as if", "even if" set no condition
    return False


def reminder(clause: Token) -> bool:
    """"if you remember", "if you recall": an aside to the reader with nothing of its own to remember, no
    condition."""
    return clause.lemma_.lower() in lexicon.words("contact_reminders") and any(
        c.dep_ == "nsubj" and c.lower_ == "you" for c in clause.children) and not any(
        c.dep_ in ("dobj", "ccomp", "xcomp", "prep") for c in clause.children)


def narrated_future(token: Token) -> bool:
    """"would later plead guilty", "would eventually meet": what happened after the story's time."""
    return any(c.dep_ == "advmod" and c.lower_ in ("later", "eventually", "subsequently") for c in token.children)


def future(token: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in lexicon.words("contact_future") for c in token.children)
