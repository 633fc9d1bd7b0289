"""Per-request access to the store: a read-only SQLite connection, opened and closed with the request."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import Annotated

from fastapi import HTTPException, Path, Request

from presstrace.query import QueryError, entity

# SQLite integers are 64-bit: a larger id must be a 422, not an overflow deep in a query.
EntityId = Annotated[int, Path(ge=1, le=2**63 - 1)]


def db(request: Request) -> Iterator[sqlite3.Connection]:
    con = sqlite3.connect(f"file:{request.app.state.db_path}?mode=ro", uri=True, check_same_thread=False)
    try:
        yield con
    finally:
        con.close()


def entity_or_404(con: sqlite3.Connection, ref: str) -> dict:
    try:
        return entity(con, ref)
    except QueryError as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from exc


def record_or_404(con: sqlite3.Connection, article_id: str) -> dict:
    import json

    row = con.execute("SELECT record FROM articles WHERE id = ?", (article_id,)).fetchone()
    if row is None:
        raise HTTPException(status_code=404, detail=f"no article with id {article_id!r}")
    return json.loads(row[0])
