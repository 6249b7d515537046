"""The sample corpus builds, and exports in every format with the same triples; gzip; one document."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys

import pyoxigraph as ox
import pytest

from kamergraaf.corpus import sample_paths
from kamergraaf.graph.export import compact_jsonld, export
from kamergraaf.graph.store import open_store

PARSE = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES, "nquads": ox.RdfFormat.N_QUADS,
         "jsonld": ox.RdfFormat.JSON_LD}


@pytest.fixture(scope="module")
def corpus(sample_build):
    """(settings, report) of the sample corpus, built once per session (tests/conftest.py); only read here."""
    return sample_build


def triples(data: bytes, fmt: str) -> set[ox.Triple]:
    return {getattr(q, "triple", q) for q in ox.parse(data, format=PARSE[fmt])}


def quads(data: bytes, fmt: str) -> set[ox.Quad]:
    return set(ox.parse(data, format=PARSE[fmt]))


def test_sample_corpus_builds_cleanly(corpus):
    _, report = corpus
    assert report.exit_code == 0, report.summary()
    assert report.failures == [] and report.rejected == []
    assert len(report.built) >= len(sample_paths())
    assert report.triples > 1000


def test_every_format_holds_the_same_triples(corpus, tmp_path):
    s, _ = corpus
    seen = {}
    for fmt in PARSE:
        out = tmp_path / f"all.{fmt}"
        export(s, fmt, str(out))
        seen[fmt] = triples(out.read_bytes(), fmt)
    counts = {fmt: len(t) for fmt, t in seen.items()}
    assert len(set(counts.values())) == 1, counts
    assert seen["turtle"] == seen["ntriples"] == seen["nquads"] == seen["jsonld"]
    store = open_store(s, read_only=True)
    n = int(next(iter(store.query("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }")))["n"].value)
    assert counts["turtle"] == n


def test_named_graphs_survive_in_nquads_and_jsonld(corpus, tmp_path):
    s, report = corpus
    for fmt in ("nquads", "jsonld"):
        out = tmp_path / f"all.{fmt}"
        export(s, fmt, str(out))
        graphs = {q.graph_name.value for q in quads(out.read_bytes(), fmt)}
        assert set(report.built) <= graphs


def test_jsonld_is_compacted_with_the_published_context(corpus, tmp_path):
    s, _ = corpus
    out = tmp_path / "all.jsonld"
    export(s, "jsonld", str(out))
    doc = json.loads(out.read_bytes())
    assert isinstance(doc["@context"], dict) and "schema" in doc["@context"]
    keys = {k for g in doc["@graph"] for n in g.get("@graph", []) for k in n}
    assert any(k.startswith("schema:") for k in keys)
    assert not any(k.startswith("http://schema.org/") for k in keys)


def test_compaction_keeps_every_kind_of_term():
    nt = ('<http://e.org/a> <http://schema.org/name> "x"@nl .\n'
          '<http://e.org/a> <http://schema.org/position> "3"^^<http://www.w3.org/2001/XMLSchema#integer> .\n'
          '<http://e.org/a> <http://schema.org/text> "plain" .\n'
          '<http://e.org/a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/Question> .\n'
          '<http://e.org/a> <http://schema.org/about> <http://schema.org/Thing> .\n')
    store = ox.Store()
    store.load(nt, format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode("http://e.org/g"))
    ctx = {"schema": "http://schema.org/", "xsd": "http://www.w3.org/2001/XMLSchema#"}
    data = compact_jsonld(store.dump(format=ox.RdfFormat.JSON_LD), ctx)
    node = json.loads(data)["@graph"][0]["@graph"][0]
    assert node["@type"] == "schema:Question" and node["schema:text"] == "plain"
    assert node["schema:name"] == {"@language": "nl", "@value": "x"} and node["schema:about"] == {"@id": "schema:Thing"}
    assert {q.triple for q in ox.parse(data, format=ox.RdfFormat.JSON_LD)} == {q.triple for q in ox.parse(nt, format=ox.RdfFormat.N_TRIPLES)}


def test_gzip_and_one_document(corpus, tmp_path):
    s, report = corpus
    doc = sorted(report.built)[0]
    docid = doc.rsplit("/", 1)[-1]
    out = tmp_path / "one.ttl.gz"
    export(s, "turtle", str(out), document=docid)
    one = triples(gzip.decompress(out.read_bytes()), "turtle")
    assert any(t.subject.value == doc for t in one)
    store = open_store(s, read_only=True)
    own = triples(store.dump("ntriples", doc), "ntriples")
    shared_graph = triples(store.dump("ntriples", store.names["shared"]), "ntriples")
    assert own <= one and one - own <= shared_graph and one - own  # its graph, and shared descriptions it uses
    described = {t.subject for t in shared_graph}
    used = {t.object for t in own if t.object in described}
    assert used and used <= {t.subject for t in one - own}  # every shared resource it refers to is described
    for subject in {t.subject for t in one - own}:  # ... completely, as in the shared graph
        assert {t for t in shared_graph if t.subject == subject} <= one
    others = set(report.built) - {doc}
    assert not any(t.subject.value.startswith(o + "/") or t.subject.value == o for t in one for o in others)
    from kamergraaf.graph.validate import gate
    from rdflib import Graph
    conforms, text, _ = gate(Graph().parse(data=gzip.decompress(out.read_bytes()), format="turtle"))
    assert conforms, text  # self-contained: sh:class checks find the shared resources' types
    by_iri = tmp_path / "one.nt"
    export(s, "ntriples", str(by_iri), document=doc, gzip=False)
    assert triples(by_iri.read_bytes(), "ntriples") == one
    nq = tmp_path / "one.nq"
    export(s, "nquads", str(nq), document=doc)
    graphs = {}
    for q in quads(nq.read_bytes(), "nquads"):
        graphs.setdefault(q.graph_name.value, set()).add(q.triple)
    assert graphs == {doc: own, store.names["shared"]: one - own}


def test_unknown_document_exits_2(corpus):
    s, _ = corpus
    cli = subprocess.run([sys.executable, "-m", "kamergraaf", "export", "--store", s.store, "--document", "kst-0-0"],
                         capture_output=True, text=True, timeout=120)
    assert cli.returncode == 2
    assert "kst-0-0" in cli.stderr and "not in the store" in cli.stderr


def test_dataset_description_has_the_dcat_fields_and_true_counts(corpus):
    s, report = corpus
    store = open_store(s, read_only=True)
    ds = "<https://w3id.org/kamergraaf/dataset>"
    for p in ("dct:title", "dct:description", "dct:identifier", "dct:publisher", "dcat:contactPoint",
              "dct:license", "dct:language", "dcat:theme", "dct:modified", "dct:issued", "dcat:distribution"):
        q = (f"PREFIX dct: <http://purl.org/dc/terms/> PREFIX dcat: <http://www.w3.org/ns/dcat#> "
             f"ASK {{ {ds} {p} ?o }}")
        assert bool(store.query(q)), p
    assert bool(store.query(f"ASK {{ {ds} <http://purl.org/dc/terms/license> "
                            f"<http://creativecommons.org/publicdomain/zero/1.0/> }}"))
    void = "http://rdfs.org/ns/void#"
    declared = int(next(iter(store.query(f"SELECT ?n WHERE {{ {ds} <{void}triples> ?n }}")))["n"].value)
    onto, dataset, runs = (f"https://w3id.org/kamergraaf/graaf/{g}" for g in ("ontologie", "dataset", "runs"))
    counted = int(next(iter(store.query(
        f"SELECT (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }} "
        f"FILTER(?g NOT IN (<{dataset}>, <{runs}>)) }} }}")))["n"].value)
    assert declared == counted > 0
    links = {r["p"].value: int(r["n"].value) for r in store.query(
        f"SELECT ?p ?n WHERE {{ ?ls a <{void}Linkset> ; <{void}linkPredicate> ?p ; <{void}triples> ?n ; "
        f"<{void}objectsTarget>/<http://purl.org/dc/terms/title> \"Wikidata\" }}")}
    actual = int(next(iter(store.query(
        "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?o WHERE { GRAPH ?g { ?s <http://www.w3.org/2002/07/owl#sameAs> ?o } "
        f"FILTER(?g != <{onto}> && STRSTARTS(STR(?o), \"http://www.wikidata.org/entity/\")) }} }}")))["n"].value)
    assert links.get("http://www.w3.org/2002/07/owl#sameAs") == actual


def _dataset(s, fmt: str) -> set:
    from kamergraaf.graph.export import serialize

    store = open_store(s, read_only=True)
    try:
        data = serialize(store, fmt, None)
    finally:
        store.close()
    return quads(data, fmt) if fmt in ("nquads", "jsonld") else triples(data, fmt)


def test_fragments_are_the_stored_graphs_and_exports_do_not_depend_on_them(corpus, tmp_path):
    """Each document's export fragment holds exactly its stored graph; a store without fragments, or with a
    damaged one, exports the same triples and quads (read from the store)."""
    import shutil

    from kamergraaf.graph import exportcache

    s, _ = corpus
    store = open_store(s, read_only=True)
    folder = exportcache.folder(store)
    records = store.build_records()
    assert records and all(r.get("content_sha256") for r in records.values())
    for g, r in records.items():
        fragment = (folder / f"{r['content_sha256']}.nt").read_bytes()
        assert sorted(fragment.splitlines()) == sorted(store.dump("ntriples", g).splitlines()), g
    quads_in_store = {q for q in ox.parse(store.dump("nquads"), format=ox.RdfFormat.N_QUADS)}
    store.close()
    with_fragments = {fmt: _dataset(s, fmt) for fmt in PARSE}
    assert with_fragments["nquads"] == quads_in_store
    copy = tmp_path / "copy"
    shutil.copytree(s.store, copy)
    damaged = copy / exportcache.FOLDER / f"{sorted(records.values(), key=str)[0]['content_sha256']}.nt"
    damaged.write_bytes(damaged.read_bytes().replace(b"<https://", b"<http://", 1))
    assert {fmt: _dataset(s.with_(store=str(copy)), fmt) for fmt in PARSE} == with_fragments
    shutil.rmtree(copy / exportcache.FOLDER)
    assert {fmt: _dataset(s.with_(store=str(copy)), fmt) for fmt in PARSE} == with_fragments


def test_fragments_no_record_names_are_removed_by_the_next_build(corpus, tmp_path):
    import shutil

    from kamergraaf.graph import exportcache
    from kamergraaf.pipeline import build

    s, _ = corpus
    copy = tmp_path / "copy"
    shutil.copytree(s.store, copy)
    stray = copy / exportcache.FOLDER / ("0" * 64 + ".nt")
    stray.write_bytes(b"")
    (copy / exportcache.FOLDER / ".half-written.tmp").write_bytes(b"<")
    report = build([str(sample_paths()[0])], s.with_(store=str(copy)), progress=False)
    assert report.skipped and not report.built
    names = {p.name for p in (copy / exportcache.FOLDER).iterdir()}
    assert stray.name not in names and ".half-written.tmp" not in names
    st = open_store(s.with_(store=str(copy)), read_only=True)
    wanted = {r["content_sha256"] for r in st.build_records().values()}
    assert {n.split("-")[0].split(".")[0] for n in names} == wanted
