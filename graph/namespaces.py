"""Every namespace and every vocabulary term the code uses, in one module.

Each vocabulary is a ``ClosedNamespace``: a mistyped term (``KG.Qeustion``) raises ``AttributeError`` at
once instead of minting a wrong IRI. The kamergraaf terms below are kept in step with
``ontology/kamergraaf.ttl`` by ``tests/test_ontology.py``.

Terms that are also names of ``str`` methods (``title``, ``format``) must be read by item:
``DCT["title"]``; attribute access returns the method (a test checks the code for this).
"""

from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD, ClosedNamespace

KG_URI = "https://w3id.org/kamergraaf/def#"
ONTOLOGY_IRI = "https://w3id.org/kamergraaf/def"

KG_CLASSES = (
    "Document", "Question", "Answer", "Footnote", "Figure", "Mention", "Agency", "Person", "Participation",
    "Country", "LegalReference", "Act", "Bill", "EuAct", "Kamerstuk", "Aanhangsel", "Treaty", "CaseLaw",
    "Article", "Unit", "ExtractionRun",
)
KG_PROPERTIES = (
    "documentKind", "officialId", "sourceFile", "sha256", "committee", "vergaderjaar", "documentNumber",
    "subjectText", "aboutKamerstuk", "tkDocumentId", "dateReceived", "dateAdopted", "participation",
    "participant", "role", "party", "portfolio", "personTitle", "document", "number", "printedNumber",
    "heading", "page", "answerKind", "dataSource", "sourceSystem", "marker", "anchorIndex", "anchoredIn",
    "measure", "valueText", "approximate", "rounding", "periodStart", "periodEnd", "quote", "quoteBeginIndex",
    "quoteEndIndex", "refersTo", "referenceKind", "partOfAct", "softwareVersion", "inputSha256",
)
KG_SCHEMES = ("DocumentKindScheme", "AnswerKindScheme", "RoleScheme", "ReferenceKindScheme", "UnitScheme")

# Units of figures, the one list of their codes (Figure.unit): Dutch and English label as in the ontology's
# kg:UnitScheme, and the QUDT unit where it means exactly the same (names as published in the QUDT units
# vocabulary, qudt.org/vocab/unit). tests/test_rdf.py checks the labels against ontology/kamergraaf.ttl.
UNIT_LABELS: dict[str, tuple[str, str, str | None]] = {
    "persons": ("personen", "persons", None),
    "count": ("aantal", "count", None),
    "EUR": ("euro", "euro", None),
    "USD": ("Amerikaanse dollar", "US dollar", None),
    "ANG": ("Antilliaanse gulden", "Netherlands Antillean guilder", None),
    "GBP": ("Brits pond", "pound sterling", None),
    "NLG": ("Nederlandse gulden", "Dutch guilder", None),
    "ZAR": ("Zuid-Afrikaanse rand", "South African rand", None),
    "CHF": ("Zwitserse frank", "Swiss franc", None),
    "percent": ("procent", "percent", "PERCENT"),
    "days": ("dagen", "days", "DAY"),
    "weeks": ("weken", "weeks", "WK"),
    "months": ("maanden", "months", "MO"),
    "years": ("jaren", "years", "YR"),
    "hours": ("uren", "hours", "HR"),
    "minutes": ("minuten", "minutes", "MIN"),
    "places": ("plaatsen", "places", None),
    "fte": ("fte", "FTE", None),
    "kg": ("kilogram", "kilogram", "KiloGM"),
    "tonnes": ("ton", "tonnes", "TONNE"),
    "metres": ("meter", "metres", "M"),
    "kilometres": ("kilometer", "kilometres", "KiloM"),
    "litres": ("liter", "litres", "L"),
    "celsius": ("graden Celsius", "degrees Celsius", "DEG_C"),
    "m3": ("kubieke meter", "cubic metres", "M3"),
    "PJ": ("petajoule", "petajoules", "PetaJ"),
    "hectares": ("hectare", "hectares", None),  # no QUDT unit linked: none was read in a source available here
    "GW": ("gigawatt", "gigawatts", None),  # (nor for the power units)
    "MW": ("megawatt", "megawatts", None),
    "kW": ("kilowatt", "kilowatts", None),
    "m2": ("vierkante meter", "square metres", None),  # (nor for the area and energy units below)
    "km2": ("vierkante kilometer", "square kilometres", None),
    "TWh": ("terawattuur", "terawatt hours", None),
    "GWh": ("gigawattuur", "gigawatt hours", None),
    "MWh": ("megawattuur", "megawatt hours", None),
    "kWh": ("kilowattuur", "kilowatt hours", None),
    "permille": ("promille", "per mille", None),
    "mol-per-ha-year": ("mol per hectare per jaar", "moles per hectare per year", None),  # nitrogen deposition
}

# SKOS concepts of the ontology: scheme prefix -> the codes used in extract/model.py.
CONCEPT_CODES = {
    "documentkind": ("lijst-vragen-antwoorden", "aanhangsel", "mededeling", "kamervragen", "antwoord", "onbekend"),
    "answerkind": ("figures", "data-unavailable", "refers-elsewhere", "no-answer", "explanation"),
    "role": ("asker", "respondent", "chair", "clerk"),
    "referencekind": ("act", "bill", "eu-act", "kamerstuk", "aanhangsel", "treaty", "case", "article"),
    "unit": tuple(UNIT_LABELS),
}
KG_CONCEPTS = tuple(f"{scheme}-{code}" for scheme, codes in CONCEPT_CODES.items() for code in codes)

KG = ClosedNamespace(KG_URI, list(KG_CLASSES + KG_PROPERTIES + KG_SCHEMES + KG_CONCEPTS))


def concept(scheme: str, code: str):
    """The ontology's SKOS concept for a code: ``concept("role", "asker")`` -> kg:role-asker.

    Raises ``KeyError`` naming the known codes when the code is not in the ontology.
    """
    codes = CONCEPT_CODES.get(scheme)
    if codes is None or code not in codes:
        raise KeyError(f"no {scheme!r} concept for code {code!r}; known: {', '.join(codes or ())}")
    return KG[f"{scheme}-{code}"]


SCHEMA = ClosedNamespace("https://schema.org/", [
    "Question", "Answer", "CreativeWork", "Country", "acceptedAnswer", "text", "isPartOf", "position",
    "numberOfPages", "name",
])
DCT = ClosedNamespace("http://purl.org/dc/terms/", [
    "identifier", "title", "dateSubmitted", "format", "source", "license", "description", "modified", "created",
])
PROV = ClosedNamespace("http://www.w3.org/ns/prov#", [
    "Activity", "Agent", "startedAtTime", "generated", "used", "wasAssociatedWith",
])
FOAF = ClosedNamespace("http://xmlns.com/foaf/0.1/", ["Person", "Organization", "Document", "name"])
QB = ClosedNamespace("http://purl.org/linked-data/cube#", ["Observation"])
SDMX_ATTRIBUTE = ClosedNamespace("http://purl.org/linked-data/sdmx/2009/attribute#", ["unitMeasure"])
SDMX_DIMENSION = ClosedNamespace("http://purl.org/linked-data/sdmx/2009/dimension#", ["refPeriod"])
SDMX_MEASURE = ClosedNamespace("http://purl.org/linked-data/sdmx/2009/measure#", ["obsValue"])
NIF = ClosedNamespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#", [
    "anchorOf", "beginIndex", "endIndex",
])
ELI = ClosedNamespace("http://data.europa.eu/eli/ontology#", [
    "LegalResource", "LegalResourceSubdivision", "is_part_of", "cites",
])
SH = Namespace("http://www.w3.org/ns/shacl#")
QUDT_UNIT = Namespace("http://qudt.org/vocab/unit/")
WIKIDATA = Namespace("http://www.wikidata.org/entity/")
EU_COUNTRY = Namespace("http://publications.europa.eu/resource/authority/country/")

PREFIXES = {
    "kg": Namespace(KG_URI), "schema": Namespace("https://schema.org/"), "dct": Namespace("http://purl.org/dc/terms/"),
    "prov": Namespace("http://www.w3.org/ns/prov#"), "foaf": Namespace("http://xmlns.com/foaf/0.1/"),
    "qb": Namespace("http://purl.org/linked-data/cube#"),
    "sdmx-attribute": Namespace("http://purl.org/linked-data/sdmx/2009/attribute#"),
    "sdmx-dimension": Namespace("http://purl.org/linked-data/sdmx/2009/dimension#"),
    "sdmx-measure": Namespace("http://purl.org/linked-data/sdmx/2009/measure#"),
    "nif": Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"),
    "eli": Namespace("http://data.europa.eu/eli/ontology#"), "skos": SKOS, "owl": OWL, "rdf": RDF, "rdfs": RDFS,
    "xsd": XSD,
}


def bind_prefixes(graph) -> None:
    """Bind the house prefixes on an rdflib graph (for readable Turtle)."""
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True, replace=True)


__all__ = [
    "KG", "SCHEMA", "DCT", "PROV", "FOAF", "QB", "SDMX_ATTRIBUTE", "SDMX_DIMENSION", "SDMX_MEASURE", "NIF", "ELI",
    "SH", "QUDT_UNIT", "UNIT_LABELS", "WIKIDATA", "EU_COUNTRY", "OWL", "RDF", "RDFS", "SKOS", "XSD", "concept", "bind_prefixes",
    "PREFIXES", "KG_URI", "ONTOLOGY_IRI",
]
