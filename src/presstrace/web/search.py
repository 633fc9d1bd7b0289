"""Full-text search over articles and quotes (FTS5), with user input turned into a safe FTS query."""

from __future__ import annotations

import sqlite3
from typing import Any

from presstrace.query import fts_query


def search_quotes(con: sqlite3.Connection, text: str, limit: int = 20, offset: int = 0) -> list[dict[str, Any]]:
    match = fts_query(text)
    if not match:
        return []
    cur = con.execute(
        "SELECT q.article_id, q.qid, q.text, coalesce(e.name, q.speaker) AS speaker, qs.entity_id AS speaker_entity,"
        " a.outlet, a.published, a.title"
        " FROM (SELECT rowid, rank FROM quotes_fts WHERE quotes_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?) f"
        " JOIN quotes q ON q.rowid = f.rowid JOIN articles a ON a.id = q.article_id"
        " LEFT JOIN quote_speakers qs ON qs.article_id = q.article_id AND qs.qid = q.qid"
        " LEFT JOIN entities e ON e.entity_id = qs.entity_id ORDER BY f.rank", (match, limit, offset))
    return _dicts(cur)


def search_articles(con: sqlite3.Connection, text: str, limit: int = 20, offset: int = 0) -> list[dict[str, Any]]:
    match = fts_query(text)
    if not match:
        return []
    cur = con.execute(
        "SELECT a.id, a.title, a.outlet, a.published, snippet(articles_fts, 1, '\x02', '\x03', ' … ', 16) AS snippet"
        " FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid"
        " WHERE articles_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?", (match, limit, offset))
    return _dicts(cur)


def search_organizations(con: sqlite3.Connection, text: str, limit: int = 20) -> list[dict[str, Any]]:
    cur = con.execute("SELECT name, kind, count(DISTINCT article_id) AS articles FROM organizations"
                      " WHERE name LIKE ? GROUP BY name, kind ORDER BY articles DESC LIMIT ?", (f"%{text}%", limit))
    return _dicts(cur)


def _dicts(cur: sqlite3.Cursor) -> list[dict[str, Any]]:
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, r, strict=True)) for r in cur]
