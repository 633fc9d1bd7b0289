"""HTML extraction: article body kept, navigation and footer dropped (page written for the tests)."""

from __future__ import annotations

from presstrace.extract import extract
from presstrace.record import Document

PARAGRAPHS = [
    "The harbour board delayed its vote on the new ferry line on Tuesday, citing missing cost estimates "
    "from the port authority and a pending environmental review of the northern channel.",
    "\u201cWe cannot vote on numbers we have not seen,\u201d board member Dario Ostrow said after the "
    "meeting, adding that the delay would not affect the winter timetable for existing routes.",
    "The port authority said it would publish the estimates within two weeks. Environmental groups "
    "welcomed the delay and asked for a public hearing before any new construction begins.",
    "Ferry operators have asked for the new line since 2015, when passenger numbers on the southern "
    "route first exceeded the capacity of the two existing vessels during the summer months.",
]

PAGE = f"""<!doctype html>
<html><head><title>Harbour Board Delays Ferry Vote | The Coastal Ledger</title>
<meta property="og:site_name" content="The Coastal Ledger">
<meta name="author" content="Ines Karlsson">
<meta property="article:published_time" content="2018-10-02T09:00:00Z"></head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
<li><a href="/weather">Weather</a></li></ul></nav>
<article>
<h1>Harbour Board Delays Ferry Vote</h1>
{''.join(f'<p>{p}</p>' for p in PARAGRAPHS)}
</article>
<aside><h3>Most read</h3><ul><li><a href="/a">Five lighthouses worth a visit</a></li>
<li><a href="/b">Island bakery wins national prize</a></li></ul></aside>
<footer><p>Copyright 2018 The Coastal Ledger. All rights reserved.</p>
<p><a href="/privacy">Privacy policy</a> <a href="/terms">Terms of use</a></p></footer>
</body></html>"""


def test_article_body_without_navigation_or_footer():
    found = extract(Document(origin="page.html", html=PAGE))
    assert found.text.startswith("The harbour board delayed its vote")
    for paragraph in PARAGRAPHS:
        assert paragraph in found.text
    for junk in ("Home", "Weather", "Most read", "lighthouses", "Privacy policy", "All rights reserved"):
        assert junk not in found.text


def test_metadata_from_page():
    found = extract(Document(origin="page.html", html=PAGE))
    assert found.title == "Harbour Board Delays Ferry Vote"
    assert found.authors == ["Ines Karlsson"]
    assert found.published == "2018-10-02"
    assert found.outlet == "The Coastal Ledger"
    assert found.syndicated_from is None
