"""Full-text search over articles and quotes (FTS5), with user input turned into a safe FTS query.

Results are ranked by relevance (bm25) unless a text matches more than RANK_AT_MOST rows: bm25 scores every
match, and a word found in most of the store ("Trump" in Trump coverage) would make the page slow, while ranking
such a crowd adds little. Those results come newest first instead, and each row says which order it is in.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from presstrace.query import fts_query

RANK_AT_MOST = 2_000


def search_quotes(con: sqlite3.Connection, text: str, limit: int = 20, offset: int = 0) -> list[dict[str, Any]]:
    match = fts_query(text)
    if not match:
        return []
    ranked = _matches(con, "quotes_fts", match) <= RANK_AT_MOST
    if ranked:
        hits = "SELECT rowid, rank FROM quotes_fts WHERE quotes_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?"
    else:  # newest first, by walking articles from the newest (published index) until enough quotes match
        hits = ("SELECT q.rowid FROM articles a INDEXED BY articles_published JOIN quotes q ON q.article_id = a.id"
                " WHERE q.rowid IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)"
                " ORDER BY a.published DESC, q.rowid LIMIT ? OFFSET ?")
    cur = con.execute(
        "SELECT q.article_id, q.qid, q.text, coalesce(e.name, q.speaker) AS speaker, qs.entity_id AS speaker_entity,"
        f" a.outlet, a.published, a.title, {int(ranked)} AS ranked"
        f" FROM ({hits}) f JOIN quotes q ON q.rowid = f.rowid JOIN articles a ON a.id = q.article_id"
        " LEFT JOIN quote_speakers qs ON qs.article_id = q.article_id AND qs.qid = q.qid"
        " LEFT JOIN entities e ON e.entity_id = qs.entity_id"
        + (" ORDER BY f.rank" if ranked else " ORDER BY a.published DESC, q.rowid"), (match, limit, offset))
    return _dicts(cur)


def search_articles(con: sqlite3.Connection, text: str, limit: int = 20, offset: int = 0) -> list[dict[str, Any]]:
    match = fts_query(text)
    if not match:
        return []
    snippet = "snippet(articles_fts, 1, '\x02', '\x03', ' … ', 16) AS snippet"
    if _matches(con, "articles_fts", match) <= RANK_AT_MOST:
        cur = con.execute(
            f"SELECT a.id, a.title, a.outlet, a.published, {snippet}, 1 AS ranked"
            " FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid"
            " WHERE articles_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?", (match, limit, offset))
    else:  # newest first: the published index picks the page, snippets only for its rows
        cur = con.execute(
            f"SELECT a.id, a.title, a.outlet, a.published, {snippet}, 0 AS ranked"
            " FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid"
            " WHERE articles_fts MATCH ? AND articles_fts.rowid IN (SELECT rowid FROM articles"
            "  INDEXED BY articles_published WHERE rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)"
            "  ORDER BY published DESC, rowid LIMIT ? OFFSET ?) ORDER BY a.published DESC, a.rowid",
            (match, match, limit, offset))
    return _dicts(cur)


def search_organizations(con: sqlite3.Connection, text: str, limit: int = 20) -> list[dict[str, Any]]:
    """Organisations whose name contains the text, from the per-name summary (one row per name and kind)."""
    cur = con.execute("SELECT name, kind, articles FROM organization_summary WHERE name LIKE ? ESCAPE '\\'"
                      " ORDER BY articles DESC, name LIMIT ?", (f"%{_like(text)}%", limit))
    return _dicts(cur)


def _matches(con: sqlite3.Connection, fts: str, match: str) -> int:
    return con.execute(f"SELECT count(*) FROM {fts} WHERE {fts} MATCH ?", (match,)).fetchone()[0]  # noqa: S608


def _like(text: str) -> str:
    """The text as a literal inside a LIKE pattern: % and _ typed by a user match themselves."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _dicts(cur: sqlite3.Cursor) -> list[dict[str, Any]]:
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, r, strict=True)) for r in cur]
