"""Reading articles from every kind of source, and one clear error per unreadable file or row."""

from __future__ import annotations

import csv
import gzip
import io
import json
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from presstrace.record import Document, SourceError
from presstrace.sources import estimate_count, iter_documents

PAGE = ("<html><head><title>Harbour talks</title></head>"
        "<body><article><p>Ada Quill met Boris Tamm.</p></article></body></html>")
TEXT = "Harbour talks\n\nAda Quill met Boris Tamm in Tallinn on Tuesday.\n"


def read(*paths: Path | str) -> list[Document | SourceError]:
    return list(iter_documents([str(p) for p in paths]))


def write_warc(path: Path, pages: list[tuple[str, str]]) -> None:
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=path.name.endswith(".gz"))
        for url, html in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.0")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode()),
                                                          http_headers=headers))


def test_html_and_text_files(tmp_path):
    (tmp_path / "a.html").write_text(PAGE)
    (tmp_path / "b.txt").write_text(TEXT)
    html, text = read(tmp_path / "a.html", tmp_path / "b.txt")
    assert html.html == PAGE and html.text is None
    assert text.text == TEXT and text.path == str(tmp_path / "b.txt")


def test_jsonl_rows_keep_their_ids_and_metadata(tmp_path):
    rows = [{"id": "r1", "text": "One.", "authors": ["Ada Quill"], "url": "https://example.org/1", "outlet": "Gazette"},
            {"id": 7, "html": PAGE, "title": "Two"}]
    path = tmp_path / "rows.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    first, second = read(path)
    assert (first.id, first.text, first.authors, first.outlet) == ("r1", "One.", ["Ada Quill"], "Gazette")
    assert (second.id, second.html, second.title) == ("7", PAGE, "Two")
    assert first.origin.endswith("rows.jsonl:1")


def test_csv_rows(tmp_path):
    path = tmp_path / "rows.csv"
    with path.open("w", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["id", "title", "text", "authors"])
        writer.writerow(["c1", "Talks", "Ada Quill met Boris Tamm.\nThey talked.", "Ada Quill; Boris Tamm"])
    (doc,) = read(path)
    assert doc.id == "c1" and doc.text.endswith("They talked.") and doc.authors == ["Ada Quill", "Boris Tamm"]


def test_gzip_versions_and_folders_recursively(tmp_path):
    sub = tmp_path / "nested" / "deeper"
    sub.mkdir(parents=True)
    (sub / "page.html.gz").write_bytes(gzip.compress(PAGE.encode()))
    (tmp_path / "rows.jsonl.gz").write_bytes(gzip.compress(json.dumps({"id": "g", "text": "Hi."}).encode()))
    (tmp_path / "notes.md").write_text("not an article format")
    docs = read(tmp_path)
    assert sorted(d.html or d.text for d in docs) == sorted([PAGE, "Hi."])


def test_warc_responses(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, [("https://example.org/a", PAGE), ("https://example.org/b", PAGE.replace("Ada", "Clara"))])
    docs = read(path)
    assert [d.url for d in docs] == ["https://example.org/a", "https://example.org/b"]
    assert all(d.id and d.html for d in docs)


def test_bad_inputs_give_one_clear_error_each_and_the_batch_goes_on(tmp_path):
    (tmp_path / "binary.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 talks".encode("latin-1"))
    (tmp_path / "truncated.jsonl.gz").write_bytes(gzip.compress(b'{"id": "t", "text": "x"}\n' * 50)[:-20])
    (tmp_path / "rows.jsonl").write_text('{"id": "ok", "text": "Fine."}\n{"id": broken\n["a list"]\n{"id": "e"}\n')
    (tmp_path / "broken.warc").write_bytes(b"WARC/1.0\r\nnot really a warc\r\n\r\n")
    (tmp_path / "huge.html").write_bytes(b"<html>" + b"x" * (11 * 1024 * 1024))
    (tmp_path / "good.txt").write_text(TEXT)
    items = read(tmp_path)
    errors = {Path(e.origin.split(":")[0].split("#")[0]).name + e.origin[len(e.origin.split(":")[0]):]: e.reason
              for e in items if isinstance(e, SourceError)}
    docs = [d for d in items if isinstance(d, Document)]
    assert "binary" in errors["binary.html"]
    assert errors["empty.txt"] == "empty file"
    assert "UTF-8" in errors["latin1.txt"]
    assert "truncated" in errors["truncated.jsonl.gz"]
    assert "malformed JSON" in errors["rows.jsonl:2"]
    assert "expected a JSON object" in errors["rows.jsonl:3"]
    assert "no 'text' or 'html'" in errors["rows.jsonl:4"]
    assert "WARC" in errors["broken.warc"]
    assert "MB limit" in errors["huge.html"]
    assert {d.text for d in docs} >= {TEXT, "Fine."}


def test_missing_path_is_an_error_not_an_exception():
    (error,) = read("/no/such/place.txt")
    assert isinstance(error, SourceError) and error.reason == "no such file or folder"


def test_dataset_metadata_nested_under_meta_is_used(tmp_path):
    meta = {"title": "Talks", "author": "Ada Quill", "publication_date": "2016-05-01", "publisher": "gazette"}
    row = {"id": "m1", "text": "Body.", "meta": meta}
    path = tmp_path / "rows.jsonl"
    path.write_text(json.dumps(row))
    (doc,) = read(path)
    assert (doc.title, doc.authors, doc.published, doc.outlet) == ("Talks", ["Ada Quill"], "2016-05-01", "gazette")


def test_estimated_count_for_progress(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT)
    (tmp_path / "rows.jsonl.gz").write_bytes(gzip.compress(b'{"id": 1, "text": "x"}\n' * 30))
    assert estimate_count([str(tmp_path)]) == 31
    assert estimate_count(["-"]) is None
