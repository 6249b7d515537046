"""Resource pages, content negotiation on resource IRIs, the ontology, the query page and downloads, on the
sample corpus build; the hand-written graph only where the real data cannot show a case (a label with
HTML in it, a figure with every fact filled in, a store without a dataset description)."""

from __future__ import annotations

import gzip
import json

import html
import re

import pytest
import rdflib
import rdflib.compare
from test_endpoint_fixtures import BASE, DOC, HOSTILE_TITLE, shared_store

from kamergraaf.endpoint.app import create_app
from kamergraaf.graph.store import open_store

HTML = {"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"}
PATH = "/doc/ah-tk-20232024-2367"
KG = "https://w3id.org/kamergraaf/def#"
PREFIXES = """PREFIX kg: <https://w3id.org/kamergraaf/def#>
PREFIX schema: <https://schema.org/>
PREFIX dct: <http://purl.org/dc/terms/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
"""


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
    assert f"<strong>{questions}</strong> vragen" in page and f"<strong>{figures}</strong> cijfers" in page
    assert "Content-Security-Policy" in resp.headers and resp.headers["X-Content-Type-Options"] == "nosniff"
    assert "script-src 'self'" in resp.headers["Content-Security-Policy"]
    assert "Referrer-Policy" in resp.headers


def _q(store, sparql: str) -> list:
    return list(store.query(PREFIXES + sparql))


def _page(client, iri: str) -> str:
    resp = client.get("/" + iri[len(BASE):], headers=HTML)
    assert resp.status_code == 200
    return resp.data.decode()


def _h1(page: str) -> str:
    return html.unescape(page[page.index("<h1>") + 4:page.index("</h1>")])


def test_document_page_reads_like_the_document(client, store):
    """Header, then every question (in order, by its printed heading) each followed by its answer, then the
    footnotes, and only then the collapsed property table and the list of what points to the document."""
    page = client.get(PATH, headers=HTML).data.decode()
    title = _q(store, f"SELECT ?t WHERE {{ <{DOC}> dct:title ?t }}")[0]["t"].value
    assert _h1(page) == title == "Vragen over rekeninggluren"
    rows = _q(store, f"""SELECT ?q ?head ?qt ?a ?ahead ?at WHERE {{ ?q a kg:Question ; kg:document <{DOC}> ;
        schema:position ?pos ; kg:heading ?head ; schema:text ?qt ; schema:acceptedAnswer ?a .
        ?a kg:heading ?ahead ; schema:text ?at }} ORDER BY ?pos""")
    heads = [r["head"].value for r in rows]
    assert "Vraag 3, 4, 5 en 6" in heads and len(rows) == 5  # questions 3-6 are one block with one answer
    where, pos = [], 0
    for r in rows:
        for text in (r["head"].value, r["qt"].value[:60], r["ahead"].value, r["at"].value[:60]):
            pos = page.index(html.escape(text, quote=False), pos)
            where.append(pos)
    assert where == sorted(where)  # question, its text, its answer, the answer's text, next question...
    notes = _q(store, f"SELECT ?t WHERE {{ ?n a kg:Footnote ; kg:document <{DOC}> ; schema:text ?t }}")
    assert len(notes) == 4
    first_detail = page.index("<details")
    for n in notes:  # footnotes come after the last answer and before the collapsed tables
        text = n["t"].value  # up to a web address, which is a link
        start = text[:30] if text.startswith("http") else text.split("http", 1)[0][:30]
        assert where[-1] < page.index(html.escape(start, quote=False)) < first_detail
    assert page.index('<table class="props">') > first_detail and "Referred to by" not in page


def test_document_header_names_askers_with_party_respondent_and_official_link(client, store):
    page = client.get(PATH, headers=HTML).data.decode()
    header = page[:page.index('<ol class="qa">')]
    asker = _q(store, f"""SELECT ?p ?name ?party WHERE {{ <{DOC}> kg:participation ?r . ?r kg:role kg:role-asker ;
        kg:participant ?p ; kg:party ?party . ?p foaf:name ?name }}""")[0]
    assert (asker["name"].value, asker["party"].value) == ("Van der Lee", "GroenLinks-PvdA")
    assert f'<a href="/{asker["p"].value[len(BASE):]}">Van der Lee (GroenLinks-PvdA)</a>' in header
    assert "<dt>Vragensteller</dt>" in header and "<dt>Beantwoord door</dt>" in header and "Heinen" in header
    link = _q(store, f"SELECT ?l WHERE {{ <{DOC}> rdfs:seeAlso ?l }}")[0]["l"].value
    assert "officielebekendmakingen" in link and f'<a href="{link}">ah-tk-20232024-2367</a>' in header
    for label, prop in (("Ingediend", "dct:dateSubmitted"), ("Ontvangen", "kg:dateReceived"),
                        ("Aantal pagina&#39;s", "schema:numberOfPages")):
        value = _q(store, f"SELECT ?v WHERE {{ <{DOC}> {prop} ?v }}")[0]["v"].value
        assert f"<dt>{label}</dt>" in header and value in header
    assert "Aanhangsel van de Handelingen" in header  # the kind, by its Dutch label


def test_committee_list_header_has_committee_chair_and_clerk(client, store):
    doc = BASE + "doc/kg-9eee683d521d"
    page = _page(client, doc)
    header = page[:page.index('<ol class="qa">')]
    committee = _q(store, f"SELECT ?c WHERE {{ <{doc}> kg:committee ?c }}")[0]["c"].value
    assert committee in header
    for role, label in (("chair", "Voorzitter"), ("clerk", "Griffier")):
        name = _q(store, f"""SELECT ?n WHERE {{ <{doc}> kg:participation ?r . ?r kg:role kg:role-{role} ;
            kg:participant/foaf:name ?n }}""")[0]["n"].value
        assert re.search(f"<dt>{label}</dt>\\s*<dd><a href=\"/persoon/[^\"]+\">{re.escape(name)}</a>", header)
    n = len(_q(store, f"SELECT ?q WHERE {{ ?q a kg:Question ; kg:document <{doc}> }}"))
    assert page.count('class="qa-item"') == n > 12
    toc = page[page.index('<nav class="toc"'):]  # a long list gets a row of links to its questions
    assert toc[:toc.index("</nav>")].count("<a href=\"#vraag-") == n


def test_figures_of_an_answer_are_marked_where_they_stand(client, store):
    doc = BASE + "doc/kg-9eee683d521d"
    figs = _q(store, f"""SELECT ?f ?a ?w WHERE {{ ?f a kg:Figure ; kg:document <{doc}> ; schema:isPartOf ?a ;
        nif:anchorOf ?w . ?a a kg:Answer }}""")
    assert len(figs) > 20
    page = _page(client, doc)
    for f in figs:
        path = "/" + f["f"].value[len(BASE):]
        assert f'<a class="figure" href="{path}"><mark>{html.escape(f["w"].value, quote=False)}</mark></a>' in page


def test_mentions_are_chips_under_their_part(client, store):
    rows = _q(store, f"""SELECT ?a (COUNT(?m) AS ?n) WHERE {{ ?m a kg:Mention ; kg:document <{DOC}> ;
        kg:refersTo <{BASE}instantie/DNB> ; schema:isPartOf ?a }} GROUP BY ?a ORDER BY DESC(?n)""")
    top, n = rows[0]["a"].value, int(rows[0]["n"].value)
    page = client.get(PATH, headers=HTML).data.decode()
    item = page[page.index(f'href="/{top[len(BASE):]}"'):]
    item = item[:item.index('class="qa-item"')]
    assert f'<li class="chip chip-instantie"><a href="/instantie/DNB">DNB</a> <span class="n">{n}×</span></li>' in item


def test_incoming_links_grouped_by_kind_with_counts(client, store):
    page = client.get(PATH, headers=HTML).data.decode()
    details = page[page.index('<details class="more incoming">'):]
    for kind, name in (("Question", "Vragen"), ("Answer", "Antwoorden"), ("Mention", "Vermeldingen"),
                       ("Footnote", "Voetnoten")):
        n = len(_q(store, f"SELECT ?x WHERE {{ ?x a kg:{kind} ; kg:document <{DOC}> }}"))
        assert f'<h3>{name} <span class="count">{n}</span></h3>' in details
    # readable labels, not address tails: the block of questions 3-6 by its heading
    assert '<a href="/doc/ah-tk-20232024-2367/vraag/3-4-5-6">Vraag 3, 4, 5 en 6</a>' in details
    assert ">3-4-5-6<" not in page


def test_question_page_heading_text_and_answer(client, store):
    q = DOC + "/vraag/3-4-5-6"
    row = _q(store, f"""SELECT ?t ?a ?at ?ah WHERE {{ <{q}> schema:text ?t ; schema:acceptedAnswer ?a .
        ?a schema:text ?at ; kg:heading ?ah }}""")[0]
    page = _page(client, q)
    assert _h1(page) == "Vraag 3, 4, 5 en 6 – Vragen over rekeninggluren"
    qpos = page.index(html.escape(row["t"].value[:50], quote=False))
    apos = page.index(f'<a class="num" href="/{row["a"].value[len(BASE):]}">{row["ah"].value}</a>')
    assert qpos < apos < page.index(html.escape(row["at"].value[-50:], quote=False))


def test_answer_page_shows_the_questions_it_answers(client, store):
    answer = BASE + "doc/kg-9eee683d521d/antwoord/12"
    q = _q(store, f"SELECT ?q ?t WHERE {{ ?q schema:acceptedAnswer <{answer}> ; schema:text ?t }}")[0]
    page = _page(client, answer)
    assert _h1(page) == "Antwoord 12 – Lijst van vragen en antwoorden"  # printed "Antwoord:", numbered 12
    assert page.index(html.escape(q["t"].value, quote=False)) < page.index('class="answer"')
    assert f'href="/{q["q"].value[len(BASE):]}">Vraag 12</a>' in page


def test_agency_page_lists_the_documents_and_parts_that_mention_it(client, store):
    rows = _q(store, f"""SELECT ?doc (COUNT(?m) AS ?n) WHERE {{ ?m kg:refersTo <{BASE}instantie/DNB> ;
        kg:document ?doc }} GROUP BY ?doc""")
    page = _page(client, BASE + "instantie/DNB")
    assert _h1(page) == "DNB"
    word = "document" if len(rows) == 1 else "documenten"
    assert f"<h2>Genoemd in {len(rows)} {word}</h2>" in page
    for r in rows:
        assert f'href="/{r["doc"].value[len(BASE):]}">' in page and f'{r["n"].value}×' in page
    assert '<a href="/doc/ah-tk-20232024-2367/antwoord/3-4-5-6">Antwoord 3, 4, 5 en 6</a>' in page


def test_law_and_country_pages_link_out(client, store):
    for iri, site in ((BASE + "regeling/BWBR0020368", "wetten.overheid.nl"),
                      (BASE + "regeling/32016R0679", "EUR-Lex"), (BASE + "land/RUS", "EU-vocabulaire")):
        links = [r["l"].value for r in _q(store, f"SELECT ?l WHERE {{ <{iri}> rdfs:seeAlso|owl:sameAs|skos:exactMatch ?l }}")]
        page = _page(client, iri)
        links_out = page[page.index('<p class="links-out">'):]
        links_out = links_out[:links_out.index("</p>")]
        assert links and all(f'href="{html.escape(link)}"' in links_out for link in links)
        assert f">{site}</a>" in links_out


def test_mention_page_names_what_it_refers_to(client, store):
    m = _q(store, f"""SELECT ?m ?w ?t ?tl WHERE {{ ?m a kg:Mention ; kg:document <{DOC}> ; nif:anchorOf ?w ;
        kg:refersTo ?t . ?t skos:prefLabel ?tl }} ORDER BY ?m LIMIT 1""")[0]
    page = _page(client, m["m"].value)
    assert _h1(page) == f"«{m['w'].value}»"
    assert f'<dt>Verwijst naar</dt><dd class="lead"><a href="/{m["t"].value[len(BASE):]}">' \
           f'{html.escape(m["tl"].value, quote=False)}</a>' in page


def test_every_property_in_the_sample_has_a_dutch_label(store):
    from kamergraaf.endpoint.labels import term_labels

    preds = [r["p"].value for r in store.query(
        f"SELECT DISTINCT ?p WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != <{BASE}graaf/runs>) }}")]
    assert len(preds) > 60
    missing = [p for p in preds if p not in term_labels()]
    assert missing == []


def test_document_page_property_labels_speak_dutch(client):
    page = client.get(PATH, headers=HTML).data.decode()
    for english in (">dateSubmitted<", ">numberOfPages<", ">title<", ">identifier<", ">beginIndex<", ">format<"):
        assert english not in page
    assert ">datum ingediend</a>" in page and ">aantal pagina&#39;s</a>" in page


def test_document_page_escapes_untrusted_labels_and_lists_questions_in_order(hand_client):
    page = hand_client.get(PATH, headers=HTML).data.decode()
    assert "<script>alert" not in page
    assert _h1(page) == HOSTILE_TITLE
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; Bunq" in page
    first, second = page.index("Bent u bekend"), page.index("Hoeveel meldingen")
    assert first < second
    # the figure's words are highlighted inside the answer and link to the figure page
    assert f'<a class="figure" href="{PATH}/cijfer/30-45"><mark>315 locaties</mark></a>' in page
    assert "Geen antwoord in dit document." in page  # question 2 has none


def test_footnote_links_only_web_addresses():
    from kamergraaf.endpoint.reading import link_pieces

    pieces = link_pieces('Zie javascript:alert(1) en https://www.nrc.nl/nieuws/a-b. Of "http://x.nl/<b>".')
    assert [p["url"] for p in pieces if "url" in p] == ["https://www.nrc.nl/nieuws/a-b", "http://x.nl/"]
    assert "".join(p["text"] for p in pieces) == 'Zie javascript:alert(1) en https://www.nrc.nl/nieuws/a-b. Of "http://x.nl/<b>".'


class _Counting:
    """The store, counting the queries a page sends."""

    def __init__(self, store):
        self._store, self.queries = store, 0

    def query(self, sparql, *args, **kwargs):
        self.queries += 1
        return self._store.query(sparql, *args, **kwargs)

    def __getattr__(self, name):
        return getattr(self._store, name)


def test_pages_send_few_queries(sample_settings, store):
    counting = _Counting(store)
    app = create_app(sample_settings, store=counting).test_client()
    fig = _q(store, f"SELECT ?f WHERE {{ ?f a kg:Figure ; kg:document <{BASE}doc/kg-9eee683d521d> }} LIMIT 1")[0]["f"]
    for path, most in ((PATH, 2), (PATH + "/vraag/3-4-5-6", 2), (PATH + "/antwoord/3-4-5-6", 2),
                       ("/" + fig.value[len(BASE):], 2), ("/instantie/DNB", 1), ("/land/RUS", 1)):
        counting.queries = 0
        assert app.get(path, headers=HTML).status_code == 200
        assert counting.queries <= most, (path, counting.queries)


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
        # JSON-LD keeps the named graphs (as `kamergraaf export` does); read every file as a dataset
        dataset = rdflib.Dataset().parse(data=gzip.decompress(resp.data), format=fmt)
        graph = rdflib.Graph()
        for s_, p_, o_, _g in dataset.quads((None, None, None, None)):
            graph.add((s_, p_, o_))
        assert (rdflib.URIRef(DOC), rdflib.RDF.type, rdflib.URIRef(KG + "Document")) in graph
        sizes[suffix] = len(graph)
    assert len(set(sizes.values())) == 1  # the same triples in every format
    assert not any(str(o).startswith(("/", "file:")) for _s, _p, o in graph)  # no local file path is published


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
    assert body["store"] == "disk"  # create_app without a copy made by serve: the disk store


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


HOSTILE = '<img src=x onerror=alert(1)>'
HOSTILE_DOC = f"""
@prefix kg: <https://w3id.org/kamergraaf/def#> .
@prefix schema: <https://schema.org/> .
@prefix dct: <http://purl.org/dc/terms/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
<{DOC}> a kg:Document ; dct:title "Titel {HOSTILE}" ; kg:committee "{HOSTILE}" ;
    kg:participation <{DOC}/rol/asker/x> .
<{DOC}/rol/asker/x> a kg:Participation ; kg:role kg:role-asker ; kg:participant <{BASE}persoon/x> ;
    kg:party "{HOSTILE}" .
<{BASE}persoon/x> a kg:Person ; foaf:name "Naam {HOSTILE}" .
<{DOC}/vraag/1> a kg:Question ; kg:document <{DOC}> ; schema:isPartOf <{DOC}> ; kg:number 1 ; schema:position 1 ;
    kg:heading "Vraag 1 {HOSTILE}" ; schema:text "Vraagtekst {HOSTILE}" ; nif:beginIndex 0 .
<{DOC}/vermelding/0-5> a kg:Mention ; kg:document <{DOC}> ; schema:isPartOf <{DOC}/vraag/1> ;
    nif:anchorOf "{HOSTILE}" ; kg:refersTo <{BASE}instantie/x> .
<{DOC}/voetnoot/1> a kg:Footnote ; kg:document <{DOC}> ; schema:isPartOf <{DOC}> ; kg:anchoredIn <{DOC}/vraag/1> ;
    kg:marker "1" ; schema:text "Zie https://example.org/a?b=1&c=\\"><script>alert(2)</script> en javascript:alert(3)" .
"""


@pytest.fixture(scope="module")
def hostile_client(tmp_path_factory):
    from graph_fixtures import single_graph_client

    return single_graph_client(tmp_path_factory.mktemp("hostile"), BASE, DOC, HOSTILE_DOC, "hostile.ttl")


@pytest.mark.parametrize("path", [PATH, PATH + "/vraag/1", PATH + "/vermelding/0-5", PATH + "/voetnoot/1",
                                  "/persoon/x", "/instantie/x"])
def test_untrusted_text_is_escaped_everywhere(hostile_client, path):
    resp = hostile_client.get(path, headers=HTML)
    page = resp.data.decode()
    assert resp.status_code == 200
    assert "<img" not in page and "<script>" not in page and "javascript:alert" not in page.replace(
        "en javascript:alert(3)", "")  # the words stay, as text, never as a link
    assert 'href="javascript:' not in page
    if path == PATH:
        assert "&lt;img src=x onerror=alert(1)&gt;" in page
        # the web address of the note is a link that ends before the quote; the rest is text
        assert '<a href="https://example.org/a?b=1&amp;c=" rel="nofollow noopener">' in page
        assert "&lt;script&gt;alert(2)&lt;/script&gt;" in page
