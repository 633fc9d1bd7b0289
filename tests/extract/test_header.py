"""Header lines of plain-text articles: bylines, date lines, titles (sentences written for the tests)."""

from __future__ import annotations

from presstrace.extract.header import is_date_line, parse_byline, read_header


def test_byline_with_published_date():
    assert parse_byline("By Mira Okonkwo Published on April 3, 2019") == (["Mira Okonkwo"], "2019-04-03", None)


def test_byline_with_several_authors_and_separator():
    authors, date, agency = parse_byline("By Tomas Reyes, Ann-Marie O'Dell and Li Wei | Updated: 2020-11-05")
    assert authors == ["Tomas Reyes", "Ann-Marie O'Dell", "Li Wei"]
    assert date == "2020-11-05"
    assert agency is None


def test_byline_naming_an_agency():
    authors, _, agency = parse_byline("By Petra Holm, Associated Press")
    assert authors == ["Petra Holm"]
    assert agency == "Associated Press"


def test_sentence_starting_with_by_is_no_byline():
    assert parse_byline("By Tuesday, the harbour committee had voted to delay the plan.") is None
    assert parse_byline("by the end of the week the ferry was running again") is None


def test_date_line():
    assert is_date_line("Published: June 9, 2018")
    assert not is_date_line("On June 9, 2018, the council met in the old town hall to discuss ferries.")


def test_title_then_byline():
    lines = ["Harbour Board Delays Vote", "By Ines Karlsson", "The board postponed its decision."]
    header = read_header(lines, given_title=None, guess_title=True)
    assert header.title == "Harbour Board Delays Vote"
    assert header.authors == ["Ines Karlsson"]
    assert header.lines_used == 2


def test_given_title_must_match_first_line():
    lines = ["A short first paragraph without a period", "More body text follows here."]
    header = read_header(lines, given_title="Something Else Entirely", guess_title=False)
    assert header.title is None and header.lines_used == 0
    header = read_header(["Ferry Talks Resume", "Body."], given_title="Ferry talks resume", guess_title=False)
    assert header.lines_used == 1
