"""Load benchmark of the web interface on loopback: requests/second and latency percentiles of the busiest
pages and API calls, side by side with a static file served by the same server (the baseline).

    .venv/bin/python bench/bench_web.py [--db demo/demo.db] [--seconds 5] [--clients 4]

The store must be ingested and resolved (`make demo` builds demo/demo.db). Bounded in time.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[1]


def top_people(base: str, n: int = 5) -> list[int]:
    """The most reported people: the heaviest pages."""
    return [p["entity_id"] for p in httpx.get(f"{base}/api/people", params={"limit": n}).json()["items"]]


def typical_people(db: str, n: int = 20) -> list[int]:
    """A fixed random sample of people seen in at least two articles: the pages most visits are."""
    import sqlite3

    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as con:
        rows = con.execute("SELECT entity_id FROM entities WHERE n_articles >= 2 ORDER BY entity_id").fetchall()
    import random

    return [r[0] for r in random.Random(7).sample(rows, min(n, len(rows)))]


def hammer(base: str, paths: list[str], seconds: float, clients: int) -> list[float]:
    latencies: list[float] = []
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def client(offset: int) -> None:
        with httpx.Client(base_url=base, timeout=30) as http:
            i = offset
            while time.monotonic() < stop:
                started = time.perf_counter()
                response = http.get(paths[i % len(paths)])
                elapsed = time.perf_counter() - started
                response.raise_for_status()
                with lock:
                    latencies.append(elapsed)
                i += 1

    threads = [threading.Thread(target=client, args=(k,)) for k in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return latencies


def report(name: str, latencies: list[float], seconds: float) -> None:
    cuts = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else latencies * 99
    print(f"{name:<28}{len(latencies) / seconds:>9.1f}{statistics.median(latencies) * 1000:>10.1f}"
          f"{cuts[94] * 1000:>10.1f}{cuts[98] * 1000:>10.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=str(REPO / "demo" / "demo.db"))
    parser.add_argument("--seconds", type=float, default=5)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--port", type=int, default=8799)
    args = parser.parse_args()
    if not Path(args.db).exists():
        sys.exit(f"{args.db}: no such store; `make demo` builds demo/demo.db")
    base = f"http://127.0.0.1:{args.port}"
    server = subprocess.Popen([sys.executable, "-m", "presstrace", "serve", "--db", args.db, "--port",
                               str(args.port)], cwd=REPO, stderr=subprocess.DEVNULL)
    try:
        subprocess.run([sys.executable, str(REPO / "scripts" / "wait_for_http.py"), base + "/openapi.json"],
                       check=True)
        people = top_people(base)
        typical = typical_people(args.db)
        suites = {
            "static file (baseline)": ["/static/app.css"],
            "person page, typical": [f"/person/{p}" for p in typical],
            "person page, top 5": [f"/person/{p}" for p in people],
            "graph API": [f"/api/people/{p}/graph" for p in people],
            "person API": [f"/api/people/{p}" for p in people],
            "search page": ["/?q=meeting", "/?q=Kislyak", "/?q=campaign", "/?q=Trump"],
            "contradictions, sources": ["/contradictions", "/sources"],
        }
        print(f"store {args.db}; {args.clients} clients, {args.seconds:.0f} s each; times in ms")
        print(f"{'':<28}{'req/s':>9}{'median':>10}{'p95':>10}{'p99':>10}")
        for name, paths in suites.items():
            report(name, hammer(base, paths, args.seconds, args.clients), args.seconds)
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
