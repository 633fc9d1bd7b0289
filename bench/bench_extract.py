"""Benchmark (not a test): body extraction quality and speed on the article-extraction benchmark.

    .venv/bin/python bench/bench_extract.py [EVAL_DIR] [--repeat N]

EVAL_DIR holds `aeb_score.py` and `aeb/` (default: ../shared/eval/extraction relative to the repo
root). Prints body F1 (precision, recall) and pages/second, single process, for presstrace's
extraction and for plain `trafilatura.extract` with its defaults, side by side. The metric is the
benchmark's own, imported from aeb_score.py; no evaluation data is copied into the project.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import trafilatura

from presstrace.extract import extract
from presstrace.record import Document

REPO = Path(__file__).resolve().parents[1]
DEFAULT_EVAL = REPO.parent / "shared" / "eval" / "extraction"


def load_metric(eval_dir: Path) -> ModuleType:
    """aeb_score.py as a module, loaded from its file so that the metric is never duplicated here."""
    spec = importlib.util.spec_from_file_location("aeb_score", eval_dir / "aeb_score.py")
    if spec is None or spec.loader is None:
        sys.exit(f"cannot load {eval_dir / 'aeb_score.py'}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_pages(eval_dir: Path) -> tuple[dict[str, str], dict[str, dict]]:
    gold = json.loads((eval_dir / "aeb" / "ground-truth.json").read_text(encoding="utf-8"))
    pages = {}
    for page_id in gold:
        with gzip.open(eval_dir / "aeb" / "html" / f"{page_id}.html.gz", "rt", encoding="utf-8") as handle:
            pages[page_id] = handle.read()
    return pages, gold


def score(metric: ModuleType, gold: dict[str, dict], predicted: dict[str, str]) -> tuple[float, float, float]:
    """F1 of the page-averaged precision and recall, exactly as aeb_score.main computes it."""
    counts = [metric.counts(g.get("articleBody", ""), predicted.get(k, "")) for k, g in gold.items()]
    p = statistics.mean(metric.precision(*x) for x in counts if x[0] + x[1] > 0)
    r = statistics.mean(metric.recall(*x) for x in counts if x[0] + x[2] > 0)
    return 2 * p * r / (p + r), p, r


def presstrace_body(html: str, url: str | None) -> str:
    try:
        return extract(Document(origin="bench", html=html, url=url)).text
    except ValueError:  # ExtractionError: no body found counts as an empty extraction
        return ""


def trafilatura_body(html: str, url: str | None) -> str:
    return trafilatura.extract(html, url=url) or ""


def timed_run(fn: Callable[[str, str | None], str], pages: dict[str, str], gold: dict[str, dict],
              repeat: int) -> tuple[dict[str, str], float]:
    """Predictions of the last run and the median pages/second over `repeat` runs."""
    rates, predicted = [], {}
    for _ in range(repeat):
        started = time.perf_counter()
        predicted = {k: fn(html, gold[k].get("url")) for k, html in pages.items()}
        rates.append(len(pages) / (time.perf_counter() - started))
    return predicted, statistics.median(rates)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("eval_dir", nargs="?", type=Path, default=DEFAULT_EVAL)
    parser.add_argument("--repeat", type=int, default=3, help="runs per extractor for the speed median")
    args = parser.parse_args(argv)
    metric = load_metric(args.eval_dir)
    pages, gold = load_pages(args.eval_dir)
    rows = []
    for name, fn in (("presstrace extract", presstrace_body), ("trafilatura defaults", trafilatura_body)):
        predicted, rate = timed_run(fn, pages, gold, args.repeat)
        rows.append((name, *score(metric, gold, predicted), rate))
    print(f"{len(pages)} AEB pages, one process, speed = median of {args.repeat} runs")
    print(f"{'extractor':22} {'F1':>6} {'prec':>6} {'recall':>6} {'pages/s':>8}")
    for name, f1, p, r, rate in rows:
        print(f"{name:22} {f1:6.3f} {p:6.3f} {r:6.3f} {rate:8.1f}")
    ours, theirs = rows
    print(f"ratio ours/trafilatura: F1 {ours[1] / theirs[1]:.3f}, speed {ours[4] / theirs[4]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
