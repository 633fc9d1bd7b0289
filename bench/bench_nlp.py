"""Throughput of the language layers: full `analyze_text` vs bare spaCy, on the same articles, one run.

    .venv/bin/python bench/bench_nlp.py [--n 500] [--corpus ../shared/eval/corpora/allsides_bias/articles.jsonl.gz]

Articles are visited once each, in the same process: the bare parse and the full analysis of an article run
back to back (so machine noise hits both alike). Prints articles/s for each, the overhead of presstrace's
own layers (people, roles, quotes, dates, contacts) over spaCy's parse, and peak memory (max RSS).
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import sys
import time
from pathlib import Path

from presstrace.nlp import load_pipeline
from presstrace.nlp.article import analyze_text
from presstrace.record import ArticleRecord

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "eval" / "corpora" / "allsides_bias" / "articles.jsonl.gz"


def read(path: Path, n: int) -> list[dict]:
    opener = gzip.open if path.suffix == ".gz" else open
    out = []
    with opener(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec.get("text"):
                out.append(rec)
            if len(out) >= n:
                break
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=500)
    ap.add_argument("--corpus", type=Path, default=DEFAULT)
    args = ap.parse_args(argv)
    articles = read(args.corpus, args.n)
    nlp = load_pipeline()
    nlp("warm up")
    bare = full = 0.0
    chars = 0
    failed: list[str] = []
    for rec in articles:
        text = rec["text"]
        chars += len(text)
        t0 = time.perf_counter()
        nlp(text)
        t1 = time.perf_counter()
        record = ArticleRecord(id=rec["id"], source={}, title=rec.get("title"), authors=rec.get("authors") or [],
                               published=rec.get("published"), outlet=None, syndicated_from=None, text=text)
        try:
            analyze_text(record)
        except Exception as exc:  # counted like the engine does: one bad article must not stop the run
            failed.append(f"{rec['id']}: {type(exc).__name__}: {exc}")
        t2 = time.perf_counter()
        bare += t1 - t0
        full += t2 - t1
    n = len(articles)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles {n}  chars {chars}  corpus {args.corpus.name}")
    print(f"bare spaCy      {bare:7.1f} s  {n / bare:6.2f} articles/s")
    print(f"full analyze    {full:7.1f} s  {n / full:6.2f} articles/s")
    print(f"our layers      {full - bare:7.1f} s  overhead {100 * (full - bare) / bare:5.1f}% of the parse")
    print(f"peak memory     {peak_mb:7.0f} MB (max RSS of this process)")
    if failed:
        print(f"failed          {len(failed)} (first: {failed[0]})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
