"""The dataset's own description: DCAT (the fields DCAT-AP-DONL asks for) and VoID, computed from the store.

``description_ntriples(store, settings)`` counts the published graphs (the document graphs, the shared
graph and the ontology; not the build records or this description; see ``graph.voidstats``) and returns
N-Triples. No blank
nodes: the dataset, its distributions, contact point and linksets have IRIs under the base.
Vocabulary values come from the published lists: the theme ``Parlement`` of the OWMS taxonomy (as used
in the DCAT-AP-DONL 2.0 examples), the EU language authority table (NLD, ENG), the EU access-right table
(PUBLIC), CC0 1.0 as licence.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

import pyoxigraph as ox

from kamergraaf import __version__
from kamergraaf.graph import exportcache, voidstats
from kamergraaf.graph import iri as mint
from kamergraaf.graph.store import store_graphs
from kamergraaf.settings import Settings

DCAT = "http://www.w3.org/ns/dcat#"
DCT = "http://purl.org/dc/terms/"
VOID = "http://rdfs.org/ns/void#"
VCARD = "http://www.w3.org/2006/vcard/ns#"
FOAF = "http://xmlns.com/foaf/0.1/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD = "http://www.w3.org/2001/XMLSchema#"
CC0 = "http://creativecommons.org/publicdomain/zero/1.0/"
THEME = "http://standaarden.overheid.nl/owms/terms/Parlement"
LANG = "http://publications.europa.eu/resource/authority/language/"
PUBLIC = "http://publications.europa.eu/resource/authority/access-right/PUBLIC"

# Download formats: (name, file extension, media type, EU file-type authority code)
FORMATS = (("turtle", "ttl", "text/turtle", "RDF_TURTLE"), ("ntriples", "nt", "application/n-triples", "RDF_N_TRIPLES"),
           ("nquads", "nq", "application/n-quads", "RDF_N_QUADS"), ("jsonld", "jsonld", "application/ld+json", "JSON_LD"))
FILE_TYPE = "http://publications.europa.eu/resource/authority/file-type/"

# Link targets of the VoID linksets: (slug, label, IRI prefix of the target's resources, target homepage)
LINK_TARGETS = (
    ("wetten", "wetten.overheid.nl", "https://wetten.overheid.nl/", "https://wetten.overheid.nl/"),
    ("eurlex", "EUR-Lex", "https://eur-lex.europa.eu/", "https://eur-lex.europa.eu/"),
    ("eli-eu", "ELI (EU)", "http://data.europa.eu/eli/", "https://eur-lex.europa.eu/"),
    ("wikidata", "Wikidata", "http://www.wikidata.org/entity/", "https://www.wikidata.org/"),
    ("tooi", "TOOI", "https://identifier.overheid.nl/tooi/", "https://standaarden.overheid.nl/tooi"),
    ("officielebekendmakingen", "officielebekendmakingen.nl", "https://zoek.officielebekendmakingen.nl/",
     "https://zoek.officielebekendmakingen.nl/"),
)
LINK_PREFIXES = {slug: prefix for slug, _label, prefix, _home in LINK_TARGETS}


def ontology_ntriples() -> bytes:
    """The ontology files shipped in kamergraaf.ontology (*.ttl), as N-Triples; empty when there are none."""
    root = Path(str(files("kamergraaf.ontology")))
    triples: set[ox.Triple] = set()
    for path in sorted(root.glob("*.ttl")):
        triples.update(q.triple for q in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))
    return ox.serialize(sorted(triples, key=str), format=ox.RdfFormat.N_TRIPLES) if triples else b""


def _published_filter(settings: Settings) -> str:
    own = store_graphs(settings.base_iri)
    return f"FILTER(?g NOT IN (<{own['builds']}>, <{own['dataset']}>))"


def _one(store, sparql: str) -> int:
    rows = list(store.query(sparql))
    return int(rows[0]["n"].value) if rows and rows[0]["n"] is not None else 0


def statistics(store, settings: Settings) -> dict:
    """VoID counts over the published graphs: summed from per-graph counts for an embedded store
    (``graph.voidstats``), counted with SPARQL on a remote one."""
    if exportcache.folder(store) is None:
        stats = statistics_by_query(store, settings)
    else:
        own = store_graphs(settings.base_iri)
        counts = voidstats.dataset_counts(store, [own["ontology"], own["shared"]], {own["ontology"]}, LINK_PREFIXES)
        targets = {slug: (label, home) for slug, label, _prefix, home in LINK_TARGETS}
        links = []
        for slug, _label, _prefix, _home in LINK_TARGETS:
            for key, n in counts["links"].items():
                if key.split(" ", 1)[0] == slug:
                    links.append((slug, *targets[slug], key.split(" ", 1)[1], n))
        stats = {"triples": counts["triples"], "entities": counts["entities"], "classes": len(counts["classes"]),
                 "properties": len(counts["properties"]), "documents": len(store.graphs()), "linksets": links}
    stats["examples"] = store.graphs()[:3]
    times = [r["time"] for r in store.build_records().values() if r.get("time")]
    stats["issued"], stats["modified"] = (min(times), max(times)) if times else (None, None)
    return stats


def statistics_by_query(store, settings: Settings) -> dict:
    """VoID counts over the published graphs, with SPARQL over the whole store (a remote store)."""
    f = _published_filter(settings)
    distinct = f"{{ SELECT DISTINCT ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {f} }} }}"
    stats = {
        "triples": _one(store, f"SELECT (COUNT(*) AS ?n) WHERE {distinct}"),
        "entities": _one(store, f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {f} FILTER(isIRI(?s)) }}"),
        "classes": _one(store, f"SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE {{ GRAPH ?g {{ ?s <{RDF_TYPE}> ?o }} {f} }}"),
        "properties": _one(store, f"SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {f} }}"),
        "documents": len(store.graphs()),
    }
    links = []
    onto = store_graphs(settings.base_iri)["ontology"]
    for slug, label, prefix, home in LINK_TARGETS:  # links of the data: not the ontology, not rdf:type
        rows = store.query(
            f"SELECT ?p (COUNT(*) AS ?n) WHERE {{ {{ SELECT DISTINCT ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {f} "
            f"FILTER(?g != <{onto}> && ?p != <{RDF_TYPE}> && isIRI(?o) && STRSTARTS(STR(?o), \"{prefix}\")) }} }} }} "
            f"GROUP BY ?p ORDER BY ?p")
        links += [(slug, label, home, r["p"].value, int(r["n"].value)) for r in rows]
    stats["linksets"] = links
    return stats


def description_ntriples(store, settings: Settings) -> bytes:
    base = settings.base_iri
    ds = mint.dataset(base)
    stats = statistics(store, settings)
    out: list[tuple[str, str, ox.NamedNode | ox.Literal]] = []

    def add(s: str, p: str, o) -> None:
        out.append((s, p, o))

    def iri(v: str) -> ox.NamedNode:
        return ox.NamedNode(v)

    def text(v: str, lang: str | None = None) -> ox.Literal:
        return ox.Literal(v, language=lang)

    def typed(v, dt: str) -> ox.Literal:
        return ox.Literal(str(v), datatype=ox.NamedNode(XSD + dt))

    add(ds, RDF_TYPE, iri(DCAT + "Dataset"))
    add(ds, RDF_TYPE, iri(VOID + "Dataset"))
    add(ds, DCT + "title", text("Kamergraaf: Kamervragen en antwoorden als linked data", "nl"))
    add(ds, DCT + "title", text("Kamergraaf: Dutch parliamentary questions and answers as linked data", "en"))
    add(ds, DCT + "description", text(
        "Schriftelijke Kamervragen en lijsten van feitelijke vragen met de antwoorden van de regering, met de "
        "genoemde instanties, wetten, landen, personen en cijfers; elk cijfer met de zin waaruit het komt.", "nl"))
    add(ds, DCT + "description", text(
        "Written parliamentary questions and committee question lists with the government's answers, the agencies, "
        "laws, countries, people and figures they mention; each figure with the sentence it came from.", "en"))
    add(ds, DCT + "identifier", text(ds))
    publisher, contact = f"{base}publisher", f"{base}dataset/contact"
    add(ds, DCT + "publisher", iri(publisher))
    add(publisher, RDF_TYPE, iri(FOAF + "Agent"))
    add(publisher, FOAF + "name", text("Kamergraaf"))
    add(publisher, FOAF + "homepage", iri(base))
    add(ds, DCAT + "contactPoint", iri(contact))
    add(contact, RDF_TYPE, iri(VCARD + "Organization"))
    add(contact, VCARD + "fn", text("Kamergraaf"))
    add(contact, VCARD + "hasURL", iri(base))
    add(ds, DCT + "license", iri(CC0))
    add(ds, DCT + "accessRights", iri(PUBLIC))
    add(ds, DCT + "language", iri(LANG + "NLD"))
    add(ds, DCAT + "theme", iri(THEME))
    add(ds, DCAT + "landingPage", iri(base))
    add(ds, DCAT + "keyword", text("Kamervragen", "nl"))
    add(ds, DCAT + "keyword", text("parliamentary questions", "en"))
    add(ds, "http://www.w3.org/2002/07/owl#versionInfo", text(__version__))
    if stats["issued"]:
        add(ds, DCT + "issued", typed(stats["issued"], "dateTime"))
        add(ds, DCT + "modified", typed(stats["modified"], "dateTime"))
    for name, ext, media, code in FORMATS:
        dist = f"{base}dataset/distribution/{name}"
        add(ds, DCAT + "distribution", iri(dist))
        add(dist, RDF_TYPE, iri(DCAT + "Distribution"))
        add(dist, DCT + "title", text(f"Kamergraaf ({ext}, gzip)", "nl"))
        add(dist, DCAT + "mediaType", iri(f"https://www.iana.org/assignments/media-types/{media}"))
        add(dist, DCAT + "compressFormat", iri("https://www.iana.org/assignments/media-types/application/gzip"))
        add(dist, DCT + "format", iri(FILE_TYPE + code))
        add(dist, DCAT + "accessURL", iri(f"{base}download/"))
        add(dist, DCAT + "downloadURL", iri(f"{base}download/kamergraaf.{ext}.gz"))
        add(dist, DCT + "license", iri(CC0))
        add(ds, VOID + "dataDump", iri(f"{base}download/kamergraaf.{ext}.gz"))
    # VoID
    add(ds, VOID + "sparqlEndpoint", iri(f"{base}sparql"))
    add(ds, VOID + "uriSpace", text(base))
    for key in ("triples", "entities", "classes", "properties"):
        add(ds, VOID + key, typed(stats[key], "integer"))
    add(ds, VOID + "documents", typed(stats["documents"], "integer"))
    for example in stats["examples"]:
        add(ds, VOID + "exampleResource", iri(example))
    for slug, label, home, predicate, count in stats["linksets"]:
        local = predicate.rstrip("/#").replace("#", "/").rsplit("/", 1)[-1]
        ls, target = f"{base}dataset/linkset/{slug}-{local}", f"{base}dataset/target/{slug}"
        add(ds, VOID + "subset", iri(ls))
        add(ls, RDF_TYPE, iri(VOID + "Linkset"))
        add(ls, VOID + "subjectsTarget", iri(ds))
        add(ls, VOID + "objectsTarget", iri(target))
        add(ls, VOID + "linkPredicate", iri(predicate))
        add(ls, VOID + "triples", typed(count, "integer"))
        add(target, RDF_TYPE, iri(VOID + "Dataset"))
        add(target, DCT + "title", text(label))
        add(target, FOAF + "homepage", iri(home))
    triples = {ox.Triple(ox.NamedNode(s), ox.NamedNode(p), o) for s, p, o in out}
    return ox.serialize(sorted(triples, key=str), format=ox.RdfFormat.N_TRIPLES)
