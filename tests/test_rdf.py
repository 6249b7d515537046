"""The document graph: no blank nodes, the same triples on every build, the right datatypes and links."""

from __future__ import annotations

from datetime import datetime, timezone
from decimal import Decimal

import pytest
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD

from graph_fixtures import seed_000, seed_001
from kamergraaf.graph.namespaces import (
    DCT, KG, NIF, OWL, PROV, RDF, RDFS, SCHEMA, SDMX_ATTRIBUTE, SDMX_DIMENSION, SDMX_MEASURE, SKOS,
)
from kamergraaf.graph.rdf import document_graph, document_iri, run_record
from kamergraaf.extract.model import Analysis, Mention
from kamergraaf.settings import Settings

SETTINGS = Settings()


@pytest.fixture(scope="module")
def seeds():
    return [seed_000(), seed_001()]


@pytest.fixture(scope="module")
def graphs(seeds):
    return [document_graph(d, a, SETTINGS) for d, a in seeds]


def test_no_blank_nodes(graphs):
    for g in graphs:
        assert not [t for t in g if any(isinstance(x, BNode) for x in t)]


def test_two_builds_give_the_same_triples(seeds, graphs):
    for (doc, analysis), g in zip(seeds, graphs):
        again = document_graph(doc, analysis, SETTINGS)
        assert set(again) == set(g)


def test_content_does_not_depend_on_the_run(seeds):
    doc, analysis = seeds[0]
    g = document_graph(doc, analysis, SETTINGS)
    run = run_record(doc, SETTINGS, when=datetime(2025, 1, 2, 3, 4, 5, tzinfo=timezone.utc))
    assert not set(g) & set(run)
    node = next(run.subjects(RDF.type, KG.ExtractionRun))
    assert run.value(node, PROV.startedAtTime) == Literal("2025-01-02T03:04:05+00:00", datatype=XSD.dateTime)
    assert str(run.value(node, KG.inputSha256)) == doc.sha256
    assert run.value(node, PROV.generated) == URIRef(document_iri(doc, SETTINGS))


def test_base_iri_is_configurable(seeds):
    doc, analysis = seeds[0]
    other = SETTINGS.with_(base_iri="https://data.example.nl/kg/")
    g = document_graph(doc, analysis, other)
    subjects = {str(s) for s in g.subjects() if str(s).startswith("https://data.example.nl/kg/")}
    assert "https://data.example.nl/kg/doc/lijst-36360-VI-1-9c080bed57ca" in subjects
    assert not {str(s) for s in g.subjects()} & {str(s) for s in document_graph(doc, analysis, SETTINGS).subjects()
                                                 if "/def#" not in str(s)}


def test_document_and_question_datatypes(seeds, graphs):
    doc, _ = seeds[1]
    g = graphs[1]
    node = URIRef(document_iri(doc, SETTINGS))
    assert g.value(node, KG.dateAdopted) == Literal("2025-11-14", datatype=XSD.date)
    assert g.value(node, DCT.dateSubmitted) == Literal("2025-10-02", datatype=XSD.date)
    assert g.value(node, SCHEMA.numberOfPages).datatype == XSD.integer
    assert str(g.value(node, KG.sha256)) == doc.sha256
    q4 = URIRef(str(node) + "/vraag/4")
    assert g.value(q4, KG.number) == Literal(4, datatype=XSD.integer)
    assert g.value(q4, SCHEMA.acceptedAnswer) == URIRef(str(node) + "/antwoord/4")
    begin, end = int(g.value(q4, NIF.beginIndex)), int(g.value(q4, NIF.endIndex))
    assert doc.text[begin:end] == str(g.value(q4, SCHEMA.text))
    assert g.value(q4, NIF.beginIndex).datatype == XSD.integer  # Oxigraph stores derived integer types as xsd:integer


def test_figure_carries_value_unit_quote_offsets_and_source(seeds, graphs):
    doc, _ = seeds[1]
    g = graphs[1]
    figures = {str(g.value(f, NIF.anchorOf)): f for f in g.subjects(RDF.type, KG.Figure)}
    f = figures["315"]
    assert g.value(f, SDMX_MEASURE.obsValue) == Literal(Decimal("315"), datatype=XSD.decimal)
    assert str(g.value(g.value(f, SDMX_ATTRIBUTE.unitMeasure), SKOS.notation)) == "count"
    assert g.value(f, SDMX_DIMENSION.refPeriod) == Literal("2025-10-20", datatype=XSD.date)
    assert g.value(f, KG.approximate) == Literal(False)
    assert g.value(figures["78.000"], KG.approximate) == Literal(True)
    assert str(g.value(f, KG.dataSource)).endswith("/instantie/COA")
    qb, qe = int(g.value(f, KG.quoteBeginIndex)), int(g.value(f, KG.quoteEndIndex))
    assert doc.text[qb:qe] == str(g.value(f, KG.quote))
    assert str(g.value(f, KG.sourceFile)) == "001_b211def904ce3f85.txt"


def test_shared_resources_carry_labels_and_only_known_links(graphs):
    g = graphs[1]
    kst = URIRef(SETTINGS.base_iri + "kamerstuk/kst-19637-3469")
    assert g.value(kst, RDFS.seeAlso) == URIRef("https://zoek.officielebekendmakingen.nl/kst-19637-3469")
    bill = URIRef(SETTINGS.base_iri + "regeling/asielnoodmaatregelenwet")
    assert g.value(bill, SKOS.prefLabel) == Literal("Asielnoodmaatregelenwet", lang="nl")
    assert g.value(bill, RDFS.seeAlso) is None and g.value(bill, OWL.sameAs) is None
    coa = URIRef(SETTINGS.base_iri + "instantie/COA")
    assert str(g.value(coa, SKOS.prefLabel)) == "COA"
    assert str(g.value(coa, SKOS.altLabel)) == "Centraal Orgaan opvang asielzoekers"


def test_external_ids_become_links_and_unknown_keys_are_not_linked(seeds):
    doc, _ = seeds[0]
    analysis = Analysis(mentions=(
        Mention("agency", "IND", 0, 3, 1, "IND", "IND", None, (("wikidata", "Q2091439"), ("tooi", "garbage"))),
        Mention("eu-act", "x", 3, 4, 1, "32021L1883", "Richtlijn (EU) 2021/1883", None),
        Mention("article", "y", 4, 5, 1, "BWBR0001840/artikel/68", "artikel 68 Grondwet", None),
        Mention("country", "z", 5, 6, 1, "Syria", "Syrië", None),
    ))
    g = document_graph(doc, analysis, SETTINGS)
    ind = URIRef(SETTINGS.base_iri + "instantie/IND")
    assert set(g.objects(ind, OWL.sameAs)) == {URIRef("http://www.wikidata.org/entity/Q2091439")}
    eu = URIRef(SETTINGS.base_iri + "regeling/32021L1883")
    assert g.value(eu, RDFS.seeAlso) == URIRef("https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:32021L1883")
    art = URIRef(SETTINGS.base_iri + "regeling/BWBR0001840/artikel/68")
    act = g.value(art, KG.partOfAct)
    assert g.value(act, RDFS.seeAlso) == URIRef("https://wetten.overheid.nl/BWBR0001840")
    assert len(list(g.subjects(RDF.type, KG.Mention))) == 3  # the non-ISO country key is left out


def test_two_mentions_on_one_span_get_distinct_iris(seeds):
    doc, _ = seeds[0]
    both = (Mention("act", "x", 4, 9, 1, "BWBR0001840", "Grondwet", None),
            Mention("article", "x", 4, 9, 1, "BWBR0001840/artikel/68", "artikel 68 Grondwet", None))
    g = document_graph(doc, Analysis(mentions=both), SETTINGS)
    mentions = sorted(str(m) for m in g.subjects(RDF.type, KG.Mention))
    assert [m.rsplit("/", 1)[1] for m in mentions] == ["act", "article"]


def test_article_of_an_eu_act_hangs_under_the_eu_act(seeds):
    """Seen in ah-tk-20232024-2367: 'artikel 5 AVG' next to 'AVG' itself; the law keeps one kind."""
    doc, _ = seeds[0]
    mentions = (Mention("article", "a", 0, 3, 1, "32016R0679/artikel/5", "artikel 5 AVG", None),
                Mention("eu-act", "b", 4, 7, 1, "32016R0679", "Algemene verordening gegevensbescherming", None),
                Mention("article", "c", 8, 9, 1, "32016R0680/artikel/1", "artikel 1", None))
    g = document_graph(doc, Analysis(mentions=mentions), SETTINGS)
    for celex in ("32016R0679", "32016R0680"):
        law = URIRef(SETTINGS.base_iri + "regeling/" + celex)
        assert list(g.objects(law, KG.referenceKind)) == [KG["referencekind-eu-act"]]
        assert (law, RDF.type, KG.EuAct) in g


def test_every_unit_code_has_the_ontology_labels_and_a_node():
    """Unit codes and labels have one source (namespaces.UNIT_LABELS): the ontology's kg:UnitScheme holds
    exactly those codes with the same labels, and each code gives a unit node in the graph."""
    from pathlib import Path

    from rdflib import Graph

    from kamergraaf.graph.namespaces import CONCEPT_CODES, QUDT_UNIT, UNIT_LABELS
    from kamergraaf.graph.resources import unit

    onto = Graph().parse(Path(__file__).resolve().parent.parent / "ontology" / "kamergraaf.ttl", format="turtle")
    in_scheme = {str(onto.value(c, SKOS.notation)) for c in onto.subjects(SKOS.inScheme, KG.UnitScheme)}
    assert in_scheme == set(UNIT_LABELS) == set(CONCEPT_CODES["unit"])
    assert {"hours", "minutes", "fte", "kg", "tonnes", "metres", "kilometres", "litres", "celsius", "m3", "PJ"} <= in_scheme
    for code, (nl, en, qudt) in UNIT_LABELS.items():
        c = KG[f"unit-{code}"]
        assert {(str(x), x.language) for x in onto.objects(c, SKOS.prefLabel)} == {(nl, "nl"), (en, "en")}, code
        g = Graph()
        node = unit(g, SETTINGS.base_iri, code)
        assert Literal(nl, lang="nl") in set(g.objects(node, SKOS.prefLabel)), code
        assert ((node, SKOS.exactMatch, QUDT_UNIT[qudt]) in g) == bool(qudt)
    with pytest.raises(KeyError, match="known: persons"):
        unit(Graph(), SETTINGS.base_iri, "furlongs")
