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
from presstrace.nlp.participants import (
    Mention,
    Resolver,
    coordinated,
    passive_agents,
    prep_objects,
    subjects,
)
from presstrace.nlp.people import PeopleIndex
from presstrace.nlp.polarity import stance
from presstrace.record import Contact, DateMention, Evidence, Quote, Ref, When

ARTICLE = Ref(name="article")
PHONE_WORDS = {"phone", "telephone", "cellphone", "videoconference", "video", "zoom", "skype"}
PLACE_PREPS = {"in", "at", "near", "outside", "inside", "on"}
ONE_WAY_SUPPORT = {"send", "write", "deliver", "receive", "get"}  # "A and B sent letters": not to each other
NON_CONTACT_DEPS = {"compound", "amod", "nmod"}  # "meeting room", "contact details"
# dependents of a verb cue that make it another sense: "called him a liar", "called for", "called off"
OTHER_SENSE_DEPS = {"oprd", "ccomp", "xcomp"}
OTHER_SENSE_PARTICLES = {"off", "for", "on", "back", "in"}


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
                  dates: list[DateMention] | None = None) -> list[Contact]:
    """Every contact event of the article, with participants, polarity, source, time and place."""
    resolver = Resolver(index, quotes or [])
    contacts: list[Contact] = []
    for token in doc:
        for found in cue_contacts(token, resolver):
            contacts.extend(build(found, resolver, dates or []))
    contacts = merge_repeats(dedupe(contacts))
    for i, contact in enumerate(contacts, 1):
        contact.id = f"c{i}"
    return contacts


def cue_contacts(token: Token, resolver: Resolver) -> list[Found]:
    if misparsed_gerund(token):
        return [gerund_contact(token, resolver)]
    if token.pos_ == "VERB":
        sense = verb_sense(token)
        return [verb_contact(token, sense, resolver)] if sense else []
    if token.pos_ in ("NOUN", "PROPN") and token.dep_ not in NON_CONTACT_DEPS:
        kind = noun_kind(token)
        return [noun_contact(token, kind, resolver)] if kind else []
    return []


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
    if sense.slots == {"obj"} and any(c.dep_ in OTHER_SENSE_DEPS for c in token.children):
        return None  # "called him a liar", "called it a hoax"
    return sense


def noun_kind(token: Token) -> str | None:
    lemma = token.lemma_.lower()
    compound = " ".join(c.lower_ for c in token.children if c.dep_ == "compound")
    kinds = noun_kinds()
    kind = kinds.get(f"{compound} {lemma}") or kinds.get(lemma)
    if kind and lemma in ("call", "contact") and token.tag_ == "NNS" and not compound:
        return kind  # "calls with", "contacts with": still contacts; participants decide
    return kind


def verb_contact(verb: Token, sense: CueSense, resolver: Resolver) -> Found:
    agents = passive_agents(verb)
    others: list[Token] = [t for c in verb.children if c.dep_ == "nsubjpass" for t in coordinated(c)]
    # a passive names its other side only in a by-phrase: "once Flynn had been interviewed, she said …"
    # must not take "she" from the clause above
    actors = [] if others else subjects(verb)
    if agents and not others:
        return Found(verb, None, sense.kind, [])  # "groups convened by A and B": A and B did not meet
    actors += agents
    if sense.slots & {"obj", "personobj"}:
        objects = [t for c in verb.children if c.dep_ == "dobj" for t in coordinated(c)]
        if "personobj" in sense.slots:
            objects = [t for t in objects if t.ent_type_ not in ("ORG", "GPE", "LOC", "FAC", "EVENT")]
        others += objects
    preps = {p for p in ("with", "to") if p in sense.slots}
    others += addressees(verb, sense, preps)
    if not sense.slots & {"obj", "personobj"}:  # "discussed sanctions with X": "with" hangs on the topic
        for topic in (c for c in verb.children if c.dep_ in ("dobj", "ccomp") and c.pos_ == "NOUN"):
            # "does not discuss his talks with X": the possessed noun cue's own contact, not this one
            if not (noun_kind(topic) and any(c.dep_ == "poss" for c in topic.children)):
                others += prep_objects(topic, preps)
    phone = by_phone(verb)
    kind = "call" if phone else sense.kind
    direct = bool(sense.slots & {"obj", "personobj"})
    found = sides(verb, None, kind, actors, others, resolver, allow_place=not direct)
    if found.mutual and not mutual_clause(verb):
        found.sides = []
    if found.sides and found.mutual and sense.kind == "conversation" and not (phone or reciprocal(verb)):
        # "A and B spoke openly about X", "Congress and the president were speaking with one voice": two
        # named people talking is a contact; groups "speaking" together is a manner of speech
        if sum(1 for m in found.sides[0] if not m.ref.is_group and m.ref.id) < 2:
            found.sides = []
    return found


def addressees(verb: Token, sense: CueSense, preps: set[str]) -> list[Token]:
    """The other side in "with X" / "to X". Speaking "to" an organisation or event is addressing it
    ("spoke to the Conservative Political Action Conference"), not a conversation with someone."""
    out = prep_objects(verb, preps - {"to"})
    if "to" in preps:
        out += [t for t in prep_objects(verb, {"to"}) if sense.kind != "conversation" or not institution(t)]
    return out


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
                     (c.dep_ == "dobj" or c.lower_ in ("with", "to")) for c in verb.children)
    return own_subject and not has_object


def noun_contact(noun: Token, kind: str, resolver: Resolver) -> Found:
    support = support_verb(noun)
    actors = [t for c in noun.children if c.dep_ == "poss" for t in coordinated(c)]
    if not actors and support is not None:
        actors = subjects(support)
    between = prep_objects(noun, {"between", "among"})
    others = prep_objects(noun, {"with", "from"})
    if not others:  # "his letter to X"; with a "with" side, a "to" is a title ("ambassador to the U.S. X")
        # "a visit to Moscow" is a trip: "to" a place is no side
        others = [t for t in prep_objects(noun, {"to"}) if t.ent_type_ not in ("GPE", "LOC", "FAC")]
    if support is not None:
        others += [t for t in prep_objects(support, {"with"}) if t not in others]
    if between and others:  # "the meeting between A, B and C with D": A, B, C each met D
        return sides(noun, support, kind, between, others, resolver, allow_place=True)
    if between:
        return sides(noun, support, kind, between, [], resolver, allow_place=True)
    return sides(noun, support, kind, actors, others, resolver, allow_place=True)


def support_verb(noun: Token) -> Token | None:
    """The verb whose subject takes part in the noun's contact ("had talks", "sought a meeting")."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    elif noun.dep_ not in ("dobj", "nsubjpass"):
        return None
    lemma = head.lemma_.lower()
    if head.pos_ in ("VERB", "AUX") and (lemma in lexicon.words("contact_support_verbs")
                                          or lemma in lexicon.words("contact_intent")):
        return head
    return None


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
    """One contact per pair of sides (or one for a mutual group), with stance, time, place, evidence."""
    if not found.sides:
        return []
    pairs = [found.sides[0]] if found.mutual else [[a, b] for a in found.sides[0] for b in found.sides[1]
                                                    if key(a.ref) != key(b.ref)]
    if not pairs:
        return []
    st = stance(found.cue, found.support)
    asserter = asserted_by(found.cue, st.source, resolver)
    scope = modifier_tokens(found)
    sent = found.cue.sent
    evidence = evidence_of(sent)
    when = when_of(scope, dates)
    where, event = place_and_event(scope)
    return [Contact(id="", kind=found.kind, participants=[m.ref for m in pair], polarity=st.polarity,
                    asserted_by=asserter, evidence=evidence, cue=found.cue.text, when=when, where=where,
                    event=event, modality=st.modality, mentions=[m.text for m in pair]) for pair in pairs]


def asserted_by(cue: Token, source: Token | None, resolver: Resolver) -> Ref:
    """The speaker whose statement carries the contact: parse, then the quote around it, else the article."""
    named = resolver.mention(source) if source is not None else None
    if named is not None and named.ref.id:
        return named.ref
    for quote in resolver.quotes:
        if quote.speaker is not None and quote.start <= cue.idx < quote.end:
            return quote.speaker
    if named is not None:
        return named.ref
    return ARTICLE


def evidence_of(sent: Span) -> Evidence:
    text = sent.text
    start = sent.start_char + (len(text) - len(text.lstrip()))
    stripped = text.strip()
    return Evidence(text=stripped, start=start, end=start + len(stripped))


def modifier_tokens(found: Found) -> list[Token]:
    """Tokens that modify the contact itself: its prepositional, temporal and adverbial dependents,
    followed down prepositional chains, never into participants or embedded clauses."""
    blocked = {m.token.i for side in found.sides for m in side}
    out: list[Token] = []

    def walk(token: Token) -> None:
        for child in token.children:
            if child.i in blocked or child.dep_ not in ("prep", "pobj", "npadvmod", "advmod", "compound",
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
    return out


def when_of(scope: list[Token], dates: list[DateMention]) -> When | None:
    spans = [(t.idx, t.idx + len(t)) for t in scope if t.ent_type_ in ("DATE", "TIME") or t.like_num]
    for d in dates:
        if any(d.start <= s < d.end for s, _ in spans):
            return When(text=d.text, value=d.value)
    return None


def place_and_event(scope: list[Token]) -> tuple[str | None, str | None]:
    where = event = None
    for token in scope:
        if token.dep_ != "pobj":
            continue
        prep = token.head.lower_
        label = token.ent_type_
        if event is None and is_event(token, prep):
            event = entity_text(token)
        elif where is None and prep in PLACE_PREPS and label in ("GPE", "LOC", "FAC"):
            where = entity_text(token)
    return where, event


def is_event(token: Token, prep: str) -> bool:
    if token.ent_type_ == "EVENT":
        return True
    if token.pos_ != "PROPN" or token.ent_type_ in ("GPE", "LOC", "PERSON", "DATE"):
        return False
    return prep == "during" or (prep == "at" and token.lemma_.lower() in lexicon.words("contact_event_words"))


def entity_text(token: Token) -> str:
    """The whole named entity around `token`, without a leading "the"."""
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end:
            words = ent.text
            return words[4:] if words.lower().startswith("the ") else words
    return token.text


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
