"""Syndicated copies and near-duplicates: MinHash over word 5-grams, LSH for candidates (datasketch).

Every article gets a cluster (a singleton when it has no copy). In each cluster the original is the article
another member credits (its outlet is a member's `syndicated_from`), else the earliest published, else the
first stored. Signatures are stored, so a re-run hashes only new articles.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import numpy as np
from datasketch import MinHash, MinHashLSH

from presstrace.resolve.names import fold

NUM_PERM = 64
SHINGLE = 5
MIN_WORDS = 40
THRESHOLD = 0.6
SCHEME = "affine32"
_WORD = re.compile(r"\w+")


def signature(text: str) -> np.ndarray | None:
    words = _WORD.findall((text or "").lower())
    if len(words) < MIN_WORDS:
        return None
    shingles = {" ".join(words[i:i + SHINGLE]).encode("utf-8") for i in range(len(words) - SHINGLE + 1)}
    m = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    m.update_batch(shingles)
    return m.hashvalues


def cluster_signatures(items: Iterable[tuple[str, np.ndarray | None]], threshold: float = THRESHOLD
                       ) -> dict[str, tuple[str, float]]:
    """article id -> (representative id, estimated Jaccard with it); articles without copies map to themselves."""
    items = [(aid, sig) for aid, sig in items]
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    sigs = {}
    for aid, sig in items:
        if sig is not None:
            m = MinHash(num_perm=NUM_PERM, hashvalues=sig, scheme=SCHEME)
            sigs[aid] = m
            lsh.insert(aid, m)
    parent = {aid: aid for aid, _ in items}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    best: dict[str, float] = {}
    for aid, m in sigs.items():
        for other in lsh.query(m):
            if other == aid:
                continue
            j = m.jaccard(sigs[other])
            if j >= threshold:
                ra, rb = find(aid), find(other)
                if ra != rb:
                    parent[max(ra, rb)] = min(ra, rb)
                best[aid] = max(best.get(aid, 0.0), j)
    return {aid: (find(aid), best.get(aid, 1.0)) for aid, _ in items}


def cluster_store(store, rebuild: bool = False) -> dict[str, int]:
    db = store.db
    with store.transaction():
        if rebuild:
            db.execute("DELETE FROM minhashes")
        todo = db.execute("SELECT id, text FROM articles WHERE id NOT IN (SELECT article_id FROM minhashes)")
        rows = []
        for aid, text in todo:
            sig = signature(text)
            rows.append((aid, None if sig is None else sig.astype(np.uint64).tobytes()))
        db.executemany("INSERT INTO minhashes(article_id, signature) VALUES (?, ?)", rows)
        if not rows and db.execute("SELECT count(*) FROM clusters").fetchone()[0] == \
                db.execute("SELECT count(*) FROM minhashes").fetchone()[0]:
            return _counts(db, 0)  # nothing new
        items = [(aid, None if blob is None else np.frombuffer(blob, dtype=np.uint64))
                 for aid, blob in db.execute("SELECT article_id, signature FROM minhashes")]
        groups: dict[str, list[str]] = {}
        sim = {}
        for aid, (rep, j) in cluster_signatures(items).items():
            groups.setdefault(rep, []).append(aid)
            sim[aid] = j
        meta = {aid: (rowid, published, fold(outlet or ""), fold(synd or "")) for rowid, aid, published, outlet, synd
                in db.execute("SELECT rowid, id, published, outlet, syndicated_from FROM articles")}
        out = []
        for members in groups.values():
            original = pick_original(members, meta)
            for aid in members:
                out.append((aid, original, int(aid == original), None if len(members) == 1 else sim[aid]))
        db.execute("DELETE FROM clusters")
        db.executemany("INSERT INTO clusters(article_id, cluster_id, is_original, similarity) VALUES (?,?,?,?)", out)
    return _counts(db, len(rows))


def _counts(db, signed: int) -> dict[str, int]:
    multi, copies = db.execute("SELECT count(DISTINCT cluster_id), count(*) FROM clusters WHERE is_original = 0"
                               ).fetchone()
    return {"signed": signed, "clusters_with_copies": multi, "copies": copies}


def pick_original(members: list[str], meta: dict[str, tuple]) -> str:
    if len(members) == 1:
        return members[0]
    credited = {meta[a][3] for a in members if meta.get(a) and meta[a][3]}
    named = [a for a in members if meta.get(a) and meta[a][2] and meta[a][2] in credited]
    pool = named or members
    return min(pool, key=lambda a: (meta[a][1] is None, meta[a][1] or "", meta[a][0]) if a in meta else (True, "", 0))
