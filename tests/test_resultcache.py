"""Answers kept for repeated queries (endpoint.resultcache): only over an in-memory snapshot of the store,
only successful answers, bounded, and a hit is the same answer as the query gives."""

from __future__ import annotations

import json

import pytest

from kamergraaf.endpoint.app import create_app
from kamergraaf.endpoint.protocol import Reply
from kamergraaf.endpoint.resultcache import ResultCache
from kamergraaf.graph.memory import memory_copy
from kamergraaf.graph.store import open_store

QUERY = "SELECT ?d WHERE { ?d a <https://w3id.org/kamergraaf/def#Document> } ORDER BY ?d"
JSON = {"Accept": "application/sparql-results+json"}


@pytest.fixture(scope="module")
def memory_client(sample_settings):
    disk = open_store(sample_settings, read_only=True)
    try:
        copy = memory_copy(disk)
    finally:
        disk.close()
    return create_app(sample_settings, store=copy).test_client()


def test_a_repeated_query_is_answered_from_the_cache_with_the_same_body(memory_client):
    query = QUERY + " LIMIT 7"
    first = memory_client.get("/sparql", query_string={"query": query}, headers=JSON)
    second = memory_client.get("/sparql", query_string={"query": query}, headers=JSON)
    assert first.status_code == second.status_code == 200
    assert "X-Cache" not in first.headers and second.headers["X-Cache"] == "hit"
    assert second.data == first.data and len(json.loads(second.data)["results"]["bindings"]) == 7
    assert second.headers["X-Result-Rows"] == first.headers["X-Result-Rows"] == "7"
    assert second.headers["Content-Type"] == first.headers["Content-Type"]


def test_another_format_or_accept_header_is_another_entry(memory_client):
    query = QUERY + " LIMIT 3"
    as_json = memory_client.get("/sparql", query_string={"query": query}, headers=JSON)
    as_csv = memory_client.get("/sparql", query_string={"query": query}, headers={"Accept": "text/csv"})
    assert as_csv.headers["Content-Type"].startswith("text/csv") and "X-Cache" not in as_csv.headers
    assert as_csv.data != as_json.data
    again = memory_client.get("/sparql", query_string={"query": query, "format": "csv"}, headers=JSON)
    assert again.data == as_csv.data  # the same answer, but another request key: computed, not a hit
    assert "X-Cache" not in again.headers


def test_errors_are_never_kept(memory_client):
    for _ in range(2):
        resp = memory_client.get("/sparql", query_string={"query": "SELECT ?x WHERE { ?x"}, headers=JSON)
        assert resp.status_code == 400 and "X-Cache" not in resp.headers


def test_post_and_get_of_one_query_share_an_entry(memory_client):
    query = QUERY + " LIMIT 5"
    got = memory_client.get("/sparql", query_string={"query": query}, headers=JSON)
    posted = memory_client.post("/sparql", data=query, content_type="application/sparql-query", headers=JSON)
    assert posted.status_code == 200 and posted.headers.get("X-Cache") == "hit" and posted.data == got.data


def test_nothing_is_kept_over_the_disk_store(sample_settings):
    client = create_app(sample_settings).test_client()
    for _ in range(2):
        resp = client.get("/sparql", query_string={"query": QUERY}, headers=JSON)
        assert resp.status_code == 200 and "X-Cache" not in resp.headers


def _reply(body: bytes, status: int = 200) -> Reply:
    return Reply(status, body, "application/json", (("X-Query-Time", "3.5ms"),), 3.5, "ok")


def test_the_cache_drops_the_least_recently_used_beyond_its_bounds():
    cache = ResultCache(max_total=100, max_reply=60, max_entries=10)
    cache.put(("a",), _reply(b"x" * 40))
    cache.put(("b",), _reply(b"y" * 40))
    assert cache.get(("a",)) is not None  # a is now the most recently used
    cache.put(("c",), _reply(b"z" * 40))  # 120 bytes: b goes
    assert cache.get(("b",)) is None and cache.get(("a",)) is not None and cache.get(("c",)) is not None
    assert cache.size_bytes == 80 and len(cache) == 2
    cache.put(("big",), _reply(b"w" * 61))  # over max_reply: not kept
    cache.put(("err",), _reply(b"e", status=503))  # not a success: not kept
    assert cache.get(("big",)) is None and cache.get(("err",)) is None
    hit = cache.get(("a",))
    assert dict(hit.headers) == {"X-Query-Time": "0ms", "X-Cache": "hit"} and hit.query_status == "cached"


def test_the_entry_count_is_bounded_too():
    cache = ResultCache(max_total=10_000, max_reply=100, max_entries=3)
    for i in range(5):
        cache.put((i,), _reply(b"r"))
    assert len(cache) == 3 and cache.get((0,)) is None and cache.get((4,)) is not None
