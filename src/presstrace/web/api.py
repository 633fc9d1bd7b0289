"""The JSON API under /api: the same questions as the pages, read-only, paginated."""

from __future__ import annotations

import sqlite3
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query

from presstrace import query
from presstrace.web.deps import EntityId, db, entity_or_404, record_or_404
from presstrace.web.graph import person_graph
from presstrace.web.search import search_articles, search_organizations, search_quotes

router = APIRouter(prefix="/api", tags=["api"])
Con = Annotated[sqlite3.Connection, Depends(db)]
Limit = Annotated[int, Query(ge=1, le=200, description="Page size (at most 200).")]
Offset = Annotated[int, Query(ge=0, le=1_000_000)]
Text = Annotated[str, Query(min_length=1, max_length=200)]
OptText = Annotated[str | None, Query(max_length=200)]
Date = Annotated[str | None, Query(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$", description="YYYY, YYYY-MM or YYYY-MM-DD")]
Polarity = Annotated[str | None, Query(pattern="^(asserted|denied|hedged)$")]
Kind = Annotated[str | None, Query(pattern="^(meeting|discussion|conversation|call|communication)$")]


def page(rows: list[Any], limit: int, offset: int) -> dict[str, Any]:
    return {"items": rows[offset:offset + limit], "total": len(rows), "limit": limit, "offset": offset}


@router.get("/search", summary="People, organisations, quotes and articles matching a text")
def search(con: Con, q: Text, limit: Limit = 20) -> dict[str, Any]:
    return {"people": query.people(con, q, limit=limit), "organizations": search_organizations(con, q, limit),
            "quotes": search_quotes(con, q, limit), "articles": search_articles(con, q, limit)}


@router.get("/people", summary="People, most reported first")
def people(con: Con, q: OptText = None, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    return page(query.people(con, q, limit=limit + offset), limit, offset)


@router.get("/people/{entity_id}", summary="One person: names, roles over time, contacts, first quotes and claims")
def person(con: Con, entity_id: EntityId, quotes: Limit = 50, claims: Limit = 50) -> dict[str, Any]:
    """Contacts per counterpart, the first `quotes` quotes and the first `claims` contact claims (oldest first);
    page through all quotes with /api/quotes?by=ID, and a pair's claims with /api/pairs/A/B."""
    ref = str(entity_or_404(con, str(entity_id))["entity_id"])
    return query.person(con, ref, quote_limit=quotes, claim_limit=claims)


@router.get("/people/{entity_id}/timeline", summary="A person's dated contacts, quotes and roles",
            description="Paged by `offset`; `total` is null (not counted), `has_more` says whether a next page exists.")
def timeline(con: Con, entity_id: EntityId, limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
    entity_or_404(con, str(entity_id))
    # A much-quoted person has thousands of events: fetch one page and one more (later quotes cannot come first).
    events = query.timeline(con, str(entity_id), quote_limit=offset + limit + 1)
    return {**page(events, limit, offset), "total": None, "has_more": len(events) > offset + limit}


@router.get("/people/{entity_id}/graph", summary="A person's contact network, claims on the edges")
def graph(con: Con, entity_id: EntityId, polarity: Polarity = None, kind: Kind = None, since: Date = None,
          until: Date = None) -> dict[str, Any]:
    return person_graph(con, entity_or_404(con, str(entity_id)), polarity, kind, since, until)


@router.get("/people/{entity_id}/sources", summary="Sourcing chains of a person's quotes")
def sources(con: Con, entity_id: EntityId) -> list[dict[str, Any]]:
    entity_or_404(con, str(entity_id))
    return query.sources(con, str(entity_id))


@router.get("/pairs/{a}/{b}", summary="Every contact claim between two people")
def pair(con: Con, a: EntityId, b: EntityId, limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
    entity_or_404(con, str(a)), entity_or_404(con, str(b))
    return page(query.contacts(con, str(a), str(b)), limit, offset)


@router.get("/quotes", summary="Quotes, filtered by speaker, text and date")
def quotes(con: Con, by: OptText = None, search: OptText = None, since: Date = None, limit: Limit = 50,
           offset: Offset = 0) -> dict[str, Any]:
    if by:
        entity_or_404(con, by)
    return page(query.quotes(con, by=by, search=search, since=since, limit=limit + offset), limit, offset)


@router.get("/contradictions", summary="Pairs with contact claims both asserted and denied")
def contradictions(con: Con, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    return page(query.contradictions(con), limit, offset)


@router.get("/articles/{article_id:path}", summary="One article record")
def article(con: Con, article_id: str) -> dict[str, Any]:
    return record_or_404(con, article_id)
