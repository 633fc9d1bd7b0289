"""The data files load and every pattern compiles with the groups the code reads."""

from __future__ import annotations

from presstrace.extract import patterns


def test_data_files_compile():
    assert len(patterns.boilerplate()) > 20
    assert all("source" in p.groupindex for p in patterns.syndication())
    assert all("outlet" in p.groupindex for p in patterns.outlet())
    assert patterns.agencies()["ap"] == "Associated Press"


def test_bullets_are_ignored():
    assert patterns.line_matches(patterns.boilerplate(), "\u2022 Related: five ferries to remember")
