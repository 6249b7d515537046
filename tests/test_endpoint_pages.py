"""Resource pages, content negotiation on resource IRIs, the ontology, the query page and downloads, on the
sample corpus build; the hand-written graph only where the real data cannot show a case (a label with
HTML in it, a figure with every fact filled in, a store without a dataset description)."""

from __future__ import annotations

import gzip
import json

import rdflib.compare

import pytest
import rdflib
from test_endpoint_fixtures import BASE, DOC, HOSTILE_TITLE, shared_store

from kamergraaf.endpoint.app import create_app
from kamergraaf.graph.store import open_store

HTML = {"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"}
PATH = "/doc/ah-tk-20232024-2367"
KG = "https://w3id.org/kamergraaf/def#"


@pytest.fixture(scope="module")
def client(sample_settings):
    return create_app(sample_settings).test_client()


@pytest.fixture(scope="module")
def store(sample_settings):
    return open_store(sample_settings, read_only=True)


@pytest.fixture(scope="module")
def hand_client():
    return create_app(shared_store()).test_client()


def _count(store, cls: str) -> int:
    return int(list(store.query(f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ ?x a <{KG}{cls}> }}"))[0]["n"].value)


def test_home_page_counts_and_links_the_documents(client, store):
    resp = client.get("/", headers=HTML)
    page = resp.data.decode()
    assert resp.status_code == 200
    for graph in store.graphs():
        assert f'href="/{graph[len(BASE):]}"' in page
    questions, figures = _count(store, "Question"), _count(store, "Figure")
    assert questions > 50 and figures > 10
    assert f"<strong>{questions}</strong> questions" in page and f"<strong>{figures}</strong> figures" in page
    assert "Content-Security-Policy" in resp.headers and resp.headers["X-Content-Type-Options"] == "nosniff"
    assert "script-src 'self'" in resp.headers["Content-Security-Policy"]
    assert "Referrer-Policy" in resp.headers


def test_document_page_lists_the_questions_in_order(client, store):
    rows = list(store.query(f"SELECT ?q ?t WHERE {{ ?q a <{KG}Question> ; <{KG}document> <{DOC}> ; "
                            f"<https://schema.org/position> ?pos ; <https://schema.org/text> ?t }} ORDER BY ?pos"))
    assert len(rows) >= 2
    page = client.get(PATH, headers=HTML).data.decode()
    import html as html_module

    where = [page.index(html_module.escape(r["t"].value[:40], quote=False)) for r in rows]
    assert where == sorted(where)


def test_document_page_escapes_untrusted_labels_and_lists_questions_in_order(hand_client):
    page = hand_client.get(PATH, headers=HTML).data.decode()
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; Bunq" in page
    first, second = page.index("Bent u bekend"), page.index("Hoeveel meldingen")
    assert first < second
    # the figure's quote is highlighted inside the answer and links to the figure page
    assert f'<a class="figure" href="{PATH}/cijfer/30-45"><mark>315 locaties</mark></a>' in page
    assert "No answer in this document." in page  # question 2 has none


def test_figure_page_shows_value_unit_date_source_quote_and_document(hand_client):
    page = hand_client.get(f"{PATH}/cijfer/30-45", headers=HTML).data.decode()
    assert "<h1>315 locaties</h1>" in page
    assert "315" in page and "locaties" in page and "2023-12-31" in page
    assert 'href="/instantie/coa">COA</a>' in page
    assert '<blockquote class="quote">315 locaties</blockquote>' in page
    assert f'href="{PATH}">' in page


def test_figure_page_heading_and_types_on_the_sample(client, store):
    row = list(store.query(f"""SELECT ?f ?v ?m WHERE {{ ?f a <{KG}Figure> ; <{KG}valueText> ?v ; <{KG}measure> ?m ;
        <http://purl.org/linked-data/sdmx/2009/attribute#unitMeasure> ?u }} ORDER BY ?f LIMIT 1"""))[0]
    page = client.get("/" + row["f"].value[len(BASE):], headers=HTML).data.decode()
    heading = page[page.index("<h1>") + 4:page.index("</h1>")]
    assert heading.startswith(row["v"].value + " ") and heading.endswith(": " + row["m"].value)
    assert ">def#Figure<" not in page and 'href="/def#Figure">cijfer</a>' in page


def test_types_are_shown_by_their_ontology_label_without_the_ontology_in_the_store(hand_client):
    page = hand_client.get(f"{PATH}/vraag/1", headers=HTML).data.decode()
    assert 'href="/def#Question">vraag</a>' in page and ">def#Question<" not in page


@pytest.mark.parametrize("how", ["suffix", "accept"])
@pytest.mark.parametrize("suffix,media,rdflib_format", [
    (".ttl", "text/turtle", "turtle"), (".jsonld", "application/ld+json", "json-ld"),
    (".nt", "application/n-triples", "nt"), (".rdf", "application/rdf+xml", "xml")])
def test_resource_as_rdf_by_suffix_or_accept(client, store, how, suffix, media, rdflib_format):
    row = list(store.query(f"SELECT ?q ?a WHERE {{ ?q <{KG}document> <{DOC}> ; "
                           f"<https://schema.org/acceptedAnswer> ?a }} ORDER BY ?q LIMIT 1"))[0]
    path = "/" + row["q"].value[len(BASE):]
    resp = client.get(path + suffix) if how == "suffix" else client.get(path, headers={"Accept": media})
    assert resp.status_code == 200 and resp.mimetype == media
    graph = rdflib.Graph().parse(data=resp.data, format=rdflib_format)
    assert (rdflib.URIRef(row["q"].value), rdflib.URIRef("https://schema.org/acceptedAnswer"),
            rdflib.URIRef(row["a"].value)) in graph


def test_document_iri_as_turtle_is_its_whole_graph(client, store):
    graph = rdflib.Graph().parse(data=client.get(PATH + ".ttl").data, format="turtle")
    direct = rdflib.Graph().parse(data=store.dump("ntriples", DOC), format="nt")
    assert len(graph) == len(direct) > 100
    assert rdflib.compare.isomorphic(graph, direct)


def test_hand_document_iri_as_turtle(hand_client):
    graph = rdflib.Graph().parse(data=hand_client.get(PATH + ".ttl").data, format="turtle")
    assert (rdflib.URIRef(DOC), rdflib.URIRef("http://purl.org/dc/terms/title"), rdflib.Literal(HOSTILE_TITLE)) in graph


def test_path_resolves_whatever_host_the_base_names(hand_client):
    client = hand_client
    # the test client's host is localhost, the base names w3id.org: the path alone decides
    page = client.get("/instantie/coa", headers=HTML).data.decode()
    assert "<h1>COA</h1>" in page and f"<code>{BASE}instantie/coa</code>" in page
    assert f'href="{PATH}/cijfer/30-45"' in page  # incoming link, as a local path
    assert f'href="{BASE}' not in page  # no link leaves the server for a resource it serves
    assert client.get("/instantie/nope", headers=HTML).status_code == 404


def test_ontology_resolves_at_its_namespace(client):
    page = client.get("/def", headers=HTML).data.decode()
    assert 'id="Figure"' in page and "kg:Question" in page
    graph = rdflib.Graph().parse(data=client.get("/def", headers={"Accept": "text/turtle"}).data, format="turtle")
    assert (rdflib.URIRef("https://w3id.org/kamergraaf/def#Figure"), rdflib.RDF.type, rdflib.OWL.Class) in graph
    assert client.get("/def.jsonld").mimetype == "application/ld+json"


def test_query_page_lists_the_example_queries(client):
    from kamergraaf.endpoint.pages import example_queries

    page = client.get("/query", headers=HTML).data.decode()
    assert '<textarea id="query"' in page and "query.js" in page
    for example in example_queries():
        assert f'data-name="{example["name"]}"' in page
    assert client.get("/static/query.js").status_code == 200


def test_downloads_page_and_dataset_files(client, store):
    page = client.get("/downloads", headers=HTML).data.decode()
    for name in ("kamergraaf.ttl.gz", "kamergraaf.jsonld.gz", "kamergraaf.nt.gz", "dataset.ttl", "shacl-report.ttl"):
        assert f"/downloads/{name}" in page
    sizes = {}
    for suffix, fmt in (("ttl", "turtle"), ("jsonld", "json-ld"), ("nt", "nt")):
        resp = client.get(f"/downloads/kamergraaf.{suffix}.gz")
        assert resp.status_code == 200 and resp.mimetype == "application/gzip"
        assert resp.headers["Content-Disposition"] == f"attachment; filename=kamergraaf.{suffix}.gz"
        graph = rdflib.Graph().parse(data=gzip.decompress(resp.data), format=fmt)
        assert (rdflib.URIRef(DOC), rdflib.RDF.type, rdflib.URIRef(KG + "Document")) in graph
        sizes[suffix] = len(graph)
    assert len(set(sizes.values())) == 1  # the same triples in every format
    assert not any("graaf/runs" in str(s) for s, _p, _o in graph)  # build bookkeeping is not published


def test_document_graph_download(client):
    resp = client.get("/downloads/documents/ah-tk-20232024-2367.nt")
    assert resp.status_code == 200 and resp.mimetype == "application/n-triples"
    assert 'filename="ah-tk-20232024-2367.nt"' in resp.headers["Content-Disposition"]
    graph = rdflib.Graph().parse(data=resp.data, format="nt")
    assert (rdflib.URIRef(DOC), rdflib.RDF.type, rdflib.URIRef("https://w3id.org/kamergraaf/def#Document")) in graph
    assert client.get("/downloads/documents/unknown.nt").status_code == 404


def test_health(client, store):
    body = json.loads(client.get("/health").data)
    assert body["status"] == "ok" and body["graphs"] == len(store.graphs()) == 16


def test_shacl_report_download_is_a_validation_report(client):
    resp = client.get("/downloads/shacl-report.ttl")
    assert resp.status_code == 200 and resp.mimetype == "text/turtle"
    assert "attachment" in resp.headers["Content-Disposition"]
    graph = rdflib.Graph().parse(data=resp.data, format="turtle")
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    assert list(graph.subjects(rdflib.RDF.type, sh.ValidationReport))


def test_dataset_description_of_the_build(client):
    resp = client.get("/downloads/dataset.ttl")
    assert resp.status_code == 200 and resp.mimetype == "text/turtle"
    graph = rdflib.Graph().parse(data=resp.data, format="turtle")
    assert list(graph.subjects(rdflib.RDF.type, rdflib.URIRef("http://www.w3.org/ns/dcat#Dataset")))


def test_dataset_description_missing_is_a_clear_404(hand_client):
    # the hand-built store has no DCAT/VoID graph (the build writes it); the answer says so
    resp = hand_client.get("/downloads/dataset.ttl", headers={"Accept": "application/json"})
    assert resp.status_code == 404 and "dataset description" in json.loads(resp.data)["error"]["message"]
