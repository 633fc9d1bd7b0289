"""Sentences a scraper ran together, on sentences written for the tests."""

from __future__ import annotations

from presstrace.extract.joins import space_run_together_sentences, unwrap_hard_lines


def test_a_sentence_run_into_the_next_gets_its_space_back():
    assert space_run_together_sentences("the mayor said, notes The Ledger.Tamm also met Venn.") == \
        "the mayor said, notes The Ledger. Tamm also met Venn."
    assert space_run_together_sentences('about the harbour."He said more.') == 'about the harbour." He said more.'


def test_addresses_and_abbreviations_are_left_alone():
    for text in ("Write to greta.Lind@example.com today.", "See Ledger.Org for more.", "the U.S. Senate",
                 "Visit www.Example.com now."):
        assert space_run_together_sentences(text) == text


WRAPPED = """The harbour board reviewed the tender in May and asked the council, which
had approved the first design, to publish the full contract before the vote on
the new bridge. Greta Lind, who chairs the board, said the council had agreed.

The council met again in June. Its members heard from the engineers, who said
the design would need a second review before any money could be committed to
the works, and from the mayor, who called the delay regrettable but necessary.
"""


def test_a_text_wrapped_at_a_fixed_width_gets_its_sentences_back():
    out = unwrap_hard_lines(WRAPPED)
    assert "the council, which had approved the first design" in out
    assert out.count("\n\n") == 1 and "necessary." in out


def test_a_text_with_one_paragraph_per_line_is_left_alone():
    text = ("Ferry strike ends\n\nBy Greta Lind\n\nThe ferry strike ended on Monday, the union said.\n\n"
            "Talks resume today.")
    assert unwrap_hard_lines(text) == text
