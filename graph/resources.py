"""Shared resources of the graph: agencies, legal references, countries, people, units.

Each is a function from plain data (a key, a label, known identifiers) to triples on a given graph. Links
out (owl:sameAs, skos:exactMatch, rdfs:seeAlso) are made only from identifiers whose shape is known
(``kamergraaf.graph.iri``); nothing is guessed.
"""

from __future__ import annotations

from rdflib import Graph, Literal, URIRef

from kamergraaf.graph import iri
from kamergraaf.graph.namespaces import DCT, ELI, FOAF, KG, OWL, QUDT_UNIT, RDF, RDFS, SKOS, UNIT_LABELS, concept

REFERENCE_CLASS = {
    "act": KG.Act, "bill": KG.Bill, "eu-act": KG.EuAct, "kamerstuk": KG.Kamerstuk, "aanhangsel": KG.Aanhangsel,
    "treaty": KG.Treaty, "case": KG.CaseLaw, "article": KG.Article,
}

def concept_notation(g: Graph, scheme: str, code: str) -> URIRef:
    """The ontology's concept for a code. Its type and skos:notation are in the ontology graph (stored by
    every build), so the document's graph only refers to it; an unknown code raises KeyError."""
    return concept(scheme, code)


def _ids(identifiers: tuple[tuple[str, str], ...]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for scheme, value in identifiers:
        out.setdefault(scheme.lower(), []).append(value)
    return out


def _links(g: Graph, node: URIRef, identifiers: tuple[tuple[str, str], ...]) -> None:
    """owl:sameAs for Wikidata, TOOI, ELI; rdfs:seeAlso for websites and official pages."""
    ids = _ids(identifiers)
    for value in ids.get("wikidata", []):
        if link := iri.wikidata(value):
            g.add((node, OWL.sameAs, URIRef(link)))
    for value in ids.get("tooi", []):
        if link := iri.tooi(value):
            g.add((node, OWL.sameAs, URIRef(link)))
    for value in ids.get("eli", []):
        if link := iri.eli(value):
            g.add((node, OWL.sameAs, URIRef(link)))
    for scheme in ("website", "url", "tk"):
        for value in ids.get(scheme, []):
            if link := iri.website(value):
                g.add((node, OWL.sameAs if scheme == "tk" else RDFS.seeAlso, URIRef(link)))


def agency(g: Graph, base: str, key: str, label: str | None = None, identifiers=()) -> URIRef:
    node = URIRef(iri.agency(base, key))
    g.add((node, RDF.type, KG.Agency))
    g.add((node, SKOS.notation, Literal(key)))
    g.add((node, SKOS.prefLabel, Literal(key)))
    if label and label != key:
        g.add((node, SKOS.altLabel, Literal(label)))
    _links(g, node, identifiers)
    return node


def country(g: Graph, base: str, iso3: str, label: str | None, identifiers=(), preferred: bool = True) -> URIRef:
    node = URIRef(iri.country(base, iso3))
    g.add((node, RDF.type, KG.Country))
    g.add((node, SKOS.notation, Literal(iso3)))
    if label:
        g.add((node, SKOS.prefLabel if preferred else SKOS.altLabel, Literal(label, lang="nl")))
    if link := iri.eu_country(iso3):
        g.add((node, SKOS.exactMatch, URIRef(link)))
    _links(g, node, identifiers)
    return node


def person(g: Graph, base: str, slug: str, name: str, identifiers=(), preferred: bool = True) -> URIRef:
    node = URIRef(iri.person(base, slug))
    g.add((node, RDF.type, KG.Person))
    g.add((node, FOAF.name if preferred else SKOS.altLabel, Literal(name)))
    _links(g, node, identifiers)
    return node


def reference(g: Graph, base: str, kind: str, identifier: str, label: str | None, identifiers=(),
              preferred: bool = True) -> URIRef:
    """A legal reference of one of the eight kinds, with its official page where the id shows it."""
    node = URIRef(iri.reference(base, kind, identifier))
    g.add((node, RDF.type, REFERENCE_CLASS[kind]))
    g.add((node, KG.referenceKind, concept_notation(g, "referencekind", kind)))
    g.add((node, DCT.identifier, Literal(identifier)))
    if label:
        g.add((node, SKOS.prefLabel if preferred else SKOS.altLabel, Literal(label, lang="nl")))
    page = None
    if kind == "act":
        page = iri.wetten(identifier)
    elif kind == "eu-act":
        page = iri.eurlex(identifier)
        for celex in _ids(identifiers).get("celex", []):
            page = page or iri.eurlex(celex)
    elif kind in ("kamerstuk", "aanhangsel"):
        page = iri.officielebekendmakingen(identifier)
    if page:
        g.add((node, RDFS.seeAlso, URIRef(page)))
    if kind == "article" and "/artikel/" in identifier:
        law = identifier.split("/artikel/")[0]
        act = URIRef(iri.regeling(base, law))
        g.add((node, KG.partOfAct, act))
        g.add((node, ELI.is_part_of, act))
        if not any(g.triples((act, KG.referenceKind, None))):  # the law itself was not mentioned by name
            reference(g, base, "eu-act" if iri.eurlex(law) else "act", law, None)
    _links(g, node, identifiers)
    return node


def unit(g: Graph, base: str, code: str) -> URIRef:
    """The unit's node with its labels; a code outside UNIT_LABELS (the ontology's kg:UnitScheme) raises
    KeyError naming the known codes."""
    concept("unit", code)
    nl, en, qudt = UNIT_LABELS[code]
    node = URIRef(iri.unit(base, code))
    g.add((node, RDF.type, KG.Unit))
    g.add((node, RDF.type, SKOS.Concept))
    g.add((node, SKOS.inScheme, KG.UnitScheme))
    g.add((node, SKOS.notation, Literal(code)))
    g.add((node, SKOS.prefLabel, Literal(nl, lang="nl")))
    g.add((node, SKOS.prefLabel, Literal(en, lang="en")))
    if qudt:
        g.add((node, SKOS.exactMatch, QUDT_UNIT[qudt]))
    return node
