"""Full-text search: relevance order for a selective text, newest first when a text matches too much to rank."""

from __future__ import annotations

import sqlite3

from presstrace.web import search


def test_a_selective_search_is_ranked_by_relevance(store_db):
    with sqlite3.connect(store_db) as con:
        hits = search.search_articles(con, "Petrov")
    assert hits and all(h["ranked"] == 1 for h in hits)
    assert "\x02" in hits[0]["snippet"]  # the match is marked for the page


def test_a_crowded_search_comes_newest_first(store_db, monkeypatch):
    monkeypatch.setattr(search, "RANK_AT_MOST", 0)  # every text is "too common" now
    with sqlite3.connect(store_db) as con:
        articles = search.search_articles(con, "Petrov")
        quotes = search.search_quotes(con, "trade")
    dates = [a["published"] or "" for a in articles]
    assert articles and dates == sorted(dates, reverse=True) and all(a["ranked"] == 0 for a in articles)
    assert quotes and all(q["ranked"] == 0 for q in quotes)


def test_organisation_search_takes_the_text_literally(store_db):
    with sqlite3.connect(store_db) as con:
        assert search.search_organizations(con, "%") == []
