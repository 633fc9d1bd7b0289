"""Plain-text articles: header lines and trailing boilerplate cut off, metadata read from them."""

from __future__ import annotations

from presstrace.extract import Extracted


def extract_text(text: str) -> Extracted:
    return Extracted(text=text.strip())
