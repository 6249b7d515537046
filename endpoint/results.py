"""Run one SPARQL query on a store and serialise its result, with the row limit applied.

``run_query`` is what a query worker process does for each request: plain data in (the query text, the
negotiated format names, the limit), a plain ``Outcome`` out, never an exception for a bad query. SELECT
rows are written as SPARQL JSON here (capped at ``max_rows``) and converted by Oxigraph's own writers to
XML, CSV or TSV; ASK uses Oxigraph's writers; CONSTRUCT/DESCRIBE triples go through Oxigraph's RDF writers.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import pyoxigraph as ox

from kamergraaf.errors import KamergraafError, QueryError

from .formats import GRAPH_FORMATS, RESULT_FORMATS, by_name, pyoxigraph_rdf_format, pyoxigraph_result_format

PREFIXES = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "schema": "https://schema.org/",
    "dct": "http://purl.org/dc/terms/",
    "kg": "https://w3id.org/kamergraaf/def#",
}


@dataclass(frozen=True)
class Outcome:
    status: int                 # 200, or the HTTP status of the error
    body: bytes = b""
    media_type: str = ""
    kind: str = ""              # select | ask | graph
    rows: int = 0
    code: str = ""              # error code when status != 200
    message: str = ""
    hint: str = ""


def _term_json(term) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            out["datatype"] = term.datatype.value
        return out
    if isinstance(term, ox.Triple):
        return {"type": "triple", "value": {"subject": _term_json(term.subject),
                                            "predicate": _term_json(term.predicate),
                                            "object": _term_json(term.object)}}
    raise TypeError(f"unexpected term {term!r}")


def _too_many(max_rows: int, what: str) -> Outcome:
    return Outcome(400, code="row_limit",
                   message=f"the query gives more than {max_rows} {what}, the most this endpoint returns",
                   hint=f"Add LIMIT {max_rows} (and OFFSET to page) or narrow the query; "
                        "the whole dataset is on the downloads page.")


def select_json(solutions: ox.QuerySolutions, max_rows: int) -> tuple[bytes, int] | None:
    """SPARQL JSON of at most ``max_rows`` solutions; None when there are more."""
    variables = [v.value for v in solutions.variables]
    bindings = []
    for solution in solutions:
        if len(bindings) == max_rows:
            return None
        row = {}
        for name in variables:
            term = solution[name]
            if term is not None:
                row[name] = _term_json(term)
        bindings.append(row)
    doc = {"head": {"vars": variables}, "results": {"bindings": bindings}}
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), len(bindings)


def run_query(store, sparql: str, result_fmt: str, graph_fmt: str, max_rows: int,
              timeout: float | None = None) -> Outcome:
    """Execute and serialise; every expected failure becomes an Outcome with a status and a code."""
    try:
        result = store.query(sparql, timeout=timeout)
        if isinstance(result, ox.QueryBoolean):
            fmt = by_name(RESULT_FORMATS, result_fmt)
            return Outcome(200, result.serialize(format=pyoxigraph_result_format(fmt)), fmt.media_type, "ask", 1)
        if isinstance(result, (ox.QueryTriples, list)):  # a remote store answers CONSTRUCT with a list
            fmt = by_name(GRAPH_FORMATS, graph_fmt)
            triples = []
            for triple in result:
                if len(triples) == max_rows:
                    return _too_many(max_rows, "triples")
                triples.append(triple)
            body = ox.serialize(triples, format=pyoxigraph_rdf_format(fmt.name), prefixes=PREFIXES)
            return Outcome(200, body, fmt.media_type, "graph", len(triples))
        fmt = by_name(RESULT_FORMATS, result_fmt)
        written = select_json(result, max_rows)
        if written is None:
            return _too_many(max_rows, "rows")
        body, rows = written
        if fmt.name != "json":
            parsed = ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)
            body = parsed.serialize(format=pyoxigraph_result_format(fmt))
        return Outcome(200, body, fmt.media_type, "select", rows)
    except QueryError as exc:
        return Outcome(400, code="malformed_query", message=exc.message,
                       hint=exc.hint or "Check the SPARQL syntax near the position named.")
    except SyntaxError as exc:
        return Outcome(400, code="malformed_query", message=f"malformed SPARQL query: {exc}",
                       hint="Check the SPARQL syntax near the position named.")
    except KamergraafError as exc:
        return Outcome(503, code="store_unavailable", message=exc.message, hint=exc.hint)
    except OSError as exc:
        return Outcome(500, code="store_error", message=f"the store failed while answering: {exc}",
                       hint="Try again; if it persists, tell the operator of this endpoint.")
