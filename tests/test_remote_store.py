"""The remote store against a real SPARQL 1.1 server: ``oxigraph serve`` (the oxigraph package of the test extra).

The sample corpus is built into the server with ``kamergraaf build --store-url`` and into an embedded
store; the example queries must give the same rows on both.
"""

from __future__ import annotations

import subprocess
import sys
from importlib.resources import files
from pathlib import Path

import pyoxigraph as ox
import pytest

from kamergraaf.errors import QueryError, StoreError
from kamergraaf.graph.store import open_store
from kamergraaf.pipeline import build
from kamergraaf.settings import Settings
from servers import free_port, oxigraph_server

BASE = "https://w3id.org/kamergraaf/"

# Used while endpoint/queries/ holds no example queries yet.
OWN_QUERIES = {
    "graphs": "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), \"%sdoc/\")) } "
              "GROUP BY ?g ORDER BY ?g" % BASE,
    "types": "SELECT ?type (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?type } GROUP BY ?type ORDER BY ?type",
}


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with oxigraph_server(tmp_path_factory.mktemp("remote")) as url:
        yield url


@pytest.fixture(scope="module")
def built(server, sample_build):
    """The sample corpus built into the server (through the CLI), and the session's embedded build of it."""
    result = subprocess.run([sys.executable, "-m", "kamergraaf", "build", "--store-url", server, "--workers", "2", "-q"],
                            capture_output=True, text=True, timeout=900)
    local, report = sample_build
    return result, report, Settings(store_url=server), local


def example_queries() -> dict[str, str]:
    folder = Path(str(files("kamergraaf.endpoint"))) / "queries"
    shipped = {p.stem: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.rq"))}
    return shipped or OWN_QUERIES


def rows(store, sparql: str) -> list[tuple]:
    result = store.query(sparql)
    return [tuple(None if s[v] is None else str(s[v]) for v in result.variables) for s in result]


def test_remote_build_reports_like_the_embedded_one(built):
    result, report, _, _ = built
    assert result.returncode == report.exit_code, result.stdout + result.stderr
    assert f"{len(report.built)} document(s) built" in result.stdout


def test_example_queries_give_the_same_rows(built):
    _, report, remote_settings, local_settings = built
    remote, local = open_store(remote_settings), open_store(local_settings, read_only=True)
    assert len(remote.graphs()) == len(local.graphs()) == len(report.built) > 0
    for name, sparql in example_queries().items():
        got, expected = rows(remote, sparql), rows(local, sparql)
        assert expected, f"{name} gives no rows on the sample corpus"
        assert sorted(got, key=repr) == sorted(expected, key=repr), name


def test_dump_of_one_document_matches(built):
    _, _, remote_settings, local_settings = built
    remote, local = open_store(remote_settings), open_store(local_settings, read_only=True)
    g = local.graphs()[0]
    parse = lambda data: set(ox.parse(data, format=ox.RdfFormat.N_TRIPLES))  # noqa: E731
    assert parse(remote.dump("ntriples", g)) == parse(local.dump("ntriples", g))


def test_rebuild_against_the_server_skips_unchanged_input(built):
    _, _, remote_settings, _ = built
    from kamergraaf.corpus import sample_paths

    report = build([str(p) for p in sample_paths()], remote_settings, progress=False)
    assert report.built == [] and len(report.skipped) == len(sample_paths())


def test_replace_and_records_over_http(server):
    st = open_store(Settings(store_url=server))
    g = f"{BASE}doc/remote-test"
    rec = {"sha256": "f" * 64, "software_version": "0.0.0-test", "time": "2024-01-01T00:00:00+00:00",
           "source_name": "r.txt", "source_path": "/r.txt", "file_documents": 1}
    st.replace_graph(g, f'<{g}> <http://schema.org/name> "een" .\n'.encode(), rec)
    st.replace_graph(g, f'<{g}> <http://schema.org/name> "twee" .\n'.encode(), rec)
    names = [r["n"].value for r in st.query(f"SELECT ?n WHERE {{ <{g}> <http://schema.org/name> ?n }}")]
    assert names == ["twee"]
    assert st.build_record(g) == rec
    st.remove_document(g)
    assert st.build_record(g) is None and g not in st.graphs()


def test_malformed_query_and_unreachable_server(server):
    with pytest.raises(QueryError, match="malformed SPARQL query"):
        open_store(Settings(store_url=server)).query("SELEC ?x")
    with pytest.raises(StoreError, match="cannot reach the SPARQL server"):
        open_store(Settings(store_url=f"http://127.0.0.1:{free_port()}/query"))
