"""A person's contact network as nodes and edges, every edge carrying its claims (the evidence)."""

from __future__ import annotations

import sqlite3
from typing import Any

from presstrace.query import contacts

POLARITIES = ("asserted", "denied", "hedged")


def person_graph(con: sqlite3.Connection, entity: dict[str, Any], polarity: str | None = None,
                 kind: str | None = None, since: str | None = None, until: str | None = None) -> dict[str, Any]:
    claims = [c for c in contacts(con, str(entity["entity_id"]))
              if (not polarity or c["polarity"] == polarity) and (not kind or c["kind"] == kind)
              and (not since or (c["date"] or "") >= since) and (not until or (c["date"] or "9999") <= until)]
    nodes = {entity["entity_id"]: {"id": entity["entity_id"], "label": entity["name"], "center": True}}
    edges: dict[Any, dict[str, Any]] = {}
    for c in claims:
        other = c["b_entity"] or f"group:{c['b_written']}"
        nodes.setdefault(other, {"id": other, "label": c["with"] or "?", "group": c["b_entity"] is None})
        edge = edges.setdefault(other, {"id": f"e{len(edges) + 1}", "from": entity["entity_id"], "to": other,
                                        "claims": [], "polarities": set()})
        edge["polarities"].add(c["polarity"])
        edge["claims"].append({k: c[k] for k in ("kind", "polarity", "asserted_by", "date", "place", "evidence",
                                                 "outlets", "article_id")})
    out_edges = []
    for edge in edges.values():
        pols = edge.pop("polarities")
        edge["polarity"] = "contradicted" if {"asserted", "denied"} <= pols else sorted(pols)[0]
        edge["label"] = str(len(edge["claims"]))
        out_edges.append(edge)
    return {"nodes": list(nodes.values()), "edges": out_edges}
