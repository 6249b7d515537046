"""The build: bad files among good ones, skipping unchanged input, --force, the SHACL gate, one build at a time."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from kamergraaf.corpus import sample_paths
from kamergraaf.errors import StoreLocked
from kamergraaf.graph.lock import build_lock
from kamergraaf.graph.store import open_store
from kamergraaf import pipeline
from kamergraaf.pipeline import build, source_key
from kamergraaf.settings import Settings

GOOD = [p for p in sample_paths() if p.suffix == ".txt"][:1] + [p for p in sample_paths() if p.suffix == ".pdf"][:2]


@pytest.fixture()
def inputs(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for p in GOOD:
        shutil.copy(p, folder / p.name)
    (folder / "kapot.pdf").write_bytes(b"%PDF-1.4\nthis is not a PDF at all\n%%EOF\n")
    half = GOOD[1].read_bytes()
    (folder / "afgebroken.pdf").write_bytes(half[: len(half) // 3])
    return folder


def settings(tmp_path, **kw) -> Settings:
    return Settings(store=str(tmp_path / "store"), workers=kw.pop("workers", 1), **kw)


def test_bad_files_do_not_spoil_the_build(tmp_path, inputs, monkeypatch):
    monkeypatch.setattr(pipeline, "MIN_FILES_PER_WORKER", 1)  # through the process pool, even for 5 files
    report = build([str(inputs)], settings(tmp_path, workers=2), progress=False)
    assert report.exit_code == 1
    assert report.files == 5
    failed = "\n".join(report.failures)
    assert "kapot.pdf" in failed and "afgebroken.pdf" in failed
    assert len(report.failures) == 2
    store = open_store(settings(tmp_path), read_only=True)
    assert sorted(store.graphs()) == sorted(report.built) and len(report.built) == 3
    sources = sorted(r["source_name"] for r in store.build_records().values())
    assert sources == sorted(p.name for p in GOOD)
    summary = report.summary()
    assert "3 document(s) built" in summary and "failed: " in summary and "kapot.pdf" in summary


def test_unchanged_input_is_skipped_and_force_rebuilds(tmp_path, inputs):
    first = build([str(inputs)], settings(tmp_path), progress=False)
    second = build([str(inputs)], settings(tmp_path), progress=False)
    assert second.built == [] and len(second.skipped) == 3
    assert len(second.failures) == 2  # the broken files are tried again: they have no record
    forced = build([str(inputs)], settings(tmp_path), force=True, progress=False)
    assert sorted(forced.built) == sorted(first.built)
    seed = inputs / GOOD[0].name
    seed.write_text(seed.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    changed = build([str(inputs)], settings(tmp_path), progress=False)
    assert len(changed.built) == 1 and len(changed.skipped) == 2
    store = open_store(settings(tmp_path), read_only=True)
    assert len(store.graphs()) == 3


def sample_graph(sample_settings, source_name: str) -> tuple[str, bytes]:
    """(IRI, N-Triples) of the document the session's sample build made from ``source_name``."""
    st = open_store(sample_settings, read_only=True)
    try:
        (g,) = [g for g, r in st.build_records().items() if r["source_name"] == source_name]
        return g, st.dump("ntriples", g)
    finally:
        st.close()


def test_build_is_deterministic_and_a_document_graph_independent_of_the_others(tmp_path, inputs, sample_settings):
    a = build([str(inputs / GOOD[0].name)], Settings(store=str(tmp_path / "a"), workers=1), progress=False)
    g, in_sample = sample_graph(sample_settings, GOOD[0].name)
    assert a.built == [g]
    dump_a = open_store(Settings(store=str(tmp_path / "a")), read_only=True).dump("ntriples", g)
    assert sorted(dump_a.splitlines()) == sorted(in_sample.splitlines()) and dump_a


def test_shacl_rejection_keeps_the_published_version(tmp_path, inputs, monkeypatch, sample_settings):
    import kamergraaf.graph.validate as validate

    target = str(inputs / GOOD[0].name)
    shutil.copytree(sample_settings.store, tmp_path / "store")
    doc, published = sample_graph(sample_settings, GOOD[0].name)
    real_gate = validate.gate

    def gate(graph):
        real_gate(graph)
        return False, f"Constraint violation: focus node <{doc}> sh:minCount 1 on schema:text (made up by the test)"

    monkeypatch.setattr(validate, "gate", gate)
    second = build([target], settings(tmp_path, workers=1), force=True, progress=False)
    assert second.exit_code == 1 and second.built == []
    assert second.rejected and second.rejected[0][0].endswith(doc)
    assert "sh:minCount" in second.summary()
    store = open_store(settings(tmp_path), read_only=True)
    assert doc in store.graphs()  # the earlier good version is still published, unchanged
    assert sorted(store.dump("ntriples", doc).splitlines()) == sorted(published.splitlines())


def test_graphs_an_unchanged_file_no_longer_gives_are_removed(tmp_path, inputs):
    """A build killed between a file's new graphs and the removal of its old ones: the next run, which skips
    the file as unchanged, removes them."""
    target = inputs / GOOD[0].name
    first = build([str(target)], settings(tmp_path), progress=False)
    stale = first.built[0] + "-oude-versie"
    st = open_store(settings(tmp_path))
    st.replace_graph(stale, f'<{stale}> <http://schema.org/name> "oud" .\n'.encode(),
                     {"sha256": "e" * 64, "software_version": "0.0.1", "time": "2024-01-01T00:00:00+00:00",
                      "source_name": target.name, "source_path": source_key(target), "file_documents": 1})
    st.close()
    del st
    again = build([str(target)], settings(tmp_path), progress=False)
    assert again.skipped == [str(target)] and again.removed == [stale]
    assert open_store(settings(tmp_path), read_only=True).graphs() == first.built


def test_second_concurrent_build_is_refused(tmp_path, inputs):
    s = settings(tmp_path)
    with build_lock(s):
        with pytest.raises(StoreLocked, match="another build is running"):
            build([str(inputs)], s, progress=False)
        cli = subprocess.run([sys.executable, "-m", "kamergraaf", "build", "--store", s.store, str(inputs)],
                             capture_output=True, text=True, timeout=120)
    assert cli.returncode == 2
    assert "another build is running" in cli.stderr and "pid" in cli.stderr


def test_nothing_usable_exits_2(tmp_path):
    report = build([str(tmp_path / "missing")], settings(tmp_path), progress=False)
    assert report.exit_code == 2
    assert "no such file or folder" in report.summary()


def test_document_graphs_hold_their_own_triples_and_the_shared_graph_the_rest(sample_settings):
    """Each triple of the sample build is in one graph only: the document's own in its graph, the shared
    resources' descriptions once in the shared graph, the concept notations in the ontology."""
    import pyoxigraph as ox

    from kamergraaf.graph.shared import is_own
    from kamergraaf.graph.store import store_graphs

    names = store_graphs(sample_settings.base_iri)
    raw = ox.Store.read_only(sample_settings.store)
    docs = set(open_store(sample_settings, read_only=True).graphs())
    seen: dict[ox.Triple, str] = {}
    for q in raw:
        g = q.graph_name.value
        assert q.triple not in seen, f"{q.triple} in {seen.get(q.triple)} and {g}"
        seen[q.triple] = g
        if g in docs:
            assert is_own(q.subject.value, g), f"{g} holds {q.subject.value}"
    shared = {t.subject.value for t, g in seen.items() if g == names["shared"]}
    folders = {s[len(sample_settings.base_iri):].split("/")[0] for s in shared}
    assert {"instantie", "land", "persoon", "eenheid", "kamerstuk"} <= folders <= {
        "instantie", "land", "persoon", "eenheid", "kamerstuk", "aanhangsel", "regeling"}
    kind = ox.NamedNode("https://w3id.org/kamergraaf/def#documentkind-kamervragen")
    notation = ox.NamedNode("http://www.w3.org/2004/02/skos/core#notation")
    assert {g for t, g in seen.items() if t.subject == kind and t.predicate == notation} == {names["ontology"]}
    # plain counts over the union default graph no longer count a shared description once per document
    store = open_store(sample_settings, read_only=True)
    n = int(next(iter(store.query(
        "SELECT (COUNT(*) AS ?n) WHERE { ?c a <https://w3id.org/kamergraaf/def#Country> }")))["n"].value)
    assert n == len({t.subject for t in seen if t.predicate.value.endswith("#type")
                     and t.object.value == "https://w3id.org/kamergraaf/def#Country"}) > 0


def test_validate_on_a_store_sees_the_shared_descriptions(tmp_path, sample_settings, capsys):
    """`kamergraaf validate STORE` checks each document with the shared resources it uses: it conforms, and a
    shared resource that loses its type fails the documents that refer to it."""
    from kamergraaf.graph import validate
    from kamergraaf.graph.store import store_graphs

    assert validate.run(sample_settings.store, sample_settings) == validate.EXIT_OK
    copy = tmp_path / "copy"
    shutil.copytree(sample_settings.store, copy)
    shared = store_graphs(sample_settings.base_iri)["shared"]
    st = open_store(sample_settings.with_(store=str(copy)))
    st._update(f"DELETE WHERE {{ GRAPH <{shared}> {{ ?u a <https://w3id.org/kamergraaf/def#Unit> }} }}")
    st.close()
    del st
    capsys.readouterr()
    assert validate.run(str(copy), sample_settings) == validate.EXIT_VIOLATIONS
    out = capsys.readouterr().out
    assert "unitMeasure" in out and "ClassConstraintComponent" in out


def test_a_worker_pool_writes_the_same_graphs_in_input_order(tmp_path, monkeypatch, sample_settings):
    """Two spawned workers, one file ahead each: the documents come back in input order and each graph is the
    one the in-process sample build made; the parent does not load the language pipeline."""
    monkeypatch.setattr(pipeline, "MIN_FILES_PER_WORKER", 1)
    monkeypatch.setattr(pipeline, "AHEAD_PER_WORKER", 1)
    report = build([str(p) for p in GOOD], Settings(store=str(tmp_path / "pool"), workers=2), progress=False)
    assert report.exit_code == 0, report.summary()
    order = pipeline.input_files([str(p) for p in GOOD], pipeline.BuildReport())
    assert sorted(order) == sorted(GOOD)
    expected = [sample_graph(sample_settings, p.name) for p in order]
    assert report.built == [g for g, _ in expected]
    st = open_store(Settings(store=str(tmp_path / "pool")), read_only=True)
    for g, nt in expected:
        assert sorted(st.dump("ntriples", g).splitlines()) == sorted(nt.splitlines()), g
    st.close()
    probe = subprocess.run([sys.executable, "-c", (
        "import sys\nfrom kamergraaf import pipeline\n"
        "print(any(m == 'spacy' or m.startswith('spacy.') for m in sys.modules))")],
        capture_output=True, text=True, timeout=120)
    assert probe.stdout.strip() == "False"  # importing the build does not import spaCy


def test_a_missing_stage_is_reported_not_raised(tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "missing_stage", lambda: "the build needs module kamergraaf.extract.nlp")
    report = build([str(GOOD[0])], settings(tmp_path), progress=False)
    assert report.built == [] and report.exit_code == 2
    assert report.failures == ["cannot build: the build needs module kamergraaf.extract.nlp. Reinstall kamergraaf."]


def test_no_local_file_path_is_published(sample_settings):
    """The store is published (SPARQL, downloads): build records keep a key of an input's path, not the path."""
    from kamergraaf.corpus import sample_paths
    from kamergraaf.graph.export import serialize

    store = open_store(sample_settings, read_only=True)
    try:
        dataset = serialize(store, "nquads", None).decode("utf-8")
        rows = store.query_serialized("SELECT ?o WHERE { ?s ?p ?o FILTER(isLiteral(?o)) }", "csv").decode("utf-8")
        records = store.build_records()
    finally:
        store.close()
    folders = {str(p.resolve().parent) for p in sample_paths()}
    for folder in folders:
        assert folder not in dataset and folder not in rows
    assert all(r["source_path"].startswith("path-sha256:") for r in records.values())
    assert {r["source_path"] for r in records.values()} == {source_key(p) for p in sample_paths()}
