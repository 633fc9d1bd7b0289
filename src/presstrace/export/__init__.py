"""Exports of a resolved store, each in a format its ecosystem's own library reads back.

* tables: JSON Lines, CSV and Parquet (pyarrow) of every table and ledger view;
* the person graph (people as nodes, contact claims folded into one edge per pair, with evidence): GEXF and
  GraphML (networkx), a single self-contained interactive HTML file (no network needed);
* FollowTheMoney entities (Person, Associate per contact claim, Article as proof), one JSON object a line;
* Datasette metadata (table and column descriptions) for `datasette store.db -m metadata.json`.
"""

from __future__ import annotations

import csv
import json
import sqlite3
from collections import defaultdict
from pathlib import Path
from typing import Any

TABLES = ("articles", "people", "organizations", "quotes", "contacts", "dates", "failures", "entities", "entity_names",
          "mentions", "quote_speakers", "contact_parties", "entity_roles", "entity_decisions", "clusters",
          "contact_ledger", "quote_ledger", "role_ledger")
TABLE_FORMATS = ("jsonl", "csv", "parquet")
GRAPH_FORMATS = ("gexf", "graphml", "html")
FORMATS = TABLE_FORMATS + GRAPH_FORMATS + ("ftm", "datasette")


def _present(db: sqlite3.Connection) -> list[str]:
    have = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
    return [t for t in TABLES if t in have]


def _rows(db: sqlite3.Connection, table: str):
    cur = db.execute(f"SELECT * FROM {table}")  # noqa: S608 - table names come from TABLES only
    cols = [c[0] for c in cur.description]
    return cols, cur


def export(db: sqlite3.Connection, fmt: str, out: str | Path) -> list[Path]:
    """Write `fmt` to `out` (a folder for table formats, a file otherwise). Returns the files written."""
    out = Path(out)
    if fmt in TABLE_FORMATS:
        out.mkdir(parents=True, exist_ok=True)
        return [export_table(db, t, fmt, out / f"{t}.{fmt}") for t in _present(db)]
    out.parent.mkdir(parents=True, exist_ok=True)
    if fmt in ("gexf", "graphml"):
        import networkx as nx

        g = person_graph(db)
        (nx.write_gexf if fmt == "gexf" else nx.write_graphml)(g, out)
    elif fmt == "html":
        out.write_text(graph_html(person_graph(db)), encoding="utf-8")
    elif fmt == "ftm":
        with out.open("w", encoding="utf-8") as f:
            for entity in ftm_entities(db):
                f.write(json.dumps(entity, ensure_ascii=False, sort_keys=True) + "\n")
    elif fmt == "datasette":
        out.write_text(json.dumps(datasette_metadata(db), indent=2), encoding="utf-8")
    else:
        raise ValueError(f"unknown format {fmt!r}; one of {', '.join(FORMATS)}")
    return [out]


def export_table(db: sqlite3.Connection, table: str, fmt: str, path: Path) -> Path:
    cols, cur = _rows(db, table)
    if fmt == "jsonl":
        with path.open("w", encoding="utf-8") as f:
            for row in cur:
                f.write(json.dumps(dict(zip(cols, row, strict=True)), ensure_ascii=False) + "\n")
    elif fmt == "csv":
        with path.open("w", encoding="utf-8", newline="") as f:
            w = csv.writer(f)
            w.writerow(cols)
            w.writerows(cur)
    else:
        import pyarrow as pa
        import pyarrow.parquet as pq

        data = {c: [] for c in cols}
        for row in cur:
            for c, v in zip(cols, row, strict=True):
                data[c].append(v)
        arrays = {}
        for c, values in data.items():
            kinds = {type(v) for v in values if v is not None}
            if kinds - {int, float} or not kinds:  # text, or mixed, or all NULL: as text
                values = [None if v is None else v if isinstance(v, str) else str(v) for v in values]
                arrays[c] = pa.array(values, type=pa.string())
            else:
                arrays[c] = pa.array(values, type=pa.float64() if float in kinds else pa.int64())
        pq.write_table(pa.table(arrays) if arrays else pa.table({}), path)
    return path


# -- the person graph ----------------------------------------------------------------------------------

def person_graph(db: sqlite3.Connection, max_evidence: int = 5):
    """People as nodes; one edge per pair that had contact claims, carrying counts and evidence."""
    import networkx as nx

    g = nx.Graph()
    edges: dict[tuple[int, int], dict[str, Any]] = {}
    for r in db.execute("SELECT a_entity, a_name, b_entity, b_name, polarity, kind, asserted_by, date, outlet, story,"
                        " evidence, article_id FROM contact_ledger WHERE a_entity IS NOT NULL AND b_entity IS NOT NULL"
                        " AND a_entity != b_entity ORDER BY date IS NULL, date"):
        a, a_name, b, b_name, polarity, kind, by, date, outlet, story, evidence, aid = r
        key = (min(a, b), max(a, b))
        e = edges.setdefault(key, {"stories": set(), "asserted": set(), "denied": set(), "hedged": set(),
                                   "outlets": set(), "kinds": set(), "dates": [], "evidence": [], "articles": set()})
        e["stories"].add(story)
        if polarity in ("asserted", "denied", "hedged"):
            e[polarity].add(story)
        if outlet:
            e["outlets"].add(outlet)
        if kind:
            e["kinds"].add(kind)
        if date:
            e["dates"].append(date)
        e["articles"].add(aid)
        if evidence and len(e["evidence"]) < max_evidence:
            e["evidence"].append(f"[{polarity}, {by or '?'}, {outlet or '?'}, {date or 'undated'}] {evidence}")
    ids = {x for k in edges for x in k}
    for eid, name, n_articles in db.execute("SELECT entity_id, name, n_articles FROM entities"):
        if eid in ids:
            g.add_node(f"e{eid}", label=name, articles=int(n_articles or 0), kind="person")
    for (a, b), e in edges.items():
        g.add_edge(f"e{a}", f"e{b}", weight=len(e["stories"]), stories=len(e["stories"]),
                   asserted=len(e["asserted"]), denied=len(e["denied"]), hedged=len(e["hedged"]),
                   contradiction=bool(e["asserted"] and e["denied"]), kinds="; ".join(sorted(e["kinds"])),
                   outlets="; ".join(sorted(e["outlets"])), first=min(e["dates"], default=""),
                   last=max(e["dates"], default=""), evidence="\n".join(e["evidence"]),
                   articles="; ".join(sorted(e["articles"])))
    return g


def graph_html(g) -> str:
    """One HTML file, no external resources: the graph as embedded JSON and a small force layout."""
    nodes = [{"id": n, **d} for n, d in g.nodes(data=True)]
    links = [{"source": a, "target": b, **d} for a, b, d in g.edges(data=True)]
    data = json.dumps({"nodes": nodes, "links": links}, ensure_ascii=False).replace("</", "<\\/")
    return (Path(__file__).with_name("graph.html").read_text(encoding="utf-8").replace("/*DATA*/null", data))


# -- FollowTheMoney ------------------------------------------------------------------------------------

def ftm_entities(db: sqlite3.Connection):
    """Person per entity (names as aliases, roles as positions), Article per cited article, Associate per claim."""
    from followthemoney import model

    roles: dict[int, set[str]] = defaultdict(set)
    for eid, title, of in db.execute('SELECT entity_id, title, "of" FROM role_ledger'):
        roles[eid].add(f"{title} of {of}" if of else title)
    for eid, name in db.execute("SELECT entity_id, name FROM entities WHERE n_articles > 0"):
        p = model.make_entity("Person")
        p.id = f"presstrace-person-{eid}"
        p.add("name", name)
        for (alias,) in db.execute("SELECT DISTINCT name FROM entity_names WHERE entity_id = ? AND name != ?",
                                   (eid, name)):
            p.add("alias", alias)
        for role in sorted(roles.get(eid, ()))[:20]:
            p.add("position", role)
        yield p.to_dict()
    cited = set()
    for r in db.execute("SELECT article_id, cid, a_entity, b_entity, kind, polarity, asserted_by, date, outlet, url,"
                        " evidence FROM contact_ledger WHERE a_entity IS NOT NULL AND b_entity IS NOT NULL"
                        " AND a_entity != b_entity"):
        aid, cid, a, b, kind, polarity, by, date, outlet, url, evidence = r
        link = model.make_entity("Associate")
        link.id = f"presstrace-contact-{_safe(aid)}-{cid}"
        link.add("person", f"presstrace-person-{a}")
        link.add("associate", f"presstrace-person-{b}")
        link.add("relationship", f"{kind or 'contact'} ({polarity}, according to {by or 'unknown'})")
        link.add("summary", evidence)
        link.add("date", date)
        link.add("publisher", outlet)
        link.add("sourceUrl", url)
        link.add("proof", f"presstrace-article-{_safe(aid)}")
        cited.add(aid)
        yield link.to_dict()
    for aid, title, outlet, published, url in db.execute("SELECT id, title, outlet, published, url FROM articles"):
        if aid not in cited:
            continue
        art = model.make_entity("Article")
        art.id = f"presstrace-article-{_safe(aid)}"
        art.add("title", title or aid)
        art.add("publisher", outlet)
        art.add("publishedAt", published)
        art.add("sourceUrl", url)
        yield art.to_dict()


def _safe(text: str) -> str:
    return "".join(c if c.isalnum() or c in "-." else "-" for c in text)


# -- Datasette -----------------------------------------------------------------------------------------

DESCRIPTIONS = {
    "articles": "One row per article: metadata, clean body (text) and the whole record as JSON (record).",
    "people": "People found in each article (pid is the person's id within that article's record).",
    "quotes": "Quotes with speaker, cue and sourcing chain (addressee, medium, reported_by).",
    "contacts": "Contact claims as found in each article: participants a and b, polarity, asserter, evidence.",
    "entities": "One row per real person across articles (presstrace resolve).",
    "entity_names": "Every folded name form (key) and the entity it belongs to; method tells how it joined.",
    "mentions": "Each person of each article (article_id, pid) mapped to its entity.",
    "entity_decisions": "Merges and splits made by users; every resolve applies them again.",
    "clusters": "Syndication: each article's cluster (cluster_id = the original's id) and is_original.",
    "contact_ledger": "Every contact claim with both people resolved, asserter, outlet, date and story.",
    "quote_ledger": "Every quote with its speaker resolved and the sourcing chain.",
    "role_ledger": "Roles of each person over time, with evidence sentences.",
}


def datasette_metadata(db: sqlite3.Connection) -> dict[str, Any]:
    tables = {t: {"description": DESCRIPTIONS.get(t, "")} for t in _present(db)}
    for t in ("articles_fts", "quotes_fts", "minhashes"):
        tables[t] = {"hidden": True}
    path = next((r[2] for r in db.execute("PRAGMA database_list") if r[1] == "main"), "") or "presstrace"
    for view in ("contact_ledger", "quote_ledger"):
        if view in tables:
            tables[view]["facets"] = ["outlet", "polarity"] if view == "contact_ledger" else ["outlet", "speaker"]
    return {"title": "presstrace store", "description": "Who said what and who met whom, with evidence.",
            "databases": {Path(path).stem: {"tables": tables}}}
