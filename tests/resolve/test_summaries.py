"""Summaries the pages read: written by each resolve, current after new articles and user decisions."""

from __future__ import annotations

from presstrace import query
from presstrace.resolve import merge_entities, resolve_store
from presstrace.resolve.summaries import SUMMARY_TABLES
from presstrace.store import Store
from tests.resolve.builders import article, make_store


def kislyak_of(store) -> str:
    return str(query.entity(store.db, "Sergey Kislyak")["entity_id"])


def test_a_resolve_writes_roles_sources_and_contradictions(tmp_path):
    store = make_store(tmp_path / "s.db")
    resolve_store(store)
    sessions = query.entity(store.db, "Jeff Sessions")["entity_id"]
    assert [(r["title"], r["first"]) for r in query.roles(store.db, sessions)] == [
        ("senator", "2017-03-01"), ("attorney general", "2017-03-02")]
    pairs = {frozenset((x["a"], x["b"])) for x in query.contradictions(store.db, kislyak_of(store))}
    assert frozenset(("Walid Phares", "Sergey Kislyak")) in pairs
    denial = next(x for x in query.contradictions(store.db) if "Walid Phares" in (x["a"], x["b"]))
    assert "had not actually met" in denial["denied"][0]["evidence"]
    chains = query.sources(store.db, "Donald Trump")
    assert any(c["reported_by"] == "Reuters" and "reported by Reuters" in c["chain"] for c in chains)
    assert {"reported_by": "Reuters", "medium": None, "quotes": 1, "speakers": 1} in query.sourcing_chains(store.db)


def test_summaries_follow_new_articles_and_merges(tmp_path):
    store = make_store(tmp_path / "s.db")
    resolve_store(store)
    before = len(query.roles(store.db, query.entity(store.db, "Jeff Sessions")["entity_id"]))
    store.add_records([article("b1", [("Jeff Sessions", [], [("nominee", "Donald Trump")])],
                               published="2017-01-10")])
    resolve_store(store)
    assert len(query.roles(store.db, query.entity(store.db, "Jeff Sessions")["entity_id"])) == before + 1

    store.add_records([article("b2", ["Olga Brandt"], contacts=[
        ("Olga Brandt", "Sergey Kislyak", "denied", "Olga Brandt", "Brandt said she never met Kislyak.")])])
    resolve_store(store)
    assert not any("Walid Phares" in (x["a"], x["b"]) and "Olga Brandt" in (x["a"], x["b"])
                   for x in query.contradictions(store.db))
    merge_entities(store, [query.entity(store.db, "Olga Brandt")["entity_id"],
                           query.entity(store.db, "Walid Phares")["entity_id"]])
    merged = query.contradictions(store.db, kislyak_of(store))
    assert sum(x["denied_stories"] for x in merged if "Kislyak" in x["a"] + x["b"]) >= 3


def test_a_store_resolved_before_summaries_existed_gets_them_on_open(tmp_path):
    path = tmp_path / "s.db"
    store = make_store(path)
    resolve_store(store)
    for table in SUMMARY_TABLES:  # as a store written at schema version 4 would be
        store.db.execute(f"DROP TABLE {table}")  # noqa: S608 - fixed names
    store.db.execute("DROP INDEX entities_most_reported")
    store.db.execute("ALTER TABLE entities DROP COLUMN n_quotes")
    store.db.execute("ALTER TABLE entities DROP COLUMN n_contacts")
    store.db.execute("DELETE FROM resolve_state WHERE name = 'summaries'")
    store.db.execute("PRAGMA user_version = 4")
    store.close()
    with Store(path, readonly=True) as reopened:
        assert query.contradictions(reopened.db)
        assert query.people(reopened.db, "Clinton")[0]["quotes"] == 3
