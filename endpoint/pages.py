"""Linked-data pages: the home page, the query page, the ontology at /def, and one page per resource.

Every IRI minted under ``settings.base_iri`` resolves here by its path: ``/doc/ah-tk-20232024-2367``
shows ``{base}doc/ah-tk-20232024-2367`` whatever host the base names. A browser gets HTML; an RDF client
gets Turtle, JSON-LD, N-Triples or RDF/XML by Accept or by a file suffix (``/doc/x.ttl``).
"""

from __future__ import annotations

import functools
import re
from importlib.resources import files
from pathlib import Path
from urllib.parse import quote

import pyoxigraph as ox
from flask import Blueprint, Response, abort, current_app, render_template, request

from . import describe as d
from .formats import GRAPH_FORMATS, by_suffix, negotiate, pyoxigraph_rdf_format, wants_html
from .results import PREFIXES

bp = Blueprint("pages", __name__)
ONTOLOGY_NS = "https://w3id.org/kamergraaf/def#"
_SAFE = "/:@!$&'()*+,;=-._~%"
_NOT_IRI = re.compile(r'[<>"{}|^`\\\x00-\x20\x7f]')


def _settings():
    return current_app.config["KG_SETTINGS"]


def _store():
    return current_app.config["KG_STORE"].get()


def local_href(iri: str | None) -> str | None:
    """Where a link to ``iri`` points: a local path for our own IRIs, the IRI for http(s), else nothing."""
    if not iri:
        return None
    base = _settings().base_iri
    if iri.startswith(base):
        return "/" + iri[len(base):]
    if iri.startswith(ONTOLOGY_NS):
        return "/def#" + iri[len(ONTOLOGY_NS):]
    if iri.startswith(("http://", "https://")):
        return iri
    return None


@bp.app_template_filter("href")
def _href_filter(iri):
    return local_href(iri)


@bp.get("/")
def home() -> Response:
    store = _store()
    counts = {}
    for name, cls in (("documents", "Document"), ("questions", "Question"), ("answers", "Answer"),
                      ("figures", "Figure"), ("agencies", "Agency")):
        rows = list(store.query(f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ ?x a <{ONTOLOGY_NS}{cls}> }}"))
        counts[name] = int(rows[0]["n"].value) if rows else 0
    docs = [{"iri": r["doc"].value, "id": d._str(r["id"]), "title": d._str(r["title"]), "date": d._str(r["date"])}
            for r in store.query(d.PREFIXES + """
SELECT ?doc (SAMPLE(?i) AS ?id) (SAMPLE(?t) AS ?title) (SAMPLE(?dt) AS ?date) WHERE {
  ?doc a kg:Document . OPTIONAL { ?doc kg:officialId ?i } OPTIONAL { ?doc dct:title ?t }
  OPTIONAL { ?doc kg:dateReceived|kg:dateAdopted ?dt }
} GROUP BY ?doc ORDER BY ?doc""")]
    return render_template("home.html", counts=counts, docs=docs)


@bp.get("/favicon.ico")
def favicon() -> Response:
    return current_app.send_static_file("favicon.svg")


@bp.get("/query")
def query_page() -> Response:
    return render_template("query.html", examples=example_queries())


@functools.lru_cache(maxsize=1)
def example_queries() -> list[dict]:
    """The shipped example queries with the title and description from their comment lines."""
    out = []
    for path in sorted(Path(str(files("kamergraaf.endpoint"))).glob("queries/*.rq")):
        text = path.read_text(encoding="utf-8")
        title = re.search(r"^#\s*title:\s*(.+)$", text, re.M)
        desc = re.search(r"^#\s*description:\s*(.+)$", text, re.M)
        out.append({"name": path.stem, "title": title.group(1).strip() if title else path.stem,
                    "description": desc.group(1).strip() if desc else "", "text": text})
    return out


@bp.get("/def")
@bp.get("/def.<suffix>")
def ontology(suffix: str | None = None) -> Response:
    onto = d.ontology_store()
    fmt = _rdf_format(suffix)
    if fmt is not None:
        return _rdf_response(ox.serialize((ox.Triple(q.subject, q.predicate, q.object) for q in onto),
                                          format=pyoxigraph_rdf_format(fmt.name), prefixes=PREFIXES), fmt, "kamergraaf")
    terms = []
    for row in onto.query(d.PREFIXES + """PREFIX owl: <http://www.w3.org/2002/07/owl#>
SELECT ?t ?kind (SAMPLE(?nl) AS ?labelNl) (SAMPLE(?en) AS ?labelEn) (SAMPLE(?c) AS ?comment) WHERE {
  ?t a ?kind . FILTER(STRSTARTS(STR(?t), "https://w3id.org/kamergraaf/def#"))
  FILTER(?kind IN (owl:Class, owl:ObjectProperty, owl:DatatypeProperty, skos:Concept))
  OPTIONAL { ?t rdfs:label|skos:prefLabel ?nl FILTER(LANG(?nl) = "nl") }
  OPTIONAL { ?t rdfs:label|skos:prefLabel ?en FILTER(LANG(?en) = "en") }
  OPTIONAL { ?t rdfs:comment ?c FILTER(LANG(?c) = "en") }
} GROUP BY ?t ?kind ORDER BY ?kind ?t"""):
        terms.append({"iri": row["t"].value, "name": row["t"].value[len(ONTOLOGY_NS):],
                      "kind": row["kind"].value.rsplit("#", 1)[-1], "nl": d._str(row["labelNl"]),
                      "en": d._str(row["labelEn"]), "comment": d._str(row["comment"])})
    return Response(render_template("ontology.html", terms=terms), mimetype="text/html")


def _rdf_format(suffix: str | None):
    if suffix:
        fmt = by_suffix(GRAPH_FORMATS, "." + suffix)
        if fmt is None:
            abort(404)
        return fmt
    accept = request.headers.get("Accept")
    if request.values.get("format"):
        from .formats import _lookup

        fmt = _lookup(GRAPH_FORMATS, request.values["format"])
        if fmt is None:
            abort(404)
        return fmt
    return None if wants_html(accept) else negotiate(accept, GRAPH_FORMATS, GRAPH_FORMATS[0])


def _rdf_response(body: bytes, fmt, name: str) -> Response:
    resp = Response(body, mimetype=fmt.media_type)
    resp.headers["Content-Disposition"] = f'inline; filename="{name}{fmt.suffix}"'
    resp.headers["Access-Control-Allow-Origin"] = "*"
    resp.headers["Vary"] = "Accept"
    return resp


def _iri_of(path: str) -> str:
    raw = request.environ.get("RAW_URI") or request.environ.get("REQUEST_URI")
    if raw:
        path = raw.split("?", 1)[0].lstrip("/")
    else:
        path = quote(path, safe=_SAFE)
    return _settings().base_iri + path


@bp.get("/<path:path>")
def resource(path: str) -> Response:
    store = _store()
    iri = _iri_of(path)
    suffix = None
    if _NOT_IRI.search(iri):  # not an IRI this dataset can hold (and not to be put into a query)
        abort(404, description="nothing in this dataset has this address")
    desc = d.describe(store, iri, _settings().base_iri)
    if desc is None and "." in path.rsplit("/", 1)[-1]:
        stem, suffix = iri.rsplit(".", 1)
        if by_suffix(GRAPH_FORMATS, "." + suffix) is not None:
            iri, desc = stem, d.describe(store, stem, _settings().base_iri)
    if desc is None:
        abort(404, description=f"nothing in this dataset has the IRI {iri}")
    fmt = _rdf_format(suffix)
    if fmt is not None:
        return _rdf_response(_rdf_of(store, iri, fmt.name), fmt, iri.rstrip("/").rsplit("/", 1)[-1])
    context = {"desc": desc, "rdf_links": [(f.name, "/" + iri[len(_settings().base_iri):] + f.suffix)
                                          for f in GRAPH_FORMATS]}
    if desc.has_type("Document"):
        return render_template("document.html", parts=d.document_parts(store, iri), **context)
    if desc.has_type("Figure"):
        fig = d.figure_facts(store, iri)
        desc.label = (d.figure_heading(fig) if fig else "") or desc.label
        return render_template("figure.html", fig=fig, **context)
    return render_template("resource.html", **context)


def _rdf_of(store, iri: str, fmt: str) -> bytes:
    """A document: its whole graph. Anything else: its own triples and the labels of what they point to."""
    if iri in store.graphs():
        return store.dump(fmt, iri)
    triples = store.query(f"""CONSTRUCT {{ <{iri}> ?p ?o . ?o <http://www.w3.org/2000/01/rdf-schema#label> ?l }}
WHERE {{ <{iri}> ?p ?o OPTIONAL {{ ?o <http://www.w3.org/2000/01/rdf-schema#label> ?l }} }}""")
    return ox.serialize(triples, format=pyoxigraph_rdf_format(fmt), prefixes=PREFIXES)
