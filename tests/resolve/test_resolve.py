"""Entity resolution across articles: one entity per person, incremental, user decisions kept."""

from __future__ import annotations

from presstrace.resolve import merge_entities, resolve_store, split_entity
from tests.resolve.builders import article, make_store, trump_russia


def entity_of(store, name: str) -> int:
    rows = store.db.execute("SELECT DISTINCT entity_id FROM mentions WHERE name = ?", (name,)).fetchall()
    assert len(rows) == 1, (name, rows)
    return rows[0][0]


def names_of(store, eid: int) -> set[str]:
    return {r[0] for r in store.db.execute("SELECT key FROM entity_names WHERE entity_id = ?", (eid,))}


def test_one_entity_per_person_whatever_the_spelling(tmp_path):
    store = make_store(tmp_path / "s.db")
    resolve_store(store)
    kislyak = entity_of(store, "Sergey Kislyak")
    assert {entity_of(store, n) for n in ("Sergei Kislyak", "Sergey I. Kislyak", "Kislyak")} == {kislyak}
    assert entity_of(store, "J.D. Gordon") == entity_of(store, "JD Gordon") == entity_of(store, "Jeffrey Gordon")
    assert entity_of(store, "Mike Flynn") == entity_of(store, "Michael Flynn")


def test_people_sharing_a_surname_stay_apart(tmp_path):
    store = make_store(tmp_path / "s.db")
    resolve_store(store)
    assert entity_of(store, "Hillary Clinton") != entity_of(store, "Bill Clinton")
    assert entity_of(store, "Donald Trump") != entity_of(store, "Donald Trump Jr.")
    # a surname alone goes to the person who dominates it; "Trump Jr." never to the father
    assert entity_of(store, "Clinton") == entity_of(store, "Hillary Clinton")
    assert entity_of(store, "Trump") == entity_of(store, "Donald Trump")
    assert entity_of(store, "Trump Jr.") == entity_of(store, "Donald Trump Jr.")


def test_speakers_and_contact_parties_point_to_entities(tmp_path):
    store = make_store(tmp_path / "s.db")
    resolve_store(store)
    kislyak = entity_of(store, "Sergey Kislyak")
    n = store.db.execute("SELECT count(*) FROM contact_parties WHERE a_entity = ? OR b_entity = ?",
                         (kislyak, kislyak)).fetchone()[0]
    assert n == 8  # a8 names Kislyak only in a contact: resolved by name
    hillary = entity_of(store, "Hillary Clinton")
    assert store.db.execute("SELECT count(*) FROM quote_speakers WHERE entity_id = ?", (hillary,)).fetchone()[0] == 3


def test_roles_are_kept_with_dates_and_evidence(tmp_path):
    store = make_store(tmp_path / "s.db")
    resolve_store(store)
    rows = store.db.execute('SELECT title, "of", published, evidence FROM role_ledger WHERE name = ?'
                            " ORDER BY published", ("Jeff Sessions",)).fetchall()
    assert [(r[0], r[2]) for r in rows] == [("senator", "2017-03-01"), ("attorney general", "2017-03-02")]
    assert "is the senator of Alabama" in rows[0][3]


def test_resolution_is_incremental(tmp_path):
    records = trump_russia()
    store = make_store(tmp_path / "s.db", records[:4])
    first = resolve_store(store)
    assert first["articles"] == 4
    kislyak = entity_of(store, "Sergey Kislyak")
    store.add_records(records[4:] + [article("a9", ["Sergei Kislyak", "Dmitry Peskov"], outlet="TASS")])
    second = resolve_store(store)
    assert second["articles"] == 5
    assert entity_of(store, "Sergey Kislyak") == kislyak  # existing entities keep their ids
    assert {e for (e,) in store.db.execute("SELECT entity_id FROM mentions WHERE article_id = 'a9' AND name = ?",
                                           ("Sergei Kislyak",))} == {kislyak}
    assert resolve_store(store)["articles"] == 0


def test_user_merge_and_split_survive_reruns_and_rebuilds(tmp_path):
    store = make_store(tmp_path / "s.db")
    resolve_store(store)
    hillary, bill = entity_of(store, "Hillary Clinton"), entity_of(store, "Bill Clinton")
    merged = merge_entities(store, [hillary, bill])
    assert entity_of(store, "Bill Clinton") == entity_of(store, "Hillary Clinton") == merged
    resolve_store(store, rebuild=True)
    assert entity_of(store, "Bill Clinton") == entity_of(store, "Hillary Clinton")

    kislyak = entity_of(store, "Sergey Kislyak")
    new = split_entity(store, kislyak, ["Sergei Kislyak"])
    assert entity_of(store, "Sergei Kislyak") == new != entity_of(store, "Sergey Kislyak")
    store.add_records([article("a10", ["Sergei Kislyak"], outlet="TASS")])
    resolve_store(store)
    resolve_store(store, rebuild=True)
    assert entity_of(store, "Sergei Kislyak") != entity_of(store, "Sergey Kislyak")
    assert names_of(store, entity_of(store, "Sergei Kislyak")) == {"sergei kislyak"}
    assert store.db.execute("SELECT count(*) FROM entity_decisions").fetchone()[0] == 2


def test_syndicated_copies_form_one_story_with_the_credited_original(tmp_path):
    body = " ".join(f"Sentence number {i} of a long wire story about the harbour budget and the council vote."
                    for i in range(30))
    records = [
        article("orig", ["Ada Quill"], outlet="Daily Caller News Foundation", published="2017-03-12", text=body),
        article("copy1", ["Ada Quill"], outlet="The Stream", published="2017-03-11",
                text=body + " Follow Ada on Twitter.", syndicated_from="Daily Caller News Foundation"),
        article("other", ["Ada Quill"], outlet="The Gazette"),
    ]
    store = make_store(tmp_path / "s.db", records)
    out = resolve_store(store)
    assert out["clusters_with_copies"] == 1 and out["copies"] == 1
    rows = dict(store.db.execute("SELECT article_id, cluster_id FROM clusters").fetchall())
    assert rows["orig"] == rows["copy1"] == "orig" and rows["other"] == "other"
    assert store.db.execute("SELECT is_original FROM clusters WHERE article_id = 'orig'").fetchone()[0] == 1


def test_a_rare_misspelling_of_a_frequent_surname_joins_it(tmp_path):
    records = [article(f"k{i}", [("Sergey Kislyak", ["Kislyak"], [])], outlet="Wire") for i in range(10)]
    records += [article("typo1", ["Sergey Kislak"]), article("typo2", ["Kislyac"]),
                article("family", ["Barack Obama"]), article("plural", ["Obamas"])]
    store = make_store(tmp_path / "s.db", records)
    resolve_store(store)
    assert entity_of(store, "Sergey Kislak") == entity_of(store, "Kislyac") == entity_of(store, "Sergey Kislyak")
    assert entity_of(store, "Obamas") != entity_of(store, "Barack Obama")


def test_a_surname_far_more_frequent_than_its_full_name_joins_it_when_both_carry_the_same_role(tmp_path):
    # a long report split into sections: the full name now and then, the title and surname everywhere else
    full = [article(f"f{i}", [("Anton Varga", [], [("Hungarian envoy", None)])]) for i in range(3)]
    bare = [article(f"s{i}", [("Varga", [], [("envoy", None)])]) for i in range(8)]
    word = [article(f"w{i}", ["Danube"]) for i in range(8)] + [article("w9", ["Ilse Danube", "Karl Danube"])]
    store = make_store(tmp_path / "s.db", full + bare + word)
    resolve_store(store)
    assert entity_of(store, "Varga") == entity_of(store, "Anton Varga")
    assert entity_of(store, "Danube") not in (entity_of(store, "Ilse Danube"), entity_of(store, "Karl Danube"))
