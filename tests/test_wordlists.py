"""Every word list is documented: it opens with a comment saying what it is for, and docs/wordlists.md lists it."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LISTS = sorted(ROOT.glob("src/presstrace/*/data/*.txt"))


def test_there_are_word_lists():
    assert len(LISTS) > 50


def test_every_word_list_opens_with_what_it_is_for():
    bare = [p.name for p in LISTS if not p.read_text(encoding="utf-8").startswith("#")]
    assert bare == []


def test_every_word_list_is_in_the_catalogue():
    catalogue = (ROOT / "docs" / "wordlists.md").read_text(encoding="utf-8")
    missing = [f"{p.parent.parent.name}/data/{p.name}" for p in LISTS if f"`{p.name}`" not in catalogue]
    assert missing == [], "add a line for each to docs/wordlists.md"
