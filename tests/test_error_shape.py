"""The one JSON error shape of the endpoint, pinned: every error answer has exactly these fields."""

from __future__ import annotations

import json
import logging

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


def test_no_stack_trace_even_in_debug_mode():
    app = create_app(shared_store())
    app.debug = True

    @app.get("/boom")
    def boom():
        raise RuntimeError("secret internal detail")

    for accept in ("application/json", "text/html"):
        resp = app.test_client().get("/boom", headers={"Accept": accept})
        assert resp.status_code == 500
        text = resp.data.decode()
        assert "secret internal detail" not in text and "Traceback" not in text and "Werkzeug" not in text


def test_access_log_is_one_json_line_with_the_query_time(client, caplog):
    with caplog.at_level(logging.INFO, logger="kamergraaf.access"):
        client.get("/sparql", query_string={"query": "ASK { ?s ?p ?o }"})
    entry = json.loads(caplog.records[-1].getMessage())
    assert entry["path"] == "/sparql" and entry["status"] == 200 and entry["query_status"] == "ok"
    assert isinstance(entry["query_ms"], float) and entry["ms"] >= entry["query_ms"]
    assert entry["time"].endswith("+00:00")
