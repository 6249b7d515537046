"""``kamergraaf export``: the whole dataset or one document's graph, with Oxigraph's serialisers.

Formats: turtle and ntriples hold triples (the whole dataset: the union of its graphs, each triple once);
nquads and jsonld keep the named graphs (the shared graph once). The whole dataset is put together from
the export fragments the build keeps for each document graph (``graph.exportcache``), which is an order of
magnitude faster than reading every quad back from the on-disk store. One document's export holds its graph and
the descriptions of the shared resources it refers to (from the shared graph), so it stands on its own. Written to a file or standard output, gzip-compressed when asked
or when the file name ends in ``.gz``.

JSON-LD: Oxigraph writes expanded JSON-LD and cannot compact it. We compact cheaply ourselves, with the
prefixes of the published context (``ontology/context.jsonld``): property names, ``@type`` values, IRIs
and datatypes become compact IRIs (``schema:text``), single values lose their array, and the context is
embedded, so any JSON-LD processor reads the same triples back. Terms the context defines beyond its
prefixes are not used for compaction (that would need a full JSON-LD compaction algorithm).
"""

from __future__ import annotations

import gzip as gzip_module
import json
import sys
from importlib.resources import files
from pathlib import Path

from kamergraaf.errors import ExportError
from kamergraaf.graph.store import open_store
from kamergraaf.settings import Settings

FORMATS = ("turtle", "jsonld", "ntriples", "nquads")
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
FALLBACK_PREFIXES = {
    "kg": "https://w3id.org/kamergraaf/def#", "schema": "http://schema.org/", "dct": "http://purl.org/dc/terms/",
    "skos": "http://www.w3.org/2004/02/skos/core#", "prov": "http://www.w3.org/ns/prov#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#", "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#", "qb": "http://purl.org/linked-data/cube#",
    "eli": "http://data.europa.eu/eli/ontology#", "oa": "http://www.w3.org/ns/oa#",
}


class UnknownDocument(ExportError):
    exit_code = 2


def published_context() -> dict:
    """The ``@context`` object of ontology/context.jsonld, or plain prefixes when it is not there."""
    path = Path(str(files("kamergraaf.ontology"))) / "context.jsonld"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return dict(FALLBACK_PREFIXES)
    ctx = data.get("@context", data)
    return ctx if isinstance(ctx, dict) else dict(FALLBACK_PREFIXES)


def _prefixes(ctx: dict) -> list[tuple[str, str]]:
    pairs = [(k, v) for k, v in ctx.items() if isinstance(v, str) and not k.startswith("@") and v.endswith(("/", "#"))]
    return sorted(pairs, key=lambda kv: -len(kv[1]))  # longest namespace first


def compact_jsonld(expanded: bytes, ctx: dict) -> bytes:
    """Compact Oxigraph's expanded JSON-LD with the context's prefixes (see the module docstring)."""
    prefixes = _prefixes(ctx)
    default_language = "@language" in ctx

    cache: dict[str, str] = {}

    def short(value: str) -> str:
        hit = cache.get(value)
        if hit is None:
            hit = cache[value] = _short(value)
        return hit

    def _short(value: str) -> str:
        for name, ns in prefixes:
            if value.startswith(ns) and len(value) > len(ns):
                local = value[len(ns):]
                if "/" not in local and "#" not in local and not local.startswith("/"):
                    return f"{name}:{local}"
        return value

    def term(obj: dict):
        if "@id" in obj and len(obj) == 1:
            return {"@id": short(obj["@id"])}
        out = dict(obj)
        if "@type" in out:
            out["@type"] = short(out["@type"])
        elif "@language" not in out and not default_language and set(out) == {"@value"}:
            return out["@value"]
        return out

    def node(n: dict) -> dict:
        out: dict = {}
        for key, values in n.items():
            if key == "@id":
                out["@id"] = short(values)
            elif key == "@graph":
                out["@graph"] = [node(m) for m in values]
            elif key == "@type":
                out["@type"] = [short(v) for v in values]
            elif key == RDF_TYPE and all(set(v) == {"@id"} for v in values):
                types = [short(v["@id"]) for v in values]
                out["@type"] = types[0] if len(types) == 1 else types
            else:
                vals = [term(v) for v in values]
                out[short(key)] = vals[0] if len(vals) == 1 else vals
        return out

    doc = json.loads(expanded) if expanded.strip() else []
    nodes = doc if isinstance(doc, list) else [doc]
    # one node object per line: the C encoder (json.dumps without indent) is ~10x faster than indented output
    dump = json.JSONEncoder(ensure_ascii=False).encode
    head = json.dumps(ctx, ensure_ascii=False, indent=1)

    def lines(n: dict) -> str:  # a named graph's nodes one per line too
        out = node(n)
        inner = out.pop("@graph", None)
        if inner is None:
            return dump(out)
        return dump(out)[:-1] + (", " if out else "") + '"@graph": [\n' + ",\n".join(dump(m) for m in inner) + "\n]}"

    body = ",\n".join(lines(n) for n in nodes)
    return ('{"@context": ' + head + ',\n"@graph": [\n' + body + "\n]}\n").encode("utf-8")


def resolve_document(store, document: str, base_iri: str) -> str:
    """A document's graph IRI from its IRI or its id (``ah-tk-20232024-1481``)."""
    from kamergraaf.graph import iri as mint

    graphs = store.graphs()
    candidates = [document] if document.startswith(("http://", "https://")) else [mint.document(base_iri, document)]
    for c in candidates:
        if c in graphs:
            return c
    hint = ", ".join(g.rsplit("/", 1)[-1] for g in graphs[:5])
    raise UnknownDocument(f"document {document!r} is not in the store ({len(graphs)} document(s)).",
                          f"Give a document id or IRI as listed by `kamergraaf query documents`"
                          + (f", e.g. {hint}." if hint else "."))


def document_quads(store, graph_iri: str) -> list:
    """One document's quads with those of the shared descriptions it uses (in the shared graph), so that a
    single-document download is self-contained."""
    import pyoxigraph as ox

    from kamergraaf.graph.shared import used_by

    own = store.dump("ntriples", graph_iri)
    shared_graph = store.names["shared"]
    doc, shared = ox.NamedNode(graph_iri), ox.NamedNode(shared_graph)
    out = [ox.Quad(t.subject, t.predicate, t.object, doc) for t in ox.parse(own, format=ox.RdfFormat.N_TRIPLES)]
    out += [ox.Quad(t.subject, t.predicate, t.object, shared)
            for t in used_by(own, store.dump("ntriples", shared_graph))]
    return out


def _document(store, fmt: str, graph_iri: str, ctx: dict) -> bytes:
    import pyoxigraph as ox

    quads = document_quads(store, graph_iri)
    if fmt in ("turtle", "ntriples"):
        triples = sorted({q.triple for q in quads}, key=str)
        if fmt == "ntriples":
            return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
        return ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=export_prefixes(ctx))
    data = ox.serialize(quads, format=ox.RdfFormat.N_QUADS if fmt == "nquads" else ox.RdfFormat.JSON_LD)
    return data if fmt == "nquads" else compact_jsonld(data, ctx)


def serialize(store, fmt: str, graph_iri: str | None, ctx: dict | None = None) -> bytes:
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}", f"Use one of {', '.join(FORMATS)}.")
    ctx = ctx if ctx is not None else published_context()
    if graph_iri is not None:
        return _document(store, fmt, graph_iri, ctx)
    from kamergraaf.graph import exportcache

    if fmt == "turtle":
        return exportcache.dataset_turtle(store, export_prefixes(ctx))
    if fmt == "ntriples":
        return exportcache.dataset_ntriples(store)
    nquads = exportcache.dataset_nquads(store)
    if fmt == "nquads":
        return nquads
    return compact_jsonld(_expanded_jsonld(nquads), ctx)


def export_prefixes(ctx: dict | None = None) -> dict[str, str]:
    """The prefixes Turtle exports use (the published context's), as the build's fragments are written."""
    return dict(sorted(_prefixes(ctx if ctx is not None else published_context())))


def _expanded_jsonld(nquads: bytes) -> bytes:
    import pyoxigraph as ox

    return ox.serialize(ox.parse(nquads, format=ox.RdfFormat.N_QUADS), format=ox.RdfFormat.JSON_LD)


def export(settings: Settings, fmt: str, out: str | None, document: str | None = None, gzip: bool = False) -> None:
    store = open_store(settings, read_only=True)
    try:
        graph_iri = resolve_document(store, document, settings.base_iri) if document else None
        data = serialize(store, fmt, graph_iri)
    finally:
        store.close()
    if gzip or (out or "").endswith(".gz"):
        data = gzip_module.compress(data, mtime=0)
    if out and out != "-":
        try:
            Path(out).write_bytes(data)
        except OSError as exc:
            raise ExportError(f"cannot write {out}: {exc.strerror or exc}", "Check the folder and its permissions.") from exc
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
