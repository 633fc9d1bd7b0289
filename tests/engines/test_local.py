"""The local engine: same results in one process and in many, in input order, errors kept apart."""

from __future__ import annotations

from presstrace.engines.local import run
from presstrace.record import Document, SourceError


def shout(doc: Document) -> str:
    if doc.text == "boom":
        raise ValueError("cannot shout this")
    return doc.text.upper()


def items(n: int) -> list:
    out: list = [Document(origin=f"row {i}", text=f"article {i}") for i in range(n)]
    out.insert(3, SourceError("row x", "malformed JSON"))
    out.insert(7, Document(origin="row boom", text="boom"))
    return out


def test_pool_and_single_process_give_identical_outcomes_in_order():
    single = [(o.origin, o.result, o.error) for o in run(items(40), shout, workers=1)]
    pooled = [(o.origin, o.result, o.error) for o in run(items(40), shout, workers=2)]
    assert single == pooled
    assert single[0] == ("row 0", "ARTICLE 0", None)
    assert ("row x", None, "malformed JSON") in single
    assert ("row boom", None, "ValueError: cannot shout this") in single


def test_the_input_is_consumed_lazily():
    consumed = 0

    def endless():
        nonlocal consumed
        while True:
            consumed += 1
            yield Document(origin=str(consumed), text="x")

    outcomes = run(endless(), shout, workers=2)
    for _ in range(5):
        next(outcomes)
    assert consumed < 200  # a bounded window, never the whole stream
    outcomes.close()
