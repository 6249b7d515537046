"""How a page names things: labels of terms and resources in the page's language, and shown values, as plain data.

The labels of the terms (properties, classes) come from the packaged ontology (the @nl or @en labels of the kg:
terms) and from ``TERM_LABELS`` (Dutch and English labels of the dct:, schema:, nif:, skos:, sdmx and other
terms the graph uses), so a page speaks one language. ``LabelPicker`` chooses one label per resource from what
a query returns, ``value_of`` turns an RDF term into a ``Value`` to show, ``kind_of`` names the kind of a resource from its classes; the
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


def _in(namespace: str, **labels: tuple[str, str]) -> dict[str, tuple[str, str]]:
    """``labels`` keyed by the full IRI of each term of ``namespace``."""
    return {namespace + local: label for local, label in labels.items()}


# (Dutch, English) labels of the terms of other vocabularies the graph uses (the kg: terms have theirs in the ontology)
TERM_LABELS: dict[str, tuple[str, str]] = {
    RDF_TYPE: ("soort", "type"),
    **_in(RDFS, label=("label", "label"), comment=("toelichting", "comment"), seeAlso=("zie ook", "see also"),
          domain=("domein", "domain"), range=("bereik", "range"), subClassOf=("subklasse van", "subclass of"),
          subPropertyOf=("subeigenschap van", "subproperty of"), isDefinedBy=("gedefinieerd in", "defined by")),
    **_in(DCT, title=("titel", "title"), identifier=("identificatie", "identifier"),
          dateSubmitted=("datum ingediend", "date submitted"), format=("bestandsformaat", "file format"),
          description=("beschrijving", "description"), issued=("uitgegeven", "issued"), modified=("gewijzigd", "modified"),
          license=("licentie", "licence"), publisher=("uitgever", "publisher"), language=("taal", "language"),
          accessRights=("toegangsrechten", "access rights"), source=("bron", "source"), created=("aangemaakt", "created"),
          subject=("onderwerp", "subject"), conformsTo=("volgens", "conforms to"), isPartOf=("onderdeel van", "part of")),
    **_in(SCHEMA, text=("tekst", "text"), position=("volgorde", "position"), isPartOf=("onderdeel van", "part of"),
          acceptedAnswer=("antwoord", "answer"), numberOfPages=("aantal pagina's", "number of pages"), name=("naam", "name")),
    **_in(NIF, beginIndex=("beginpositie", "begin index"), endIndex=("eindpositie", "end index"),
          anchorOf=("tekst in het document", "text in the document")),
    **_in(SKOS, prefLabel=("naam", "name"), altLabel=("andere naam", "other name"), notation=("code", "code"),
          exactMatch=("dezelfde als", "same as"), closeMatch=("vergelijkbaar met", "close to"),
          inScheme=("in begrippenlijst", "in concept scheme"), Concept=("begrip", "concept"),
          ConceptScheme=("begrippenlijst", "concept scheme"), definition=("definitie", "definition")),
    **_in(OWL, sameAs=("dezelfde als", "same as"), versionInfo=("versie", "version"), Class=("klasse", "class"),
          ObjectProperty=("eigenschap", "property"), DatatypeProperty=("eigenschap", "property"),
          Ontology=("ontologie", "ontology")),
    **_in("http://xmlns.com/foaf/0.1/", name=("naam", "name"), homepage=("website", "website"), Agent=("actor", "agent")),
    **_in("http://purl.org/linked-data/sdmx/2009/measure#", obsValue=("waarde", "value")),
    **_in("http://purl.org/linked-data/sdmx/2009/attribute#", unitMeasure=("eenheid", "unit")),
    **_in("http://purl.org/linked-data/sdmx/2009/dimension#", refPeriod=("peildatum", "reference date")),
    **_in("http://purl.org/linked-data/cube#", Observation=("waarneming", "observation")),
    **_in("http://data.europa.eu/eli/ontology#", is_part_of=("onderdeel van", "part of")),
    **_in("http://rdfs.org/ns/void#", Dataset=("dataset", "dataset"), Linkset=("koppelset", "linkset"),
          sparqlEndpoint=("SPARQL-endpoint", "SPARQL endpoint"), dataDump=("download", "data dump"),
          triples=("aantal triples", "number of triples"), entities=("aantal entiteiten", "number of entities"),
          classes=("aantal klassen", "number of classes"), properties=("aantal eigenschappen", "number of properties"),
          documents=("aantal documenten", "number of documents"), subset=("deelverzameling", "subset"),
          uriSpace=("adresruimte", "URI space"), exampleResource=("voorbeeld", "example resource"),
          linkPredicate=("koppeleigenschap", "link predicate"), subjectsTarget=("onderwerpen uit", "subjects from"),
          objectsTarget=("objecten uit", "objects from")),
    **_in("http://www.w3.org/ns/dcat#", Dataset=("dataset", "dataset"), Distribution=("distributie", "distribution"),
          distribution=("distributie", "distribution"), downloadURL=("downloadadres", "download URL"),
          accessURL=("toegangsadres", "access URL"), mediaType=("mediatype", "media type"), keyword=("trefwoord", "keyword"),
          theme=("thema", "theme"), landingPage=("startpagina", "landing page"), contactPoint=("contactpunt", "contact point"),
          compressFormat=("compressieformaat", "compression format")),
    **_in("http://www.w3.org/2006/vcard/ns#", fn=("naam", "name"), hasURL=("webadres", "web address"),
          Organization=("organisatie", "organisation")),
    **_in("http://www.w3.org/ns/prov#", Activity=("activiteit", "activity")),
}
# kinds of things that point to a resource, in the order a page lists them (named by i18n "group_<kind>")
KINDS = ("Question", "Answer", "Figure", "Mention", "Footnote", "Participation", "Document", "")


class Label(str):
    """A label as text, with the language of the literal it was read from ("" when untagged)."""

    lang: str = ""

    def __new__(cls, text: str, lang: str = "") -> "Label":
        out = super().__new__(cls, text)
        out.lang = lang
        return out


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


@functools.lru_cache(maxsize=2)
def term_labels(lang: str = "nl") -> dict[str, str]:
    """Labels in ``lang`` (nl or en) of every term a page may name: the ontology's kg: terms (their @nl or @en
    rdfs:label / skos:prefLabel), then ``TERM_LABELS``."""
    labels = LabelPicker(lang)
    for row in ontology_store().query(f"SELECT ?s ?p ?l WHERE {{ VALUES ?p {{ <{RDFS}label> <{SKOS}prefLabel> }} ?s ?p ?l }}"):
        labels.offer(row["s"].value, row["p"].value, row["l"])
    out = {iri: str(text) for iri, text in labels.result().items()}
    out.update({iri: pair[1] if lang == "en" else pair[0] for iri, pair in TERM_LABELS.items()})
    return out


class LabelPicker:
    """Keeps one label per IRI: the earliest property of ``LABEL_PROPS``; for a Dutch page a Dutch or untagged
    label before an English one before others, for an English page English before untagged before Dutch."""

    def __init__(self, lang: str = "nl") -> None:
        self._best: dict[str, tuple[int, str, str]] = {}
        self._order = {"nl": 0, None: 0, "en": 1} if lang != "en" else {"en": 0, None: 1, "nl": 2}

    def offer(self, iri: str, prop: str, lit) -> None:
        if not isinstance(lit, ox.Literal) or prop not in LABEL_PROPS:
            return
        lang = lit.language
        rank = LABEL_PROPS.index(prop) * 3 + self._order.get(lang, 2)
        if iri not in self._best or (rank, lit.value) < self._best[iri][:2]:
            self._best[iri] = (rank, tidy_label(prop, lit.value), lang or "")

    def result(self) -> dict[str, "Label"]:
        """The chosen label of each IRI, as a ``Label`` (text and the language of its literal)."""
        return {iri: Label(text, lang) for iri, (_rank, text, lang) in self._best.items()}


def tidy_label(prop: str, text: str) -> str:
    """A printed heading as a reader names it: "Vraag (15):" is "Vraag 15"."""
    if prop != KG + "heading":
        return text
    return re.sub(r"\s+", " ", re.sub(r"[():]", " ", text)).strip(" .")


def local_name(iri: str) -> str:
    return iri.rstrip("/#").replace("#", "/").rsplit("/", 1)[-1]


def term_label(iri: str, lang: str = "nl") -> str:
    return term_labels(lang).get(iri) or local_name(iri)


def value_of(term, labels: dict[str, str], base: str = "", lang: str = "nl") -> Value:
    """A term to show: an IRI by its label from ``labels`` (read from the data; its ``Value.language`` is that
    of the label, "nl" when untagged: the data is Dutch), else by its term label in ``lang``, else by its path."""
    if isinstance(term, ox.NamedNode):
        iri = term.value
        label = labels.get(iri)
        if label:
            return Value(str(label), iri=iri, language=getattr(label, "lang", "") or "nl")
        text = term_labels(lang).get(iri) or (iri[len(base):] if base and iri.startswith(base) else iri)
        return Value(text, iri=iri)
    if isinstance(term, ox.Literal):
        dt = term.datatype.value if term.datatype else ""
        return Value(term.value, datatype=dt.rsplit("#", 1)[-1], language=term.language or "")
    return Value(str(term))


def kind_of(types: set[str]) -> str:
    return next((k for k in KINDS if k and KG + k in types), "")


def natural_key(text: str) -> list:
    """Sorts "vraag/10" after "vraag/9"."""
    return [int(t) if t.isdigit() else t for t in re.split(r"(\d+)", text)]

