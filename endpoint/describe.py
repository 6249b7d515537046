"""What a resource page shows, read from the store as plain data (dicts and lists, no HTML).

``describe`` reads a resource's own properties and what points to it in one query; the labels of the terms
(properties, classes) come from the packaged ontology (Dutch labels of the kg: terms) and from ``TERM_LABELS``
(Dutch labels of the dct:, schema:, nif:, skos:, sdmx and other terms the graph uses), so a page speaks Dutch.
``document_body`` and ``parts_body`` read a document's questions, answers, figures, mentions, footnotes and
roles (or those of one question and its answer) in one query; ``figure_facts`` a figure's value and quote.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path

import pyoxigraph as ox

from kamergraaf.graph.store import store_graphs

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
_V, _D, _DC = "http://rdfs.org/ns/void#", "http://www.w3.org/ns/dcat#", "http://purl.org/linked-data/"
# Dutch labels of the terms of other vocabularies the graph uses (the kg: terms have theirs in the ontology)
TERM_LABELS = {
    RDF_TYPE: "soort", RDFS + "label": "label", RDFS + "comment": "toelichting", RDFS + "seeAlso": "zie ook",
    RDFS + "domain": "domein", RDFS + "range": "bereik", RDFS + "subClassOf": "subklasse van",
    RDFS + "subPropertyOf": "subeigenschap van", RDFS + "isDefinedBy": "gedefinieerd in",
    DCT + "title": "titel", DCT + "identifier": "identificatie", DCT + "dateSubmitted": "datum ingediend",
    DCT + "format": "bestandsformaat", DCT + "description": "beschrijving", DCT + "issued": "uitgegeven",
    DCT + "modified": "gewijzigd", DCT + "license": "licentie", DCT + "publisher": "uitgever", DCT + "language": "taal",
    DCT + "accessRights": "toegangsrechten", DCT + "source": "bron", DCT + "created": "aangemaakt",
    DCT + "subject": "onderwerp", DCT + "conformsTo": "volgens", DCT + "isPartOf": "onderdeel van",
    SCHEMA + "text": "tekst", SCHEMA + "position": "volgorde", SCHEMA + "isPartOf": "onderdeel van",
    SCHEMA + "acceptedAnswer": "antwoord", SCHEMA + "numberOfPages": "aantal pagina's", SCHEMA + "name": "naam",
    NIF + "beginIndex": "beginpositie", NIF + "endIndex": "eindpositie", NIF + "anchorOf": "tekst in het document",
    SKOS + "prefLabel": "naam", SKOS + "altLabel": "andere naam", SKOS + "notation": "code",
    SKOS + "exactMatch": "dezelfde als", SKOS + "closeMatch": "vergelijkbaar met", SKOS + "inScheme": "in begrippenlijst",
    SKOS + "Concept": "begrip", SKOS + "ConceptScheme": "begrippenlijst", SKOS + "definition": "definitie",
    OWL + "sameAs": "dezelfde als", OWL + "versionInfo": "versie", OWL + "Class": "klasse",
    OWL + "ObjectProperty": "eigenschap", OWL + "DatatypeProperty": "eigenschap", OWL + "Ontology": "ontologie",
    "http://xmlns.com/foaf/0.1/name": "naam", "http://xmlns.com/foaf/0.1/homepage": "website",
    "http://xmlns.com/foaf/0.1/Agent": "actor",
    _DC + "sdmx/2009/measure#obsValue": "waarde", _DC + "sdmx/2009/attribute#unitMeasure": "eenheid",
    _DC + "sdmx/2009/dimension#refPeriod": "peildatum", _DC + "cube#Observation": "waarneming",
    "http://data.europa.eu/eli/ontology#is_part_of": "onderdeel van",
    _V + "Dataset": "dataset", _V + "Linkset": "koppelset", _V + "sparqlEndpoint": "SPARQL-endpoint",
    _V + "dataDump": "download", _V + "triples": "aantal triples", _V + "entities": "aantal entiteiten",
    _V + "classes": "aantal klassen", _V + "properties": "aantal eigenschappen", _V + "documents": "aantal documenten",
    _V + "subset": "deelverzameling", _V + "uriSpace": "adresruimte", _V + "exampleResource": "voorbeeld",
    _V + "linkPredicate": "koppeleigenschap", _V + "subjectsTarget": "onderwerpen uit", _V + "objectsTarget": "objecten uit",
    _D + "Dataset": "dataset", _D + "Distribution": "distributie", _D + "distribution": "distributie",
    _D + "downloadURL": "downloadadres", _D + "accessURL": "toegangsadres", _D + "mediaType": "mediatype",
    _D + "keyword": "trefwoord", _D + "theme": "thema", _D + "landingPage": "startpagina",
    _D + "contactPoint": "contactpunt", _D + "compressFormat": "compressieformaat",
    "http://www.w3.org/2006/vcard/ns#fn": "naam", "http://www.w3.org/2006/vcard/ns#hasURL": "webadres",
    "http://www.w3.org/2006/vcard/ns#Organization": "organisatie", "http://www.w3.org/ns/prov#Activity": "activiteit",
}
# kinds of things that point to a resource, in the order a page lists them, with their Dutch group names
KINDS = (("Question", "Vragen"), ("Answer", "Antwoorden"), ("Figure", "Cijfers"), ("Mention", "Vermeldingen"),
         ("Footnote", "Voetnoten"), ("Participation", "Rollen"), ("Document", "Documenten"), ("", "Overige"))
INCOMING_LIMIT = 2000


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
    incoming: list[dict] = field(default_factory=list)    # subject, props, kind, doc, part (Values or None)
    incoming_truncated: bool = False

    def has_type(self, local: str) -> bool:
        return any(t.iri == KG + local for t in self.types)

    def values(self, prop: str) -> list[Value]:
        return next((vals for p, vals in self.properties if p.iri == prop), [])

    def first(self, prop: str) -> Value | None:
        vals = self.values(prop)
        return vals[0] if vals else None


def _str(term) -> str | None:
    return None if term is None else term.value


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


def describe(store, iri: str, base: str = "", skip_graph: str | None = None) -> Description | None:
    """Outgoing properties (labelled) and up to ``INCOMING_LIMIT`` incoming links in one query; None when unknown.

    Each incoming link carries the kind of its subject (question, answer, figure, mention...), the document
    and the part (question or answer) it belongs to. The builds graph (``store_graphs(base)["builds"]``) is
    left out, and ``skip_graph`` too for incoming links (a document page lists its own parts itself).
    """
    builds = store_graphs(base)["builds"]
    skip = f" && ?g != <{skip_graph}>" if skip_graph else ""
    props = " ".join(f"<{p}>" for p in LABEL_PROPS)
    rows = store.query(PREFIXES + f"""
SELECT ?dir ?p ?x ?lp ?l ?t ?doc ?docTitle ?part ?partHead ?partType WHERE {{
  {{ SELECT DISTINCT ?p ?x ?dir WHERE {{ GRAPH ?g {{ <{iri}> ?p ?x }} FILTER(?g != <{builds}>) BIND("o" AS ?dir) }} }}
  UNION
  {{ {{ SELECT DISTINCT ?x ?p ?dir WHERE {{ GRAPH ?g {{ ?x ?p <{iri}> }} FILTER(?g != <{builds}>{skip}) BIND("i" AS ?dir) }}
       ORDER BY ?x ?p LIMIT {INCOMING_LIMIT + 1} }}
    OPTIONAL {{ ?x a ?t FILTER(STRSTARTS(STR(?t), STR(kg:))) }}
    OPTIONAL {{ ?x kg:document ?doc OPTIONAL {{ ?doc dct:title ?docTitle }} }}
    OPTIONAL {{ ?x schema:isPartOf|kg:anchoredIn ?part FILTER(?part != <{iri}>)
               ?part a ?partType FILTER(?partType IN (kg:Question, kg:Answer)) OPTIONAL {{ ?part kg:heading ?partHead }} }}
  }}
  OPTIONAL {{ ?x ?lp ?l VALUES ?lp {{ {props} }} }}
}}""")
    picker, self_picker = LabelPicker(), LabelPicker()
    out: dict[tuple[str, ox.Term], None] = {}
    inc: dict[tuple[str, str], dict] = {}
    terms: dict[str, ox.Term] = {}
    for row in rows:
        x, p = row["x"], row["p"].value
        if isinstance(x, ox.NamedNode) and row["l"] is not None:
            picker.offer(x.value, row["lp"].value, row["l"])
        if row["dir"].value == "o":
            out[(p, x)] = None
            if isinstance(x, ox.Literal):
                self_picker.offer(iri, p, x)
            continue
        entry = inc.setdefault((x.value if isinstance(x, ox.NamedNode) else str(x), p),
                               {"term": x, "types": set(), "doc": None, "docTitle": None, "part": None, "partHead": None})
        for key in ("doc", "docTitle", "part", "partHead"):
            if row[key] is not None and entry[key] is None:
                entry[key] = row[key]
        if row["t"] is not None:
            entry["types"].add(row["t"].value)
        terms[x.value if isinstance(x, ox.NamedNode) else str(x)] = x
    if not out and not inc:
        return None
    labels = picker.result()
    for entry in inc.values():  # parts are labelled by their heading, documents by their title
        if entry["part"] is not None and entry["partHead"] is not None:
            labels.setdefault(entry["part"].value, tidy_label(KG + "heading", entry["partHead"].value))
        if entry["doc"] is not None and entry["docTitle"] is not None:
            labels.setdefault(entry["doc"].value, entry["docTitle"].value)
    own = self_picker.result().get(iri)
    desc = Description(iri, own or labels.get(iri) or local_name(iri))
    grouped: dict[str, list[Value]] = {}
    for p, x in out:
        if p == RDF_TYPE:
            desc.types.append(value_of(x, labels, base))
        else:
            grouped.setdefault(p, []).append(value_of(x, labels, base))
    desc.types.sort(key=lambda v: (not (v.iri or "").startswith(KG), v.text))
    for p in sorted(grouped, key=lambda k: term_label(k).lower()):
        desc.properties.append((Value(term_label(p), iri=p), sorted(grouped[p], key=lambda v: (v.text, v.iri or ""))))
    merged: dict[str, dict] = {}
    for (s, p), entry in sorted(inc.items()):
        item = merged.setdefault(s, {"subject": value_of(entry["term"], labels, base), "props": [],
                                     "kind": kind_of(entry["types"]),
                                     "doc": value_of(entry["doc"], labels, base) if entry["doc"] else None,
                                     "part": value_of(entry["part"], labels, base) if entry["part"] else None})
        item["props"].append(Value(term_label(p), iri=p))
    desc.incoming = list(merged.values())
    desc.incoming_truncated = len(inc) > INCOMING_LIMIT
    return desc


def group_incoming(items: list[dict], shown: int = 200) -> list[dict]:
    """The incoming links by kind (questions, answers, figures, mentions...), each with its count."""
    groups = []
    for kind, name in KINDS:
        members = [i for i in items if i["kind"] == kind]
        if members:
            members.sort(key=lambda i: (natural_key(i["subject"].iri or i["subject"].text)))
            groups.append({"kind": kind or "other", "name": name, "count": len(members), "items": members[:shown]})
    return groups


def _reading_order(heading: str) -> tuple:
    """"Vraag 3" before "Antwoord 3" before "Vraag 4"."""
    m = re.search(r"\d+", heading)
    return (int(m.group(0)) if m else 10**9, 0 if heading.startswith("Vraag") else 1, heading)


def natural_key(text: str) -> list:
    """Sorts "vraag/10" after "vraag/9"."""
    return [int(t) if t.isdigit() else t for t in re.split(r"(\d+)", text)]


def mentioned_in(items: list[dict]) -> list[dict]:
    """Documents that mention (or take a figure from) the resource, each with its questions and answers."""
    docs: dict[str, dict] = {}
    for item in items:
        if item["kind"] not in ("Mention", "Figure") or item["doc"] is None:
            continue
        doc = docs.setdefault(item["doc"].iri, {"doc": item["doc"], "count": 0, "parts": {}})
        doc["count"] += 1
        if item["part"] is not None:
            part = doc["parts"].setdefault(item["part"].iri, {"part": item["part"], "count": 0})
            part["count"] += 1
    out = []
    for doc in sorted(docs.values(), key=lambda d: (-d["count"], d["doc"].iri)):
        parts = sorted(doc["parts"].values(), key=lambda p: _reading_order(p["part"].text))
        out.append({"doc": doc["doc"], "count": doc["count"], "parts": parts})
    return out


# -- a document read as a document: its questions and answers in order, with figures, mentions and notes

_BODY_SKIP = (KG + "sourceFile", NIF + "endIndex", KG + "printedNumber", KG + "quoteEndIndex",
              KG + "approximate", KG + "rounding")
_URL = re.compile(r"https?://[^\s<>\"«»]+[^\s<>\"«».,;:)]")


def _body_query(where: str) -> str:
    skip = ", ".join(f"<{p}>" for p in _BODY_SKIP)
    props = " ".join(f"<{p}>" for p in LABEL_PROPS)
    return PREFIXES + f"""SELECT ?s ?p ?o ?lp ?l WHERE {{
  {where} FILTER(?p NOT IN ({skip}))
  OPTIONAL {{ FILTER(?p IN (kg:refersTo, kg:participant, kg:role, kg:answerKind, sdmx-attribute:unitMeasure))
             ?o ?lp ?l VALUES ?lp {{ {props} }} }}
}}"""


def document_body(store, doc: str, base: str = "") -> dict:
    """Everything a document page shows below its header, from the document's own graph, in one query."""
    return assemble(store.query(_body_query(f"GRAPH <{doc}> {{ ?s ?p ?o }} FILTER(?s != <{doc}>)")), doc, base)


def parts_body(store, parts: list[str], base: str = "") -> dict:
    """The same for some questions and answers of a document (and their figures, mentions and notes)."""
    values = " ".join(f"<{p}>" for p in sorted(parts))
    where = (f"{{ VALUES ?s {{ {values} }} }} UNION {{ VALUES ?part {{ {values} }} ?s schema:isPartOf ?part }} "
             f"UNION {{ VALUES ?part {{ {values} }} ?s kg:anchoredIn ?part }} ?s ?p ?o .")
    return assemble(store.query(_body_query(where)), None, base)


def _int(term, default: int = 10**9) -> int:
    try:
        return int(term.value) if term is not None else default
    except ValueError:
        return default


def assemble(rows, doc: str | None, base: str) -> dict:
    """Rows of (?s ?p ?o ?lp ?l) as questions (each with its answer), answers no question points to,
    footnotes, roles and the parts that point to the document."""
    nodes: dict[str, dict[str, list]] = {}
    picker = LabelPicker()
    for row in rows:
        props = nodes.setdefault(row["s"].value, {})
        o = row["o"]
        if o not in props.setdefault(row["p"].value, []):
            props[row["p"].value].append(o)
        if row["l"] is not None:
            picker.offer(o.value, row["lp"].value, row["l"])
        picker.offer(row["s"].value, row["p"].value, o)
    labels = picker.result()

    def one(node, prop):
        vals = node.get(prop)
        return vals[0] if vals else None

    def types(node):
        return {t.value for t in node.get(RDF_TYPE, [])}

    by_part: dict[str, dict[str, list[str]]] = {}
    for s, node in nodes.items():
        for prop, kind in ((SCHEMA + "isPartOf", None), (KG + "anchoredIn", "Footnote")):
            for part in node.get(prop, []):
                k = kind or kind_of(types(node))
                by_part.setdefault(part.value, {}).setdefault(k, []).append(s)

    def text_part(iri: str, kind: str) -> dict:
        node = nodes.get(iri, {})
        number = one(node, KG + "number")
        heading = labels.get(iri) if one(node, KG + "heading") else None
        prefix = "Vraag" if kind == "Question" else "Antwoord"
        if heading and number is not None and not re.search(r"\d", heading):  # "Antwoord:" printed without number
            heading = None
        text = one(node, SCHEMA + "text")
        parts = by_part.get(iri, {})
        return {"iri": iri, "heading": heading or f"{prefix} {number.value if number else ''}".strip(),
                "number": number.value if number else None, "page": _str(one(node, KG + "page")),
                "answer_kind": value_of(one(node, KG + "answerKind"), labels) if one(node, KG + "answerKind") else None,
                "segments": segments(text.value if text else "", _int(one(node, NIF + "beginIndex"), 0),
                                     [nodes[f] for f in parts.get("Figure", [])], parts.get("Figure", []),
                                     [nodes[n] for n in parts.get("Footnote", [])]),
                "figures": [{"iri": f, "label": labels.get(f, local_name(f))}
                            for f in sorted(parts.get("Figure", []), key=natural_key)],
                "chips": chips([nodes[m] for m in parts.get("Mention", [])], labels, base)}

    questions = sorted((s for s, n in nodes.items() if KG + "Question" in types(n)),
                       key=lambda s: (_int(one(nodes[s], SCHEMA + "position")), _int(one(nodes[s], KG + "number")),
                                      natural_key(s)))
    answered = set()
    qa = []
    for q in questions:
        item = text_part(q, "Question")
        answer = one(nodes[q], SCHEMA + "acceptedAnswer")
        item["answer"] = text_part(answer.value, "Answer") if answer is not None and answer.value in nodes else None
        if answer is not None:
            answered.add(answer.value)
        qa.append(item)
    orphans = sorted((s for s, n in nodes.items() if KG + "Answer" in types(n) and s not in answered),
                     key=lambda s: (_int(one(nodes[s], NIF + "beginIndex")), natural_key(s)))
    notes = sorted((s for s, n in nodes.items() if KG + "Footnote" in types(n)),
                   key=lambda s: (_int(one(nodes[s], NIF + "beginIndex")), natural_key(s)))
    footnotes = [{"iri": s, "marker": _str(one(nodes[s], KG + "marker")) or "",
                  "pieces": link_pieces(_str(one(nodes[s], SCHEMA + "text")) or ""),
                  "anchor": value_of(one(nodes[s], KG + "anchoredIn"), labels, base)
                  if one(nodes[s], KG + "anchoredIn") is not None else None} for s in notes]
    roles = []
    for s, node in sorted(nodes.items()):
        if KG + "Participation" in types(node):
            person = one(node, KG + "participant")
            role = one(node, KG + "role")
            roles.append({"role": role.value.rsplit("role-", 1)[-1] if role is not None else "",
                          "person": value_of(person, labels, base) if person is not None else None,
                          "party": _str(one(node, KG + "party")), "title": _str(one(node, KG + "personTitle")),
                          "portfolio": _str(one(node, KG + "portfolio"))})
    incoming = []
    if doc is not None:
        for s, node in nodes.items():
            props = [Value(term_label(p), iri=p) for p, vals in sorted(node.items())
                     if any(isinstance(v, ox.NamedNode) and v.value == doc for v in vals)]
            if props:
                incoming.append({"subject": value_of(ox.NamedNode(s), labels, base), "props": props,
                                 "kind": kind_of(types(node)), "doc": None, "part": None})
    return {"questions": qa, "orphans": [text_part(a, "Answer") for a in orphans], "footnotes": footnotes,
            "roles": roles, "incoming": incoming}


def segments(text: str, begin: int, figures: list[dict], figure_iris: list[str], notes: list[dict]) -> list[dict]:
    """The text cut into pieces so that each figure's words can be marked and each footnote marker shown.

    Offsets are those of the cleaned text (nif:beginIndex of the part and of the figure, kg:anchorIndex of a
    note); where a figure's words are not at its offset, its first occurrence in the text is marked instead.
    """
    marks = []
    for iri, fig in zip(figure_iris, figures):
        words = next((_str(fig[p][0]) for p in (NIF + "anchorOf", KG + "valueText", KG + "quote") if fig.get(p)), "")
        start = _int((fig.get(NIF + "beginIndex") or [None])[0], -1) - begin
        if not words or text[start:start + len(words)] != words or start < 0:
            start = text.find(words) if words else -1
        if start >= 0 and not any(s < start + len(words) and start < e for s, e, _k, _v in marks):
            marks.append((start, start + len(words), "figure", iri))
    for note in notes:
        at = _int((note.get(KG + "anchorIndex") or [None])[0], -1) - begin
        marker = _str((note.get(KG + "marker") or [None])[0])
        if marker and 0 <= at <= len(text) and not any(s < at < e for s, e, _k, _v in marks):
            marks.append((at, at, "note", marker))
    pieces, pos = [], 0
    for start, end, kind, val in sorted(marks, key=lambda m: (m[0], m[1])):
        if start > pos:
            pieces.append({"text": text[pos:start]})
        pieces.append({"text": text[start:end], kind: val})
        pos = max(pos, end)
    if pos < len(text) or not pieces:
        pieces.append({"text": text[pos:]})
    return pieces


def chips(mentions: list[dict], labels: dict[str, str], base: str) -> list[dict]:
    """What a part mentions, once per resource: label, kind (from the address: instantie, land, regeling...)."""
    out: dict[str, dict] = {}
    for m in mentions:
        target = (m.get(KG + "refersTo") or [None])[0]
        if target is None:
            continue
        words = _str((m.get(NIF + "anchorOf") or [None])[0]) or local_name(target.value)
        chip = out.setdefault(target.value, {"iri": target.value, "label": labels.get(target.value) or words,
                                             "kind": _kind_of_address(target.value, base), "count": 0})
        chip["count"] += 1
    return sorted(out.values(), key=lambda c: (c["kind"], c["label"].lower()))


def _kind_of_address(iri: str, base: str) -> str:
    rest = iri[len(base):] if base and iri.startswith(base) else ""
    return rest.split("/", 1)[0] if "/" in rest else "overig"


def link_pieces(text: str) -> list[dict]:
    """A footnote's text with its web addresses as links (http and https only)."""
    pieces, pos = [], 0
    for m in _URL.finditer(text):
        if m.start() > pos:
            pieces.append({"text": text[pos:m.start()]})
        pieces.append({"text": m.group(0), "url": m.group(0)})
        pos = m.end()
    if pos < len(text) or not pieces:
        pieces.append({"text": text[pos:]})
    return pieces


def figure_facts(store, fig: str) -> dict | None:
    """Value, unit, date, source and quote of a figure, with the document and answer it comes from."""
    rows = list(store.query(PREFIXES + f"""
SELECT ?value ?valueText ?unit ?unitLabel ?date ?start ?end ?source ?sourceLabel ?quote ?qbegin ?begin ?words ?page
       ?doc ?docLabel ?answer ?answerHead ?answerNum ?measure WHERE {{
  <{fig}> a kg:Figure .
  OPTIONAL {{ <{fig}> sdmx-measure:obsValue ?value }} OPTIONAL {{ <{fig}> kg:valueText ?valueText }}
  OPTIONAL {{ <{fig}> sdmx-attribute:unitMeasure ?unit
             OPTIONAL {{ ?unit skos:prefLabel|rdfs:label ?unitLabel FILTER(LANG(?unitLabel) IN ("nl", "")) }} }}
  OPTIONAL {{ <{fig}> sdmx-dimension:refPeriod ?date }}
  OPTIONAL {{ <{fig}> kg:periodStart ?start }} OPTIONAL {{ <{fig}> kg:periodEnd ?end }}
  OPTIONAL {{ <{fig}> kg:dataSource ?source OPTIONAL {{ ?source skos:prefLabel|rdfs:label ?sourceLabel }} }}
  OPTIONAL {{ <{fig}> kg:quote ?quote }} OPTIONAL {{ <{fig}> kg:quoteBeginIndex ?qbegin }}
  OPTIONAL {{ <{fig}> nif:beginIndex ?begin }} OPTIONAL {{ <{fig}> nif:anchorOf ?words }}
  OPTIONAL {{ <{fig}> kg:page ?page }} OPTIONAL {{ <{fig}> kg:measure ?measure }}
  OPTIONAL {{ <{fig}> kg:document ?doc OPTIONAL {{ ?doc dct:title ?docLabel }} }}
  OPTIONAL {{ <{fig}> schema:isPartOf ?answer OPTIONAL {{ ?answer kg:heading ?answerHead }}
             OPTIONAL {{ ?answer kg:number ?answerNum }} }}
}} ORDER BY ?unitLabel ?sourceLabel LIMIT 1"""))
    if not rows:
        return None
    r = rows[0]
    facts = {k: _str(r[k]) for k in ("value", "valueText", "unit", "unitLabel", "date", "start", "end", "source",
                                     "sourceLabel", "quote", "page", "doc", "docLabel", "answer", "measure", "words")}
    head = tidy_label(KG + "heading", r["answerHead"].value) if r["answerHead"] else ""
    if r["answerNum"] is not None and not re.search(r"\d", head):
        head = f"{head or 'Antwoord'} {r['answerNum'].value}"
    facts["answerHead"] = head or None
    if facts["unit"] and not facts["unitLabel"]:
        facts["unitLabel"] = local_name(facts["unit"])
    quote, words = facts["quote"] or "", facts["words"] or facts["valueText"] or ""
    at = _int(r["begin"], -1) - _int(r["qbegin"], 0) if r["qbegin"] is not None else -1
    if not words or quote[at:at + len(words)] != words or at < 0:
        at = quote.find(words) if words else -1
    facts["quote_pieces"] = ([{"text": quote[:at]}, {"text": words, "figure": fig}, {"text": quote[at + len(words):]}]
                             if at >= 0 else [{"text": quote}])
    return facts


def figure_heading(facts: dict) -> str:
    """What a figure page is titled: value, unit and what is counted ("23.810 persons: vreemdelingen")."""
    head = " ".join(x for x in (facts.get("valueText") or facts.get("value"), facts.get("unitLabel")) if x)
    measure = facts.get("measure")
    return f"{head}: {measure}" if head and measure else (head or measure or "")
