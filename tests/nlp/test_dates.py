"""Date mentions resolved against the publication date, on sentences written for the tests."""

from __future__ import annotations

from datetime import date

import pytest

from presstrace.nlp import load_pipeline
from presstrace.nlp.dates import find_dates, resolve

BASE = date(2017, 3, 12)  # a Sunday


@pytest.mark.parametrize("text, value", [
    ("Sunday", "2017-03-12"),
    ("last Saturday", "2017-03-11"),
    ("last Sunday", "2017-03-05"),
    ("last January", "2016-01"),  # "last" points to the year before, even for a month already past this year
    ("next Friday", "2017-03-17"),
    ("Tuesday night", "2017-03-07"),
    ("in July", "2016-07"),
    ("March", "2017-03"),
    ("early July", "2016-07"),
    ("July 2015", "2015-07"),
    ("in 2016", "2016"),
    ("the 2016 election", "2016"),
    ("on Dec. 29", "2016-12-29"),
    ("Jan. 6", "2017-01-06"),
    ("December 29, 2016", "2016-12-29"),
    ("29 December 2016", "2016-12-29"),
    ("yesterday", "2017-03-11"),
    ("today", "2017-03-12"),
    ("last year", "2016"),
    ("this month", "2017-03"),
    ("last month", "2017-02"),
    ("two weeks ago", "2017-02-26"),
    ("three years ago", "2014"),
    ("2016-07-01", "2016-07-01"),
    ("7/1/2016", "2016-07-01"),
    ("on approximately March 14, 2016", "2016-03-14"),
    ("in late December 2015", "2015-12"),
    ("mid-July 2015", "2015-07"),
])
def test_resolve(text, value):
    assert resolve(text, BASE) == value


def test_without_publication_date_relative_dates_stay_open():
    assert resolve("last Saturday", None) is None
    assert resolve("in July", None) is None
    assert resolve("July 2015", None) == "2015-07"
    assert resolve("2016", None) == "2016"


def test_find_dates_keeps_point_prepositions_and_offsets():
    doc = load_pipeline()("Boris Tamm met Clara Venn in July and last Saturday, after four years apart.")
    found = find_dates(doc, "2017-03-12")
    assert [(d.text, d.value) for d in found] == [("in July", "2016-07"), ("last Saturday", "2017-03-11")]
    for d in found:
        assert doc.text[d.start:d.end] == d.text


@pytest.mark.parametrize("sentence, values", [
    ("In 2014, Boris Tamm met Clara Venn in March and again on May 4.", ["2014", "2014-03", "2014-05-04"]),
    ("Tamm wrote to Venn last year, before the November vote.", ["2016", "2016-11"]),
])
def test_a_month_without_its_year_takes_the_year_of_its_sentence(sentence, values):
    doc = load_pipeline()(sentence)
    assert [d.value for d in find_dates(doc, "2017-03-12")] == values


def test_a_day_counted_from_the_date_just_written():
    doc = load_pipeline()("Boris Tamm landed in Riga on May 3, 2016. The next day, he met Clara Venn.")
    assert [d.value for d in find_dates(doc, "2017-03-12")] == ["2016-05-03", "2016-05-04"]
    alone = load_pipeline()("The next day, Boris Tamm met Clara Venn.")
    assert [d.value for d in find_dates(alone, "2017-03-12")] == [None]


def test_a_heading_date_is_no_anchor_for_the_next_day():
    # a timeline entry: the heading dates its paragraph, whose "the next day" counts from the entry before
    doc = load_pipeline()("Tamm phoned Venn in the morning. May 4, 2016\n\nTheir second talk happened the next day.")
    assert [d.value for d in find_dates(doc, "2017-03-12")] == ["2016-05-04", None]


@pytest.mark.parametrize("sentence, values", [
    ("On Aug. 5, 1974, the tapes came out. Two days later, Boris Tamm met Clara Venn.", ["1974-08-05", "1974-08-07"]),
    ("In March 2015 Boris Tamm met Clara Venn. A month later, he met her again.", ["2015-03", "2015-04"]),
    ("Two days later, Boris Tamm met Clara Venn.", [None]),
])
def test_a_span_counted_from_the_date_just_written(sentence, values):
    doc = load_pipeline()(sentence)
    assert [d.value for d in find_dates(doc, "2017-03-12")] == values


def test_a_decade_is_no_point_in_time():
    doc = load_pipeline()("Boris Tamm met Clara Venn in the 1990s and again in the early 2000s.")
    assert find_dates(doc, "2017-03-12") == []


def test_find_dates_without_published():
    doc = load_pipeline()("The talks took place on Sunday in Tallinn.")
    found = find_dates(doc, None)
    assert [(d.text, d.value) for d in found] == [("on Sunday", None)]


@pytest.mark.parametrize("sentence, value", [
    ("Boris Tamm will meet Clara Venn in July.", "2017-07"),
    ("Boris Tamm will meet Clara Venn on Jan. 6.", "2018-01-06"),
    ("Boris Tamm is scheduled to meet Clara Venn on Friday.", "2017-03-17"),
    ("Boris Tamm plans to meet Clara Venn in May.", "2017-05"),
    ("Boris Tamm met Clara Venn in July.", "2016-07"),
    ("Boris Tamm will meet Clara Venn in July 2016 again.", "2016-07"),
])
def test_a_bare_date_in_a_future_clause_is_its_next_occurrence(sentence, value):
    found = find_dates(load_pipeline()(sentence), "2017-03-12")
    assert [d.value for d in found] == [value]


@pytest.mark.parametrize("sentence, value", [
    ("Boris Tamm met Clara Venn at a December meeting.", "2016-12"),  # on December 2 few days of it have passed
    ("Boris Tamm will meet Clara Venn in December.", "2017-12"),
    ("Boris Tamm met Clara Venn on December 1.", "2017-12-01"),
])
def test_the_month_of_a_story_of_its_first_days_is_the_year_before(sentence, value):
    doc = load_pipeline()(sentence)
    assert [d.value for d in find_dates(doc, "2017-12-02")] == [value]


@pytest.mark.parametrize("text, values", [
    # a story about 2015 written in March 2017: a bare day read back into 2016 belongs to the story's year
    ("In March 2015, Boris Tamm flew to Riga. He met Clara Venn on June 9. By May 2015 the deal was done.",
     ["2015-03", "2015-06-09", "2015-05"]),
    # a bare date of the last months is read as written
    ("In March 2015, Boris Tamm flew to Riga. He met Clara Venn in January. By May 2015 the deal was done.",
     ["2015-03", "2017-01", "2015-05"]),
    ("In March 2015, Boris Tamm flew to Riga. He met Clara Venn in December. By May 2015 the deal was done.",
     ["2015-03", "2016-12", "2015-05"]),
    # no clear story year: counted back from publication
    ("In March 2015, Boris Tamm flew to Riga. He met Clara Venn on June 9. By May 2014 the deal was done.",
     ["2015-03", "2016-06-09", "2014-05"]),
])
def test_a_bare_date_of_an_earlier_year_takes_the_story_year(text, values):
    doc = load_pipeline()(text)
    assert [d.value for d in find_dates(doc, "2017-03-12")] == values
