"""Runaway queries: a query past the timeout is stopped with a clear error while others still answer."""

from __future__ import annotations

import json
import threading
import time

from test_endpoint_fixtures import shared_store

from kamergraaf.endpoint.app import create_app

CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"
SIMPLE = "SELECT ?s WHERE { ?s a <https://w3id.org/kamergraaf/def#Question> }"


def test_timeout_stops_the_runaway_query_and_the_server_keeps_answering():
    app = create_app(shared_store().with_(query_timeout=2.0), query_workers=2)
    client = app.test_client()
    executor = app.config["KG_EXECUTOR"]
    assert client.get("/sparql", query_string={"query": SIMPLE}).status_code == 200  # workers started
    slow: dict = {}

    def run_slow():
        started = time.monotonic()
        slow["resp"] = app.test_client().get("/sparql", query_string={"query": CARTESIAN})
        slow["seconds"] = time.monotonic() - started

    thread = threading.Thread(target=run_slow)
    thread.start()
    time.sleep(0.3)  # the cartesian product is running now
    started = time.monotonic()
    quick = client.get("/sparql", query_string={"query": SIMPLE})
    quick_seconds = time.monotonic() - started
    thread.join(30)
    assert quick.status_code == 200 and len(json.loads(quick.data)["results"]["bindings"]) == 2
    assert quick_seconds < 1.0
    assert slow["resp"].status_code == 503
    error = json.loads(slow["resp"].data)["error"]
    assert error["code"] == "query_timeout" and "2 seconds" in error["message"]
    assert 1.9 <= slow["seconds"] < 10
    assert executor.killed == 1
    # the killed worker is replaced: the pool answers two queries at once again
    deadline = time.monotonic() + 30
    while len(executor._all) < 2 and time.monotonic() < deadline:
        time.sleep(0.1)
    assert len(executor._all) == 2
    assert client.get("/sparql", query_string={"query": SIMPLE}).status_code == 200
    executor.close()


def test_a_store_that_cannot_be_opened_answers_503(tmp_path):
    app = create_app(shared_store().with_(store=str(tmp_path / "missing")), query_workers=1)
    resp = app.test_client().get("/sparql", query_string={"query": SIMPLE})
    assert resp.status_code == 503
    assert json.loads(resp.data)["error"]["code"] == "store_unavailable"
    assert app.test_client().get("/health").status_code == 503
