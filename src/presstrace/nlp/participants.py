"""Who takes part in a contact: the noun phrases around a contact cue, turned into `Ref`s.

A participant is a person (name, resolved pronoun or role noun), a group ("people connected to the
campaign", an organisation) or nobody: abstract nouns ("met with criticism"), audiences ("spoke to
reporters") and unresolved pronouns are dropped, so a contact needs two real sides.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token

from presstrace.nlp import lexicon
from presstrace.nlp.people import FEMALE_HONORIFICS, MALE_HONORIFICS, PRONOUNS, SUFFIXES, PeopleIndex
from presstrace.record import Person, Quote, Ref

RELATIVE = {"who", "whom", "that", "which"}
SINGLE_QUOTES = ("'", "‘", "’")  # also apostrophes ("the Clintons' aides"), unlike double marks
TOPIC_WORDS = {"about", "regarding", "concerning", "over"}
WH_DETERMINERS = {"which", "what", "whichever", "whatever", "whose"}
# a person's name with two capitalised words run together ("John TrumpTrump", "ClintonHillary"): "McConnell",
# "DeVos", "MacArthur" are names; organisations ("WikiLeaks", "YouTube") are left alone
GLUED_NAMES = re.compile(r"[A-Z][a-z]{3,}[A-Z][a-z]{2,}|[A-Z][a-z]{3,}[A-Z]{2,}")  # "TrumpTrump", "TrumpGOP"
POSSESSIVE_INSIDE = re.compile(r"\w[’']s \w")  # in a known person's name: "Sessions’s Trump"
REPEATED_NAME = re.compile(r"\b(\w{3,}(?: \w+)?) \1\b")  # "Trump Trump", "Jeff Sessions Jeff Sessions"
FIRST_PERSON = {"i", "me", "my", "myself"}
# possessives that point at a quotation's speaker ("my aides") or at whom it is addressed ("your campaign"); not
# "our": "our attorney general" is the country's, not the speaker's
DEICTIC_POSSESSIVES = {"my", "your"}
OWNER_PRONOUNS = DEICTIC_POSSESSIVES | {"his", "her"}  # whose owner an unnamed participant's name spells out
GROUP_PRONOUNS = {"they", "them", "we", "us"}
OBJECT_PRONOUNS = {"him", "her", "them"}
# dependents that are not part of a participant's name ("Flynn, who resigned, ..." / "A and B")
NOT_IN_NAME = {"conj", "cc", "punct", "appos", "relcl", "parataxis", "advcl", "ccomp"}
# "asked Kislyak to meet X": the object of these verbs is the subject of their infinitive
SUBJECT_CONTROL_BY_OBJECT = {"ask", "invite", "urge", "tell", "encourage", "allow", "persuade", "pressure",
                             "prompt", "force", "lead", "order", "direct", "instruct", "authorize", "help",
                             "want", "get", "summon", "send", "call", "bring", "expect", "need", "press",
                             "push", "advise", "remind", "beg", "implore", "require", "permit", "enable"}


CASE_MARKS = {"v.", "vs.", "v", "vs"}


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
    published: str | None = None  # the article's date: who held an office then

    def mention(self, token: Token, allow_place: bool = False) -> Mention | None:
        if self.index.in_label(token):
            return None  # "SCHIFF: ...": the one who speaks, not a side of what is said
        token = appositive_name(relative_antecedent(token), self.index)
        if any(c.dep_ == "det" and c.lower_ in WH_DETERMINERS for c in token.children):
            return None  # "which adviser informed Trump": who it was is the question
        if case_name(token):
            return None  # "See Roe v. United States, 265 U.S. 182": a court case cited, not a party to a contact
        ref = self.ref_for(token, allow_place)
        if ref is None or garbled(ref):
            return None  # "Donald John TrumpTrump faces …": link text of a scraped page run into the body
        return Mention(token, ref, phrase(token))

    def ref_for(self, token: Token, allow_place: bool) -> Ref | None:
        if token.lemma_.lower() in lexicon.words("contact_audiences"):
            return None
        reporter = self.reported_speaker(token)
        if reporter is not None:
            return reporter
        bound = self.bound_possessive(token)
        if bound is not None:
            return bound
        named = self.name_after_office(token)
        if named is not None:
            return named
        person = self.index.person_at(token) or self.surname(token)
        if person is not None and self.own_subject(token, person):
            person = self.other_person_before(token)  # "A and B visited C to brief him": him is C
        if person is not None and not self.partner_of_pronoun(token, person):
            written = other_given_name(token, person)
            if written is not None:
                return Ref(name=written)  # "Ivanka Trump" is not Donald J. Trump whatever the index says
            return self.index.ref(person)
        if person is not None:
            return None
        if token.lower_ in FIRST_PERSON:
            return self.quote_speaker(token) or self.turn_speaker(token)
        if token.pos_ == "PRON" and not acronym(token):
            return None  # unresolved he/she/they: a contact with "he" says nothing
        if mistyped_surname(token):
            return Ref(name=token.text)  # "spoke with McFarland", tagged a place here and a person elsewhere
        org = self.index.org_at(token)
        if org is not None:
            if org.kind == "media":
                return None
            own = phrase(token)
            if org.name.lower().removeprefix("the ") not in own.lower():
                # the model's entity ran past the participant ("the Moscow Project with Individual 1")
                return Ref(name=own, is_group=True)
            return Ref(name=org.name, id=org.id, is_group=True)
        return (self.entity_ref(token, allow_place) or self.office_holder(token) or self.relative(token)
                or self.named_group(token) or self.noun_ref(token) or name_inside_entity(token))

    def office_holder(self, token: Token) -> Ref | None:
        """"The president met X" where the article names no president: the holder of the office on the article's
        date, when the article names that person ("Donald Trump")."""
        if self.published is None or token.tag_ not in ("NN", "NNP") or any(
                c.dep_ in ("amod", "compound", "nmod", "poss", "prep") for c in token.children):
            return None  # "the Russian president", "the president of Ukraine", "our president"
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            return None
        holder = holder_on(token.lower_, self.published)
        if holder is None or self.other_holder_near(token, holder):
            return None
        given, surname = holder.split()[0], holder.split()[-1]
        person = next((p for p in self.index.people if p.name.lower().split()[-1] == surname
                       and p.name.lower().split()[0] == given and len(p.name.split()) > 1), None)
        return self.index.ref(person) if person is not None else None

    def other_holder_near(self, token: Token, holder: str) -> bool:
        """Another holder of the office named in the sentence or the two before ("the Nixon tapes, where the
        president told X"): "the president" may be that one."""
        others = [name.split() for _, name in holders_of(token.lower_) if name != holder]
        sent = token.sent
        for _ in range(2):
            if sent.start > 0:
                sent = token.doc[sent.start - 1].sent
        for t in token.doc[sent.start:token.sent.end]:
            person = self.index.by_token.get(t.i)
            given = person.name.lower().split()[0] if person is not None and len(person.name.split()) > 1 else None
            # "Hillary Clinton" is no former president; "Obama", "President Nixon" are
            if t.pos_ == "PROPN" and any(t.lower_ == name[-1] and given in (None, name[0]) for name in others):
                return True
        return False

    def name_after_office(self, token: Token) -> Ref | None:
        """"Russian Ambassador to the U.S. Sergey Kislyak" when the model runs the name into the place as one
        organisation (a name it tags as a person is taken earlier, by appositive_name): the holder's name."""
        found = office_holder_span(token, self.index)
        if found is None:
            return None
        start, end = found
        person = self.index.by_token.get(end - 1) or self.surname(token.doc[end - 1])
        return self.index.ref(person) if person is not None else Ref(name=token.doc[start:end].text)

    def reported_speaker(self, token: Token) -> Ref | None:
        """"Gordon said he met Kislyak", "officials expect they will meet X": a he/she/they subject of an
        embedded clause is the subject of the verb that embeds it, when number and gender agree."""
        gender = PRONOUNS.get(token.lower_)
        plural = token.lower_ in GROUP_PRONOUNS
        if gender is None and not plural:
            return None
        if token.dep_ in ("dobj", "dative") and token.lower_ in OBJECT_PRONOUNS:
            # "Flynn testified that Trump instructed him to contact X": an object pronoun of an embedded
            # clause is not that clause's subject, and the speaker above is the one it stands for
            own = [c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not own or own[0].pos_ == "PRON" or own[0].lower_ in RELATIVE:
                return None
        elif token.dep_ not in ("nsubj", "nsubjpass"):
            return None
        clause = token.head
        while clause.dep_ in ("conj", "xcomp") and clause.head.i != clause.i:
            clause = clause.head
        if statement_noun_clause(clause):  # "X's claim that he had no contacts with Y": X's
            speaker = next((c for c in clause.head.children if c.dep_ == "poss"), None)
        elif clause.dep_ == "ccomp":
            speaker = logical_subject(clause.head)  # "… for lying in saying he had not met X": the liar
        else:
            return None
        if speaker is not None:
            speaker = appositive_name(speaker, self.index)  # "The director, Brad Parscale, said he …"
        if speaker is not None and speaker.i != token.i and PRONOUNS.get(speaker.lower_) == gender and not plural:
            return self.ref_for(speaker, allow_place=False)  # "he said he had met X": the same he
        if speaker is None or speaker.pos_ == "PRON" or speaker.i == token.i:
            return None
        if plural:
            many = speaker.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in speaker.children)
            return self.ref_for(speaker, allow_place=False) if many else None
        person = self.index.person_at(speaker) or self.surname(speaker)
        if person is not None:
            return self.index.ref(person) if self.index.gender.get(person.id, gender) == gender else None
        if speaker.text[:1].isupper() and speaker.ent_type_ in ("", "PERSON"):  # not "The Washington Post"
            return Ref(name=phrase(speaker))  # a name the model missed ("Phares said")
        return None

    def bound_possessive(self, token: Token) -> Ref | None:
        """"After his meeting with X, Tamm wrote …", "Tamm does not discuss his talks with X": a his/her
        possessive is bound by the subject of its clause when that subject follows it (the article-wide
        antecedent search only looks back) or when no other person of that gender stands between them."""
        gender = PRONOUNS.get(token.lower_)
        if gender is None or token.dep_ != "poss":
            return None
        listed = self.listed_before(token, gender)
        if listed is not None:
            return listed
        subject = clause_subject(token)
        if subject is not None:
            subject = appositive_name(subject, self.index)  # "his adviser, Flynn, lied about his contacts"
        if subject is not None and subject.dep_ == "appos" and is_name(subject.head):
            subject = subject.head  # "Ivan Petrov, the adviser who lied about his contacts": Petrov
        if subject is not None and PRONOUNS.get(subject.lower_) == gender and subject.dep_ == "nsubj":
            return self.ref_for(subject, allow_place=False)  # "he misstated his contacts": his is he
        if subject is None or subject.pos_ == "PRON" or token in name_tokens(subject):  # "his aide met X"
            return None
        owner = self.subject_owner(subject, gender) if subject.pos_ == "NOUN" and self.noun_ref(subject) is None \
            else None
        if owner is not None:
            return owner
        if subject.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subject.children):
            return None
        if subject.i < token.i and self.person_between(subject, token, gender):
            return None
        person = self.index.person_at(subject) or self.surname(subject)
        if person is not None:
            known = self.index.gender.get(person.id)
            return self.index.ref(person) if known in (None, gender) else None
        if subject.ent_type_ not in ("", "PERSON"):
            return None
        own = self.noun_ref(subject) or self.entity_ref(subject, allow_place=False)
        if own is None and subject.pos_ == "NOUN":
            return self.governing_subject(token, gender)
        return own

    def subject_owner(self, subject: Token, gender: str) -> Ref | None:
        """"Tamm's activities, as described in his emails with X": when the subject is a thing, a named person of
        the possessive's gender who owns it binds the possessive."""
        owner = next((c for c in subject.children if c.dep_ == "poss"), None)
        person = (self.index.person_at(owner) or self.surname(owner)) if owner is not None else None
        if person is None or self.index.gender.get(person.id) not in (None, gender):
            return None
        return self.index.ref(person)

    def listed_before(self, token: Token, gender: str) -> Ref | None:
        """"met Boris Tamm and his son", "wrote to Tamm, his daughter or his family": a his/her on a noun listed
        after a named person is that person's."""
        noun = token.head
        listed = noun.dep_ == "conj" or (noun.dep_ == "appos" and any(c.dep_ in ("cc", "conj") for c in noun.children))
        if not listed:
            return None  # "met Abe, his first meeting with a leader": an apposition renames, it lists no one
        first = noun.head
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        # the nearest name listed before: "a debate between A and B and his attorney" is B's attorney
        named = [t for t in coordinated(first) if t.i < token.i and self.index.person_at(t) is not None]
        person = self.index.person_at(max(named, key=lambda t: t.i)) if named else None
        if person is None or self.index.gender.get(person.id) not in (None, gender):
            return None
        return self.index.ref(person)

    def governing_subject(self, token: Token, gender: str) -> Ref | None:
        """"Flynn assured him the subject was not raised in his conversations with X": when the possessive's
        own clause has a thing for subject, the named person of that gender who is subject of the clause
        right above binds it (the article-wide search prefers the main clause, here the wrong one)."""
        verb = clause_verb(token)
        if verb is None or verb.dep_ not in ("ccomp", "advcl", "conj", "xcomp"):
            return None
        subject = logical_subject(verb.head) if verb.head.pos_ in ("VERB", "AUX") else None
        if subject is None or subject.pos_ == "PRON" or (subject.i < token.i and
                                                          self.person_between(subject, token, gender)):
            return None
        person = self.index.person_at(subject) or self.surname(subject)
        if person is None or self.index.gender.get(person.id) not in (None, gender):
            return None
        return self.index.ref(person)

    def partner_of_pronoun(self, token: Token, person: Person) -> bool:
        """"While talking with Carlson, he said he did not recall his talk with X": a he/she pronoun is
        not the person named as the other argument of a clause whose subject is a he/she of that gender
        (the antecedent search picks the nearest name, which here is the partner)."""
        gender = PRONOUNS.get(token.lower_)
        if gender is None:
            return False
        sent = token.sent
        named = [i for i in range(token.i - 1, sent.start - 1, -1) if self.index.by_token.get(i) is person]
        if not named:
            return False
        verb = clause_verb(token.doc[named[0]])
        subject = logical_subject(verb) if verb is not None else None
        if subject is not None and subject.i == token.i and verb.i == token.head.i:
            return False  # "According to Aven, he did not discuss …": an attribution, no partner
        return (subject is not None and PRONOUNS.get(subject.lower_) == gender
                and subject.dep_ in ("nsubj", "nsubjpass"))

    def own_subject(self, token: Token, person: Person) -> bool:
        """An object pronoun never stands for a subject of its own clause ("Tamm visited Venn to brief him")."""
        verb = token.head if token.dep_ in ("dobj", "dative") else None
        if verb is None or token.lower_ not in OBJECT_PRONOUNS or verb.pos_ not in ("VERB", "AUX"):
            return False
        return any(self.index.person_at(s) is person for s in subjects(verb))

    def other_person_before(self, token: Token) -> Person | None:
        """The nearest person of the pronoun's gender named earlier in its sentence who is none of its clause's
        subjects."""
        gender = PRONOUNS.get(token.lower_)
        own = {id(self.index.person_at(s)) for s in subjects(token.head)}
        for i in range(token.i - 1, token.sent.start - 1, -1):
            person = self.index.by_token.get(i)
            if person is not None and id(person) not in own and self.index.gender.get(person.id) in (None, gender):
                return person
        return None

    def person_between(self, subject: Token, token: Token, gender: str) -> bool:
        """Another person of `gender` named after the subject's phrase and before the pronoun."""
        own = {t.i for t in subject.subtree}
        subject_person = self.index.person_at(subject)
        # an object of the subject's own verb, or of the possessive's verb, does not bind the possessive: "the
        # adviser lied to Pence about his contacts" is the adviser's, "fired Flynn for misleading Pence about his
        # contacts" Flynn's
        verbs = [v for v in (subject.head, clause_verb(token)) if v is not None]
        objects = {t.i for verb in verbs for c in verb.children if c.dep_ in ("dobj", "dative")
                   or (c.dep_ == "prep" and not c.left_edge.i <= token.i <= c.right_edge.i) for t in c.subtree}
        for i in range(subject.i + 1, token.i):
            person = self.index.by_token.get(i)
            if person is None or i in own or person is subject_person or i in objects:
                continue
            if self.index.gender.get(person.id) in (None, gender):
                return True
        return False

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
            if person is None and ent is not None and ent[-1].lower_ in lexicon.words("building_words"):
                return None  # "visited Trump Tower", which the model took for a person
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
        name = phrase(token)
        if lemma in lexicon.words("contact_vague_nouns"):
            name = described_phrase(token, name)
        its = next((c for c in token.children if c.dep_ == "poss" and c.lower_ == "its"), None)
        if its is not None:  # "the firm or its agents": the firm's agents; an owner not named says nothing
            org = organisation_before(its, self.index)
            if org is None:
                return None
            name = re.sub(r"\bits\b", f"{org}’s", name, count=1)
        word = next((c for c in token.children if c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS), None)
        owner = self.possessive_owner(word) if word is not None else None
        if word is not None and owner is None and word.lower_ in DEICTIC_POSSESSIVES:
            return None  # "your aides" in words to someone unnamed: whose aides is not said
        if owner is not None:  # "my aides" → "Roe’s aides", "his son" of a known he → "Dale’s son"
            name = re.sub(rf"\b{word.text}\b", f"{owner}’s", name, count=1)
        return Ref(name=name, is_group=plural)

    def named_group(self, token: Token) -> Ref | None:
        """"meet with the Senate intelligence committee … and with the committee": a bare "the" + group noun is the
        standing body named with that noun ("the Senate intelligence committee", "the city's ethics board") earlier
        in its sentence, or else the only one the article names with it anywhere."""
        if token.tag_ != "NN" or token.lemma_.lower() not in lexicon.words("institution_nouns") or \
                [c.lower_ for c in token.lefts] != ["the"]:
            return None
        for start, end in ((token.sent.start, token.i), (0, len(token.doc))):
            named = self.groups_named(token, start, end)
            if named:
                return named[0] if len(named) == 1 else None
        return None

    def groups_named(self, token: Token, start: int, end: int) -> list[Ref]:
        """The distinct groups named with the token's noun between token offsets `start` and `end`."""
        doc = token.doc
        named: dict[str, Ref] = {}
        for t in doc[start:end]:
            first = group_name_start(t) if t.lower_ == token.lower_ else None
            if first is None:
                continue
            org = self.index.org_at(t)
            ref = Ref(name=org.name, id=org.id, is_group=True) if org is not None and org.kind != "media" else \
                Ref(name=doc[first:t.i + 1].text, is_group=True)
            named.setdefault(ref.name.lower().removeprefix("the "), ref)
        return list(named.values())

    def relative(self, token: Token) -> Ref | None:
        """"Tamm's son", "his wife", "the mayor's son-in-law": a family noun owned by a known person is the one
        person the article names who fits: a relative stated in apposition ("Tamm's son, Dario Tamm"), else, for
        a relative who bears the family name, the one other person of that surname and gender."""
        noun = family_noun(token)
        owner = self.owner_of(token) if noun is not None and token.tag_ == "NN" else None
        if owner is None:
            return None
        gender, surname = lexicon.family_nouns()[noun]
        fits = self.stated_relatives(token.doc, noun, owner)
        if not fits and surname == "same":
            fits = [p for p in self.index.people if self.namesake_relative(p, owner, gender)]
        return self.index.ref(fits[0]) if len(fits) == 1 else None

    def owner_of(self, token: Token) -> Person | None:
        """The known person a noun's possessive names: "Tamm's", "the mayor's" (resolved), "his", "my"."""
        word = next((c for c in token.children if c.dep_ == "poss"), None)
        if word is None or word.lower_ in ("your", "our", "their", "its"):
            return None
        ref = self.quote_speaker(word) if word.lower_ == "my" else self.ref_for(word, allow_place=False)
        if ref is None or ref.id is None:
            return None
        return next((p for p in self.index.people if p.id == ref.id), None)

    def stated_relatives(self, doc: Doc, noun: str, owner: Person) -> list[Person]:
        """The people the article names as the owner's relative of that kind: "Tamm's son, Dario Tamm"."""
        found: dict[str, Person] = {}
        for t in doc:
            if family_noun(t) != noun:
                continue
            named = appositive_name(t, self.index)
            person = self.index.by_token.get(named.i) if named.i != t.i else None
            if person is not None and person.id != owner.id and self.owner_of(t) is owner:
                found[person.id] = person
        return list(found.values())

    def namesake_relative(self, person: Person, owner: Person, gender: str) -> bool:
        """Whether `person` may be the owner's relative of that gender by the family name alone: a full name with
        the owner's surname, not the owner written another way ("Donald Trump Jr." is not "Donald Trump")."""
        if person.id == owner.id or len(person.name.split()) < 2 or self.index.gender.get(person.id) != gender:
            return False
        mine, theirs = family_name(person.name), family_name(owner.name)
        return mine[1] == theirs[1] and (mine[0], mine[2]) != (theirs[0], theirs[2])

    def possessive_owner(self, word: Token) -> str | None:
        """Whose a "my" (the quotation's speaker), "your" (whom it is addressed to) or "his/her" (a known
        person) is."""
        if word.lower_ == "your":
            return next((q.addressee for q in self.quotes if q.addressee and q.start <= word.idx < q.end), None)
        ref = self.quote_speaker(word) if word.lower_ == "my" else self.ref_for(word, allow_place=False)
        return ref.name if ref is not None and (ref.id or word.lower_ == "my") else None

    def inner_speaker(self, opening: Token) -> Ref | None:
        """Who speaks a quotation within a quotation: the subject of the verb that introduces it ("He said,
        'I'm talking to X'" is he; "I should have said, 'I met X'" the outer speaker); none for "than saying"."""
        verb = next((t for t in reversed(opening.doc[opening.sent.start:opening.i]) if t.pos_ == "VERB"), None)
        found = subjects(verb) if verb is not None else []
        if not found or found[0].pos_ not in ("PRON", "PROPN"):
            return None
        if found[0].lower_ in FIRST_PERSON:
            return self.quote_speaker(found[0])
        return self.ref_for(found[0], allow_place=False)

    def quote_speaker(self, token: Token) -> Ref | None:
        """"I"/"me" inside a quotation is its speaker; inside a quotation within it, the one who says that
        ("… than saying, 'I have not met X,'" Roe said: nobody we know)."""
        opening = inner_quote_mark(token)
        if opening is not None:
            return self.inner_speaker(opening)
        at = token.idx
        for quote in self.quotes:
            if quote.speaker is not None and quote.start <= at < quote.end:
                return quote.speaker
        return None


    def turn_speaker(self, token: Token) -> Ref | None:
        """"I" in a transcript's turn, outside any quotation in it, is the turn's speaker."""
        if any(q.start <= token.idx < q.end for q in self.quotes):
            return None
        return self.index.turn_speaker(token.idx)


def organisation_before(its: Token, index: PeopleIndex) -> str | None:
    """The organisation an "its" stands for: the last one named before it in its sentence, not a news outlet."""
    for t in reversed(its.doc[its.sent.start:its.i]):
        org = index.org_at(t)
        if org is not None and org.kind != "media":
            return org.name
    return None


def naming_word(token: Token) -> bool:
    """A proper noun that names whose group it is ("Tamm", "Senate"), not where ("the U.S. election campaign")."""
    return token.pos_ == "PROPN" and token.ent_type_ not in ("GPE", "LOC", "NORP", "DATE")


def group_name_start(token: Token) -> int | None:
    """Where a group noun's name starts when it is named by a capitalised modifier or owner ("the Senate intelligence
    committee", "Tamm's panel"): its first such word; None for a noun with no name ("the committee")."""
    named = [c for c in token.lefts if c.dep_ in ("compound", "poss", "amod") and naming_word(c)]
    if named:
        return min(c.left_edge.i for c in token.lefts if c.dep_ in ("compound", "poss", "amod", "nmod"))
    doc = token.doc
    start = token.i  # "Senate committee chairman": the parser hangs both words on the last one
    while start > 0 and naming_word(doc[start - 1]) and doc[start - 1].dep_ == "compound":
        start -= 1
    return start if start < token.i else None


IN_LAW = ("-", "in", "-", "law")


def family_noun(token: Token) -> str | None:
    """The family noun headed by `token` ("son", "son-in-law", written as four tokens), if it is one."""
    doc = token.doc
    after = tuple(t.lower_ for t in doc[token.i + 1:token.i + 1 + len(IN_LAW)])
    noun = token.lower_ + "-in-law" if after == IN_LAW else token.lower_
    return noun if noun in lexicon.family_nouns() else None


def family_name(name: str) -> tuple[str, str, bool]:
    """A full name's given name, surname and whether it has a generation suffix ("Donald Trump Jr.")."""
    words = [w.lower() for w in name.replace(",", "").split()]
    suffixed = len(words) > 2 and words[-1] in SUFFIXES
    if suffixed:
        words = words[:-1]
    return words[0], words[-1], suffixed


def inner_quote_mark(token: Token) -> Token | None:
    """The opening single quotation mark of a quotation nested inside a double-quoted one around `token`
    (single marks alone are often a headline's or a British text's own quotation marks)."""
    doc = token.doc
    for i in range(token.i - 1, token.sent.start - 1, -1):
        mark = doc[i]
        if mark.text not in SINGLE_QUOTES:
            continue
        opening = (i == 0 or doc[i - 1].whitespace_ or doc[i - 1].is_punct) and not mark.whitespace_
        if not opening or mark.text == "’":
            return None
        doubles = [t for t in doc[token.sent.start:i] if double_quote(t)]
        return mark if len(doubles) % 2 == 1 else None
    return None


def double_quote(token: Token) -> bool:
    return token.is_quote and token.text not in SINGLE_QUOTES


def case_name(token: Token) -> bool:
    """A party of a cited court case ("Roe v. Wade"): the "v." joins two names into the case's name."""
    return any(t.text in CASE_MARKS for t in (*token.children, token.head))  # not "Sergey V. Lavrov"


def name_inside_entity(token: Token) -> Ref | None:
    """"The Boris Tamm Foundation … Tamm was questioned": an untagged capitalised word that the article writes
    elsewhere after a listed given name, inside an entity the model did not take for a person, is that
    person's surname."""
    if token.ent_type_ or not token.is_title or token.pos_ not in ("PROPN", "NOUN"):
        return None
    for ent in token.doc.ents:
        if ent.label_ == "PERSON" or ent.start <= token.i < ent.end:
            continue
        for given, word in zip(ent, ent[1:], strict=False):
            if word.text == token.text and given.is_title and lexicon.gender_of_first_name(given.text):
                return Ref(name=f"{given.text} {word.text}")
    return None


def holders_of(office: str) -> list[tuple[str, str]]:
    """(first day, holder) of each term of `office`, from data/heads_of_state.txt, in order."""
    return sorted(tuple(e.split(maxsplit=2)[1:]) for e in lexicon.words("heads_of_state") if e.split()[0] == office)


def holder_on(office: str, day: str) -> str | None:
    """Who held `office` on `day` (an ISO date, or its year and month)."""
    return next((name for start, name in reversed(holders_of(office)) if start <= day), None)


def mistyped_surname(token: Token) -> bool:
    """A one-word name the model tagged an organisation or a place here, which the article shows elsewhere to be a
    person's: tagged a person there, written after an honorific or a given name, or followed by "who"."""
    if token.ent_type_ not in ("ORG", "GPE", "LOC", "NORP", "PRODUCT") or not capitalised(token) or len(token) < 3 \
            or token.tag_ != "NNP":
        return False  # not "Russians", "Democrats": a plural is a group
    ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    if ent is None or len(ent) != 1 or token.lower_ in lexicon.media_names() \
            or token.lower_ in lexicon.words("org_name_words"):
        return False
    return token.text in person_words(token.doc)


@lru_cache(maxsize=4)
def person_words(doc: Doc) -> frozenset[str]:
    """One-word names the article writes as a person's somewhere: tagged PERSON, after "Mr."/"Ms." or a listed given
    name, or with a relative "who"."""
    honorifics = MALE_HONORIFICS | FEMALE_HONORIFICS
    out = set()
    for t in doc:
        if not capitalised(t) or t.tag_ != "NNP":
            continue
        before = doc[t.i - 1] if t.i > 0 else None
        if (t.ent_type_ == "PERSON" and (before is None or before.ent_type_ != "PERSON")
                and (t.i + 1 >= len(doc) or doc[t.i + 1].ent_type_ != "PERSON")) \
                or (before is not None and (before.lower_ in honorifics or lexicon.gender_of_first_name(before.text))) \
                or any(c.dep_ == "relcl" and any(w.lower_ in ("who", "whom") for w in c.children) for c in t.children):
            out.add(t.text)
    return frozenset(out)


def capitalised(token: Token) -> bool:
    """A capitalised word, not all capitals: "McFarland", not "FBI"."""
    return token.text[:1].isupper() and not token.text.isupper()


def acronym(token: Token) -> bool:
    """"the WHO": an organisation's capitals the tagger took for a pronoun."""
    return token.text.isupper() and len(token.text) > 1 and token.ent_type_ == "ORG"


def garbled(ref: Ref) -> bool:
    """A name run together with the link text of a scraped page ("Donald John TrumpGOP senators balk …"), or a
    section reference the model took for a name ("IV.B.3, supra, told the Office")."""
    person_only = not ref.is_group and (GLUED_NAMES.search(ref.name) or any(ch.isdigit() for ch in ref.name))
    return bool(REPEATED_NAME.search(ref.name) or person_only
                or (ref.id is not None and POSSESSIVE_INSIDE.search(ref.name)))


def other_given_name(token: Token, person: Person) -> str | None:
    """The full name written at `token` when its given name is not the resolved person's: the people index
    may fold two members of a family into one ("Ivanka Trump" into "Donald J. Trump")."""
    ent = next((e for e in token.doc.ents if e.start <= token.i < e.end and e.label_ == "PERSON"), None)
    if ent is not None:
        written = [w for w in ent.text.replace("’s", "").replace("'s", "").split() if w[:1].isupper()]
    else:  # the model missed the name: the capitalised compounds before the head word
        written = [c.text for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"
                   and c.i < token.i and c.text[:1].isupper() and c.lower_ not in lexicon.titles()] + [token.text]
    known = person.name.split()
    if len(written) < 2 or len(known) < 2 or written[-1].lower() != known[-1].lower().rstrip("."):
        return None
    mine, theirs = written[0].rstrip(".").lower(), known[0].rstrip(".").lower()
    if len(mine) < 3 or len(theirs) < 3 or mine.startswith(theirs) or theirs.startswith(mine):
        return None  # initials, nicknames written as prefixes ("Don" for "Donald")
    if any(mine == a.split()[0].lower() for a in person.aliases if a.split()):
        return None
    return " ".join(written)


def statement_noun_clause(clause: Token) -> bool:
    """The content clause of a noun of saying or alleging: "his claim that …", "X's testimony that …"."""
    noun = clause.head
    return clause.dep_ in ("acl", "ccomp") and noun.pos_ == "NOUN" and (
        noun.lemma_.lower() in lexicon.words("contact_speech_nouns")
        or noun.lemma_.lower() in lexicon.words("contact_hedge_nouns"))


def relative_antecedent(token: Token) -> Token:
    """"who" in "Flynn, who met Kislyak" stands for Flynn."""
    if token.lower_ in RELATIVE and token.head.dep_ == "relcl":
        noun = token.head.head
        last = [c for c in noun.children if c.dep_ == "conj" and c.i < token.i]
        if last and token.i > 1 and token.doc[token.i - 1].text == "," and token.i - 2 == last[-1].right_edge.i:
            return last[-1]  # "met A and B, whom he first met in 1994": the parser hangs B's relative clause on A
        if noun.dep_ == "attr" and noun.pos_ == "NOUN" and noun.head.lemma_ == "be":  # "X was the adviser who met Y": X
            return next((c for c in noun.head.children if c.dep_ == "nsubj"), noun)
        return noun
    if token.lower_ in RELATIVE and token.dep_ == "pobj" and token.head.head.dep_ == "relcl":
        return token.head.head.head  # "the professor with whom he met": the professor
    return token


def appositive_name(token: Token, index: PeopleIndex) -> Token:
    """"the Russian ambassador, Sergey Kislyak," / "Russia's President Vladimir Putin (L)": a description
    with a person's name in apposition is that person."""
    if token.ent_type_ == "PERSON" or token.i in index.by_token:
        return token
    if token.dep_ == "appos" and (token.head.ent_type_ == "PERSON" or token.head.i in index.by_token):
        return token.head  # "Clara Venn, the official with whom he met": Venn
    for child in token.children:
        if child.dep_ == "appos" and (child.ent_type_ == "PERSON" or child.i in index.by_token):
            return child
    named_after = comma_apposition(token)
    if named_after is not None and (named_after.ent_type_ == "PERSON" or named_after.i in index.by_token):
        return named_after
    found = office_holder_span(token, index)
    if found is not None and found[1] - 1 in index.by_token:
        return token.doc[found[1] - 1]  # "then-Irish Ambassador to the U.K. Peter Dolan": Dolan
    renamed = name_after_owner(token, index)  # after the holder: "chief of staff Ann Lee, spokesman Tom Roe"
    if renamed is not None:
        return renamed
    for named in (c for c in token.children if c.dep_ == "acl" and c.lemma_ in ("name", "call")):
        # "a man named Mike Roe", "a lawyer called Ann Lee"
        for child in named.children:
            if child.dep_ in ("oprd", "dobj", "attr") and (child.ent_type_ == "PERSON" or child.i in index.by_token):
                return child
    return token


OWNER_PREPS = {"of", "for", "to"}


def name_after_owner(token: Token, index: PeopleIndex) -> Token | None:
    """"a friend of Ann Lee, Tom Roe," / "an aide to Ann Lee, Tom Roe,": a second person's name set off after the
    description's own person, which the parser hangs on that person, renames the description (one person's name
    is no apposition to another's)."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in lexicon.role_nouns() | lexicon.words("contact_person_nouns"):
        return None
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in OWNER_PREPS):
        for owner in (c for c in prep.children if c.dep_ == "pobj" and c.i in index.by_token):
            for named in (c for c in owner.children if c.dep_ == "appos" and c.i in index.by_token):
                comma = named.doc[named.left_edge.i - 1] if named.left_edge.i > 0 else None
                if comma is not None and comma.text == "," and index.by_token[named.i] is not index.by_token[owner.i]:
                    return named
    return None


OFFICE_PLACE_PREPS = {"to", "of", "for", "in", "at"}


def office_holder_span(token: Token, index: PeopleIndex) -> tuple[int, int] | None:
    """"approached then-Irish Ambassador to the U.K. Peter Dolan": a title, its place, then the holder's name (token
    offsets of the name), however the parser attached the preposition (often to the verb) and the name (to the
    place, or run into it as one entity). "an aide to President Ann Lee" is not Lee: a title is no place."""
    doc = token.doc
    if token.i in index.by_token or token.lemma_.lower() not in lexicon.role_nouns() | lexicon.titles() \
            or token.i + 2 >= len(doc) or doc[token.i + 1].lower_ not in OFFICE_PLACE_PREPS:
        return None
    end = token.i + 2
    while end < len(doc) and (doc[end].pos_ == "PROPN" or doc[end].lower_ == "the") \
            and "\n" not in doc[end - 1].text_with_ws:
        end += 1
    start = next((i for i in range(token.i + 3, end - 1) if lexicon.gender_of_first_name(doc[i].text)
                  or index.by_token.get(i) is not None or index.person_named(doc[i:end].text)), None)
    if start is None or not all(capitalised(doc[i]) for i in range(start, end)):
        return None
    place = [t for t in doc[token.i + 2:start] if t.lower_ != "the"]
    if not place or any(t.lower_ in lexicon.titles() or t.lower_ in lexicon.role_nouns() for t in place):
        return None
    return start, end


def comma_apposition(token: Token) -> Token | None:
    """"met the campaign's national security chair, Senator Clara Venn, in July": a name set off by a comma right
    after a person noun, which the parser hung on the verb instead of on the noun, renames that noun."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in lexicon.role_nouns() | lexicon.words("contact_person_nouns"):
        return None
    end = max(t.i for t in token.subtree)
    doc = token.doc
    if end + 2 >= len(doc) or doc[end + 1].text != ",":
        return None
    ent = next((e for e in doc.ents if e.start in (end + 2, end + 3) and e.label_ == "PERSON"), None)
    if ent is None or any(not t.is_title for t in doc[end + 2:ent.start]):
        return None  # only a title may come before the name ("Senator")
    name = ent.root
    after = doc[ent.end] if ent.end < len(doc) else None
    closed = after is None or after.is_punct or after.lower_ == "of"
    # a name that is a subject, a conjunct or something's object is no apposition: "met the chair, Clara Venn said"
    return name if closed and name.dep_ in ("npadvmod", "appos", "dep") and name.head is not token else None


def clause_subject(token: Token) -> Token | None:
    """The logical subject of the nearest verb above `token`."""
    verb = clause_verb(token)
    return logical_subject(verb) if verb is not None else None


def clause_verb(token: Token) -> Token | None:
    """The nearest verb above `token`; a participle used as a preposition ("regarding", "following") is none."""
    verb = token.head
    for _ in range(8):
        if (verb.pos_ in ("VERB", "AUX") and verb.dep_ != "prep") or verb.head.i == verb.i:
            break
        verb = verb.head
    return verb if verb.pos_ in ("VERB", "AUX") else None


def logical_subject(verb: Token) -> Token | None:
    """Who does `verb`, active or passive, inherited through control, conjunction, gerunds and relative
    clauses ("Flynn, who was dismissed for lying …": Flynn lied)."""
    for _ in range(6):
        own = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if own:
            return relative_antecedent(own[0])
        head = verb.head
        if head.i == verb.i:
            return None
        if verb.dep_ in ("relcl", "acl"):
            return head  # "officials meeting with X"
        if verb.dep_ == "pcomp" and head.dep_ == "prep":
            objects = [c for c in head.head.children if c.dep_ == "dobj"]
            if head.lower_ in ("for", "with", "from") and objects:
                return objects[0]  # "fired Flynn for lying", "charged Flynn with lying": Flynn lied
            head = head.head
            if head.dep_ == "acomp":
                head = head.head  # "pleaded guilty to lying": the one who pleaded lied
        elif verb.dep_ == "xcomp":
            objects = [c for c in head.children if c.dep_ == "dobj"] + for_subject(head)
            if objects and (head.lemma_ in SUBJECT_CONTROL_BY_OBJECT or objects == for_subject(head)):
                return objects[0]
        elif verb.dep_ not in ("conj", "advcl"):
            return None
        if head.pos_ not in ("VERB", "AUX"):
            return None
        verb = head
    return None


def phrase(token: Token) -> str:
    """The noun phrase headed by `token`, without coordination, appositions or relative clauses."""
    # only the unbroken run of the phrase's words around its head: "Russia's ambassador and his misleading
    # of Pence about the meeting" keeps "Russia's ambassador" when "about the meeting" hangs on the head
    own = {t.i for t in name_tokens(token)}
    first = last = token.i
    doc = token.doc

    def joins(i: int) -> bool:  # in the phrase, or a hyphen inside a word ("high-level", "Kremlin-linked")
        if i in own:
            return True  # or quotation marks inside it ("a lawyer promising “dirt” on Clinton")
        inside = 0 < i < len(doc) - 1 and doc[i].is_punct and doc[i - 1].i in own and doc[i + 1].i in own
        return inside and ((not doc[i - 1].whitespace_ and not doc[i].whitespace_) or doc[i].is_quote)

    while first - 1 >= 0 and joins(first - 1) and "\n" not in doc[first - 1].text_with_ws:  # a line break ends it
        first -= 1
    while last + 1 < len(doc) and joins(last + 1) and "\n" not in doc[last].text_with_ws + doc[last + 1].text:
        last += 1
    kept = list(doc[first:last + 1])
    while kept and (kept[-1].is_punct or kept[-1].dep_ == "case"):
        kept.pop()
    while kept and (kept[0].is_punct or kept[0].lower_ in ("the", "a", "an")):
        kept.pop(0)
    if token.ent_type_ == "PERSON":  # "Ambassador to Canada Peter Dolan": the title's place is not in the name
        ent_start = next(e.start for e in doc.ents if e.start <= token.i < e.end)
        place = [t for t in kept if t.i < ent_start]
        if place and all(t.ent_type_ not in ("", "PERSON") and t.dep_ == "compound" for t in place):
            kept = [t for t in kept if t.i >= ent_start]
    if not kept:
        return token.text
    return doc[kept[0].i:kept[-1].i + 1].text


DESCRIBING_PREPS = {"with", "from", "of", "close"}
RELATIVE_OPENERS = {"who", "that", "whom", "which"}


def described_phrase(token: Token, name: str, longest: int = 12) -> str:
    """"a person with ties to Russian intelligence", "people who were Russian": a vague person noun named with the
    phrase or clause right after it that describes it (read on the surface: the parser often hangs "with ties"
    on the verb), when that is short; else as it stands."""
    doc = token.doc
    if not name.endswith(token.text):
        return name
    i = token.i + 1
    while i < len(doc) and doc[i].is_quote:
        i += 1
    if i >= len(doc):
        return name
    after = doc[i]
    relative = after.head.dep_ == "relcl" and after.head.head.i == token.i
    if after.dep_ == "prep" and any(t.tag_ in ("WP", "WDT", "WP$") for t in after.subtree):
        if not relative:
            return name
        end = after.head.right_edge.i  # "the person with whom he was meeting"
    elif after.dep_ == "prep" and after.lower_ in DESCRIBING_PREPS:
        end = after.right_edge.i
    elif after.lower_ in RELATIVE_OPENERS and (relative or after.head.dep_ == "acl" and after.head.head.i == token.i):
        end = after.head.right_edge.i
    elif after.dep_ == "acl" and after.head.i == token.i and after.tag_ == "VBN":  # "a person linked to X"
        end = after.right_edge.i
    else:
        return name
    start = next((k for k in range(token.i, max(token.i - longest, -1), -1) if doc[k:token.i + 1].text == name), None)
    if start is None or end - start >= longest:
        return name
    text = doc[start:end + 1].text.rstrip(" ,.;:?")
    if text.count("“") > text.count("”"):  # 'a person who could have “information helpful to the campaign,”'
        text = text + "”" if text.count("“") == text.count("”") + 1 and "”" in doc[end + 1:end + 3].text else text
    return text


def name_tokens(token: Token, top: bool = True) -> list[Token]:
    """The phrase's words: never its own conjuncts ("A and B"), but a coordination inside one of its
    modifiers is part of it ("investigators from the Senate and House committees")."""
    out = [token]
    for child in token.children:
        if child.dep_ == "prep" and (child.pos_ == "VERB" or child.lower_ in TOPIC_WORDS or circumstance(child)):
            continue  # "officials regarding the statement", "the professor about a meeting": a topic, no name
        if child.dep_ not in NOT_IN_NAME or (not top and child.dep_ in ("conj", "cc")):
            out.extend(name_tokens(child, top=False))
    return out


CIRCUMSTANCE_PREPS = {"in", "on", "at", "during"}  # not "organizers of the event", "officials from the session"


def circumstance(prep: Token) -> bool:
    """"the ambassador during the convention", "officials at the Mayflower Hotel", "a lawyer at a campaign
    event": when or where the contact was, which the parser hangs on the participant; "a lawyer at the
    firm" names where the person works and stays."""
    if prep.lower_ == "during":
        return True
    place = [c for c in prep.children if c.dep_ == "pobj"]
    if place and prep.lower_ in CIRCUMSTANCE_PREPS and dated(place[0]):
        return True  # "a lawyer in July", "the ambassador on two occasions": when they met, not who
    return prep.lower_ == "at" and bool(place) and (place[0].ent_type_ in ("FAC", "GPE", "LOC", "EVENT")
                                                    or place[0].lemma_.lower() in lexicon.words("contact_event_words"))


def dated(noun: Token) -> bool:
    """A prepositional object that says when: a date ("in May", "in Rome the following September") or a noun of
    occasion ("on two occasions", "on the sidelines of the summit")."""
    # a date hung on the object ("Rome the following September") counts, not one that modifies it ("the 2016 race")
    when = [noun] + [c for c in noun.children if c.dep_ in ("npadvmod", "appos", "tmod")]
    return noun.lemma_.lower() in lexicon.words("circumstance_nouns") or any(t.ent_type_ in ("DATE", "TIME")
                                                                           for t in when)


def coordinated(token: Token) -> list[Token]:
    """`token` and its conjuncts, including names the parser hung inside a relative clause or apposition
    ("Flynn, who resigned from the Council, Sessions and Kushner": Sessions is attached to Council)."""
    seen: list[Token] = []

    def visit(t: Token) -> None:
        if t in seen:
            return
        seen.append(t)
        for child in t.children:
            if child.dep_ == "conj" and not any(c.dep_ == "case" for c in child.children):
                visit(child)  # not a possessor the parser coordinated: "A and Trump's son" is not Trump
            elif child.dep_ == "appos" and is_name(t) and is_name(child) and any(
                    c.dep_ == "cc" for c in child.children):
                visit(child)  # "A, B and C" parsed with B as A's apposition: a name is no role of a name
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
    stranded = stranded_subject(verb)
    if stranded is not None:
        return coordinated(stranded)
    # a footnote number the parser took for a second subject ("622 The week before, Simes had informed X")
    own = [c for c in verb.children if c.dep_ == "nsubj"]
    for child in sorted(own, key=lambda c: c.like_num and len(own) > 1):
        if child.lower_ in RELATIVE and verb.dep_ == "relcl":
            return coordinated(relative_antecedent(child))
        return coordinated(child)
    if verb.dep_ == "relcl" and verb.tag_ == "VBG":  # "officials meeting with X"
        return coordinated(verb.head)
    if verb.dep_ == "acl" and to_infinitive(verb):  # "her decision to meet X": she would meet X
        # "an offer by Iran to negotiate": the noun's by-agent, as its possessor, is who would do it (not in "an
        # invitation by X for Y to meet": Y would)
        agents = prep_objects(verb.head, {"by"}) if not for_subject(verb.head) else []
        return ([c for c in verb.head.children if c.dep_ == "poss"] + agents)[:1]
    head = verb.head
    if head.i == verb.i:
        return []
    if verb.dep_ in ("xcomp", "advcl") and for_subject(head) and to_infinitive(verb):
        return coordinated(for_subject(head)[0])  # "arranged for Veselnitskaya to meet with X": she meets
    infinitive = verb.dep_ == "advcl" and to_infinitive(verb)
    if infinitive and head.lemma_ in SUBJECT_CONTROL_BY_OBJECT:  # "summoned X to meet him", parsed as a purpose
        objects = controllers(head)
        if objects:
            return coordinated(objects[0])
    if verb.dep_ == "xcomp":
        raised = [c for c in head.children if c.dep_ == "nsubjpass"]
        if raised and not any(c.dep_ == "nsubj" for c in head.children):
            return coordinated(raised[0])  # "Tamm is said to have met Venn"
        objects = controllers(head)
        if objects and head.lemma_ in SUBJECT_CONTROL_BY_OBJECT:
            return coordinated(objects[0])
        return subjects(head)
    if verb.dep_ in ("conj", "advcl") and head.pos_ in ("VERB", "AUX"):
        return subjects(head)
    if verb.dep_ == "pcomp":
        governor = head.head
        objects = [c for c in governor.children if c.dep_ == "dobj" and (is_name(c) or c.pos_ in ("PRON", "PROPN"))]
        if head.lower_ in ("from", "for") and objects:
            return coordinated(objects[0])  # "kept him from calling X", "thanked Lind for meeting X"
        if head.lower_ == "in" and objects and governor.lemma_.lower() in lexicon.words("contact_helping_verbs") \
                and governor.tag_ != "VBG":  # not "the matter of assisting me in informing X": a topic, no act
            return coordinated(objects[0])  # "asked X to assist him in meeting Y": he would meet Y
        if governor.pos_ == "ADJ" and governor.dep_ in ("acomp", "amod"):
            governor = governor.head  # "he would be open to negotiating with X"
        if governor.pos_ in ("VERB", "AUX"):
            return subjects(governor)
        if governor.pos_ == "NOUN" and head.lower_ in ("after", "before", "since", "following", "upon"):
            # "Dale's remarks after meeting with X": Dale met X; not "Dale's lawyer, of attending", "removed
            # from Dale's inquiry for exchanging messages with X", where the gerund's doer is someone else
            return [t for c in governor.children if c.dep_ == "poss" for t in coordinated(c)][:1]
    return []


def controllers(verb: Token) -> list[Token]:
    """Who is to do what `verb` asks: its object, or X of "calls on X to convene a group"."""
    return [c for c in verb.children if c.dep_ == "dobj"] + [
        o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("on", "upon") for o in p.children
        if o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME", "GPE", "LOC", "FAC", "EVENT")]  # not "on Friday"


def stranded_subject(verb: Token) -> Token | None:
    """"investigators working for Special Counsel X had met Y": the parser takes X, the object of a
    preposition it left without one, for the subject, and the words before for a clausal subject, whose own
    subject ("investigators") is the one who met Y."""
    clausal = [c for c in verb.children if c.dep_ == "csubj"]
    if not clausal or not any(c.dep_ == "nsubj" for c in verb.children):
        return None
    last = clausal[0].doc[clausal[0].right_edge.i]
    if last.dep_ != "prep" or any(c.dep_ == "pobj" for c in last.children):
        return None
    inner = [c for c in clausal[0].children if c.dep_ == "nsubj"]
    return inner[0] if inner else None


def to_infinitive(verb: Token) -> bool:
    """The verb has its infinitive marker: "to meet"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def for_subject(verb: Token) -> list[Token]:
    """The subject of a for-to infinitive: X in "arranged for X to meet Y" (parsed as a prep on the verb).
    Not a place: "left for New York to meet Y" is a destination and a purpose."""
    return [pobj for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "for"
            for pobj in prep.children if pobj.dep_ == "pobj" and pobj.ent_type_ not in ("GPE", "LOC", "FAC")]


def absolute_with(prep: Token, pobj: Token) -> bool:
    """"met Kislyak in his office with staffers present": a bare adjective after the noun makes the
    with-phrase a circumstance, not a participant."""
    if prep.lower_ != "with" or pobj.i + 1 >= len(pobj.doc):
        return False
    after = pobj.doc[pobj.i + 1]  # the parser hangs it on the noun (amod) or on the verb (advcl)
    return after.pos_ == "ADJ" and after.head in (pobj, prep.head) and not list(after.children)


def passive_agents(verb: Token) -> list[Token]:
    """"Kislyak was met by Gordon": the by-phrase."""
    return [t for agent in verb.children if agent.dep_ == "agent"
            for pobj in agent.children if pobj.dep_ == "pobj" for t in coordinated(owned_noun(pobj))]


def owned_noun(pobj: Token) -> Token:
    """"attended by Russia's then U.S. ambassador, Ivan Petrov": the parser took the possessor for the object
    and hung the noun it owns elsewhere; the object is that noun, the head of the words after the "'s"."""
    mark = next((c for c in pobj.children if c.dep_ == "case" and c.i == pobj.i + 1), None)
    doc = pobj.doc
    if mark is None or mark.i + 1 >= len(doc):
        return pobj
    for t in doc[mark.i + 1:min(mark.i + 6, len(doc))]:
        if t.is_punct or t.pos_ in ("VERB", "AUX", "ADP", "CCONJ"):
            return pobj
        if t.pos_ in ("NOUN", "PROPN") and not mark.i < t.head.i <= mark.i + 6:
            return t if t.head.i != pobj.i else pobj  # its head lies outside the run: it ends the phrase
    return pobj


def prep_objects(token: Token, preps: set[str]) -> list[Token]:
    """Objects of the prepositions `preps` on `token` ("with X", "to X"), coordinated."""
    out: list[Token] = []
    for prep in token.children:
        if prep.dep_ in ("prep", "dative") and prep.lower_ in preps:
            for pobj in prep.children:
                # "Flynn's call from Obama's": a possessive with nothing after it is another call, no side
                elliptic = any(c.dep_ == "case" for c in pobj.children) and pobj.i == prep.right_edge.i - 1
                if pobj.dep_ == "pobj" and not absolute_with(prep, pobj) and not elliptic:
                    out.extend(coordinated(owned_noun(pobj)))
        if prep.dep_ == "prt":  # "reach out to X": the particle's own preposition
            out.extend(prep_objects(prep, preps))
    return out
