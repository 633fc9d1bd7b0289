"""Summaries the pages read, rewritten at the end of each resolve.

A much-reported person's roles, sourcing chains and contradictions, and the store-wide syndication clusters and
sourcing chains, are aggregates over thousands of rows: computed once here, a page reads a few rows by index
instead of recomputing them on every visit. The tables are derived data, like the entities: never edited by hand.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from itertools import groupby
from typing import Any

SUMMARY_TABLES = ("role_summary", "source_summary", "contradiction_summary", "counterpart_summary", "cluster_summary",
                  "chain_summary", "organization_summary")


def build_summaries(db: sqlite3.Connection) -> None:
    """Recompute every summary table from the resolved rows (inside the caller's transaction)."""
    for table in SUMMARY_TABLES:
        db.execute(f"DELETE FROM {table}")  # noqa: S608 - fixed names
    _roles(db)
    _sources(db)
    _contacts(db)
    _clusters(db)
    _chains(db)
    _organizations(db)
    _entity_counts(db)
    db.execute("INSERT OR REPLACE INTO resolve_state(name, value) VALUES ('summaries', 'built')")


def summaries_missing(db: sqlite3.Connection) -> bool:
    """True for a store resolved before the summaries existed (an upgraded store): they must be built once."""
    built = db.execute("SELECT 1 FROM resolve_state WHERE name = 'summaries'").fetchone()
    return built is None and db.execute("SELECT 1 FROM resolved LIMIT 1").fetchone() is not None


def _roles(db: sqlite3.Connection) -> None:
    cur = db.execute('SELECT entity_id, title, "of", published, outlet, evidence, article_id FROM role_ledger'
                     " ORDER BY entity_id, published IS NULL, published, article_id")
    cols = [c[0] for c in cur.description]
    rows = (dict(zip(cols, r, strict=True)) for r in cur)
    out = []
    for eid, group in groupby(rows, key=lambda r: r["entity_id"]):
        for x in summarise_roles(group):
            out.append((eid, x["title"], x["of"], x["first"], x["last"], x["articles"], x["outlets"], x["evidence"],
                        x["article_id"]))
    db.executemany('INSERT INTO role_summary(entity_id, title, "of", first, last, articles, outlets, evidence,'
                   " article_id) VALUES (?,?,?,?,?,?,?,?,?)", out)


def _sources(db: sqlite3.Connection) -> None:
    db.execute("INSERT INTO source_summary(entity_id, addressee, medium, reported_by, syndicated_from, stories,"
               " outlets) " + SOURCE_GROUPS)


def _contacts(db: sqlite3.Connection) -> None:
    """Contradictions store-wide, and each person's counterparts, from one pass over every contact claim."""
    from presstrace.query import CONTACT_COLUMNS, _rows, claims_of, contact_summary

    rows = _rows(db, f"SELECT {CONTACT_COLUMNS} FROM contact_ledger"  # noqa: S608 - fixed columns
                     " ORDER BY date IS NULL, date, published, article_id, cid")
    by_person: dict[int, list[dict]] = defaultdict(list)
    for r in rows:
        for eid in {r["a_entity"], r["b_entity"]} - {None}:
            by_person[eid].append(dict(r))
    out = []
    for eid, claims in by_person.items():
        for x in contact_summary(claims_of(claims, eid)):
            out.append((eid, x["with_id"], x["with"], x["stories"], x["asserted"], x["denied"], x["hedged"],
                        x["outlets"], x["first"], x["last"]))
    db.executemany("INSERT INTO counterpart_summary(entity_id, with_id, with_name, stories, asserted, denied, hedged,"
                   " outlets, first, last) VALUES (?,?,?,?,?,?,?,?,?,?)", out)
    contra = [(x["a_entity"], x["b_entity"], x["a"], x["b"], x["asserted_stories"], x["denied_stories"],
               json.dumps(x["asserted"], ensure_ascii=False), json.dumps(x["denied"], ensure_ascii=False))
              for x in contradictions_in(claims_of(rows, None))]
    db.executemany("INSERT INTO contradiction_summary(a_entity, b_entity, a, b, asserted_stories, denied_stories,"
                   " asserted, denied) VALUES (?,?,?,?,?,?,?,?)", contra)


def _clusters(db: sqlite3.Connection) -> None:
    db.execute("INSERT INTO cluster_summary(cluster_id, copies, outlets, title, published)"
               " SELECT c.cluster_id, count(*), group_concat(DISTINCT a.outlet), o.title, o.published"
               " FROM clusters c JOIN articles a ON a.id = c.article_id LEFT JOIN articles o ON o.id = c.cluster_id"
               " GROUP BY c.cluster_id HAVING count(*) > 1")


def _chains(db: sqlite3.Connection) -> None:
    db.execute("INSERT INTO chain_summary(reported_by, medium, quotes, speakers)"
               " SELECT reported_by, medium, count(*), count(DISTINCT speaker) FROM quote_ledger"
               " WHERE reported_by IS NOT NULL OR medium IS NOT NULL GROUP BY reported_by, medium")


def _organizations(db: sqlite3.Connection) -> None:
    db.execute("INSERT INTO organization_summary(name, kind, articles)"
               " SELECT name, kind, count(DISTINCT article_id) FROM organizations GROUP BY name, kind")


def _entity_counts(db: sqlite3.Connection) -> None:
    """Quotes and contact claims per person, for lists of people (the most quoted have thousands)."""
    db.execute("UPDATE entities SET n_quotes = (SELECT count(*) FROM quote_speakers qs"
               " WHERE qs.entity_id = entities.entity_id), n_contacts = (SELECT count(*) FROM contact_parties cp"
               " WHERE cp.a_entity = entities.entity_id) + (SELECT count(*) FROM contact_parties cp"
               " WHERE cp.b_entity = entities.entity_id AND cp.a_entity IS NOT cp.b_entity)")


def summarise_roles(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """One person's role rows (oldest first) folded per distinct title: first and last seen, articles, outlets."""
    by: dict[tuple, dict[str, Any]] = {}
    for r in rows:
        k = (r["title"].lower(), (r["of"] or "").lower())
        x = by.setdefault(k, {"title": r["title"], "of": r["of"], "first": r["published"],
                              "last": r["published"], "articles": 0, "outlets": set(),
                              "evidence": r["evidence"], "article_id": r["article_id"]})
        x["articles"] += 1
        if r["outlet"]:
            x["outlets"].add(r["outlet"])
        if r["published"]:
            x["first"] = min(filter(None, (x["first"], r["published"])))
            x["last"] = max(filter(None, (x["last"], r["published"])))
        if not x["evidence"] and r["evidence"]:
            x["evidence"] = r["evidence"]
    out = sorted(by.values(), key=lambda x: (-x["articles"], x["first"] or ""))
    for x in out:
        x["outlets"] = "; ".join(sorted(x["outlets"]))
    return out


SOURCE_GROUPS = ("SELECT qs.entity_id, q.addressee, q.medium, q.reported_by, a.syndicated_from,"
                 " count(DISTINCT coalesce(cl.cluster_id, a.id)) AS stories, group_concat(DISTINCT a.outlet) AS outlets"
                 " FROM quote_speakers qs JOIN quotes q ON q.article_id = qs.article_id AND q.qid = qs.qid"
                 " JOIN articles a ON a.id = q.article_id LEFT JOIN clusters cl ON cl.article_id = a.id"
                 " WHERE qs.entity_id IS NOT NULL"
                 " GROUP BY qs.entity_id, q.addressee, q.medium, q.reported_by, a.syndicated_from")


def contradictions_in(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The contradictions among contact claims already fetched."""
    pairs: dict[tuple[int, int], dict[str, list]] = defaultdict(lambda: {"asserted": [], "denied": []})
    names: dict[int, str] = {}
    for r in rows:
        if not r["a_entity"] or not r["b_entity"] or r["a_entity"] == r["b_entity"]:
            continue
        if r["polarity"] not in ("asserted", "denied"):
            continue
        k = tuple(sorted((r["a_entity"], r["b_entity"])))
        names[r["a_entity"]], names[r["b_entity"]] = r["a_name"], r["b_name"]
        pairs[k][r["polarity"]].append(r)
    out = []
    for (x, y), sides in pairs.items():
        cited = [r for r in sides["denied"] if r["evidence"] and DENIES_REPORTS.search(r["evidence"])]
        if cited and not sides["asserted"]:  # "contrary to media reports, he had not met ..."
            sides["asserted"] = [{**r, "asserted_by": "media reports (cited by the denial)"} for r in cited]
        if sides["asserted"] and sides["denied"]:
            out.append({"a": names[x], "b": names[y], "a_entity": x, "b_entity": y,
                        "asserted_stories": len({r["story"] for r in sides["asserted"]}),
                        "denied_stories": len({r["story"] for r in sides["denied"]}),
                        "asserted": [_claim(r) for r in sides["asserted"]],
                        "denied": [_claim(r) for r in sides["denied"]]})
    return sorted(out, key=lambda x: -(x["asserted_stories"] + x["denied_stories"]))


DENIES_REPORTS = re.compile(
    r"\b(?:contrary to|despite|den(?:y|ied|ies)|dismiss(?:ed|es)?|reject(?:ed|s)?|refut(?:ed|es)?)\b[^.]{0,60}"
    r"\b(?:media |news |press |earlier |published )?reports?\b"
    r"|\breports?\b[^.]{0,40}\b(?:false|untrue|wrong|inaccurate)",
    re.I)


def _claim(r: dict[str, Any]) -> dict[str, Any]:
    return {k: r[k] for k in ("asserted_by", "kind", "date", "place", "outlets", "published", "evidence",
                              "article_id")}
