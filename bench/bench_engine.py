"""Memory stays bounded however long the input: peak RSS of `presstrace extract` on generated JSONL corpora
of growing size, side by side. Rows are synthetic (written here), so nothing is copied from evaluation data.

    .venv/bin/python bench/bench_engine.py [ROWS ...]      # default: 2000 20000 200000

A bounded engine shows (nearly) the same peak for every size; a reader that loads the corpus grows with it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile

BODY = ("The harbour council met on Tuesday to discuss the ferry timetable for the coming season. "
        "Officials said the new schedule would add two crossings a day. ") * 6


def write_corpus(path: str, rows: int) -> None:
    with open(path, "w", encoding="utf-8") as out:
        for i in range(rows):
            out.write(json.dumps({"id": f"r{i}", "title": f"Ferry {i}", "text": f"{BODY} Item {i}."}) + "\n")


def peak_rss_mb(args: list[str]) -> tuple[float, float]:
    """Run a command in a fresh child; return (peak RSS of the largest process in its tree, seconds)."""
    code = ("import resource, subprocess, sys, time; t = time.monotonic();"
            "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True);"
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, time.monotonic() - t)")
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=True).stdout
    child_kb, seconds = out.split()
    return int(child_kb) / 1024, float(seconds)


def main(sizes: list[int]) -> None:
    exe = os.path.join(os.path.dirname(sys.executable), "presstrace")
    print(f"{'rows':>10} {'MB on disk':>11} {'peak RSS MB':>12} {'rows/s':>9}")
    with tempfile.TemporaryDirectory() as tmp:
        for rows in sizes:
            path = os.path.join(tmp, f"c{rows}.jsonl")
            write_corpus(path, rows)
            peak, seconds = peak_rss_mb([exe, "extract", path, "--format", "jsonl", "-q"])
            print(f"{rows:>10} {os.path.getsize(path) / 1e6:>11.1f} {peak:>12.1f} {rows / seconds:>9.0f}")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [2000, 20000, 200000])
