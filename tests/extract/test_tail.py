"""Furniture tails, syndication and outlet lines (all text written for the tests)."""

from __future__ import annotations

import pytest

from presstrace.extract.tail import cut_tail, dateline_agency, outlet_from, same_name, syndicated_from

BODY = [
    "The ferry operator said on Monday that winter timetables would start two weeks early.",
    "",
    "\u201cWe need the extra crossings for the holiday traffic,\u201d the operator\u2019s director said.",
]


def test_tail_cut_after_last_prose_line():
    lines = BODY + ["", "Follow Ada Quill on Twitter", "Share this article", "Ten Ferries to Remember",
                    "More from The Harbour Times", "Connect with Us"]
    tail = cut_tail(lines)
    assert tail.body == BODY + [""]
    assert tail.removed[0] == "Follow Ada Quill on Twitter"
    assert "Connect with Us" in tail.removed


def test_short_teaser_lines_after_furniture_go_too():
    lines = BODY + ["Copyright 2020 Harbour Media Group", "The Lighthouse Keeper", "Boris Tamm"]
    assert cut_tail(lines).body == BODY


def test_clean_body_is_untouched():
    assert cut_tail(BODY).body == BODY


def test_short_last_line_without_furniture_is_kept():
    lines = BODY + ["Reporting by Clara Venn"]
    assert cut_tail(lines).body == lines


def test_prose_after_furniture_stops_the_cut():
    # A real paragraph after a prompt-like line: nothing before that paragraph may be dropped.
    lines = BODY + ["Read more about the timetable.", "The new timetable starts in November, the operator said."]
    assert cut_tail(lines).body == lines


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Copyright 2018 The Coastal Ledger", "The Coastal Ledger"),
        ("\u00a9 2019 Northwind News Service. All rights reserved.", "Northwind News Service"),
        ("Originally published on The Valley Courier.", "The Valley Courier"),
        ("This article originally appeared on Riverbank Review and is republished with permission.",
         "Riverbank Review"),
        ("Republished with permission from The Hill Country Post", "The Hill Country Post"),
        ("This piece first appeared in Fjord Weekly on March 3, 2016.", "Fjord Weekly"),
        ("Content created by The Lantern Foundation is available without charge to any publisher.",
         "The Lantern Foundation"),
        ("Source: https://www.example-news.org/2017/ferries", "example-news.org"),
    ],
)
def test_syndication_lines(line, expected):
    assert syndicated_from(["Share this", line]) == expected


def test_reprinted_with_permission_names_nobody():
    assert syndicated_from(["*Reprinted with permission"]) is None


@pytest.mark.parametrize(
    ("first_line", "agency"),
    [
        ("TALLINN, Estonia (AP) \u2014 The harbour reopened on Monday.", "Associated Press"),
        ("Oslo (AFP) \u2013 Ferry crews went on strike.", "Agence France-Presse"),
        ("RIGA, May 4 (Reuters) - Port traffic rose.", "Reuters"),
        ("The harbour (which is old) - reopened.", None),
    ],
)
def test_agency_dateline(first_line, agency):
    assert dateline_agency(first_line) == agency


def test_outlet_from_more_from_line_skips_author():
    lines = ["Share this", "More from Greta Lind", "More from The Harbour Times"]
    assert outlet_from(lines, authors=["Greta Lind"]) == "The Harbour Times"


def test_same_name_is_loose():
    assert same_name("The Harbour Times", "harbourtimes.com")
    assert not same_name("The Harbour Times", "Northwind News")
    assert not same_name(None, "Northwind News")
