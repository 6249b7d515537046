"""The one JSON error shape of the endpoint, pinned: every error answer has exactly these fields."""

from __future__ import annotations

import json

import pytest
from test_endpoint_fixtures import shared_store

from kamergraaf.endpoint.app import create_app

SHAPE_KEYS = {"status", "code", "message", "hint"}


@pytest.fixture(scope="module")
def client():
    app = create_app(shared_store().with_(max_body_bytes=500))

    @app.get("/boom")  # an unexpected failure inside a view
    def boom():
        raise RuntimeError("secret internal detail /etc/passwd")

    yield app.test_client()


CASES = [
    ("malformed", lambda c: c.get("/sparql", query_string={"query": "SELECT WHERE"}), 400, "malformed_query"),
    ("update", lambda c: c.post("/sparql", data={"update": "CLEAR ALL"}), 403, "update_refused"),
    ("service", lambda c: c.get("/sparql", query_string={"query": "SELECT * { SERVICE <http://a.example/> { ?s ?p ?o } }"}),
     403, "service_refused"),
    ("not found", lambda c: c.get("/doc/does-not-exist", headers={"Accept": "application/json"}), 404, "not_found"),
    ("method", lambda c: c.delete("/sparql"), 405, "method_not_allowed"),
    ("too large", lambda c: c.post("/sparql", data="x" * 600, content_type="application/sparql-query"), 413,
     "body_too_large"),
    ("media type", lambda c: c.post("/sparql", data="SELECT", content_type="image/png"), 415, "unsupported_media_type"),
    ("bug", lambda c: c.get("/boom", headers={"Accept": "application/json"}), 500, "internal_error"),
]


@pytest.mark.parametrize("name,send,status,code", CASES, ids=[c[0] for c in CASES])
def test_every_error_has_the_one_shape(client, name, send, status, code):
    resp = send(client)
    assert resp.status_code == status
    assert resp.mimetype == "application/json"
    body = json.loads(resp.data)
    assert list(body) == ["error"]
    assert set(body["error"]) == SHAPE_KEYS
    assert body["error"]["status"] == status and body["error"]["code"] == code
    assert body["error"]["message"] and isinstance(body["error"]["hint"], str)
    text = resp.data.decode()
    assert "Traceback" not in text and "secret internal detail" not in text and "File \"" not in text


def test_a_browser_gets_the_same_fields_as_a_page(client):
    resp = client.get("/doc/does-not-exist", headers={"Accept": "text/html"})
    assert resp.status_code == 404 and resp.mimetype == "text/html"
    assert b"not_found" in resp.data and b"does-not-exist" in resp.data
