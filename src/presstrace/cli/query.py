"""`resolve`, `entities merge|split|list`, and the questions: people, person, quotes, contacts,
contradictions, timeline, sources. Tables for people by default (100 columns), `--format json|csv`."""

from __future__ import annotations

import csv
import io
import json
import textwrap
from collections.abc import Sequence
from typing import Any

import click

from presstrace.cli.options import db_option, open_store, quiet_option
from presstrace.store import Store

WIDTH = 100
format_option = click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table",
                             show_default=True, help="Output: a table for people, or JSON / CSV for programs.")
limit_option = click.option("--limit", type=int, default=50, show_default=True, help="At most this many rows.")


def _open(db: str, write: bool = False) -> Store:
    store = open_store(db, write)
    if not write:
        from presstrace.query import is_resolved

        if not is_resolved(store.db):
            store.close()
            raise click.ClickException(f"{db}: nothing resolved yet; run `presstrace resolve --db {db}` first")
        left = store.db.execute("SELECT count(*) FROM articles WHERE id NOT IN (SELECT article_id FROM resolved)"
                                ).fetchone()[0]
        if left:
            click.echo(f"note: {left} articles not resolved yet; run `presstrace resolve --db {db}`", err=True)
    return store


def _query(fn, *args, **kw):
    from presstrace.query import QueryError

    try:
        return fn(*args, **kw)
    except QueryError as exc:
        raise click.ClickException(str(exc)) from exc


# -- output ------------------------------------------------------------------------------------------

def emit(rows: Any, fmt: str, columns: Sequence[tuple[str, str, int]], evidence: str | None = None,
         title: str | None = None) -> None:
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2, default=str))
    elif fmt == "csv":
        click.echo(to_csv(rows), nl=False)
    else:
        if title:
            click.echo(title)
        click.echo(table(rows, columns, evidence))


def to_csv(rows: list[dict[str, Any]]) -> str:
    buf = io.StringIO()
    if rows:
        fields = list(dict.fromkeys(k for r in rows for k in r))
        w = csv.DictWriter(buf, fieldnames=fields, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({k: json.dumps(v, ensure_ascii=False) if isinstance(v, list | dict) else v
                        for k, v in r.items()})
    return buf.getvalue()


def table(rows: list[dict[str, Any]], columns: Sequence[tuple[str, str, int]], evidence: str | None = None) -> str:
    """Fixed-width columns (the last takes what is left of 100), each row's evidence wrapped beneath it."""
    if not rows:
        return "(nothing)"
    widths = [w for _, _, w in columns]
    widths[-1] = max(10, WIDTH - sum(widths[:-1]) - 2 * (len(widths) - 1))
    lines = ["  ".join(h.ljust(w)[:w] for (_, h, _), w in zip(columns, widths, strict=True)).rstrip(),
             "  ".join("─" * w for w in widths)]
    for r in rows:
        cells = [_cell(r.get(k)) for k, _, _ in columns]
        lines.append("  ".join(_fit(c, w) for c, w in zip(cells, widths, strict=True)).rstrip())
        if evidence and r.get(evidence):
            lines.extend(textwrap.wrap("“" + " ".join(str(r[evidence]).split()) + "”", WIDTH - 4,
                                       initial_indent="    ", subsequent_indent="     "))
    return "\n".join(lines)


def _cell(v: Any) -> str:
    if v is None:
        return ""
    return str(v)


def _fit(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text.ljust(width) if len(text) <= width else text[:width - 1] + "…"


# -- commands ----------------------------------------------------------------------------------------

@click.command("resolve")
@db_option
@click.option("--rebuild", is_flag=True, help="Resolve every article again from scratch (user decisions are kept).")
@quiet_option
def resolve_command(db, rebuild, quiet):
    """Cross-article resolution: one entity per person, syndication clusters. Incremental."""
    from presstrace.resolve import resolve_store

    store = _open(db, write=True)

    def progress(done: int, total: int) -> None:
        if not quiet:
            click.echo(f"resolve: {done:,}/{total:,} articles", err=True)

    with store:
        out = resolve_store(store, rebuild=rebuild, progress=progress)
    click.echo(f"resolve: {out['articles']:,} articles resolved now, {out['entities']:,} people, "
               f"{out.get('clusters_with_copies', 0):,} stories with copies ({out.get('copies', 0):,} copies), "
               f"{out['seconds']}s", err=True)


@click.group("entities")
def entities_group():
    """List, merge or split resolved people. Decisions are kept and applied again by every `resolve`."""


@entities_group.command("list")
@click.argument("query", required=False)
@db_option
@format_option
@limit_option
def entities_list(query, db, fmt, limit):
    """People (entities) with their ids and name forms."""
    _people(query, db, fmt, limit)


@entities_group.command("merge")
@click.argument("entities", nargs=-1, required=True)
@db_option
def entities_merge(entities, db):
    """Merge ENTITIES (ids or names) into one person."""
    from presstrace.resolve import DecisionError, merge_entities

    with _open(db, write=True) as store:
        ids = [_one(store, ref) for ref in entities]
        try:
            eid = merge_entities(store, ids)
        except DecisionError as exc:
            raise click.ClickException(str(exc)) from exc
        name = store.db.execute("SELECT name FROM entities WHERE entity_id = ?", (eid,)).fetchone()[0]
    click.echo(f"merged into {eid} {name}")


@entities_group.command("split")
@click.argument("entity")
@click.option("--name", "names", multiple=True, required=True,
              help="A name form to move out into a new person (repeat for several).")
@db_option
def entities_split(entity, names, db):
    """Split name forms off ENTITY (id or name) into a new person."""
    from presstrace.resolve import DecisionError, split_entity

    with _open(db, write=True) as store:
        eid = _one(store, entity)
        try:
            new = split_entity(store, eid, list(names))
        except DecisionError as exc:
            raise click.ClickException(str(exc)) from exc
        name = store.db.execute("SELECT name FROM entities WHERE entity_id = ?", (new,)).fetchone()[0]
    click.echo(f"split off {new} {name}")


def _one(store: Store, ref: str) -> int:
    from presstrace.resolve import find_entities

    hits = find_entities(store.db, ref)
    if not hits:
        raise click.ClickException(f"no person matching {ref!r}")
    if len(hits) > 1 and not ref.isdigit() and hits[0][1].lower() != ref.lower():
        raise click.ClickException(f"{ref!r} is ambiguous: " + "; ".join(f"{i} {n}" for i, n in hits[:8])
                                   + " — give an id")
    return hits[0][0]


@click.command("people")
@click.argument("query", required=False)
@db_option
@format_option
@limit_option
def people_command(query, db, fmt, limit):
    """People across all articles, most reported first; QUERY filters by name."""
    _people(query, db, fmt, limit)


def _people(query, db, fmt, limit):
    from presstrace.query import people

    with _open(db) as store:
        rows = people(store.db, query, limit)
    emit(rows, fmt, [("entity_id", "id", 6), ("name", "name", 24), ("articles", "arts", 5), ("quotes", "quot", 5),
                     ("contacts", "cont", 5), ("names", "also written", 40)])


@click.command("person")
@click.argument("name")
@db_option
@format_option
@limit_option
def person_command(name, db, fmt, limit):
    """One person: names, roles over time, quotes and contacts, with evidence."""
    from presstrace.query import person

    with _open(db) as store:
        p = _query(person, store.db, name)
    if fmt == "json":
        click.echo(json.dumps(p, ensure_ascii=False, indent=2, default=str))
        return
    if fmt == "csv":
        rows = ([{"section": "role", **r} for r in p["roles"]] + [{"section": "quote", **r} for r in p["quotes"]]
                + [{"section": "contact", **r} for r in p["contact_claims"]])
        click.echo(to_csv(rows), nl=False)
        return
    click.echo(f"== {p['name']}  (id {p['entity_id']}, {p['n_articles']} articles)")
    click.echo("\n".join(textwrap.wrap("also written: " + "; ".join(n["name"] for n in p["names"][:12]), WIDTH - 3,
                                      initial_indent="   ", subsequent_indent="     ")))
    click.echo(f"\n-- roles ({len(p['roles'])})")
    click.echo(table(p["roles"][:limit], [("title", "role", 30), ("of", "of", 18), ("first", "first", 10),
                                          ("last", "last", 10), ("outlets", "outlets", 20)], "evidence"))
    click.echo(f"\n-- contacts ({len(p['contacts'])} people)")
    click.echo(table(p["contacts"][:limit], [("with", "with", 24), ("stories", "stor", 4), ("asserted", "ass", 4),
                                             ("denied", "den", 4), ("first", "first", 10), ("outlets", "outlets", 30)]))
    click.echo(f"\n-- quotes ({len(p['quotes'])})")
    click.echo(table(p["quotes"][:limit], [("published", "date", 10), ("cue", "cue", 10),
                                           ("reported_by", "reported by", 16), ("outlets", "outlets", 30)], "text"))


@click.command("quotes")
@click.option("--by", "by", help="Only quotes by this person.")
@click.option("--search", help="Only quotes with these words (full-text search).")
@click.option("--since", help="Only articles published on or after this date (YYYY-MM-DD).")
@db_option
@format_option
@click.option("--limit", type=int, default=100, show_default=True)
def quotes_command(by, search, since, db, fmt, limit):
    """Who said what: quotes with speaker, cue, sourcing chain, outlets and date (one row per story)."""
    from presstrace.query import quotes

    with _open(db) as store:
        rows = _query(quotes, store.db, by=by, search=search, since=since, limit=limit)
    emit(rows, fmt, [("published", "date", 10), ("speaker", "speaker", 22), ("cue", "cue", 9),
                     ("reported_by", "reported by", 14), ("outlets", "outlets", 30)], "text")


@click.command("contacts")
@click.argument("names", nargs=-1)
@db_option
@format_option
@click.option("--claims", is_flag=True, help="With one NAME: every claim, not one line per person met.")
@limit_option
def contacts_command(names, db, fmt, claims, limit):
    """The contact ledger: who met or spoke with whom, asserted or denied, by whom, where reported.

    No NAME: every claim. One NAME: the people they had contact with (--claims: every claim).
    Two NAMEs: every claim between them, with evidence.
    """
    from presstrace.query import contact_summary, contacts

    if len(names) > 2:
        raise click.UsageError("at most two names")
    with _open(db) as store:
        rows = _query(contacts, store.db, *names)
    if len(names) == 1 and not claims:
        summary = contact_summary(rows)[:limit]
        emit(summary, fmt, [("with", "contact with", 24), ("stories", "stor", 4), ("asserted", "ass", 4),
                            ("denied", "den", 4), ("hedged", "hdg", 4), ("first", "first", 10), ("last", "last", 10),
                            ("outlets", "outlets", 20)],
             title=None if fmt != "table" else f"contacts of {rows[0]['a_name']}" if rows else None)
        return
    emit(rows[:limit], fmt, [("date", "date", 10), ("a_name", "person", 18), ("with", "with", 18),
                             ("polarity", "polarity", 8), ("asserted_by", "asserted by", 16),
                             ("outlets", "outlets", 20)], "evidence")


@click.command("contradictions")
@click.argument("name", required=False)
@db_option
@format_option
@limit_option
def contradictions_command(name, db, fmt, limit):
    """Pairs whose contact is both asserted and denied, each side with its evidence."""
    from presstrace.query import contradictions

    with _open(db) as store:
        rows = _query(contradictions, store.db, name)[:limit]
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2, default=str))
        return
    if fmt == "csv":
        flat = [{"a": r["a"], "b": r["b"], "side": side, **c} for r in rows for side in ("asserted", "denied")
                for c in r[side]]
        click.echo(to_csv(flat), nl=False)
        return
    if not rows:
        click.echo("(nothing)")
    for r in rows:
        click.echo(f"== {r['a']} – {r['b']}: asserted in {r['asserted_stories']} stories, "
                   f"denied in {r['denied_stories']}")
        for side in ("asserted", "denied"):
            for c in r[side][:3]:
                click.echo(f"   {side.upper():<9}by {_fit(str(c['asserted_by']), 24)} "
                           f"{_fit(c['outlets'] or '', 30)} {c['date'] or ''}".rstrip())
                click.echo("\n".join(textwrap.wrap("“" + " ".join((c["evidence"] or "").split()) + "”", WIDTH - 6,
                                                   initial_indent="      ", subsequent_indent="       ")))
            if len(r[side]) > 3:
                click.echo(f"   … {len(r[side]) - 3} more {side} claims (--format json for all)")


@click.command("timeline")
@click.argument("names", nargs=-1, required=True)
@db_option
@format_option
@click.option("--limit", type=int, default=200, show_default=True)
def timeline_command(names, db, fmt, limit):
    """A person's (or, with two NAMEs, a pair's) contacts, quotes and roles in date order."""
    from presstrace.query import timeline

    if len(names) > 2:
        raise click.UsageError("one or two names")
    with _open(db) as store:
        rows = _query(timeline, store.db, *names)[:limit]
    emit(rows, fmt, [("date", "date", 10), ("what", "what", 16), ("who", "who", 28), ("outlets", "outlets", 30)],
         "evidence")


@click.command("sources")
@click.argument("name")
@db_option
@format_option
@limit_option
def sources_command(name, db, fmt, limit):
    """Sourcing chains: through whom NAME's words reached which outlets."""
    from presstrace.query import sources

    with _open(db) as store:
        rows = _query(sources, store.db, name)[:limit]
    if fmt != "table":
        emit(rows, fmt, [])
        return
    if not rows:
        click.echo("(nothing)")
    for r in rows:
        click.echo(f"{r['stories']:>4} {'story  ' if r['stories'] == 1 else 'stories'}  " + "\n              ".join(
            textwrap.wrap(r["chain"], WIDTH - 14)))


COMMANDS = [resolve_command, entities_group, people_command, person_command, quotes_command, contacts_command,
            contradictions_command, timeline_command, sources_command]

