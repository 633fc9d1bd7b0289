"""The questions on the command line: tables by default, JSON and CSV that read back."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from presstrace.cli import main
from presstrace.resolve import resolve_store
from tests.resolve.builders import make_store


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("q") / "s.db"
    with make_store(path) as store:
        resolve_store(store)
    return str(path)


def run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_contacts_of_one_person_list_everyone_met_with_outlets(db):
    out = run("contacts", "Kislyak", "--db", db)
    for name in ("Michael Flynn", "Jeff Sessions", "Jeffrey Gordon", "Carter Page", "Walid Phares"):
        assert name in out
    assert max(len(line) for line in out.splitlines()) <= 100
    rows = json.loads(run("contacts", "Sergei Kislyak", "--db", db, "--format", "json"))
    sessions = next(r for r in rows if r["with"] == "Jeff Sessions")
    assert sessions["stories"] == 2 and sessions["asserted"] == 1 and sessions["denied"] == 1
    assert sessions["outlets"] == "Fox News; Washington Post"


def test_contacts_between_two_people_show_every_claim_with_evidence(db):
    out = run("contacts", "Sessions", "Kislyak", "--db", db)
    assert "met twice with Russian Ambassador" in out and "never met Kislyak" in out
    rows = list(csv.DictReader(io.StringIO(run("contacts", "Sessions", "Kislyak", "--db", db, "--format", "csv"))))
    assert {r["polarity"] for r in rows} == {"asserted", "denied"}
    assert {r["outlets"] for r in rows} == {"Washington Post", "Fox News"}


def test_contradictions_include_both_sides_and_denials_of_media_reports(db):
    out = run("contradictions", "--db", db)
    assert "Jeff Sessions – Sergey Kislyak" in out or "Sergey Kislyak – Jeff Sessions" in out
    rows = json.loads(run("contradictions", "--db", db, "--format", "json"))
    pairs = {frozenset((r["a"], r["b"])) for r in rows}
    assert frozenset(("Walid Phares", "Sergey Kislyak")) in pairs
    assert frozenset(("Jeff Sessions", "Sergey Kislyak")) in pairs
    sessions = next(r for r in rows if frozenset((r["a"], r["b"])) == frozenset(("Jeff Sessions", "Sergey Kislyak")))
    assert sessions["denied"][0]["asserted_by"] == "Jeff Sessions" and sessions["asserted"][0]["evidence"]


def test_quotes_by_search_and_since(db):
    rows = json.loads(run("quotes", "--by", "Hillary Clinton", "--db", db, "--format", "json"))
    assert {r["text"] for r in rows} == {"We need answers about Russia", "He is a puppet", "Russia hacked us"}
    rows = json.loads(run("quotes", "--search", "puppet", "--db", db, "--format", "json"))
    assert [r["speaker"] for r in rows] == ["Hillary Clinton"]
    rows = json.loads(run("quotes", "--since", "2017-01-01", "--db", db, "--format", "json"))
    assert all(r["published"] >= "2017-01-01" for r in rows) and rows
    assert "Bill Clinton" in run("quotes", "--by", "Bill Clinton", "--db", db)


def test_people_person_timeline_and_sources(db):
    people = json.loads(run("people", "Clinton", "--db", db, "--format", "json"))
    assert [p["name"] for p in people][:2] == ["Hillary Clinton", "Bill Clinton"]
    person = json.loads(run("person", "Sessions", "--db", db, "--format", "json"))
    assert [r["title"] for r in person["roles"]] == ["senator", "attorney general"]
    assert person["contacts"][0]["with"] == "Sergey Kislyak"
    text = run("person", "Kislyak", "--db", db)
    assert "Russian ambassador" in text and "Sergei Kislyak" in text
    events = json.loads(run("timeline", "Jeff Sessions", "--db", db, "--format", "json"))
    assert [e["date"] for e in events] == sorted(e["date"] for e in events)
    assert run("timeline", "Sessions", "Kislyak", "--db", db).count("meeting") == 2
    chains = json.loads(run("sources", "Donald Trump", "--db", db, "--format", "json"))
    assert chains[0]["reported_by"] == "Reuters" and "reported by Reuters" in chains[0]["chain"]


def test_unknown_person_and_unresolved_store_say_so(db, tmp_path):
    result = CliRunner().invoke(main, ["person", "Nobody Atall", "--db", db])
    assert result.exit_code == 1 and "no person matching" in result.output
    make_store(tmp_path / "raw.db").close()
    result = CliRunner().invoke(main, ["contacts", "--db", str(tmp_path / "raw.db")])
    assert result.exit_code == 1 and "presstrace resolve" in result.output


def test_entities_merge_and_split_on_the_command_line(tmp_path):
    path = tmp_path / "s.db"
    make_store(path).close()
    assert "resolve" in CliRunner().invoke(main, ["resolve", "--db", str(path)]).output
    out = run("entities", "merge", "Hillary Clinton", "Bill Clinton", "--db", str(path))
    assert out.startswith("merged into")
    assert len(json.loads(run("people", "Clinton", "--db", str(path), "--format", "json"))) == 1
    out = run("entities", "split", "Hillary Clinton", "--name", "Bill Clinton", "--db", str(path))
    assert "Bill Clinton" in out
    run("resolve", "--db", str(path), "--rebuild")
    people = json.loads(run("people", "Clinton", "--db", str(path), "--format", "json"))
    assert {p["name"] for p in people} == {"Hillary Clinton", "Bill Clinton"}


def test_syndicated_copies_count_as_one_story_with_every_outlet(tmp_path):
    from tests.resolve.builders import article

    body = " ".join(f"Paragraph {i} of the wire story on the harbour talks and the ferry timetable vote."
                    for i in range(30))
    contact = [("Ada Quill", "Boris Tamm", "asserted", "article", "Ada Quill met Boris Tamm in Tallinn.")]
    records = [article("wire", ["Ada Quill", "Boris Tamm"], outlet="Wire Service", text=body, contacts=contact),
               article("copy", ["Ada Quill", "Boris Tamm"], outlet="Daily Echo", text=body + " Share this.",
                       contacts=contact, syndicated_from="Wire Service")]
    path = tmp_path / "s.db"
    with make_store(path, records) as store:
        resolve_store(store)
    (row,) = json.loads(run("contacts", "Ada Quill", "--db", str(path), "--format", "json"))
    assert row["stories"] == 1 and row["outlets"] == "Daily Echo; Wire Service"
