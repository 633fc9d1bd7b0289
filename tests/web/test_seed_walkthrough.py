"""The founding article (bundled demo data) in the browser: Kislyak, his page, the Phares denial, the graph."""

from __future__ import annotations

import pytest

from tests.conftest import SEED
from tests.web.browser import screenshot
from tests.web.conftest import LiveServer, build_store


@pytest.fixture(scope="module")
def seed_server(tmp_path_factory):
    db = build_store(tmp_path_factory.mktemp("seed"), {"seed_article.txt": SEED.read_text(encoding="utf-8")})
    live = LiveServer(db)
    yield live
    live.stop()


def test_kislyak_phares_denial_and_graph_edge(seed_server, page):
    page.goto(seed_server.url + "/")
    page.get_by_label("Search people, organisations, quotes and articles").fill("Kislyak")
    page.get_by_role("button", name="Search").click()
    page.get_by_role("link", name="Sergey Kislyak").first.click()
    assert page.locator("h1").inner_text() == "Sergey Kislyak"
    contacts = page.locator("section", has=page.locator("h2", has_text="Contacts")).inner_text()
    for name in ("Flynn", "Sessions", "Kushner", "Gordon", "Page", "Phares"):
        assert name in contacts
    screenshot(page, "seed-person")
    page.get_by_role("link", name="Walid Phares").first.click()
    denied = page.locator("section", has=page.locator("h2", has_text="Denied"))
    assert "he had not actually met with Kislyak at all" in denied.inner_text()
    assert "Walid Phares" in denied.inner_text()
    screenshot(page, "seed-pair")
    page.get_by_role("link", name="Sergey Kislyak").first.click()
    page.get_by_role("link", name="network graph").click()
    page.wait_for_selector("#graph[data-ready]")
    page.get_by_role("button", name="Walid Phares").click()  # the keyboard-reachable twin of the edge
    assert "not actually met with Kislyak" in page.locator("#evidence").inner_text()
    screenshot(page, "seed-graph")
