"""Measure the contact extractor on shared evaluation corpora (data is read in place, never copied).

    .venv/bin/python bench/eval_contacts.py rams            # RAMS dev: recall of two-sided contact events
    .venv/bin/python bench/eval_contacts.py trump-russia    # PBS + AllSides subset + Mueller vol. I:
                                                            # Abramson dev US–Russia pairs found
    .venv/bin/python bench/eval_contacts.py sample --n 50   # random extracted contacts to judge by hand

Records of the Trump–Russia run are cached under --cache (default /tmp/presstrace-eval-contacts), so
`sample` and re-scoring do not re-run the pipeline. Matching is on head words / surnames, as documented
in each corpus README.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPORA = REPO.parent / "shared" / "eval" / "corpora"
STRICT_MEET = {"contact.discussion.meet", "contact.negotiate.meet", "contact.collaborate.meet"}
TRUMP_RUSSIA = {
    "pbs": "pbs_trump_russia/articles.jsonl",
    "allsides": "allsides_bias/trump_russia_subset.jsonl",
    "mueller": "mueller_report_vol1/articles.jsonl",
}
TALK_TYPES = {"discussion", "negotiate", "collaborate"}
STOP = {"the", "a", "an", "of", "'s", "s", "jr", "sr", "mr", "mrs", "ms", "dr"}


def rows(path: Path) -> Iterator[dict]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def words(text: str | None) -> list[str]:
    return [w for w in re.findall(r"[a-z0-9]+", (text or "").lower().replace("’", "'")) if w not in STOP]


def head(text: str | None) -> str:
    found = words(text)
    return found[-1] if found else ""


# ---------------------------------------------------------------- RAMS


def analyze_plain(text: str, published: str | None = None) -> dict:
    from presstrace.nlp.article import analyze_text
    from presstrace.record import ArticleRecord

    record = ArticleRecord(id="x", source={}, title=None, authors=[], published=published, outlet=None,
                           syndicated_from=None, text=text)
    analyze_text(record)
    return record.to_dict()


def participant_words(contact: dict) -> list[set[str]]:
    """For each participant: the words of its resolved name and of the mention as written."""
    out = []
    for ref, mention in zip(contact["participants"], contact.get("mentions") or [""] * 9, strict=False):
        out.append(set(words(ref["name"])) | set(words(mention)))
    return out


def same_sentence(contact: dict, evidence: str) -> bool:
    ours, theirs = set(words(contact["evidence"]["text"])), set(words(evidence))
    return bool(theirs) and len(ours & theirs) / len(theirs) >= 0.5


def rams_match(row: dict, contacts: list[dict], window: bool = False) -> bool:
    a, b = head(row["a"]), head(row["b"])
    for c in contacts:
        if not window and not same_sentence(c, row["evidence"]):
            continue
        sides = participant_words(c)
        if any(a in s for s in sides) and any(b in s for s in sides if a not in s or a == b):
            return True
    return False


def eval_rams(args: argparse.Namespace) -> None:
    path = Path(args.corpora) / "rams_contact_events" / "contacts.dev.jsonl"
    data = [r for r in rows(path) if r.get("b")]
    by_context: dict[str, list[dict]] = {}
    started = time.time()
    for r in data:
        if r["context"] not in by_context:
            by_context[r["context"]] = analyze_plain(r["context"])["contacts"]
    n_contacts = sum(len(v) for v in by_context.values())
    elapsed = time.time() - started
    print(f"RAMS dev: {len(by_context)} contexts analysed in {elapsed:.1f}s, {n_contacts} contacts")
    meet_rows = [r for r in data if r["event_type"] in STRICT_MEET]
    talk_rows = [r for r in data if r["event_type"].split(".")[1] in TALK_TYPES]
    stated = [r for r in meet_rows if stated_in_sentence(r)]
    for label, subset in (("strict meetings", meet_rows), ("strict, both sides in the sentence", stated),
                          ("discussion/negotiate/collaborate", talk_rows), ("all two-sided contact rows", data)):
        same = sum(rams_match(r, by_context[r["context"]]) for r in subset)
        window = sum(rams_match(r, by_context[r["context"]], window=True) for r in subset)
        print(f"  {label:33} recall same sentence {same}/{len(subset)} = {ratio(same, len(subset))}; "
              f"anywhere in the window {window}/{len(subset)} = {ratio(window, len(subset))}")
    if args.misses:
        for r in meet_rows:
            if not rams_match(r, by_context[r["context"]]):
                print(f"  MISS [{r['a']} | {r['b']}] {r['trigger']}: {r['evidence'][:160]}")
    if args.sample:
        pool = [(ctx, c) for ctx, cs in by_context.items() for c in cs]
        random.Random(args.seed).shuffle(pool)
        for _, c in pool[: args.sample]:
            print_contact(c)


def stated_in_sentence(row: dict) -> bool:
    """Both sides written in the trigger's sentence and distinct: the rows a sentence-level extractor can
    find. Others name a side only elsewhere ("There is a final debate in nine days") or pair a group
    with itself ("delegates convene")."""
    a, b = head(row["a"]), head(row["b"])
    sentence = set(words(row["evidence"]))
    return a != b and a in sentence and b in sentence


def ratio(n: int, d: int) -> str:
    return f"{n / d:.3f}" if d else "n/a"


# ---------------------------------------------------------------- Trump–Russia corpora


def cache_path(args: argparse.Namespace, name: str) -> Path:
    return Path(args.cache) / f"{name}.jsonl"


def run_corpus(args: argparse.Namespace, name: str, rel: str) -> list[dict]:
    """Analyse one corpus with the local engine (cached)."""
    out = cache_path(args, name)
    if out.exists() and not args.refresh:
        return list(rows(out))
    from presstrace.analyze import analyze
    from presstrace.engines.local import run
    from presstrace.extract import url_date
    from presstrace.nlp import load_pipeline
    from presstrace.record import Document

    docs = []
    for r in rows(Path(args.corpora) / rel):
        if name == "pbs" and (r.get("meta") or {}).get("text_quality") != "ok":
            continue
        # the URL's date, else the timeline's date for the event (PBS rows carry no publication date)
        published = r.get("published") or url_date(r.get("url")) or (r.get("meta") or {}).get("timeline_date")
        docs.append(Document(origin=r["id"], id=r["id"], text=r["text"], title=r.get("title"),
                             published=published, outlet=r.get("outlet"), url=r.get("url")))
    started = time.time()
    records = []
    for outcome in run(docs, analyze, workers=args.jobs, warm_up=load_pipeline):
        if outcome.result is not None:
            rec = outcome.result.to_dict()
            records.append({"id": rec["id"], "published": rec["published"], "contacts": rec["contacts"],
                            "people": [{"name": p["name"]} for p in rec["people"]]})
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as handle:
        for rec in records:
            handle.write(json.dumps(rec) + "\n")
    print(f"  {name}: {len(docs)} articles analysed in {time.time() - started:.0f}s", file=sys.stderr)
    return records


def surname(name: str) -> str:
    found = [w for w in words(name) if w not in {"ii", "iii"}]
    return found[-1] if found else ""


def given(name: str) -> str:
    found = words(name)
    return found[0] if len(found) > 1 else ""


def junior(name: str) -> bool:
    return bool(re.search(r"\b(jr|sr|ii|iii)\b", name.lower()))


def same_person(gold: str, ours: str) -> bool:
    """Same surname and generation; given names, where both are written, starting alike."""
    if surname(gold) != surname(ours) or not surname(gold) or junior(gold) != junior(ours):
        return False
    a, b = given(gold), given(ours)
    return not a or not b or a[:2] == b[:2]


def eval_trump_russia(args: argparse.Namespace) -> None:
    contacts = [(name, rec["id"], c) for name, rel in TRUMP_RUSSIA.items()
                for rec in run_corpus(args, name, rel) for c in rec["contacts"]]
    print(f"Trump–Russia corpora: {len(contacts)} contacts extracted "
          + ", ".join(f"{n} {sum(1 for x in contacts if x[0] == n)}" for n in TRUMP_RUSSIA))
    gold_path = Path(args.corpora) / "abramson_network" / "contacts.dev.jsonl"
    gold = [r for r in rows(gold_path) if r.get("us_russia")]
    pairs: dict[frozenset, set[str]] = {}
    for r in gold:
        pairs.setdefault(frozenset((r["a"], r["b"])), set()).add(r.get("contact_type") or "other")
    found_pairs, found_meet = [], []
    for pair, types in pairs.items():
        a, b = sorted(pair) if len(pair) == 2 else (next(iter(pair)),) * 2
        hits = [c for c in contacts if found_pair(a, b, c[2])]
        if hits:
            found_pairs.append((a, b, hits[0]))
            if "meet" in types:
                found_meet.append(pair)
    meet_pairs = [p for p, t in pairs.items() if "meet" in t]
    print(f"Abramson dev US–Russia pairs found with evidence: {len(found_pairs)}/{len(pairs)}; "
          f"pairs with a 'meet' link: {len(found_meet)}/{len(meet_pairs)}")
    if args.verbose:
        for a, b, (name, rid, c) in found_pairs:
            print(f"  {a} – {b}: [{name} {rid}] {c['polarity']} {c['evidence']['text'][:150]}")


def found_pair(a: str, b: str, contact: dict) -> bool:
    names = [p["name"] for p in contact["participants"] if not p.get("is_group")]
    return any(same_person(a, n) for n in names) and any(same_person(b, n) for n in names)


def sample(args: argparse.Namespace) -> None:
    pool = [(name, rec["id"], c) for name, rel in TRUMP_RUSSIA.items()
            for rec in run_corpus(args, name, rel) for c in rec["contacts"]]
    random.Random(args.seed).shuffle(pool)
    for i, (name, rid, c) in enumerate(pool[: args.n], 1):
        print(f"#{i} [{name} {rid}]")
        print_contact(c)


def print_contact(c: dict) -> None:
    who = " + ".join(p["name"] + (" (group)" if p.get("is_group") else "") for p in c["participants"])
    when = (c.get("when") or {}).get("value")
    print(f"  {c['kind']}/{c['polarity']} by {c['asserted_by']['name']}: {who} | cue {c['cue']!r} "
          f"mentions {c.get('mentions')} when {when} where {c.get('where')} event {c.get('event')}")
    print(f"    {c['evidence']['text'][:300]}")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("what", choices=["rams", "trump-russia", "sample"])
    ap.add_argument("--corpora", default=str(CORPORA))
    ap.add_argument("--cache", default="/tmp/presstrace-eval-contacts")
    ap.add_argument("--refresh", action="store_true", help="re-run the pipeline even when cached")
    ap.add_argument("-j", "--jobs", type=int, default=2)
    ap.add_argument("--n", type=int, default=50)
    ap.add_argument("--seed", type=int, default=4)
    ap.add_argument("--sample", type=int, default=0, help="rams: print this many random extracted contacts")
    ap.add_argument("--misses", action="store_true", help="rams: print missed strict meetings")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    {"rams": eval_rams, "trump-russia": eval_trump_russia, "sample": sample}[args.what](args)


if __name__ == "__main__":
    main()
