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

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from presstrace.nlp import lexicon
from presstrace.record import Organization, Person, Ref, Role
from presstrace.record import Span as CharSpan

PRONOUNS = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}
SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}
POSSESSIVE = ("’s", "'s", "’", "'")
FEMALE_HONORIFICS = {"mrs.", "mrs", "ms.", "ms", "miss"}
MALE_HONORIFICS = {"mr.", "mr"}
PERSON_LIKE = {"PERSON", "ORG", "NORP", "GPE", "PRODUCT", "WORK_OF_ART", "FAC"}


def clean_name(text: str) -> str:
    text = " ".join(text.split())
    for suffix in POSSESSIVE:
        if text.endswith(suffix):
            return text[: -len(suffix)].strip()
    return text


def name_key(name: str) -> str:
    """Surname key: last word, keeping a generation suffix apart (Trump / Trump Jr. differ)."""
    words = name.lower().replace(",", "").split()
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
    _chain: dict[int, Person | None] = field(default_factory=dict, repr=False)

    def person_for(self, span: Span) -> Person | None:
        """The person a name mention refers to (None for pronouns and unknown mentions)."""
        for token in span:
            person = self.by_token.get(token.i)
            if person is not None:
                return person
        text = clean_name(span.text)
        for person in self.people:
            if text == person.name or text in person.aliases:
                return person
        return self.by_surname.get(name_key(text)) if text else None

    def person_at(self, token: Token) -> Person | None:
        """The person a token refers to: a name, a resolved role noun, or a he/she pronoun."""
        person = self.by_token.get(token.i)
        if person is not None:
            return person
        gender = PRONOUNS.get(token.lower_)
        if gender is not None:
            return self.antecedent(token, gender)
        return None

    def org_at(self, token: Token) -> Organization | None:
        return self.org_by_token.get(token.i)

    def antecedent(self, token: Token, gender: str | None) -> Person | None:
        """Nearest gender-compatible person before `token`, outside quotations: in the same sentence the
        closest mention, in earlier sentences the subject first, then the leftmost mention."""
        if self.doc is None:
            return None
        doc = self.doc
        sent = token.sent

        def compatible(i: int) -> Person | None:
            person = self.by_token.get(i)
            if person is None or i in self.excluded:
                return None
            g = self.gender.get(person.id)
            return person if gender is None or g is None or g == gender else None

        # same sentence: a subject of the main clause first ("X praised Y ..., but he said"), then the closest
        # mention, leaving out mentions buried in a subordinate clause ("X told CNN that Y's ..., but he said")
        same = [(doc[i].dep_ not in ("nsubj", "nsubjpass"), _depth(doc[i]), token.i - i)
                for i in range(sent.start, token.i) if compatible(i) is not None]
        if same:
            best = min(same)
            if best[0] and gender is not None:
                # no name is a subject ("On Sunday, he appeared at a Smith rally where he pledged"): an earlier
                # same-gender subject pronoun carries the chain on, not a name used as a modifier
                chain = [i for i in range(sent.start, token.i) if i not in self.excluded
                         and doc[i].dep_ in ("nsubj", "nsubjpass") and PRONOUNS.get(doc[i].lower_) == gender]
                if chain:
                    person = self._chained(doc[chain[0]], gender)
                    if person is not None:
                        return person
            return compatible(token.i - best[2])
        start = sent.start
        for _ in range(6):  # look back a few sentences only
            if start <= 0:
                break
            prev = doc[start - 1].sent
            # subjects first (a name, or a same-gender pronoun that continues a chain), then names
            hits = []
            for i in range(prev.start, prev.end):
                if i in self.excluded:
                    continue
                subject = doc[i].dep_ in ("nsubj", "nsubjpass")
                if compatible(i) is not None:
                    hits.append((not subject, i))
                elif subject and gender is not None and PRONOUNS.get(doc[i].lower_) == gender:
                    hits.append((False, i))
            if hits:
                best = min(hits)[1]
                person = compatible(best)
                return person if person is not None else self._chained(doc[best], gender)
            start = prev.start
        return None

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


SUBORDINATE = {"ccomp", "advcl", "relcl", "acl", "xcomp", "pcomp", "parataxis"}


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


def _name_span(ent: Span) -> Span | None:
    """The name part of a PERSON entity: no leading titles, no trailing role nouns or possessive."""
    start, end = ent.start, ent.end
    while start < end and ent.doc[start].is_space:
        start += 1
    while end > start and ent.doc[end - 1].is_space:
        end -= 1
    titles = lexicon.titles()
    roles = lexicon.role_nouns()
    while start < end and (ent.doc[start].lower_ in titles or ent.doc[start].lower_ in roles
                           or ent.doc[start].is_punct or ent.doc[start].lower_ == "the"):
        start += 1
    while end > start and (ent.doc[end - 1].lower_ in roles or ent.doc[end - 1].is_punct
                           or ent.doc[end - 1].text in POSSESSIVE):
        end -= 1
    if start >= end:
        return None
    span = ent.doc[start:end]
    if "\n" in span.text or not any(t.is_alpha and t.text[0].isupper() for t in span):
        return None
    return span


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
    if before is not None and before.lower_ in lexicon.titles() and before.text[0].isupper() and ent.label_ != "GPE":
        return span
    return None


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


def find_people(doc: Doc) -> PeopleIndex:
    from presstrace.nlp.roles import find_roles, resolve_role_nouns

    index = PeopleIndex(doc=doc)
    mentions: list[Span] = []
    for ent in doc.ents:
        if ent.label_ == "PERSON":
            span = _name_span(ent)
            if span is not None:
                mentions.append(span)
    mentions += _untagged_names(doc, mentions)
    full = {name_key(clean_name(m.text)) for m in mentions if len(clean_name(m.text).split()) > 1}
    media = lexicon.media_names()
    for ent in doc.ents:
        if ent.label_ != "PERSON" and ent.label_ in PERSON_LIKE and ent.text.lower() not in media:
            span = _person_like(ent, full)
            if span is not None:
                mentions.append(span)
    # a surname the model did not tag at all ("Kislyak said") once the full name is known
    tagged = {i for m in mentions for i in range(m.start, m.end)} | {i for e in doc.ents for i in range(e.start, e.end)}
    for t in doc:
        if (t.i not in tagged and t.is_alpha and t.text[0].isupper() and t.lower_ in full
                and not (t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN")):
            mentions.append(doc[t.i:t.i + 1])
    mentions = sorted({(m.start, m.end): m for m in mentions}.values(), key=lambda m: m.start)

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

    for m in multi:
        name = clean_name(m.text)
        key = name.lower()
        person = by_full.get(key)
        if person is None:
            # "Hillary Rodham Clinton" and "Hillary Clinton": same surname and first name
            first = name.split()[0].lower().rstrip(".")
            for p in surname_people.get(name_key(name), []):
                if p.name.split()[0].lower().rstrip(".") == first:
                    person = p
                    break
        if person is None:
            person = Person(id=f"p{len(index.people) + 1}", name=name)
            index.people.append(person)
            surname_people.setdefault(name_key(name), []).append(person)
            first_names.setdefault(name.split()[0].lower(), []).append(person)
        by_full[key] = person
        add_mention(person, m, name)
    for key, group in surname_people.items():
        index.by_surname[key] = max(group, key=lambda p: len(p.mentions))
    for m in single:
        name = clean_name(m.text)
        key = name.lower()
        person = index.by_surname.get(key)
        if person is None and len(first_names.get(key, [])) == 1:
            person = first_names[key][0]
        if person is None:
            person = Person(id=f"p{len(index.people) + 1}", name=name)
            index.people.append(person)
            index.by_surname[key] = person
        add_mention(person, m, name)

    _genders(doc, index)
    find_roles(doc, index)
    _role_genders(index)
    resolve_role_nouns(doc, index)
    index.organizations = find_organizations(doc, index)
    return index


def _genders(doc: Doc, index: PeopleIndex) -> None:
    for person in index.people:
        g = lexicon.gender_of_first_name(person.name.split()[0]) if len(person.name.split()) > 1 else None
        if g:
            index.gender[person.id] = g
    for i, person in index.by_token.items():
        if person.id in index.gender or i == 0:
            continue
        before = doc[i - 1].lower_
        if before in FEMALE_HONORIFICS:
            index.gender[person.id] = "f"
        elif before in MALE_HONORIFICS:
            index.gender[person.id] = "m"


FEMALE_ROLE_WORDS = {"spokeswoman", "congresswoman", "chairwoman", "businesswoman", "wife", "mother", "daughter",
                     "sister", "widow", "queen", "actress", "first lady", "grandmother"}
MALE_ROLE_WORDS = {"spokesman", "congressman", "chairman", "businessman", "husband", "father", "son", "brother",
                   "widower", "king", "grandfather"}


def _role_genders(index: PeopleIndex) -> None:
    """"Jane Roe, the spokeswoman": gendered role nouns settle a person's gender for pronouns."""
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
    if len(words) > 1 and words[-1] in lexicon.media_words():
        return "media"
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
        if ent.label_ == "ORG" or (ent.label_ in PERSON_LIKE and media_kind(ent.text) == "media"):
            # "The Hill": the article is part of some outlets' names
            media = lexicon.media_names()
            if ent.start > 0 and doc[ent.start - 1].lower_ == "the" and f"the {ent.text.lower()}" in media:
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
