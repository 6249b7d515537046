"""The SPARQL protocol's answer to one query, free of any web framework: plain data in, a ``Reply`` out.

Both doors to ``/sparql`` use it: the Flask view (``sparql.py``) and the lean WSGI path in front of Flask
(``fastpath.py``) that serves the common requests without Flask's per-request machinery. What is checked,
in order: the query's size, unsupported dataset parameters, an update sent as a query (403), ``SERVICE``
to a host not allowed (403, before anything runs), the result format; then the query runs on the executor
(deadline and row limit there) and its outcome becomes the reply. Every reply carries the CORS headers.
"""

from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

from .executor import Job
from .formats import GRAPH_FORMATS, RESULT_FORMATS, _lookup, negotiate

CORS_HEADERS = (  # on every answer
    ("Access-Control-Allow-Origin", "*"),
    ("Access-Control-Expose-Headers", "X-Result-Rows, X-Query-Time, X-Cache"),
    ("Vary", "Accept"),
)
PREFLIGHT_HEADERS = (  # on the answer to a CORS preflight (OPTIONS) only, where browsers read them
    ("Access-Control-Allow-Methods", "GET, POST, OPTIONS"),
    ("Access-Control-Allow-Headers", "Content-Type, Accept"),
    ("Access-Control-Max-Age", "86400"),
)

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
CACHED_ANALYSIS_CHARS = 4000  # analyses of query texts up to this length are remembered (a pure function)


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


_analyse_cached = lru_cache(maxsize=1024)(analyse)


def refused_service(analysis: Analysis, allowed: tuple[str, ...]) -> str | None:
    """The first SERVICE target whose host is not allowed, or None."""
    for target in analysis.service_targets:
        host = urlsplit(target).hostname if target != "?" else None
        if host is None or host.lower() not in {h.lower() for h in allowed}:
            return target
    return None


@dataclass(frozen=True)
class Reply:
    status: int
    body: bytes
    content_type: str
    headers: tuple[tuple[str, str], ...] = ()   # besides Content-Type and CORS
    query_ms: float | None = None               # set when the query ran
    query_status: str | None = None


def error_json(status: int, code: str, message: str, hint: str = "") -> bytes:
    """The endpoint's one error shape (see httperrors.py) as the bytes of a JSON answer."""
    doc = {"error": {"status": status, "code": code, "message": message, "hint": hint}}
    return (json.dumps(doc, ensure_ascii=False) + "\n").encode("utf-8")


def error_reply(status: int, code: str, message: str, hint: str = "", query_ms: float | None = None,
                query_status: str | None = None) -> Reply:
    return Reply(status, error_json(status, code, message, hint), "application/json",
                 query_ms=query_ms, query_status=query_status)


def update_refused() -> Reply:
    return error_reply(403, "update_refused", "this endpoint is read-only: SPARQL Update is refused",
                       "Download the dataset and load it into a store of your own to change it.")


def missing_query() -> Reply:
    return error_reply(400, "missing_query", "the request carries no query",
                       "Send the query in the form field 'query' or as the body.")


def unsupported_body(mimetype: str) -> Reply:
    return error_reply(415, "unsupported_media_type", f"cannot read a query from a {mimetype or 'typeless'} body",
                       "POST application/sparql-query, or a form with the field 'query'.")


@lru_cache(maxsize=256)
def negotiated(accept: str | None) -> tuple[str, str]:
    """(result format, graph format) names for an Accept header."""
    return (negotiate(accept, RESULT_FORMATS, RESULT_FORMATS[0]).name,
            negotiate(accept, GRAPH_FORMATS, GRAPH_FORMATS[0]).name)


def choose_formats(accept: str | None, param: str | None) -> tuple[str, str, Reply | None]:
    """Result and graph format names from the ``format`` parameter, else the Accept header."""
    result, graph = negotiated(accept)
    if param:
        as_result, as_graph = _lookup(RESULT_FORMATS, param), _lookup(GRAPH_FORMATS, param)
        if as_result is None and as_graph is None:
            names = ", ".join(f.name for f in RESULT_FORMATS + GRAPH_FORMATS)
            return result, graph, error_reply(400, "unknown_format", f"unknown format {param!r}",
                                              f"Use one of {names}.")
        result = as_result.name if as_result else result
        graph = as_graph.name if as_graph else graph
    return result, graph, None


def _with_charset(media_type: str) -> str:
    if media_type.startswith("text/") or media_type.endswith(("+json", "+xml", "/ld+json", "/n-triples")):
        return f"{media_type}; charset=utf-8"
    return media_type


def answer(query: str, values, accept: str | None, settings, executor, answer_late=None) -> Reply:
    """The reply to ``query``; ``values`` are the request's parameters (query string, and form for a POST).

    With ``answer_late`` the query runs on the calling thread and ``answer_late`` delivers the 503 at the
    deadline (see ``executor.ThreadExecutor.run``, which then raises ``AnsweredAtDeadline`` here)."""
    limit = settings.max_body_bytes
    if len(query) * 4 > limit and len(query.encode("utf-8")) > limit:
        return error_reply(413, "body_too_large", f"the query is longer than {limit} bytes", "Send a shorter query.")
    for param in ("default-graph-uri", "named-graph-uri"):
        if param in values:
            return error_reply(400, "unsupported_parameter", f"the parameter {param} is not supported",
                               "The default graph is the union of all document graphs; use GRAPH "
                               "or FROM in the query text instead.")
    analysis = _analyse_cached(query) if len(query) <= CACHED_ANALYSIS_CHARS else analyse(query)
    if analysis.form == "update":
        return update_refused()
    target = refused_service(analysis, settings.allow_service_hosts)
    if target is not None:
        return error_reply(403, "service_refused",
                           f"SERVICE {'<' + target + '>' if target != '?' else 'with a variable'} "
                           "is refused: this endpoint does not query other hosts",
                           "Run the federated query on your own machine against this endpoint.")
    result_fmt, graph_fmt, failure = choose_formats(accept, values.get("format"))
    if failure is not None:
        return failure
    started = time.perf_counter()
    job = Job(query, result_fmt, graph_fmt, settings.max_rows, settings.query_timeout)
    outcome = executor.run(job, answer_late) if answer_late is not None else executor.run(job)
    query_ms = round((time.perf_counter() - started) * 1000, 2)
    if outcome.status != 200:
        return error_reply(outcome.status, outcome.code, outcome.message, outcome.hint, query_ms, outcome.code)
    return Reply(200, outcome.body, _with_charset(outcome.media_type),
                 (("X-Result-Rows", str(outcome.rows)), ("X-Query-Time", f"{query_ms}ms")), query_ms, "ok")
