"""`extract`, `analyze` and `ingest`: run the pipeline over sources."""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterator

import click

from presstrace.analyze import analyze
from presstrace.cli.options import db_option, max_mb_option, open_store, quiet_option, workers_option
from presstrace.cli.render import render_record
from presstrace.engines.local import Outcome, default_workers, run
from presstrace.engines.progress import Progress
from presstrace.extract import extract
from presstrace.nlp import load_pipeline
from presstrace.record import Document, SourceError
from presstrace.sources import estimate_count, iter_documents

COMMIT_EVERY = 25  # records per transaction; also bounds what a kill can lose to one batch


def analyze_dict(doc: Document) -> dict:
    return analyze(doc).to_dict()


def extract_dict(doc: Document) -> dict:
    found = extract(doc)
    return {"id": doc.key, "source": {"path": doc.path, "url": doc.url, "origin": doc.origin},
            "title": found.title, "authors": found.authors, "published": found.published,
            "outlet": found.outlet, "syndicated_from": found.syndicated_from, "text": found.text}


def _report(outcome: Outcome) -> None:
    click.echo(f"error: {outcome.origin}: {outcome.error}", err=True)


def _print_records(outcomes: Iterator[Outcome], fmt: str) -> tuple[int, int]:
    """Write records to stdout in the chosen format; return (written, failed)."""
    written = failed = 0
    array: list[dict] = []
    for outcome in outcomes:
        if outcome.error:
            failed += 1
            _report(outcome)
            continue
        written += 1
        if fmt == "jsonl":
            sys.stdout.write(json.dumps(outcome.result, ensure_ascii=False) + "\n")
        elif fmt == "summary":
            click.echo(render_record(outcome.result))
        else:
            array.append(outcome.result)
    if fmt == "json":
        body = array[0] if len(array) == 1 else array
        sys.stdout.write(json.dumps(body, ensure_ascii=False, indent=2) + "\n")
    return written, failed


def _finish(label: str, written: int, failed: int, started: float, quiet: bool) -> None:
    if not quiet or failed:
        click.echo(f"{label}: {written} articles, {failed} failed, {time.monotonic() - started:.1f}s", err=True)
    if failed:
        sys.exit(1)


@click.command("extract")
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl", "summary"]), default="jsonl",
              show_default=True)
@workers_option
@max_mb_option
@quiet_option
def extract_command(paths, fmt, workers, max_mb, quiet):
    """Clean body and metadata of each article (no language analysis; fast)."""
    started = time.monotonic()
    items = iter_documents(paths, max_bytes=max_mb * 1024 * 1024)
    written, failed = _print_records(run(items, extract_dict, workers or default_workers()), fmt)
    _finish("extract", written, failed, started, quiet)


@click.command("analyze")
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl", "summary"]), default="json",
              show_default=True)
@workers_option
@max_mb_option
@quiet_option
def analyze_command(paths, fmt, workers, max_mb, quiet):
    """The full article record of each article (people, quotes, contacts, dates), printed."""
    started = time.monotonic()
    items = iter_documents(paths, max_bytes=max_mb * 1024 * 1024)
    workers = workers or (1 if _few(paths) else default_workers())
    written, failed = _print_records(run(items, analyze_dict, workers, warm_up=load_pipeline), fmt)
    _finish("analyze", written, failed, started, quiet)


def _few(paths: tuple[str, ...]) -> bool:
    """One or two plain pages: start no worker processes, they cost more than they save."""
    from pathlib import Path

    return len(paths) <= 2 and all(Path(p).is_file() and Path(p).suffix.lower() in {".txt", ".html", ".htm"}
                                   for p in paths)


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@db_option
@workers_option
@max_mb_option
@quiet_option
@click.option("--no-resolve", is_flag=True, help="Skip cross-article resolution at the end (run `resolve` later).")
def ingest_command(paths, db, workers, max_mb, quiet, no_resolve):
    """Analyze articles and store them, then resolve people across articles (incrementally).

    Idempotent and resumable: rerun to continue an interrupted run."""
    started = time.monotonic()
    store = open_store(db, write=True)
    progress = Progress("ingest", enabled=not quiet)
    if not quiet:
        progress.count_in_background(lambda: estimate_count(paths))

    def unseen() -> Iterator[Document | SourceError]:
        for item in iter_documents(paths, max_bytes=max_mb * 1024 * 1024):
            if isinstance(item, Document) and store.has(item.key):
                progress.update(skipped=True)
                continue
            yield item

    stored = failed = duplicates = 0
    batch: list[dict] = []
    failures: list[tuple[str, str]] = []

    def flush() -> None:
        nonlocal duplicates
        if batch:
            duplicates += len(store.add_records(batch))
            batch.clear()
        if failures:
            store.add_failures(failures)
            failures.clear()

    with store:
        for outcome in run(unseen(), analyze_dict, workers or default_workers(), warm_up=load_pipeline):
            if outcome.error:
                failed += 1
                _report(outcome)
                failures.append((outcome.origin, outcome.error))
            else:
                stored += 1
                batch.append(outcome.result)
            progress.update(ok=not outcome.error)
            if len(batch) >= COMMIT_EVERY or len(failures) >= COMMIT_EVERY:
                flush()
        flush()
        progress.close()
        new = stored - duplicates
        if new and not no_resolve:
            from presstrace.resolve import resolve_store

            out = resolve_store(store)
            if not quiet:
                click.echo(f"resolve: {out['entities']:,} people across {out['articles']:,} new articles", err=True)
    click.echo(f"ingest: {new} new articles stored in {db}, {progress.skipped} already there, "
               f"{duplicates} with the same text as a stored article, {failed} failed, "
               f"{time.monotonic() - started:.1f}s", err=True)
    if failed:
        sys.exit(1)


COMMANDS = [extract_command, analyze_command, ingest_command]
