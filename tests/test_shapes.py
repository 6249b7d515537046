"""The SHACL gate: every shape has a conforming and a violating example; `validate` exit codes 0/1/2."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection

from graph_fixtures import seed_000, seed_001
from kamergraaf.extract.model import Analysis, Mention
from kamergraaf.graph.namespaces import KG, RDF, SCHEMA, SDMX_MEASURE, SH
from kamergraaf.graph.rdf import document_graph, run_record
from kamergraaf.graph.validate import gate, run, shapes
from kamergraaf.settings import Settings

SETTINGS = Settings()
WHEN = datetime(2025, 1, 1, tzinfo=timezone.utc)
EXTRA = (  # one mention of every kind the seeds lack, so every shape has a focus node
    ("act", "BWBR0011823", "Vreemdelingenwet 2000", (("wikidata", "Q2358929"),)),
    ("eu-act", "32021L1883", "Richtlijn (EU) 2021/1883", ()),
    ("aanhangsel", "ah-tk-20232024-1137", "Aanhangsel Handelingen, nr. 1137", ()),
    ("case", "chavez-uitspraak", "Chavez-uitspraak", ()),
    ("article", "BWBR0001840/artikel/68", "artikel 68 Grondwet", ()),
    ("treaty", "evrm", "EVRM", ()),  # an article of a treaty is part of it ("artikel 3 EVRM")
    ("article", "evrm/artikel/3", "artikel 3 EVRM", ()),
    ("person", "van-der-lee", "Van der Lee", (("wikidata", "Q2640405"),)),
)


@pytest.fixture(scope="module")
def rich() -> Graph:
    doc, analysis = seed_001()
    extra = tuple(Mention(kind, doc.text[i:i + 3], i, i + 3, 1, key, label, "a1", ids)
                  for i, (kind, key, label, ids) in enumerate(EXTRA, start=100))
    g = document_graph(doc, Analysis(analysis.mentions + extra, analysis.figures, analysis.answers), SETTINGS)
    doc0, analysis0 = seed_000()
    return g + document_graph(doc0, analysis0, SETTINGS) + run_record(doc, SETTINGS, when=WHEN)


def node_shapes() -> list[URIRef]:
    return sorted(s for s in shapes().subjects(RDF.type, SH.NodeShape) if shapes().value(s, SH.targetClass))


def _copy(g: Graph) -> Graph:
    out = Graph()
    for t in g:
        out.add(t)
    return out


def _break(g: Graph, shape: URIRef) -> URIRef:
    """Make one focus node of ``shape`` violate one of its property shapes; return that node."""
    s = shapes()
    targets = sorted(n for cls in s.objects(shape, SH.targetClass) for n in g.subjects(RDF.type, cls))
    assert targets, f"no example node for {shape}"
    focus = targets[0]
    props = sorted(s.objects(shape, SH.property), key=lambda p: str(s.value(p, SH.path)))
    for prop in props:
        path = s.value(prop, SH.path)
        if not isinstance(path, URIRef):
            continue
        if s.value(prop, SH.minCount) is not None or s.value(prop, SH.hasValue) is not None:
            g.remove((focus, path, None))
            return focus
    for prop in props:
        path = s.value(prop, SH.path)
        if isinstance(path, URIRef) and s.value(prop, SH.pattern) is not None:
            g.set((focus, path, Literal("!! not an id !!")))
            return focus
    raise AssertionError(f"{shape} has no constraint this test knows how to break")


def test_the_fixture_graphs_conform(rich):
    conforms, text, _ = gate(rich)
    assert conforms, text


@pytest.mark.parametrize("shape", node_shapes(), ids=lambda s: str(s).rsplit("#", 1)[1])
def test_each_shape_has_an_example_and_rejects_a_violation(rich, shape):
    s = shapes()
    assert any(rich.subjects(RDF.type, cls) for cls in s.objects(shape, SH.targetClass))
    broken = _copy(rich)
    focus = _break(broken, shape)
    conforms, text, report = gate(broken)
    assert not conforms
    assert str(focus) in text
    assert focus in set(report.objects(None, SH.focusNode))


def test_value_sets_reject_an_unknown_kind(rich):
    g = _copy(rich)
    doc = next(g.subjects(RDF.type, KG.Document))
    g.set((doc, KG.documentKind, KG["answerkind-figures"]))
    conforms, text, _ = gate(g)
    assert not conforms and "InConstraintComponent" in text


def _write(tmp_path, g: Graph, name="graph.ttl") -> str:
    path = tmp_path / name
    g.serialize(path, format="turtle")
    return str(path)


def test_validate_file_exit_0(tmp_path, rich, capsys):
    assert run(_write(tmp_path, rich), SETTINGS) == 0
    assert "conform" in capsys.readouterr().out


def test_validate_names_node_and_constraint_for_the_three_classic_faults(tmp_path, rich, capsys):
    g = _copy(rich)
    figure = sorted(g.subjects(RDF.type, KG.Figure))[0]
    g.remove((figure, SDMX_MEASURE.obsValue, None))
    question = sorted(g.subjects(RDF.type, KG.Question))[0]
    g.remove((question, SCHEMA.position, None))
    other = sorted(g.subjects(RDF.type, KG.Question))[1]
    g.set((other, KG.number, Literal("vier")))
    assert run(_write(tmp_path, g), SETTINGS) == 1
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert any(str(figure) in l and "obsValue" in l and "MinCountConstraintComponent" in l for l in lines), out
    assert any(str(question) in l and "schema:position" in l and "MinCountConstraintComponent" in l for l in lines), out
    assert any(str(other) in l and "kg:number" in l and "DatatypeConstraintComponent" in l for l in lines), out


def test_validate_bad_input_exit_2(tmp_path, capsys):
    assert run(str(tmp_path / "missing.ttl"), SETTINGS) == 2
    assert "missing.ttl" in capsys.readouterr().err
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix kg: <https://w3id.org/kamergraaf/def#> .\n\nkg:a kg:b kg:c ;\n  kg:d \"unterminated .\n")
    assert run(str(bad), SETTINGS) == 2
    err = capsys.readouterr().err
    assert "bad.ttl" in err and "line" in err.lower()
    other = tmp_path / "data.csv"
    other.write_text("a,b\n")
    assert run(str(other), SETTINGS) == 2
    assert run(str(tmp_path / "no-store-here"), SETTINGS.with_(store=str(tmp_path / "nothing"))) == 2


def test_validate_store_per_document_graph(tmp_path, capsys):
    from kamergraaf.graph.store import open_store
    from kamergraaf.graph.rdf import document_iri

    store_dir = tmp_path / "store"
    settings = SETTINGS.with_(store=str(store_dir))
    store = open_store(settings)
    for make in (seed_000, seed_001):
        doc, analysis = make()
        g = document_graph(doc, analysis, settings)
        if make is seed_000:
            g.remove((next(g.subjects(RDF.type, KG.Figure)), SDMX_MEASURE.obsValue, None))
        store.replace_graph(document_iri(doc, settings), g.serialize(format="nt", encoding="utf-8"),
                            {"sha256": doc.sha256, "software_version": "test", "source_name": doc.source_name})
    store.close()
    del store
    assert run(str(store_dir), settings) == 1
    out = capsys.readouterr().out
    assert "lijst-36360-VI-1" in out and "1 of 2 graph(s)" in out
