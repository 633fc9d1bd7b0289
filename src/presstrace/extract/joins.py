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
