"""The local engine: `analyze` over a stream of documents on all cores of one machine.

The main process reads the sources and writes results; worker processes run the task, each
loading the spaCy pipeline once. At most `workers * 4` batches are in flight, so memory stays
bounded however long the input is, and results come back in input order.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice
from typing import Any

from presstrace.record import Document, SourceError

BATCH = 8


@dataclass
class Outcome:
    """What became of one input item: a result, or the reason it failed."""

    origin: str
    document: Document | None
    result: Any = None
    error: str | None = None


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


def run(
    items: Iterable[Document | SourceError],
    task: Callable[[Document], Any],
    workers: int = 1,
    warm_up: Callable[[], Any] | None = None,
) -> Iterator[Outcome]:
    """Apply `task` to every document, yielding an Outcome per item in input order.

    Source errors pass straight through; an exception in `task` becomes that document's error.
    """
    if workers <= 1:
        if warm_up:
            warm_up()
        for item in items:
            yield item_outcome(item) if isinstance(item, SourceError) else _apply(task, item)
        return
    yield from _run_pool(iter(items), task, workers, warm_up)


def item_outcome(error: SourceError) -> Outcome:
    return Outcome(origin=error.origin, document=None, error=error.reason)


def _apply(task: Callable[[Document], Any], doc: Document) -> Outcome:
    try:
        return Outcome(origin=doc.origin, document=doc, result=task(doc))
    except Exception as exc:  # noqa: BLE001 - one bad article must never stop the batch
        return Outcome(origin=doc.origin, document=doc, error=f"{type(exc).__name__}: {exc}")


def _apply_batch(task: Callable[[Document], Any], docs: list[Document]) -> list[Outcome]:
    outcomes = [_apply(task, doc) for doc in docs]
    for outcome in outcomes:
        outcome.document = None  # the parent still holds it; do not ship it back
    return outcomes


def _run_pool(items: Iterator, task, workers: int, warm_up) -> Iterator[Outcome]:
    context = multiprocessing.get_context("forkserver" if os.name != "nt" else "spawn")
    pending: deque[tuple[list[Any], Future | None]] = deque()
    with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=warm_up) as pool:
        exhausted = False
        while pending or not exhausted:
            while not exhausted and len(pending) < workers * 4:
                batch = list(islice(items, BATCH))
                if not batch:
                    exhausted = True
                    break
                docs = [x for x in batch if isinstance(x, Document)]
                pending.append((batch, pool.submit(_apply_batch, task, docs) if docs else None))
            if not pending:
                break
            batch, future = pending.popleft()
            results = iter(future.result() if future else [])
            for item in batch:
                if isinstance(item, SourceError):
                    yield item_outcome(item)
                else:
                    outcome = next(results)
                    outcome.document = item
                    yield outcome
