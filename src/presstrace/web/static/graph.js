// The network view: vis-network draws a person's contacts; a click on a person opens their page, a click on
// an edge lists its evidence. Every text is set with textContent: article text never becomes markup.
"use strict";

const COLORS = { asserted: "#1b7f3b", denied: "#b3261e", hedged: "#8a6d00", contradicted: "#6a1b9a" };

function el(tag, text, cls) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (cls) node.className = cls;
  return node;
}

function showEvidence(edge, labels) {
  const box = document.getElementById("evidence");
  box.replaceChildren(el("h2", `Evidence: ${labels[edge.from]} – ${labels[edge.to]}`));
  if (typeof edge.to === "number") {
    const link = el("a", "All claims between them");
    link.href = `/pair/${edge.from}/${edge.to}`;
    const p = el("p");
    p.append(link);
    box.append(p);
  }
  const list = el("ul", null, "claims");
  for (const c of edge.claims) {
    const item = el("li", null, "claim");
    item.append(el("span", c.polarity, `badge ${c.polarity}`), " ", el("span", c.kind || "contact", "kind"));
    if (c.date) item.append(" ", el("span", c.date, "date"));
    item.append(" ", el("span", `asserted by ${c.asserted_by || "article"}`, "by"));
    item.append(el("blockquote", c.evidence, "evidence"));
    const cite = el("a", c.outlets || "article");
    cite.href = `/article/${encodeURIComponent(c.article_id).replace(/%2F/g, "/")}`;
    const citeLine = el("p", null, "cite");
    citeLine.append(cite);
    item.append(citeLine);
    list.append(item);
  }
  box.append(list);
  box.focus();
}

function draw(container, data) {
  const labels = {};
  for (const n of data.nodes) labels[n.id] = n.label;
  const nodes = new vis.DataSet(data.nodes.map((n) => ({
    id: n.id, label: n.label, shape: n.group ? "box" : "dot", size: n.center ? 28 : 16,
    color: n.center ? "#1f4e79" : n.group ? "#c7d2dc" : "#5b8db8", font: { color: "#111", size: 15 },
  })));
  const edges = new vis.DataSet(data.edges.map((e) => ({
    id: e.id, from: e.from, to: e.to, label: e.label, width: 1 + Math.min(6, e.claims.length),
    color: { color: COLORS[e.polarity] || "#555" }, dashes: e.polarity === "hedged",
  })));
  const byId = Object.fromEntries(data.edges.map((e) => [e.id, e]));
  const network = new vis.Network(container, { nodes, edges }, {
    layout: { randomSeed: 7 }, // the same picture on every visit
    interaction: { hover: true, keyboard: { enabled: true, bindToWindow: false }, navigationButtons: true },
    physics: { stabilization: { iterations: 150 } },
  });
  network.on("click", (params) => {
    if (params.nodes.length) {
      const id = params.nodes[0];
      if (typeof id === "number") window.location.href = `/person/${id}`;
    } else if (params.edges.length) {
      showEvidence(byId[params.edges[0]], labels);
    }
  });
  // The same edges as buttons: reachable by keyboard and screen readers.
  const list = el("ul", null, "edge-list");
  for (const e of data.edges) {
    const button = el("button", `${labels[e.to]} (${e.claims.length}, ${e.polarity})`);
    button.type = "button";
    button.dataset.edge = e.id;
    button.addEventListener("click", () => showEvidence(e, labels));
    const li = el("li");
    li.append(button);
    list.append(li);
  }
  container.after(list);
  window.presstraceGraph = network; // for tests and the console
  // The layout is computed up front (stabilization); after the first frame, freeze it so nodes stay put.
  network.once("afterDrawing", () => {
    network.setOptions({ physics: false });
    container.dataset.ready = "1";
  });
}

document.addEventListener("DOMContentLoaded", () => {
  const container = document.getElementById("graph");
  if (!container) return;
  document.getElementById("evidence").tabIndex = -1;
  fetch(container.dataset.src, { credentials: "same-origin" })
    .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`HTTP ${r.status}`))))
    .then((data) => {
      if (!data.nodes.length || !data.edges.length) {
        container.replaceWith(el("p", "No contacts match these filters.", "muted"));
        return;
      }
      draw(container, data);
    })
    .catch((err) => container.replaceWith(el("p", `Could not load the graph: ${err.message}`, "error")));
});
