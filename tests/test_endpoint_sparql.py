"""The SPARQL 1.1 Protocol at /sparql through the Flask test client; answers are parsed back."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

import pytest
import rdflib
from test_endpoint_fixtures import BASE, DOC, shared_store

from kamergraaf.endpoint.app import create_app
from kamergraaf.endpoint.sparql import analyse, refused_service

SELECT = f"SELECT ?q ?n WHERE {{ ?q a <https://w3id.org/kamergraaf/def#Question> ; " \
         f"<https://w3id.org/kamergraaf/def#number> ?n }} ORDER BY ?n"
CONSTRUCT = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{DOC}> {{ ?s ?p ?o }} }}"
QUESTIONS = {f"{DOC}/vraag/1", f"{DOC}/vraag/2"}


@pytest.fixture(scope="module")
def client():
    app = create_app(shared_store())
    yield app.test_client()
    app.config["KG_EXECUTOR"].close()


def _rows_json(resp) -> list[dict]:
    data = json.loads(resp.data)
    return [{k: v["value"] for k, v in b.items()} for b in data["results"]["bindings"]]


def test_get_select_json(client):
    resp = client.get("/sparql", query_string={"query": SELECT})
    assert resp.status_code == 200
    assert resp.mimetype == "application/sparql-results+json"
    assert {r["q"] for r in _rows_json(resp)} == QUESTIONS
    assert [r["n"] for r in _rows_json(resp)] == ["1", "2"]
    assert resp.headers["Access-Control-Allow-Origin"] == "*"


def test_post_form_and_post_sparql_query_give_the_same_rows(client):
    by_form = client.post("/sparql", data={"query": SELECT})
    by_body = client.post("/sparql", data=SELECT, content_type="application/sparql-query")
    assert by_form.status_code == by_body.status_code == 200
    assert _rows_json(by_form) == _rows_json(by_body) == _rows_json(client.get("/sparql", query_string={"query": SELECT}))


@pytest.mark.parametrize("how", ["accept", "format"])
def test_select_as_xml(client, how):
    kwargs = {"headers": {"Accept": "application/sparql-results+xml"}} if how == "accept" else {}
    qs = {"query": SELECT} | ({"format": "xml"} if how == "format" else {})
    resp = client.get("/sparql", query_string=qs, **kwargs)
    assert resp.mimetype == "application/sparql-results+xml"
    ns = {"r": "http://www.w3.org/2005/sparql-results#"}
    uris = {e.text for e in ET.fromstring(resp.data).findall(".//r:binding[@name='q']/r:uri", ns)}
    assert uris == QUESTIONS


@pytest.mark.parametrize("how", ["accept", "format"])
def test_select_as_csv(client, how):
    kwargs = {"headers": {"Accept": "text/csv"}} if how == "accept" else {}
    qs = {"query": SELECT} | ({"format": "csv"} if how == "format" else {})
    resp = client.get("/sparql", query_string=qs, **kwargs)
    assert resp.mimetype == "text/csv"
    rows = list(csv.DictReader(io.StringIO(resp.data.decode())))
    assert {r["q"] for r in rows} == QUESTIONS


@pytest.mark.parametrize("how", ["accept", "format"])
def test_select_as_tsv(client, how):
    kwargs = {"headers": {"Accept": "text/tab-separated-values"}} if how == "accept" else {}
    qs = {"query": SELECT} | ({"format": "tsv"} if how == "format" else {})
    resp = client.get("/sparql", query_string=qs, **kwargs)
    assert resp.mimetype == "text/tab-separated-values"
    lines = resp.data.decode().splitlines()
    assert lines[0].split("\t") == ["?q", "?n"]
    assert {line.split("\t")[0] for line in lines[1:]} == {f"<{q}>" for q in QUESTIONS}


def test_ask_in_json_and_xml(client):
    ask = f"ASK {{ <{DOC}/vraag/1> ?p ?o }}"
    assert json.loads(client.get("/sparql", query_string={"query": ask}).data)["boolean"] is True
    resp = client.get("/sparql", query_string={"query": "ASK { <urn:x:none> ?p ?o }", "format": "xml"})
    assert b"<boolean>false</boolean>" in resp.data


@pytest.mark.parametrize("accept,rdflib_format", [
    ("text/turtle", "turtle"), ("application/ld+json", "json-ld"),
    ("application/n-triples", "nt"), ("application/rdf+xml", "xml")])
def test_construct_in_every_graph_format_parses_back(client, accept, rdflib_format):
    resp = client.post("/sparql", data={"query": CONSTRUCT}, headers={"Accept": accept})
    assert resp.status_code == 200 and resp.mimetype == accept
    graph = rdflib.Graph().parse(data=resp.data, format=rdflib_format)
    assert (rdflib.URIRef(f"{DOC}/vraag/1"), rdflib.URIRef("https://schema.org/acceptedAnswer"),
            rdflib.URIRef(f"{DOC}/antwoord/1")) in graph
    assert len(graph) == int(resp.headers["X-Result-Rows"])


@pytest.mark.parametrize("fmt,rdflib_format", [("turtle", "turtle"), ("jsonld", "json-ld"), ("nt", "nt"),
                                                ("rdfxml", "xml")])
def test_describe_by_format_parameter(client, fmt, rdflib_format):
    resp = client.get("/sparql", query_string={"query": f"DESCRIBE <{BASE}instantie/coa>", "format": fmt})
    assert resp.status_code == 200
    graph = rdflib.Graph().parse(data=resp.data, format=rdflib_format)
    labels = set(graph.objects(rdflib.URIRef(f"{BASE}instantie/coa"),
                               rdflib.URIRef("http://www.w3.org/2004/02/skos/core#prefLabel")))
    assert labels == {rdflib.Literal("COA", lang="nl")}


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
    before = client.get("/sparql", query_string={"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"})
    resp = send(client, update)
    assert resp.status_code == 403
    assert json.loads(resp.data)["error"]["code"] == "update_refused"
    after = client.get("/sparql", query_string={"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"})
    assert _rows_json(before) == _rows_json(after) and int(_rows_json(after)[0]["n"]) > 10


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


def test_body_over_the_limit_gets_413():
    app = create_app(shared_store().with_(max_body_bytes=200), query_workers=1)
    client = app.test_client()
    big = "SELECT * WHERE { ?s ?p ?o } #" + "x" * 300
    assert client.post("/sparql", data=big, content_type="application/sparql-query").status_code == 413
    assert client.post("/sparql", data={"query": big}).status_code == 413
    resp = client.get("/sparql", query_string={"query": big})
    assert resp.status_code == 413 and json.loads(resp.data)["error"]["status"] == 413
    app.config["KG_EXECUTOR"].close()


def test_row_limit_ends_a_large_result_with_a_clear_error():
    app = create_app(shared_store().with_(max_rows=5), query_workers=1)
    client = app.test_client()
    resp = client.get("/sparql", query_string={"query": "SELECT * WHERE { ?s ?p ?o }"})
    assert resp.status_code == 400
    error = json.loads(resp.data)["error"]
    assert error["code"] == "row_limit" and "5" in error["message"] and "LIMIT" in error["hint"]
    ok = client.get("/sparql", query_string={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 5"})
    assert ok.status_code == 200 and len(_rows_json(ok)) == 5
    resp = client.get("/sparql", query_string={"query": "CONSTRUCT WHERE { ?s ?p ?o }"})
    assert resp.status_code == 400 and json.loads(resp.data)["error"]["code"] == "row_limit"
    app.config["KG_EXECUTOR"].close()
