"""Who met whom: contact events read from the dependency parse, never from co-occurrence.

A contact cue is a verb ("met", "spoke", "called") or a noun ("meeting", "discussions", "call") from the
lists in `nlp/data/contact_*.txt`. Its participants are two sides read from the parse:

  verb:  subject (inherited through conjunction, control, gerunds) × object / "with X" / "to X" / by-agent;
         "A and B met" with no other side makes A and B one contact;
  noun:  possessor ("A's meeting with B") or the subject of a support verb ("A had discussions with B")
         × "with X" / "to X" / "from X"; "a meeting between A and B" is one contact.

One contact per pair of sides ("discussions with A, B and C" gives three). Polarity and source come from
`polarity.py`, time from the article's date mentions, place and event from the cue's modifiers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from presstrace.nlp import lexicon
from presstrace.nlp.citations import cited_communications
from presstrace.nlp.participants import (
    RELATIVE,
    Mention,
    Resolver,
    circumstance,
    coordinated,
    double_quote,
    passive_agents,
    prep_objects,
    subjects,
    to_infinitive,
)
from presstrace.nlp.people import PeopleIndex
from presstrace.nlp.polarity import INTENT_PREPS, negated, stance
from presstrace.nlp.quotes import OPENERS, Segment, quote_segments
from presstrace.nlp.transcript import Turn, turn_at
from presstrace.record import Contact, DateMention, Evidence, Organization, Person, Quote, Ref, When

ARTICLE = Ref(name="article")
PHONE_WORDS = {"phone", "telephone", "cellphone", "videoconference", "video", "zoom", "skype"}
PLACE_PREPS = {"in", "at", "near", "outside", "inside", "on"}
ONE_WAY_SUPPORT = {"send", "write", "deliver", "receive", "get"}  # "A and B sent letters": not to each other
EMBEDDED_CLAUSE_DEPS = {"pcomp", "xcomp", "advcl", "ccomp", "acl", "relcl"}  # a verb's clause under the contact
NON_CONTACT_DEPS = {"compound", "amod", "nmod"}  # "meeting room", "contact details"
# dependents of a verb cue that make it another sense: "called him a liar", "called for", "called off"
OTHER_SENSE_DEPS = {"oprd", "ccomp", "xcomp"}
OTHER_SENSE_PARTICLES = {"off", "for", "on", "back", "in", "out"}  # "called him out", "spoke out"
SUPPORT_PREPS = {"in", "into", "on", "at"}  # "took part in talks", "was on a call", "was at the dinner"
FRAMING_PREPS = {"in", "during", "at"}  # "In an interview with X, Y said"
ONE_WAY_KINDS = {"communication", "call"}  # sent by one side to the other: "A and B wrote" is no contact
DEFINITE = {"the", "that", "this"}  # "the meeting": one already reported
CHANGE_PREPS = {"to", "on"}  # "cuts to X's arsenal", "limits on X's program": what a negotiated matter changes


@dataclass(frozen=True)
class CueSense:
    kind: str
    slots: frozenset[str]
    particle: str | None = None


@dataclass
class Found:
    """One contact before ids are given: participants as mentions, plus what the record needs."""

    cue: Token
    support: Token | None
    kind: str
    sides: list[list[Mention]]
    mutual: bool = False
    extra: dict = field(default_factory=dict)


@lru_cache(maxsize=1)
def verb_senses() -> dict[str, list[CueSense]]:
    senses: dict[str, list[CueSense]] = {}
    for entry in lexicon.words("contact_verbs"):
        lemma, kind, slots = entry.split()
        verb, _, particle = lemma.partition("_")
        senses.setdefault(verb, []).append(CueSense(kind, frozenset(slots.split(",")), particle or None))
    return senses


@lru_cache(maxsize=1)
def noun_kinds() -> dict[str, str]:
    return {" ".join(e.split()[:-1]): e.split()[-1] for e in lexicon.words("contact_nouns")}


def find_contacts(doc: Doc, index: PeopleIndex, quotes: list[Quote] | None = None,
                  dates: list[DateMention] | None = None, published: str | None = None) -> list[Contact]:
    """Every contact event of the article, with participants, polarity, source, time and place."""
    resolver = Resolver(index, quotes or [], published)
    contacts: list[Contact] = []
    for token in doc:
        for found in cue_contacts(token, resolver):
            built = build(found, resolver, dates or [])
            if found.extra.get("definite"):
                built = joined_to_antecedent(found, built, contacts, resolver, dates or [])
            if "antecedent" in found.extra:
                built = cued_by_antecedent(found.extra["antecedent"], found.cue, built)
            contacts.extend(built)
    contacts.extend(cited_communications(doc, index))
    contacts = merge_repeats(dedupe(contacts))
    for i, contact in enumerate(contacts, 1):
        contact.id = f"c{i}"
    return contacts


def joined_to_antecedent(found: Found, built: list[Contact], earlier: list[Contact], resolver: Resolver,
                         dates: list[DateMention]) -> list[Contact]:
    """"A met B at X. The meeting was also attended by C and D." / "C also attended the meeting.": a definite
    contact noun with no side of its own is the contact just reported; who attends it met its participants.
    Only the latest contact of the same kind in this sentence or the two before is taken."""
    joining = [m for side in found.sides for m in side]
    sentence = found.cue.sent
    for _ in range(2):
        if sentence.start > 0:
            sentence = found.cue.doc[sentence.start - 1].sent
    antecedent = next((c for c in reversed(earlier) if c.kind == found.kind and len(c.participants) == 2
                       and sentence.start_char <= c.evidence.start < found.cue.sent.start_char), None)
    if antecedent is None or not joining:
        return built
    others = [Mention(found.cue, ref, ref.name) for ref in antecedent.participants]
    joined = build(Found(found.cue, found.support, found.kind, [joining, others]), resolver, dates)
    both = found.cue.doc.text[antecedent.evidence.start:found.cue.sent.end_char].strip()
    for contact in built + joined:  # one meeting: its time and place, and both sentences as evidence
        contact.when = contact.when or antecedent.when
        contact.where = contact.where or antecedent.where
        contact.event = contact.event or antecedent.event
        contact.evidence = Evidence(text=both, start=antecedent.evidence.start,
                                    end=antecedent.evidence.start + len(both))
    return built + joined


def cue_contacts(token: Token, resolver: Resolver) -> list[Found]:
    if token.lower_ == "it":
        return pronoun_contact(token, resolver)
    if misparsed_gerund(token):
        return [gerund_contact(token, resolver)]
    if token.pos_ == "VERB":
        sense = verb_sense(token)
        return [verb_contact(token, sense, resolver)] if sense else []
    if token.pos_ == "NOUN" and token.dep_ == "compound" and (kind := noun_kind(token)):
        return role_in_event(token, kind, resolver)
    if token.pos_ in ("NOUN", "PROPN") and token.dep_ not in NON_CONTACT_DEPS:
        kind = noun_kind(token)
        if not kind:
            return []
        found = noun_contact(token, kind, resolver)
        if generic(token, found) or inquiry_scope(token):
            found.sides = []
        also = found.extra.pop("also", None)
        return [found] + ([also] if also is not None else [])
    return []


def role_in_event(noun: Token, kind: str, resolver: Resolver) -> list[Found]:
    """"a debate moderator asked Venn whether …", "the interview host pressed X": a person named by their part in
    a contact event who does a face-to-face act to someone had that contact with them."""
    person = noun.head
    verb = person.head
    if person.dep_ != "nsubj" or resolver.noun_ref(person) is None or \
            verb.lemma_.lower() not in lexicon.words("contact_interaction_verbs"):
        return []
    done_to = [t for c in verb.children if c.dep_ in ("dobj", "dative") for t in coordinated(c)] or asked(verb)
    done_to = [t for t in done_to if person_like(t) or t.i in resolver.index.by_token]
    return [sides(noun, None, kind, [person], done_to, resolver, allow_place=False)] if done_to else []


def asked(verb: Token) -> list[Token]:
    """"the moderator asked if he would …": with no one named as asked, the he or she the question is about is
    whom it was put to."""
    if verb.lemma_.lower() not in lexicon.words("question_verbs"):
        return []
    return [s for c in verb.children if c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ in ("if", "whether")
                                                                 for m in c.children)
            for s in c.children if s.dep_ == "nsubj" and s.lower_ in ("he", "she")]


def pronoun_contact(it: Token, resolver: Resolver) -> list[Found]:
    """"A meeting was convened at noon. It involved A, B and C." / "It was also attended by C": "it", as the
    subject of a verb that names who took part, is the last contact noun of the sentence before."""
    verb = it.head
    if it.dep_ not in ("nsubj", "nsubjpass") or verb.sent.start == 0:
        return []
    attended = it.dep_ == "nsubjpass" and verb.lemma_.lower() in lexicon.words("contact_attendance")
    if not (attended or (it.dep_ == "nsubj" and gathering(verb))):
        return []
    before = it.doc[verb.sent.start - 1].sent
    cues = [(t, kind) for t in before if (kind := cue_kind(t))]
    if not cues:
        return []
    cue, kind = cues[-1]
    found = noun_contact(it, kind, resolver)
    found.extra.update(definite=True, antecedent=cue)
    return [found]


def cue_kind(token: Token) -> str | None:
    """The kind of contact a word names, if it is a contact cue."""
    if token.pos_ == "VERB":
        sense = verb_sense(token)
        return sense.kind if sense else None
    if token.pos_ == "NOUN" and token.dep_ not in NON_CONTACT_DEPS:
        return noun_kind(token)
    return None


def gathering(verb: Token) -> bool:
    """"included", "involved", "brought together": a verb whose object names who took part."""
    particles = "".join(f"_{c.lower_}" for c in verb.children if c.dep_ in ("prt", "advmod") and c.lower_ == "together")
    return f"{verb.lemma_.lower()}{particles}" in lexicon.words("contact_gathering_verbs")


def cued_by_antecedent(noun: Token, it: Token, built: list[Contact]) -> list[Contact]:
    """The contact "it" stands for is cued by its noun, and both sentences are the evidence."""
    start = noun.sent.start_char
    text = noun.doc.text[start:it.sent.end_char].strip()
    for contact in built:
        contact.cue = noun.text
        contact.evidence = Evidence(text=text, start=start, end=start + len(text))
    return built


def verb_lemma_candidates(token: Token) -> list[str]:
    """The lemma, and stems of the form when the lemmatizer slips ("dined" → "din")."""
    low = token.lower_
    out = [token.lemma_.lower(), low]
    for suffix, repl in (("ing", "e"), ("ing", ""), ("ed", ""), ("d", ""), ("es", ""), ("s", "")):
        if low.endswith(suffix):
            out.append(low[: -len(suffix)] + repl)
    return out


def misparsed_gerund(token: Token) -> bool:
    """"denied meeting Greta Lind" parsed as a compound name: "meeting" is a gerund with an object."""
    return (token.lower_.endswith("ing") and token.dep_ in ("compound", "amod") and token.head.dep_ == "dobj"
            and token.head.ent_type_ == "PERSON" and bool(verb_senses().get(token.lower_[:-3])))


def gerund_contact(token: Token, resolver: Resolver) -> Found:
    name, verb = token.head, token.head.head
    kind = verb_senses()[token.lower_[:-3]][0].kind
    return sides(token, name, kind, subjects(verb), [name], resolver, allow_place=False)


def verb_sense(token: Token) -> CueSense | None:
    particles = {c.lower_ for c in token.children if c.dep_ == "prt"}
    candidates = (verb_senses().get(lemma) for lemma in verb_lemma_candidates(token))
    senses = next((found for found in candidates if found), [])
    for sense in senses:
        if sense.particle and sense.particle in particles:
            return sense
    sense = next((s for s in senses if s.particle is None), None)
    if sense is None or particles & OTHER_SENSE_PARTICLES:
        return None
    if "timeobj" in sense.slots and not any(c.dep_ == "dobj" and c.lemma_.lower() in
                                            lexicon.words("contact_time_nouns") for c in token.children):
        return None  # "spent time with X", not "spent money with X"
    if sense.slots == {"obj"} and any(c.dep_ in OTHER_SENSE_DEPS and not (c.dep_ == "oprd" and time_phrase(c))
                                      and not misparsed_object(c) for c in token.children):
        return None  # "called him a liar", "called it a hoax"; not "called X “first thing Monday morning”"
    if sense.kind == "call" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].tag_ == "RP" \
            and token.doc[token.i + 1].lower_ in OTHER_SENSE_PARTICLES:
        return None  # "call on Ryan to create …": a particle the parser took for a preposition
    if sense.kind == "call" and called_a_name(token):
        return None  # "called her “Miss Housekeeping”": the parser does not always see the second object
    if sense.kind == "call" and any(c.dep_ == "dobj" for c in token.children) and any(
            o.ent_type_ in ("GPE", "FAC", "LOC", "ORG") for o in prep_objects(token, {"to"})):
        return None  # "call X to Capitol Hill to testify": summoned, not telephoned
    if sense.kind == "call" and summoned_before(token):
        return None  # "call X before the committee": summoned to appear, not telephoned
    return sense


def summoned_before(verb: Token) -> bool:
    """"asked the chairman to call X before his panel": "before" a body (a collective noun or an organisation),
    right after the one called, is where X is to appear; "called X before the vote" is a time."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects or objects[0].right_edge.i + 2 >= len(verb.doc):
        return False
    doc = verb.doc
    after = doc[objects[0].right_edge.i + 1]
    if after.lower_ != "before":
        return False
    body = next((t for t in doc[after.i + 1:after.i + 4] if t.pos_ in ("NOUN", "PROPN")), None)
    return body is not None and (body.lemma_.lower() in lexicon.words("contact_collectives")
                                 or body.ent_type_ == "ORG")


def time_phrase(token: Token) -> bool:
    """"first thing Monday morning", "late that night": a phrase naming a time."""
    return any(t.ent_type_ in ("DATE", "TIME") for t in token.subtree)


def misparsed_object(token: Token) -> bool:
    """"Yates called Tom Reeve": the small model reads a lone name after "called" as a predicate ("called
    him X"); with no object before it, the name is the one called."""
    if token.dep_ != "oprd" or token.ent_type_ != "PERSON" or any(c.dep_ == "dobj" for c in token.head.children):
        return False
    # only a bare name: "called his lawyer X, who …, a “rat”" names X whatever the parse
    return all(t.ent_type_ == "PERSON" or t.dep_ in ("compound", "punct") for t in token.subtree) and \
        not naming(token)


def naming(obj: Token) -> bool:
    """The object of "call" is followed by a quoted name or a bare noun phrase: "called X 'boy'"."""
    if any(c.dep_ == "appos" and any(d.is_quote for d in c.children) for c in obj.children):
        return True  # "called X, who …, a “rat”": the quoted name hung on X as an apposition
    if predicate_after_relative(obj) or predicate_after_parenthesis(obj):
        return True
    after = past_prepositions(obj, obj.right_edge.i + 1)
    doc = obj.doc
    if after >= len(doc):
        return False
    nxt = doc[after]
    if nxt.is_quote and after + 1 < len(doc):
        # a quoted circumstance is no name: called X “several times on Dec. 29”
        word = doc[after + 1]
        while word.head.i != word.i and word.head.i != obj.head.i and word.head.i > after:
            word = word.head
        return word.dep_ not in ("npadvmod", "advmod", "prep", "advcl") and not time_phrase(word)
    return nxt.lower_ in ("a", "an") and nxt.head.i > after and nxt.head.pos_ == "NOUN" and \
        nxt.head.ent_type_ not in ("DATE", "TIME")  # not "called X an hour later"


def past_prepositions(obj: Token, after: int) -> int:
    """"called a clerk in his office ‘boy’": a prepositional phrase of the verb or the object between the one
    called and the name is skipped."""
    doc = obj.doc
    while after < len(doc) and doc[after].dep_ == "prep" and doc[after].head.i in (obj.i, obj.head.i):
        after = doc[after].right_edge.i + 1
    return after


def called_a_name(verb: Token) -> bool:
    """"called X 'boy'", "who officials have called a minor aide": the object is named, not telephoned. With
    a relative pronoun as object the parser reads the name, a common noun, as a second object (not "that Kelly
    called Comey", where the relative pronoun is the parser's slip)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    second = any(o.lower_ in RELATIVE for o in objects) and any(o.pos_ == "NOUN" for o in objects)
    return second or any(naming(c) for c in objects)


def split_possessor(obj: Token) -> bool:
    """"called Bo's dismissal a mistake": the parser took the possessor, marked by its "'s", for the object
    and hung the possessed word elsewhere; the possessor is not what the verb acts on."""
    return any(c.dep_ == "case" and c.lower_ in ("'s", "’s", "'", "’") for c in obj.children)


def predicate_after_relative(obj: Token) -> bool:
    """"called X, who …, a liar": an indefinite noun phrase closing the object after its relative clause
    names X (the parser hangs it as an apposition on X or inside the clause); "called X, a friend, …" is
    only a description."""
    relative = next((c for c in obj.children if c.dep_ == "relcl"), None)
    if relative is None:
        return False
    doc = obj.doc
    for token in obj.subtree:
        if token.dep_ != "appos" or token.i <= relative.i or doc[token.left_edge.i - 1].text != ",":
            continue
        closes = token.right_edge.i + 1 >= len(doc) or doc[token.right_edge.i + 1].is_punct
        if closes and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children):
            return True
    return False


def predicate_after_parenthesis(obj: Token) -> bool:
    """"called Rep. X (D-Ohio) a nice guy": an indefinite noun phrase right after a parenthesis closing the
    object names X (the parser hangs it on X as an apposition)."""
    doc = obj.doc
    return any(c.dep_ == "appos" and c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == ")"
               and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children) for c in obj.children)


def noun_kind(token: Token) -> str | None:
    lemma = token.lemma_.lower()
    compound = " ".join(c.lower_ for c in token.children if c.dep_ == "compound")
    kinds = noun_kinds()
    kind = kinds.get(f"{compound} {lemma}") or kinds.get(lemma)
    if lemma == "contact" and any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in
                                  lexicon.words("contact_physical_modifiers") for c in token.children):
        return None  # "avoided making eye contact with X"
    if kind and lemma in ("call", "contact") and token.tag_ == "NNS" and not compound:
        return kind  # "calls with", "contacts with": still contacts; participants decide
    return kind


def verb_contact(verb: Token, sense: CueSense, resolver: Resolver) -> Found:
    if "pairobj" in sense.slots:
        brought = brought_together(verb)
        return sides(verb, None, sense.kind, *brought, resolver, allow_place=False) if brought \
            else Found(verb, None, sense.kind, [])
    agents = by_agents(verb)
    others: list[Token] = [t for c in verb.children if c.dep_ == "nsubjpass" for t in coordinated(c)]
    if others and not sense.slots & {"obj", "personobj"} and not stranded_preposition(verb):
        others = []  # "X is being discussed by A as a candidate": X is what they talk about, not with whom
    # a passive names its other side only in a by-phrase: "once Flynn had been interviewed, she said …"
    # must not take "she" from the clause above
    actors = [] if others else subjects(verb)
    if agents and not others:
        return Found(verb, None, sense.kind, [])  # "groups convened by A and B": A and B did not meet
    actors += agents
    if sense.slots & {"obj", "personobj"}:
        # "questioning whether Comey briefed X": a subject the parser hung on the verb as its object
        objects = [t for c in verb.children if (c.dep_ == "dobj" and not clause_marked(c) and not split_possessor(c))
                   or misparsed_object(c) for t in coordinated(c)]
        if "personobj" in sense.slots:
            objects = [t for t in objects if t.ent_type_ not in ("ORG", "GPE", "LOC", "FAC", "EVENT")]
        others += objects
    if "ownerobj" in sense.slots:
        others += object_owners(verb)
    preps = {p for p in ("with", "to") if p in sense.slots}
    others += addressees(verb, sense, preps)
    alongside = companions(verb)
    # "A met B along with C": C came with A; "A met B, along with C": C was met too; "A met B in May,
    # along with C": the comma closes an adjunct, and C came with A
    met_too = [t for t in alongside if listed_after(t, others)]
    actors += [t for t in alongside if t not in met_too]
    others += met_too
    if not sense.slots & {"obj", "personobj"}:  # "discussed sanctions with X": "with" hangs on the topic
        for topic in (c for c in verb.children if c.dep_ in ("dobj", "ccomp") and c.pos_ == "NOUN"):
            # "does not discuss his talks with X", "discussing meetings with Russians with aides": an event
            # noun's with-phrase is that event's own side; "discussed leaked emails with X" is not an event
            topic_kind = noun_kind(topic)
            if not topic_kind or (topic_kind == "communication"
                                  and not any(c.dep_ == "poss" for c in topic.children)):
                others += prep_objects(topic, preps)
    if not others:
        others += proposal_recipients(verb)
    phone = by_phone(verb)
    kind = "call" if phone else sense.kind
    direct = bool(sense.slots & {"obj", "personobj"})
    found = sides(verb, None, kind, actors, others, resolver, allow_place=not direct)
    if generic(verb, found):
        found.sides = []  # "campaigns speak to ambassadors all the time": a habit, no contact
    if assembly(verb, found):
        found.sides, found.mutual = [found.sides[0]], True
    if found.mutual and not mutual_clause(verb):
        found.sides = []
    if found.mutual and sense.kind in ONE_WAY_KINDS and not reciprocal(verb):
        found.sides = []  # "A and B wrote in a paper", "A and B called for calm": not to each other
    if found.sides and found.mutual and sense.kind == "conversation" and not (phone or reciprocal(verb)):
        # "A and B spoke openly about X", "Congress and the president were speaking with one voice": two
        # named people talking is a contact; groups "speaking" together is a manner of speech
        if sum(1 for m in found.sides[0] if not m.ref.is_group and m.ref.id) < 2:
            found.sides = []
    return found


def proposal_recipients(verb: Token) -> list[Token]:
    """"surprised X with an offer by Iran to negotiate", "Iran's invitation to X to meet": an infinitive on a
    proposal noun, with no partner of its own, is a contact with whom the proposal went to."""
    noun = verb.head
    if verb.dep_ != "acl" or not to_infinitive(verb) or noun.lemma_.lower() not in lexicon.words(
            "contact_proposal_nouns"):
        return []
    out = prep_objects(noun, {"to"})
    if noun.dep_ == "pobj" and noun.head.lower_ == "with":  # "surprised (approached, presented) X with an offer"
        out += [t for c in noun.head.head.children if c.dep_ == "dobj" for t in coordinated(c)]
    return out


def brought_together(verb: Token) -> tuple[list[Token], list[Token]] | None:
    """"introduced A to B", "A was introduced to B": A and B are the contact; who introduces them only brings
    it about."""
    places = ("ORG", "GPE", "LOC", "FAC", "EVENT")  # "introduced a bill to Congress"
    introduced = [t for c in verb.children if c.dep_ in ("dobj", "nsubjpass") for t in coordinated(c)
                  if t.ent_type_ not in places]
    partners = [t for t in prep_objects(verb, {"to"}) if t.ent_type_ not in places]
    return (introduced, partners) if introduced and partners else None


def by_agents(verb: Token) -> list[Token]:
    """The doers a passive names in its by-phrase, wherever the parser hung it."""
    return passive_agents(verb) or framing_noun_agents(verb)


def framing_noun_agents(verb: Token) -> list[Token]:
    """"X was grilled in the debate by the panel": the parser hangs a passive's by-phrase on the contact or event
    noun that frames it; the by-phrase is the verb's doer."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return []
    return [t for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in FRAMING_PREPS
            for noun in prep.children if noun.dep_ == "pobj" and framing_event(noun)
            for t in prep_objects(noun, {"by"})]


def framing_event(noun: Token) -> bool:
    """A contact noun ("debate", "interview") or an event noun ("summit", "conference")."""
    return bool(noun_kind(noun)) or noun.lemma_.lower() in lexicon.words("contact_event_words")


def object_owners(verb: Token) -> list[Token]:
    """"The EU negotiated Britain's exit": a country whose own matter is negotiated (the named possessor of the
    object, or of the object's "of" phrase) is the other side. A person's matter is negotiated for them, by a
    lawyer with someone else ("negotiated Roe's plea deal"), and the model often tags names as organisations."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and not clause_marked(c)]
    owned = objects + [o for obj in objects for o in prep_objects(obj, {"of"})]
    owners = [c for obj in owned for c in obj.children if c.dep_ == "poss" and c.pos_ == "PROPN"
              and c.ent_type_ == "GPE"]
    if owners or not objects or any(t.dep_ == "prep" and t.lower_ == "with" for t in verb.subtree):
        return owners
    return changed_countries(verb, objects)


def changed_countries(verb: Token, objects: list[Token]) -> list[Token]:
    """"Russia negotiated deep cuts to the U.S. arsenal", "limits on Iran's program": with no partner named, the
    country whose holding the object changes (named on a "to"/"on" phrase of the object, or hung on the verb
    after it) is the other side; "sanctions on Russia" names a target, not a holding, and stays out. Only
    between countries: a person "negotiating cuts to the U.S. budget" may well be American."""
    doers = subjects(verb)
    if not doers or not all(s.ent_type_ == "GPE" for s in doers):
        return []
    changed = [o for obj in objects for o in prep_objects(obj, CHANGE_PREPS)]
    changed += [o for o in prep_objects(verb, CHANGE_PREPS) if o.i > objects[0].i]
    return [c for noun in changed for c in noun.children if c.dep_ in ("poss", "compound") and c.pos_ == "PROPN"
            and c.ent_type_ == "GPE"]


def stranded_preposition(verb: Token) -> bool:
    """"X was spoken to by A", "X was met with": the passive subject is the object of a preposition left behind."""
    return any(c.dep_ in ("prep", "prt") and not any(g.dep_ in ("pobj", "pcomp") for g in c.children)
               for c in verb.children)


def generic(cue: Token, found: Found) -> bool:
    """A contact between bare plurals stated in the present ("politicians meet lobbyists", "it is not unusual
    for diplomats to meet legislators", "calls between aides and donors are common") is a habit of kinds of
    people, not a contact between anyone."""
    mentions = [m for side in found.sides for m in side]
    if liked_habit(cue) and any(m.ref.is_group and bare_plural(m.token) for m in mentions):
        return True  # "he dislikes negotiating with groups": a taste, no contact with anyone
    if not mentions or not all(m.ref.is_group and m.token.dep_ != "poss" and (bare_plural(m.token) or bound_to_kind(
            m.token, mentions)) for m in mentions):
        return False  # "aides' contacts with X" are those aides' own
    verb = finite_verb(cue)
    if verb is None or not simple_present(verb):
        return False
    span = range(verb.left_edge.i, verb.right_edge.i + 1)
    if any(e.label_ in ("DATE", "TIME") and e.start in span and e[0].lower_ not in ("every", "each", "all")
           for e in verb.doc.ents):
        return False  # "delegates meet in Cleveland this week": a dated event ("every week" is a habit)
    return True


def inquiry_scope(noun: Token) -> bool:
    """"an investigation of any contacts between A and B", "probing possible contacts with X": what an inquiry
    looks for, whether or not there was any, is its scope, not a contact anyone reports."""
    if not any(c.dep_ in ("det", "amod") and c.lower_ in lexicon.words("contact_scope_words") for c in noun.children) \
            or any(c.dep_ == "poss" for c in noun.children):
        return False
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("of", "into", "on"):
        head = head.head
    elif noun.dep_ != "dobj":
        return False
    return head.lemma_.lower() in lexicon.words("contact_inquiry")


def bound_to_kind(token: Token, mentions: list[Mention]) -> bool:
    """"between lawyers and their clients": a plural whose only possessor is "their", bound to a bare plural on
    the other side, is a kind of people too."""
    owners = [c for c in token.children if c.dep_ in ("det", "poss", "nummod") or (c.dep_ == "compound"
                                                                                   and not c.is_lower)]
    return token.tag_ == "NNS" and [c.lower_ for c in owners] == ["their"] and any(
        m.token.i != token.i and bare_plural(m.token) for m in mentions)


def simple_present(verb: Token) -> bool:
    """"meet", "are considered": a present tense with no auxiliary but the passive's."""
    if any(c.dep_ == "aux" for c in verb.children):
        return False
    if verb.tag_ == "VBN":
        return any(c.dep_ == "auxpass" and c.tag_ in ("VBP", "VBZ") for c in verb.children)
    return verb.tag_ in ("VBP", "VBZ")


def liked_habit(cue: Token) -> bool:
    """The cue is what someone likes or dislikes doing ("enjoys meeting", "prefers talks")."""
    return cue.dep_ in ("xcomp", "dobj") and cue.head.lemma_.lower() in lexicon.words("contact_preference")


def finite_verb(cue: Token) -> Token | None:
    """The tensed verb of the clause that states `cue`: the cue itself, or the verb above an infinitive
    ("it is common for A to meet B") or above a contact noun ("meetings with B are common")."""
    token = cue
    for _ in range(6):
        if token.tag_ in ("VBP", "VBZ", "VBD", "MD") or passive_of(token, cue):
            return token
        if token.dep_ in ("ROOT", "relcl", "ccomp") or token.head is token:
            return None
        token = token.head
    return None


def passive_of(verb: Token, cue: Token) -> bool:
    """"meetings between A and B are considered routine": a passive whose subject is the contact noun, tensed by
    its auxiliary (not "is said to be investigating contacts", a passive far above the contact)."""
    return verb.tag_ == "VBN" and cue.dep_ == "nsubjpass" and cue.head.i == verb.i and any(
        c.dep_ == "auxpass" for c in verb.children)


def bare_plural(token: Token) -> bool:
    """"diplomats", "campaign aides", "campaign staff": a kind of people, not "the diplomats", "Trump aides" or
    "two aides"."""
    kind = token.tag_ == "NNS" or (token.tag_ == "NN" and token.lemma_.lower() in lexicon.words("contact_collectives"))
    return kind and not token.ent_type_ and not any(
        c.dep_ in ("det", "poss", "nummod") or (c.dep_ == "compound" and not c.is_lower)
        for c in token.children)


def assembly(verb: Token, found: Found) -> bool:
    """"The delegates convene in July", "the committee met on Tuesday": a group subject meeting among itself,
    with no other side. A named place or a people ("Russia met", "Democrats met") is no assembly."""
    if found.mutual or len(found.sides) != 2 or found.sides[1] or len(found.sides[0]) != 1:
        return False
    group = found.sides[0][0]
    return (group.ref.is_group and group.token.ent_type_ not in ("GPE", "LOC", "FAC", "NORP")
            and any(lemma in lexicon.words("contact_assembly_verbs") for lemma in verb_lemma_candidates(verb)))


def clause_marked(token: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in ("whether", "if", "that") for c in token.children)


def addressees(verb: Token, sense: CueSense, preps: set[str]) -> list[Token]:
    """The other side in "with X" / "to X". Speaking "to" an organisation or event is addressing it
    ("spoke to the Conservative Political Action Conference"), not a conversation with someone."""
    out = prep_objects(verb, preps - {"to"})
    if "with" in preps:
        out += [t for prep in verb.subtree if prep.dep_ == "prep" and prep.lower_ == "with"
                and hung_on_time_or_number(prep, verb) for t in prep_objects(prep.head, {"with"})]
    if "to" in preps:
        out += [t for t in prep_objects(verb, {"to"}) if sense.kind != "conversation" or not institution(t)]
    return out


def companions(verb: Token) -> list[Token]:
    """"A met B along with C", "together with C": C is on A's side."""
    return [t for p in verb.children if p.dep_ in ("prep", "advmod") and p.lower_ in ("along", "together")
            for t in prep_objects(p, {"with"})]


def listed_after(companion: Token, others: list[Token]) -> bool:
    """The "along"/"together" before `companion` follows a comma that closes one of `others`."""
    word = companion.head.head
    if word.i < 2 or word.doc[word.i - 1].text != ",":
        return False
    before = word.doc[word.i - 2]
    return any(o.left_edge.i <= before.i <= o.right_edge.i for o in others)


def hung_on_time_or_number(prep: Token, verb: Token) -> bool:
    """"met several times during the summer with X", "meets one on one with X": the parser hangs the with-phrase
    on a time or a number below the verb, which is still the verb's."""
    head = prep.head
    if not (head.pos_ == "NUM" or head.ent_type_ in ("DATE", "TIME", "CARDINAL")):
        return False  # not "along with X": a companion of the subject
    for _ in range(4):
        if head.i == verb.i:
            return True
        if not (head.pos_ == "NUM" or head.ent_type_ in ("DATE", "TIME", "CARDINAL") or head.dep_ == "prep"):
            return False
        head = head.head
    return False


def institution(token: Token) -> bool:
    """A named organisation, event or place written with "the" (a person's name never is; the small model
    often tags names ORG, so the label alone is not enough)."""
    named = ("ORG", "EVENT", "FAC", "GPE", "WORK_OF_ART", "PRODUCT", "LAW")
    return token.ent_type_ in named and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)


def reciprocal(verb: Token) -> bool:
    """"spoke with each other", "talked together"."""
    return any(t.lower_ in ("other", "another", "together") for t in verb.subtree if t.i > verb.i)


def mutual_clause(verb: Token) -> bool:
    """"A and B met": the verb's own coordinated subject and no object at all (not "A and B visited the
    court", not "A and B met with C and discussed …", where "discussed" only inherits its subjects)."""
    own_subject = any(c.dep_ == "nsubj" for c in verb.children)
    has_object = any(c.dep_ in ("dobj", "prep") and c.lower_ not in ("in", "at", "on", "during") and
                     (c.dep_ == "dobj" or c.lower_ in ("with", "to")) and not each_other(c) for c in verb.children)
    return own_subject and not has_object


def each_other(token: Token) -> bool:
    """"with each other", "to one another", "each other" as object: the subjects' own exchange."""
    return any(t.lower_ in ("other", "another") for t in token.subtree)


def noun_contact(noun: Token, kind: str, resolver: Resolver) -> Found:
    support = support_verb(noun)
    framed = False
    actors = [t for c in noun.children if c.dep_ == "poss" for t in coordinated(c)]
    between = prep_objects(noun, {"between", "among"})
    others = prep_objects(noun, {"with", "from"}) or named_counterpart(noun, resolver)
    if not others:  # "his letter to X"; with a "with" side, a "to" is a title ("ambassador to the U.S. X")
        # "a visit to Moscow" is a trip: "to" a place is no side
        # an interview or a meeting is not "to" anyone ("a transcript of his interview to the committee")
        others = [t for t in prep_objects(noun, {"to"}) if t.ent_type_ not in ("GPE", "LOC", "FAC")] \
            if kind in ONE_WAY_KINDS else []
    definite = not (actors or between or others) and any(
        c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children)
    if len(actors) == 1 and actors[0].lower_ == "their":
        actors, partners = plural_antecedents(actors[0], others)
        others += partners
    if not actors and support is not None:
        # "the meeting was attended by A": the by-agents of a passive support verb take part
        actors = passive_agents(support) if noun.dep_ == "nsubjpass" else subjects(support)
    if not actors and not between:  # "the conversations Tamm had with Venn", "the meeting she held with X"
        for clause in supporting_clauses(noun):
            actors = [t for c in clause.children if c.dep_ == "nsubj" and c.lower_ not in RELATIVE
                      for t in coordinated(c)]
            others += [t for t in prep_objects(clause, {"with"}) if t not in others]
            definite = definite and not actors  # the noun describes its own contact: no earlier one
    if not actors and support is None and others and not between:
        # only people on both sides: "in an interview with Reuters, Y said" is a statement to the press, and
        # "in interviews with X, the sources said" does not say who talked to X
        if any(person_like(t) for t in others):
            actors = [t for t in framing_subjects(noun) if person_like(t)]
            others = [t for t in others if person_like(t)] if actors else others
            # "Y was in talks with X" states the contact itself; "In talks with X, Y said" frames an act
            framed = bool(actors) and noun.head.head.lemma_ != "be"
    if support is not None:
        others += [t for t in prep_objects(support, {"with"}) if t not in others]
    if not (actors or between or others or support is not None):
        actors, others = framed_interaction(noun, resolver)
        framed = bool(actors)
    present = attendees(noun)
    if support is not None and support.lemma_.lower() in lexicon.words("contact_attendance") and between \
            and not others:
        # "X attended the meeting between A and B": X met them too; "X did not attend the meeting between A and
        # B" denies X's part only, so A and B's meeting takes its stance from the noun alone
        own = sides(noun, None, kind, list(between), [], resolver, allow_place=True)
        found = sides(noun, support, kind, subjects(support), between, resolver, allow_place=True)
        found.extra["also"] = own
        return found
    if present:
        if between:
            between += [t for t in present if t not in between]
        elif others:
            actors += [t for t in present if t not in actors]
        else:  # "Tamm attended a dinner that included Venn": one meeting of all of them
            between = actors + [t for t in present if t not in actors]
    if between and others:  # "the meeting between A, B and C with D": A, B, C each met D
        return sides(noun, support, kind, between, others, resolver, allow_place=True)
    if between:
        found = sides(noun, support, kind, between, [], resolver, allow_place=True)
        found.extra["definite"] = definite  # "The meeting was attended by A and B": A and B joined it
        return found
    found = sides(noun, support, kind, actors, others, resolver, allow_place=True)
    found.extra["framed"] = framed
    found.extra["definite"] = definite
    return found


def named_counterpart(noun: Token, resolver: Resolver) -> list[Token]:
    """"the Petrov meeting", "Tamm's Petrov call": a person's name written before the contact noun is whom the
    contact was with (its attendees and its owner met that person, not each other)."""
    if noun.lemma_.lower() not in lexicon.words("contact_named_nouns"):
        return []
    return [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < noun.i
            and written_surname(c, resolver.index.person_at(c))]


def written_surname(token: Token, person: Person | None) -> bool:
    """The token is the last word of a person the article names in full (a lone "Hillary" or a one-word
    "person" the model made of a holiday is not)."""
    words = person.name.split() if person is not None else []
    return len(words) >= 2 and token.text == words[-1]


def supporting_clauses(noun: Token) -> list[Token]:
    """Relative clauses on the noun whose verb is a support verb ("the talks he had with X")."""
    return [c for c in noun.children if c.dep_ == "relcl" and c.lemma_.lower() in lexicon.words("contact_support_verbs")
            and c.lemma_.lower() not in lexicon.words("contact_attendance")]


def attendees(noun: Token) -> list[Token]:
    """Participants named in a clause on the contact noun: "a meeting attended by A and B", "a dinner that
    included X", "talks involving A and B", "the meeting Kushner attended"."""
    out: list[Token] = []
    # the parser often hangs the clause on the noun's partner ("a meeting with officials that was attended
    # by X"); people are not attended, so a passive "attended by" there is the meeting's
    hung = [c for p in noun.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children
            for c in o.children if c.dep_ == "relcl" and c.lemma_.lower() == "attend" and passive_agents(c)]
    for clause in [c for c in noun.children] + hung:
        if clause.dep_ not in ("acl", "relcl") or clause.lemma_.lower() not in lexicon.words("contact_attendance"):
            continue
        agents = passive_agents(clause)
        own = [c for c in clause.children if c.dep_ == "nsubj" and c.lower_ not in RELATIVE]
        objects = [t for c in clause.children if c.dep_ == "dobj" and c.lower_ not in RELATIVE
                   for t in coordinated(c)]
        out += agents or (coordinated(own[0]) if own else objects)
        out += prep_objects(clause, {"with"})  # "a lunch she attended with X": both were there
    if noun.dep_ == "nsubj" and gathering(noun.head):  # "the meeting included A and B"
        out += [t for c in noun.head.children if c.dep_ == "dobj" for t in coordinated(c)]
    return out


def plural_antecedents(their: Token, others: list[Token]) -> tuple[list[Token], list[Token]]:
    """"A and B … their meeting": the clause's coordinated subject. "A held a news conference with B after
    their meeting": the subject and its with-partner (only when the noun names no side of its own)."""
    verb = their.head
    for _ in range(12):  # "following their meeting": a participle used as a preposition is no clause, and a
        # subjectless aside ("Putin (not pictured) following their meeting") leaves it to the clause above
        if (verb.pos_ in ("VERB", "AUX") and verb.dep_ != "prep" and subjects(verb)) or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return [], []
    found = subjects(verb)
    if len(found) >= 2:
        return found, []
    if len(found) == 1 and not others:
        partners = prep_objects(verb, {"with"})
        partners += [t for c in verb.children if c.dep_ == "dobj" for t in prep_objects(c, {"with"})]
        if partners:
            return found, partners
    return [], []


def person_like(token: Token) -> bool:
    """A name or a pronoun, not an organisation or a common noun."""
    return token.ent_type_ == "PERSON" or (token.pos_ == "PRON" and token.lower_ not in RELATIVE) or (
        token.pos_ == "PROPN" and token.ent_type_ in ("", "PERSON"))


def framed_interaction(noun: Token, resolver: Resolver) -> tuple[list[Token], list[Token]]:
    """"During a meeting in May, A asked B to resign", "At the dinner, A handed B a letter": a contact noun
    with no side of its own frames a face-to-face act; its doer and the person it is done to took part."""
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or noun.head.lower_ not in FRAMING_PREPS:
        return [], []
    verb = noun.head.head
    if verb.dep_ == "xcomp":  # "asked B to end the probe during a meeting": the parser hangs it on "end"
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in lexicon.words("contact_interaction_verbs"):
        return [], []
    passive = any(c.dep_ == "auxpass" for c in verb.children)  # "X was grilled in the debate by the panel"
    if passive:
        actors = [t for t in by_agents(verb) if person_like(t) or resolver.noun_ref(t) is not None]
    else:
        actors = [t for t in subjects(verb) if person_like(t)]
    # a person the model mistyped ("pushed Sanders", Sanders tagged ORG) is known to the article's people
    done_to = ("nsubjpass",) if passive else ("dobj", "dative")
    objects = [t for c in verb.children if c.dep_ in done_to for t in coordinated(c)
               if person_like(t) or t.i in resolver.index.by_token or resolver.surname(t) is not None]
    return (actors, objects) if actors and objects else ([], [])


def framing_subjects(noun: Token) -> list[Token]:
    """"In an interview with X, Y said …", "Y is in talks with X": a contact noun in a circumstance of a
    clause (in, during, at) is the clause subject's contact."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in FRAMING_PREPS:
        return []
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    return subjects(verb)


def support_verb(noun: Token) -> Token | None:
    """The verb whose subject takes part in the noun's contact ("had talks", "sought a meeting")."""
    head = noun.head
    prep = None
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        prep, head = head, head.head
    elif noun.dep_ not in ("dobj", "nsubjpass"):
        return None
    lemma = head.lemma_.lower()
    if head.pos_ not in ("VERB", "AUX"):
        return None
    support = lemma in lexicon.words("contact_support_verbs")
    intent = lemma in lexicon.words("contact_intent")
    if prep is not None:
        # "took part in talks", "asked for a meeting"; a fronted "In the call with X, A requested …" or
        # "asked A about his contacts" is a circumstance or a topic, not the verb's own contact
        if prep.i < head.i:
            return None
        support = support and prep.lower_ in SUPPORT_PREPS
        intent = intent and prep.lower_ in INTENT_PREPS
    return head if support or intent else None


def by_phone(token: Token) -> bool:
    """"talked by phone", "spoke on the telephone"."""
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in ("by", "over", "on", "via"):
            if any(p.lemma_.lower() in PHONE_WORDS for p in prep.children):
                return True
    return False


def sides(cue: Token, support: Token | None, kind: str, actors: list[Token], others: list[Token],
          resolver: Resolver, allow_place: bool) -> Found:
    first = unique(m for t in actors if (m := resolver.mention(t, allow_place=True)) is not None)
    second = unique(m for t in others if (m := resolver.mention(t, allow_place=allow_place)) is not None)
    found = Found(cue, support, kind, [first, second])
    # "A and B met" is mutual; "A and B sent letters" is not: a message needs an addressee
    sent_by_both = support is not None and support.lemma_.lower() in ONE_WAY_SUPPORT
    if not second and len(first) >= 2 and not sent_by_both:
        found.sides, found.mutual = [first], True
    return found


def unique(mentions) -> list[Mention]:
    out: list[Mention] = []
    for m in mentions:
        if not any(key(m.ref) == key(o.ref) for o in out):
            out.append(m)
    return out


def key(ref: Ref) -> str:
    return ref.id or ref.name.lower()


def build(found: Found, resolver: Resolver, dates: list[DateMention]) -> list[Contact]:
    """One contact per pair of participants, with stance, time, place, evidence. A mutual group ("A, B and C
    met") gives every pair: a contact joins two people, and the store and the graph keep pairs."""
    if not found.sides:
        return []
    group = found.sides[0]
    if found.mutual:  # a group of one is an assembly: its members met one another
        pairs = [[a, b] for i, a in enumerate(group) for b in group[i + 1:]] or [group]
    else:
        pairs = [[a, b] for a in group for b in found.sides[1] if key(a.ref) != key(b.ref)]
    if not pairs:
        return []
    st = stance(found.cue, found.support)
    if found.extra.get("framed") and st.polarity == "denied" and not negated(found.cue):
        # "In conversations with Pence, Flynn denied discussing sanctions": the denial is of something said
        # in the conversations, which took place
        st.polarity = "asserted"
    asserter = ARTICLE if st.retracted else asserted_by(found.cue, st.source, resolver, st.writers_own)
    scope = within_quotation(modifier_tokens(found), found.cue)
    sent = found.cue.sent
    evidence = evidence_of(sent, turn_at(resolver.index.turns, found.cue.idx))
    when = when_of(scope, dates)
    roots = {t.i for t in (found.cue, found.support, found.cue.head) if t is not None} | {
        t.i for side in found.sides for m in side for t in described(m.token)}
    where, event = place_and_event(scope, roots)
    return [Contact(id="", kind=found.kind, participants=[m.ref for m in pair], polarity=st.polarity,
                    asserted_by=asserter, evidence=evidence, cue=found.cue.text, when=when, where=where,
                    event=event, modality=st.modality, mentions=[m.text for m in pair]) for pair in pairs]


def asserted_by(cue: Token, source: Token | None, resolver: Resolver, writers_own: bool = False) -> Ref:
    """The speaker whose statement carries the contact: parse, then the quote around it, else the article. A
    clause the writer sets against someone's words is in an indirect quotation of them only by a misparse."""
    named = resolver.mention(source) if source is not None else None
    outlet = (resolver.index.org_at(source) or publisher(source, resolver)) if source is not None else None
    if outlet is not None and (named is None or named.ref.id == outlet.id):
        # “CNN has reported that A met B,” X said: CNN's report, in X's words
        outlet = in_full(outlet, resolver.index.organizations)
        return Ref(name=outlet.name, id=outlet.id, is_group=True)
    if named is not None and named.ref.id:
        return named.ref
    around = [q for q in resolver.quotes if q.speaker is not None and q.start <= cue.idx < q.end and carries(q, cue)
              and not (writers_own and q.type == "indirect")]
    if around:
        return min(around, key=lambda q: q.end - q.start).speaker
    if named is not None:
        return named.ref
    return turn_speaker(cue, resolver.index) or ARTICLE


def turn_speaker(cue: Token, index: PeopleIndex) -> Ref | None:
    """A transcript's turn is its speaker's statement ("SCHIFF: ... Flynn discussed sanctions with X"), but not a
    sentence in it that names the speaker ("Nunes was holding a news conference"): that is the writer's narrative
    run into the turn."""
    speaker = index.turn_speaker(cue.idx)
    if speaker is None:
        return None
    surname = speaker.name.split()[-1].lower()
    named = any(not index.in_label(t) and (t.lower_ == surname or speaker.id and t.i in index.by_token
                                            and index.by_token[t.i].id == speaker.id) for t in cue.sent)
    return None if named else speaker


def publisher(source: Token, resolver: Resolver) -> Organization | None:
    """"a Courier article", "CNN's report": a piece of journalism named by the outlet that published it (not
    "court documents")."""
    if source.pos_ != "NOUN" or source.lemma_.lower() not in lexicon.words("press_pieces"):
        return None
    return next((in_full(org, resolver.index.organizations) for c in source.children
                 if c.dep_ in ("compound", "poss") and (org := resolver.index.org_at(c)) is not None), None)


def in_full(org: Organization, organizations: list[Organization]) -> Organization:
    """"the Post" after "The Daily Post": a short name is the one news outlet of the article whose full name
    ends with it (not "the House" for "White House")."""
    short = org.name.lower().removeprefix("the ").split()
    longer = [o for o in organizations if o.id != org.id and o.kind == "media"
              and o.name.lower().removeprefix("the ").split()[-len(short):] == short
              and len(o.name.lower().removeprefix("the ").split()) > len(short)]
    return longer[0] if len(longer) == 1 else org


def carries(quote: Quote, cue: Token) -> bool:
    """Whether a quotation holds the cue: one of its spans starts in the cue's sentence, or holds the cue
    between quotation marks that open in that sentence, or close, or go on into the next paragraph. A mark
    that never closes runs a span on over the sentences after it; those are not the speaker's words."""
    span = next((s for s in quote.spans or [[quote.start, quote.end]] if s[0] <= cue.idx < s[1]), None)
    if span is None:
        return False  # between two spans of one quotation: the writer's words
    if span[0] >= cue.sent.start_char:
        return True
    text = cue.doc.text
    segment = next((s for s in segments_of(text) if s.start <= cue.idx < s.end), None)
    if segment is None or segment.start + 2 < span[0]:
        return False
    if segment.start > span[0] + 2 and not opens_sentence(text, segment):
        return False  # "Roe refused to discuss his “talks with X”": a quoted phrase, not the quotation's own
    if segment.start >= cue.sent.start_char:
        return True  # the mark opens in the cue's sentence: quoted, whether or not it ever closes
    return not runaway(text, segment)


def runaway(text: str, segment: Segment) -> bool:
    """Quotation marks that never close: the span runs to the end of the paragraph (and the next one does not
    go on with the quotation), or into the next opening mark (“A. B. “C,” she said / "A. B. "C," she said)."""
    if segment.open_end:
        return text[segment.end:].lstrip()[:1] not in OPENERS
    inner = text[segment.start:segment.end]
    closing = text[segment.end:segment.end + 2]
    reopened = closing[:1] == '"' and text[segment.end - 1].isspace() and closing[1:].isalnum()
    return reopened or "“" in inner or any(ch == '"' and inner[i - 1].isspace() for i, ch in enumerate(inner) if i)


@lru_cache(maxsize=2)
def segments_of(text: str) -> list[Segment]:
    return quote_segments(text)


def opens_sentence(text: str, segment: Segment) -> bool:
    """The quotation marks open a sentence or a paragraph ("He said: “…”", "… said. “…"), not a phrase."""
    before = text[:max(segment.start - 1, 0)].rstrip(" ")
    return not before or before[-1] in ".!?:\n”\""


def evidence_of(sent: Span, turn: Turn | None = None) -> Evidence:
    """The cue's sentence; in a transcript, without the speaker label or the next turn the sentence ran into."""
    begin, finish = sent.start_char, sent.end_char
    if turn is not None:
        begin, finish = max(begin, turn.start), min(finish, turn.end)
    text = sent.doc.text[begin:finish]
    start = begin + (len(text) - len(text.lstrip()))
    stripped = text.strip()
    return Evidence(text=stripped, start=start, end=start + len(stripped))


def modifier_tokens(found: Found) -> list[Token]:
    """Tokens that modify the contact itself: its prepositional, temporal and adverbial dependents,
    followed down prepositional chains, never into participants or embedded clauses."""
    blocked = {m.token.i for side in found.sides for m in side}
    out: list[Token] = []

    def walk(token: Token) -> None:
        for child in token.children:
            # "nmod": "a December 2016 meeting"
            if child.i in blocked or child.dep_ not in ("prep", "pobj", "npadvmod", "advmod", "compound", "nmod",
                                                         "nummod", "amod", "det", "pcomp", "appos"):
                continue
            out.append(child)
            walk(child)

    heads = [found.cue, found.support]
    if found.cue.dep_ == "nsubj" and found.cue.pos_ == "NOUN":
        heads.append(found.cue.head)  # "a meeting between A and B took place in Vilnius"
    for head in heads:
        if head is not None:
            out.append(head)
            walk(head)
    # "met Ivan Petrov in Vienna": the parser hangs the place on the named person; a person's place there is
    # the contact's (a role's place, "the ambassador in Washington", is no name and stays out)
    # the same for a circumstance on any partner ("met officials at the Grand Hotel", "during the convention")
    for mention in found.sides[-1] if found.sides else []:
        if mention.token.i > found.cue.i:
            for prep in (c for t in described(mention.token) for c in t.children):
                if prep.dep_ == "prep" and (circumstance(prep) or named_person(mention)
                                            and prep.lower_ in ("in", "at")):
                    out.append(prep)
                    walk(prep)
    return out


def named_person(mention: Mention) -> bool:
    """A participant written as a person's name, whether or not the model tagged it so ("met with Trump in New
    York", with "Trump" taken for an organisation)."""
    token = mention.token
    return token.ent_type_ == "PERSON" or (token.pos_ == "PROPN" and mention.ref.id is not None
                                           and not mention.ref.is_group)


def described(token: Token) -> list[Token]:
    """A participant's token and, for a name in apposition, the noun it names ("hosted Russia's foreign
    minister, Sergey Lavrov, in the Oval Office": the place hangs on "minister")."""
    return [token, token.head] if token.dep_ == "appos" else [token]


def within_quotation(scope: list[Token], cue: Token) -> list[Token]:
    """'In March, he said, “I never had meetings with X”': the parser may hang the speaker's words on the
    quoted verb; a contact inside a quotation takes its time and place from the quotation only."""
    sent = cue.sent
    double = [t.i for t in sent if double_quote(t)]
    marks = [i for i in double if i < cue.i]
    if len(marks) % 2 == 0:
        return scope
    after = [i for i in double if i > cue.i]
    end = after[0] if after else sent.end
    return [t for t in scope if marks[-1] < t.i < end]


def when_of(scope: list[Token], dates: list[DateMention]) -> When | None:
    # a date's words: tagged by the model, numbers, or inside a date mention the model left untagged ("on that
    # same day"); not the preposition before it
    spans = [(t.idx, t.idx + len(t)) for t in scope if t.ent_type_ in ("DATE", "TIME") or t.like_num
             or (t.pos_ != "ADP" and any(d.start <= t.idx < d.end for d in dates))]
    for d in dates:  # a phrase with no resolvable day, month or year ("the day after") dates nothing
        if d.value and any(d.start <= s < d.end for s, _ in spans):
            return When(text=d.text, value=d.value)
    return None


def place_and_event(scope: list[Token], roots: set[int]) -> tuple[str | None, str | None]:
    where = event = None
    for token in scope:
        if token.dep_ != "pobj":
            continue
        prep = token.head.lower_
        label = token.ent_type_
        if event is None and is_event(token, prep):
            event = entity_text(token)
        elif where is None and (label in ("GPE", "LOC", "FAC") or building(token)) and placed_by_chain(token, roots):
            where = entity_text(token)
    return where, event


def building(token: Token) -> bool:
    """"in the Oval Office", "at the White House": a name the model took for an organisation that ends in a
    building's or a room's noun is a place."""
    return token.ent_type_ == "ORG" and token.head.lower_ in ("in", "at", "inside") \
        and token.lower_ in lexicon.words("building_words")


def placed_by_chain(place: Token, roots: set[int]) -> bool:
    """"in a hotel in Moscow": every preposition between the place and the contact is one of place; "about
    the sanctions on Russia" or "before a vote on Israel" names a topic or a time, not where they met. "Of"
    joins a place to a place ("on the sidelines of the summit in Helsinki", "at the home of X in Moscow")."""
    node = place  # up to the contact's cue, support verb or a participant
    while node.i not in roots and node.dep_ == "pobj" and node.head.dep_ == "prep":
        prep, head = node.head.lower_, node.head.head
        of_place = prep == "of" and head.dep_ == "pobj" and head.head.lower_ in PLACE_PREPS \
            and head.lower_ != "behalf"  # "on behalf of the United States" is no place
        # "during a meeting at the summit in Riga": what frames the contact has its place
        framing = node is not place and (prep == "during" or is_event(node, prep))
        # "on a July trip to Moscow", "during a visit to Riga": the destination of a trip is a place
        travel = prep == "to" and head.lemma_.lower() in lexicon.words("travel_nouns")
        if not (prep in PLACE_PREPS or of_place or framing or travel) or about_a_bystander(node.head, roots):
            return False
        node = head
    # "talks ended on building a hotel in Moscow": a place inside a clause of its own verb is that verb's
    return node.i in roots or node.pos_ != "VERB" or node.dep_ not in EMBEDDED_CLAUSE_DEPS


def about_a_bystander(prep: Token, roots: set[int]) -> bool:
    """"While in Russia, X introduced A to B": a phrase after a subordinator (data/contact_circumstance_marks.txt)
    is a clause about the verb's subject without a verb; it places the contact only when the subject takes part."""
    mark = prep.doc[prep.i - 1] if prep.i > 0 else None
    if mark is None or mark.lower_ not in lexicon.words("contact_circumstance_marks"):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i not in roots for c in prep.head.children)


def is_event(token: Token, prep: str) -> bool:
    if token.ent_type_ == "EVENT":
        return True
    if named_event_noun(token, prep):
        return True
    if token.pos_ != "PROPN" or token.ent_type_ in ("GPE", "LOC", "PERSON", "DATE"):
        return False
    return prep == "during" or (prep == "at" and token.lemma_.lower() in lexicon.words("contact_event_words"))


def named_event_noun(token: Token, prep: str) -> bool:
    """"during the G-20 summit", "on the sidelines of the NATO summit": an event noun named by a proper-noun
    modifier."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in lexicon.words("contact_event_words"):
        return False
    aside = prep == "of" and token.head.head.lemma_.lower() in ("sideline", "sidelines", "margin", "margins")
    # not "a February summit", "their first meeting"
    named = any(c.dep_ in ("compound", "amod", "nmod") and c.ent_type_ not in ("DATE", "TIME", "ORDINAL", "CARDINAL")
                and (c.pos_ == "PROPN" or c.ent_type_ != "") for c in token.children)
    return named and (prep in ("at", "during") or aside)


def entity_text(token: Token) -> str:
    """The whole named entity around `token`, without a leading "the"; else the noun with its name words
    ("G-20 summit")."""
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end:
            words = ent.text
            return words[4:] if words.lower().startswith("the ") else words
    start = min([c.left_edge.i for c in token.children if c.dep_ in ("compound", "amod", "nmod") and c.i < token.i
                 and (c.pos_ == "PROPN" or c.ent_type_ not in ("", "DATE"))], default=token.i)
    return token.doc[start:token.i + 1].text


def dedupe(contacts: list[Contact]) -> list[Contact]:
    """One contact per participants and sentence ("met … at a meeting" is one event)."""
    out: list[Contact] = []
    seen: dict[tuple, Contact] = {}
    for c in contacts:
        k = (frozenset(key(p) for p in c.participants), c.evidence.start)
        kept = seen.get(k)
        if kept is None:
            seen[k] = c
            out.append(c)
            continue
        kept.when = kept.when or c.when
        kept.where = kept.where or c.where
        kept.event = kept.event or c.event
        if c.polarity == "denied":
            kept.polarity = "denied"
    return out


def merge_repeats(contacts: list[Contact]) -> list[Contact]:
    """A speaker repeating that a person met some group is one claim: same person, same kind, same speaker,
    a group on the other side. The repeat's sentence goes to `more_evidence`."""
    out: list[Contact] = []
    for c in contacts:
        target = next((o for o in out if same_group_claim(o, c)), None)
        if target is None:
            out.append(c)
        else:
            target.more_evidence.append(c.evidence)
    return out


def same_group_claim(a: Contact, b: Contact) -> bool:
    if a.asserted_by.name == "article" or key(a.asserted_by) != key(b.asserted_by):
        return False
    if a.kind != b.kind or a.polarity != b.polarity:
        return False
    named_a = {key(p) for p in a.participants if not p.is_group}
    named_b = {key(p) for p in b.participants if not p.is_group}
    groups = any(p.is_group for p in a.participants) and any(p.is_group for p in b.participants)
    return groups and named_a == named_b and bool(named_a)
