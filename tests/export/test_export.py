"""Every export read back with its ecosystem's own library."""

from __future__ import annotations

import csv
import json
import re

import networkx as nx
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner
from followthemoney import model

from presstrace.cli import main
from presstrace.resolve import resolve_store
from tests.resolve.builders import make_store


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("x") / "s.db"
    with make_store(path) as store:
        resolve_store(store)
    return str(path)


def export(db: str, fmt: str, out) -> None:
    result = CliRunner().invoke(main, ["export", "--db", db, "--format", fmt, "--out", str(out)])
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_every_table_reads_back(db, tmp_path, fmt):
    export(db, fmt, tmp_path)
    names = {p.stem for p in tmp_path.iterdir()}
    assert {"articles", "people", "quotes", "contacts", "entities", "mentions", "contact_ledger", "clusters"} <= names
    path = tmp_path / f"contact_ledger.{fmt}"
    if fmt == "jsonl":
        rows = [json.loads(line) for line in path.read_text().splitlines()]
    elif fmt == "csv":
        rows = list(csv.DictReader(path.open(encoding="utf-8")))
    else:
        rows = pq.read_table(path).to_pylist()
    assert len(rows) == 8 and {r["b_name"] for r in rows} >= {"Sergey Kislyak"}
    entities = pq.read_table(tmp_path / "entities.parquet").to_pylist() if fmt == "parquet" else None
    if entities:
        assert any(e["name"] == "Sergey Kislyak" for e in entities)


@pytest.mark.parametrize("fmt,read", [("gexf", nx.read_gexf), ("graphml", nx.read_graphml)])
def test_the_person_graph_reads_back_with_evidence_on_edges(db, tmp_path, fmt, read):
    path = tmp_path / f"g.{fmt}"
    export(db, fmt, path)
    g = read(path)
    labels = {d["label"]: n for n, d in g.nodes(data=True)}
    edge = g.edges[labels["Jeff Sessions"], labels["Sergey Kislyak"]]
    assert int(edge["stories"]) == 2 and int(edge["denied"]) == 1
    assert str(edge["contradiction"]).lower() == "true"
    assert "never met Kislyak" in edge["evidence"] and "Fox News" in edge["outlets"]


def test_followthemoney_entities_validate(db, tmp_path):
    path = tmp_path / "e.ftm.json"
    export(db, "ftm", path)
    proxies = [model.get_proxy(json.loads(line), cleaned=False) for line in path.read_text().splitlines()]
    schemata = {p.schema.name for p in proxies}
    assert schemata == {"Person", "Associate", "Article"}
    ids = {p.id for p in proxies}
    for p in proxies:
        assert p.to_dict()["properties"]  # survives validation and cleaning
        if p.schema.name == "Associate":
            assert p.first("person") in ids and p.first("associate") in ids and p.first("proof") in ids
    kislyak = next(p for p in proxies if p.schema.name == "Person" and p.first("name") == "Sergey Kislyak")
    assert "Sergei Kislyak" in kislyak.get("alias")


def test_the_html_graph_is_one_self_contained_file(db, tmp_path):
    path = tmp_path / "g.html"
    export(db, "html", path)
    html = path.read_text(encoding="utf-8")
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", html)  # nothing fetched from the network
    assert "<script src" not in html
    data = json.loads(re.search(r"const DATA = (\{.*?\});\n", html, re.S).group(1))
    assert {"Sergey Kislyak", "Jeff Sessions"} <= {n["label"] for n in data["nodes"]}
    assert any(link["contradiction"] for link in data["links"])


def test_datasette_metadata_describes_the_tables(db, tmp_path):
    path = tmp_path / "metadata.json"
    export(db, "datasette", path)
    meta = json.loads(path.read_text())
    (tables,) = [d["tables"] for d in meta["databases"].values()]
    assert "contact_ledger" in tables and tables["contact_ledger"]["description"]
