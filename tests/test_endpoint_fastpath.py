"""The lean /sparql path in front of Flask (endpoint/fastpath.py): it answers exactly what the Flask view
answers (status, body, headers), Flask's machinery does not run for the requests it takes, and under the
production server's inline mode the 503 at a query's deadline is written on the connection's socket."""

from __future__ import annotations

import io
import json
import logging
import socket
import threading
import time

import pytest
from test_endpoint_fixtures import DOC, shared_store
from werkzeug.test import Client, EnvironBuilder
from werkzeug.wrappers import Response

from kamergraaf.endpoint.access import BufferedLines
from kamergraaf.endpoint.app import create_app
from kamergraaf.endpoint.fastpath import SparqlFastPath

KG = "https://w3id.org/kamergraaf/def#"
SELECT = f"SELECT ?q ?n WHERE {{ ?q a <{KG}Question> ; <{KG}number> ?n }} ORDER BY ?n"
SMALL_CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"  # ~0.5 s here
FORM = "application/x-www-form-urlencoded"

# (method, query string, body, content type, accept): every request the lean path answers itself
REQUESTS = [
    ("GET", {"query": SELECT}, None, None, None),
    ("GET", {"query": SELECT}, None, None, "text/csv"),
    ("GET", {"query": SELECT, "format": "xml"}, None, None, None),
    ("GET", {"query": SELECT, "format": "tsv"}, None, None, "application/json"),
    ("GET", {"query": f"ASK {{ GRAPH <{DOC}> {{ ?s ?p ?o }} }}"}, None, None, None),
    ("GET", {"query": f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{DOC}> {{ ?s ?p ?o }} }} ORDER BY ?s ?p ?o"},
     None, None, "application/n-triples"),
    ("GET", {"query": "SELECT ?s WHERE { ?s ?p }"}, None, None, None),  # malformed
    ("GET", {"query": "DELETE WHERE { ?s ?p ?o }"}, None, None, None),  # an update sent as a query
    ("GET", {"update": "CLEAR ALL"}, None, None, None),
    ("GET", {"query": "SELECT * { SERVICE <http://a.example/> { ?s ?p ?o } }"}, None, None, None),
    ("GET", {"query": SELECT, "format": "yaml"}, None, None, None),
    ("GET", {"query": SELECT, "default-graph-uri": DOC}, None, None, None),
    ("GET", {"query": "SELECT * WHERE { ?s ?p ?o }"}, None, None, None),  # over the row limit of 5
    ("GET", {"query": "SELECT * WHERE { ?s ?p ?o } #" + "x" * 900}, None, None, None),  # over 800 bytes
    ("POST", {}, SELECT, "application/sparql-query", None),
    ("POST", {"format": "csv"}, SELECT, "application/sparql-query; charset=utf-8", None),
    ("POST", {}, "query=" + SELECT.replace(" ", "+").replace("?", "%3F").replace("#", "%23"), FORM, None),
    ("POST", {}, "update=CLEAR+ALL", FORM, None),
    ("POST", {}, "nothing=here", FORM, None),
]


@pytest.fixture(scope="module")
def app():
    app = create_app(shared_store().with_(max_rows=5, max_body_bytes=800))
    app.config["SEEN_BY_FLASK"] = []

    @app.before_request
    def _seen() -> None:
        from flask import request

        app.config["SEEN_BY_FLASK"].append(request.path)

    return app


def _send(client: Client, method: str, args: dict, body: str | None, ctype: str | None, accept: str | None):
    headers = {"Accept": accept} if accept else {}
    return client.open("/sparql", method=method, query_string=args, data=body, content_type=ctype,
                       headers=headers)


def _comparable(resp) -> tuple:
    headers = sorted((k, v) for k, v in resp.headers.items() if k not in ("X-Query-Time",))
    return resp.status_code, resp.data, headers


def test_the_lean_path_is_in_front_of_flask(app):
    assert isinstance(app.wsgi_app, SparqlFastPath)


@pytest.mark.parametrize("method,args,body,ctype,accept", REQUESTS)
def test_the_lean_path_answers_as_the_flask_view_does(app, method, args, body, ctype, accept):
    lean = Client(app, Response)
    flask_only = Client(app.wsgi_app.app, Response)  # the Flask app behind the lean path
    seen = app.config["SEEN_BY_FLASK"]
    seen.clear()
    answered = _send(lean, method, args, body, ctype, accept)
    assert seen == []  # answered without Flask's request machinery
    expected = _send(flask_only, method, args, body, ctype, accept)
    assert seen == ["/sparql"]
    assert _comparable(answered) == _comparable(expected)
    assert answered.headers["Access-Control-Allow-Origin"] == "*"
    assert answered.headers["X-Content-Type-Options"] == "nosniff"
    if answered.status_code != 200:
        error = json.loads(answered.data)["error"]
        assert set(error) == {"status", "code", "message", "hint"} and error["status"] == answered.status_code


def test_the_requests_above_cover_answers_and_every_kind_of_refusal(app):
    lean = Client(app, Response)
    codes = set()
    for request in REQUESTS:
        resp = _send(lean, *request)
        codes.add(json.loads(resp.data)["error"]["code"] if resp.status_code != 200 else "ok")
    assert codes == {"ok", "malformed_query", "update_refused", "service_refused", "unknown_format",
                     "unsupported_parameter", "row_limit", "body_too_large", "missing_query"}


@pytest.mark.parametrize("method,kwargs", [
    ("GET", {}),                                                       # service description
    ("OPTIONS", {}),                                                   # CORS preflight
    ("POST", {"data": {"query": SELECT}, "content_type": "multipart/form-data"}),
    ("POST", {"data": SELECT, "content_type": "text/plain"}),          # 415
])
def test_other_requests_go_to_the_flask_view(app, method, kwargs):
    seen = app.config["SEEN_BY_FLASK"]
    seen.clear()
    resp = Client(app, Response).open("/sparql", method=method, **kwargs)
    assert seen == ["/sparql"]
    assert resp.headers["Access-Control-Allow-Origin"] == "*"


def test_the_lean_path_writes_the_access_log_line(app, caplog):
    with caplog.at_level(logging.INFO, logger="kamergraaf.access"):
        Client(app, Response).post("/sparql", data=SELECT, content_type="application/sparql-query")
    entry = json.loads(caplog.records[-1].getMessage())
    assert (entry["method"], entry["path"], entry["status"], entry["query_status"]) == ("POST", "/sparql", 200, "ok")
    assert entry["bytes"] > 0 and entry["ms"] >= entry["query_ms"] > 0 and entry["time"].endswith("+00:00")


# ---- inline mode: the query on the request thread, the 503 at the deadline on the socket ---------------


def _inline_call(app, query: str):
    """Call the app as gunicorn does, with one end of a socket pair as the connection; (thread, peer, box)."""
    ours, peer = socket.socketpair()
    environ = EnvironBuilder(path="/sparql", query_string={"query": query}).get_environ()
    environ["gunicorn.socket"] = ours
    box: dict = {"socket": ours}  # kept open for the test (gunicorn owns it in the server)

    def call() -> None:
        try:
            box["status"] = []
            box["body"] = b"".join(app(environ, lambda status, headers: box["status"].append(status)))
        except OSError as exc:
            box["error"] = exc
        finally:
            box["ended"] = time.monotonic()

    thread = threading.Thread(target=call)
    box["started"] = time.monotonic()
    thread.start()
    return thread, peer, box


def test_inline_deadline_writes_the_503_on_the_socket_and_the_late_request_ends_as_a_broken_pipe(caplog):
    timed_out = []
    app = create_app(shared_store().with_(query_timeout=0.1), on_timeout=timed_out.append, inline_queries=True)
    caplog.set_level(logging.INFO, logger="kamergraaf.access")
    thread, peer, box = _inline_call(app, SMALL_CARTESIAN)
    peer.settimeout(5)
    received = b""
    while not received.endswith(b"}}\n"):
        chunk = peer.recv(65536)
        if not chunk:
            break
        received += chunk
    head, _, body = received.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 503 Service Unavailable\r\n")
    assert b"\r\nConnection: close\r\n" in head and b"\r\nAccess-Control-Allow-Origin: *\r\n" in head
    assert b"\r\nX-Content-Type-Options: nosniff\r\n" in head
    assert json.loads(body)["error"]["code"] == "query_timeout"
    assert peer.recv(10) == b""  # the server side closed its sending half
    thread.join(30)
    executor = app.config["KG_EXECUTOR"]
    assert executor.killed == 1 and [job.sparql for job in timed_out] == [SMALL_CARTESIAN]
    assert isinstance(box.get("error"), BrokenPipeError) and box["status"] == []  # nothing more was written
    late = [json.loads(r.getMessage()) for r in caplog.records if r.name == "kamergraaf.access"]
    assert [(e["status"], e["query_status"]) for e in late] == [(503, "query_timeout")]
    # the 503 went out at the deadline (the watcher ticks every 0.05 s), before the evaluation ended
    assert 100 <= late[0]["ms"] < 1500 and late[0]["ms"] < (box["ended"] - box["started"]) * 1000
    assert executor.stuck == 0
    peer.close()
    box["socket"].close()


def test_inline_query_within_its_deadline_answers_through_wsgi_and_leaves_the_socket_alone():
    app = create_app(shared_store(), inline_queries=True)
    thread, peer, box = _inline_call(app, SELECT)
    thread.join(30)
    assert box["status"] == ["200 OK"] and len(json.loads(box["body"])["results"]["bindings"]) == 2
    peer.setblocking(False)
    with pytest.raises(BlockingIOError):
        peer.recv(10)  # nothing written on the socket by the path itself
    assert app.config["KG_EXECUTOR"].killed == 0
    peer.close()
    box["socket"].close()


def test_buffered_access_log_writes_whole_lines_in_batches():
    stream = io.StringIO()
    handler = BufferedLines(stream, interval=0.05)
    logger = logging.getLogger("kamergraaf.test-buffered")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False
    try:
        for i in range(3):
            logger.info('{"n": %d}', i)
        deadline = time.monotonic() + 5
        while stream.getvalue().count("\n") < 3 and time.monotonic() < deadline:
            time.sleep(0.02)
        assert [json.loads(line)["n"] for line in stream.getvalue().splitlines()] == [0, 1, 2]
        logger.info('{"n": 3}')
        handler.close()  # close flushes what is left
        assert stream.getvalue().splitlines()[-1] == '{"n": 3}'
    finally:
        logger.removeHandler(handler)
