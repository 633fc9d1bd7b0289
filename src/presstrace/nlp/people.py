"""People of one article: PERSON mentions merged into one entry per person, and the lookup that
turns any later mention (surname, first name, pronoun, role noun) back into that person.

Steps, each small:
1. name mentions: spaCy PERSON entities, cleaned (possessives, titles, trailing role nouns stripped), plus
   entities the small model mistypes (a known surname tagged ORG, a name after "Mr."/"Sen.");
2. merging: full names first, then surnames and first names onto the most mentioned full name;
3. roles (nlp/roles.py) from appositions, pre-modifiers and relative clauses;
4. role nouns used alone ("the spokesman") resolved to the person holding that role;
5. organisations, with media marked as such.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from presstrace.nlp import lexicon
from presstrace.nlp.transcript import Turn, find_turns, label_chars, speaker_labels, turn_at
from presstrace.record import Organization, Person, Ref, Role
from presstrace.record import Span as CharSpan

PRONOUNS = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}
SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}
POSSESSIVE = ("’s", "'s", "‘s", "’", "'")
FEMALE_HONORIFICS = {"mrs.", "mrs", "ms.", "ms", "miss"}
MALE_HONORIFICS = {"mr.", "mr"}
PERSON_LIKE = {"PERSON", "ORG", "NORP", "GPE", "LOC", "PRODUCT", "WORK_OF_ART", "FAC"}


def clean_name(text: str) -> str:
    # "Newt [Gingrich]": an editor's brackets are not part of the name; a soft hyphen ("Vladi\xadmir") is an
    # invisible break point of the page, not a letter
    text = " ".join(text.replace("[", " ").replace("]", " ").replace("\xad", "").split())
    for suffix in POSSESSIVE:
        if text.endswith(suffix):
            return text[: -len(suffix)].strip()
    return text


def name_key(name: str) -> str:
    """Surname key: last word, keeping a generation suffix apart (Trump / Trump Jr. differ)."""
    # curly and straight apostrophes are one letter: "D’Souza" is "D'Souza"
    words = name.lower().replace(",", "").replace("’", "'").split()
    if len(words) > 1 and words[-1] in SUFFIXES:
        return f"{words[-2]} {words[-1].rstrip('.')}"
    return words[-1] if words else ""


@dataclass
class PeopleIndex:
    """Who is who in one article. `person_for` / `person_at` are how every other component names a person."""

    people: list[Person] = field(default_factory=list)
    organizations: list[Organization] = field(default_factory=list)
    by_surname: dict[str, Person] = field(default_factory=dict)
    by_token: dict[int, Person] = field(default_factory=dict)  # token index -> person (names, role nouns)
    org_by_token: dict[int, Organization] = field(default_factory=dict)
    gender: dict[str, str] = field(default_factory=dict)  # person id -> "m" | "f"
    doc: Doc | None = None
    excluded: set[int] = field(default_factory=set)  # token indices inside quotations (no antecedents there)
    turns: list[Turn] = field(default_factory=list)  # a transcript's speaker turns (nlp/transcript.py)
    labels: list[tuple[int, int]] = field(default_factory=list)  # character spans of speaker labels ("SCHIFF:")
    quote_of: dict[int, int] = field(default_factory=dict)  # token index inside a quotation -> which quotation
    _chain: dict[int, Person | None] = field(default_factory=dict, repr=False)

    def person_for(self, span: Span) -> Person | None:
        """The person a name mention refers to (None for pronouns and unknown mentions)."""
        for token in span:
            person = self.by_token.get(token.i)
            if person is not None:
                return person
        return self.person_named(clean_name(span.text))

    def person_named(self, text: str) -> Person | None:
        """The person a written name refers to: its name or an alias, else the person of its surname. A
        surname alone may fold into the full name, another given name may not ("Ivanka Trump" is not
        "Donald Trump"; "D. Trump" is)."""
        for person in self.people:
            if text == person.name or text in person.aliases:
                return person
        person = self.by_surname.get(name_key(text)) if text else None
        words = [w for w in text.split() if w.lower() not in lexicon.titles() and w.lower() not in SUFFIXES]
        if person is not None and len(words) > 1 and not _same_given_name(words[0], person.name.split()[0]):
            return None
        return person

    def person_at(self, token: Token) -> Person | None:
        """The person a token refers to: a name, a resolved role noun, or a he/she pronoun."""
        person = self.by_token.get(token.i)
        if person is not None:
            return person
        gender = PRONOUNS.get(token.lower_)
        if gender is not None:
            return self.antecedent(token, gender)
        return None

    def surname_person(self, token: Token) -> Person | None:
        """"the Washington Post Trump said": a proper noun that is exactly a known person's surname, whatever entity
        the model put it in."""
        if token.pos_ != "PROPN" or not token.text[:1].isupper():
            return None
        return self.by_surname.get(name_key(clean_name(token.text)))

    def turn_speaker(self, at: int) -> Ref | None:
        """Who speaks at character `at` of a transcript, None outside its turns."""
        turn = turn_at(self.turns, at)
        return turn.speaker if turn is not None else None

    def in_label(self, token: Token) -> bool:
        """A word of a transcript's speaker label: it names who speaks, nobody spoken of."""
        return any(a <= token.idx < b for a, b in self.labels)

    def org_at(self, token: Token) -> Organization | None:
        return self.org_by_token.get(token.i)

    def antecedent(self, token: Token, gender: str | None) -> Person | None:
        """Nearest gender-compatible person before `token`, outside quotations: in the same sentence the
        closest mention, in earlier sentences the subject first, then the leftmost mention."""
        if self.doc is None:
            return None
        doc = self.doc
        sent = token.sent

        bound = self._relative_heads(token)
        turn = turn_at(self.turns, token.idx)
        floor = turn.start if turn is not None else -1  # a he/she in a transcript's turn looks back in the turn only

        def compatible(i: int) -> Person | None:
            person = self.by_token.get(i)
            if person is None or self._quoted_away(i, token) or person in bound or _speaker_label(doc[i]) \
                    or _credit_line(doc[i]) or doc[i].idx < floor:
                return None
            g = self.gender.get(person.id)
            return person if gender is None or g is None or g == gender else None

        speaker = self._relative_person(token)
        person = compatible(speaker.i) if speaker is not None else None
        if person is not None:
            return person
        owner = self._relative_owner(token)
        if owner is not None:
            owner_person = compatible(owner.i) if owner.pos_ != "PRON" else None
            if owner_person is not None:
                return owner_person
            if owner.pos_ == "PRON" and gender is not None and PRONOUNS.get(owner.lower_) == gender:
                return self._chained(owner, gender)
        # same sentence: a subject of the main clause first ("X praised Y ..., but he said"), then the closest
        # mention, leaving out mentions buried in a subordinate clause ("X told CNN that Y's ..., but he said")
        same = [(not _subject_like(self._name_head(i)), _depth(doc[i]), token.i - i)
                for i in range(sent.start, token.i) if compatible(i) is not None]
        if not same:
            later = self._cataphora(token, compatible)
            if later is not None:
                return later
        if same:
            best = min(same)
            if best[0] and gender is not None:
                # no name is a subject ("On Sunday, he appeared at a Smith rally where he pledged"): an earlier
                # same-gender subject pronoun carries the chain on, not a name used as a modifier
                chain = [i for i in range(sent.start, token.i) if not self._quoted_away(i, token)
                         and doc[i].dep_ in ("nsubj", "nsubjpass") and PRONOUNS.get(doc[i].lower_) == gender]
                if chain:
                    person = self._chained(doc[chain[0]], gender)
                    if person is not None:
                        return person
            if self._modifier_of_role_subject(doc[token.i - best[2]]):
                return None  # "The attorney general, a former Dale campaign adviser, insisted he …": not Dale
            if self._owner_of_relative_subject(doc[token.i - best[2]], token, gender):
                return None  # "Dale's eldest son said his trip …": the son's trip, not Dale's
            return compatible(token.i - best[2])
        start = sent.start
        for _ in range(6):  # look back a few sentences only
            if start <= 0 or doc[start - 1].idx < floor:
                break
            prev = doc[start - 1].sent
            # subjects first (a name, or a same-gender pronoun that continues a chain), then names; of two
            # subjects the main clause's ("After Roe spoke, Lee said ...": Lee), not one in a fronted clause
            hits = []
            for i in range(prev.start, prev.end):
                if self._quoted_away(i, token):
                    continue
                subject = doc[i].dep_ in ("nsubj", "nsubjpass")
                if compatible(i) is not None:
                    hits.append((self._prominence(i), _depth(doc[i]), i))
                elif subject and gender is not None and PRONOUNS.get(doc[i].lower_) == gender:
                    hits.append((0, _depth(doc[i]), i))
                elif self._role_subject(i, gender):
                    hits.append((0, _depth(doc[i]), i))
            if hits:
                best = min(hits)[-1]
                return compatible(best) or self._chained(doc[best], gender)
            start = prev.start
        return None

    def _quoted_away(self, i: int, token: Token) -> bool:
        """Token `i` is inside a quotation that does not hold `token`: a name in someone's words is no antecedent
        for the narrative, but within one quotation ("Lee thought she would win, so when he was told …") it is."""
        return i in self.excluded and self.quote_of.get(i) != self.quote_of.get(token.i, -1)

    def _relative_heads(self, token: Token) -> list[Person]:
        """"Kelly, whom he accuses of bias": the subject of a relative clause on a person (one whose relative
        pronoun is the object) is someone else than that person. Deeper down it may be the same one ("Roe, whom
        Lee fired on the grounds that he lied")."""
        verb = token.head
        if token.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "relcl":
            return []
        person = self.by_token.get(verb.head.i)
        return [person] if person is not None else []

    def _name_head(self, i: int) -> Token:
        """The last word of the name token `i` is part of ("Jeff" in "Jeff Sessions" → "Sessions")."""
        person, t = self.by_token.get(i), self.doc[i]
        while t.dep_ in ("compound", "flat") and self.by_token.get(t.head.i) is person and t.head.i != t.i:
            t = t.head
        return t

    def _modifier_of_role_subject(self, token: Token) -> bool:
        """A name modifying a noun in the phrase of an unnamed role-noun subject ("The attorney general, a former
        Dale campaign adviser,"): the subject, not the name, is who a he/she of the clause continues."""
        t = self._name_head(token.i)
        if t.dep_ != "compound" or t.head.pos_ != "NOUN" or t.head.i in self.by_token:
            return False
        subject = next((a for a in t.ancestors if a.dep_ in ("nsubj", "nsubjpass")), None)
        return subject is not None and subject.i not in self.by_token and \
            subject.lemma_.lower() in lexicon.role_nouns()

    def _owner_of_relative_subject(self, name: Token, token: Token, gender: str | None) -> bool:
        """"Dale's eldest son said there was more to his trip": a he/his in the clause of an unnamed family-relation
        subject owned by a name is that relative (of a fitting gender), not the owner."""
        t = self._name_head(name.i)
        subject = t.head
        relation = lexicon.family_nouns().get(subject.lemma_.lower())
        if t.dep_ != "poss" or subject.dep_ not in ("nsubj", "nsubjpass") or subject.i in self.by_token \
                or relation is None:
            return False
        if gender is not None and relation[0] != gender:
            return False  # "Dale's wife said he …": Dale
        return token.i > subject.i and token.i in {w.i for w in subject.head.subtree}

    def _relative_person(self, token: Token) -> Token | None:
        """"Flynn, who resigned after it emerged he had misled Pence": a he/she subject or owner in a clause below
        a who-clause on a person is that person (the main clause's subject is someone else)."""
        clause = token.head
        for _ in range(8):
            if clause.dep_ == "relcl":
                break
            if clause.head.i == clause.i:
                return None
            clause = clause.head
        else:
            return None
        verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is None or verb.i == clause.i or token.dep_ not in SUBJECT_OR_OWNER:
            return None  # in the who-clause itself ("Berg, who thanked him for his help") it may be anyone
        who = any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "who" for c in clause.children)
        return clause.head if who and clause.head.i in self.by_token else None

    def _relative_owner(self, token: Token) -> Token | None:
        """"Dale's trip to Oslo, where he met X": the subject of a relative clause on a possessed thing is its
        owner (the main clause's subject, "Moss called for an inquiry into …", is someone else)."""
        verb = token.head
        if token.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "relcl":
            return None
        noun = verb.head
        while not any(c.dep_ == "poss" for c in noun.children) and noun.dep_ == "pobj" \
                and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("NOUN", "PROPN"):
            noun = noun.head.head  # "trip to Oslo, where": the clause hangs on the place
        if noun.i in self.by_token:
            return None  # a relative on a person: _relative_heads
        return next((c for c in noun.children if c.dep_ == "poss"), None)

    def _cataphora(self, token: Token, compatible) -> Person | None:
        """"As she pressed him on whether he met X, Roe paused": a he/she in a clause fronted before the main
        clause, with no name before it in the sentence, looks ahead to the main clause's named subject."""
        clause = token
        while clause.head.i != clause.i and clause.head.dep_ != "ROOT":
            clause = clause.head
        root = clause.head
        if clause.dep_ != "advcl" or root.i == clause.i or clause.right_edge.i >= root.i:
            return None
        subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.i < clause.right_edge.i:
            return None
        return compatible(subject.i)

    def _prominence(self, i: int) -> int:
        """How likely a name in an earlier sentence is the topic a later he/she continues: its subject (0),
        the agent of a passive ("was supported by Sen. Jane Roe", 1), the owner of the subject ("Roe's
        article attacked X", 2), anything else (3)."""
        t = self._name_head(i)
        if _subject_of_attributed_clause(t):
            return 1  # "Trump, Sexton said, has created a zone. ... he said": Sexton speaks, Trump is spoken of
        # "Another pollster, David Woodard, said": a name in apposition to the subject is the subject
        if t.dep_ in ("nsubj", "nsubjpass") or t.dep_ == "appos" and t.pos_ == "PROPN" \
                and t.head.dep_ in ("nsubj", "nsubjpass"):
            return 0
        if t.dep_ == "pobj" and t.head.dep_ == "agent":
            return 1
        # the owner of the main clause's subject only, not of a subject buried in a complement
        if t.dep_ == "poss" and t.head.dep_ in ("nsubj", "nsubjpass") and t.head.i not in self.by_token \
                and t.head.head.dep_ == "ROOT":
            return 2
        return 3

    def _role_subject(self, i: int, gender: str | None) -> bool:
        """An unresolved definite role-noun subject ("The Florida senator sought ...", "the 57-year-old
        scientist says", "the Kentucky Republican dismissed"): it carries a pronoun chain back to the person it
        describes, like a pronoun, rather than letting a name in a lesser position of its sentence ("... speeches
        for Cruz") take the pronoun."""
        t = self.doc[i]
        # a party member named by party ("the Kentucky Republican") works like a role noun
        partisan = t.ent_type_ == "NORP" and t.tag_ == "NNP"
        if t.dep_ not in ("nsubj", "nsubjpass") or not (t.pos_ == "NOUN" and t.tag_ == "NN" or partisan) \
                or not (t.lower_ in lexicon.role_nouns() or t.lemma_.lower() in lexicon.role_nouns() or partisan):
            return False
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") or c.dep_ == "poss" for c in t.children):
            return False
        # "The campaign manager, Jeff Weaver, said": the name in the phrase is the antecedent; not a name that only
        # modifies a word of it ("The commentator and Roe supporter")
        if any(w.i in self.by_token and self._name_head(w.i).dep_ != "compound" for w in t.subtree) \
                or (t.i + 1 < len(self.doc) and self.doc[t.i + 1].is_punct and t.i + 2 in self.by_token):
            return False
        return not (gender == "m" and t.lower_ in FEMALE_ROLE_WORDS or gender == "f" and t.lower_ in MALE_ROLE_WORDS)

    def _chained(self, token: Token, gender: str | None) -> Person | None:
        """The antecedent of a pronoun that is itself the antecedent ("he noted ... He said")."""
        key = token.i
        if key not in self._chain:
            self._chain[key] = None  # guards against cycles
            self._chain[key] = self.antecedent(token, gender)
        return self._chain[key]

    def ref(self, person: Person) -> Ref:
        return Ref(name=person.name, id=person.id)

    def organization_named(self, name: str) -> Organization | None:
        low = name.lower()
        for org in self.organizations:
            if org.name.lower() == low or low in (a.lower() for a in org.aliases):
                return org
        return None


SUBJECT_OR_OWNER = {"nsubj", "nsubjpass", "poss"}
SUBORDINATE = {"ccomp", "advcl", "relcl", "acl", "xcomp", "pcomp", "parataxis"}


def _subject_like(t: Token) -> bool:
    """A subject, or a name the parser made the root of a sentence whose verb comes later ("Rep. Dale Roe
    (R-Ohio), chairman of ..., didn't ..."): an aside after the name made the parser lose the clause."""
    if t.dep_ in ("nsubj", "nsubjpass"):
        return True
    return t.dep_ == "ROOT" and t.pos_ == "PROPN" and any(w.pos_ in ("VERB", "AUX") and w.i > t.i for w in t.children)


def _subject_of_attributed_clause(t: Token) -> bool:
    """The subject of a clause with a parenthetical attribution ("Trump, Sexton said, has created ..."): what
    the clause says is someone's report, so its subject is not the one a later he/she continues. The parser
    hangs that subject on the clause's verb or on the parenthetical verb, before the latter's own subject."""
    if t.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = t.head
    if _attribution_aside(verb):
        return any(s.dep_ == "nsubj" and t.i < s.i < verb.i for s in verb.children)
    return any(_attribution_aside(c) for c in verb.children)


def _attribution_aside(verb: Token) -> bool:
    """"…, Sexton said, …": a speech verb with a subject set off inside another clause."""
    return verb.dep_ == "parataxis" and verb.lemma_.lower() in lexicon.speech_verbs() \
        and any(s.dep_ == "nsubj" for s in verb.children)


def _speaker_label(token: Token) -> bool:
    """"Richard Roe" alone on its line, in an interview transcript, names who speaks next; the he/she of
    the answer is someone else."""
    start = token.left_edge.i
    while start > 0 and token.doc[start - 1].pos_ == "PROPN" and "\n" not in token.doc[start - 1].text_with_ws:
        start -= 1
    end = token.i + 1
    while end < len(token.doc) and token.doc[end].pos_ == "PROPN":
        end += 1
    line = token.doc[start:end]
    before = start == 0 or "\n" in token.doc[start - 1].text_with_ws
    # a space token ends the line only with a line break in it: "Ann Roe\xa0said" goes on
    after = end >= len(token.doc) or token.doc[end].is_space and "\n" in token.doc[end].text \
        or "\n" in line[-1].whitespace_ or (
        token.doc[end].text == ":" and "\n" in token.doc[end].text_with_ws)
    return before and after and all(t.pos_ == "PROPN" for t in line)


def _credit_line(token: Token) -> bool:
    """"Ann Roe and Dan Kell contributed to this report": a name in the staff credit of the story
    (data/credit_verbs.txt), or after "reporting by"."""
    sent = token.sent
    # asked for every name a he/she might stand for: each sentence is read once
    credits = token.doc.user_data.setdefault("credit_sentences", {})
    if sent.start not in credits:
        credits[sent.start] = any(t.lemma_.lower() in lexicon.words("credit_verbs") for t in sent) and \
            any(t.lower_ in ("report", "reporting", "story", "article") for t in sent)
    return credits[sent.start] or any(t.lower_ == "reporting" and t.nbor(1).lower_ == "by"
                                      for t in sent[:-1] if t.i < token.i)


def _same_given_name(written: str, known: str) -> bool:
    """"Donald" or "D." for Donald; not "Ivanka"."""
    written, known = written.rstrip(".").lower(), known.rstrip(".").lower()
    return written == known or (len(written) == 1 and known.startswith(written))


def _depth(token: Token) -> int:
    """How many subordinate clauses a token is buried in (its head chain's clause edges)."""
    depth, t = 0, token
    for _ in range(20):
        if t.head.i == t.i:
            break
        if t.dep_ in SUBORDINATE:
            depth += 1
        t = t.head
    return depth


# lower-case words that belong inside names ("Bill de Blasio", "Osama bin Laden")
NAME_PARTICLES = {"de", "la", "le", "du", "da", "di", "del", "della", "van", "von", "der", "den", "ten", "bin", "al",
                  "ibn", "y", "st.", "mc"}
# words that join two names in one entity ("Cruz and Rubio") or end a name in a credit ("X / Reuters")
NAME_BREAKS = {"and", "&", ",", "/", "—", "–", "-", "|", ";", "or"}


def _name_spans(ent: Span) -> list[Span]:
    """The names in a PERSON entity: no leading titles or "By"/"a"/"and", no trailing role nouns or
    possessive; a coordination ("Cruz and Rubio") or a credit ("John Moore / Getty") split into its parts."""
    doc = ent.doc
    start, end = ent.start, ent.end
    while start < end and doc[start].is_space:
        start += 1
    while end > start and doc[end - 1].is_space:
        end -= 1
    if end - start == 1:  # only a bare surname lacks its given name ("Vermonter Bernie Sanders" is no name)
        start = _given_name_before(doc, start, end)
    # "Obama’s agenda", "Trump assured Jones": a possessive or a lower-case verb ends the name
    for t in doc[start:end]:
        if t.i > start and (t.text in POSSESSIVE[:3] or (t.is_lower and t.is_alpha and t.lower_ not in NAME_PARTICLES
                                                           and t.lower_ not in NAME_BREAKS)):
            end = t.i
            break
    parts, lo = [], start
    for t in doc[start:end]:
        if t.text == "/":  # a photo credit: "John Moore / Getty Images"
            end = t.i
            break
        # a dash inside a hyphenated name ("Wasserman-Schultz") has no space around it
        dash = t.text in ("-", "—", "–") and (t.whitespace_ or doc[t.i - 1].whitespace_) if t.i > 0 else False
        if t.lower_ in NAME_BREAKS and (t.text not in ("-", "—", "–") or dash):
            parts.append((lo, t.i))
            lo = t.i + 1
    parts.append((lo, end))
    out = []
    for lo, hi in parts:
        span = _trim_name(doc, lo, hi)
        if span is not None:
            out.append(span)
    return out


def _name_word(text: str) -> bool:
    """A capitalised word of letters, possibly with apostrophes, hyphens or periods ("D’Souza", "J.D.")."""
    return text[:1].isupper() and any(c.isalpha() for c in text[1:] or text) \
        and all(c.isalpha() or c in "'’-." for c in text)


def _given_name_before(doc: Doc, start: int, end: int) -> int:
    """"Ivanka Trump" tagged as "Trump" only: an untagged capitalised given name written just before the
    entity and attached to it belongs to the name (so that a different given name is never lost)."""
    skip = lexicon.titles() | lexicon.role_nouns() | lexicon.media_names()
    for _ in range(2):
        t = doc[start - 1] if start > 0 else None
        # "Natalia" is sometimes tagged a place: a given name from our lists is written as one
        mistyped = t is not None and t.ent_type_ in ("GPE", "LOC", "NORP") and lexicon.gender_of_first_name(t.text)
        if (t is None or (t.ent_iob_ != "O" and not mistyped) or t.pos_ != "PROPN" or t.dep_ != "compound"
                or not start <= t.head.i < end or not t.is_title or t.lower_ in skip or _leading_gerund(t)):
            break
        start -= 1
    return start


# words shaped like an occupation or office ("Comedian", "Recorder", "Ranking", "Committeeman", "Advocate"),
# unlike given names such as "Michaela" or initials such as "J."
TITLE_LIKE = re.compile(r"^[A-Z][a-z]{3,}(?:er|or|ian|ist|man|ing|ant|ent|ate|ies|ive|crat|ity)$")


def _trim_name(doc: Doc, start: int, end: int) -> Span | None:
    titles = lexicon.titles()
    roles = lexicon.role_nouns()
    while start < end and (doc[start].lower_ in titles or doc[start].lower_ in roles or doc[start].is_punct
                           or doc[start].lower_ in ("the", "a", "an", "by", "and") or doc[start].is_space
                           or (_leading_gerund(doc[start]) and start + 1 < end)):
        start += 1
    # "Rtskhiladze 5/10/18 302": a citation's date and document number run into the name, which ends there
    end = next((i for i in range(start, end) if any(ch.isdigit() for ch in doc[i].text)), end)
    while end > start and ((doc[end - 1].lower_ in roles and not _surname_after_given_name(doc, start, end))
                           or doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].text in POSSESSIVE):
        end -= 1
    # "Comedian Sarah Silverman", "Ranking Democrat Dianne Feinstein", "Show Hide Jane Roe": words before a
    # listed given name that are not given names themselves are a title the lists do not know, or page text
    for i in range(start + 1, min(end - 1, start + 4)):
        if doc[i].is_title and lexicon.gender_of_first_name(doc[i].text) and doc[i + 1].text != "-" \
                and doc[i].lower_ not in NAME_PARTICLES and all(_not_a_name(doc[j]) for j in range(start, i)):
            start = i
            break
    if start >= end:
        return None
    span = doc[start:end]
    # "D'Souza" is not is_alpha, but it is a capitalised word
    if "\n" in span.text or not any(_name_word(t.text) for t in span):
        return None
    # "Trump Tower", "Priorities USA": an organisation's last word, or an acronym after a mixed-case word
    last = span[-1]
    if len(span) > 1 and (last.lower_ in lexicon.words("org_name_words") or last.is_upper and len(last.text) > 1
                          and last.lower_.rstrip(".") not in SUFFIXES and not all(t.is_upper for t in span)):
        return None
    return span


def _not_a_name(token: Token) -> bool:
    """A word before a given name that cannot be part of the name: shaped like an office ("Comedian"), or page
    text."""
    return bool(TITLE_LIKE.search(token.text)) and not lexicon.gender_of_first_name(token.text) or _page_word(token)


def _page_word(token: Token) -> bool:
    """A word in a name's place that is no name: not written as one ("CLOSE", "’s"), an ordinary word the article
    writes in lower case too ("Show"), an outlet; never a given name, initials or a particle ("de")."""
    if lexicon.gender_of_first_name(token.text) or re.fullmatch(r"(?:[A-Z]\.)+", token.text) \
            or token.lower_ in NAME_PARTICLES:
        return False
    shouted = token.is_upper and len(token.text) > 2  # "KT McFarland": two capitals are initials
    # a soft hyphen ("Vladi\xadmir") is an invisible break point inside a word, not another character
    return not _name_word(token.text.replace("\xad", "")) or shouted or token.lower_ in _lower_case_words(token.doc) \
        or token.lower_ in lexicon.media_names()


def _page_words_dropped(mentions: list[Span]) -> list[Span]:
    """"Background Roe is a lawyer", "| Getty Roe breaks his silence": words run into a surname that the article
    names in other mentions too, none of them a given name or a name at all, are page text before the name."""
    keys: dict[str, int] = {}
    for m in mentions:
        keys[name_key(clean_name(m.text))] = keys.get(name_key(clean_name(m.text)), 0) + 1
    out = []
    for m in mentions:
        start = m.start
        while start < m.end - 1 and _page_word(m.doc[start]):
            start += 1
        key = name_key(clean_name(m.text))
        rest = m.doc[start:m.end]
        m = rest if start > m.start and keys[key] > 1 and name_key(clean_name(rest.text)) == key else m
        out.append(_page_words_after(m, keys))
    return out


def _page_words_after(m: Span, keys: dict[str, int]) -> Span:
    """"Donald Trump Jr Show", "Obama Speech": page words run onto the end of a name the article writes
    elsewhere without them."""
    end = m.end
    while end > m.start + 1 and (_page_word(m.doc[end - 1]) or _nationality(m.doc[end - 1])) \
            and m.doc[end - 1].lower_.rstrip(".") not in SUFFIXES:
        end -= 1
    rest = m.doc[m.start:end]
    return rest if end < m.end and keys.get(name_key(clean_name(rest.text)), 0) > 0 else m


def _nationality(token: Token) -> bool:
    """"Russian" in a caption's "Natalia Veselnitskaya Russian lawyer": a word the article uses as a
    nationality adjective elsewhere (the model's NORP also holds surnames, as nouns: "Bannon")."""
    if "nationality_words" not in token.doc.user_data:
        token.doc.user_data["nationality_words"] = {t.lower_ for e in token.doc.ents if e.label_ == "NORP"
                                                    for t in e if t.tag_ == "JJ"}
    return token.lower_ in token.doc.user_data["nationality_words"]


def _lower_case_words(doc: Doc) -> set[str]:
    if "lower_case_words" not in doc.user_data:
        doc.user_data["lower_case_words"] = {t.text for t in doc if t.is_lower and t.is_alpha}
    return doc.user_data["lower_case_words"]


def _surname_after_given_name(doc: Doc, start: int, end: int) -> bool:
    """"Erik Prince", "Larry King": a capitalised role word right after a given name is a surname."""
    last = doc[end - 1]
    return end - 1 > start and last.is_title and bool(lexicon.gender_of_first_name(doc[end - 2].text))


def _leading_gerund(token: Token) -> bool:
    """"Preparing Trump for an interview …": a sentence's first word in -ing that no name list knows (the
    small model often tags it a proper noun); only before another word of the name ("Manning said" stays)."""
    gerund = token.tag_ == "VBG" or (token.text.endswith("ing") and len(token.text) > 5 and token.text.isalpha())
    return token.is_sent_start and gerund and not lexicon.gender_of_first_name(token.text)


def _junk_single(span: Span, surnames: set[str]) -> bool:
    """A one-word "name" that is not a person: a platform or outlet ("Twitter"), an acronym or a shouted
    headline word ("FBN", "OBAMA"), a plural ("Clintons", "Hackers"), a verb or adjective the model
    mistyped ("Conceding", "pro-Cruz"), or the first half of a hyphenated compound ("Glass-Steagall").
    A known surname is kept whatever its tag ("Trump" is sometimes a NOUN)."""
    if len(span) != 1:
        return False
    t = span[0]
    if t.lower_.rstrip(".") in SUFFIXES:
        return True  # "Jr." left alone by a line break in a scraped page
    if name_key(clean_name(t.text)) in surnames:
        return False
    doc = t.doc
    if t.i > 0 and doc[t.i - 1].lower_ == "the":
        return True  # "The Scotsman reports": a one-word name with the article is a title, not a person
    hyphen = t.i + 1 < len(doc) and doc[t.i + 1].text in ("-", "–") and not t.whitespace_
    # "Kazakh", "Clarkston": tagged a place or a nationality elsewhere in the article at least as often
    labels = [e.label_ for e in doc.ents if e.text == t.text]
    if sum(lab in ("GPE", "LOC", "NORP", "FAC") for lab in labels) >= labels.count("PERSON") > 0:
        return True
    return (t.lower_ in lexicon.media_names() or (t.is_upper and len(t.text) > 1) or t.tag_ in ("NNS", "NNPS")
            or t.pos_ in ("VERB", "ADJ", "ADV", "AUX") or t.lower_ in lexicon.titles() or t.lower_ in
            lexicon.role_nouns() or not t.text[:1].isupper() or hyphen)


ADJECTIVE_TITLES = {"former", "vice", "prime", "then"}


def _person_like(ent: Span, surnames: set[str]) -> Span | None:
    """A non-PERSON entity that is really a person: a known surname, or a name after an honorific."""
    start, end = ent.start, ent.end
    while start < end and ent.doc[start].is_space:
        start += 1
    while end > start and ent.doc[end - 1].is_space:
        end -= 1
    if start >= end:
        return None
    span = ent = ent.doc[start:end]
    owned = _name_after_possessive(ent)
    if owned is not None:
        return owned
    # "Trump’s Middle East" (ORG): the part before the possessive
    for t in ent:
        if t.text in POSSESSIVE and t.i > ent.start:
            span = ent.doc[ent.start:t.i]
            break
    if span[0].lower_ == "the" or "\n" in span.text:
        return None
    if name_key(clean_name(span.text)) in surnames and len(span) <= 3:
        return span
    # "Nadia Petrova, who served as ...": "who" is only said of people
    if any(c.dep_ == "relcl" and any(w.lower_ in ("who", "whom") for w in c.children) for c in span.root.children) \
            and media_kind(span.text) != "media" and len(span) >= 2:
        return span
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    # "Sen. Whitfield" is a person, "Former Florida Gov. Jeb Bush" does not make "Florida" one
    if before is not None and before.lower_ in lexicon.titles() and before.lower_ not in ADJECTIVE_TITLES \
            and before.text[0].isupper() and ent.label_ not in ("GPE", "NORP", "LOC"):
        return span
    return None


def _name_after_possessive(ent: Span) -> Span | None:
    """"Fox News’ Bret Baier", "the Ledger's Ian Holt" tagged as one organisation: after the possessive of an
    outlet comes a person's name (two or three capitalised words), after that of another owner a name that
    opens on a listed given name ("Ohio's Jane Roe", not "Ohio's Supreme Court")."""
    mark = next((t.i for t in ent if t.text in POSSESSIVE and t.i > ent.start), None)
    if mark is None or not 2 <= ent.end - mark - 1 <= 3:
        return None
    name = ent.doc[mark + 1:ent.end]
    outlet = media_kind(ent.doc[ent.start:mark].text) == "media"
    if not (outlet or lexicon.gender_of_first_name(name[0].text)) or not all(_name_word(t.text) for t in name):
        return None
    return name


def _untagged_names(doc: Doc, mentions: list[Span]) -> list[Span]:
    """Capitalised names the model left untagged but whose context says "person": an apposition headed
    by a role noun ("Walid Phares, Trump's adviser,") or the subject of a speech verb ("Phares said")."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    taken |= {i for e in doc.ents if e.label_ in ("GPE", "LOC", "NORP", "DATE", "TIME", "FAC", "EVENT", "LAW")
              for i in range(e.start, e.end)}
    taken |= {i for e in doc.ents if e.label_ == "ORG" and media_kind(e.text) == "media" for i in range(e.start, e.end)}
    out = []
    roles, speech = lexicon.role_nouns(), lexicon.speech_verbs()
    for t in doc:
        if t.pos_ != "PROPN" or t.i in taken or t.dep_ == "compound" or not t.text[:1].isupper():
            continue
        start = t.i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound" \
                and doc[start - 1].i not in taken and doc[start - 1].text[:1].isupper() and t.i - start < 2:
            start -= 1
        if doc[start].lower_ in lexicon.titles():
            start += 1
        if start > t.i or doc[start:t.i + 1].text.lower() in lexicon.media_names():
            continue
        # "the Daily Ledger reports": a proper name with an article is a publication or an institution
        if start > 0 and doc[start - 1].lower_ == "the":
            continue
        appos_role = any(c.dep_ == "appos" and (c.lower_ in roles or c.lemma_.lower() in roles) for c in t.children)
        says = t.dep_ == "nsubj" and t.head.lemma_.lower() in speech and t.i - start >= 1
        if appos_role or says:
            out.append(doc[start:t.i + 1])
    return out


def _inverted_names(names: set[str]) -> dict[str, str]:
    """Two-word names written both ways, mapped from the inverted form to the natural one: the natural
    one starts with a listed given name, the inverted one does not."""
    out = {}
    for name in names:
        words = name.split()
        if len(words) != 2 or f"{words[1]} {words[0]}" not in names:
            continue
        if lexicon.gender_of_first_name(words[1]) and not lexicon.gender_of_first_name(words[0]):
            out[name] = f"{words[1]} {words[0]}"
    return out


def _untagged_surnames(doc: Doc, mentions: list[Span], known: set[str]) -> list[Span]:
    """A known surname the model did not tag at all ("Kislyak said", "Footage of Al-Awlaki")."""
    tagged = {i for m in mentions for i in range(m.start, m.end)} | {i for e in doc.ents for i in range(e.start, e.end)}
    skip = lexicon.titles() | lexicon.role_nouns() | lexicon.media_names()
    out = []
    for t in doc:
        if t.i in tagged or not _name_word(t.text):
            continue
        end = t.i + 1
        # a hyphenated surname is three tokens: "Al", "-", "Awlaki"
        if t.i + 2 < len(doc) and doc[t.i + 1].text == "-" and not t.whitespace_ and not doc[t.i + 1].whitespace_ \
                and _name_word(doc[t.i + 2].text):
            end = t.i + 3
        if name_key(doc[t.i:end].text) not in known or (end < len(doc) and doc[end].pos_ == "PROPN"):
            continue
        # "Ivanka Trump" with "Ivanka" mistyped (PRODUCT): the given name comes along, so the mention
        # does not fold into "Donald Trump"
        given = doc[t.i - 1] if t.i > 0 else None
        if given is not None and given.pos_ == "PROPN" and given.dep_ == "compound" and t.i <= given.head.i < end \
                and given.is_title and given.ent_type_ in ("", "PERSON", "PRODUCT", "WORK_OF_ART") \
                and given.lower_ not in skip and not _leading_gerund(given):
            out.append(doc[t.i - 1:end])
        else:
            out.append(doc[t.i:end])
    return out


def find_people(doc: Doc) -> PeopleIndex:
    from presstrace.nlp.roles import find_roles, resolve_role_nouns

    index = PeopleIndex(doc=doc)
    mentions: list[Span] = []
    for ent in doc.ents:
        if ent.label_ == "PERSON":
            mentions += _name_spans(ent)
    mentions += [n for m in _untagged_names(doc, mentions) for n in _name_spans(m)]
    written = mentions
    mentions = _page_words_dropped(mentions)
    full = {name_key(clean_name(m.text)) for m in mentions if len(clean_name(m.text).split()) > 1}
    # "Veselnitskaya Russian lawyer" in a caption: the surname left of a full name is still a full name's
    full |= {name_key(clean_name(m.text)) for m, w in zip(mentions, written, strict=True)
             if m.start == w.start and len(w) > 1}
    mentions = [m for m in mentions if not _junk_single(m, full)]
    # names known as people: full names' surnames, and one-word names the model tagged as people (those only
    # where the model said "organisation" or nothing, never over a place or a nationality)
    labels: dict[str, list[str]] = {}
    for e in doc.ents:
        labels.setdefault(e.text, []).append(e.label_)
    known = full | {name_key(clean_name(m.text)) for m in mentions if len(clean_name(m.text).split()) == 1
                    and 2 * labels.get(m.text, []).count("PERSON") > len(labels.get(m.text, []))}
    media = lexicon.media_names()
    mistyped = [ent for ent in doc.ents if ent.label_ != "PERSON" and ent.label_ in PERSON_LIKE
                and ent.text.lower() not in media and (ent.label_ != "LOC" or len(ent) == 1)]  # "Schiff" as a place
    # a full name recovered from a mistyped entity ("Fox News’ Bret Baier") makes its surname known too ("Baier")
    owned = [span for span in map(_name_after_possessive, mistyped) if span is not None]
    known |= {name_key(clean_name(span.text)) for span in owned}
    for ent in mistyped:
        span = _person_like(ent, known if ent.label_ == "ORG" else full)
        if span is not None:
            mentions += _name_spans(span)
    mentions += _untagged_surnames(doc, mentions, known)
    mentions = sorted({(m.start, m.end): m for m in mentions}.values(), key=lambda m: m.start)
    found_labels = speaker_labels(doc.text)
    index.labels = label_chars(found_labels)
    mentions = _without_labels(mentions, index.labels)

    # merge: full names first (most mentioned wins a shared surname), then single words
    counts: dict[str, int] = {}
    for m in mentions:
        counts[name_key(clean_name(m.text))] = counts.get(name_key(clean_name(m.text)), 0) + 1
    multi = [m for m in mentions if len(clean_name(m.text).split()) > 1]
    single = [m for m in mentions if len(clean_name(m.text).split()) == 1]
    by_full: dict[str, Person] = {}
    first_names: dict[str, list[Person]] = {}
    surname_people: dict[str, list[Person]] = {}

    def add_mention(person: Person, m: Span, name: str) -> None:
        if name != person.name and name not in person.aliases:
            person.aliases.append(name)
        person.mentions.append(CharSpan(m.start_char, m.start_char + len(name)))
        for t in m:
            index.by_token[t.i] = person

    inverted = _inverted_names({clean_name(m.text) for m in multi})
    # "Trump Donald" (a link card's "surname given-name") after its natural order, which it joins
    multi = [m for m in multi if clean_name(m.text) not in inverted] + \
        [m for m in multi if clean_name(m.text) in inverted]
    for m in multi:
        name = clean_name(m.text)
        key = inverted.get(name, name).lower()
        person = by_full.get(key)
        if person is None:
            # "Hillary Rodham Clinton" and "Hillary Clinton": same surname and first name; "Trump Jr." after
            # "Donald Trump Jr.": a surname with its suffix and no given name
            first = name.split()[0].lower().rstrip(".")
            bare = len(name.split()) == 2 and name.split()[1].lower() in SUFFIXES
            for p in surname_people.get(name_key(name), []):
                # "Wasserman Schultz" is the tail of "Debbie Wasserman Schultz"
                tail = p.name.lower().split()[1:] == name.lower().split()  # "De Blasio" opening a sentence
                if bare or tail or p.name.split()[0].lower().rstrip(".") == first:
                    person = p
                    break
        if person is None and bare:  # "Donald Jr." after "Donald Trump Jr.": given name and suffix
            same = [p for p in index.people if len(p.name.split()) > 2
                    and p.name.split()[0].lower() == first and name_key(p.name).endswith(name_key(name)[-3:])]
            person = same[0] if len(same) == 1 else None
        if person is None:
            person = Person(id=f"p{len(index.people) + 1}", name=name)
            index.people.append(person)
            surname_people.setdefault(name_key(name), []).append(person)
            first_names.setdefault(name.split()[0].lower(), []).append(person)
        by_full[key] = person
        add_mention(person, m, name)
    for key, group in surname_people.items():
        index.by_surname[key] = max(group, key=lambda p: len(p.mentions))
    late_relatives = _relatives_named_late(doc, single, surname_people)
    for m in single:
        name = clean_name(m.text)
        key = name_key(name)
        default = index.by_surname.get(key)
        if default in late_relatives:
            others = [p for p in surname_people[key] if p not in late_relatives]
            # the surname's own person: a namesake who is no such relative, else one of its own, once made
            default = max(others, key=lambda p: len(p.mentions)) if others else by_full.get(key)
        person = _younger_of_namesakes(doc, m, index.by_surname.get(f"{key} jr")) \
            or _honorific_match(doc, m, default, surname_people.get(key, []))
        if person is None and len(first_names.get(key, [])) == 1:
            person = first_names[key][0]
        if person is None:
            person = Person(id=f"p{len(index.people) + 1}", name=name)
            index.people.append(person)
            index.by_surname[key] = person
            by_full[key] = person
        add_mention(person, m, name)

    _genders(doc, index)
    find_roles(doc, index)
    _role_genders(index)
    resolve_role_nouns(doc, index)
    index.organizations = find_organizations(doc, index)
    index.turns = find_turns(doc.text, found_labels, index)
    return index


# How often a surname must be written alone before a relative's full name for it to name someone else.
KNOWN_BY_SURNAME = 3


def _relatives_named_late(doc: Doc, single: list[Span], surname_people: dict[str, list[Person]]) -> list[Person]:
    """Relatives introduced after their surname already names someone: "President Roe" written three times before
    "his wife, Jane Roe" first appears. News gives a person's full name at first mention, so a surname used that
    often before a relative is introduced by full name belongs to someone else ("Mrs. Roe ... Jane Roe", with no
    relation word, stays one person)."""
    late = []
    for key, group in surname_people.items():
        bare = [m.start_char for m in single if name_key(clean_name(m.text)) == key]
        late += [p for p in group if _introduced_as_relative(doc, p)
                 and sum(start < p.mentions[0].start for start in bare) >= KNOWN_BY_SURNAME]
    return late


def _introduced_as_relative(doc: Doc, person: Person) -> bool:
    """"his wife, Jane Roe", "first lady Jane Roe", "Jane Roe, the senator's daughter": a family noun
    (data/family_nouns.txt) just before the person's first full-name mention, or in the apposition right after it."""
    first = person.mentions[0]
    span = doc.char_span(first.start, first.end, alignment_mode="expand")
    if span is None:
        return False
    sent = span.sent
    before = [t.lower_ for t in doc[max(sent.start, span.start - 4):span.start]]
    after = [t.lower_ for t in doc[span.end:min(sent.end, span.end + 5)]]
    if not after or after[0] != ",":
        after = []
    relations = lexicon.family_nouns()
    pairs = [f"{a} {b}" for words in (before, after) for a, b in zip(words, words[1:], strict=False)]
    return any(w in relations for w in before + after + pairs)


def _without_labels(mentions: list[Span], chars: list[tuple[int, int]]) -> list[Span]:
    """A transcript's speaker labels are no part of a name: "advisers J.D. ROONEY: ..." leaves "J.D.", which is
    a name only with more words after it."""
    if not chars:
        return mentions
    out = []
    for m in mentions:
        kept = [t for t in m if not any(a <= t.idx < b for a, b in chars)]
        if len(kept) == len(m):
            out.append(m)
            continue
        rest = m.doc[kept[0].i:kept[-1].i + 1] if kept else None
        if rest is not None and len(rest) == len(kept) and len(clean_name(rest.text).split()) > 1:
            out.append(rest)
    return out


def _younger_of_namesakes(doc: Doc, m: Span, junior: Person | None) -> Person | None:
    """"the younger Trump", "the younger Mr. Trump" in a story about Donald Trump and Donald Trump Jr.: the one
    with "Jr."."""
    i = m.start - 1
    if i >= 0 and doc[i].lower_ in MALE_HONORIFICS:
        i -= 1
    return junior if i >= 0 and doc[i].lower_ == "younger" else None


def _honorific_match(doc: Doc, m: Span, default: Person | None, same_surname: list[Person]) -> Person | None:
    """"Mrs. Clinton" in an article about Bill and Hillary Clinton: when the honorific contradicts the given name of
    the person a bare surname would go to, it picks the most mentioned one of that gender with the surname."""
    before = doc[m.start - 1].lower_ if m.start > 0 else ""
    gender = "f" if before in FEMALE_HONORIFICS else "m" if before in MALE_HONORIFICS else None
    if gender is None or default is None or lexicon.gender_of_first_name(default.name.split()[0]) in (None, gender):
        return default
    fits = [p for p in same_surname if lexicon.gender_of_first_name(p.name.split()[0]) == gender]
    return max(fits, key=lambda p: len(p.mentions)) if fits else default


def _genders(doc: Doc, index: PeopleIndex) -> None:
    """Each person's gender for pronouns, explicit evidence first: an honorific ("Mr.", "Ms."), then the
    person's own possessive ("Jordan Smith announced her bid"), and only then the given name, which says
    nothing when it is unisex ("Jordan", "Kelly")."""
    votes: dict[str, list[str]] = {}
    for i, person in index.by_token.items():
        before = doc[i - 1].lower_ if i > 0 else ""
        if before in FEMALE_HONORIFICS or before in MALE_HONORIFICS:
            votes.setdefault(person.id, []).append("f" if before in FEMALE_HONORIFICS else "m")
    own = _possessive_votes(doc, index)
    surnames = {name_key(p.name) for p in index.people if len(p.name.split()) > 1}
    for person in index.people:
        words = person.name.split()
        # a one-word name is a given name ("Melanie said") unless it is someone's surname here
        given = len(words) > 1 or words[0].lower() not in surnames
        first = lexicon.gender_of_first_name(words[0]) if given else None
        if words[0].lower() in lexicon.words("first_names_unisex"):
            first = None
        if votes.get(person.id):
            v = votes[person.id]
            index.gender[person.id] = max(("m", "f"), key=v.count)
        elif own.get(person.id) and len(set(own[person.id])) == 1:
            index.gender[person.id] = own[person.id][0]
        elif first:
            index.gender[person.id] = first
        elif words[-1].lower().endswith(tuple(lexicon.words("female_surname_endings"))):
            index.gender[person.id] = "f"  # "Veselnitskaya", named without her given name


def _possessive_votes(doc: Doc, index: PeopleIndex) -> dict[str, list[str]]:
    """"Jo Smith announced his candidacy": a his/her inside the object of a verb whose subject is the full
    name, with no other person in between, is the subject's own."""
    out: dict[str, list[str]] = {}
    for i, person in index.by_token.items():
        t = doc[i]
        # a full name only: a bare surname may belong to a relative ("Trump" for Ivanka Trump)
        if t.dep_ != "nsubj" or t.head.pos_ != "VERB" or index.by_token.get(i - 1) is not person:
            continue
        for obj in t.head.children:
            if obj.dep_ != "dobj":
                continue
            for w in obj.subtree:
                if w.dep_ == "poss" and w.lower_ in ("his", "her"):
                    if not any(j in index.by_token and index.by_token[j] is not person for j in range(i + 1, w.i)):
                        out.setdefault(person.id, []).append(PRONOUNS[w.lower_])
    return out


FEMALE_ROLE_WORDS = {"spokeswoman", "congresswoman", "chairwoman", "businesswoman", "wife", "mother", "daughter",
                     "sister", "widow", "queen", "actress", "first lady", "grandmother"}
MALE_ROLE_WORDS = {"spokesman", "congressman", "chairman", "businessman", "husband", "father", "son", "brother",
                   "widower", "king", "grandfather"}


def _role_genders(index: PeopleIndex) -> None:
    """"Jo Roe, the spokeswoman": gendered role nouns settle the gender of a person nothing else settled. Not over a
    given name: "chairman" is said of women too, and a kin noun may be someone else's ("Jane Roe, whose husband,
    Tom Roe, ...")."""
    for person in index.people:
        if person.id in index.gender:
            continue
        words = {w.lower() for r in person.roles for w in r.title.split()}
        if words & FEMALE_ROLE_WORDS and not words & MALE_ROLE_WORDS:
            index.gender[person.id] = "f"
        elif words & MALE_ROLE_WORDS and not words & FEMALE_ROLE_WORDS:
            index.gender[person.id] = "m"


def media_kind(name: str) -> str:
    low = name.lower()
    bare = low[4:] if low.startswith("the ") else low
    media = lexicon.media_names()
    if low in media or bare in media or f"the {bare}" in media:
        return "media"
    words = bare.split()
    if len(words) > 1 and (words[-1] in lexicon.media_words() or words[0] in lexicon.words("media_lead_words")):
        return "media"
    if low.startswith("the ") and len(words) == 1 and bare in lexicon.media_words():
        return "media"  # "The Ledger", "The Tribune"
    return "organization"


INSTITUTION_WORDS = {"office", "department", "committee", "agency", "bureau", "university", "institute", "center",
                     "centre", "commission", "council", "board", "service", "administration", "ministry", "court",
                     "party", "campaign", "foundation", "association", "police", "army", "government", "fund", "bank"}


def _reporting_publication(span: Span) -> bool:
    """"the Daily Ledger reports": a name with the article, not an institution, that is the subject of
    "report" is a publication."""
    doc = span.doc
    words = [t for t in span if t.lower_ != "the"]
    has_article = span[0].lower_ == "the" or (span.start > 0 and doc[span.start - 1].lower_ == "the")
    if not words or not has_article or any(t.lower_ in INSTITUTION_WORDS for t in words):
        return False
    root = span.root
    return root.dep_ == "nsubj" and root.head.lemma_.lower() == "report" and root.head.pos_ == "VERB"


def find_organizations(doc: Doc, index: PeopleIndex) -> list[Organization]:
    """ORG entities (and listed media names the model missed), one entry per name, media marked."""
    orgs: list[Organization] = []
    by_name: dict[str, Organization] = {}

    def add(span: Span) -> None:
        if any(t.i in index.by_token for t in span):
            return
        name = clean_name(span.text)
        if not name or "\n" in name:
            return
        bare = name[4:] if name.lower().startswith("the ") else name
        if not bare:
            return
        if name.startswith("the ") and name.lower() not in lexicon.media_names():
            name = bare  # "the Daily Ledger" in running text: the article is not part of the name
        org = by_name.get(bare.lower())
        if org is None:
            kind = "media" if _reporting_publication(span) else media_kind(name)
            org = Organization(id=f"o{len(orgs) + 1}", name=name, kind=kind)
            orgs.append(org)
            by_name[bare.lower()] = org
        for t in span:
            index.org_by_token[t.i] = org

    for ent in doc.ents:
        written = f"the {ent.text}" if ent.start > 0 and doc[ent.start - 1].lower_ == "the" else ent.text
        if ent.label_ == "ORG" or (ent.label_ in PERSON_LIKE and (media_kind(written) == "media"
                                                                   or _reporting_publication(ent))):
            # "The Hill", "The Ledger": the article is part of some outlets' names
            media = lexicon.media_names()
            if written != ent.text and (f"the {ent.text.lower()}" in media or
                                        (len(ent) == 1 and media_kind(written) == "media")):
                ent = doc[ent.start - 1:ent.end]
            add(ent)
    # listed media names written without an entity tag ("on Twitter", "The Hill")
    media = lexicon.media_names()
    for t in doc:
        if t.i in index.org_by_token or t.i in index.by_token or not t.text[:1].isupper():
            continue
        for n in (3, 2, 1):
            span = doc[t.i:t.i + n]
            if len(span) == n and span.text.lower() in media and not any(x.i in index.org_by_token for x in span):
                if n == 1 and t.lower_ in {"time", "medium", "fox", "ap", "this", "gps"}:
                    break
                start = t.i - 1 if t.i > 0 and doc[t.i - 1].lower_ == "the" and f"the {span.text.lower()}" in media \
                    else t.i
                add(doc[start:t.i + n])
                break
    return orgs


def add_authors(index: PeopleIndex, authors: list[str]) -> None:
    """Bylined authors are people of the article too (role "author"), mentioned in the body or not."""
    for author in authors:
        name = clean_name(author)
        if not name:
            continue
        person = next((p for p in index.people if p.name == name), None)
        if person is None:
            person = Person(id=f"p{len(index.people) + 1}", name=name)
            index.people.append(person)
        if not any(r.title == "author" for r in person.roles):
            person.roles.append(Role(title="author"))
