"""`presstrace ingest`: idempotent, resumable after SIGKILL, and one clear line per bad input."""

from __future__ import annotations

import gzip
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

from tests.conftest import REPO, TEXT_ARTICLE, run_cli


def stored_ids(db) -> list[str]:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as con:
        return [r[0] for r in con.execute("SELECT id FROM articles")]


def count_or_zero(db) -> int:
    try:
        return len(stored_ids(db))
    except sqlite3.Error:
        return 0


def test_ingest_twice_stores_each_article_once(corpus, tmp_path):
    path, db = corpus(12), tmp_path / "s.db"
    first = run_cli("ingest", str(path), "--db", str(db), "-j", "1")
    assert first.returncode == 0, first.stderr
    again = run_cli("ingest", str(path), "--db", str(db), "-j", "1")
    assert again.returncode == 0
    assert b"0 new articles" in again.stderr and b"12 already there" in again.stderr
    assert sorted(stored_ids(db)) == [f"test-{i:05d}" for i in range(12)]


def test_a_killed_ingest_resumes_with_nothing_lost_or_duplicated(corpus, tmp_path):
    path, db = corpus(240), tmp_path / "s.db"
    proc = subprocess.Popen([sys.executable, "-m", "presstrace", "ingest", str(path), "--db", str(db), "-j", "2"],
                            cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 240
    while count_or_zero(db) < 30 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.2)
    os.killpg(proc.pid, signal.SIGKILL)  # the whole process group: main process and workers
    proc.wait()
    partial = count_or_zero(db)
    assert 0 < partial < 240, "the kill should land mid-run"
    resumed = run_cli("ingest", str(path), "--db", str(db), "-j", "2")
    assert resumed.returncode == 0, resumed.stderr
    ids = stored_ids(db)
    assert len(ids) == len(set(ids)) == 240
    assert f"{partial} already there".encode() in resumed.stderr


def test_a_folder_of_bad_inputs_reports_each_and_stores_the_good(tmp_path):
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    (inputs / "good.txt").write_text(TEXT_ARTICLE)
    (inputs / "good.jsonl").write_text(json.dumps({"id": "row-ok", "text": TEXT_ARTICLE.replace("Tuesday", "Friday")}))
    (inputs / "binary.html").write_bytes(b"\x00\x01\x02\x03" * 100)
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "cp1252.txt").write_bytes("The caf\xe9 talks \x93ended\x94.".encode("latin-1"))
    (inputs / "cut.jsonl.gz").write_bytes(gzip.compress(b'{"id": "z", "text": "Some words."}\n' * 40)[:-30])
    (inputs / "bad.csv").write_text("title,body\nno text column,here\n")
    script_only = "<html><head><title>x</title></head><body><script>var a = 1;</script></body></html>"
    (inputs / "nothing.html").write_text(script_only)
    db = tmp_path / "s.db"
    result = run_cli("ingest", str(inputs), "--db", str(db), "-j", "1")
    assert result.returncode == 1  # something failed, and the exit status says so
    errors = [line for line in result.stderr.decode().splitlines() if line.startswith("error: ")]
    named = sorted(os.path.basename(line.split(": ")[1].split(":")[0]) for line in errors)
    assert named == ["bad.csv", "binary.html", "cp1252.txt", "cut.jsonl.gz", "empty.txt", "nothing.html"]
    assert "row-ok" in stored_ids(db) and len(stored_ids(db)) >= 2
    assert b"6 failed" in result.stderr
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT count(*) FROM failures").fetchone()[0] == 6
