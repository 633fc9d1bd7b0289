"""Questions to a resolved store. Every function takes an sqlite3 connection and returns plain rows
(lists of dicts) ready for a table, JSON or CSV. Parameterised SQL only.

Counts of contacts and quotes count *stories* (syndication clusters), not copies; every outlet stays listed.
"""

from __future__ import annotations

import json
import re
import sqlite3
from typing import Any

from presstrace.resolve.run import find_entities


class QueryError(LookupError):
    pass


def _rows(db: sqlite3.Connection, sql: str, params: tuple | list = ()) -> list[dict[str, Any]]:
    cur = db.execute(sql, params)
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, r, strict=True)) for r in cur]


def fts_query(text: str) -> str | None:
    """Every word of a user's text, each quoted: FTS5 syntax in the input can neither break nor widen a search."""
    words = re.findall(r"\w+", text)[:20]
    return " ".join(f'"{w}"' for w in words) or None


def is_resolved(db: sqlite3.Connection) -> bool:
    return db.execute("SELECT 1 FROM resolved LIMIT 1").fetchone() is not None


def entity(db: sqlite3.Connection, ref: str) -> dict[str, Any]:
    """The entity a user means by NAME (or id): raises QueryError when none or several equally likely."""
    hits = find_entities(db, ref)
    if not hits:
        raise QueryError(f"no person matching {ref!r} (has `presstrace resolve` run?)")
    eid = hits[0][0]
    return _rows(db, "SELECT entity_id, name, n_articles, n_mentions FROM entities WHERE entity_id = ?", (eid,))[0]


def people(db: sqlite3.Connection, query: str | None = None, limit: int = 50) -> list[dict[str, Any]]:
    sql = ("SELECT e.entity_id, e.name, e.n_articles AS articles, e.n_mentions AS mentions,"
           " (SELECT group_concat(name, '; ') FROM (SELECT name FROM entity_names n WHERE n.entity_id = e.entity_id"
           "  ORDER BY n DESC LIMIT 6)) AS names,"
           " e.n_quotes AS quotes, e.n_contacts AS contacts FROM entities e")
    params: list[Any] = []
    words = re.findall(r"\w+", query or "")[:8]
    if words:  # every word, as a prefix, in some written form of the name (full-text index)
        sql += (" WHERE e.entity_id IN (SELECT entity_id FROM entity_names WHERE rowid IN"
                " (SELECT rowid FROM entity_names_fts WHERE entity_names_fts MATCH ?))")
        params.append(" ".join(f'"{w}"*' for w in words))
    sql += " ORDER BY e.n_articles DESC, e.name LIMIT ?"
    params.append(limit)
    return _rows(db, sql, params)


def roles(db: sqlite3.Connection, entity_id: int) -> list[dict[str, Any]]:
    """Roles over time: each distinct title with first and last dates seen, count and one evidence."""
    return _rows(db, 'SELECT title, "of", first, last, articles, outlets, evidence, article_id FROM role_summary'
                     " WHERE entity_id = ? ORDER BY articles DESC, first IS NULL, first", (entity_id,))


def quotes(db: sqlite3.Connection, by: str | None = None, search: str | None = None, since: str | None = None,
           limit: int = 100) -> list[dict[str, Any]]:
    if by and not (search or since):
        return _first_quotes_by(db, entity(db, by)["entity_id"], limit)
    sql = ("SELECT speaker, text, type, cue, addressee, medium, reported_by, outlet, published, story,"
           " article_id, qid FROM quote_ledger q WHERE 1 = 1")
    params: list[Any] = []
    if by:
        sql += " AND speaker_entity = ?"
        params.append(entity(db, by)["entity_id"])
    if search:
        sql += (" AND (article_id, qid) IN (SELECT article_id, qid FROM quotes WHERE rowid IN"
                " (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?))")
        params.append("text: (" + (fts_query(search) or '""') + ")")
    if since:
        sql += " AND published >= ?"
        params.append(since)
    # Copies of one story fold into one row after the query: fetch a margin beyond `limit`, not everything.
    sql += " ORDER BY published IS NULL, published, article_id, qid LIMIT ?"
    params.append(limit * 4)
    rows = _rows(db, sql, params)
    return _dedupe_stories(rows, ("speaker", "text"))[:limit]


def _first_quotes_by(db: sqlite3.Connection, entity_id: int, limit: int) -> list[dict[str, Any]]:
    """A speaker's earliest quotes straight from the (entity_id, published) index, undated ones last: a
    much-quoted person has thousands, and sorting them all on every visit is what made their page slow."""
    margin = limit * 4  # copies of one story fold into one row afterwards
    rows = _rows(db, "SELECT e.name AS speaker, q.text, q.type, q.cue, q.addressee, q.medium, q.reported_by,"
                     " a.outlet, a.published, coalesce(cl.cluster_id, a.id) AS story, q.article_id, q.qid FROM"
                     " (SELECT * FROM (SELECT article_id, qid FROM quote_speakers WHERE entity_id = ?"
                     "   AND published IS NOT NULL ORDER BY published LIMIT ?)"
                     "  UNION ALL SELECT * FROM (SELECT article_id, qid FROM quote_speakers WHERE entity_id = ?"
                     "   AND published IS NULL LIMIT ?)) qs"
                     " JOIN quotes q ON q.article_id = qs.article_id AND q.qid = qs.qid"
                     " JOIN articles a ON a.id = q.article_id JOIN entities e ON e.entity_id = ?"
                     " LEFT JOIN clusters cl ON cl.article_id = q.article_id"
                     " ORDER BY a.published IS NULL, a.published, q.article_id, q.qid LIMIT ?",
                 (entity_id, margin, entity_id, margin, entity_id, margin))
    return _dedupe_stories(rows, ("speaker", "text"))[:limit]


def _dedupe_stories(rows: list[dict[str, Any]], key: tuple[str, ...]) -> list[dict[str, Any]]:
    """One row per story (syndicated copies fold into it), listing every outlet that carried it."""
    out: dict[tuple, dict[str, Any]] = {}
    for r in rows:
        k = (r["story"], *(r[f] for f in key))
        if k in out:
            x = out[k]
            if r.get("outlet") and r["outlet"] not in x["outlets"]:
                x["outlets"].append(r["outlet"])
            x["copies"] += 1
            continue
        x = dict(r)
        x["outlets"] = [r["outlet"]] if r.get("outlet") else []
        x["copies"] = 1
        out[k] = x
    for x in out.values():
        x["outlets"] = "; ".join(x["outlets"])
    return list(out.values())


CONTACT_COLUMNS = ("a_name, a_written, b_name, b_written, b_is_group, a_entity, b_entity, kind, polarity, asserted_by,"
                   " when_text, date, place, event, evidence, outlet, published, story, article_id, cid")


def contacts(db: sqlite3.Connection, a: str | None = None, b: str | None = None,
             limit: int | None = None) -> list[dict[str, Any]]:
    """Every contact claim (one row per story and claim) involving A, or between A and B, with evidence, oldest
    first; with `limit`, about the first `limit` of them."""
    sql = f"SELECT {CONTACT_COLUMNS} FROM contact_ledger WHERE 1 = 1"  # noqa: S608 - fixed columns
    params: list[Any] = []
    ea = entity(db, a)["entity_id"] if a else None
    eb = entity(db, b)["entity_id"] if b else None
    if ea and eb:
        sql += " AND ((a_entity = ? AND b_entity = ?) OR (a_entity = ? AND b_entity = ?))"
        params += [ea, eb, eb, ea]
    if ea:  # through the indexes on either party, not a scan of every claim
        sql += (" AND (article_id, cid) IN (SELECT article_id, cid FROM contact_parties WHERE a_entity = ?"
                " UNION SELECT article_id, cid FROM contact_parties WHERE b_entity = ?)")
        params += [ea, ea]
    sql += " ORDER BY date IS NULL, date, published, article_id, cid"
    if limit is not None:  # copies of one story fold into one row afterwards: a margin beyond `limit`
        sql += " LIMIT ?"
        params.append(limit * 4)
    return claims_of(_rows(db, sql, params), ea)[:limit]


def claims_of(rows: list[dict[str, Any]], entity_id: int | None) -> list[dict[str, Any]]:
    """Contact rows as one person's claims: that person first in each, story copies folded into one row."""
    for r in rows:
        if entity_id and r["b_entity"] == entity_id and r["a_entity"] != entity_id:
            _swap(r)
        r["with"] = r["b_name"] or r["b_written"]
    return _dedupe_stories(rows, ("a_entity", "b_entity", "b_written", "polarity", "evidence"))


def _swap(r: dict[str, Any]) -> None:
    for x, y in (("a_name", "b_name"), ("a_written", "b_written"), ("a_entity", "b_entity")):
        r[x], r[y] = r[y], r[x]


def counterparts(db: sqlite3.Connection, entity_id: int) -> list[dict[str, Any]]:
    """A person's contacts per counterpart (stories asserting, denying, hedging; outlets; dates), from the summary."""
    return _rows(db, "SELECT with_name AS \"with\", with_id, stories, asserted, denied, hedged, outlets, first, last"
                     " FROM counterpart_summary WHERE entity_id = ? ORDER BY rowid", (entity_id,))


def contact_summary(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Per counterpart: stories asserting / denying / hedging, outlets, first and last date."""
    by: dict[Any, dict[str, Any]] = {}
    for r in rows:
        k = r["b_entity"] or r["b_written"]
        x = by.setdefault(k, {"person": r["a_name"], "with": r["with"], "with_id": r["b_entity"],
                              "stories": set(), "asserted": set(),
                              "denied": set(), "hedged": set(), "outlets": set(), "first": None, "last": None})
        x["stories"].add(r["story"])
        if r["polarity"] in ("asserted", "denied", "hedged"):
            x[r["polarity"]].add(r["story"])
        x["outlets"].update(o for o in r["outlets"].split("; ") if o)
        if r["date"]:
            x["first"] = min(filter(None, (x["first"], r["date"])))
            x["last"] = max(filter(None, (x["last"], r["date"])))
    out = []
    for x in by.values():
        out.append({**x, "stories": len(x["stories"]), "asserted": len(x["asserted"]), "denied": len(x["denied"]),
                    "hedged": len(x["hedged"]), "outlets": "; ".join(sorted(x["outlets"]))})
    return sorted(out, key=lambda x: (x["with_id"] is None, -x["stories"], str(x["with"])))


def contradictions(db: sqlite3.Connection, name: str | None = None) -> list[dict[str, Any]]:
    """Pairs of people with contact claims both asserted and denied, each side with its evidence."""
    sql = ("SELECT a, b, a_entity, b_entity, asserted_stories, denied_stories, asserted, denied"
           " FROM contradiction_summary")
    params: tuple = ()
    if name:
        eid = entity(db, name)["entity_id"]
        sql += " WHERE a_entity = ? OR b_entity = ?"
        params = (eid, eid)
    rows = _rows(db, sql + " ORDER BY asserted_stories + denied_stories DESC, rowid", params)
    for r in rows:
        r["asserted"], r["denied"] = json.loads(r["asserted"]), json.loads(r["denied"])
    return rows


def timeline(db: sqlite3.Connection, a: str, b: str | None = None, quote_limit: int = 10_000) -> list[dict[str, Any]]:
    """A person's (or a pair's) dated events: contacts, quotes and roles, oldest first."""
    e = entity(db, a)
    if b is not None:
        return timeline_events(e, contacts(db, a, b), [], [])
    return timeline_events(e, contacts(db, a), quotes(db, by=a, limit=quote_limit), roles(db, e["entity_id"]))


def timeline_events(e: dict[str, Any], contact_rows: list[dict[str, Any]], quote_rows: list[dict[str, Any]],
                    role_rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Merge rows already fetched (a page that shows them anyway need not query twice) into one timeline."""
    events: list[dict[str, Any]] = []
    for r in contact_rows:
        events.append({"date": r["date"], "what": f"{r['kind'] or 'contact'} {r['polarity']}",
                       "who": f"{r['a_name']} – {r['with']}", "by": r["asserted_by"], "outlets": r["outlets"],
                       "evidence": r["evidence"], "article_id": r["article_id"]})
    for r in quote_rows:
        events.append({"date": r["published"], "what": "quote", "who": e["name"], "by": r["reported_by"],
                       "outlets": r["outlets"], "evidence": r["text"], "article_id": r["article_id"]})
    for r in role_rows:
        events.append({"date": r["first"], "what": "role", "who": e["name"],
                       "by": None, "outlets": r["outlets"],
                       "evidence": " of ".join(x for x in (r["title"], r["of"]) if x)
                       + (f" (until {r['last']})" if r["last"] and r["last"] != r["first"] else ""),
                       "article_id": r["article_id"]})
    return sorted(events, key=lambda x: (x["date"] is None, x["date"] or "", x["what"]))


def sources(db: sqlite3.Connection, name: str) -> list[dict[str, Any]]:
    """Who reports on whom: the sourcing chains by which a person's words reached the page."""
    e = entity(db, name)
    rows = _rows(db, "SELECT addressee, medium, reported_by, syndicated_from, stories, outlets FROM source_summary"
                     " WHERE entity_id = ?", (e["entity_id"],))
    out = []
    for r in rows:
        outlets = sorted(set((r["outlets"] or "").split(",")) - {""})
        chain = [e["name"]]
        if r["addressee"] or r["medium"]:
            chain.append("told " + " on ".join(v for v in (r["addressee"], r["medium"]) if v))
        if r["reported_by"]:
            chain.append("reported by " + r["reported_by"])
        if r["syndicated_from"]:
            chain.append("published by " + r["syndicated_from"])
        chain.append("carried by " + ", ".join(outlets[:6]) + ("…" if len(outlets) > 6 else ""))
        out.append({"speaker": e["name"], "to": r["addressee"], "medium": r["medium"],
                    "reported_by": r["reported_by"], "original_publisher": r["syndicated_from"],
                    "chain": " → ".join(chain), "stories": r["stories"], "outlets": "; ".join(outlets)})
    return sorted(out, key=lambda x: -x["stories"])


def syndicated_stories(db: sqlite3.Connection, limit: int = 200) -> list[dict[str, Any]]:
    """Stories carried by more than one outlet, most copied first."""
    return _rows(db, "SELECT cluster_id, copies, outlets, title, published FROM cluster_summary"
                     " ORDER BY copies DESC, cluster_id LIMIT ?", (limit,))


def sourcing_chains(db: sqlite3.Connection, limit: int = 100) -> list[dict[str, Any]]:
    """Through whom quotes reached the page, store-wide: reporting outlets and media, most quotes first."""
    return _rows(db, "SELECT reported_by, medium, quotes, speakers FROM chain_summary"
                     " ORDER BY quotes DESC, reported_by, medium LIMIT ?", (limit,))


def person(db: sqlite3.Connection, name: str, quote_limit: int = 10_000,
           claim_limit: int | None = None) -> dict[str, Any]:
    """Names, roles over time, contacts per counterpart, and the first quotes and contact claims (oldest first)."""
    e = entity(db, name)
    eid = e["entity_id"]
    names = _rows(db, "SELECT name, n, method FROM entity_names WHERE entity_id = ? ORDER BY n DESC", (eid,))
    return {**e, "names": names, "roles": roles(db, eid), "quotes": quotes(db, by=name, limit=quote_limit),
            "contacts": counterparts(db, eid), "contact_claims": contacts(db, name, limit=claim_limit)}
