"""One entity per real person across articles.

The unit is the *name key*: the folded full name of a person of one article, after that article's own
surname and alias mentions were folded into the full name ("Kislyak" -> "sergey kislyak"). Keys are
blocked by family name; within a block a key joins the one entity all of whose keys it is compatible with
(`names.compatible`: same suffix, given names equal or variants, initials that agree). A key compatible
with several entities joins none unless one clearly dominates. A surname-only key ("Trump" in an article
that never writes a given name) goes to the entity that dominates its block, else stays its own entity.

Incremental: keys already placed keep their entity; only new keys are placed. User decisions
(`decisions.py`) are applied after every run, so they survive re-runs and `--rebuild`.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from rapidfuzz.fuzz import ratio

from presstrace.resolve.names import NICK_INITIAL_CHANGES, ParsedName, compatible, given_symbols, parse

SURNAME_DOMINANCE = 0.7  # a surname-only key goes to an entity holding this share of its block's mentions
AMBIGUOUS_DOMINANCE = float("inf")  # a key compatible with several entities joins none ("George Bush")
SURNAME_SUPPORT = 3  # a surname alone joins a person written in full at least this many times
BATCH = 2000


@dataclass
class _Entity:
    entity_id: int
    block: str
    keys: dict[str, ParsedName] = field(default_factory=dict)
    n: int = 0  # mentions over all keys


class Resolver:
    """The in-memory picture of entities and name keys, loaded from and written back to the store."""

    def __init__(self, db):
        self.db = db
        self.entities: dict[int, _Entity] = {}
        self.key_entity: dict[str, int] = {}
        self.key_n: Counter[str] = Counter()
        self.key_name: dict[str, str] = {}
        self.key_method: dict[str, str] = {}
        self.by_block: dict[str, set[int]] = defaultdict(set)
        self.by_letter: dict[tuple[str, str], set[int]] = defaultdict(set)  # (block, given initial) -> entities
        self.nick_eids: dict[str, set[int]] = defaultdict(set)  # entities with a Bill/William-like given name
        self.cannot: set[frozenset[str]] = set()
        self.next_id = 1
        self._load()

    def _load(self) -> None:
        for eid, block in self.db.execute("SELECT entity_id, block FROM entities"):
            self.entities[eid] = _Entity(eid, block)
            self.by_block[block].add(eid)
            self.next_id = max(self.next_id, eid + 1)
        for key, eid, name, n, method in self.db.execute("SELECT key, entity_id, name, n, method FROM entity_names"):
            self._attach(key, eid, name, method, n)
        for (detail,) in self.db.execute("SELECT detail FROM entity_decisions WHERE action = 'split'"):
            d = json.loads(detail)
            for a in d.get("keys", []):
                for b in d.get("rest", []):
                    self.cannot.add(frozenset((a, b)))

    def _index(self, key: str, eid: int) -> None:
        q = parse_key(key)
        if q.first:
            block = self.entities[eid].block
            self.by_letter[(block, q.first[0])].add(eid)
            if q.first in NICK_INITIAL_CHANGES:
                self.nick_eids[block].add(eid)

    def _attach(self, key: str, eid: int, name: str, method: str, n: int = 0) -> None:
        e = self.entities[eid]
        self._index(key, eid)
        e.keys[key] = parse_key(key)
        e.n += n
        self.key_entity[key] = eid
        self.key_n[key] += n
        self.key_name.setdefault(key, name)
        self.key_method[key] = method

    def new_entity(self, block: str) -> int:
        eid = self.next_id
        self.next_id += 1
        self.entities[eid] = _Entity(eid, block)
        self.by_block[block].add(eid)
        return eid

    def move(self, key: str, eid: int, method: str) -> None:
        old = self.key_entity.get(key)
        if old == eid:
            return
        n = self.key_n[key]
        if old is not None:
            e = self.entities[old]
            e.keys.pop(key, None)
            e.n -= n
        e = self.entities[eid]
        self._index(key, eid)
        e.keys[key] = parse_key(key)
        e.n += n
        self.key_entity[key] = eid
        self.key_method[key] = method

    def drop_empty(self) -> None:
        for eid in [eid for eid, e in self.entities.items() if not e.keys]:
            self.by_block[self.entities[eid].block].discard(eid)
            del self.entities[eid]

    # -- placing keys -------------------------------------------------------------------------------

    def place(self, keys: Counter[str], names: dict[str, str]) -> None:
        """Place new keys; count mentions of known ones."""
        new = []
        for key, n in keys.items():
            if key in self.key_entity:
                self.key_n[key] += n
                self.entities[self.key_entity[key]].n += n
            else:
                self.key_n[key] += n
                self.key_name[key] = names[key]
                new.append(key)
        full = [k for k in new if not parse_key(k).surname_only]
        full.sort(key=lambda k: (bool(parse_key(k).initials), -self.key_n[k], k))
        for key in full:
            self._place_full(key)
        for key in new:
            if parse_key(key).surname_only:
                eid = self.new_entity(parse_key(key).block)
                self._attach_new(key, eid, "new")

    def _attach_new(self, key: str, eid: int, method: str) -> None:
        e = self.entities[eid]
        self._index(key, eid)
        e.keys[key] = parse_key(key)
        e.n += self.key_n[key]
        self.key_entity[key] = eid
        self.key_method[key] = method

    def _place_full(self, key: str) -> None:
        p = parse_key(key)
        if not (p.initials or given_symbols(p.first)):  # "CNN Sessions", "Pinterest Sergey Kislyak": no merging
            self._attach_new(key, self.new_entity(p.block), "new")
            return
        candidates = []
        # only entities with a given name of the same initial can be compatible, nicknames like Bill/William aside
        pool = (self.by_block.get(p.block, ()) if p.first in NICK_INITIAL_CHANGES
                else self.by_letter.get((p.block, p.first[0]), set()) | self._nick_entities(p.block))
        for eid in pool:
            e = self.entities.get(eid)
            if e is None:
                continue
            members = [q for k, q in e.keys.items() if not q.surname_only and q.last == p.last]
            if not members:
                continue
            if any(frozenset((key, k)) in self.cannot for k in e.keys):
                continue
            if all(compatible(p, q) for q in members):
                candidates.append(e)
        candidates.sort(key=lambda e: -e.n)
        if len(candidates) == 1 or (len(candidates) > 1 and candidates[0].n >= AMBIGUOUS_DOMINANCE *
                                    max(candidates[1].n, 1)):
            self._attach_new(key, candidates[0].entity_id, "variant")
        else:
            self._attach_new(key, self.new_entity(p.block), "new")

    def _nick_entities(self, block: str) -> set[int]:
        return self.nick_eids.get(block, set())

    def settle_surnames(self) -> None:
        """Send each surname-only key to the entity that dominates its block (re-checked every run)."""
        blocks = defaultdict(list)
        for key, method in self.key_method.items():
            if method in ("new", "surname") and parse_key(key).surname_only:
                blocks[(parse_key(key).block, parse_key(key).suffix)].append(key)
        given: Counter[str] = Counter()
        family: Counter[str] = Counter()
        for k in self.key_entity:
            q = parse_key(k)
            if q.first:
                given[q.first] += self.key_n[k]
                family[q.last] += self.key_n[k]
        titles = self._role_heads() if blocks else {}
        for (block, suffix), keys in blocks.items():
            if given[block] > family[block]:  # "Daniel" alone: a given name more often than a family name
                continue
            full = [e for eid in self.by_block.get(block, ()) if (e := self.entities[eid]).keys
                    and any(not q.surname_only and q.suffix == suffix for q in e.keys.values())]
            # only full names whose given name is a known given name back a surname ("Angry People" does not)
            weight = {e.entity_id: sum(self.key_n[k] for k, q in e.keys.items() if not q.surname_only
                                       and (q.initials or given_symbols(q.first))) for e in full}
            weight = {eid: w for eid, w in weight.items() if w}
            total = sum(weight.values())
            best = max(weight, key=lambda eid: weight[eid]) if weight else None
            # a word no name list knows ("Guilty", "Tweet") needs more than a stray full name behind it
            known = best is not None and weight[best] >= SURNAME_SUPPORT
            for key in keys:
                # and a surname alone far more frequent than its full name is a word, a place, a firm ("Moscow"),
                # unless both carry the same role ("Ambassador Kislyak" in a long report that names him in full
                # only now and then)
                backed = best is not None and (weight[best] * 2 >= self.key_n[key] or bool(
                    titles.get(key, set()) & set().union(*(titles.get(k, set()) for k in self.entities[best].keys))))
                if known and backed and weight[best] >= SURNAME_DOMINANCE * total and not any(
                        frozenset((key, k)) in self.cannot for k in self.entities[best].keys):
                    self.move(key, best, "surname")
                elif self.key_method[key] == "surname":  # no longer dominated: its own entity again
                    self.move(key, self.new_entity(block), "new")
        self.drop_empty()

    def _role_heads(self) -> dict[str, set[str]]:
        """The head nouns of the roles written next to each name key ("Russian ambassador" -> "ambassador")."""
        heads: dict[str, set[str]] = defaultdict(set)
        for key, title in self.db.execute("SELECT m.key, r.title FROM entity_roles r JOIN mentions m"
                                          " ON m.article_id = r.article_id AND m.pid = r.pid"):
            if title and title.split():
                heads[key].add(title.split()[-1].lower())
        return heads

    def settle_typos(self) -> None:
        """Fold a rare spelling of a frequent family name into it ("Kislak", "Kislayk" -> Kislyak)."""
        weight: Counter[str] = Counter()
        for k in self.key_entity:
            weight[parse_key(k).block] += self.key_n[k]
        index = defaultdict(list)
        for block, w in weight.items():
            if w >= 10 and len(block) >= 5:
                index[block[:2]].append(block)
        for block, w in list(weight.items()):
            if w > 3 or len(block) < 5 or " " in block:
                continue
            cands = [c for c in index.get(block[:2], ()) if c != block and weight[c] >= 10 * w
                     and abs(len(c) - len(block)) <= 2 and ratio(block, c) >= 85
                     and not c.startswith(block) and not block.startswith(c)]  # Obamas, Browne: other names
            if len(cands) != 1:
                continue
            target_block = cands[0]
            for eid in list(self.by_block.get(block, ())):
                for key, q in list(self.entities[eid].keys.items()):
                    if self.key_method.get(key) == "user":
                        continue
                    as_target = ParsedName(q.first, q.middle, target_block, q.suffix)
                    hits = self._compatible_entities(as_target)
                    if len(hits) == 1:
                        self.move(key, hits[0], "variant")
        self.drop_empty()

    def _compatible_entities(self, p: ParsedName) -> list[int]:
        if p.surname_only:
            full = [e for eid in self.by_block.get(p.block, ()) if (e := self.entities[eid]).keys
                    and any(not q.surname_only and q.suffix == p.suffix for q in e.keys.values())]
            if not full:
                return []
            best = max(full, key=lambda e: e.n)
            return [best.entity_id] if best.n >= SURNAME_DOMINANCE * sum(e.n for e in full) else []
        out = []
        for eid in self.by_block.get(p.block, ()):
            members = [q for q in self.entities[eid].keys.values() if not q.surname_only and q.last == p.last]
            if members and all(compatible(p, q) for q in members):
                out.append(eid)
        return out

    # -- writing back -------------------------------------------------------------------------------

    def save(self) -> None:
        db = self.db
        db.execute("DELETE FROM entity_names")
        db.execute("DELETE FROM entities")
        rows = []
        for e in self.entities.values():
            name = self.display_name(e)
            rows.append((e.entity_id, name, "person", e.block))
        db.executemany("INSERT INTO entities(entity_id, name, kind, block) VALUES (?,?,?,?)", rows)
        db.executemany("INSERT INTO entity_names(key, entity_id, name, n, method) VALUES (?,?,?,?,?)",
                       [(k, eid, self.key_name.get(k, k), self.key_n[k], self.key_method.get(k, "new"))
                        for k, eid in self.key_entity.items()])

    def display_name(self, e: _Entity) -> str:
        keys = sorted(e.keys, key=lambda k: (not parse_key(k).first, bool(parse_key(k).initials),
                                             -self.key_n[k], -len(k), k))
        return self.key_name.get(keys[0], keys[0]) if keys else "?"


def parse_key(key: str) -> ParsedName:
    return _KEYS.get(key) or _parse_key(key)


_KEYS: dict[str, ParsedName] = {}


def _parse_key(key: str) -> ParsedName:
    """Keys are 'first middle last suffix' folded; parse them back without nameparser's guesses."""
    words = key.split()
    suffix = ""
    if len(words) > 1 and words[-1] in {"jr", "ii", "iii", "iv", "v"}:
        suffix = words.pop()
    last = words.pop() if words else ""
    first = words[0] if words else ""
    middle = " ".join(words[1:])
    p = ParsedName(first, middle, last, suffix)
    _KEYS[key] = p
    return p


# -- within one article ---------------------------------------------------------------------------------

_SENTENCE_END = re.compile(r"(?<=[.!?\u201d\"])\s+(?=[\"\u201c(A-Z])|\n+")


def sentence_at(text: str, start: int, end: int, limit: int = 400) -> str:
    """The sentence around [start, end) of text, for evidence."""
    if not text or start is None:
        return ""
    lo = 0
    for m in _SENTENCE_END.finditer(text, max(0, start - limit), start):
        lo = m.end()
    m = _SENTENCE_END.search(text, max(end or start, start))
    hi = m.start() if m and m.start() - lo <= limit * 2 else min(len(text), (end or start) + limit)
    return text[lo:hi].strip()


@dataclass
class ArticlePeople:
    """The people of one article, with the name key each resolves to and a name -> pid index."""

    keys: dict[str, str]  # pid -> key
    names: dict[str, str]  # pid -> name as written (the fullest form)
    index: dict[str, str]  # folded name / alias / surname -> pid (unique ones only)


def article_people(rows: list[tuple[str, str, str | None]], text: str | None = None) -> ArticlePeople:
    """rows: (pid, name, aliases JSON). Fold surname-only people into the article's full-name person; when the
    people rows hold none, a full name written out in the text itself ("David Klein") decides."""
    parsed: dict[str, tuple[ParsedName, str]] = {}
    for pid, name, aliases in rows:
        name = clean_name(name)
        forms = [name] + [clean_name(a) for a in _json_list(aliases) if isinstance(a, str)]
        best = None
        base = parse(name)
        for form in forms:
            if not looks_like_name(form):
                continue
            p = parse(form)
            if not p.last or (base.last and p.last != base.last):
                continue
            if best is None or _fullness(p) > _fullness(best[0]):
                best = (p, form)
        if best is None and base.last and looks_like_name(name):
            best = (base, name)
        if best is not None:
            parsed[pid] = best
    by_last = defaultdict(list)
    for pid, (p, _) in parsed.items():
        if not p.surname_only:
            by_last[(p.last, p.suffix)].append(pid)
    keys, names = {}, {}
    for pid, (p, form) in parsed.items():
        if p.surname_only:
            full = by_last.get((p.last, ""), [])
            if len(full) == 1:
                p, form = parsed[full[0]]
            elif not full and text and (written := full_name_in_text(text, form)):
                p, form = parse(written), written
        keys[pid], names[pid] = p.key, form
    index: dict[str, set[str]] = defaultdict(set)
    for pid, name, aliases in rows:
        for form in [name] + [a for a in _json_list(aliases) if isinstance(a, str)]:
            index[_fold_ref(form)].add(pid)
        if pid in parsed:
            p = parsed[pid][0]
            index[p.key].add(pid)
            index[p.last].add(pid)
    return ArticlePeople(keys, names, {k: next(iter(v)) for k, v in index.items() if len(v) == 1 and k})


def full_name_in_text(text: str, surname: str) -> str | None:
    """The one "Given Surname" the article writes out for a bare surname (None when none, or several)."""
    pattern = re.compile(r"([A-Z][a-z]+)\s+" + re.escape(surname) + r"\b")
    given = {m.group(1) for m in pattern.finditer(text) if given_symbols(m.group(1))}
    return f"{given.pop()} {surname}" if len(given) == 1 else None


_PARTICLES = {"de", "da", "del", "della", "di", "du", "van", "von", "der", "den", "la", "le", "bin", "al", "el",
              "ibn", "dos", "das", "ter", "y", "st"}
_JUNK_START = re.compile(r"^(?:[\u2019']s\s+|that\s+|this\s+|the\s+|ap\s+photo\s+)", re.I)


@lru_cache(maxsize=500_000)
def clean_name(name: str) -> str:
    return _JUNK_START.sub("", (name or "").strip())


def _not_surnames() -> frozenset[str]:
    path = Path(__file__).with_name("data") / "not_surnames.txt"
    return frozenset(w.strip().lower() for w in path.read_text(encoding="utf-8").splitlines()
                     if w.strip() and not w.startswith("#"))


NOT_SURNAMES = _not_surnames()


@lru_cache(maxsize=500_000)
def looks_like_name(name: str | None) -> bool:
    """A person's name as written: 1-5 capitalised words (particles aside), no digits, no lists, and not
    an organisation's name ("The Washington Post")."""
    if not name or name.split()[-1].lower().strip(".") in NOT_SURNAMES:
        return False
    if not name or len(name) > 60 or any(c.isdigit() for c in name) or "," in name or "&" in name:
        return False
    words = name.split()
    if not 1 <= len(words) <= 5 or " and " in f" {name} " or "\u2019s " in name or "'s " in name:
        return False
    if len({w.lower() for w in words}) < len(words):  # "Trump Trump"
        return False
    return all(w[0].isupper() or w.lower() in _PARTICLES or not w[0].isalpha() for w in words) and any(
        w[0].isupper() for w in words)


def _fullness(p: ParsedName) -> tuple:
    return (bool(p.first), not p.initials, bool(p.middle), len(p.key))


def _fold_ref(name: str) -> str:
    return parse(name).key if name and len(name) <= 60 else ""


def _json_list(text: str | None) -> list[Any]:
    if not text:
        return []
    try:
        value = json.loads(text)
    except ValueError:
        return []
    return value if isinstance(value, list) else []


def ref_target(people: ArticlePeople, pid: str | None, name: str | None) -> tuple[str | None, str | None]:
    """(pid, key) for a reference to a person: the article's own person if any, else a name key."""
    if pid and pid in people.keys:
        return pid, people.keys[pid]
    name = clean_name(name or "")
    if not looks_like_name(name) or name == "article":
        return None, None
    p = parse(name)
    if not p.last:
        return None, None
    hit = people.index.get(p.key) or (people.index.get(p.last) if p.surname_only else None)
    if hit and hit in people.keys:
        return hit, people.keys[hit]
    return None, p.key
