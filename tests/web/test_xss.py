"""Article text is untrusted: payloads in text, title, author, quotes and URL are shown, never executed."""

from __future__ import annotations

import json

import pytest

from tests.web.conftest import LiveServer, build_store

PAYLOADS = [
    "<script>window.__xss = 'script'</script>",
    "<img src=x onerror=\"window.__xss = 'img'\">",
    "<svg onload=\"window.__xss = 'svg'\"></svg>",
    "\"><iframe src=\"javascript:window.__xss='iframe'\"></iframe>",
    "{{ 7 * 7 }}",
]
EVIL = " ".join(PAYLOADS)

TEXT = f"""Harbour talks {PAYLOADS[0]} end in deal

By Ada Quill Published on May 6, 2021

Boris Tamm met with Clara Venn {PAYLOADS[1]} in Tallinn on Tuesday.

"We will sign {PAYLOADS[2]} the agreement soon," Tamm said.

Venn said that she had never met with Tamm {PAYLOADS[3]} before the talks.
"""
ROW = {"id": "evil-row", "title": f"Evil title {EVIL}", "authors": [f"Mallory {PAYLOADS[2]}"],
       "url": "javascript:window.__xss='url'", "outlet": f"Outlet {PAYLOADS[1]}",
       "text": f"Clara Venn met with Boris Tamm in Riga on Friday. {EVIL}\n\n\"{EVIL} is fine,\" Venn said."}


@pytest.fixture(scope="module")
def evil_server(tmp_path_factory):
    db = build_store(tmp_path_factory.mktemp("xss"), {"evil.txt": TEXT, "evil.jsonl": json.dumps(ROW) + "\n"})
    live = LiveServer(db)
    yield live
    live.stop()


def test_no_payload_runs_anywhere(evil_server, page):
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    people = page.request.get(f"{evil_server.url}/api/people").json()["items"]
    articles = [a["id"] for a in page.request.get(f"{evil_server.url}/api/search?q=talks").json()["articles"]]
    paths = ["/", "/?q=Venn", "/?q=script", "/contradictions", "/sources", "/article/evil-row",
             *(f"/article/{a}" for a in articles), *(f"/person/{p['entity_id']}" for p in people),
             *(f"/graph/{p['entity_id']}" for p in people)]
    for path in paths:
        page.goto(evil_server.url + path)
        page.wait_for_load_state("networkidle")
        assert page.evaluate("window.__xss") is None, f"payload ran on {path}"
        assert page.locator("iframe, svg[onload], img[onerror]").count() == 0, path
    assert not dialogs
    page.goto(f"{evil_server.url}/article/evil-row")
    assert "<script>window.__xss = 'script'</script>" in page.inner_text("main")  # shown as text
    assert page.locator("a[href^='javascript']").count() == 0
    assert "{{ 7 * 7 }}" in page.inner_text("main") and "49" not in page.inner_text("main")
