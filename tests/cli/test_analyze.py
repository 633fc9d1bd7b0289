"""`presstrace analyze` and `extract`: the article record, from files and from standard input."""

from __future__ import annotations

import json

from tests.conftest import SEED, TEXT_ARTICLE, run_cli

CONTRACT = {"id", "source", "title", "authors", "published", "outlet", "syndicated_from", "text",
            "people", "organizations", "quotes", "contacts", "dates"}


def test_analyze_prints_the_record_contract():
    result = run_cli("analyze", str(SEED), "--format", "json")
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert CONTRACT <= set(record)
    assert record["id"].startswith("sha256:") and record["source"]["path"].endswith("seed_article.txt")


def test_analyze_reads_standard_input():
    result = run_cli("analyze", "-", "--format", "jsonl", stdin=TEXT_ARTICLE.encode())
    assert result.returncode == 0, result.stderr
    (line,) = result.stdout.decode().splitlines()
    assert "Boris Tamm" in json.loads(line)["text"]


def test_extract_is_the_first_stage_alone(corpus):
    result = run_cli("extract", str(corpus(3)), "--format", "jsonl", "-j", "1")
    rows = [json.loads(x) for x in result.stdout.decode().splitlines()]
    assert [r["id"] for r in rows] == ["test-00000", "test-00001", "test-00002"]
    assert all(r["outlet"] == "The Test Gazette" and "people" not in r for r in rows)


def test_the_same_record_in_one_process_and_in_many(corpus):
    path = str(corpus(6))
    single = run_cli("analyze", path, "--format", "jsonl", "-j", "1").stdout
    pooled = run_cli("analyze", path, "--format", "jsonl", "-j", "2").stdout
    assert single == pooled and len(single.splitlines()) == 6
