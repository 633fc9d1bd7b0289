"""Hover cards run into the body text, on sentences written for the tests."""

from __future__ import annotations

from presstrace.extract import extract
from presstrace.extract.cards import strip_link_cards
from presstrace.record import Document


def test_a_card_after_a_name_is_removed():
    text = ("Governor Lind Greta Maria LindMayor says budget talks 'are over' Council meets on Friday MORE said on "
            "Monday that the bridge would open.")
    assert strip_link_cards(text) == "Governor Lind said on Monday that the bridge would open."


def test_cards_with_a_nickname_a_particle_or_a_possessive():
    assert strip_link_cards("Judge Venn Clara (Clare) Venn Ruling due today MORE (D-Ohio) spoke.") == \
        "Judge Venn (D-Ohio) spoke."
    assert strip_link_cards("Mayor Anna de Soto Anna de SotoSoto: 'We won' MORE’s plan passed.") == \
        "Mayor Anna de Soto’s plan passed."


def test_a_given_name_before_the_card_is_not_taken_for_its_surname():
    text = "said Rep. Greta Lind Greta Maria LindCouncil meets on Friday MORE (D-Ohio), a lawmaker."
    assert strip_link_cards(text) == "said Rep. Greta Lind (D-Ohio), a lawmaker."


def test_prose_is_untouched():
    text = "Greta Lind met Boris Tamm. Lind said MORE money was needed, and Tamm agreed."
    assert strip_link_cards(text) == text


def test_extraction_removes_cards_from_dataset_rows():
    doc = Document(origin="row", id="r1", title="Bridge", text="Mayor Tamm Boris Ivan TammSchools close early MORE "
                   "said the bridge was safe.")
    assert extract(doc).text == "Mayor Tamm said the bridge was safe."


def test_a_long_capitalised_run_is_left_alone():
    # a base64 blob quoted in a security story: the pattern must not backtrack over it
    blob = "powershell -EncodedCommand " + "ZgB1AG4AYwB0AGkAbwBuACAAcABl" * 300 + " MORE"
    assert strip_link_cards(blob) == blob
