"""Export fragments: each document graph's N-Triples and Turtle, written by the build next to the store, so a
whole-dataset export is a concatenation instead of a read of every quad from disk.

Reading a whole on-disk store costs about 10 s per million quads (every term's string is a separate
RocksDB lookup), against about 1 s from memory; the build already holds each document's triples. So for
every document graph it writes, the build keeps (``write``) its triples in the form the store gives them
back (typed literals canonical, as ``Store.dump``), as N-Triples and as a Turtle body without prefix lines,
in ``<store>/kamergraaf-export/``. The files are named by the SHA-256 of the canonical N-Triples, which
the build record keeps (``content_sha256``): a fragment is used only when the record names it and its
bytes hash to that name, so a fragment can never be stale (a build killed between the fragment and the
store write leaves an unnamed file, removed by ``prune`` at the end of the next build). A graph without a
usable fragment (a store built elsewhere, a remote store) is read from the store.

The dataset's own graphs (ontology, shared, dataset, runs; a few per cent of the triples) are read from
the store at export time. Graphs never share a triple (a document graph's subjects hang under its IRI,
the other graphs describe other subjects), so concatenating them gives each triple once.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pyoxigraph as ox

FOLDER = "kamergraaf-export"


def folder(store) -> Path | None:
    """The fragment folder of an embedded store; None for a remote one."""
    path = getattr(store, "path", None)
    return Path(path) / FOLDER if path is not None else None


def _prefix_tag(prefixes: dict[str, str]) -> str:
    return hashlib.sha256(repr(sorted(prefixes.items())).encode()).hexdigest()[:8]


def canonical(ntriples: bytes) -> bytes:
    """The triples as the store writes them back (canonical typed literals), sorted, one per line."""
    scratch = ox.Store()
    scratch.load(ntriples, format=ox.RdfFormat.N_TRIPLES)
    lines = sorted(set(scratch.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph()).splitlines()))
    return b"\n".join(lines) + b"\n" if lines else b""


def turtle_body(ntriples: bytes, prefixes: dict[str, str]) -> bytes:
    """Turtle of the triples with ``prefixes`` used but not declared (the export writes the header once)."""
    data = ox.serialize(ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES), format=ox.RdfFormat.TURTLE,
                        prefixes=prefixes)
    return strip_prefix_lines(data)


def strip_prefix_lines(turtle: bytes) -> bytes:
    start = 0
    while turtle.startswith(b"@prefix ", start):
        start = turtle.index(b"\n", start) + 1
    return turtle[start:]


def _write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def write(store, ntriples: bytes, prefixes: dict[str, str]) -> tuple[bytes, str | None]:
    """(canonical N-Triples, content hash for the build record) of a document graph about to be written; the
    fragments are kept when the store is embedded and its folder writable (else the hash is None)."""
    data = canonical(ntriples)
    where = folder(store)
    if where is None:
        return data, None
    digest = hashlib.sha256(data).hexdigest()
    try:
        where.mkdir(exist_ok=True)
        _write_atomic(where / f"{digest}.nt", data)
        _write_atomic(where / f"{digest}-{_prefix_tag(prefixes)}.ttl", turtle_body(data, prefixes))
    except OSError:
        return data, None  # no fragments: exports read this graph from the store
    return data, digest


def prune(store) -> int:
    """Remove fragments no build record names (and stray temporary files); how many files."""
    where = folder(store)
    if where is None or not where.is_dir():
        return 0
    keep = {r.get("content_sha256") for r in store.build_records().values()} - {None}
    removed = 0
    for path in where.iterdir():
        if path.name.split("-")[0].split(".")[0] not in keep or path.name.startswith("."):
            try:
                path.unlink()
                removed += 1
            except OSError:
                pass
    return removed


def _fragment(where: Path | None, digest: str | None, suffix: str) -> bytes | None:
    """The fragment's bytes when present and intact (its N-Triples hash to ``digest``)."""
    if where is None or not digest:
        return None
    try:
        nt = (where / f"{digest}.nt").read_bytes()
        if hashlib.sha256(nt).digest() != bytes.fromhex(digest):
            return None
        return nt if suffix == ".nt" else (where / f"{digest}{suffix}").read_bytes()
    except (OSError, ValueError):
        return None


def document_parts(store, fmt: str, prefixes: dict[str, str]):
    """(graph IRI, bytes) per document graph: N-Triples (fmt ``nt``) or a Turtle body (``ttl``), from its
    fragment when usable, else read from the store."""
    where = folder(store)
    tag = _prefix_tag(prefixes)
    for graph_iri, record in sorted(store.build_records().items()):
        data = _fragment(where, record.get("content_sha256"), ".nt" if fmt == "nt" else f"-{tag}.ttl")
        if data is None:
            nt = store.dump("ntriples", graph_iri)
            data = nt if fmt == "nt" else turtle_body(nt, prefixes)
        yield graph_iri, data


def usable(store) -> bool:
    """True when most document graphs have a usable fragment (else one read of the whole store is faster
    than a read per graph)."""
    where = folder(store)
    records = store.build_records()
    if where is None or not where.is_dir() or not records:
        return False
    present = sum(1 for r in records.values()
                  if r.get("content_sha256") and (where / f"{r['content_sha256']}.nt").is_file())
    return present * 2 >= len(records)


def own_graphs(store) -> list[str]:
    """The dataset's own graphs present in the store (those that are not document graphs)."""
    docs = set(store.build_records())
    return [g for g in dict.fromkeys(store.names.values()) if g not in docs]


def dataset_ntriples(store) -> bytes:
    if not usable(store):
        return store.dump("ntriples")
    parts = [nt for _, nt in document_parts(store, "nt", {})]
    parts += [store.dump("ntriples", g) for g in own_graphs(store)]
    return b"".join(parts)


def dataset_nquads(store) -> bytes:
    if not usable(store):
        return store.dump("nquads")
    parts = [with_graph(nt, g) for g, nt in document_parts(store, "nt", {})]
    parts += [with_graph(store.dump("ntriples", g), g) for g in own_graphs(store)]
    return b"".join(parts)


def with_graph(ntriples: bytes, graph_iri: str) -> bytes:
    """N-Quads of N-Triples lines (a line ends in `` .``: literals escape their line breaks)."""
    return ntriples.replace(b" .\n", f" <{graph_iri}> .\n".encode("utf-8"))


def dataset_turtle(store, prefixes: dict[str, str]) -> bytes:
    if not usable(store):
        quads = ox.parse(store.dump("nquads"), format=ox.RdfFormat.N_QUADS)
        return ox.serialize((q.triple for q in quads), format=ox.RdfFormat.TURTLE, prefixes=prefixes)
    header = "".join(f"@prefix {name}: <{ns}> .\n" for name, ns in prefixes.items()).encode("utf-8")
    parts = [header] + [body for _, body in document_parts(store, "ttl", prefixes)]
    parts += [turtle_body(store.dump("ntriples", g), prefixes) for g in own_graphs(store)]
    return b"".join(parts)
