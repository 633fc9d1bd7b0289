"""Sentences a scraper ran together, on sentences written for the tests."""

from __future__ import annotations

from presstrace.extract.joins import space_run_together_sentences


def test_a_sentence_run_into_the_next_gets_its_space_back():
    assert space_run_together_sentences("the mayor said, notes The Ledger.Tamm also met Venn.") == \
        "the mayor said, notes The Ledger. Tamm also met Venn."
    assert space_run_together_sentences('about the harbour."He said more.') == 'about the harbour." He said more.'


def test_addresses_and_abbreviations_are_left_alone():
    for text in ("Write to greta.Lind@example.com today.", "See Ledger.Org for more.", "the U.S. Senate",
                 "Visit www.Example.com now."):
        assert space_run_together_sentences(text) == text
