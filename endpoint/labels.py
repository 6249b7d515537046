"""How a page names things: Dutch labels of terms and resources, and shown values, as plain data.

The labels of the terms (properties, classes) come from the packaged ontology (Dutch labels of the kg: terms)
and from ``TERM_LABELS`` (Dutch labels of the dct:, schema:, nif:, skos:, sdmx and other terms the graph uses),
so a page speaks Dutch. ``LabelPicker`` chooses one label per resource from what a query returns, ``value_of``
turns an RDF term into a ``Value`` to show, ``kind_of`` names the kind of a resource from its classes; the
namespaces and ``PREFIXES`` are shared by the queries of the other page modules.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

import pyoxigraph as ox

KG = "https://w3id.org/kamergraaf/def#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
SCHEMA, DCT, SKOS = "https://schema.org/", "http://purl.org/dc/terms/", "http://www.w3.org/2004/02/skos/core#"
NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
RDFS, OWL = "http://www.w3.org/2000/01/rdf-schema#", "http://www.w3.org/2002/07/owl#"
LABEL_PROPS = (RDFS + "label", SKOS + "prefLabel", SCHEMA + "name", "http://xmlns.com/foaf/0.1/name", DCT + "title",
               KG + "heading", KG + "officialId", DCT + "identifier", NIF + "anchorOf")
PREFIXES = """PREFIX kg: <https://w3id.org/kamergraaf/def#>
PREFIX schema: <https://schema.org/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dct: <http://purl.org/dc/terms/>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX sdmx-measure: <http://purl.org/linked-data/sdmx/2009/measure#>
PREFIX sdmx-attribute: <http://purl.org/linked-data/sdmx/2009/attribute#>
PREFIX sdmx-dimension: <http://purl.org/linked-data/sdmx/2009/dimension#>
"""


def _in(namespace: str, **labels: str) -> dict[str, str]:
    """``labels`` keyed by the full IRI of each term of ``namespace``."""
    return {namespace + local: label for local, label in labels.items()}


# Dutch labels of the terms of other vocabularies the graph uses (the kg: terms have theirs in the ontology)
TERM_LABELS = {
    RDF_TYPE: "soort",
    **_in(RDFS, label="label", comment="toelichting", seeAlso="zie ook", domain="domein", range="bereik",
          subClassOf="subklasse van", subPropertyOf="subeigenschap van", isDefinedBy="gedefinieerd in"),
    **_in(DCT, title="titel", identifier="identificatie", dateSubmitted="datum ingediend", format="bestandsformaat",
          description="beschrijving", issued="uitgegeven", modified="gewijzigd", license="licentie",
          publisher="uitgever", language="taal", accessRights="toegangsrechten", source="bron", created="aangemaakt",
          subject="onderwerp", conformsTo="volgens", isPartOf="onderdeel van"),
    **_in(SCHEMA, text="tekst", position="volgorde", isPartOf="onderdeel van", acceptedAnswer="antwoord",
          numberOfPages="aantal pagina's", name="naam"),
    **_in(NIF, beginIndex="beginpositie", endIndex="eindpositie", anchorOf="tekst in het document"),
    **_in(SKOS, prefLabel="naam", altLabel="andere naam", notation="code", exactMatch="dezelfde als",
          closeMatch="vergelijkbaar met", inScheme="in begrippenlijst", Concept="begrip",
          ConceptScheme="begrippenlijst", definition="definitie"),
    **_in(OWL, sameAs="dezelfde als", versionInfo="versie", Class="klasse", ObjectProperty="eigenschap",
          DatatypeProperty="eigenschap", Ontology="ontologie"),
    **_in("http://xmlns.com/foaf/0.1/", name="naam", homepage="website", Agent="actor"),
    **_in("http://purl.org/linked-data/sdmx/2009/measure#", obsValue="waarde"),
    **_in("http://purl.org/linked-data/sdmx/2009/attribute#", unitMeasure="eenheid"),
    **_in("http://purl.org/linked-data/sdmx/2009/dimension#", refPeriod="peildatum"),
    **_in("http://purl.org/linked-data/cube#", Observation="waarneming"),
    **_in("http://data.europa.eu/eli/ontology#", is_part_of="onderdeel van"),
    **_in("http://rdfs.org/ns/void#", Dataset="dataset", Linkset="koppelset", sparqlEndpoint="SPARQL-endpoint",
          dataDump="download", triples="aantal triples", entities="aantal entiteiten", classes="aantal klassen",
          properties="aantal eigenschappen", documents="aantal documenten", subset="deelverzameling",
          uriSpace="adresruimte", exampleResource="voorbeeld", linkPredicate="koppeleigenschap",
          subjectsTarget="onderwerpen uit", objectsTarget="objecten uit"),
    **_in("http://www.w3.org/ns/dcat#", Dataset="dataset", Distribution="distributie", distribution="distributie",
          downloadURL="downloadadres", accessURL="toegangsadres", mediaType="mediatype", keyword="trefwoord",
          theme="thema", landingPage="startpagina", contactPoint="contactpunt", compressFormat="compressieformaat"),
    **_in("http://www.w3.org/2006/vcard/ns#", fn="naam", hasURL="webadres", Organization="organisatie"),
    **_in("http://www.w3.org/ns/prov#", Activity="activiteit"),
}
# kinds of things that point to a resource, in the order a page lists them, with their Dutch group names
KINDS = (("Question", "Vragen"), ("Answer", "Antwoorden"), ("Figure", "Cijfers"), ("Mention", "Vermeldingen"),
         ("Footnote", "Voetnoten"), ("Participation", "Rollen"), ("Document", "Documenten"), ("", "Overige"))


@dataclass
class Value:
    text: str                 # what to show
    iri: str | None = None    # set for IRIs (the template links them)
    datatype: str = ""
    language: str = ""


def text_of(term) -> str | None:
    """The lexical value of a query result term, None when unbound."""
    return None if term is None else term.value


def int_of(term, default: int = 10**9) -> int:
    """A query result term as an integer; ``default`` when unbound or not a number."""
    try:
        return int(term.value) if term is not None else default
    except ValueError:
        return default


@functools.lru_cache(maxsize=1)
def ontology_store() -> ox.Store:
    """The packaged ontology (ontology/kamergraaf.ttl) in an in-memory store, read once."""
    store = ox.Store()
    store.load(Path(str(files("kamergraaf.ontology"))).joinpath("kamergraaf.ttl").read_bytes(),
               format=ox.RdfFormat.TURTLE)
    return store


@functools.lru_cache(maxsize=1)
def term_labels() -> dict[str, str]:
    """Dutch labels of every term a page may name: the ontology's kg: terms, then ``TERM_LABELS``."""
    labels = LabelPicker()
    for row in ontology_store().query(f"SELECT ?s ?p ?l WHERE {{ VALUES ?p {{ <{RDFS}label> <{SKOS}prefLabel> }} ?s ?p ?l }}"):
        labels.offer(row["s"].value, row["p"].value, row["l"])
    out = labels.result()
    out.update(TERM_LABELS)
    return out


class LabelPicker:
    """Keeps one label per IRI: the earliest property of ``LABEL_PROPS``, Dutch before English before others."""

    def __init__(self) -> None:
        self._best: dict[str, tuple[int, str]] = {}

    def offer(self, iri: str, prop: str, lit) -> None:
        if not isinstance(lit, ox.Literal) or prop not in LABEL_PROPS:
            return
        lang = lit.language
        rank = LABEL_PROPS.index(prop) * 3 + (0 if lang in (None, "nl") else (1 if lang == "en" else 2))
        if iri not in self._best or (rank, lit.value) < self._best[iri]:
            self._best[iri] = (rank, tidy_label(prop, lit.value))

    def result(self) -> dict[str, str]:
        return {iri: text for iri, (_rank, text) in self._best.items()}


def tidy_label(prop: str, text: str) -> str:
    """A printed heading as a reader names it: "Vraag (15):" is "Vraag 15"."""
    if prop != KG + "heading":
        return text
    return re.sub(r"\s+", " ", re.sub(r"[():]", " ", text)).strip(" .")


def local_name(iri: str) -> str:
    return iri.rstrip("/#").replace("#", "/").rsplit("/", 1)[-1]


def term_label(iri: str) -> str:
    return term_labels().get(iri) or local_name(iri)


def value_of(term, labels: dict[str, str], base: str = "") -> Value:
    if isinstance(term, ox.NamedNode):
        iri = term.value
        text = labels.get(iri) or term_labels().get(iri) or (iri[len(base):] if base and iri.startswith(base) else iri)
        return Value(text, iri=iri)
    if isinstance(term, ox.Literal):
        dt = term.datatype.value if term.datatype else ""
        return Value(term.value, datatype=dt.rsplit("#", 1)[-1], language=term.language or "")
    return Value(str(term))


def kind_of(types: set[str]) -> str:
    return next((k for k, _name in KINDS if k and KG + k in types), "")


def natural_key(text: str) -> list:
    """Sorts "vraag/10" after "vraag/9"."""
    return [int(t) if t.isdigit() else t for t in re.split(r"(\d+)", text)]

