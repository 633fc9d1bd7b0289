"""A journalist's path through the pages, in headless Chromium: search, person, pair, graph, evidence."""

from __future__ import annotations

from tests.web.browser import screenshot


def test_search_person_pair_and_the_denial_with_its_sentence(server, page):
    page.goto(server.url + "/")
    screenshot(page, "home")
    page.get_by_label("Search people, organisations, quotes and articles").fill("Petrov")
    page.get_by_role("button", name="Search").click()
    screenshot(page, "search")
    page.get_by_role("link", name="Ivan Petrov").first.click()
    assert page.locator("h1").inner_text() == "Ivan Petrov"
    about = page.locator("section", has=page.locator("h2", has_text="Quotes by others that name"))
    assert "never met with Petrov" in about.inner_text()
    screenshot(page, "person")
    page.get_by_role("link", name="Maria Lopez").first.click()
    assert "Maria Lopez" in page.locator("h1").inner_text()
    denied = page.locator("section", has=page.locator("h2", has_text="Denied"))
    assert "never met with Petrov" in denied.inner_text()
    screenshot(page, "pair")
    denied.get_by_role("link").first.click()
    assert page.locator("span.contact").count() >= 1 and page.locator("span.quote").count() >= 1
    screenshot(page, "article")


def test_graph_click_an_edge_shows_its_evidence_and_a_node_opens_the_person(server, page):
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(server.url + "/")
    page.get_by_label("Search people, organisations, quotes and articles").fill("Petrov")
    page.get_by_role("button", name="Search").click()
    page.get_by_role("link", name="Ivan Petrov").first.click()
    page.get_by_role("link", name="network graph").click()
    page.wait_for_selector("#graph[data-ready]")  # the layout has settled
    # Click the edge to Maria Lopez on the canvas, as a user would.
    x, y = page.evaluate("""() => {
        const net = window.presstraceGraph;
        const edge = net.body.data.edges.get().find(e => net.body.data.nodes.get(e.to).label === "Maria Lopez");
        const pos = net.getPositions([edge.from, edge.to]);
        const a = net.canvasToDOM(pos[edge.from]), b = net.canvasToDOM(pos[edge.to]);
        const box = document.querySelector("#graph canvas").getBoundingClientRect();
        // three quarters of the way out: clear of the centre node's label, short of the other's
        return [box.left + a.x + 0.7 * (b.x - a.x), box.top + a.y + 0.7 * (b.y - a.y)];
    }""")
    page.mouse.click(x, y)
    evidence = page.locator("#evidence")
    evidence.locator("blockquote").first.wait_for()
    assert "never met with Petrov" in evidence.inner_text()
    screenshot(page, "graph")
    node = page.evaluate("""() => {
        const net = window.presstraceGraph;
        document.querySelector("#graph").scrollIntoView();
        const id = net.body.data.nodes.get().find(n => n.label === "Tom Becker").id;
        const p = net.canvasToDOM(net.getPositions([id])[id]);
        const box = document.querySelector("#graph canvas").getBoundingClientRect();
        return [box.left + p.x, box.top + p.y];
    }""")
    page.mouse.click(*node)
    page.wait_for_url("**/person/*")
    assert page.locator("h1").inner_text() == "Tom Becker"
    assert not errors


def test_contradictions_and_sources_pages(server, page):
    page.goto(server.url + "/contradictions")
    assert "Maria Lopez" in page.inner_text("main") and "never met" in page.inner_text("main")
    screenshot(page, "contradictions")
    page.goto(server.url + "/sources")
    assert page.locator("h1").inner_text() == "Sources"
    screenshot(page, "sources")
