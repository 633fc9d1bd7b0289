"""Who takes part in a contact: the noun phrases around a contact cue, turned into `Ref`s.

A participant is a person (name, resolved pronoun or role noun), a group ("people connected to the
campaign", an organisation) or nobody: abstract nouns ("met with criticism"), audiences ("spoke to
reporters") and unresolved pronouns are dropped, so a contact needs two real sides.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from presstrace.nlp import lexicon
from presstrace.nlp.people import PRONOUNS, PeopleIndex
from presstrace.record import Person, Quote, Ref

RELATIVE = {"who", "whom", "that", "which"}
FIRST_PERSON = {"i", "me", "my", "myself"}
GROUP_PRONOUNS = {"they", "them", "we", "us"}
# dependents that are not part of a participant's name ("Flynn, who resigned, ..." / "A and B")
NOT_IN_NAME = {"conj", "cc", "punct", "appos", "relcl", "parataxis", "advcl"}
# "asked Kislyak to meet X": the object of these verbs is the subject of their infinitive
SUBJECT_CONTROL_BY_OBJECT = {"ask", "invite", "urge", "tell", "encourage", "allow", "persuade", "pressure",
                             "prompt", "force", "lead", "order", "direct", "instruct", "authorize", "help",
                             "want", "get"}


@dataclass
class Mention:
    """A participant: where it is written and who it is."""

    token: Token
    ref: Ref
    text: str


@dataclass
class Resolver:
    """Turns participant tokens into Refs with the article's people index and quotes."""

    index: PeopleIndex
    quotes: list[Quote]

    def mention(self, token: Token, allow_place: bool = False) -> Mention | None:
        token = relative_antecedent(token)
        ref = self.ref_for(token, allow_place)
        return Mention(token, ref, phrase(token)) if ref is not None else None

    def ref_for(self, token: Token, allow_place: bool) -> Ref | None:
        if token.lemma_.lower() in lexicon.words("contact_audiences"):
            return None
        reporter = self.reported_speaker(token)
        if reporter is not None:
            return reporter
        person = self.index.person_at(token) or self.surname(token)
        if person is not None:
            return self.index.ref(person)
        if token.lower_ in FIRST_PERSON:
            return self.quote_speaker(token)
        if token.pos_ == "PRON":
            return None  # unresolved he/she/they: a contact with "he" says nothing
        org = self.index.org_at(token)
        if org is not None:
            return None if org.kind == "media" else Ref(name=org.name, id=org.id, is_group=True)
        return self.entity_ref(token, allow_place) or self.noun_ref(token)

    def reported_speaker(self, token: Token) -> Ref | None:
        """"Gordon said he met Kislyak", "officials expect they will meet X": a he/she/they subject of an
        embedded clause is the subject of the verb that embeds it, when number and gender agree."""
        gender = PRONOUNS.get(token.lower_)
        plural = token.lower_ in GROUP_PRONOUNS
        if (gender is None and not plural) or token.dep_ not in ("nsubj", "nsubjpass"):
            return None
        clause = token.head
        while clause.dep_ in ("conj", "xcomp") and clause.head is not clause:
            clause = clause.head
        if clause.dep_ != "ccomp":
            return None
        speakers = [t for t in clause.head.children if t.dep_ == "nsubj"]
        if not speakers or speakers[0].pos_ == "PRON":
            return None
        speaker = speakers[0]
        if plural:
            many = speaker.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in speaker.children)
            return self.ref_for(speaker, allow_place=False) if many else None
        person = self.index.person_at(speaker) or self.surname(speaker)
        if person is not None:
            return self.index.ref(person) if self.index.gender.get(person.id, gender) == gender else None
        if speaker.text[:1].isupper() and speaker.ent_type_ not in ("GPE", "NORP", "DATE"):
            return Ref(name=phrase(speaker))  # a name the model missed ("Phares said")
        return None

    def surname(self, token: Token) -> Person | None:
        """A capitalised word the model did not tag ("Phares said"), when it is a known surname."""
        if not token.text[:1].isupper() or token.pos_ == "PRON" or token.ent_type_ in ("GPE", "LOC", "DATE"):
            return None
        person = self.index.by_surname.get(token.lower_)
        return person

    def entity_ref(self, token: Token, allow_place: bool) -> Ref | None:
        label = token.ent_type_
        if label == "PERSON":
            ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
            person = self.index.person_for(ent) if ent is not None else None
            return self.index.ref(person) if person else Ref(name=phrase(token))
        if label in ("ORG", "NORP") or (allow_place and label == "GPE"):
            return Ref(name=phrase(token), is_group=True)
        return None

    def noun_ref(self, token: Token) -> Ref | None:
        """A person-denoting common noun: plural → group, singular → an unnamed person."""
        if token.pos_ not in ("NOUN", "PROPN") or token.ent_type_ in ("GPE", "LOC", "FAC", "DATE"):
            return None
        lemma = token.lemma_.lower()
        collective = lemma in lexicon.words("contact_collectives")
        person_noun = lemma in lexicon.words("contact_person_nouns") or lemma in lexicon.role_nouns()
        if not person_noun and not collective:
            return None
        plural = token.tag_ in ("NNS", "NNPS") or collective
        return Ref(name=phrase(token), is_group=plural)

    def quote_speaker(self, token: Token) -> Ref | None:
        """"I"/"me" inside a quotation is its speaker."""
        at = token.idx
        for quote in self.quotes:
            if quote.speaker is not None and quote.start <= at < quote.end:
                return quote.speaker
        return None


def relative_antecedent(token: Token) -> Token:
    """"who" in "Flynn, who met Kislyak" stands for Flynn."""
    if token.lower_ in RELATIVE and token.head.dep_ == "relcl":
        return token.head.head
    return token


def phrase(token: Token) -> str:
    """The noun phrase headed by `token`, without coordination, appositions or relative clauses."""
    kept = sorted(name_tokens(token), key=lambda t: t.i)
    while kept and (kept[-1].is_punct or kept[-1].dep_ == "case"):
        kept.pop()
    while kept and (kept[0].is_punct or kept[0].lower_ in ("the", "a", "an")):
        kept.pop(0)
    if not kept:
        return token.text
    doc = token.doc
    return doc[kept[0].i:kept[-1].i + 1].text


def name_tokens(token: Token) -> list[Token]:
    out = [token]
    for child in token.children:
        if child.dep_ not in NOT_IN_NAME:
            out.extend(name_tokens(child))
    return out


def coordinated(token: Token) -> list[Token]:
    """`token` and its conjuncts, including names the parser hung inside a relative clause or apposition
    ("Flynn, who resigned from the Council, Sessions and Kushner": Sessions is attached to Council)."""
    seen: list[Token] = []

    def visit(t: Token) -> None:
        if t in seen:
            return
        seen.append(t)
        for child in t.children:
            if child.dep_ == "conj":
                visit(child)
            elif child.dep_ in ("relcl", "appos", "acl"):
                for inner in child.subtree:
                    if inner.dep_ == "conj" and is_name(inner) and not is_name(inner.head) and inner.i > t.i:
                        visit(inner)

    visit(token)
    return seen


def is_name(token: Token) -> bool:
    return token.ent_type_ == "PERSON"


def subjects(verb: Token) -> list[Token]:
    """Who does `verb`: its subject, or the subject it inherits (conjoined, controlled, gerund verbs)."""
    for child in verb.children:
        if child.dep_ == "nsubj":
            if child.lower_ in RELATIVE and verb.dep_ == "relcl":
                return coordinated(verb.head)
            return coordinated(child)
    if verb.dep_ == "relcl" and verb.tag_ == "VBG":  # "officials meeting with X"
        return coordinated(verb.head)
    head = verb.head
    if head is verb:
        return []
    if verb.dep_ == "xcomp":
        raised = [c for c in head.children if c.dep_ == "nsubjpass"]
        if raised and not any(c.dep_ == "nsubj" for c in head.children):
            return coordinated(raised[0])  # "Tamm is said to have met Venn"
        objects = [c for c in head.children if c.dep_ == "dobj"]
        if objects and head.lemma_ in SUBJECT_CONTROL_BY_OBJECT:
            return coordinated(objects[0])
        return subjects(head)
    if verb.dep_ in ("conj", "advcl") and head.pos_ in ("VERB", "AUX"):
        return subjects(head)
    if verb.dep_ == "pcomp":
        governor = head.head
        if governor.pos_ == "ADJ" and governor.dep_ in ("acomp", "amod"):
            governor = governor.head  # "he would be open to negotiating with X"
        if governor.pos_ in ("VERB", "AUX"):
            return subjects(governor)
    return []


def passive_agents(verb: Token) -> list[Token]:
    """"Kislyak was met by Gordon": the by-phrase."""
    return [t for agent in verb.children if agent.dep_ == "agent"
            for pobj in agent.children if pobj.dep_ == "pobj" for t in coordinated(pobj)]


def prep_objects(token: Token, preps: set[str]) -> list[Token]:
    """Objects of the prepositions `preps` on `token` ("with X", "to X"), coordinated."""
    out: list[Token] = []
    for prep in token.children:
        if prep.dep_ in ("prep", "dative") and prep.lower_ in preps:
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    out.extend(coordinated(pobj))
        if prep.dep_ == "prt":  # "reach out to X": the particle's own preposition
            out.extend(prep_objects(prep, preps))
    return out
