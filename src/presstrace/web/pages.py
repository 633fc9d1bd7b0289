"""The HTML pages: server-rendered (Jinja2, autoescaped), usable without JavaScript except the graph."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape

from presstrace import query
from presstrace.web.deps import EntityId, db, entity_or_404, record_or_404
from presstrace.web.highlight import segments
from presstrace.web.search import search_articles, search_organizations, search_quotes

router = APIRouter(include_in_schema=False)
PAGE_QUOTES, PAGE_TIMELINE, PAGE_ABOUT = 100, 200, 20  # a page shows the first ones; the API pages the rest
templates = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))
Con = Annotated[sqlite3.Connection, Depends(db)]
OptText = Annotated[str | None, Query(max_length=200)]
Date = Annotated[str | None, Query(pattern=r"^(\d{4}(-\d{2}(-\d{2})?)?)?$")]
Polarity = Annotated[str | None, Query(pattern="^(asserted|denied|hedged)?$")]
Kind = Annotated[str | None, Query(pattern="^(meeting|discussion|conversation|call|communication)?$")]


def marked(text: str | None) -> Markup:
    """An FTS snippet with its match markers (\\x02 … \\x03) as <mark>, everything else escaped."""
    return Markup(str(escape(text or "")).replace("\x02", "<mark>").replace("\x03", "</mark>"))


def web_url(url: str | None) -> str | None:
    """Only http(s) links leave the page: a `javascript:` URL in a dataset row must never become a link."""
    return url if isinstance(url, str) and url.lower().startswith(("http://", "https://")) else None


templates.env.filters["marked"] = marked
templates.env.filters["web_url"] = web_url


def render(request: Request, name: str, **context: Any) -> HTMLResponse:
    return templates.TemplateResponse(request, name, context)


@router.get("/", response_class=HTMLResponse)
def home(request: Request, con: Con, q: OptText = None) -> HTMLResponse:
    results = None
    if q and q.strip():
        results = {"people": query.people(con, q, limit=20), "organizations": search_organizations(con, q, 10),
                   "quotes": search_quotes(con, q, 20), "articles": search_articles(con, q, 20)}
    top = query.people(con, limit=30) if results is None else []
    counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # noqa: S608 - fixed names
              for t in ("articles", "quotes", "contacts", "entities")}
    return render(request, "search.html", q=q or "", results=results, top=top, counts=counts)


@router.get("/person/{entity_id}", response_class=HTMLResponse)
def person(request: Request, con: Con, entity_id: EntityId) -> HTMLResponse:
    e = entity_or_404(con, str(entity_id))
    ref = str(e["entity_id"])
    data = query.person(con, ref, quote_limit=PAGE_QUOTES, claim_limit=PAGE_TIMELINE)
    timeline = query.timeline_events(e, data["contact_claims"], data["quotes"], data["roles"])[:PAGE_TIMELINE]
    contradictions = query.contradictions(con, ref)
    surname = e["name"].split()[-1]  # how quotes name people; the page says so, as it may catch a namesake
    about = [q for q in search_quotes(con, surname, 2 * PAGE_ABOUT) if q["speaker_entity"] != e["entity_id"]]
    return render(request, "person.html", p=data, timeline=timeline, contradictions=contradictions,
                  sources=query.sources(con, ref), about=about[:PAGE_ABOUT], surname=surname)


@router.get("/pair/{a}/{b}", response_class=HTMLResponse)
def pair(request: Request, con: Con, a: EntityId, b: EntityId) -> HTMLResponse:
    ea, eb = entity_or_404(con, str(a)), entity_or_404(con, str(b))
    claims = query.contacts(con, str(a), str(b))
    sides = {p: [c for c in claims if c["polarity"] == p] for p in ("asserted", "denied", "hedged")}
    return render(request, "pair.html", a=ea, b=eb, claims=claims, sides=sides)


@router.get("/article/{article_id:path}", response_class=HTMLResponse)
def article(request: Request, con: Con, article_id: str) -> HTMLResponse:
    record = record_or_404(con, article_id)
    cluster = con.execute("SELECT a.id, a.outlet, a.published, c.is_original FROM clusters c JOIN articles a"
                          " ON a.id = c.article_id WHERE c.cluster_id = (SELECT cluster_id FROM clusters"
                          " WHERE article_id = ?) ORDER BY a.published", (article_id,)).fetchall()
    return render(request, "article.html", r=record, segments=segments(record), copies=cluster)


@router.get("/graph/{entity_id}", response_class=HTMLResponse)
def graph(request: Request, con: Con, entity_id: EntityId, polarity: Polarity = None, kind: Kind = None,
          since: Date = None, until: Date = None) -> HTMLResponse:
    e = entity_or_404(con, str(entity_id))
    params = {k: v for k, v in (("polarity", polarity), ("kind", kind), ("since", since), ("until", until)) if v}
    return render(request, "graph.html", e=e, params=params)


@router.get("/contradictions", response_class=HTMLResponse)
def contradictions(request: Request, con: Con) -> HTMLResponse:
    return render(request, "contradictions.html", rows=query.contradictions(con)[:200])


@router.get("/sources", response_class=HTMLResponse)
def sources(request: Request, con: Con) -> HTMLResponse:
    return render(request, "sources.html", clusters=query.syndicated_stories(con, 200),
                  chains=query.sourcing_chains(con, 100))
