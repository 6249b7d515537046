"""Content negotiation tables: SPARQL result formats, RDF graph formats, and how a request picks one.

A request picks a format by, in order: the ``format`` parameter (a short name such as ``json`` or a media
type), a file suffix on a resource path (``.ttl``), then the ``Accept`` header (quality values honoured).
Without any of them, results are JSON and graphs are Turtle (HTML for resource pages in a browser).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Format:
    name: str           # short name, also the ``format`` parameter value
    media_type: str     # the Content-Type sent
    suffix: str         # file suffix for downloads and resource paths
    aliases: tuple[str, ...] = ()  # other media types and names that select it


# SELECT / ASK results (SPARQL 1.1 Query Results JSON, XML, CSV, TSV)
RESULT_FORMATS: tuple[Format, ...] = (
    Format("json", "application/sparql-results+json", ".srj", ("application/json", "text/javascript", "srj")),
    Format("xml", "application/sparql-results+xml", ".srx", ("application/xml", "text/xml", "srx")),
    Format("csv", "text/csv", ".csv"),
    Format("tsv", "text/tab-separated-values", ".tsv"),
)

# CONSTRUCT / DESCRIBE results and resource descriptions
GRAPH_FORMATS: tuple[Format, ...] = (
    Format("turtle", "text/turtle", ".ttl", ("ttl", "application/x-turtle")),
    Format("jsonld", "application/ld+json", ".jsonld", ("json-ld", "application/json", "json")),
    Format("ntriples", "application/n-triples", ".nt", ("nt", "text/plain")),
    Format("rdfxml", "application/rdf+xml", ".rdf", ("rdf", "xml", "application/xml", "text/xml")),
)

HTML = Format("html", "text/html", ".html", ("application/xhtml+xml",))


class UnknownFormat(ValueError):
    """The ``format`` parameter names no format of the table asked for."""


def _lookup(table: tuple[Format, ...], key: str) -> Format | None:
    key = key.strip().lower()
    for fmt in table:
        if key in (fmt.name, fmt.media_type, fmt.suffix.lstrip(".")) or key in fmt.aliases:
            return fmt
    return None


def by_name(table: tuple[Format, ...], key: str) -> Format:
    """The format a ``format`` parameter names; raises UnknownFormat listing the choices."""
    fmt = _lookup(table, key)
    if fmt is None:
        raise UnknownFormat(f"unknown format {key!r}; choose one of {', '.join(f.name for f in table)}")
    return fmt


def by_suffix(table: tuple[Format, ...], suffix: str) -> Format | None:
    for fmt in table:
        if fmt.suffix == suffix:
            return fmt
    return None


def parse_accept(header: str | None) -> list[tuple[str, float]]:
    """Media ranges of an Accept header, best first (stable for equal quality)."""
    if not header:
        return []
    ranges: list[tuple[str, float, int]] = []
    for i, part in enumerate(header.split(",")):
        pieces = [p.strip() for p in part.split(";")]
        if not pieces[0]:
            continue
        q = 1.0
        for param in pieces[1:]:
            if param.lower().startswith("q="):
                try:
                    q = float(param[2:])
                except ValueError:
                    q = 0.0
        ranges.append((pieces[0].lower(), q, i))
    ranges.sort(key=lambda r: (-r[1], r[2]))
    return [(m, q) for m, q, _ in ranges if q > 0]


def negotiate(accept: str | None, table: tuple[Format, ...], default: Format) -> Format:
    """The best format of ``table`` for an Accept header; ``default`` for */* or when nothing matches."""
    for media, _q in parse_accept(accept):
        if media in ("*/*", "application/*", "text/*"):
            if media == "*/*" or default.media_type.startswith(media[:-1]):
                return default
            for fmt in table:
                if fmt.media_type.startswith(media[:-1]):
                    return fmt
            continue
        for fmt in table:
            if media == fmt.media_type:
                return fmt
        for fmt in table:
            if media in fmt.aliases:
                return fmt
    return default


def wants_html(accept: str | None) -> bool:
    """True when the Accept header prefers HTML over every RDF format (a browser)."""
    for media, _q in parse_accept(accept):
        if media in ("text/html", "application/xhtml+xml"):
            return True
        if _lookup(GRAPH_FORMATS, media) is not None and media != "text/plain":
            return False
    return not accept or "*/*" in accept


def pyoxigraph_result_format(fmt: Format):
    from pyoxigraph import QueryResultsFormat

    return {"json": QueryResultsFormat.JSON, "xml": QueryResultsFormat.XML,
            "csv": QueryResultsFormat.CSV, "tsv": QueryResultsFormat.TSV}[fmt.name]


def pyoxigraph_rdf_format(name: str):
    from pyoxigraph import RdfFormat

    return {"turtle": RdfFormat.TURTLE, "jsonld": RdfFormat.JSON_LD, "ntriples": RdfFormat.N_TRIPLES,
            "rdfxml": RdfFormat.RDF_XML, "nquads": RdfFormat.N_QUADS, "trig": RdfFormat.TRIG}[name]
