"""Shared fixtures: articles written for the tests, and the command run the way a user runs it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "demo" / "seed_article.txt"

TEXT_ARTICLE = """Harbour deal signed

By Ada Quill Published on May 6, 2021

Boris Tamm met with Clara Venn in Tallinn on Tuesday to sign the harbour agreement.

"This is a good day for the city," Tamm said.
"""

NAMES = ["Ada Quill", "Boris Tamm", "Clara Venn", "Dario Ostrow", "Elin Sato", "Farid Nouri", "Greta Lind"]


def make_article(i: int) -> dict:
    """A short, plausible news article, different for every i."""
    a, b = NAMES[i % len(NAMES)], NAMES[(i * 3 + 1) % len(NAMES)]
    text = (
        f"{a} met with {b} in Tallinn on Tuesday to discuss the harbour project number {i}.\n\n"
        f"\"We agreed on the next steps for phase {i},\" {a.split()[1]} said after the talks.\n\n"
        f"{b} told reporters that the council would publish its report {i} in the spring."
    )
    return {"id": f"test-{i:05d}", "title": f"Harbour talks, round {i}", "text": text,
            "published": "2021-05-06", "outlet": "The Test Gazette"}


@pytest.fixture
def corpus(tmp_path: Path):
    """Write n test articles as JSONL and return the path."""

    def write(n: int, name: str = "corpus.jsonl") -> Path:
        path = tmp_path / name
        with path.open("w", encoding="utf-8") as out:
            for i in range(n):
                out.write(json.dumps(make_article(i)) + "\n")
        return path

    return write


def run_cli(*args: str, stdin: bytes | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    """`presstrace ARGS...` in a fresh process, as a user would type it."""
    return subprocess.run([sys.executable, "-m", "presstrace", *args], input=stdin, capture_output=True,
                          timeout=timeout, cwd=REPO)
