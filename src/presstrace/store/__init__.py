"""The SQLite store: one real file, WAL mode, versioned schema, FTS5 over article text and quotes.

Each article and everything found in it are written in one transaction: a run killed at any
moment leaves whole articles or none, and a rerun skips what is already stored.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from presstrace.record import content_hash
from presstrace.store.schema import MIGRATIONS


class StoreError(RuntimeError):
    pass


class Store:
    def __init__(self, path: str | Path, readonly: bool = False):
        self.path = Path(path)
        if readonly and not self.path.exists():
            raise StoreError(f"{self.path}: no such database; create it with `presstrace ingest ... --db {path}`")
        uri = f"file:{self.path}?mode=ro" if readonly else f"file:{self.path}"
        try:
            self.db = sqlite3.connect(uri, uri=True, timeout=30, isolation_level=None)
            self.db.row_factory = sqlite3.Row
            self.db.execute("PRAGMA foreign_keys = ON")
            if not readonly:
                self.db.execute("PRAGMA journal_mode = WAL")
                self.db.execute("PRAGMA synchronous = NORMAL")
                self.migrate()
            elif self.version < len(MIGRATIONS):  # an older store: upgrade it once, then read as asked
                self.db.close()
                Store(self.path).close()
                self.db = sqlite3.connect(uri, uri=True, timeout=30, isolation_level=None)
                self.db.row_factory = sqlite3.Row
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: not a presstrace database ({exc})") from exc

    @property
    def version(self) -> int:
        return self.db.execute("PRAGMA user_version").fetchone()[0]

    def migrate(self) -> None:
        for number in range(self.version + 1, len(MIGRATIONS) + 1):
            with self.transaction():
                for statement in _statements(MIGRATIONS[number - 1]):
                    self.db.execute(statement)
                self.db.execute(f"PRAGMA user_version = {number}")
        from presstrace.resolve.summaries import build_summaries, summaries_missing  # resolve builds on store

        if summaries_missing(self.db):  # resolved before the summaries existed: build them once, here
            with self.transaction():
                build_summaries(self.db)

    def transaction(self) -> _Transaction:
        return _Transaction(self.db)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing -----------------------------------------------------------------------------

    def has(self, article_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is not None

    def has_content(self, text: str) -> str | None:
        row = self.db.execute("SELECT id FROM articles WHERE content_hash = ?", (content_hash(text),)).fetchone()
        return row[0] if row else None

    def add_records(self, records: Iterable[dict[str, Any]]) -> list[str]:
        """Store records in one transaction; return the ids of those already present (skipped)."""
        skipped = []
        with self.transaction():
            for record in records:
                if self.has(record["id"]) or self.has_content(record["text"]):
                    skipped.append(record["id"])
                    continue
                self._insert(record)
                self.db.execute("DELETE FROM failures WHERE origin = ?", (record["source"].get("origin"),))
        return skipped

    def add_failures(self, failures: Iterable[tuple[str, str]]) -> None:
        with self.transaction():
            self.db.executemany("INSERT OR REPLACE INTO failures(origin, reason) VALUES (?, ?)", failures)

    def _insert(self, r: dict[str, Any]) -> None:
        src = r.get("source") or {}
        self.db.execute(
            "INSERT INTO articles(id, content_hash, origin, path, url, title, authors, published, outlet,"
            " syndicated_from, text, record) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (r["id"], content_hash(r["text"]), src.get("origin"), src.get("path"), src.get("url"), r.get("title"),
             json.dumps(r.get("authors") or []), r.get("published"), r.get("outlet"), r.get("syndicated_from"),
             r["text"], json.dumps(r, ensure_ascii=False)),
        )
        aid = r["id"]
        self.db.executemany(
            "INSERT INTO people(article_id, pid, name, aliases, roles) VALUES (?,?,?,?,?)",
            [(aid, p["id"], p["name"], json.dumps(p.get("aliases") or []), json.dumps(p.get("roles") or []))
             for p in r.get("people") or []],
        )
        self.db.executemany(
            "INSERT INTO organizations(article_id, oid, name, kind) VALUES (?,?,?,?)",
            [(aid, o["id"], o["name"], o.get("kind")) for o in r.get("organizations") or []],
        )
        self.db.executemany(
            'INSERT INTO quotes(article_id, qid, text, start, "end", type, speaker, speaker_pid, cue, addressee,'
            " medium, reported_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            [(aid, q["id"], q["text"], q.get("start"), q.get("end"), q.get("type"), _name(q.get("speaker")),
              _pid(q.get("speaker")), q.get("cue"), q.get("addressee"), q.get("medium"), q.get("reported_by"))
             for q in r.get("quotes") or []],
        )
        self.db.executemany(
            "INSERT INTO contacts(article_id, cid, kind, cue, a, a_pid, b, b_pid, b_is_group, polarity, asserted_by,"
            " asserted_by_pid, when_text, when_value, place, event, evidence, evidence_start, evidence_end)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [_contact_row(aid, c) for c in r.get("contacts") or []],
        )
        self.db.executemany(
            'INSERT INTO dates(article_id, text, value, start, "end") VALUES (?,?,?,?,?)',
            [(aid, d.get("text"), d.get("value"), d.get("start"), d.get("end")) for d in r.get("dates") or []],
        )

    # -- reading -----------------------------------------------------------------------------

    def record(self, article_id: str) -> dict[str, Any] | None:
        row = self.db.execute("SELECT record FROM articles WHERE id = ?", (article_id,)).fetchone()
        return json.loads(row[0]) if row else None

    def counts(self) -> dict[str, int]:
        tables = ("articles", "people", "organizations", "quotes", "contacts", "dates", "failures", "entities")
        return {t: self.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}  # noqa: S608


def _name(ref: Any) -> str | None:
    return ref.get("name") if isinstance(ref, dict) else ref


def _pid(ref: Any) -> str | None:
    return ref.get("id") if isinstance(ref, dict) else None


def _contact_row(aid: str, c: dict[str, Any]) -> tuple:
    parts = c.get("participants") or []
    a = parts[0] if parts else {}
    b = parts[1] if len(parts) > 1 else {}
    when = c.get("when") or {}
    ev = c.get("evidence") or {}
    return (aid, c["id"], c.get("kind"), c.get("cue"), a.get("name"), a.get("id"), b.get("name"), b.get("id"),
            int(bool(b.get("is_group"))), c.get("polarity"), _name(c.get("asserted_by")), _pid(c.get("asserted_by")),
            when.get("text"), when.get("value"), c.get("where"), c.get("event"), ev.get("text"), ev.get("start"),
            ev.get("end"))


def _statements(script: str) -> list[str]:
    """Split a migration into statements (sqlite3.complete_statement knows about trigger bodies)."""
    out, buf = [], ""
    for line in script.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            if buf.strip():
                out.append(buf.strip())
            buf = ""
    if buf.strip():
        out.append(buf.strip())
    return out


class _Transaction:
    """BEGIN IMMEDIATE ... COMMIT, rolled back on any exception (autocommit connection)."""

    def __init__(self, db: sqlite3.Connection):
        self.db = db

    def __enter__(self) -> sqlite3.Connection:
        self.db.execute("BEGIN IMMEDIATE")
        return self.db

    def __exit__(self, exc_type, exc, tb) -> None:
        self.db.execute("ROLLBACK" if exc_type else "COMMIT")
