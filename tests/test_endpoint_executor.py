"""The in-process executor without the production server (test client, `serve --debug`): a query past its
deadline is answered 503 at the deadline and the timeout callback runs; the evaluation itself goes on in
the background (see executor.py), so the query here is a small cartesian product that ends by itself.
The production server's recycling is tested against `kamergraaf serve` in test_endpoint_serve.py."""

from __future__ import annotations

import json
import time

from test_endpoint_fixtures import shared_store

from kamergraaf.endpoint.app import create_app
from kamergraaf.endpoint.executor import HelperThreads

SMALL_CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
SIMPLE = "SELECT ?s WHERE { ?s a <https://w3id.org/kamergraaf/def#Question> }"


def test_deadline_answers_503_and_calls_the_timeout_callback():
    timed_out = []
    app = create_app(shared_store().with_(query_timeout=0.05), on_timeout=timed_out.append)
    client = app.test_client()
    started = time.monotonic()
    resp = client.get("/sparql", query_string={"query": SMALL_CARTESIAN})
    seconds = time.monotonic() - started
    assert resp.status_code == 503
    assert json.loads(resp.data)["error"]["code"] == "query_timeout"
    assert seconds < 0.5
    assert [job.sparql for job in timed_out] == [SMALL_CARTESIAN]
    assert app.config["KG_EXECUTOR"].killed == 1
    # a query within its deadline answers on another helper thread meanwhile
    ok = create_app(shared_store()).test_client().get("/sparql", query_string={"query": SIMPLE})
    assert ok.status_code == 200 and len(json.loads(ok.data)["results"]["bindings"]) == 2


def test_the_same_query_within_its_deadline_answers():
    resp = create_app(shared_store()).test_client().get("/sparql", query_string={"query": SMALL_CARTESIAN})
    assert resp.status_code == 200
    n = int(json.loads(resp.data)["results"]["bindings"][0]["n"]["value"])
    assert n > 100_000  # large enough that the 0.05 s deadline above is passed


def test_helper_threads_are_reused_and_a_busy_one_does_not_block_others():
    helpers = HelperThreads()
    assert [helpers.submit(pow, 2, i).result(5) for i in range(5)] == [1, 2, 4, 8, 16]
    assert helpers.threads == 1
    blocked = helpers.submit(time.sleep, 1.0)
    assert helpers.submit(pow, 3, 2).result(0.5) == 9
    assert helpers.threads == 2
    blocked.result(5)


def test_a_store_that_cannot_be_opened_answers_503(tmp_path):
    app = create_app(shared_store().with_(store=str(tmp_path / "missing")))
    resp = app.test_client().get("/sparql", query_string={"query": SIMPLE})
    assert resp.status_code == 503
    assert json.loads(resp.data)["error"]["code"] == "store_unavailable"
    assert app.test_client().get("/health").status_code == 503
