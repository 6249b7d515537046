"""The SPARQL 1.1 Protocol at ``/sparql``: query by GET, POST form or POST application/sparql-query.

Read-only: an update (by ``update`` parameter, application/sparql-update body, or an update text sent as a
query) is refused with 403 before anything runs; so is ``SERVICE`` unless its host is in
``settings.allow_service_hosts``. A bare GET answers the SPARQL Service Description.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

import pyoxigraph as ox
from flask import Blueprint, Response, current_app, g, redirect, request, url_for

from .executor import Job
from .formats import GRAPH_FORMATS, RESULT_FORMATS, _lookup, negotiate, pyoxigraph_rdf_format, wants_html
from .httperrors import error_response

bp = Blueprint("sparql", __name__)

_TOKEN = re.compile(r'''
    (?P<comment>\#[^\n]*)
  | (?P<string>"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^'\\]|\\.|'(?!''))*\'\'\'|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$][\w]+)
  | (?P<pname>[A-Za-z][\w.\-]*:[\w.\-:%]*|:[\w.\-:%]*)
  | (?P<word>[A-Za-z_]\w*)
  | (?P<other>\S)
''', re.X)
QUERY_FORMS = {"select", "ask", "construct", "describe"}
UPDATE_WORDS = {"insert", "delete", "load", "clear", "drop", "create", "add", "move", "copy", "with"}


@dataclass(frozen=True)
class Analysis:
    form: str                      # select | ask | construct | describe | update | unknown
    service_targets: tuple[str, ...]  # IRIs of SERVICE clauses ('?' for a variable target)


def analyse(sparql: str) -> Analysis:
    """Query form and SERVICE targets, read from the tokens (comments, strings and IRIs skipped)."""
    tokens = [(m.lastgroup, m.group()) for m in _TOKEN.finditer(sparql) if m.lastgroup != "comment"]
    prefixes: dict[str, str] = {}
    form = "unknown"
    targets: list[str] = []
    for i, (kind, text) in enumerate(tokens):
        low = text.lower()
        if kind == "word" and low == "prefix" and i + 2 < len(tokens) and tokens[i + 2][0] == "iri":
            prefixes[tokens[i + 1][1].rstrip(":")] = tokens[i + 2][1][1:-1]
        elif kind == "word" and form == "unknown":
            if low in QUERY_FORMS:
                form = low
            elif low in UPDATE_WORDS:
                form = "update"
        if kind == "word" and low == "service":
            j = i + 1
            if j < len(tokens) and tokens[j][1].lower() == "silent":
                j += 1
            target = tokens[j] if j < len(tokens) else ("other", "")
            if target[0] == "iri":
                targets.append(target[1][1:-1])
            elif target[0] == "pname" and target[1].split(":", 1)[0] in prefixes:
                pfx, local = target[1].split(":", 1)
                targets.append(prefixes[pfx] + local)
            else:
                targets.append("?")
    return Analysis(form, tuple(targets))


def refused_service(analysis: Analysis, allowed: tuple[str, ...]) -> str | None:
    """The first SERVICE target whose host is not allowed, or None."""
    for target in analysis.service_targets:
        host = urlsplit(target).hostname if target != "?" else None
        if host is None or host.lower() not in {h.lower() for h in allowed}:
            return target
    return None


def _cors(resp: Response) -> Response:
    resp.headers["Access-Control-Allow-Origin"] = "*"
    resp.headers["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS"
    resp.headers["Access-Control-Allow-Headers"] = "Content-Type, Accept"
    resp.headers["Access-Control-Expose-Headers"] = "X-Result-Rows, X-Query-Time"
    resp.headers["Vary"] = "Accept"
    return resp


def _read_request() -> tuple[str | None, Response | None]:
    """The query text of the request, or an error response."""
    limit = current_app.config["KG_SETTINGS"].max_body_bytes
    if request.method == "GET":
        if "update" in request.args:
            return None, _update_refused()
        query = request.args.get("query")
    else:
        mimetype = request.mimetype
        if mimetype == "application/sparql-update":
            return None, _update_refused()
        if mimetype == "application/sparql-query":
            query = request.get_data(as_text=True)
        elif mimetype in ("application/x-www-form-urlencoded", "multipart/form-data"):
            if "update" in request.form:
                return None, _update_refused()
            query = request.form.get("query")
        else:
            return None, error_response(415, "unsupported_media_type",
                                        f"cannot read a query from a {mimetype or 'typeless'} body",
                                        "POST application/sparql-query, or a form with the field 'query'.")
        if query is None:
            return None, error_response(400, "missing_query", "the request carries no query",
                                        "Send the query in the form field 'query' or as the body.")
    if query is not None and len(query.encode("utf-8")) > limit:
        return None, error_response(413, "body_too_large", f"the query is longer than {limit} bytes",
                                    "Send a shorter query.")
    return query, None


def _update_refused() -> Response:
    return _cors(error_response(403, "update_refused", "this endpoint is read-only: SPARQL Update is refused",
                                "Download the dataset and load it into a store of your own to change it."))


def _formats(analysis: Analysis) -> tuple[str, str, Response | None]:
    accept = request.headers.get("Accept")
    result = negotiate(accept, RESULT_FORMATS, RESULT_FORMATS[0]).name
    graph = negotiate(accept, GRAPH_FORMATS, GRAPH_FORMATS[0]).name
    param = request.values.get("format")
    if param:
        as_result, as_graph = _lookup(RESULT_FORMATS, param), _lookup(GRAPH_FORMATS, param)
        if as_result is None and as_graph is None:
            names = ", ".join(f.name for f in RESULT_FORMATS + GRAPH_FORMATS)
            return result, graph, error_response(400, "unknown_format", f"unknown format {param!r}",
                                                 f"Use one of {names}.")
        result = as_result.name if as_result else result
        graph = as_graph.name if as_graph else graph
    return result, graph, None


@bp.route("/sparql", methods=["GET", "POST", "OPTIONS"])
def sparql() -> Response:
    if request.method == "OPTIONS":
        return _cors(Response(status=204))
    settings = current_app.config["KG_SETTINGS"]
    query, failure = _read_request()
    if failure is not None:
        return _cors(failure)
    if query is None:
        if wants_html(request.headers.get("Accept")) and "text/html" in (request.headers.get("Accept") or ""):
            return redirect(url_for("pages.query_page"), 303)
        return _cors(service_description())
    for param in ("default-graph-uri", "named-graph-uri"):
        if param in request.values:
            return _cors(error_response(400, "unsupported_parameter", f"the parameter {param} is not supported",
                                        "The default graph is the union of all document graphs; use GRAPH "
                                        "or FROM in the query text instead."))
    analysis = analyse(query)
    if analysis.form == "update":
        return _update_refused()
    target = refused_service(analysis, settings.allow_service_hosts)
    if target is not None:
        return _cors(error_response(403, "service_refused",
                                    f"SERVICE {'<' + target + '>' if target != '?' else 'with a variable'} "
                                    "is refused: this endpoint does not query other hosts",
                                    "Run the federated query on your own machine against this endpoint."))
    result_fmt, graph_fmt, failure = _formats(analysis)
    if failure is not None:
        return _cors(failure)
    started = time.perf_counter()
    job = Job(query, result_fmt, graph_fmt, settings.max_rows, settings.query_timeout)
    outcome = current_app.config["KG_EXECUTOR"].run(job)
    g.query_ms = round((time.perf_counter() - started) * 1000, 2)
    g.query_status = outcome.code or "ok"
    if outcome.status != 200:
        return _cors(error_response(outcome.status, outcome.code, outcome.message, outcome.hint))
    mimetype = outcome.media_type
    resp = Response(outcome.body, status=200, mimetype=mimetype)
    if mimetype.startswith("text/") or mimetype.endswith(("+json", "+xml", "/ld+json", "/n-triples")):
        resp.headers["Content-Type"] = f"{mimetype}; charset=utf-8"
    resp.headers["X-Result-Rows"] = str(outcome.rows)
    resp.headers["X-Query-Time"] = f"{g.query_ms}ms"
    return _cors(resp)


def service_description() -> Response:
    """SPARQL 1.1 Service Description of this endpoint, in the negotiated RDF format."""
    endpoint = request.base_url
    result_formats = " ".join(f"<http://www.w3.org/ns/formats/{n}>" for n in
                              ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
                               "SPARQL_Results_TSV", "Turtle", "JSON-LD", "N-Triples", "RDF_XML"))
    ttl = f"""@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .
@prefix void: <http://rdfs.org/ns/void#> .
<{endpoint}#service> a sd:Service ;
    sd:endpoint <{endpoint}> ;
    sd:supportedLanguage sd:SPARQL11Query ;
    sd:feature sd:UnionDefaultGraph, sd:BasicFederatedQuery ;
    sd:resultFormat {result_formats.replace(' ', ', ')} ;
    sd:defaultDataset <{endpoint}#dataset> .
<{endpoint}#dataset> a sd:Dataset ;
    sd:defaultGraph <{endpoint}#default-graph> .
<{endpoint}#default-graph> a sd:Graph, void:Dataset .
"""
    fmt = negotiate(request.headers.get("Accept"), GRAPH_FORMATS, GRAPH_FORMATS[0])
    if not current_app.config["KG_SETTINGS"].allow_service_hosts:
        ttl = ttl.replace(", sd:BasicFederatedQuery", "")
    body = ttl.encode() if fmt.name == "turtle" else ox.serialize(
        ox.parse(ttl.encode(), format=ox.RdfFormat.TURTLE), format=pyoxigraph_rdf_format(fmt.name))
    return Response(body, mimetype=fmt.media_type)
