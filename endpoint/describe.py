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


def group_incoming(items: list[dict], shown: int = 100, counts: dict[str, int] | None = None) -> list[dict]:
    """The incoming links by kind (questions, answers, figures, mentions...), each with its count; ``counts``
    gives the count of a kind whose members are not all in ``items``."""
    groups = []
    for kind, name in KINDS:
        members = [i for i in items if i["kind"] == kind]
        count = max(len(members), (counts or {}).get(kind, 0))
        if count:
            members.sort(key=lambda i: (natural_key(i["subject"].iri or i["subject"].text)))
            groups.append({"kind": kind or "other", "name": name, "count": count, "items": members[:shown]})
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

_URL = re.compile(r"https?://[^\s<>\"«»]+[^\s<>\"«».,;:)]")
_LABELS_OF = "OPTIONAL {{ {var} ?lp ?l VALUES ?lp {{ {props} }} }}"


def _body_query(doc: str | None, parts: list[str]) -> str:
    """One query, one row per question, answer, figure, footnote and role, and per (part, resource mentioned)
    with the number of mentions; for a whole document also the number of its parts of each kind."""
    props = " ".join(f"<{p}>" for p in LABEL_PROPS)
    if doc:
        scope = {k: f"?s kg:document <{doc}> ." for k in ("qa", "fig", "note", "men")}
        scope["men"] = f"?m kg:document <{doc}> ."
    else:
        values = " ".join(f"<{p}>" for p in sorted(parts))
        scope = {"qa": f"VALUES ?s {{ {values} }}", "fig": f"VALUES ?part {{ {values} }}",
                 "note": f"VALUES ?part {{ {values} }}", "men": f"VALUES ?part {{ {values} }}"}
    branches = [
        f"""{{ {scope["qa"]} ?s a ?t FILTER(?t IN (kg:Question, kg:Answer)) BIND("qa" AS ?b)
    OPTIONAL {{ ?s kg:number ?num }} OPTIONAL {{ ?s schema:position ?pos }} OPTIONAL {{ ?s kg:heading ?head }}
    OPTIONAL {{ ?s schema:text ?text }} OPTIONAL {{ ?s nif:beginIndex ?begin }}
    OPTIONAL {{ ?s schema:acceptedAnswer ?ans }} OPTIONAL {{ ?s kg:answerKind ?akind }} }}""",
        f"""{{ {scope["fig"]} ?s a kg:Figure ; schema:isPartOf ?part BIND("fig" AS ?b)
    OPTIONAL {{ ?s nif:beginIndex ?begin }} OPTIONAL {{ ?s nif:anchorOf ?words }} OPTIONAL {{ ?s kg:valueText ?head }}
    OPTIONAL {{ ?s kg:quote ?text }} }}""",
        f"""{{ {{ SELECT ?part ?target (COUNT(?m) AS ?n) (MIN(?w) AS ?words) WHERE {{ {scope["men"]}
      ?m a kg:Mention ; schema:isPartOf ?part ; kg:refersTo ?target OPTIONAL {{ ?m nif:anchorOf ?w }} }}
      GROUP BY ?part ?target }} BIND("men" AS ?b) {_LABELS_OF.format(var="?target", props=props)} }}""",
        f"""{{ {scope["note"]} ?s a kg:Footnote BIND("note" AS ?b) OPTIONAL {{ ?s kg:anchoredIn ?part }}
    OPTIONAL {{ ?s kg:marker ?head }} OPTIONAL {{ ?s schema:text ?text }} OPTIONAL {{ ?s kg:anchorIndex ?num }}
    OPTIONAL {{ ?s nif:beginIndex ?begin }} }}"""]
    if doc:
        branches += [
            f"""{{ <{doc}> kg:participation ?s BIND("role" AS ?b) OPTIONAL {{ ?s kg:role ?t }}
    OPTIONAL {{ ?s kg:participant ?target {_LABELS_OF.format(var="?target", props=props)} }}
    OPTIONAL {{ ?s kg:party ?words }} OPTIONAL {{ ?s kg:personTitle ?head }} OPTIONAL {{ ?s kg:portfolio ?text }} }}""",
            f"""{{ {{ SELECT ?t (COUNT(?x) AS ?n) WHERE {{ ?x kg:document <{doc}> ; a ?t }} GROUP BY ?t }}
    BIND("count" AS ?b) }}"""]
    return PREFIXES + "SELECT * WHERE {\n" + "\nUNION\n".join(branches) + "\n}"


def document_body(store, doc: str, base: str = "") -> dict:
    """Everything a document page shows below its header, in one query."""
    return assemble(store.query(_body_query(doc, [])), doc, base)


def parts_body(store, parts: list[str], base: str = "") -> dict:
    """The same for some questions and answers of a document (and their figures, mentions and notes)."""
    return assemble(store.query(_body_query(None, parts)), None, base)


def _int(term, default: int = 10**9) -> int:
    try:
        return int(term.value) if term is not None else default
    except ValueError:
        return default


def assemble(rows, doc: str | None, base: str) -> dict:
    """The rows of ``_body_query`` as questions (each with its answer), answers no question points to,
    footnotes, roles, and what points to the document grouped by kind."""
    qa, figs, notes, roles = {}, {}, {}, {}
    mentions: dict[tuple[str, str], dict] = {}
    counts: dict[str, int] = {}
    picker = LabelPicker()
    for row in rows:
        b = row["b"].value
        get = {k: row[k] for k in ("s", "t", "num", "pos", "head", "text", "begin", "ans", "akind", "part",
                                   "words", "target", "n")}
        if row["l"] is not None:
            picker.offer(get["target"].value, row["lp"].value, row["l"])
        if b == "count":
            counts[kind_of({get["t"].value})] = counts.get(kind_of({get["t"].value}), 0) + int(get["n"].value)
        elif b == "men":
            mentions.setdefault((get["part"].value, get["target"].value), get)
        else:
            {"qa": qa, "fig": figs, "note": notes, "role": roles}[b].setdefault(get["s"].value, get)
    labels = picker.result()
    by_part: dict[str, dict[str, list]] = {}
    for table, kind in ((figs, "fig"), (notes, "note")):
        for s, get in table.items():
            if get["part"] is not None:
                by_part.setdefault(get["part"].value, {}).setdefault(kind, []).append(get)
    for (part, _target), get in mentions.items():
        by_part.setdefault(part, {}).setdefault("men", []).append(get)

    def heading(get) -> str:
        prefix = "Vraag" if get["t"].value == KG + "Question" else "Antwoord"
        head = tidy_label(KG + "heading", get["head"].value) if get["head"] is not None else ""
        if get["num"] is not None and not re.search(r"\d", head):  # "Antwoord:" printed without its number
            head = f"{prefix} {get['num'].value}"
        return head or prefix

    def text_part(iri: str) -> dict:
        get = qa[iri]
        parts = by_part.get(iri, {})
        fig_list = sorted(parts.get("fig", []), key=lambda f: (_int(f["begin"]), f["s"].value))
        return {"iri": iri, "heading": heading(get), "number": _str(get["num"]),
                "answer_kind": Value(term_label(get["akind"].value), iri=get["akind"].value) if get["akind"] else None,
                "segments": segments(_str(get["text"]) or "", _int(get["begin"], 0), fig_list, parts.get("note", [])),
                "figures": [{"iri": f["s"].value} for f in fig_list],
                "chips": chips(parts.get("men", []), labels, base)}

    def order(iri: str) -> tuple:
        get = qa[iri]
        return (_int(get["pos"]), _int(get["begin"]), _int(get["num"]), natural_key(iri))

    questions, answered = [], set()
    for q in sorted((s for s, g in qa.items() if g["t"].value == KG + "Question"), key=order):
        item = text_part(q)
        answer = qa[q]["ans"]
        item["answer"] = text_part(answer.value) if answer is not None and answer.value in qa else None
        answered.add(answer.value if answer is not None else None)
        questions.append(item)
    orphans = [text_part(a) for a in sorted((s for s, g in qa.items() if g["t"].value == KG + "Answer"
                                             and s not in answered), key=order)]
    heads = {s: heading(g) for s, g in qa.items()}
    footnotes = [{"iri": s, "marker": _str(g["head"]) or "", "pieces": link_pieces(_str(g["text"]) or ""),
                  "anchor": Value(heads.get(g["part"].value, local_name(g["part"].value)), iri=g["part"].value)
                  if g["part"] is not None else None}
                 for s, g in sorted(notes.items(), key=lambda kv: (_int(kv[1]["begin"]), natural_key(kv[0])))]
    role_list = [{"role": g["t"].value.rsplit("role-", 1)[-1] if g["t"] is not None else "",
                  "person": value_of(g["target"], labels, base) if g["target"] is not None else None,
                  "party": _str(g["words"]), "title": _str(g["head"]), "portfolio": _str(g["text"])}
                 for _s, g in sorted(roles.items())]
    incoming = []
    if doc is not None:
        via = [Value(term_label(KG + "document"), iri=KG + "document")]
        listed = [(s, heads[s], kind_of({g["t"].value})) for s, g in qa.items()]
        listed += [(s, _str(g["words"]) or local_name(s), "Figure") for s, g in figs.items()]
        listed += [(s, f"voetnoot {_str(g['head']) or ''}".strip(), "Footnote") for s, g in notes.items()]
        incoming = [{"subject": Value(text, iri=s), "props": via, "kind": kind, "doc": None, "part": None}
                    for s, text, kind in listed]
    return {"questions": questions, "orphans": orphans, "footnotes": footnotes, "roles": role_list,
            "incoming": incoming, "counts": counts}


def segments(text: str, begin: int, figures: list[dict], notes: list[dict]) -> list[dict]:
    """The text cut into pieces so that each figure's words can be marked and each footnote marker shown.

    Offsets are those of the cleaned text (nif:beginIndex of the part and of the figure, kg:anchorIndex of a
    note); where a figure's words are not at its offset, their first occurrence in the text is marked instead.
    """
    marks = []
    for fig in figures:
        words = next((_str(fig[k]) for k in ("words", "head", "text") if fig[k] is not None), "")
        start = _int(fig["begin"], -1) - begin
        if not words or start < 0 or text[start:start + len(words)] != words:
            start = text.find(words) if words else -1
        if start >= 0 and not any(s < start + len(words) and start < e for s, e, _k, _v in marks):
            marks.append((start, start + len(words), "figure", fig["s"].value))
    for note in notes:
        at, marker = _int(note["num"], -1) - begin, _str(note["head"])
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
    out = [{"iri": m["target"].value, "count": int(m["n"].value), "kind": _kind_of_address(m["target"].value, base),
            "label": labels.get(m["target"].value) or _str(m["words"]) or local_name(m["target"].value)}
           for m in mentions]
    return sorted(out, key=lambda c: (c["kind"], c["label"].lower(), c["iri"]))


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
