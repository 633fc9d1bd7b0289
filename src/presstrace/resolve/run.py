"""`resolve_store(store)`: cross-article resolution over stored rows, incremental and cheap to call again."""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any

from presstrace.resolve.entities import BATCH, Resolver, article_people, parse_key, ref_target, sentence_at
from presstrace.resolve.summaries import build_summaries, summaries_missing

DERIVED = ("entities", "entity_names", "mentions", "quote_speakers", "contact_parties", "entity_roles", "resolved",
           "resolve_state")


class DecisionError(ValueError):
    pass


def resolve_store(store, rebuild: bool = False, clusters: bool = True,
                  progress: Callable[[int, int], None] | None = None) -> dict[str, Any]:
    """Resolve the articles not yet resolved (all of them with rebuild=True); apply user decisions.

    Returns counts: articles resolved now, entities, mentions, seconds.
    """
    t0 = time.monotonic()
    db = store.db
    with store.transaction():
        if rebuild:
            for table in DERIVED[::-1]:
                db.execute(f"DELETE FROM {table}")  # noqa: S608 - fixed names
        ids = [r[0] for r in db.execute(
            "SELECT id FROM articles WHERE id NOT IN (SELECT article_id FROM resolved) ORDER BY rowid")]
        last = db.execute("SELECT coalesce(max(decision_id), 0) FROM entity_decisions").fetchone()[0]
        applied = db.execute("SELECT value FROM resolve_state WHERE name = 'decisions'").fetchone()
        fresh = not ids and applied is not None and int(applied[0]) == last
        if not fresh:  # else nothing new: no need to load, settle and write back
            _resolve(db, ids, last, progress)
    return _finish(store, {"articles": len(ids)}, clusters, rebuild, t0, changed=not fresh)


def _resolve(db, ids: list[str], last: int, progress) -> None:
    resolver = Resolver(db)
    for i in range(0, len(ids), BATCH):
        _resolve_batch(db, resolver, ids[i:i + BATCH])
        if progress:
            progress(min(i + BATCH, len(ids)), len(ids))
    resolver.settle_surnames()
    resolver.settle_typos()
    apply_decisions(db, resolver)
    resolver.save()
    refresh(db)
    db.execute("INSERT OR REPLACE INTO resolve_state(name, value) VALUES ('decisions', ?)", (str(last),))


def _finish(store, out: dict[str, Any], clusters: bool, rebuild: bool, t0: float, changed: bool) -> dict[str, Any]:
    db = store.db
    out.update({"entities": db.execute("SELECT count(*) FROM entities").fetchone()[0],
                "mentions": db.execute("SELECT count(*) FROM mentions").fetchone()[0]})
    if clusters:
        from presstrace.resolve.syndication import cluster_store

        out.update(cluster_store(store, rebuild=rebuild))
    if changed or out.get("signed") or summaries_missing(db):
        with store.transaction():
            build_summaries(db)
    out["seconds"] = round(time.monotonic() - t0, 2)
    return out


def _in(ids: list[str]) -> str:
    return ",".join("?" * len(ids))


def _resolve_batch(db, resolver: Resolver, ids: list[str]) -> None:
    marks = _in(ids)
    people: dict[str, list[tuple]] = {a: [] for a in ids}
    roles: dict[str, list[tuple[str, str]]] = {}
    for aid, pid, name, aliases, roles_json in db.execute(
            f"SELECT article_id, pid, name, aliases, roles FROM people WHERE article_id IN ({marks})", ids):  # noqa: S608
        people[aid].append((pid, name, aliases))
        if roles_json and roles_json != "[]":
            roles.setdefault(aid, []).append((pid, roles_json))
    meta = {aid: (published, text) for aid, published, text in db.execute(
        f"SELECT id, published, text FROM articles WHERE id IN ({marks})", ids)}  # noqa: S608
    found = {aid: article_people(rows, meta.get(aid, (None, None))[1]) for aid, rows in people.items()}
    mentions: dict[tuple[str, str], tuple[str, str]] = {}  # (aid, pid) -> (name, key)
    for aid, ap in found.items():
        for pid, key in ap.keys.items():
            mentions[(aid, pid)] = (ap.names[pid], key)

    def ref(aid: str, pid: str | None, name: str | None) -> str | None:
        pid, key = ref_target(found[aid], pid, name)
        if key is None:
            return None
        if pid is None:
            pid = "~" + key
            mentions.setdefault((aid, pid), (name or key, key))
        return pid

    speakers = [(aid, qid, ref(aid, spid, speaker)) for aid, qid, speaker, spid in db.execute(
        f"SELECT article_id, qid, speaker, speaker_pid FROM quotes WHERE article_id IN ({marks})", ids)]  # noqa: S608
    parties = []
    for aid, cid, a, a_pid, b, b_pid, b_group, by, by_pid in db.execute(
            "SELECT article_id, cid, a, a_pid, b, b_pid, b_is_group, asserted_by, asserted_by_pid FROM contacts"
            f" WHERE article_id IN ({marks})", ids):  # noqa: S608
        parties.append((aid, cid, ref(aid, a_pid, a), None if b_group else ref(aid, b_pid, b), ref(aid, by_pid, by)))
    role_rows = []
    for aid, items in roles.items():
        published, text = meta.get(aid, (None, None))
        for pid, roles_json in items:
            for role in json.loads(roles_json):
                if not isinstance(role, dict) or not role.get("title") or role.get("title") == "author":
                    continue
                ev = role.get("evidence") or {}
                sentence = sentence_at(text or "", ev.get("start"), ev.get("end")) if ev else ""
                role_rows.append((aid, pid, role["title"], role.get("of"), published, sentence or None,
                                  ev.get("start"), ev.get("end")))
    keys: Counter[str] = Counter()
    names: dict[str, Counter[str]] = {}
    for name, key in mentions.values():
        keys[key] += 1
        names.setdefault(key, Counter())[name] += 1
    resolver.place(keys, {k: c.most_common(1)[0][0] for k, c in names.items()})
    db.executemany("INSERT OR REPLACE INTO mentions(article_id, pid, name, key, entity_id) VALUES (?,?,?,?,?)",
                   [(aid, pid, name, key, resolver.key_entity[key]) for (aid, pid), (name, key) in mentions.items()])
    db.executemany("INSERT OR REPLACE INTO quote_speakers(article_id, qid, pid) VALUES (?,?,?)", speakers)
    db.executemany("INSERT OR REPLACE INTO contact_parties(article_id, cid, a_pid, b_pid, asserter_pid)"
                   " VALUES (?,?,?,?,?)", parties)
    db.executemany('INSERT INTO entity_roles(article_id, pid, title, "of", published, evidence, evidence_start,'
                   " evidence_end) VALUES (?,?,?,?,?,?,?,?)", role_rows)
    db.executemany("INSERT OR IGNORE INTO resolved(article_id) VALUES (?)", [(a,) for a in ids])


def refresh(db) -> None:
    """Materialise entity ids of mentions, speakers and contact parties, and entity counts."""
    db.execute("UPDATE mentions SET entity_id = (SELECT entity_id FROM entity_names n WHERE n.key = mentions.key)"
               " WHERE entity_id IS NOT (SELECT entity_id FROM entity_names n WHERE n.key = mentions.key)")
    ent = "(SELECT m.entity_id FROM mentions m WHERE m.article_id = {t}.article_id AND m.pid = {t}.{c})"
    db.execute("UPDATE quote_speakers SET entity_id = " + ent.format(t="quote_speakers", c="pid"))
    db.execute("UPDATE quote_speakers SET published = (SELECT published FROM articles a"
               " WHERE a.id = quote_speakers.article_id) WHERE published IS NULL")
    db.execute("UPDATE contact_parties SET a_entity = " + ent.format(t="contact_parties", c="a_pid")
               + ", b_entity = " + ent.format(t="contact_parties", c="b_pid")
               + ", asserter_entity = " + ent.format(t="contact_parties", c="asserter_pid"))
    db.execute("UPDATE entities SET n_articles = coalesce(s.na, 0), n_mentions = coalesce(s.nm, 0) FROM"
               " (SELECT entity_id, count(DISTINCT article_id) AS na, count(*) AS nm FROM mentions"
               " GROUP BY entity_id) AS s WHERE s.entity_id = entities.entity_id")
    db.execute("INSERT INTO entity_names_fts(entity_names_fts) VALUES ('rebuild')")


# -- user decisions -----------------------------------------------------------------------------------

def apply_decisions(db, resolver: Resolver) -> None:
    for action, detail in db.execute("SELECT action, detail FROM entity_decisions ORDER BY decision_id").fetchall():
        d = json.loads(detail)
        if action == "merge":
            _apply_merge(resolver, d["groups"])
        elif action == "split":
            _apply_split(resolver, d["keys"], d.get("rest", []))
    resolver.drop_empty()


def _apply_merge(resolver: Resolver, groups: list[list[str]]) -> None:
    targets = []
    for group in groups:
        eids = {resolver.key_entity[k] for k in group if k in resolver.key_entity}
        targets.extend(sorted(eids))
    targets = list(dict.fromkeys(targets))
    if len(targets) < 2:
        return
    into = targets[0]
    for eid in targets[1:]:
        for key in list(resolver.entities[eid].keys):
            resolver.move(key, into, "user")
    for key in resolver.entities[into].keys:
        resolver.key_method[key] = "user"


def _apply_split(resolver: Resolver, keys: list[str], rest: list[str]) -> None:
    present = [k for k in keys if k in resolver.key_entity]
    if not present:
        return
    rest_entities = {resolver.key_entity[k] for k in rest if k in resolver.key_entity}
    if not rest_entities & {resolver.key_entity[k] for k in present}:
        for key in present:
            resolver.key_method[key] = "user"
        return  # already apart
    eid = resolver.new_entity(parse_key(present[0]).block)
    for key in present:
        resolver.move(key, eid, "user")
    for key in rest:
        if key in resolver.key_entity:
            resolver.key_method[key] = "user"


def entity_keys(db, entity_id: int) -> list[str]:
    return [r[0] for r in db.execute("SELECT key FROM entity_names WHERE entity_id = ? ORDER BY n DESC", (entity_id,))]


def find_entities(db, ref: str) -> list[tuple[int, str]]:
    """An entity by id or by name (exact display name, then any name form, then folded key)."""
    from presstrace.resolve.names import parse

    if ref.isdigit():
        return [tuple(r) for r in db.execute("SELECT entity_id, name FROM entities WHERE entity_id = ?", (int(ref),))]
    rows = db.execute("SELECT entity_id, name FROM entities WHERE name = ? COLLATE NOCASE", (ref,)).fetchall()
    if not rows:
        key = parse(ref).key
        rows = db.execute("SELECT DISTINCT e.entity_id, e.name FROM entity_names n JOIN entities e USING (entity_id)"
                          " WHERE n.key = ? OR n.name = ? COLLATE NOCASE ORDER BY e.n_mentions DESC",
                          (key, ref)).fetchall()
    if not rows:
        rows = db.execute("SELECT entity_id, name FROM entities WHERE block = ? ORDER BY n_mentions DESC",
                          (parse(ref).last,)).fetchall()
    return [tuple(r) for r in rows]


def merge_entities(store, entity_ids: Iterable[int]) -> int:
    """Record a merge decision and apply it; returns the surviving entity id."""
    ids = list(dict.fromkeys(entity_ids))
    if len(ids) < 2:
        raise DecisionError("merge needs at least two different entities")
    groups = [entity_keys(store.db, eid) for eid in ids]
    if not all(groups):
        raise DecisionError("no such entity: " + ", ".join(str(e) for e, g in zip(ids, groups, strict=True) if not g))
    _record(store, "merge", {"groups": groups})
    return _entity_of(store, groups[0][0])


def split_entity(store, entity_id: int, names: list[str]) -> int:
    """Move the given name forms out of an entity into a new one, for good. Returns the new entity id."""
    from presstrace.resolve.names import parse

    keys = entity_keys(store.db, entity_id)
    if not keys:
        raise DecisionError(f"no such entity: {entity_id}")
    wanted = set()
    for name in names:
        k = parse(name).key
        hits = [key for key in keys if key == k or key == name]
        hits += [r[0] for r in store.db.execute("SELECT key FROM entity_names WHERE entity_id = ? AND name = ?"
                                                " COLLATE NOCASE", (entity_id, name))]
        if not hits:
            raise DecisionError(f"entity {entity_id} has no name {name!r}; its names: " + "; ".join(keys))
        wanted.update(hits)
    rest = [k for k in keys if k not in wanted]
    if not rest:
        raise DecisionError("a split must leave at least one name in the entity")
    _record(store, "split", {"keys": sorted(wanted), "rest": rest})
    return _entity_of(store, sorted(wanted)[0])


def _record(store, action: str, detail: dict[str, Any]) -> None:
    with store.transaction():
        store.db.execute("INSERT INTO entity_decisions(action, detail) VALUES (?, ?)",
                         (action, json.dumps(detail, ensure_ascii=False)))
    resolve_store(store, clusters=False)


def _entity_of(store, key: str) -> int:
    return store.db.execute("SELECT entity_id FROM entity_names WHERE key = ?", (key,)).fetchone()[0]
