"""People of one article: PERSON mentions merged into one entry per person, and the lookup that
turns any later mention (surname, pronoun, role noun) back into that person.

Baseline: full names from spaCy's PERSON entities, surnames merged into the longest full name.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from presstrace.record import Organization, Person, Ref, Span as CharSpan


@dataclass
class PeopleIndex:
    """Who is who in one article. `person_for` is how every other component names a person."""

    people: list[Person] = field(default_factory=list)
    organizations: list[Organization] = field(default_factory=list)
    by_surname: dict[str, Person] = field(default_factory=dict)

    def person_for(self, span: Span) -> Person | None:
        """The person a name mention refers to (None for pronouns and unknown mentions)."""
        text = span.text.removesuffix("’s").removesuffix("'s").strip()
        for person in self.people:
            if text == person.name or text in person.aliases:
                return person
        return self.by_surname.get(text.split()[-1]) if text else None

    def ref(self, person: Person) -> Ref:
        return Ref(name=person.name, id=person.id)


def find_people(doc: Doc) -> PeopleIndex:
    index = PeopleIndex()
    names = [e for e in doc.ents if e.label_ == "PERSON"]
    for ent in sorted(names, key=lambda e: -len(e)):
        name = ent.text.removesuffix("’s").removesuffix("'s").strip()
        if not name:
            continue
        surname = name.split()[-1]
        person = index.by_surname.get(surname)
        if person is None:
            person = Person(id=f"p{len(index.people) + 1}", name=name)
            index.people.append(person)
            index.by_surname[surname] = person
        elif name != person.name and name not in person.aliases:
            person.aliases.append(name)
        person.mentions.append(CharSpan(ent.start_char, ent.end_char))
    for ent in doc.ents:
        if ent.label_ == "ORG" and not any(o.name == ent.text for o in index.organizations):
            index.organizations.append(Organization(id=f"o{len(index.organizations) + 1}", name=ent.text))
    return index
