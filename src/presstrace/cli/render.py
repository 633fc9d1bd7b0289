"""Human-readable rendering of an article record for the terminal."""

from __future__ import annotations

import textwrap
from typing import Any


def _name(ref: Any) -> str:
    if isinstance(ref, dict):
        return ref.get("name") or "?"
    return ref or "?"


def render_record(r: dict[str, Any]) -> str:
    lines = [f"== {r.get('title') or '(untitled)'}",
             f"   id {r['id']}",
             "   " + " · ".join(x for x in (
                 ", ".join(r.get("authors") or []), r.get("outlet"), r.get("published"),
                 f"syndicated from {r['syndicated_from']}" if r.get("syndicated_from") else None) if x),
             f"   {len(r.get('text') or '')} characters of text"]
    people = r.get("people") or []
    if people:
        lines.append(f"-- people ({len(people)})")
        for p in people:
            roles = "; ".join(" of ".join(x for x in (ro.get("title"), ro.get("of")) if x)
                              for ro in p.get("roles") or [])
            lines.append(f"   {p['name']}" + (f" — {roles}" if roles else ""))
    quotes = r.get("quotes") or []
    if quotes:
        lines.append(f"-- quotes ({len(quotes)})")
        for q in quotes:
            chain = ", ".join(f"{k} {q[k]}" for k in ("addressee", "medium", "reported_by") if q.get(k))
            lines.append(f"   {_name(q.get('speaker'))} [{q.get('type')}, {q.get('cue') or 'no cue'}]"
                         + (f" ({chain})" if chain else ""))
            lines.extend(textwrap.wrap(q["text"], 96, initial_indent="      “", subsequent_indent="       "))
    contacts = r.get("contacts") or []
    if contacts:
        lines.append(f"-- contacts ({len(contacts)})")
        for c in contacts:
            who = " – ".join(_name(p) for p in c.get("participants") or [])
            when = (c.get("when") or {}).get("value")
            extra = ", ".join(x for x in (when, c.get("where"), c.get("event")) if x)
            lines.append(f"   {who}: {c.get('kind')} {c.get('polarity').upper()} by {_name(c.get('asserted_by'))}"
                         + (f" ({extra})" if extra else ""))
            lines.extend(textwrap.wrap((c.get("evidence") or {}).get("text", ""), 96,
                                       initial_indent="      ", subsequent_indent="      "))
    return "\n".join(lines)
