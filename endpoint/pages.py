"""Linked-data pages: the home page, the query page, the ontology at /def, and one page per resource.

Every IRI minted under ``settings.base_iri`` resolves here by its path: ``/doc/ah-tk-20232024-2367``
shows ``{base}doc/ah-tk-20232024-2367`` whatever host the base names. A browser gets HTML; an RDF client
gets Turtle, JSON-LD, N-Triples or RDF/XML by Accept or by a file suffix (``/doc/x.ttl``). A page speaks
Dutch, or English when asked (``i18n.page_lang``); the RDF does not change with the language.
"""

from __future__ import annotations

import functools
import re
from importlib.resources import files
from pathlib import Path
from urllib.parse import quote

import pyoxigraph as ox
from flask import Blueprint, Response, abort, current_app, render_template, request
from jinja2 import pass_context

from . import describe as d
from . import labels as lb
from .i18n import page_lang, with_lang
from .i18n import text as t
from .figurefacts import figure_facts, figure_heading
from .formats import GRAPH_FORMATS, by_suffix, negotiate, pyoxigraph_rdf_format, wants_html
from .reading import document_body, parts_body
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
@pass_context   # not folded into the compiled template: the result depends on the request
def _href_filter(_context, iri):
    """A link to ``iri``; a link within the site keeps the ``lang`` the page was asked with."""
    return with_lang(local_href(iri))


@bp.app_template_filter("upperfirst")
def _upperfirst(text: str) -> str:
    return text[:1].upper() + text[1:]


@bp.app_template_filter("anchor")
def _anchor_filter(iri: str) -> str:
    """A fragment name for a part of a document page: ".../vraag/3-4-5-6" is "vraag-3-4-5-6"."""
    return "-".join(iri.rstrip("/").rsplit("/", 2)[-2:])


@bp.get("/")
def home() -> Response:
    store = _store()
    lang = page_lang()
    counts = {}
    for name, cls in (("documents", "Document"), ("questions", "Question"), ("answers", "Answer"),
                      ("figures", "Figure"), ("agencies", "Agency")):
        rows = list(store.query(f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ ?x a <{ONTOLOGY_NS}{cls}> }}"))
        counts[t("count_" + name, lang)] = int(rows[0]["n"].value) if rows else 0
    docs = [{"iri": r["doc"].value, "id": lb.text_of(r["id"]), "title": lb.text_of(r["title"]),
             "date": lb.text_of(r["date"])}
            for r in store.query(lb.PREFIXES + """
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
    return render_template("query.html", examples=example_queries(page_lang()))


@functools.lru_cache(maxsize=2)
def example_queries(lang: str = "en") -> list[dict]:
    """The shipped example queries with the title and description from their comment lines: ``# title:`` and
    ``# description:`` in English, ``# title@nl:`` and ``# description@nl:`` in Dutch (English when missing)."""
    out = []
    for path in sorted(Path(str(files("kamergraaf.endpoint"))).glob("queries/*.rq")):
        text = path.read_text(encoding="utf-8")

        def line(field: str) -> str:
            tagged = re.search(rf"^#\s*{field}@{lang}:\s*(.+)$", text, re.M) if lang != "en" else None
            found = tagged or re.search(rf"^#\s*{field}:\s*(.+)$", text, re.M)
            return found.group(1).strip() if found else ""

        out.append({"name": path.stem, "title": line("title") or path.stem, "description": line("description"),
                    "text": text})
    return out


@bp.get("/def")
@bp.get("/def.<suffix>")
def ontology(suffix: str | None = None) -> Response:
    onto = lb.ontology_store()
    fmt = _rdf_format(suffix)
    if fmt is not None:
        return _rdf_response(ox.serialize((ox.Triple(q.subject, q.predicate, q.object) for q in onto),
                                          format=pyoxigraph_rdf_format(fmt.name), prefixes=PREFIXES), fmt, "kamergraaf")
    terms, lang = [], page_lang()
    for row in onto.query(lb.PREFIXES + """PREFIX owl: <http://www.w3.org/2002/07/owl#>
SELECT ?t ?kind (SAMPLE(?nl) AS ?labelNl) (SAMPLE(?en) AS ?labelEn) (SAMPLE(?c) AS ?comment) WHERE {
  ?t a ?kind . FILTER(STRSTARTS(STR(?t), "https://w3id.org/kamergraaf/def#"))
  FILTER(?kind IN (owl:Class, owl:ObjectProperty, owl:DatatypeProperty, skos:Concept))
  OPTIONAL { ?t rdfs:label|skos:prefLabel ?nl FILTER(LANG(?nl) = "nl") }
  OPTIONAL { ?t rdfs:label|skos:prefLabel ?en FILTER(LANG(?en) = "en") }
  OPTIONAL { ?t rdfs:comment ?c FILTER(LANG(?c) = "%s") }
} GROUP BY ?t ?kind ORDER BY ?kind ?t""" % lang):
        terms.append({"iri": row["t"].value, "name": row["t"].value[len(ONTOLOGY_NS):],
                      "kind": row["kind"].value.rsplit("#", 1)[-1], "nl": lb.text_of(row["labelNl"]),
                      "en": lb.text_of(row["labelEn"]), "comment": lb.text_of(row["comment"])})
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
    base = _settings().base_iri
    iri = _iri_of(path)
    suffix = None
    if _NOT_IRI.search(iri):  # not an IRI this dataset can hold (and not to be put into a query)
        abort(404, description="nothing in this dataset has this address")
    lang = page_lang()
    desc = d.describe(store, iri, base, skip_graph=iri, lang=lang)
    if desc is None and "." in path.rsplit("/", 1)[-1]:
        stem, suffix = iri.rsplit(".", 1)
        if by_suffix(GRAPH_FORMATS, "." + suffix) is not None:
            iri, desc = stem, d.describe(store, stem, base, skip_graph=stem, lang=lang)
    if desc is None:
        abort(404, description=f"nothing in this dataset has the IRI {iri}")
    fmt = _rdf_format(suffix)
    if fmt is not None:
        return _rdf_response(_rdf_of(store, iri, fmt.name), fmt, iri.rstrip("/").rsplit("/", 1)[-1])
    context = {"desc": desc, "rdf_links": [(f.name, "/" + iri[len(base):] + f.suffix) for f in GRAPH_FORMATS],
               "links_out": links_out(desc, base)}
    if desc.has_type("Document"):
        body = document_body(store, iri, base, lang)
        desc.incoming = body["incoming"] + desc.incoming
        return _page("document.html", context, counts=body["counts"], body=body,
                     facts=document_facts(desc, body["roles"], lang))
    if desc.has_type("Question") or desc.has_type("Answer"):
        return _page("part.html", context, **part_context(store, desc, base, lang))
    if desc.has_type("Figure"):
        fig = figure_facts(store, iri, lang)
        desc.label = (figure_heading(fig) if fig else "") or desc.label
        desc.label_lang = "nl" if fig and fig.get("measure") else desc.label_lang
        return _page("figure.html", context, fig=fig)
    if desc.has_type("Mention"):
        return _page("mention.html", context)
    return _page("resource.html", context, mentioned=d.mentioned_in(desc.incoming))


def _page(template: str, context: dict, counts: dict | None = None, **more) -> str:
    """``counts``: the number of parts of each kind pointing to a document (mentions are counted, not listed)."""
    desc = context["desc"]
    groups = d.group_incoming(desc.incoming, counts=counts or {}, lang=page_lang())
    return render_template(template, groups=groups, incoming_count=sum(g["count"] for g in groups),
                           type_label=lb.term_label(lb.RDF_TYPE, page_lang()), **context, **more)


ROLES = ("asker", "respondent", "chair", "clerk")   # named by i18n "role_<role>", in this order on a page
_SITES = (("officielebekendmakingen.nl", "officielebekendmakingen.nl"), ("wetten.overheid.nl", "wetten.overheid.nl"),
          ("eur-lex.europa.eu", "EUR-Lex"), ("data.europa.eu/eli", "ELI"), ("identifier.overheid.nl/tooi", "TOOI"),
          ("wikidata.org", "Wikidata"), ("publications.europa.eu/resource/authority", "EU-vocabulaire"),
          ("qudt.org", "QUDT"), ("tweedekamer.nl", "tweedekamer.nl"))
LINK_PROPS = (lb.RDFS + "seeAlso", lb.OWL + "sameAs", lb.SKOS + "exactMatch", lb.SKOS + "closeMatch",
              "http://xmlns.com/foaf/0.1/homepage")


def links_out(desc, base: str) -> list[dict]:
    """Links to other sites (wetten.overheid.nl, EUR-Lex, TOOI, Wikidata...), named by the site."""
    out = []
    for prop in LINK_PROPS:
        for v in desc.values(prop):
            if v.iri and v.iri.startswith(("http://", "https://")) and not v.iri.startswith(base):
                host = v.iri.split("://", 1)[1]
                site = next((name for key, name in _SITES if key in host), host.split("/", 1)[0])
                out.append({"href": v.iri, "site": site, "text": v.iri})
    return sorted(out, key=lambda x: (x["site"], x["href"]))


def document_facts(desc, roles: list[dict], lang: str = "nl") -> list[dict]:
    """The header of a document page: (key, label in ``lang``, values) rows, each value text with an optional
    link and the language of the text ("nl" for what the document says, "" for a term label)."""
    kg, dct = lb.KG, lb.DCT
    rows = []

    def add(key: str, prop: str, link: bool = True) -> None:
        vals = [{"text": v.text, "href": v.iri if link else None, "lang": v.language} for v in desc.values(prop)]
        if vals:
            rows.append({"key": key, "label": t(key, lang), "values": vals})

    official = desc.first(kg + "officialId")
    if official:
        site = next((v.iri for v in desc.values(lb.RDFS + "seeAlso") if v.iri and "officielebekendmakingen" in v.iri), None)
        rows.append({"key": "fact_official", "label": t("fact_official", lang),
                     "values": [{"text": official.text, "href": site, "lang": ""}]})
    add("fact_kind", kg + "documentKind")
    add("fact_year", kg + "vergaderjaar")
    add("fact_subject", kg + "subjectText")
    add("fact_submitted", dct + "dateSubmitted")
    add("fact_received", kg + "dateReceived")
    add("fact_adopted", kg + "dateAdopted")
    for key in ROLES:
        vals = []
        for role in (r for r in roles if r["role"] == key):
            extra = ", ".join(x for x in (role["title"], role["portfolio"]) if x and key != "asker")
            party = role["party"] if key == "asker" else None
            name = role["person"].text if role["person"] else ""
            text = " ".join(x for x in (name, f"({party or extra})" if (party or extra) else "") if x)
            vals.append({"text": text, "href": role["person"].iri if role["person"] else None, "lang": "nl"})
        if vals:
            rows.append({"key": "role_" + key, "label": t("role_" + key, lang),
                         "values": sorted(vals, key=lambda v: v["text"])})
    add("fact_committee", kg + "committee")
    add("fact_about", kg + "aboutKamerstuk")
    add("fact_source_file", kg + "sourceFile")
    add("fact_pages", "https://schema.org/numberOfPages")
    return rows


def part_context(store, desc, base: str, lang: str = "nl") -> dict:
    """A question with the answer that covers it, or an answer with the questions it answers."""
    is_question = desc.has_type("Question")
    if is_question:
        others = [v.iri for v in desc.values(lb.SCHEMA + "acceptedAnswer") if v.iri]
    else:
        others = [i["subject"].iri for i in desc.incoming
                  if any(p.iri == lb.SCHEMA + "acceptedAnswer" for p in i["props"]) and i["subject"].iri]
    body = parts_body(store, [desc.iri] + others, base, lang)
    doc = desc.first(lb.KG + "document")
    items = body["questions"] if is_question else [q for q in body["questions"] if q["answer"]]
    mine = next((q for q in body["questions"] if q["iri"] == desc.iri), None) if is_question else None
    if not is_question:
        mine = next((q["answer"] for q in body["questions"] if q["answer"] and q["answer"]["iri"] == desc.iri), None)
        mine = mine or next((a for a in body["orphans"] if a["iri"] == desc.iri), None)
    heading = mine["heading"] if mine else desc.label
    desc.label = f"{heading} – {doc.text}" if doc else heading
    desc.label_lang = "nl"   # the printed heading and the document's title
    return {"doc": doc, "part": mine, "is_question": is_question, "items": items, "footnotes": body["footnotes"]}


def _rdf_of(store, iri: str, fmt: str) -> bytes:
    """A document: its whole graph. Anything else: its own triples and the labels of what they point to."""
    if iri in store.graphs():
        return store.dump(fmt, iri)
    triples = store.query(f"""CONSTRUCT {{ <{iri}> ?p ?o . ?o <http://www.w3.org/2000/01/rdf-schema#label> ?l }}
WHERE {{ <{iri}> ?p ?o OPTIONAL {{ ?o <http://www.w3.org/2000/01/rdf-schema#label> ?l }} }}""")
    return ox.serialize(triples, format=pyoxigraph_rdf_format(fmt), prefixes=PREFIXES)
