"""Read articles from files, folders, datasets, web archives and standard input.

`iter_documents(paths)` yields a `Document` per article, or a `SourceError` per file or row that
cannot be read; it never raises for bad input and never holds a whole corpus in memory.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from presstrace.record import Document, SourceError

MAX_BYTES = 10 * 1024 * 1024  # one page or row larger than this is refused, not parsed
HTML_EXT = {".html", ".htm", ".xhtml"}
TEXT_EXT = {".txt", ".text"}
JSONL_EXT = {".jsonl", ".ndjson", ".json"}
CSV_EXT = {".csv", ".tsv"}
WARC_EXT = {".warc", ".arc"}
KNOWN_EXT = HTML_EXT | TEXT_EXT | JSONL_EXT | CSV_EXT | WARC_EXT
ROW_FIELDS = ("id", "text", "html", "url", "title", "authors", "published", "outlet")

csv.field_size_limit(MAX_BYTES)

Item = Document | SourceError


def iter_documents(paths: Iterable[str], max_bytes: int = MAX_BYTES) -> Iterator[Item]:
    """Every article under `paths` (files, folders, `-` for standard input), in a stable order."""
    for raw in paths:
        if raw == "-":
            yield from _read_stream(sys.stdin.buffer, "<stdin>", None, _sniff_kind, max_bytes)
            continue
        path = Path(raw)
        if path.is_dir():
            for child in _walk(path):
                yield from read_file(child, max_bytes)
        elif path.exists():
            yield from read_file(path, max_bytes)
        else:
            yield SourceError(raw, "no such file or folder")


def estimate_count(paths: Iterable[str]) -> int | None:
    """How many articles `iter_documents(paths)` will yield, roughly (rows counted as lines), for an ETA.
    None when it cannot be known without reading everything (standard input, WARC)."""
    total = 0
    for raw in paths:
        if raw == "-":
            return None
        path = Path(raw)
        for file in _walk(path) if path.is_dir() else [path] if path.exists() else []:
            kind = _kind_from_name(file.name)
            if kind == "warc":
                return None
            if kind in ("jsonl", "csv"):
                total += _count_lines(file) - (kind == "csv")
            else:
                total += 1
    return total


def _count_lines(path: Path) -> int:
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    count = 0
    try:
        with opener(path, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                count += block.count(b"\n")
    except (OSError, EOFError, zlib.error):
        pass
    return count


def _walk(folder: Path) -> Iterator[Path]:
    """Files of known kinds under a folder, recursively, sorted; hidden files skipped."""
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith(".") and _kind_from_name(name):
                yield Path(dirpath) / name


def _kind_from_name(name: str) -> str | None:
    stem = name.lower()
    if stem.endswith(".gz"):
        stem = stem[:-3]
    if stem.endswith(".warc") or stem.endswith(".arc"):
        return "warc"
    ext = os.path.splitext(stem)[1]
    for kind, exts in (("html", HTML_EXT), ("text", TEXT_EXT), ("jsonl", JSONL_EXT), ("csv", CSV_EXT)):
        if ext in exts:
            return kind
    return None


def read_file(path: Path, max_bytes: int = MAX_BYTES) -> Iterator[Item]:
    origin = str(path)
    kind = _kind_from_name(path.name)
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield SourceError(origin, f"cannot open: {exc.strerror or exc}")
        return
    with handle:
        if kind == "warc":  # warcio reads gzip members itself
            yield from _read_warc(handle, origin, max_bytes)
            return
        stream: BinaryIO = handle
        if path.name.lower().endswith(".gz") or _is_gzip(handle):
            stream = gzip.GzipFile(fileobj=handle)  # type: ignore[assignment]
        yield from _read_stream(stream, origin, str(path), kind or _sniff_kind, max_bytes)


def _is_gzip(handle: BinaryIO) -> bool:
    magic = handle.read(2)
    handle.seek(0)
    return magic == b"\x1f\x8b"


def _read_stream(stream: BinaryIO, origin: str, path: str | None, kind, max_bytes: int) -> Iterator[Item]:
    """Dispatch on kind; `kind` may be a function that sniffs the first bytes."""
    try:
        buffered = io.BufferedReader(stream) if not hasattr(stream, "peek") else stream
        if callable(kind):
            kind = kind(buffered.peek(4096)[:4096])
        if kind == "jsonl":
            yield from _read_jsonl(buffered, origin, path, max_bytes)
        elif kind == "csv":
            yield from _read_csv(buffered, origin, path, max_bytes)
        elif kind == "warc":
            yield from _read_warc(buffered, origin, max_bytes)
        else:
            yield from _read_page(buffered, origin, path, kind, max_bytes)
    except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
        yield SourceError(origin, f"truncated or corrupt compressed data ({exc}); rows before it were read")
    except OSError as exc:
        yield SourceError(origin, f"read error: {exc}")


def _sniff_kind(head: bytes) -> str:
    start = head.lstrip()[:1]
    if start == b"{":
        return "jsonl"
    if head.startswith(b"WARC/"):
        return "warc"
    if start == b"<":
        return "html"
    return "text"


def _read_page(stream: BinaryIO, origin: str, path: str | None, kind: str, max_bytes: int) -> Iterator[Item]:
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        yield SourceError(origin, f"larger than the {max_bytes // (1024 * 1024)} MB limit for one page")
        return
    problem = _binary_or_empty(data)
    if problem:
        yield SourceError(origin, problem)
        return
    text, error = decode(data, html=kind == "html")
    if error:
        yield SourceError(origin, error)
        return
    if kind == "html":
        yield Document(origin=origin, html=text, path=path)
    else:
        yield Document(origin=origin, text=text, path=path)


def _binary_or_empty(data: bytes) -> str | None:
    if not data.strip():
        return "empty file"
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "binary data, not a text, HTML or dataset file"
    return None


def decode(data: bytes, html: bool = False) -> tuple[str, str | None]:
    """Text from bytes: UTF-8 (with or without BOM), UTF-16 with BOM, or an HTML page's declared charset."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), None
        except UnicodeDecodeError as exc:
            return "", f"not valid UTF-16 ({exc.reason} at byte {exc.start})"
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        declared = _declared_charset(data) if html else None
        if declared:
            try:
                return data.decode(declared), None
            except (LookupError, UnicodeDecodeError):
                pass
        return "", f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); convert it to UTF-8"


def _declared_charset(data: bytes) -> str | None:
    import re

    match = re.search(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_-]+)""", data[:4096], re.I)
    return match.group(1).decode("ascii") if match else None


def _read_jsonl(stream: BinaryIO, origin: str, path: str | None, max_bytes: int) -> Iterator[Item]:
    for lineno, line in enumerate(stream, 1):
        where = f"{origin}:{lineno}"
        if not line.strip():
            continue
        if len(line) > max_bytes:
            yield SourceError(where, f"row larger than the {max_bytes // (1024 * 1024)} MB limit")
            continue
        try:
            row = json.loads(line)
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            yield SourceError(where, f"malformed JSON: {exc}")
            continue
        yield row_to_document(row, where, path)


def _read_csv(stream: BinaryIO, origin: str, path: str | None, max_bytes: int) -> Iterator[Item]:
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", errors="strict", newline="")
    delimiter = "\t" if origin.lower().rstrip(".gz").endswith(".tsv") else ","
    try:
        reader = csv.DictReader(text, delimiter=delimiter)
        if not reader.fieldnames or not {"text", "html"} & {f.strip().lower() for f in reader.fieldnames}:
            yield SourceError(origin, "CSV header has neither a 'text' nor an 'html' column")
            return
        rowno = 1
        while True:
            rowno += 1
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                yield SourceError(f"{origin}:{reader.line_num}", f"malformed CSV: {exc}")
                return
            yield row_to_document({k.strip().lower(): v for k, v in row.items() if k}, f"{origin}:{rowno}", path)
    except UnicodeDecodeError as exc:
        yield SourceError(origin, f"not valid UTF-8 ({exc.reason}); convert it to UTF-8")


def row_to_document(row: object, where: str, path: str | None) -> Item:
    """A dataset row (JSONL object or CSV row) as a Document, or the reason it is not one."""
    if not isinstance(row, dict):
        return SourceError(where, f"expected a JSON object, got {type(row).__name__}")
    text, html = row.get("text"), row.get("html")
    if not (isinstance(text, str) and text.strip()) and not (isinstance(html, str) and html.strip()):
        return SourceError(where, "row has no 'text' or 'html' (or it is empty)")
    meta = row.get("meta") if isinstance(row.get("meta"), dict) else {}

    def field(*names: str) -> object:
        """A row's own field, else the same fact under a dataset's `meta` (PolNeAR-style rows)."""
        for source in (row, meta):
            for name in names:
                if source.get(name) not in (None, "", "None"):
                    return source[name]
        return None

    authors = field("authors", "author") or []
    if isinstance(authors, str):
        authors = [a.strip() for a in authors.replace(";", ",").split(",") if a.strip()]
    row_id = row.get("id")
    return Document(
        origin=where,
        text=text if isinstance(text, str) and text.strip() else None,
        html=html if isinstance(html, str) and html.strip() and not (isinstance(text, str) and text.strip()) else None,
        id=str(row_id) if row_id not in (None, "") else None,
        path=path,
        url=_str_or_none(row.get("url")),
        title=_str_or_none(field("title")),
        authors=[str(a) for a in authors if a],
        published=_str_or_none(field("published", "publication_date", "date")),
        outlet=_str_or_none(field("outlet", "publisher", "site_name")),
    )


def _str_or_none(value: object) -> str | None:
    return str(value).strip() or None if value not in (None, "") else None


def _read_warc(stream: BinaryIO, origin: str, max_bytes: int) -> Iterator[Item]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    number = seen = 0
    try:
        for record in ArchiveIterator(stream):
            seen += 1
            if record.rec_type != "response":
                continue
            number += 1
            where = f"{origin}#record {number}"
            ctype = (record.http_headers.get_header("Content-Type") if record.http_headers else "") or ""
            if "html" not in ctype.lower():
                continue
            data = record.content_stream().read(max_bytes + 1)
            if len(data) > max_bytes:
                yield SourceError(where, f"page larger than the {max_bytes // (1024 * 1024)} MB limit")
                continue
            text, error = decode(data, html=True)
            if error or not text.strip():
                yield SourceError(where, error or "empty page")
                continue
            headers = record.rec_headers
            yield Document(
                origin=where,
                html=text,
                id=headers.get_header("WARC-Record-ID"),
                path=origin,
                url=headers.get_header("WARC-Target-URI"),
            )
    except (ArchiveLoadFailed, EOFError, zlib.error, ValueError) as exc:
        yield SourceError(origin, f"malformed WARC after {number} records: {exc}")
        return
    if not number:
        what = "no WARC response records" if seen else "no WARC records (not a WARC file?)"
        yield SourceError(origin, f"nothing to read: {what}")
