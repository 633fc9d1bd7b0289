"""Article records written for the tests (the shape of docs/record.md), and a store holding them."""

from __future__ import annotations

import random
from typing import Any

from presstrace.store import Store

WORDS = ("harbour budget council hearing autumn summer recess assembly ferry bridge tunnel district school "
         "library tender contract audit minister review timetable station museum park river market tax road "
         "clinic hospital airport canal festival archive").split()


def filler(seed: str, n: int = 70) -> str:
    """Different plain words for every article, so that no two made-up stories look syndicated."""
    rng = random.Random(seed)
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def article(aid: str, people: list[Any], *, outlet: str = "The Gazette", published: str | None = "2017-03-02",
            contacts: list[tuple] = (), quotes: list[tuple] = (), text: str | None = None,
            syndicated_from: str | None = None) -> dict[str, Any]:
    """people: names, or (name, aliases, roles) with roles as [(title, of)].
    contacts: (a, b, polarity, asserted_by, evidence[, when]); quotes: (speaker, text[, reported_by])."""
    body = text or filler(aid)
    recs, pid_of = [], {}
    for i, p in enumerate(people, 1):
        name, aliases, roles = (p, [], []) if isinstance(p, str) else p
        pid_of[name] = f"p{i}"
        for alias in aliases:
            pid_of.setdefault(alias, f"p{i}")
        role_recs = []
        for title, of in roles:
            sentence = f" {name} is the {title}{' of ' + of if of else ''}."
            start = len(body) + 1 + len(name) + 8
            body += sentence
            role_recs.append({"title": title, "of": of, "evidence": {"start": start, "end": start + len(title)}})
        recs.append({"id": f"p{i}", "name": name, "aliases": aliases, "roles": role_recs, "mentions": []})

    def ref(name: str | None) -> dict[str, Any] | None:
        if name is None:
            return None
        if name == "article":
            return {"name": "article", "id": None, "is_group": False}
        return {"name": name, "id": pid_of.get(name), "is_group": name.islower()}

    cons = []
    for i, c in enumerate(contacts, 1):
        a, b, polarity, by, evidence = c[:5]
        start = len(body) + 1
        body += " " + evidence
        cons.append({"id": f"c{i}", "kind": "meeting", "participants": [ref(a), ref(b)], "polarity": polarity,
                     "asserted_by": ref(by), "when": {"text": c[5], "value": c[5]} if len(c) > 5 else None,
                     "where": None, "event": None, "cue": "met",
                     "evidence": {"text": evidence, "start": start, "end": start + len(evidence)}})
    qs = []
    for i, q in enumerate(quotes, 1):
        speaker, qtext = q[:2]
        start = len(body) + 2
        body += f' "{qtext}," said {speaker}.'
        qs.append({"id": f"q{i}", "text": qtext, "start": start, "end": start + len(qtext), "type": "direct",
                   "speaker": ref(speaker), "cue": "said", "addressee": None, "medium": None,
                   "reported_by": q[2] if len(q) > 2 else None, "spans": []})
    return {"id": aid, "source": {"path": None, "url": None, "origin": aid}, "title": f"Story {aid}",
            "authors": [], "published": published, "outlet": outlet, "syndicated_from": syndicated_from,
            "text": body, "people": recs, "organizations": [], "quotes": qs, "contacts": cons, "dates": []}


KISLYAK = ("Sergey Kislyak", ["Kislyak", "the Russian ambassador"], [("Russian ambassador", "Russia")])


def trump_russia() -> list[dict[str, Any]]:
    """A small made-up corpus in the shape of the Trump-Russia coverage."""
    return [
        article("a1", [KISLYAK, ("J.D. Gordon", ["Gordon"], [("national security adviser", "Donald Trump")]),
                       ("Walid Phares", ["Phares"], []), ("Michael Flynn", ["Flynn"], [])],
                outlet="The Stream", published="2017-03-12",
                contacts=[("J.D. Gordon", "Sergey Kislyak", "asserted", "J.D. Gordon",
                           "Gordon said he met with Kislyak in July during the convention in Cleveland.", "2016-07"),
                          ("Walid Phares", "Sergey Kislyak", "denied", "Walid Phares",
                           "Phares said that contrary to media reports, he had not actually met with Kislyak at all."),
                          ("Sergey Kislyak", "Michael Flynn", "asserted", "article",
                           "Kislyak spoke with Flynn in December.")]),
        article("a2", [("Sergei Kislyak", ["Kislyak"], []), ("Jeff Sessions", ["Sessions"],
                                                              [("senator", "Alabama")])],
                outlet="Washington Post", published="2017-03-01",
                contacts=[("Jeff Sessions", "Sergei Kislyak", "asserted", "article",
                           "Sessions met twice with Russian Ambassador Sergei Kislyak last year.")],
                quotes=[("Jeff Sessions", "I did not have communications with the Russians")]),
        article("a3", [("Jeff Sessions", ["Sessions"], [("attorney general", None)]), "Kislyak"],
                outlet="Fox News", published="2017-03-02",
                contacts=[("Jeff Sessions", "Kislyak", "denied", "Jeff Sessions",
                           "Sessions said he never met Kislyak to discuss the campaign.")]),
        article("a4", [("JD Gordon", [], []), ("Sergey I. Kislyak", [], []), ("Carter Page", ["Page"], [])],
                outlet="CNN", published="2017-03-03",
                contacts=[("JD Gordon", "Sergey I. Kislyak", "asserted", "article",
                           "JD Gordon and Carter Page met Sergey I. Kislyak at the convention."),
                          ("Carter Page", "Sergey I. Kislyak", "asserted", "article",
                           "Page also spoke to the ambassador there.")]),
        article("a5", [("Jeffrey Gordon", [], []), "Hillary Clinton", "Bill Clinton", "Donald Trump",
                       "Donald Trump Jr."], outlet="Politico", published="2017-03-04",
                quotes=[("Hillary Clinton", "We need answers about Russia"),
                        ("Bill Clinton", "I met many ambassadors"),
                        ("Donald Trump Jr.", "It was a short meeting about adoptions"),
                        ("Donald Trump", "I have nothing to do with Russia", "Reuters")]),
        article("a6", ["Hillary Clinton", "Donald Trump", "Donald Trump Jr."], outlet="NPR", published="2016-10-01",
                quotes=[("Hillary Clinton", "He is a puppet")]),
        article("a7", ["Clinton", "Trump", ("Trump Jr.", [], [])], outlet="The Hill", published="2016-10-02",
                quotes=[("Clinton", "Russia hacked us"), ("Trump Jr.", "Nothing happened")]),
        article("a8", ["Hillary Clinton", "Donald Trump", "Donald Trump Jr.",
                       ("Mike Flynn", ["Flynn"], [("national security adviser", "Donald Trump")])],
                outlet="Reuters", published="2017-02-14",
                contacts=[("Mike Flynn", "Sergey Kislyak", "asserted", "article",
                           "Flynn discussed sanctions with Kislyak in December.")]),
    ]


def make_store(path, records=None) -> Store:
    store = Store(path)
    store.add_records(records if records is not None else trump_russia())
    return store
