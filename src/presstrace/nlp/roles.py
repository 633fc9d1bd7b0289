"""Roles of people, read from the syntax around their names, and role nouns resolved to people.

Constructions:
* pre-modifiers: "Russian ambassador Sergey Kislyak", "CNN GPS host Fareed Zakaria", "Trump's adviser X";
* appositions: "Dmitry Peskov, Putin's spokesman," / "Putin's spokesman, Dmitry Peskov,";
* relative clauses: "Carter Page, who served as director of national security for the campaign";
* a role noun used alone ("the spokesman", "Putin's spokesman", "the spokesman for Vladimir Putin")
  resolves to the person who holds that role in the article.
"""

from __future__ import annotations

import bisect
import re
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from presstrace.nlp import lexicon
from presstrace.record import Person, Role
from presstrace.record import Span as CharSpan

if TYPE_CHECKING:
    from presstrace.nlp.people import PeopleIndex

# verbs of a relative clause that state a position: "who served as", "who resigned from", "who heads"
ROLE_VERBS = lexicon.words("role_verbs")
OF_PREPS = {"of", "for", "to", "at"}
PLACE_ENTITIES = {"GPE", "LOC", "NORP", "ORG", "FAC"}


def _is_role_noun(token: Token) -> bool:
    return token.lower_ in lexicon.role_nouns() or token.lemma_.lower() in lexicon.role_nouns()


def _owner(doc: Doc, index: PeopleIndex, token: Token) -> str:
    """A role's "of": the person's full name when the owner is a person, else the phrase."""
    person = index.by_token.get(token.i)
    if person is not None:
        return person.name
    span = doc[token.left_edge.i:token.right_edge.i + 1]
    words = [t for t in span if t.lower_ not in {"the", "a", "an"} and t.text not in ("’s", "'s")]
    return " ".join(t.text for t in words) if words else span.text


def _add(person: Person, title: str, of: str | None, start: int, end: int) -> None:
    title = " ".join(title.replace("’s", "").replace("'s", "").split()).strip(" ,")
    if not title or title.lower() in {"mr.", "mrs.", "ms.", "dr."} or (of and of == person.name):
        return
    for role in person.roles:
        if role.title.lower() == title.lower() and role.of == of:
            return
    person.roles.append(Role(title=title, of=of, evidence=CharSpan(start, end)))


def _noun_phrase_role(doc: Doc, index: PeopleIndex, head: Token, stop: int | None = None) -> tuple[str, str | None]:
    """Title and owner of a role noun phrase headed by `head` ("Putin's spokesman", "senior aide to Trump")."""
    of = None
    words: list[Token] = []
    for t in doc[head.left_edge.i:head.i + 1]:
        if t.dep_ == "det" or t.is_punct:
            continue
        if t.dep_ == "poss" or (t.head.dep_ == "poss" and t.head.head == head):
            if t.dep_ == "poss":
                of = _owner(doc, index, t)
            continue
        if t.i in index.by_token and t.head == head:  # "a Trump adviser": the person is the owner
            of = index.by_token[t.i].name
            continue
        words.append(t)
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in OF_PREPS and of is None:
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs and (stop is None or objs[0].i < stop):
                of = _owner(doc, index, objs[0])
    return " ".join(t.text for t in words), of


def find_roles(doc: Doc, index: PeopleIndex) -> None:
    seen: set[tuple[int, int]] = set()
    for person in index.people:
        for mention in person.mentions:
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None or (span.start, span.end) in seen:
                continue
            seen.add((span.start, span.end))
            _premodifiers(doc, index, person, span)
            _appositions(doc, index, person, span)
            _relative_clause(doc, index, person, span)
            _copula(doc, index, person, span)


def _premodifiers(doc: Doc, index: PeopleIndex, person: Person, span: Span) -> None:
    """Title words written before the name, read on the surface because the parse of such strings is
    unreliable ("told CNN GPS host Fareed Zakaria" often gets "host" as a verb complement)."""
    i = span.start - 1
    words: list[Token] = []
    of = None
    titles = lexicon.titles()
    while i >= span.sent.start:
        t = doc[i]
        if t.text in ("’s", "'s") and i - 1 in index.by_token:
            of = index.by_token[i - 1].name
            break
        if t.i in index.by_token or t.is_punct or t.is_space:
            break
        if _title_place_prep(doc, t, words):  # "Irish Ambassador to the U.K. Peter Dolan"
            words.insert(0, t)
            i -= 1
            continue
        # the tagger often reads "host" or "GPS" in "CNN GPS host" as a verb: trust the word lists and case
        wordy = _is_role_noun(t) or t.lower_ in titles or (t.text[:1].isupper() and t.is_alpha and t.i != t.sent.start)
        if not wordy and (t.pos_ not in ("NOUN", "PROPN", "ADJ")):
            break
        words.insert(0, t)
        i -= 1
    if not words:
        return
    last = next((w for k, w in enumerate(words) if k + 1 < len(words) and words[k + 1].lower_ in OF_PREPS), words[-1])
    if not (_is_role_noun(last) or last.lower_ in titles):
        return
    if all(w.lower_ in {"mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "miss"} for w in words):
        return
    if len(words) == 1 and words[0].lower_ in {"former"}:
        return
    _add(person, " ".join(w.text for w in words), of, words[0].idx, span.start_char)


def _title_place_prep(doc: Doc, t: Token, after: list[Token]) -> bool:
    """A preposition (with its "the") between a title and the place written before the name: the place belongs to
    the title ("Ambassador to the U.K."), not to the name."""
    if not after or not all(w.ent_type_ in PLACE_ENTITIES or w.lower_ == "the" for w in after):
        return False  # "aide to President Ann Lee" is no title of Lee's
    if t.lower_ == "the":
        return t.i - 1 >= 0 and doc[t.i - 1].lower_ in OF_PREPS
    before = doc[t.i - 1] if t.i > 0 else None
    return t.lower_ in OF_PREPS and before is not None and (_is_role_noun(before) or before.lower_ in lexicon.titles())


def _appositions(doc: Doc, index: PeopleIndex, person: Person, span: Span) -> None:
    root = span.root
    heads = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        heads.append(root.head)
    for head in heads:
        if head.i in index.by_token or head.pos_ not in ("NOUN", "PROPN") or head.ent_type_ in ("GPE", "DATE"):
            continue
        if head.pos_ == "PROPN" and not _is_role_noun(head):
            continue
        title, of = _noun_phrase_role(doc, index, head)
        if not title:
            continue
        _add(person, title, of, head.left_edge.idx, _role_phrase_end(head, ("relcl", "acl", "appos")))


def _copula(doc: Doc, index: PeopleIndex, person: Person, span: Span) -> None:
    """"Lind is a Latvian lawyer", "Lind, who is a lawyer for the bank,": an office stated with "be" and "a".
    Only role nouns ("Lind is a liar" names no office) and never denied ("Lind is not a lawyer")."""
    root = span.root
    verbs = [root.head] if root.dep_ == "nsubj" else []
    verbs += [c for c in root.children if c.dep_ == "relcl"]
    for verb in verbs:
        if verb.lemma_ != "be" or any(c.dep_ == "neg" for c in verb.children):
            continue
        if verb.i != root.head.i and not any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in verb.children):
            continue
        for attr in (c for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN" and _is_role_noun(c)):
            if not any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in attr.children):
                continue
            title, of = _noun_phrase_role(doc, index, attr)
            if title:
                _add(person, title, of, attr.left_edge.idx, _role_phrase_end(attr, ("relcl", "acl")))


def _role_phrase_end(head: Token, clauses: tuple[str, ...]) -> int:
    """Character end of a role phrase: "to Trump" stays in the evidence, a nested clause or a comma ends it."""
    doc = head.doc
    right = min([c.left_edge.i for c in head.rights if c.dep_ in clauses or c.is_punct] + [head.right_edge.i + 1])
    return doc[right - 1].idx + len(doc[right - 1])


def _relative_clause(doc: Doc, index: PeopleIndex, person: Person, span: Span) -> None:
    for rel in span.root.children:
        if rel.dep_ != "relcl":
            continue
        for t in rel.subtree:
            if t.lemma_.lower() not in ROLE_VERBS or t.pos_ != "VERB":
                continue
            as_obj = [o for p in t.children if p.lower_ == "as" for o in p.children if o.dep_ == "pobj"]
            if as_obj:
                obj = as_obj[0]
                phrase = doc[obj.left_edge.i:obj.right_edge.i + 1]
                words = [w for w in phrase if w.dep_ != "det" or w.i != phrase.start]
                title = " ".join(w.text for w in words)
                _add(person, title, None, phrase.start_char, phrase.end_char)
            else:
                end = t.right_edge.i + 1
                for x in doc[t.i:end]:  # stop before a list of further names hanging off the object
                    if x.is_punct or (x.i in index.by_token and index.by_token[x.i] is not person and x.dep_ == "conj"):
                        end = x.i
                        break
                phrase = doc[t.i:end]
                _add(person, phrase.text, None, phrase.start_char, phrase.end_char)
            return


# modifiers that name a different office ("vice president" is not "the president")
RANK_WORDS = lexicon.words("rank_words")

# modifiers that point back to a holder already named rather than narrow the office ("the same ambassador")
ANAPHORIC_MODIFIERS = {"same", "aforementioned"}


# a title's own words end at its first preposition ("director of national security")
TITLE_PREP = re.compile(r"\s(?:of|for|to|at|from|with|in|on)\s")


def _title_core(title: str) -> list[str]:
    return TITLE_PREP.split(title)[0].split()


def _role_head(title: str) -> tuple[str, set[str]]:
    """The head noun of a role title (before any prepositional phrase: "director of national security")
    and the words before it."""
    core = _title_core(title)
    if not core:
        return "", set()
    return office(core[-1].lower()), {w.lower() for w in core[:-1]}


def office(noun: str) -> str:
    """One noun for the nouns that name the same office (data/role_synonyms.txt): "attorney" is "lawyer"."""
    return _offices().get(noun, noun)


@cache
def _offices() -> dict[str, str]:
    return {noun: line.split()[0] for line in lexicon.words("role_synonyms") for noun in line.split()}


NATIONALITY = re.compile(r"[A-Z][a-z]+(?:an|ish|ese|ch|i)$")


def _qualified(title: str) -> bool:
    """A title qualified by a nationality ("Russian President", "Mexican Foreign Minister") names a foreign
    office; parties and the home country (home_qualifiers.txt) do not count."""
    core = _title_core(title)
    home = lexicon.words("home_qualifiers")
    return any(NATIONALITY.match(w) and w.lower() not in home for w in core[:-1])


def resolve_role_nouns(doc: Doc, index: PeopleIndex) -> None:
    """Role nouns that stand for a person ("the spokesman", "Putin's spokesman", "the Russian president") point
    to the one person holding a role with that head noun, the same rank ("vice") and the same owner, when one
    is written. A bare "the president" prefers the holder of the plain office ("President Obama") to one of a
    qualified office ("Russian President Putin"), and takes the latter only when mentioned nearby."""
    identified = _identified_descriptions(doc, index)
    holders: dict[str, list[tuple[Person, str, set[str]]]] = {}
    for person in index.people:
        for role in person.roles:
            head, words = _role_head(role.title)
            # "who ran the bank" is a role, but "the bank" is not a name for its holder
            if head and (head in lexicon.role_nouns() or head.rstrip("s") in lexicon.role_nouns()):
                holders.setdefault(head, []).append((person, role.title, words))
    if not holders:
        return
    last_seen: dict[str, list[int]] = {}
    for i, person in sorted(index.by_token.items()):
        last_seen.setdefault(person.id, []).append(i)
    for person_id in identified:  # "the professor", before or after "identified the professor as X", is X
        last_seen.setdefault(person_id, []).insert(0, -1)
    for t in doc:
        noun = office(t.lower_)
        # "the lawyers said": a plural role noun is a group, never the one person holding the role
        if t.i in index.by_token or not _common_role_noun(t) or noun not in holders or t.tag_ == "NNS":
            continue
        if any(c.dep_ == "appos" or c.i in index.by_token and c.dep_ == "compound" for c in t.children):
            continue
        if t.dep_ == "appos" and t.head.i in index.by_token:
            continue
        if indefinite(t) or headline_bare(t):
            person = _sole_described_holder(index, t, _same_word_first(t, holders[noun]))  # "a Russian lawyer"
        elif not any(c.dep_ in ("det", "poss") for c in t.children) or any(
                c.lower_ in ("another", "every", "each", "no", "any") for c in t.children):
            continue
        else:
            _, of = _noun_phrase_role(doc, index, t)
            person = _holder(doc, index, t, _same_word_first(t, holders[noun]), of, last_seen)
        if person is None:
            continue
        index.by_token[t.i] = person
        bisect.insort(last_seen.setdefault(person.id, []), t.i)  # a later "the ambassador" may stand for him too
        phrase = doc[t.left_edge.i:t.right_edge.i + 1]
        end = phrase.end
        for child in t.rights:
            if child.dep_ in ("relcl", "acl") or child.is_punct:
                end = min(end, child.left_edge.i)
        alias = doc[phrase.start:end].text
        if alias and alias != person.name and alias not in person.aliases and len(alias) < 80:
            person.aliases.append(alias)


def _identified_descriptions(doc: Doc, index: PeopleIndex) -> set[str]:
    """"The Times identified the Russian lawyer as Ana Roe", "a professor, who was later identified as Jon Moss": the
    described role noun is the person named after "as"; she takes its role (so that "a Russian attorney" elsewhere is
    her) and the noun stands for her. The ids of the people so identified."""
    found: set[str] = set()
    verbs = lexicon.words("identification_verbs")
    for verb in doc:
        if verb.lemma_.lower() not in verbs or verb.pos_ != "VERB":
            continue
        person = _named_as(doc, index, verb)
        noun = _identified_noun(verb)
        if person is None or noun is None or noun.i in index.by_token or noun.tag_ == "NNS":
            continue
        title, of = _noun_phrase_role(doc, index, noun)
        if not title:
            continue
        _add(person, title, of, doc[noun.left_edge.i].idx, noun.idx + len(noun))
        index.by_token[noun.i] = person
        found.add(person.id)
    return found


def _named_as(doc: Doc, index: PeopleIndex, verb: Token) -> Person | None:
    """The person named by the first "as" after an identifying verb in its sentence ("as Jon Moss"), read on the
    surface: the parser often hangs the "as" on a verb inside the description ("the professor with whom he met as
    Jon Moss")."""
    for t in doc[verb.i + 1:verb.sent.end - 1]:
        if t.lower_ == "as":
            after = doc[t.i + 1]
            return index.by_token.get(after.i) if after.pos_ == "PROPN" else None
    return None


def _identified_noun(verb: Token) -> Token | None:
    """The role noun an identifying verb identifies: its object ("identified the lawyer as"), or the noun its relative
    pronoun stands for ("the lawyer, whom the Times identified as", "a lawyer with ties to a bank, who was identified
    as")."""
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is not None and obj.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
        obj = _described_before(obj)
    return obj if obj is not None and _is_role_noun(obj) and obj.pos_ == "NOUN" else None


def _described_before(relative: Token, longest: int = 8) -> Token | None:
    """The role noun a relative pronoun's clause describes, read leftwards on the surface across the noun's own
    modifiers ("a lawyer with ties to the bank, who"): the parser often hangs the clause on the last noun."""
    doc = relative.doc
    i = relative.i - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    while i >= max(relative.sent.start, relative.i - longest):
        t = doc[i]
        if _is_role_noun(t) and t.pos_ == "NOUN":
            return t
        if t.pos_ not in ("NOUN", "PROPN", "DET", "ADJ", "ADP", "NUM") or t.ent_type_ == "PERSON":
            return None
        i -= 1
    return None


def _same_word_first(t: Token, held: list[tuple[Person, str, set[str]]]) -> list[tuple[Person, str, set[str]]]:
    """"his lawyer" in a story with "Bannon's lawyer, Ann Burke" and "attorney Tom Roe": the holders under the noun's
    own word, when there are any; the other nouns of the office (data/role_synonyms.txt) only when there are none."""
    core = [_title_core(title) for _, title, _ in held]
    same = [h for h, words in zip(held, core, strict=True) if words and words[-1].lower() == t.lower_]
    return same or held


def indefinite(t: Token) -> bool:
    """"a Russian lawyer", "one Russian official": a role noun with an indefinite article or "one"."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") or c.dep_ == "nummod" and c.lower_ == "one"
               for c in t.children)


def headline_bare(t: Token) -> bool:
    """"Flynn discussed sanctions with Russian ambassador": a singular role noun with no determiner, as headlines
    write it, standing alone (not a title before a name, "Russian ambassador Ivan Petrov")."""
    return t.tag_ == "NN" and t.dep_ not in ("compound", "flat", "appos") and not any(
        c.dep_ in ("det", "poss", "nummod") for c in t.children)


def _sole_described_holder(index: PeopleIndex, t: Token, held: list[tuple[Person, str, set[str]]]) -> Person | None:
    """"He met with a Russian lawyer" in a story that names one Russian lawyer, "Russian attorney Ann Petrova": an
    indefinite role noun with a nationality is the one person the article gives that office with that nationality
    and the noun's other words (named before or after it); none when no one or several fit, and never a bare "a
    lawyer"."""
    nationality = {c.lower_ for c in t.children if c.dep_ == "amod" and c.ent_type_ == "NORP"}
    mods = {c.lower_ for c in t.children if c.dep_ in ("amod", "compound", "nmod") and c.i not in index.by_token}
    if not nationality or mods & RANK_WORDS:
        return None
    fits = {person.id: person for person, title, words in held if not words & RANK_WORDS
            and mods <= words}  # not "attorney Jay Roe" for "a Russian lawyer": his may be another nationality
    if len(fits) != 1:
        return None
    person = next(iter(fits.values()))
    return person if _owner_gender_fits(index, person, t) else None


def _common_role_noun(t: Token) -> bool:
    """A role noun used as a common noun, capitalised or not ("the president", "the President")."""
    if t.pos_ == "NOUN":
        return True
    return t.pos_ == "PROPN" and t.dep_ not in ("compound", "flat") and \
        any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)


def _holder(doc: Doc, index: PeopleIndex, t: Token, held: list[tuple[Person, str, set[str]]], of: str | None,
            last_seen: dict[str, list[int]]) -> Person | None:
    mods = {c.lower_ for c in t.children if c.dep_ in ("amod", "compound", "nmod") and c.i not in index.by_token
            and c.lower_ not in ANAPHORIC_MODIFIERS}
    nationality = {c.lower_ for c in t.children if c.dep_ == "amod" and c.ent_type_ == "NORP"}
    cands: dict[str, tuple[Person, bool]] = {}
    loose: dict[str, Person] = {}
    for person, title, words in held:
        # the rank must agree both ways: "the vice president" is not the president, nor the reverse
        if (mods & RANK_WORDS) != (words & RANK_WORDS):
            continue
        # "the Florida senator", "the former president": every modifier must be in the holder's title (or be the
        # nationality of the country the holder's role is of: "the Russian ambassador" for Russia's ambassador X)
        if not (mods - RANK_WORDS) <= words | _owner_nationalities(person, title, nationality):
            if mods - RANK_WORDS - words <= nationality and not _qualified(title):
                loose[person.id] = person  # "the Russian ambassador" for "Ambassador Ivan Petrov"
            continue
        # a bare "the president" fits a qualified office ("Russian President") less well than a plain one
        plain = bool(mods) or not _qualified(title)
        prev = cands.get(person.id)
        cands[person.id] = (person, (prev[1] if prev else False) or plain)
    cands = {k: v for k, v in cands.items() if _owner_gender_fits(index, v[0], t)}
    if of is not None:
        # "Putin's spokesman": the holder with that owner; an unowned holder only when it is the only one
        # under a title its words cover ("his counsel" is not the one "special counsel")
        owned = {k: v for k, v in cands.items() if any(r.of == of for r in v[0].roles)}
        only = next(iter(cands.values()))[0] if len(cands) == 1 else None
        country = _place_nationality(of, only) if only is not None else set()
        if not owned and only is not None and _title_fits(only, t, mods | country):
            # "Russia's ambassador" for "Russian Ambassador X": the owner states the title's qualifier, so the
            # holder is no less fitting than one of a plain office
            owned = {only.id: (only, bool(country) or cands[only.id][1])}
        cands = owned
    if of is None and not mods:
        # "the President" of a story that names only "President Bill Clinton in his 1998 impeachment", later on,
        # is not him: a bare role noun stands for a holder named before it ("the spokesman for Putin" or "the
        # Russian ambassador" may open a story that names him later)
        cands = {k: v for k, v in cands.items() if any(i < t.i for i in last_seen.get(k, []))}
    if not cands:
        return _sole_plain_holder(index, t, list(loose.values()), last_seen)
    if len(cands) == 1:
        person, plain = next(iter(cands.values()))
        # a qualified office holder ("Mexican President X") for a bare "the president" only when nearby
        if plain or _recent(doc, t, last_seen.get(person.id, [])):
            return person
        return None
    # several holders: only one of them holding the plain office ("President Obama" beside "Russian President
    # Putin" for "the president"); choosing the closest holder was measured worse (see the report)
    plain = [p for p, is_plain in cands.values() if is_plain]
    if len(plain) == 1:
        return plain[0]
    # "the president" of a story naming President Obama once and Fox's president often is neither
    unowned = [p for p in plain if any(r.of is None and _role_head(r.title)[0] == office(t.lower_) for r in p.roles)]
    return _dominant(unowned, last_seen) if len(unowned) == len(plain) else None


def _sole_plain_holder(index: PeopleIndex, t: Token, loose: list[Person],
                       last_seen: dict[str, list[int]]) -> Person | None:
    """"the Russian ambassador" after "Ambassador Ivan Petrov": a nationality the plain title does not state fits
    its holder when he is the only one and already named (the nationality may be the story's other envoy's)."""
    if len(loose) != 1 or not _owner_gender_fits(index, loose[0], t):
        return None
    return loose[0] if any(i < t.i for i in last_seen.get(loose[0].id, [])) else None


def _owner_gender_fits(index: PeopleIndex, person: Person, noun: Token) -> bool:
    """"His lawyer" is not the lawyer of a woman ("Clinton's lawyer, Cheryl Mills"): a his/her owner must agree
    in gender with the owner of the holder's role, when that owner is a person of known gender."""
    from presstrace.nlp.people import PRONOUNS

    gender = next((PRONOUNS.get(c.lower_) for c in noun.children if c.dep_ == "poss"), None)
    if gender is None:
        return True
    owners = [index.person_named(r.of) for r in person.roles if r.of and _role_head(r.title)[0] == office(noun.lower_)]
    genders = {index.gender.get(o.id) for o in owners if o is not None}
    return not genders or gender in genders or None in genders


def _dominant(people: list[Person], last_seen: dict[str, list[int]]) -> Person | None:
    """The one holder the article is about: named at least three times as often as every other ("the
    president" in a story naming Trump twenty times and Obama twice)."""
    counts = sorted(((_mentions(p, last_seen), p.name, p) for p in people), reverse=True)
    if len(counts) < 2 or counts[0][0] < 3 * max(counts[1][0], 1):
        return None
    return counts[0][2]


def _place_nationality(place: str, person: Person) -> set[str]:
    """"Russia's ambassador" for "Russian Ambassador X": the words of the holder's titles that are the nationality
    of the owning country, read as the country's name with its last letter changed ("Russia" → "Russian",
    "Ukraine" → "Ukrainian", "Mexico" → "Mexican")."""
    words = {w for r in person.roles for w in _role_head(r.title)[1]}
    return {w for w in words if _nationality_of(place, w)}


def _owner_nationalities(person: Person, title: str, nationality: set[str]) -> set[str]:
    """The noun's nationality words that name the country the holder's role (under `title`) is of: "Russian" for
    a holder written "Russia's ambassador, Ivan Petrov"."""
    owners = [r.of for r in person.roles if r.title == title and r.of]
    return {n for n in nationality for of in owners if _nationality_of(of, n)}


def _nationality_of(place: str, word: str) -> bool:
    """Whether `word` is the nationality of the one-word country `place`, read as the country's name with its last
    letter changed ("Russia" → "Russian", "Ukraine" → "Ukrainian", "Mexico" → "Mexican")."""
    stem = place.lower()[:-1]
    if len(stem) < 4 or " " in stem:
        return False
    return word.lower().startswith(stem) and bool(NATIONALITY.match(word.title()))


def _title_fits(person: Person, noun: Token, mods: set[str]) -> bool:
    """Whether the person holds the role noun's office under a title the noun's own words cover ("the Russian
    ambassador to the U.S." is "Russian Ambassador" X; "his counsel" is not "special counsel" X)."""
    return any(head == office(noun.lower_) and words <= mods
               for head, words in (_role_head(r.title) for r in person.roles))


def _mentions(person: Person, last_seen: dict[str, list[int]]) -> int:
    """How often a person is named: runs of their tokens ("Alan Whitford" is one mention)."""
    seen = last_seen.get(person.id, [])
    return sum(1 for k, i in enumerate(seen) if k == 0 or seen[k - 1] != i - 1)


def _recent(doc: Doc, t: Token, seen: list[int], sentences: int = 3) -> bool:
    """Whether a person was mentioned in the role noun's sentence or the few before it."""
    start = t.sent.start
    for _ in range(sentences):
        if start <= 0:
            break
        start = doc[start - 1].sent.start
    return any(start <= i < t.i for i in seen)
