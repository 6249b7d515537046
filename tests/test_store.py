"""The embedded store: atomic per-document replace, build records, errors, lock, result formats."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time

import pyoxigraph as ox
import pytest

from kamergraaf.errors import QueryError, StoreError, StoreLocked
from kamergraaf.graph.lock import build_lock
from kamergraaf.graph.store import BUILD_NS, open_store, store_graphs
from kamergraaf.settings import Settings

BASE = "https://w3id.org/kamergraaf/"
SCHEMA = "http://schema.org/"


def doc_nt(name: str, n: int = 3, word: str = "vraag") -> bytes:
    s = f"<{BASE}doc/{name}>"
    lines = [f'{s} <{SCHEMA}text> "{word} {i} met \\"aanhalingstekens\\" en é\\n" .' for i in range(n)]
    lines.append(f"{s} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{SCHEMA}Question> .")
    return ("\n".join(lines) + "\n").encode()


def record(sha: str = "a" * 64, **extra) -> dict:
    return {"sha256": sha, "software_version": "0.1.0", "time": "2024-05-01T10:00:00+00:00",
            "source_name": "x.pdf", "source_path": "/in/x.pdf", "file_documents": 1, **extra}


@pytest.fixture()
def store(tmp_path):
    st = open_store(Settings(store=str(tmp_path / "s")))
    yield st
    st.close()


def count(st, graph: str) -> int:
    rows = list(st.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"))
    return int(rows[0]["n"].value)


def test_replace_graph_replaces_content_and_record(store):
    g = f"{BASE}doc/ah-1"
    store.replace_graph(g, doc_nt("ah-1", 5), record())
    assert count(store, g) == 6
    store.replace_graph(g, doc_nt("ah-1", 2, word="antwoord"), record(sha="b" * 64))
    assert count(store, g) == 3
    texts = {r["t"].value for r in store.query(f"SELECT ?t WHERE {{ GRAPH <{g}> {{ ?s <{SCHEMA}text> ?t }} }}")}
    assert all(t.startswith("antwoord") for t in texts)
    assert store.build_record(g) == record(sha="b" * 64)
    assert store.graphs() == [g]


def test_default_graph_is_union_of_documents(store):
    for name in ("a", "b"):
        store.replace_graph(f"{BASE}doc/{name}", doc_nt(name, 1), record())
    rows = list(store.query(f"SELECT ?s WHERE {{ ?s a <{SCHEMA}Question> }} ORDER BY ?s"))
    assert [r["s"].value for r in rows] == [f"{BASE}doc/a", f"{BASE}doc/b"]


def test_invalid_data_leaves_the_old_graph_whole(store):
    g = f"{BASE}doc/ah-2"
    store.replace_graph(g, doc_nt("ah-2", 4), record())
    with pytest.raises(StoreError, match="not valid RDF"):
        store.replace_graph(g, doc_nt("ah-2", 1) + b"<broken .\n", record(sha="c" * 64))
    assert count(store, g) == 5
    assert store.build_record(g)["sha256"] == "a" * 64


def test_prov_nodes_shared_by_documents_survive_removal_of_one(store):
    run = f"<{BASE}run/r1>"
    prov = f'{run} <http://www.w3.org/ns/prov#used> "csv" .\n'.encode()
    store.replace_graph(f"{BASE}doc/a", doc_nt("a", 1), record(prov=prov))
    store.replace_graph(f"{BASE}doc/b", doc_nt("b", 1), record(prov=prov))
    builds = store_graphs(BASE)["builds"]
    ask = f"ASK {{ GRAPH <{builds}> {{ {run} ?p ?o }} }}"
    store.remove_document(f"{BASE}doc/a")
    assert bool(store.query(ask))
    assert store.graphs() == [f"{BASE}doc/b"]
    store.remove_document(f"{BASE}doc/b")
    assert not bool(store.query(ask))
    assert store.graphs() == []


@pytest.mark.parametrize("fmt,check", [
    ("json", lambda b: json.loads(b)["results"]["bindings"][0]["n"]["value"] == "2"),
    ("csv", lambda b: b.splitlines() == [b"n", b"2"]),
    ("tsv", lambda b: b.splitlines() == [b"?n", b"2"]),
    ("xml", lambda b: b"<sparql" in b and b">2<" in b),
])
def test_query_serialized_formats(store, fmt, check):
    store.replace_graph(f"{BASE}doc/a", doc_nt("a", 2), record())
    assert check(store.query_serialized(f"SELECT (COUNT(*) AS ?n) WHERE {{ ?s <{SCHEMA}text> ?o }}", fmt))


def test_construct_serialized_as_graph(store):
    store.replace_graph(f"{BASE}doc/a", doc_nt("a", 2), record())
    data = store.query_serialized(f"CONSTRUCT WHERE {{ ?s <{SCHEMA}text> ?o }}", "turtle")
    assert len(list(ox.parse(data, format=ox.RdfFormat.TURTLE))) == 2


def test_malformed_query_names_the_parser_error(store):
    with pytest.raises(QueryError, match=r"error at 1:\d+"):
        store.query("SELEC ?x WHERE { ?x ?p ?o }")


def test_read_only_open_of_missing_directory(tmp_path):
    with pytest.raises(StoreError, match="does not exist") as err:
        open_store(Settings(store=str(tmp_path / "nothing")), read_only=True)
    assert "kamergraaf build --store" in str(err.value)


def test_other_format_version_is_refused(tmp_path):
    path = tmp_path / "s"
    st = open_store(Settings(store=str(path)))
    meta = store_graphs(BASE)["store"]
    st._store.update(f'DELETE WHERE {{ GRAPH <{meta}> {{ <{meta}> <{BUILD_NS}formatVersion> ?v }} }} ; '
                     f'INSERT DATA {{ GRAPH <{meta}> {{ <{meta}> <{BUILD_NS}formatVersion> "0" }} }}')
    st.close()
    del st
    with pytest.raises(StoreError, match="another version of kamergraaf"):
        open_store(Settings(store=str(path)), read_only=True)


HOLD = textwrap.dedent("""
    import sys, time
    from kamergraaf.settings import Settings
    from kamergraaf.graph.{module} import {name}
    s = Settings(store=sys.argv[1])
    {body}
    print("ready", flush=True)
    time.sleep(60)
""")


def _hold(path, module, name, body):
    code = HOLD.format(module=module, name=name, body=body)
    proc = subprocess.Popen([sys.executable, "-c", code, str(path)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "ready"
    return proc


def test_store_held_by_another_process_is_reported(tmp_path):
    path = tmp_path / "s"
    proc = _hold(path, "store", "open_store", "st = open_store(s)")
    try:
        with pytest.raises(StoreLocked, match=f"store {path} is in use by another process"):
            open_store(Settings(store=str(path)))
    finally:
        proc.kill()
        proc.wait()


def test_second_build_is_refused_with_the_pid(tmp_path):
    path = tmp_path / "s"
    proc = _hold(path, "lock", "build_lock", "cm = build_lock(s); cm.__enter__()")
    try:
        with pytest.raises(StoreLocked, match=f"another build is running .*pid {proc.pid}"):
            with build_lock(Settings(store=str(path))):
                pass
    finally:
        proc.kill()
        proc.wait()
    with build_lock(Settings(store=str(path))):  # released when its holder died
        pass


WRITER = textwrap.dedent("""
    import sys
    from kamergraaf.settings import Settings
    from kamergraaf.graph.store import open_store
    st = open_store(Settings(store=sys.argv[1]))
    base = "https://w3id.org/kamergraaf/doc/"
    for i in range(100000):
        g = base + f"d{i % 50}"
        nt = "".join(f'<{g}> <http://schema.org/text> "run {i} line {j}" .\\n' for j in range(3000))
        st.replace_graph(g, nt.encode(), {"sha256": str(i), "software_version": "0.1.0", "time": "t",
                                           "source_name": "x", "source_path": "x", "file_documents": 1})
        if i == 3:
            print("writing", flush=True)
""")


def test_killed_writer_leaves_whole_documents_only(tmp_path):
    path = tmp_path / "s"
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "writing"
    time.sleep(1.5)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    st = open_store(Settings(store=str(path)), read_only=True)
    records = st.build_records()
    assert len(records) >= 4
    for g, rec in records.items():
        rows = list(st.query(f"SELECT (COUNT(*) AS ?n) (SAMPLE(?t) AS ?t) WHERE {{ GRAPH <{g}> {{ ?s ?p ?t }} }}"))
        assert int(rows[0]["n"].value) == 3000, g
        assert rows[0]["t"].value.startswith(f"run {rec['sha256']} "), (g, rec)


# ---- the shared graph ----------------------------------------------------------------------------------

SKOS = "http://www.w3.org/2004/02/skos/core#"
KG = "https://w3id.org/kamergraaf/def#"


def refers(name: str, *targets: str) -> bytes:
    return "".join(f"<{BASE}doc/{name}/vermelding/{i}> <{KG}refersTo> <{BASE}{t}> .\n"
                   for i, t in enumerate(targets)).encode() + doc_nt(name, 1)


def describe(*keys: str) -> bytes:
    return "".join(f'<{BASE}{k}> <{SKOS}notation> "{k}" .\n' for k in keys).encode()


def shared_subjects(st) -> set[str]:
    shared = store_graphs(BASE)["shared"]
    return {r["s"].value for r in st.query(f"SELECT DISTINCT ?s WHERE {{ GRAPH <{shared}> {{ ?s ?p ?o }} }}")}


def test_shared_descriptions_are_kept_once(store):
    shared = store_graphs(BASE)["shared"]
    store.replace_graph(f"{BASE}doc/a", refers("a", "land/SYR"), record(), shared=describe("land/SYR"))
    store.replace_graph(f"{BASE}doc/b", refers("b", "land/SYR", "land/NLD"), record(),
                        shared=describe("land/SYR", "land/NLD"))
    assert count(store, shared) == 2
    rows = list(store.query(f"SELECT ?n WHERE {{ <{BASE}land/SYR> <{SKOS}notation> ?n }}"))
    assert len(rows) == 1  # one solution, not one per document naming it
    assert count(store, f"{BASE}doc/b") == 4  # the document graph holds only its own triples


def test_invalid_shared_data_leaves_document_and_shared_graph_whole(store):
    shared = store_graphs(BASE)["shared"]
    store.replace_graph(f"{BASE}doc/a", refers("a", "land/SYR"), record(), shared=describe("land/SYR"))
    with pytest.raises(StoreError, match="not valid RDF"):
        store.replace_graph(f"{BASE}doc/a", refers("a", "land/NLD"), record(sha="d" * 64),
                            shared=describe("land/NLD") + b"<broken .\n")
    assert shared_subjects(store) == {f"{BASE}land/SYR"}
    assert store.build_record(f"{BASE}doc/a")["sha256"] == "a" * 64
    assert count(store, shared) == 1


def test_prune_drops_only_what_no_document_refers_to(store):
    law, article = "regeling/BWBR0011823", "regeling/BWBR0011823/artikel/1"
    part_of = f"<{BASE}{article}> <{KG}partOfAct> <{BASE}{law}> .\n".encode()
    store.replace_graph(f"{BASE}doc/a", refers("a", "land/SYR", article), record(),
                        shared=describe("land/SYR", article, law) + part_of)
    store.replace_graph(f"{BASE}doc/b", refers("b", "land/NLD"), record(), shared=describe("land/NLD"))
    assert store.prune_shared() == 0  # the law is reached through the article
    store.replace_graph(f"{BASE}doc/a", refers("a", "land/NLD"), record(sha="e" * 64), shared=describe("land/NLD"))
    assert shared_subjects(store) == {f"{BASE}{k}" for k in ("land/SYR", "land/NLD", article, law)}
    assert store.prune_shared() == 3
    assert shared_subjects(store) == {f"{BASE}land/NLD"}
    store.remove_document(f"{BASE}doc/a")
    assert store.prune_shared() == 0  # still named by b
    store.remove_document(f"{BASE}doc/b")
    assert store.prune_shared() == 1
    assert shared_subjects(store) == set()


def test_one_preferred_label_whatever_the_order_of_the_documents(tmp_path):
    """Two documents cite one Kamerstuk with different labels: the smaller stays preferred, the other becomes
    an alternative label, in either order; the same label again is not also an alternative label."""
    kst = f"<{BASE}kamerstuk/kst-31839-1024>"
    person = f"<{BASE}persoon/van-der-lee>"
    a = (f'{kst} <{SKOS}prefLabel> "TK 2023/24, 31 839, nr. 1024"@nl .\n'
         f'{person} <http://xmlns.com/foaf/0.1/name> "Tom van der Lee" .\n').encode()
    b = (f'{kst} <{SKOS}prefLabel> "Kamerstukken II, 2023/2024, 31 839, nr. 1024"@nl .\n'
         f'{kst} <{SKOS}altLabel> "TK 2023/24, 31 839, nr. 1024"@nl .\n'
         f'{person} <http://xmlns.com/foaf/0.1/name> "Van der Lee" .\n').encode()
    shared = store_graphs(BASE)["shared"]
    dumps = []
    for order in ((a, b), (b, a)):
        st = open_store(Settings(store=str(tmp_path / f"s{len(dumps)}")))
        for name, data in zip(("a", "b"), order):
            st.replace_graph(f"{BASE}doc/{name}", refers(name, "kamerstuk/kst-31839-1024"), record(), shared=data)
        dumps.append(sorted(st.dump("ntriples", shared).decode().splitlines()))
        st.close()
    assert dumps[0] == dumps[1]
    assert dumps[0] == sorted([
        f'{kst} <{SKOS}prefLabel> "Kamerstukken II, 2023/2024, 31 839, nr. 1024"@nl .',
        f'{kst} <{SKOS}altLabel> "TK 2023/24, 31 839, nr. 1024"@nl .',
        f'{person} <http://xmlns.com/foaf/0.1/name> "Tom van der Lee" .',
        f'{person} <{SKOS}altLabel> "Van der Lee" .'])
