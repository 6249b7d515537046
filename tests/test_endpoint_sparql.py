"""The SPARQL 1.1 Protocol at /sparql through the Flask test client on the sample corpus build; answers are
parsed back and compared with the same query run on the store directly."""

from __future__ import annotations

import csv
import io
import json
import socket
import threading
import time
import xml.etree.ElementTree as ET

import pytest
import rdflib
from kamergraaf.endpoint.app import create_app
from kamergraaf.endpoint.sparql import analyse, refused_service
from kamergraaf.graph.store import open_store

BASE = "https://w3id.org/kamergraaf/"
DOC = BASE + "doc/ah-tk-20232024-2367"
SELECT = f"SELECT ?q ?n WHERE {{ ?q a <https://w3id.org/kamergraaf/def#Question> ; " \
         f"<https://w3id.org/kamergraaf/def#document> <{DOC}> ; <https://w3id.org/kamergraaf/def#number> ?n }} " \
         f"ORDER BY ?n ?q"
CONSTRUCT = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{DOC}> {{ ?s ?p ?o }} }}"
AGENCY_WITH_LABEL = ("SELECT ?a WHERE { ?a a <https://w3id.org/kamergraaf/def#Agency> ; "
                     "<http://www.w3.org/2004/02/skos/core#prefLabel> ?l } ORDER BY ?a LIMIT 1")


@pytest.fixture(scope="module")
def store(sample_settings):
    return open_store(sample_settings, read_only=True)


@pytest.fixture(scope="module")
def client(sample_settings):
    return create_app(sample_settings).test_client()


@pytest.fixture(scope="module")
def questions(store) -> list[str]:
    """The questions of DOC in number order, read from the store directly (not through HTTP)."""
    found = [r["q"].value for r in store.query(SELECT)]
    assert len(found) >= 2, "the sample document has several questions"
    return found


def test_sample_store_holds_the_document(store):
    assert DOC in store.graphs()


def _rows_json(resp) -> list[dict]:
    data = json.loads(resp.data)
    return [{k: v["value"] for k, v in b.items()} for b in data["results"]["bindings"]]


def test_get_select_json(client, questions):
    resp = client.get("/sparql", query_string={"query": SELECT})
    assert resp.status_code == 200
    assert resp.mimetype == "application/sparql-results+json"
    assert [r["q"] for r in _rows_json(resp)] == questions
    numbers = [int(r["n"]) for r in _rows_json(resp)]
    assert numbers == sorted(numbers) and numbers[0] == 1
    assert resp.headers["Access-Control-Allow-Origin"] == "*"


def test_post_form_and_post_sparql_query_give_the_same_rows(client):
    by_form = client.post("/sparql", data={"query": SELECT})
    by_body = client.post("/sparql", data=SELECT, content_type="application/sparql-query")
    assert by_form.status_code == by_body.status_code == 200
    assert _rows_json(by_form) == _rows_json(by_body) == _rows_json(client.get("/sparql", query_string={"query": SELECT}))


@pytest.mark.parametrize("how", ["accept", "format"])
def test_select_as_xml(client, how, questions):
    kwargs = {"headers": {"Accept": "application/sparql-results+xml"}} if how == "accept" else {}
    qs = {"query": SELECT} | ({"format": "xml"} if how == "format" else {})
    resp = client.get("/sparql", query_string=qs, **kwargs)
    assert resp.mimetype == "application/sparql-results+xml"
    ns = {"r": "http://www.w3.org/2005/sparql-results#"}
    uris = {e.text for e in ET.fromstring(resp.data).findall(".//r:binding[@name='q']/r:uri", ns)}
    assert uris == set(questions)


@pytest.mark.parametrize("how", ["accept", "format"])
def test_select_as_csv(client, how, questions):
    kwargs = {"headers": {"Accept": "text/csv"}} if how == "accept" else {}
    qs = {"query": SELECT} | ({"format": "csv"} if how == "format" else {})
    resp = client.get("/sparql", query_string=qs, **kwargs)
    assert resp.mimetype == "text/csv"
    rows = list(csv.DictReader(io.StringIO(resp.data.decode())))
    assert [r["q"] for r in rows] == questions


@pytest.mark.parametrize("how", ["accept", "format"])
def test_select_as_tsv(client, how, questions):
    kwargs = {"headers": {"Accept": "text/tab-separated-values"}} if how == "accept" else {}
    qs = {"query": SELECT} | ({"format": "tsv"} if how == "format" else {})
    resp = client.get("/sparql", query_string=qs, **kwargs)
    assert resp.mimetype == "text/tab-separated-values"
    lines = resp.data.decode().splitlines()
    assert lines[0].split("\t") == ["?q", "?n"]
    assert [line.split("\t")[0] for line in lines[1:]] == [f"<{q}>" for q in questions]


def test_ask_in_json_and_xml(client, questions):
    ask = f"ASK {{ <{questions[0]}> ?p ?o }}"
    assert json.loads(client.get("/sparql", query_string={"query": ask}).data)["boolean"] is True
    resp = client.get("/sparql", query_string={"query": "ASK { <urn:x:none> ?p ?o }", "format": "xml"})
    assert b"<boolean>false</boolean>" in resp.data


@pytest.mark.parametrize("accept,rdflib_format", [
    ("text/turtle", "turtle"), ("application/ld+json", "json-ld"),
    ("application/n-triples", "nt"), ("application/rdf+xml", "xml")])
def test_construct_in_every_graph_format_parses_back(client, store, accept, rdflib_format):
    resp = client.post("/sparql", data={"query": CONSTRUCT}, headers={"Accept": accept})
    assert resp.status_code == 200 and resp.mimetype == accept
    graph = rdflib.Graph().parse(data=resp.data, format=rdflib_format)
    answered = list(store.query(f"SELECT ?q ?a WHERE {{ GRAPH <{DOC}> {{ ?q <https://schema.org/acceptedAnswer> ?a }} }}"))
    assert answered
    for row in answered:
        assert (rdflib.URIRef(row["q"].value), rdflib.URIRef("https://schema.org/acceptedAnswer"),
                rdflib.URIRef(row["a"].value)) in graph
    assert len(graph) == int(resp.headers["X-Result-Rows"]) == len(list(store.query(CONSTRUCT)))


@pytest.mark.parametrize("fmt,rdflib_format", [("turtle", "turtle"), ("jsonld", "json-ld"), ("nt", "nt"),
                                                ("rdfxml", "xml")])
def test_describe_by_format_parameter(client, store, fmt, rdflib_format):
    agency = list(store.query(AGENCY_WITH_LABEL))[0]["a"].value
    expected = {r["l"].value for r in store.query(
        f"SELECT ?l WHERE {{ <{agency}> <http://www.w3.org/2004/02/skos/core#prefLabel> ?l }}")}
    resp = client.get("/sparql", query_string={"query": f"DESCRIBE <{agency}>", "format": fmt})
    assert resp.status_code == 200
    graph = rdflib.Graph().parse(data=resp.data, format=rdflib_format)
    labels = {str(o) for o in graph.objects(rdflib.URIRef(agency),
                                             rdflib.URIRef("http://www.w3.org/2004/02/skos/core#prefLabel"))}
    assert labels == expected and labels


def test_bare_get_is_the_service_description(client):
    resp = client.get("/sparql")
    assert resp.status_code == 200 and resp.mimetype == "text/turtle"
    graph = rdflib.Graph().parse(data=resp.data, format="turtle")
    sd = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
    services = list(graph.subjects(rdflib.RDF.type, sd.Service))
    assert len(services) == 1
    assert (services[0], sd.supportedLanguage, sd.SPARQL11Query) in graph
    assert (services[0], sd.endpoint, rdflib.URIRef("http://localhost/sparql")) in graph
    as_jsonld = client.get("/sparql", headers={"Accept": "application/ld+json"})
    assert len(rdflib.Graph().parse(data=as_jsonld.data, format="json-ld")) == len(graph)


def test_browser_on_bare_get_goes_to_the_query_page(client):
    resp = client.get("/sparql", headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert resp.status_code == 303 and resp.headers["Location"].endswith("/query")


def test_cors_preflight(client):
    resp = client.options("/sparql", headers={"Origin": "https://example.org",
                                              "Access-Control-Request-Method": "POST"})
    assert resp.status_code == 204
    assert "POST" in resp.headers["Access-Control-Allow-Methods"]
    assert resp.headers["Access-Control-Allow-Origin"] == "*"


@pytest.mark.parametrize("send", [
    lambda c, u: c.post("/sparql", data={"update": u}),
    lambda c, u: c.post("/sparql", data=u, content_type="application/sparql-update"),
    lambda c, u: c.post("/sparql", data={"query": u}),
    lambda c, u: c.get("/sparql", query_string={"update": u}),
])
def test_update_is_refused_and_changes_nothing(client, send):
    update = f"DELETE WHERE {{ GRAPH <{DOC}> {{ ?s ?p ?o }} }} ; INSERT DATA {{ <urn:x:a> <urn:x:b> <urn:x:c> }}"
    marker = "ASK { <urn:x:a> ?p ?o }"
    before = client.get("/sparql", query_string={"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"})
    resp = send(client, update)
    assert resp.status_code == 403
    assert json.loads(resp.data)["error"]["code"] == "update_refused"
    after = client.get("/sparql", query_string={"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"})
    assert _rows_json(before) == _rows_json(after) and int(_rows_json(after)[0]["n"]) > 10000
    assert json.loads(client.get("/sparql", query_string={"query": marker}).data)["boolean"] is False


def test_analyse_reads_through_comments_strings_and_prefixes():
    assert analyse("PREFIX s: <http://x/> # INSERT\nSELECT * { ?a s:p 'DELETE' }").form == "select"
    assert analyse("prefix s: <http://x/>\n insert data { <a:a> <a:b> 'x' }").form == "update"
    found = analyse("PREFIX r: <http://remote.example/> SELECT * { SERVICE SILENT r:sparql { ?s ?p ?o } }")
    assert found.service_targets == ("http://remote.example/sparql",)
    assert analyse("SELECT * { ?s <http://x/service> ?o }").service_targets == ()
    assert refused_service(analyse("SELECT * { SERVICE ?where { ?s ?p ?o } }"), ("example.org",)) == "?"
    assert refused_service(found, ("REMOTE.example",)) is None


def test_service_is_refused_before_anything_runs(client):
    query = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    resp = client.get("/sparql", query_string={"query": query})
    assert resp.status_code == 403
    assert json.loads(resp.data)["error"]["code"] == "service_refused"


def test_malformed_query_gets_400_with_the_parser_message(client):
    resp = client.get("/sparql", query_string={"query": "SELECT ?s WHERE { ?s ?p }"})
    assert resp.status_code == 400
    error = json.loads(resp.data)["error"]
    assert error["code"] == "malformed_query"
    assert "1:" in error["message"] and "Traceback" not in resp.data.decode()


def test_unknown_format_and_unsupported_body(client):
    resp = client.get("/sparql", query_string={"query": SELECT, "format": "yaml"})
    assert resp.status_code == 400 and json.loads(resp.data)["error"]["code"] == "unknown_format"
    resp = client.post("/sparql", data=SELECT, content_type="text/plain")
    assert resp.status_code == 415
    resp = client.post("/sparql", data={"nothing": "here"})
    assert resp.status_code == 400 and json.loads(resp.data)["error"]["code"] == "missing_query"
    resp = client.get("/sparql", query_string={"query": SELECT, "default-graph-uri": DOC})
    assert resp.status_code == 400 and json.loads(resp.data)["error"]["code"] == "unsupported_parameter"


def test_body_over_the_limit_gets_413(sample_settings):
    app = create_app(sample_settings.with_(max_body_bytes=200))
    client = app.test_client()
    big = "SELECT * WHERE { ?s ?p ?o } #" + "x" * 300
    assert client.post("/sparql", data=big, content_type="application/sparql-query").status_code == 413
    assert client.post("/sparql", data={"query": big}).status_code == 413
    resp = client.get("/sparql", query_string={"query": big})
    assert resp.status_code == 413 and json.loads(resp.data)["error"]["status"] == 413


def test_row_limit_ends_a_large_result_with_a_clear_error(sample_settings):
    app = create_app(sample_settings.with_(max_rows=5))
    client = app.test_client()
    resp = client.get("/sparql", query_string={"query": "SELECT * WHERE { ?s ?p ?o }"})
    assert resp.status_code == 400
    error = json.loads(resp.data)["error"]
    assert error["code"] == "row_limit" and "5" in error["message"] and "LIMIT" in error["hint"]
    ok = client.get("/sparql", query_string={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 5"})
    assert ok.status_code == 200 and len(_rows_json(ok)) == 5
    resp = client.get("/sparql", query_string={"query": "CONSTRUCT WHERE { ?s ?p ?o }"})
    assert resp.status_code == 400 and json.loads(resp.data)["error"]["code"] == "row_limit"


class Listener:
    """A TCP listener on 127.0.0.1 that records every connection made to it."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen()
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.connections += 1
            conn.close()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(2)
        self.sock.close()


def test_the_listener_does_see_a_connection_when_one_is_made():
    listener = Listener()
    try:
        socket.create_connection(("127.0.0.1", listener.port), timeout=2).close()
        deadline = time.monotonic() + 2
        while listener.connections == 0 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert listener.connections == 1
    finally:
        listener.close()


SERVICE_FORMS = [
    "SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
    "select * where {{ service silent <{url}> {{ ?s ?p ?o }} }}",
    "SELECT*WHERE{{SERVICE<{url}>{{?s?p?o}}}}",
    "PREFIX r: <{url_head}> SELECT * WHERE {{ SERVICE r:sparql {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ VALUES ?where {{ <{url}> }} SERVICE ?where {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ SERVICE # a comment\n <{url}> {{ ?s ?p ?o }} }}",
    "CONSTRUCT {{ ?s ?p ?o }} WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
    "ASK {{ ?x ?y ?z FILTER EXISTS {{ SERVICE <{url}> {{ ?s ?p ?o }} }} }}",
]


@pytest.mark.parametrize("form", SERVICE_FORMS)
def test_service_is_refused_and_no_connection_leaves(client, form):
    listener = Listener()
    try:
        url = f"http://127.0.0.1:{listener.port}/sparql"
        query = form.format(url=url, url_head=url.rsplit("/", 1)[0] + "/")
        for resp in (client.get("/sparql", query_string={"query": query}),
                     client.post("/sparql", data=query, content_type="application/sparql-query")):
            assert resp.status_code == 403
            assert json.loads(resp.data)["error"]["code"] == "service_refused"
        time.sleep(0.3)
        assert listener.connections == 0
    finally:
        listener.close()
