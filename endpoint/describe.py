"""What a resource page shows, read from the store as plain data (dicts and lists, no HTML).

Terms are those of ontology/kamergraaf.ttl: parts of a document point to it with kg:document and to their
immediate container with schema:isPartOf; questions carry kg:number, schema:position, schema:text and
schema:acceptedAnswer; figures are qb:Observations with sdmx-measure:obsValue, sdmx-attribute:unitMeasure,
sdmx-dimension:refPeriod, kg:dataSource and kg:quote.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path

import pyoxigraph as ox

from kamergraaf.graph.store import store_graphs

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
LABEL_PROPS = ("http://www.w3.org/2000/01/rdf-schema#label", "http://www.w3.org/2004/02/skos/core#prefLabel",
               "https://schema.org/name", "http://xmlns.com/foaf/0.1/name", "http://purl.org/dc/terms/title",
               "https://w3id.org/kamergraaf/def#officialId", "http://purl.org/dc/terms/identifier")
PREFIXES = """PREFIX kg: <https://w3id.org/kamergraaf/def#>
PREFIX schema: <https://schema.org/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dct: <http://purl.org/dc/terms/>
PREFIX sdmx-measure: <http://purl.org/linked-data/sdmx/2009/measure#>
PREFIX sdmx-attribute: <http://purl.org/linked-data/sdmx/2009/attribute#>
PREFIX sdmx-dimension: <http://purl.org/linked-data/sdmx/2009/dimension#>
"""
KG = "https://w3id.org/kamergraaf/def#"


@dataclass
class Value:
    text: str                 # what to show
    iri: str | None = None    # set for IRIs (the template links them)
    datatype: str = ""
    language: str = ""


@dataclass
class Description:
    iri: str
    label: str
    types: list[Value] = field(default_factory=list)
    properties: list[tuple[Value, list[Value]]] = field(default_factory=list)
    incoming: list[tuple[Value, Value]] = field(default_factory=list)

    def has_type(self, local: str) -> bool:
        return any(t.iri == KG + local for t in self.types)


def _str(term) -> str | None:
    return None if term is None else term.value


def _labels(store, iris: set[str]) -> dict[str, str]:
    """One label per IRI (Dutch preferred), for the IRIs that have one."""
    if not iris:
        return {}
    values = " ".join(f"<{i}>" for i in sorted(iris) if ">" not in i)
    props = " ".join(f"<{p}>" for p in LABEL_PROPS)
    rows = store.query(f"SELECT ?s ?p ?l WHERE {{ VALUES ?s {{ {values} }} VALUES ?p {{ {props} }} ?s ?p ?l }}")
    best: dict[str, tuple[int, str]] = {}
    for row in rows:
        lit = row["l"]
        rank = LABEL_PROPS.index(row["p"].value) * 3
        lang = getattr(lit, "language", None)
        rank += 0 if lang in (None, "nl") else (1 if lang == "en" else 2)
        s = row["s"].value
        if s not in best or rank < best[s][0]:
            best[s] = (rank, lit.value)
    labels = {s: text for s, (_r, text) in best.items()}
    missing = {i for i in iris if i not in labels and i.startswith(KG)}
    if missing:  # terms of our ontology, from the packaged ontology when the store does not hold it
        labels.update(_labels(ontology_store(), missing) if store is not ontology_store() else {})
    return labels


@functools.lru_cache(maxsize=1)
def ontology_store() -> ox.Store:
    """The packaged ontology (ontology/kamergraaf.ttl) in an in-memory store, read once."""
    store = ox.Store()
    store.load(Path(str(files("kamergraaf.ontology"))).joinpath("kamergraaf.ttl").read_bytes(),
               format=ox.RdfFormat.TURTLE)
    return store


def _short(iri: str, base: str) -> str:
    return iri[len(base):] if base and iri.startswith(base) else iri


def _value(term, labels: dict[str, str], base: str = "") -> Value:
    if isinstance(term, ox.NamedNode):
        return Value(labels.get(term.value, _short(term.value, base)), iri=term.value)
    if isinstance(term, ox.Literal):
        dt = term.datatype.value if term.datatype else ""
        return Value(term.value, datatype=dt.rsplit("#", 1)[-1], language=term.language or "")
    return Value(str(term))


def describe(store, iri: str, base: str = "") -> Description | None:
    """Outgoing properties (grouped, labelled) and up to 200 incoming links; None when unknown.

    The store's bookkeeping graph (build records, ``store_graphs(base)["builds"]``) is left out.
    """
    skip = f"FILTER(?g != <{store_graphs(base)['builds']}>)"
    rows = list(store.query(f"SELECT DISTINCT ?p ?o WHERE {{ GRAPH ?g {{ <{iri}> ?p ?o }} {skip} }}"))
    incoming = list(store.query(f"SELECT DISTINCT ?s ?p WHERE {{ GRAPH ?g {{ ?s ?p <{iri}> }} {skip} }} LIMIT 200"))
    if not rows and not incoming:
        return None
    need = {iri} | {r["p"].value for r in rows} | {r["o"].value for r in rows if isinstance(r["o"], ox.NamedNode)}
    need |= {r["s"].value for r in incoming if isinstance(r["s"], ox.NamedNode)} | {r["p"].value for r in incoming}
    labels = _labels(store, need)
    desc = Description(iri, labels.get(iri, iri.rstrip("/").rsplit("/", 1)[-1]))
    grouped: dict[str, list[Value]] = {}
    for row in rows:
        p = row["p"].value
        if p == RDF_TYPE:
            desc.types.append(_value(row["o"], labels, base))
        else:
            grouped.setdefault(p, []).append(_value(row["o"], labels, base))
    for p in sorted(grouped, key=lambda k: labels.get(k, k).lower()):
        desc.properties.append((Value(labels.get(p, _local(p)), iri=p), sorted(grouped[p], key=lambda v: v.text)))
    for row in incoming:
        desc.incoming.append((_value(row["s"], labels, base), Value(labels.get(row["p"].value, _local(row["p"].value)),
                                                               iri=row["p"].value)))
    return desc


def _local(iri: str) -> str:
    return iri.rstrip("/#").replace("#", "/").rsplit("/", 1)[-1]


def document_parts(store, doc: str) -> list[dict]:
    """The document's questions in order, each with its answer and the figures quoted from that answer."""
    rows = store.query(PREFIXES + f"""
SELECT ?q ?num ?pos ?qtext ?a ?atext WHERE {{
  ?q a kg:Question ; kg:document <{doc}> .
  OPTIONAL {{ ?q kg:number ?num }} OPTIONAL {{ ?q schema:position ?pos }} OPTIONAL {{ ?q schema:text ?qtext }}
  OPTIONAL {{ ?q schema:acceptedAnswer ?a . OPTIONAL {{ ?a schema:text ?atext }} }}
}} ORDER BY ?pos ?num ?q""")
    figures: dict[str, list[dict]] = {}
    for f in store.query(PREFIXES + f"""
SELECT ?f ?a ?quote ?value WHERE {{
  ?f a kg:Figure ; kg:document <{doc}> ; schema:isPartOf ?a .
  OPTIONAL {{ ?f kg:quote ?quote }} OPTIONAL {{ ?f sdmx-measure:obsValue ?value }}
}}"""):
        figures.setdefault(f["a"].value, []).append(
            {"iri": f["f"].value, "quote": _str(f["quote"]) or "", "value": _str(f["value"]) or ""})
    parts = []
    for row in rows:
        answer = _str(row["a"])
        atext = _str(row["atext"]) or ""
        parts.append({"iri": row["q"].value, "number": _str(row["num"]), "text": _str(row["qtext"]) or "",
                      "answer": answer, "answer_segments": highlight(atext, figures.get(answer or "", [])),
                      "figures": figures.get(answer or "", [])})
    return parts


def highlight(text: str, figures: list[dict]) -> list[tuple[str, str | None]]:
    """The text cut into (piece, figure IRI or None) so that each figure's quote can be marked."""
    spans = []
    for fig in figures:
        quote = fig["quote"]
        start = text.find(quote) if quote else -1
        if start >= 0 and not any(s < start + len(quote) and start < e for s, e, _ in spans):
            spans.append((start, start + len(quote), fig["iri"]))
    pieces, pos = [], 0
    for start, end, iri in sorted(spans):
        if start > pos:
            pieces.append((text[pos:start], None))
        pieces.append((text[start:end], iri))
        pos = end
    if pos < len(text) or not pieces:
        pieces.append((text[pos:], None))
    return pieces


def figure_facts(store, fig: str) -> dict | None:
    """Value, unit, date, source and quote of a figure, with the document and answer it comes from."""
    rows = list(store.query(PREFIXES + f"""
SELECT ?value ?valueText ?unit ?unitLabel ?date ?start ?end ?source ?sourceLabel ?quote ?page ?doc ?docLabel
       ?answer ?measure WHERE {{
  <{fig}> a kg:Figure .
  OPTIONAL {{ <{fig}> sdmx-measure:obsValue ?value }} OPTIONAL {{ <{fig}> kg:valueText ?valueText }}
  OPTIONAL {{ <{fig}> sdmx-attribute:unitMeasure ?unit OPTIONAL {{ ?unit skos:prefLabel|rdfs:label ?unitLabel }} }}
  OPTIONAL {{ <{fig}> sdmx-dimension:refPeriod ?date }}
  OPTIONAL {{ <{fig}> kg:periodStart ?start }} OPTIONAL {{ <{fig}> kg:periodEnd ?end }}
  OPTIONAL {{ <{fig}> kg:dataSource ?source OPTIONAL {{ ?source skos:prefLabel|rdfs:label ?sourceLabel }} }}
  OPTIONAL {{ <{fig}> kg:quote ?quote }} OPTIONAL {{ <{fig}> kg:page ?page }} OPTIONAL {{ <{fig}> kg:measure ?measure }}
  OPTIONAL {{ <{fig}> kg:document ?doc OPTIONAL {{ ?doc dct:title ?docLabel }} }}
  OPTIONAL {{ <{fig}> schema:isPartOf ?answer }}
}} LIMIT 1"""))
    if not rows:
        return None
    r = rows[0]
    facts = {k: _str(r[k]) for k in ("value", "valueText", "unit", "unitLabel", "date", "start", "end", "source",
                                     "sourceLabel", "quote", "page", "doc", "docLabel", "answer", "measure")}
    if facts["unit"] and not facts["unitLabel"]:
        facts["unitLabel"] = _local(facts["unit"])
    return facts


def figure_heading(facts: dict) -> str:
    """What a figure page is titled: value, unit and what is counted ("23.810 persons: vreemdelingen")."""
    head = " ".join(x for x in (facts.get("valueText") or facts.get("value"), facts.get("unitLabel")) if x)
    measure = facts.get("measure")
    return f"{head}: {measure}" if head and measure else (head or measure or "")
