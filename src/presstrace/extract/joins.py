"""Sentences run together where a scraper dropped a line break: "…, notes The Guardian.Trump also met …".

Left joined, the tokenizer reads "Guardian.Trump" as one word, the sentence splitter sees one sentence, and
the people and contacts of both are lost. A lowercase word, its closing mark and a capitalised word with no
space between them get the space back; e-mail addresses and web addresses keep theirs.
"""

from __future__ import annotations

import re

RUN_TOGETHER = re.compile(r"(?<=[a-z]{2}[.!?])([”\"’]?)(?=[A-Z][a-z])")
ADDRESS = re.compile(r"\S*[@/]\S*|\bwww\.\S+|\S+\.(?:com|org|net|gov|edu)\b", re.IGNORECASE)


def space_run_together_sentences(text: str) -> str:
    """`text` with a space after every sentence end that runs into the next sentence."""
    out, last = [], 0
    for address in ADDRESS.finditer(text):
        out.append(RUN_TOGETHER.sub(r"\1 ", text[last:address.start()]))
        out.append(address.group(0))
        last = address.end()
    out.append(RUN_TOGETHER.sub(r"\1 ", text[last:]))
    return "".join(out)


SENTENCE_END = re.compile(r"[.!?:;\"”’)\]]\s*$")


def unwrap_hard_lines(text: str) -> str:
    """A report or filing wrapped at a fixed width ("…pursuant to 28 C.F.R. § 600.8(c), which\\nstates that …")
    gets its lines joined inside paragraphs: a line break ends a sentence for the parser, so a wrapped
    sentence would be read as fragments. Text whose lines are paragraphs is left as it is."""
    lines = text.split("\n")
    if not hard_wrapped(lines):
        return text
    out = [lines[0]]
    for line in lines[1:]:
        previous = out[-1]
        if previous.strip() and line.strip() and (not SENTENCE_END.search(previous) or line.lstrip()[:1].islower()):
            out[-1] = previous.rstrip() + " " + line.lstrip()
        else:
            out.append(line)
    return "\n".join(out)


def hard_wrapped(lines: list[str]) -> bool:
    """Lines of a report's width that mostly run on into the next one, most breaks inside a sentence."""
    full = [ln for ln in lines if ln.strip()]
    if len(full) < 6:
        return False
    widths = sorted(len(ln) for ln in full)
    median = widths[len(widths) // 2]
    inside = sum(1 for a, b in zip(lines, lines[1:], strict=False)
                 if a.strip() and b.strip() and not SENTENCE_END.search(a))
    breaks = sum(1 for a, b in zip(lines, lines[1:], strict=False) if a.strip() and b.strip())
    # most lines continue on the next one (not one paragraph per line with blank lines between)
    return 50 <= median <= 110 and breaks >= len(full) / 2 and inside / breaks >= 0.5
