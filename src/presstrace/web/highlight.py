"""An article's text cut into segments, each marked with the quotes and contacts that cover it, so the page
can highlight them in place. Plain data: the template escapes every piece of text."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Segment:
    text: str
    quotes: list[str] = field(default_factory=list)  # quote ids covering this piece
    contacts: list[str] = field(default_factory=list)  # contact ids whose evidence covers it
    anchor: str | None = None  # id of the quote or contact that starts here

    @property
    def classes(self) -> str:
        return " ".join(x for x, on in (("quote", self.quotes), ("contact", self.contacts)) if on)


def _spans(record: dict[str, Any]) -> list[tuple[int, int, str, str]]:
    out = []
    for q in record.get("quotes") or []:
        for start, end in q.get("spans") or [[q.get("start"), q.get("end")]]:
            if isinstance(start, int) and isinstance(end, int) and start < end:
                out.append((start, end, "quote", q["id"]))
    for c in record.get("contacts") or []:
        ev = c.get("evidence") or {}
        if isinstance(ev.get("start"), int) and isinstance(ev.get("end"), int) and ev["start"] < ev["end"]:
            out.append((ev["start"], ev["end"], "contact", c["id"]))
    return out


def segments(record: dict[str, Any]) -> list[Segment]:
    """Split `record["text"]` at every span boundary; each segment knows which spans cover it."""
    text = record.get("text") or ""
    spans = [(max(0, s), min(len(text), e), kind, ident) for s, e, kind, ident in _spans(record)]
    cuts = sorted({0, len(text), *(s for s, *_ in spans), *(e for _, e, *_ in spans)})
    out = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        covering = [(kind, ident, s) for s, e, kind, ident in spans if s <= start and end <= e]
        starting = next((ident for kind, ident, s in covering if s == start), None)
        out.append(Segment(text=text[start:end], quotes=[i for k, i, _ in covering if k == "quote"],
                           contacts=[i for k, i, _ in covering if k == "contact"], anchor=starting))
    return out
