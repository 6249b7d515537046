"""The in-memory copy the server answers from (graph.memory): the same answers as the disk store it copies,
its default graph the union of the named graphs, dumps without that copy, and the setting that chooses it."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kamergraaf.endpoint import backend
from kamergraaf.endpoint.pages import example_queries
from kamergraaf.graph.memory import MemoryStore, memory_copy, should_copy
from kamergraaf.graph.store import open_store
from kamergraaf.settings import Settings, SettingsError, load


@pytest.fixture(scope="module")
def stores(sample_settings):
    disk = open_store(sample_settings, read_only=True)
    copy = memory_copy(disk)
    yield disk, copy
    disk.close()


def _rows(result) -> list[tuple]:
    return sorted(tuple(str(v) if v is not None else "" for v in row) for row in result)


@pytest.mark.parametrize("name", [q["name"] for q in example_queries()])
def test_every_example_query_answers_the_same_from_memory_and_from_disk(stores, name):
    disk, copy = stores
    text = next(q["text"] for q in example_queries() if q["name"] == name)
    on_disk, in_memory = _rows(disk.query(text)), _rows(copy.query(text))
    assert on_disk, f"{name}: no rows on the sample corpus"
    assert in_memory == on_disk


def test_default_graph_is_the_union_and_graph_patterns_see_only_named_graphs(stores):
    disk, copy = stores
    union = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    named = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    graphs = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    for q in (union, named, graphs):
        assert int(next(iter(copy.query(q)))["n"].value) == int(next(iter(disk.query(q)))["n"].value), q


def test_dumps_leave_out_the_default_graph_copy(stores):
    disk, copy = stores
    quads = list(ox.parse(copy.dump("nquads"), format=ox.RdfFormat.N_QUADS))
    assert quads and all(isinstance(q.graph_name, ox.NamedNode) for q in quads)
    assert len(quads) == len(list(ox.parse(disk.dump("nquads"), format=ox.RdfFormat.N_QUADS)))
    triples = set(ox.parse(copy.dump("ntriples"), format=ox.RdfFormat.N_TRIPLES))
    assert triples == set(ox.parse(disk.dump("ntriples"), format=ox.RdfFormat.N_TRIPLES))
    doc = disk.graphs()[0]
    assert sorted(copy.dump("ntriples", doc).splitlines()) == sorted(disk.dump("ntriples", doc).splitlines())


def test_records_and_graphs_are_those_of_the_store(stores):
    disk, copy = stores
    assert copy.graphs() == disk.graphs()
    assert copy.build_records() == disk.build_records()


def test_the_copy_is_read_only(stores):
    _disk, copy = stores
    with pytest.raises(Exception, match="read-only"):
        copy.put_graph("https://example.org/g", b"<https://example.org/s> <https://example.org/p> \"o\" .\n")


def test_setting_chooses_and_auto_copies_a_small_store(stores):
    disk, _copy = stores
    assert should_copy(disk, "no")[0] is False
    assert should_copy(disk, "yes")[0] is True
    assert should_copy(disk, "auto")[0] is True  # a few MB against the test machine's memory
    assert load(env={"KAMERGRAAF_SERVE_FROM_MEMORY": "off"}).serve_from_memory == "no"
    with pytest.raises(SettingsError, match="serve_from_memory"):
        load(env={"KAMERGRAAF_SERVE_FROM_MEMORY": "sometimes"})


def test_preload_makes_open_read_only_return_the_shared_copy(sample_settings, monkeypatch):
    monkeypatch.setattr(backend, "_COPIES", {})
    lines: list[str] = []
    assert backend.preload(sample_settings.with_(serve_from_memory="yes"), log=lines.append)
    first, second = backend.open_read_only(sample_settings), backend.open_read_only(sample_settings)
    assert isinstance(first, MemoryStore) and first is second
    first.close()  # a no-op: the copy stays usable for every other user in the process
    assert second.graphs()
    assert lines and lines[0].startswith("serving from memory")


def test_preload_with_no_keeps_the_disk_store(sample_settings, monkeypatch):
    monkeypatch.setattr(backend, "_COPIES", {})
    lines: list[str] = []
    assert not backend.preload(Settings(store=sample_settings.store, serve_from_memory="no"), log=lines.append)
    store = backend.open_read_only(sample_settings)
    try:
        assert not isinstance(store, MemoryStore)
    finally:
        store.close()
    assert "disk store" in lines[0]
