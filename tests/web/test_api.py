"""The JSON API answers the questions of the pages, read-only, with clear 4xx errors and strict headers."""

from __future__ import annotations

import httpx
import pytest

from tests.conftest import run_cli
from tests.web.conftest import LiveServer


def person_id(server, name: str) -> int:
    (hit,) = httpx.get(f"{server.url}/api/people", params={"q": name}).json()["items"]
    return hit["entity_id"]


def test_search_finds_people_quotes_and_articles(server):
    found = httpx.get(f"{server.url}/api/search", params={"q": "Petrov"}).json()
    assert [p["name"] for p in found["people"]] == ["Ivan Petrov"]
    assert found["articles"]


def test_a_pair_lists_every_claim_with_its_evidence(server):
    lopez, petrov = person_id(server, "Lopez"), person_id(server, "Petrov")
    claims = httpx.get(f"{server.url}/api/pairs/{lopez}/{petrov}").json()["items"]
    assert {c["polarity"] for c in claims} == {"asserted", "denied"}
    assert any("never met with Petrov" in c["evidence"] for c in claims)


def test_contradictions_and_graph(server):
    pairs = httpx.get(f"{server.url}/api/contradictions").json()["items"]
    assert {frozenset((p["a"], p["b"])) for p in pairs} == {frozenset(("Maria Lopez", "Ivan Petrov"))}
    graph = httpx.get(f"{server.url}/api/people/{person_id(server, 'Petrov')}/graph").json()
    assert {n["label"] for n in graph["nodes"]} >= {"Ivan Petrov", "Maria Lopez", "Tom Becker"}
    assert all(e["claims"] and e["claims"][0]["evidence"] for e in graph["edges"])
    denied_only = httpx.get(f"{server.url}/api/people/{person_id(server, 'Petrov')}/graph",
                            params={"polarity": "denied"}).json()
    assert [n["label"] for n in denied_only["nodes"] if not n.get("center")] == ["Maria Lopez"]


def test_pagination_and_limits(server):
    page = httpx.get(f"{server.url}/api/people", params={"limit": 2, "offset": 1}).json()
    assert page["limit"] == 2 and page["offset"] == 1 and len(page["items"]) <= 2
    assert httpx.get(f"{server.url}/api/people", params={"limit": 5000}).status_code == 422
    assert httpx.get(f"{server.url}/api/search", params={"q": "x" * 500}).status_code == 422
    assert httpx.get(f"{server.url}/api/people/999999").status_code == 404
    assert httpx.get(f"{server.url}/api/quotes", params={"since": "last week"}).status_code == 422
    assert httpx.get(f"{server.url}/api/people?q=" + "a" * 3000).status_code == 414


def test_every_response_carries_a_strict_content_security_policy(server):
    for path in ("/", "/api/people", "/person/1", "/no/such/page"):
        headers = httpx.get(server.url + path).headers
        assert "script-src 'self'" in headers["content-security-policy"]
        assert "unsafe-inline" not in headers["content-security-policy"]
        assert headers["x-content-type-options"] == "nosniff"


def test_the_api_is_read_only(server):
    assert httpx.post(f"{server.url}/api/people").status_code == 405
    assert httpx.delete(f"{server.url}/api/articles/x").status_code == 405


def test_a_token_is_required_when_set(store_db):
    live = LiveServer(store_db, token="s3cret")
    try:
        assert httpx.get(f"{live.url}/api/people").status_code == 401
        ok = httpx.get(f"{live.url}/api/people", headers={"Authorization": "Bearer s3cret"})
        assert ok.status_code == 200
    finally:
        live.stop()


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.20"])
def test_binding_a_public_address_needs_a_token(store_db, host):
    result = run_cli("serve", "--db", str(store_db), "--host", host, timeout=30)
    assert result.returncode != 0 and b"without --token" in result.stderr


def test_a_person_pages_claims_and_timeline(server):
    petrov = person_id(server, "Petrov")
    person = httpx.get(f"{server.url}/api/people/{petrov}", params={"claims": 1}).json()
    assert len(person["contact_claims"]) == 1 and {c["with"] for c in person["contacts"]} >= {"Maria Lopez"}
    first = httpx.get(f"{server.url}/api/people/{petrov}/timeline", params={"limit": 2}).json()
    rest = httpx.get(f"{server.url}/api/people/{petrov}/timeline", params={"limit": 50, "offset": 2}).json()
    assert first["has_more"] and len(first["items"]) == 2 and not rest["has_more"]
    dates = [e["date"] or "9999" for e in first["items"] + rest["items"]]
    assert dates == sorted(dates)
