"""The ontology parses, every term has Dutch and English labels, and the namespaces module matches it."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from kamergraaf.extract import model
from kamergraaf.graph import namespaces
from kamergraaf.graph.namespaces import KG, KG_URI, concept

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ROOT / "ontology" / "kamergraaf.ttl", format="turtle")


def _kg_terms(g: Graph) -> set[str]:
    return {str(s)[len(KG_URI):] for s in g.subjects() if isinstance(s, URIRef) and str(s).startswith(KG_URI)}


def test_namespace_module_lists_exactly_the_ontology_terms(ontology):
    code = set(namespaces.KG_CLASSES + namespaces.KG_PROPERTIES + namespaces.KG_SCHEMES + namespaces.KG_CONCEPTS)
    assert code == _kg_terms(ontology)


def test_classes_and_properties_are_declared_as_such(ontology):
    for name in namespaces.KG_CLASSES:
        assert (KG[name], RDF.type, OWL.Class) in ontology, name
    for name in namespaces.KG_PROPERTIES:
        kinds = set(ontology.objects(KG[name], RDF.type))
        assert kinds & {OWL.ObjectProperty, OWL.DatatypeProperty}, name


def test_every_term_has_dutch_and_english_label_and_comment(ontology):
    for name in sorted(_kg_terms(ontology)):
        for prop in (RDFS.label, RDFS.comment):
            langs = {lit.language for lit in ontology.objects(KG[name], prop)}
            assert {"nl", "en"} <= langs, f"kg:{name} lacks an nl/en {prop.n3()}"


def test_concept_codes_match_the_model_and_notations(ontology):
    assert namespaces.CONCEPT_CODES["documentkind"] == model.DOCUMENT_KINDS
    assert namespaces.CONCEPT_CODES["answerkind"] == model.ANSWER_KINDS
    assert namespaces.CONCEPT_CODES["role"] == model.ROLES
    assert namespaces.CONCEPT_CODES["referencekind"] == model.REFERENCE_KINDS
    for scheme, codes in namespaces.CONCEPT_CODES.items():
        for code in codes:
            assert str(ontology.value(concept(scheme, code), SKOS.notation)) == code


def test_mistyped_terms_raise():
    with pytest.raises(AttributeError):
        KG.Qeustion  # noqa: B018
    with pytest.raises(KeyError, match="known"):
        concept("role", "speaker")


def test_code_never_reads_str_method_names_as_terms():
    """``DCT.title`` is ``str.title``; such terms must be read by item (``DCT["title"]``)."""
    for path in (ROOT / "graph").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"\b[A-Z_]+\.(title|format|count|index|join|split|upper|lower)\b(?!\()", text), path


def test_context_maps_every_class_and_property():
    ctx = json.loads((ROOT / "ontology" / "context.jsonld").read_text(encoding="utf-8"))["@context"]
    for name in namespaces.KG_CLASSES + namespaces.KG_PROPERTIES:
        entry = ctx[name]
        assert (entry if isinstance(entry, str) else entry["@id"]) == f"kg:{name}"
    assert ctx["kg"] == KG_URI
