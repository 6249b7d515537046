"""The SPARQL 1.1 Protocol at ``/sparql``: query by GET, POST form or POST application/sparql-query.

Read-only: an update (by ``update`` parameter, application/sparql-update body, or an update text sent as a
query) is refused with 403 before anything runs; so is ``SERVICE`` unless its host is in
``settings.allow_service_hosts``. A bare GET answers the SPARQL Service Description.

What a query gets is decided in ``protocol.py``; this Flask view reads the request into it. The common
requests (GET with a query, POST of a query body or a plain form) reach ``protocol.answer`` through the
lean WSGI path of ``fastpath.py`` first; this view answers the rest (bare GET, OPTIONS, multipart forms,
bodies without a length) and every request when the app is used without that path.
"""

from __future__ import annotations

import pyoxigraph as ox
from flask import Blueprint, Response, current_app, g, redirect, request, url_for

from .formats import GRAPH_FORMATS, negotiate, pyoxigraph_rdf_format, wants_html
from .protocol import (CORS_HEADERS, PREFLIGHT_HEADERS, Analysis, Reply, analyse, answer, missing_query,
                       refused_service, unsupported_body, update_refused)

__all__ = ["bp", "analyse", "refused_service", "Analysis", "service_description"]

bp = Blueprint("sparql", __name__)


def _cors(resp: Response) -> Response:
    for name, value in CORS_HEADERS:
        resp.headers[name] = value
    return resp


def to_response(reply: Reply) -> Response:
    resp = Response(reply.body, status=reply.status)
    resp.headers["Content-Type"] = reply.content_type
    for name, value in reply.headers:
        resp.headers[name] = value
    return _cors(resp)


def _read_request() -> tuple[str | None, Reply | None]:
    """The query text of the request, or an error reply."""
    if request.method == "GET":
        if "update" in request.args:
            return None, update_refused()
        return request.args.get("query"), None
    mimetype = request.mimetype
    if mimetype == "application/sparql-update":
        return None, update_refused()
    if mimetype == "application/sparql-query":
        query = request.get_data(as_text=True)
    elif mimetype in ("application/x-www-form-urlencoded", "multipart/form-data"):
        if "update" in request.form:
            return None, update_refused()
        query = request.form.get("query")
    else:
        return None, unsupported_body(mimetype)
    if query is None:
        return None, missing_query()
    return query, None


@bp.route("/sparql", methods=["GET", "POST", "OPTIONS"])
def sparql() -> Response:
    if request.method == "OPTIONS":
        resp = _cors(Response(status=204))
        for name, value in PREFLIGHT_HEADERS:
            resp.headers[name] = value
        return resp
    query, failure = _read_request()
    if failure is not None:
        return to_response(failure)
    if query is None:
        if wants_html(request.headers.get("Accept")) and "text/html" in (request.headers.get("Accept") or ""):
            lang = request.args.get("lang")
            return redirect(url_for("pages.query_page", **({"lang": lang} if lang in ("nl", "en") else {})), 303)
        return _cors(service_description())
    reply = answer(query, request.values, request.headers.get("Accept"), current_app.config["KG_SETTINGS"],
                   current_app.config["KG_EXECUTOR"])
    g.query_ms, g.query_status = reply.query_ms, reply.query_status
    return to_response(reply)


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
