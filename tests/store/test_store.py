"""The SQLite store: schema versioning, WAL, full-text search, whole-article writes."""

from __future__ import annotations

import sqlite3

import pytest

from presstrace.store import Store, StoreError
from presstrace.store.schema import MIGRATIONS


def record(i: int, text: str | None = None) -> dict:
    return {"id": f"a{i}", "source": {"origin": f"row {i}"}, "title": f"Title {i}", "authors": ["Ada Quill"],
            "published": "2020-01-02", "outlet": "Gazette", "syndicated_from": None,
            "text": text or f"Ada Quill met Boris Tamm about the ferry timetable {i}.",
            "people": [{"id": "p1", "name": "Ada Quill", "aliases": [], "roles": []}], "organizations": [],
            "quotes": [{"id": "q1", "text": f"the ferry will run on time {i}", "start": 0, "end": 10,
                        "type": "indirect", "speaker": {"id": "p1", "name": "Ada Quill"}, "cue": "said"}],
            "contacts": [], "dates": []}


def test_new_store_is_wal_and_at_the_latest_schema(tmp_path):
    with Store(tmp_path / "s.db") as store:
        assert store.version == len(MIGRATIONS)
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_the_same_article_is_stored_once_by_id_and_by_content(tmp_path):
    with Store(tmp_path / "s.db") as store:
        assert store.add_records([record(1), record(2)]) == []
        assert store.add_records([record(1)]) == ["a1"]
        copy = record(3, text=record(2)["text"])  # same body under another id
        assert store.add_records([copy]) == ["a3"]
        assert store.counts()["articles"] == 2


def test_full_text_search_over_articles_and_quotes(tmp_path):
    with Store(tmp_path / "s.db") as store:
        store.add_records([record(1), record(2)])
        hits = store.db.execute("SELECT title FROM articles_fts WHERE articles_fts MATCH 'ferry AND timetable'")
        assert len(hits.fetchall()) == 2
        quotes = store.db.execute("SELECT text FROM quotes_fts WHERE quotes_fts MATCH 'ferry'").fetchall()
        assert len(quotes) == 2


def test_a_failed_batch_writes_nothing(tmp_path):
    bad = record(2)
    bad["quotes"][0].pop("text")  # breaks half-way through the article's rows
    with Store(tmp_path / "s.db") as store:
        with pytest.raises(KeyError):
            store.add_records([record(1), bad])
        assert store.counts()["articles"] == 0 and store.counts()["quotes"] == 0


def test_read_only_open_of_a_missing_or_foreign_file_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="no such database"):
        Store(tmp_path / "missing.db", readonly=True)
    (tmp_path / "junk.db").write_bytes(b"not sqlite at all" * 100)
    with pytest.raises(StoreError, match="not a presstrace database"):
        Store(tmp_path / "junk.db")


def test_an_old_database_is_upgraded_on_open(tmp_path):
    path = tmp_path / "old.db"
    sqlite3.connect(path).close()  # version 0: empty
    with Store(path) as store:
        assert store.version == len(MIGRATIONS)


def test_reading_an_older_store_upgrades_it_first(tmp_path):
    path = tmp_path / "old.db"
    with sqlite3.connect(path) as con:  # a store written by a presstrace that knew only migration 1
        con.executescript(MIGRATIONS[0])
        con.execute("PRAGMA user_version = 1")
    with Store(path, readonly=True) as store:
        assert store.version == len(MIGRATIONS)
