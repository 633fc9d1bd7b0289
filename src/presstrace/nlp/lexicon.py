"""Language data: the word lists in `nlp/data/`, read once per process.

Each file is plain text, one entry per line, `#` starts a comment. Keeping the lists apart from the code
lets linguists extend them without touching the rules that use them.
"""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def words(name: str) -> frozenset[str]:
    """The entries of `data/<name>.txt`, lower-cased."""
    text = resources.files("presstrace.nlp").joinpath("data", f"{name}.txt").read_text(encoding="utf-8")
    out = set()
    for line in text.splitlines():
        entry = line.split("#", 1)[0].strip().lower()
        if entry:
            out.add(entry)
    return frozenset(out)


def speech_verbs() -> frozenset[str]:
    return words("speech_verbs")


def object_cue_verbs() -> frozenset[str]:
    return words("object_cue_verbs")


def report_verbs() -> frozenset[str]:
    return words("report_verbs")


def role_nouns() -> frozenset[str]:
    return words("role_nouns")


def titles() -> frozenset[str]:
    return words("titles")


def media_names() -> frozenset[str]:
    return words("media")


def media_words() -> frozenset[str]:
    return words("media_words")


@cache
def family_nouns() -> dict[str, tuple[str, str]]:
    """Family nouns (data/family_nouns.txt): noun → (the relative's gender, "same" or "other" surname)."""
    rows = (line.rsplit(maxsplit=2) for line in words("family_nouns"))  # "first lady f same"
    return {noun: (gender, surname) for noun, gender, surname in rows}


def gender_of_first_name(first: str) -> str | None:
    low = first.lower()
    if low in words("first_names_female"):
        return "f"
    if low in words("first_names_male"):
        return "m"
    return None
