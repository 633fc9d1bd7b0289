"""Plain-text extraction end to end: header, tail and metadata (articles written for the tests,
plus the project's bundled demo article)."""

from __future__ import annotations

from pathlib import Path

from presstrace.extract import extract
from presstrace.extract.text import extract_text
from presstrace.record import Document

DEMO = Path(__file__).resolve().parents[2] / "demo" / "seed_article.txt"

SCRAPED = """Harbour Board Delays Ferry Vote

By Ines Karlsson Published on October 2, 2018

The harbour board delayed its vote on the new ferry line on Tuesday, citing missing cost estimates.

"We cannot vote on numbers we have not seen," board member Dario Ostrow said after the meeting.

The board will meet again next month.

Follow Ines Karlsson on Twitter

Copyright 2018 The Coastal Ledger

Print this article

Like this story? Share it with your friends and family!

Five Lighthouses Worth a Visit
Elin Sato
More from The Island Gazette
Connect with Us
"""

CLEAN_ROW = (
    "Ferry crews returned to work on Friday after a two-day strike.\n\n"
    "The union said talks would continue next week.\n\n"
    "Share prices of the operator rose slightly."
)


def test_scraped_article():
    found = extract_text(SCRAPED)
    assert found.title == "Harbour Board Delays Ferry Vote"
    assert found.authors == ["Ines Karlsson"]
    assert found.published == "2018-10-02"
    assert found.text.startswith("The harbour board delayed its vote")
    assert found.text.endswith("The board will meet again next month.")
    assert found.outlet == "The Island Gazette"
    assert found.syndicated_from == "The Coastal Ledger"
    for junk in ("Follow Ines", "Copyright", "Share it", "Lighthouses", "More from", "Connect with Us"):
        assert junk not in found.text


def test_clean_row_keeps_every_paragraph():
    doc = Document(origin="row 1", id="r1", text=CLEAN_ROW, title="Ferry strike ends")
    found = extract(doc)
    assert found.text == CLEAN_ROW
    assert found.title == "Ferry strike ends"
    assert found.syndicated_from is None


def test_row_first_line_is_title_only_when_it_equals_the_given_title():
    text = "Short opening line\n\nFerry crews returned to work on Friday after a strike."
    assert extract(Document(origin="r", id="r", text=text, title="Another title")).text == text
    same = extract(Document(origin="r", id="r", text=text, title="Short opening line"))
    assert same.text == "Ferry crews returned to work on Friday after a strike."


def test_row_without_metadata_keeps_a_sentence_first_line():
    text = "Ferry crews returned to work on Friday.\n\nThe union said talks would continue."
    assert extract_text(text).text == text


def test_wire_dateline_gives_syndication():
    text = "OSLO, Norway (AP) \u2014 Ferry crews returned to work on Friday after a two-day strike, the union said."
    assert extract_text(text, guess_title=False).syndicated_from == "Associated Press"


def test_demo_article():
    found = extract_text(DEMO.read_text(encoding="utf-8"))
    assert found.authors == ["Jonah Bennett"]
    assert found.published == "2017-03-12"
    assert found.outlet == "The Stream"
    assert found.syndicated_from == "The Daily Caller News Foundation"
    assert found.text.startswith("The spokesman for Russian President Vladimir Putin")
    assert found.text.endswith("at both Conventions.\u201d")
    assert "Print Friendly" not in found.text and "Connect with Us" not in found.text


def test_a_video_player_caption_inside_the_body_is_dropped():
    body = ("The council approved the budget on Monday.\n\n"
            "JUST WATCHED Council votes Replay More Videos ... MUST WATCH Council votes 01:51"
            "\n\nThe mayor said the vote was close.")
    cleaned = extract_text(body, title=None, guess_title=False).text
    assert "JUST WATCHED" not in cleaned
    assert "approved the budget" in cleaned and "the vote was close" in cleaned
    plain = "Just watched the council vote? You must watch the replay at 10:30, with more videos tomorrow."
    assert extract_text(plain, title=None, guess_title=False).text == plain  # prose that only resembles it


def test_a_row_without_a_date_takes_the_one_in_its_url():
    doc = Document(origin="r", id="r", text=CLEAN_ROW, url="https://news.example.org/politics/2017/06/18/ferry.html")
    assert extract(doc).published == "2017-06-18"


def test_a_row_with_its_own_date_keeps_it():
    doc = Document(origin="r", id="r", text=CLEAN_ROW, published="2017-06-20",
                   url="https://news.example.org/2017/06/18/ferry.html")
    assert extract(doc).published == "2017-06-20"


def test_markdown_escapes_are_undone():
    text = ('The aide wrote that "Gen \\[K\\]ovac is talking to the envoy" and **\\[ REDACTED \\]** stayed. '
            'A path C:\\dir stays.')
    assert extract_text(text, guess_title=False).text == (
        'The aide wrote that "Gen [K]ovac is talking to the envoy" and **[ REDACTED ]** stayed. A path C:\\dir stays.')
