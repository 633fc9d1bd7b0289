"""Cross-article resolution: speed at AllSides scale, and duplicate-cluster quality.

    .venv/bin/python bench/bench_resolve.py scale [EVAL_DIR] [--n 37554]
    .venv/bin/python bench/bench_resolve.py dups [EVAL_DIR]
    .venv/bin/python bench/bench_resolve.py store DB        # time resolve on an existing (ingested) store
    .venv/bin/python bench/bench_resolve.py sample DB       # 50 random entity merges, to judge by hand
    .venv/bin/python bench/bench_resolve.py build DB [EVAL_DIR]  # keep the resolved AllSides stand-in store
                                                            # (for bench_web.py --db DB at corpus scale)

`scale` builds a store from the AllSides texts (../shared/eval/corpora/allsides_bias, read in place, never
copied) whose people, quotes and contacts come from a cheap regex stand-in for `analyze` (capitalised name
sequences; "said"/"met" sentences): real name distributions at full size, without hours of NLP. It times
`resolve_store` from scratch, then an incremental run after 500 more articles, then a no-op run; the baseline
in the same run is the time to read every people row (the floor of any resolver).

`dups` clusters BuzzFeed-Webis 2016 + FakeNewsNet v1 with the MinHash/LSH used by `resolve` and scores the
pairs it groups against pairs of articles sharing a title (normalised, 4+ words), side by side with exact
body-hash deduplication.
"""

from __future__ import annotations

import gzip
import hashlib
import itertools
import json
import re
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from rapidfuzz import fuzz  # noqa: E402
from rapidfuzz.process import cdist  # noqa: E402

from presstrace.resolve import resolve_store  # noqa: E402
from presstrace.resolve.syndication import cluster_signatures, signature  # noqa: E402
from presstrace.store import Store  # noqa: E402

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
NAME = re.compile(r"\b([A-Z][a-z]+(?: [A-Z]\.)? [A-Z][a-z]+(?:-[A-Z][a-z]+)?(?: Jr\.)?)")
STOP = {"The", "In", "On", "At", "But", "And", "For", "New", "United", "White", "House", "Supreme", "North", "South",
        "This", "That", "When", "After", "President", "Senate", "Republican", "Democratic", "Federal", "Associated"}
SENT = re.compile(r"(?<=[.!?])\s+")


def cheap_record(row: dict, i: int) -> dict:
    text = row.get("text") or ""
    people, pid = {}, {}
    for m in NAME.finditer(text):
        name = m.group(1)
        if name.split()[0] in STOP or name in pid:
            continue
        pid[name] = f"p{len(pid) + 1}"
        people[name] = {"id": pid[name], "name": name, "aliases": [name.split()[-1]], "roles": [], "mentions": []}
        if len(pid) >= 40:
            break
    quotes, contacts, pos = [], [], 0
    for sentence in SENT.split(text):
        start = text.find(sentence, pos)
        pos = max(pos, start)
        who = [n for n in people if n in sentence or n.split()[-1] in sentence]
        if " said" in sentence and who:
            quotes.append({"id": f"q{len(quotes) + 1}", "text": sentence[:300], "start": start,
                           "end": start + len(sentence), "type": "indirect",
                           "speaker": {"id": pid[who[0]], "name": who[0]}, "cue": "said"})
        if (" met " in sentence or " spoke " in sentence) and len(who) >= 2:
            contacts.append({"id": f"c{len(contacts) + 1}", "kind": "meeting", "polarity":
                             "denied" if " not " in sentence else "asserted",
                             "participants": [{"id": pid[who[0]], "name": who[0]}, {"id": pid[who[1]], "name": who[1]}],
                             "asserted_by": {"name": "article"},
                             "evidence": {"text": sentence[:400], "start": start, "end": start + len(sentence)}})
    return {"id": row.get("id") or f"r{i}", "source": {"origin": f"allsides:{i}"}, "title": row.get("title"),
            "authors": row.get("authors") or [], "published": row.get("published"), "outlet": row.get("outlet"),
            "syndicated_from": None, "text": text, "people": list(people.values()), "organizations": [],
            "quotes": quotes, "contacts": contacts, "dates": []}


def scale(eval_dir: Path, n: int) -> None:
    src = eval_dir / "corpora" / "allsides_bias" / "articles.jsonl.gz"
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "allsides.db"
        t = time.monotonic()
        store = Store(db)
        batch, held = [], []
        with gzip.open(src, "rt", encoding="utf-8") as f:
            for i, line in enumerate(itertools.islice(f, n)):
                rec = cheap_record(json.loads(line), i)
                (held if i >= n - 500 else batch).append(rec)
                if len(batch) >= 2000:
                    store.add_records(batch)
                    batch = []
        store.add_records(batch)
        counts = store.counts()
        print(f"built store: {counts['articles']:,} articles, {counts['people']:,} people rows, "
              f"{counts['quotes']:,} quotes, {counts['contacts']:,} contacts in {time.monotonic() - t:.0f}s")
        t = time.monotonic()
        rows = store.db.execute("SELECT article_id, pid, name, aliases FROM people").fetchall()
        floor = time.monotonic() - t
        print(f"baseline: read all {len(rows):,} people rows              {floor:8.1f}s")
        del rows
        for label, kw in (("people only (clusters=False)", {"clusters": False}), ("clusters (MinHash/LSH)", None)):
            t = time.monotonic()
            if kw is None:
                from presstrace.resolve.syndication import cluster_store
                out = cluster_store(store)
            else:
                out = resolve_store(store, **kw)
            print(f"resolve from scratch, {label:<30} {time.monotonic() - t:8.1f}s  {out}")
        store.add_records(held)
        t = time.monotonic()
        out = resolve_store(store)
        print(f"incremental: {len(held)} new articles (people + clusters)  {time.monotonic() - t:8.1f}s  {out}")
        t = time.monotonic()
        out = resolve_store(store, clusters=False)
        print(f"no-op re-run (people)                            {time.monotonic() - t:8.1f}s")
        store.close()


def build(db: str, eval_dir: Path) -> None:
    """The AllSides stand-in store, resolved, kept at DB."""
    src = eval_dir / "corpora" / "allsides_bias" / "articles.jsonl.gz"
    t = time.monotonic()
    with Store(db) as store, gzip.open(src, "rt", encoding="utf-8") as f:
        batch = []
        for i, line in enumerate(f):
            batch.append(cheap_record(json.loads(line), i))
            if len(batch) >= 2000:
                store.add_records(batch)
                batch = []
        store.add_records(batch)
        out = resolve_store(store)
    print(f"built and resolved {db}: {out} in {time.monotonic() - t:.0f}s")


def norm_title(title: str | None) -> str:
    words = re.findall(r"\w+", (title or "").lower())
    return " ".join(words) if len(words) >= 4 else ""


def dups(eval_dir: Path) -> None:
    rows = []
    for name in ("buzzfeed_webis_2016", "fakenewsnet_v1"):
        with open(eval_dir / "corpora" / name / "articles.jsonl", encoding="utf-8") as f:
            rows += [json.loads(line) for line in f]
    rows = [r for r in rows if (r.get("text") or "").strip()]
    by_title = defaultdict(list)
    for r in rows:
        if norm_title(r.get("title")):
            by_title[norm_title(r["title"])].append(r["id"])
    # a title carried by more than 5 articles is site boilerplate ("The hardest-hitting political news.")
    gold = {frozenset(p) for ids in by_title.values() if len(ids) <= 5 for p in itertools.combinations(ids, 2)}
    titled = [(r["id"], norm_title(r.get("title"))) for r in rows if norm_title(r.get("title"))
              and len(by_title[norm_title(r["title"])]) <= 5]
    sim = cdist([t for _, t in titled], [t for _, t in titled], scorer=fuzz.ratio, score_cutoff=90, workers=1)
    fuzzy = {frozenset((titled[i][0], titled[j][0])) for i, j in zip(*sim.nonzero(), strict=True) if i < j}
    t = time.monotonic()
    clusters = cluster_signatures([(r["id"], signature(r["text"])) for r in rows])
    seconds = time.monotonic() - t
    groups = defaultdict(list)
    for aid, (rep, _) in clusters.items():
        groups[rep].append(aid)
    pred = {frozenset(p) for ids in groups.values() for p in itertools.combinations(ids, 2)}
    exact = defaultdict(list)
    for r in rows:
        exact[hashlib.sha1(" ".join(r["text"].split()).encode()).hexdigest()].append(r["id"])
    base = {frozenset(p) for ids in exact.values() for p in itertools.combinations(ids, 2)}
    print(f"{len(rows):,} articles with text; gold pairs: {len(gold):,} with the same title (4+ words, a title"
          f" of at most 5 articles), {len(fuzzy):,} with titles at rapidfuzz ratio >= 90")
    print(f"{'method':<28}{'pairs':>7}{'P':>7}{'R':>7}{'F1':>7}  |{'P~':>7}{'R~':>7}{'F1~':>7}")
    for label, p in (("exact body hash (baseline)", base), ("MinHash/LSH (resolve)", pred)):
        cells = []
        for g in (gold, fuzzy):
            tp = len(p & g)
            prec, rec = tp / max(len(p), 1), tp / max(len(g), 1)
            cells += [prec, rec, 2 * prec * rec / max(prec + rec, 1e-9)]
        print(f"{label:<28}{len(p):>7}" + "".join(f"{c:>7.3f}" for c in cells[:3]) + "  |"
              + "".join(f"{c:>7.3f}" for c in cells[3:]))
    print(f"MinHash/LSH: {len(rows) / seconds:,.0f} articles/s")


def sample(db: str, n: int = 50, seed: int = 5) -> None:
    """Print n random merges (a name form joined to an entity it was not first written as) for judging by hand."""
    import random
    import sqlite3

    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    rows = con.execute("SELECT n.key, n.name, e.name, n.method FROM entity_names n JOIN entities e USING (entity_id)"
                       " WHERE n.method IN ('variant', 'surname') ORDER BY n.key").fetchall()
    print(f"{len(rows)} merged name forms; {n} drawn with seed {seed}:")
    for key, name, entity, method in random.Random(seed).sample(rows, min(n, len(rows))):
        where = con.execute("SELECT a.outlet, substr(a.text, max(1, instr(a.text, m.name) - 60), 160) FROM mentions m"
                            " JOIN articles a ON a.id = m.article_id WHERE m.key = ? LIMIT 1", (key,)).fetchone()
        context = " ".join((where[1] if where else "").split())
        print(f"{name!r:<32} -> {entity!r:<28} {method:<8} | {context}")


def on_store(db: str) -> None:
    with Store(db) as store:
        for rebuild in (True, False):
            t = time.monotonic()
            out = resolve_store(store, rebuild=rebuild)
            print(f"resolve {'--rebuild' if rebuild else '(incremental)'}: {time.monotonic() - t:.1f}s {out}")


if __name__ == "__main__":
    args = sys.argv[1:]
    mode = args.pop(0) if args else "dups"
    n = 37_554
    if "--n" in args:
        n = int(args[args.index("--n") + 1])
        del args[args.index("--n"):args.index("--n") + 2]
    if mode == "store":
        on_store(args[0])
    elif mode == "sample":
        sample(args[0])
    elif mode == "build":
        build(args[0], Path(args[1]) if len(args) > 1 else EVAL)
    else:
        where = Path(args[0]) if args else EVAL
        scale(where, n) if mode == "scale" else dups(where)
