"""The downloads page and its files: the whole dataset (gzipped Turtle, JSON-LD, N-Triples), each
document's graph, the SHACL report and the DCAT/VoID description.

Whole-dataset files are written by Oxigraph's serialisers once per store state and kept on disk next to
the store (``backend.download_cache_dir``), in a folder named by ``backend.state_key``: a rebuilt store
gets fresh files, repeated downloads cost a file send.
"""

from __future__ import annotations

import gzip
import os
import tempfile
import threading
from pathlib import Path

from flask import Blueprint, Response, abort, current_app, render_template, send_file

from kamergraaf.errors import KamergraafError

from .backend import download_cache_dir, state_key
from .formats import GRAPH_FORMATS, by_suffix

bp = Blueprint("downloads", __name__)
DATASET_FORMATS = {"ttl": "turtle", "jsonld": "jsonld", "nt": "ntriples"}
_lock = threading.Lock()


def _store():
    return current_app.config["KG_STORE"].get()


def _settings():
    return current_app.config["KG_SETTINGS"]


def _doc_graphs(store) -> dict[str, str]:
    """Document graphs by their short id (the last path segment of the graph IRI)."""
    return {g.rstrip("/").rsplit("/", 1)[-1]: g for g in store.graphs()}


def _special_graph(name: str) -> str:
    """The dataset's own graphs: ``dataset`` (DCAT/VoID), ``ontology``, ``builds``."""
    from kamergraaf.graph.store import store_graphs

    return store_graphs(_settings().base_iri)[name]


@bp.get("/downloads")
def downloads_page() -> Response:
    store = _store()
    docs = sorted(_doc_graphs(store).items())
    return render_template("downloads.html", docs=docs, formats=GRAPH_FORMATS[:3],
                           dataset=[(f"kamergraaf.{sfx}.gz", fmt) for sfx, fmt in DATASET_FORMATS.items()])


def _cached(name: str, make) -> Path:
    """The cache file ``name`` of the current store state, written by ``make(path)`` when missing."""
    folder = download_cache_dir(_settings()) / state_key(_store(), _settings())
    target = folder / name
    if target.exists():
        return target
    with _lock:
        if not target.exists():
            folder.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=folder, prefix=".tmp-")
            os.close(fd)
            try:
                make(Path(tmp))
                os.replace(tmp, target)
            finally:
                if os.path.exists(tmp):
                    os.unlink(tmp)
    return target


def _attachment(path: Path, mimetype: str, name: str) -> Response:
    resp = send_file(path, mimetype=mimetype, as_attachment=True, download_name=name, max_age=300)
    resp.headers["Access-Control-Allow-Origin"] = "*"
    return resp


def _write_gzip(data: bytes, path: Path) -> None:
    with gzip.open(path, "wb", compresslevel=6) as out:
        out.write(data)


@bp.get("/downloads/kamergraaf.<suffix>.gz")
def dataset(suffix: str) -> Response:
    fmt = DATASET_FORMATS.get(suffix)
    if fmt is None:
        abort(404, description=f"no dataset file in the format {suffix!r}")
    name = f"kamergraaf.{suffix}.gz"
    path = _cached(name, lambda p: _write_gzip(_dataset_bytes(fmt), p))
    return _attachment(path, "application/gzip", name)


def _dataset_bytes(fmt: str) -> bytes:
    """The whole dataset through the export path (document graphs, shared descriptions, ontology and
    description once each; build bookkeeping left out): the same bytes `kamergraaf export` writes."""
    from kamergraaf.graph.export import serialize

    return serialize(_store(), fmt, None)


@bp.get("/downloads/documents/<docid>.<suffix>")
def document(docid: str, suffix: str) -> Response:
    fmt = by_suffix(GRAPH_FORMATS, "." + suffix)
    graph = _doc_graphs(_store()).get(docid)
    if fmt is None or graph is None:
        abort(404, description=f"no document graph {docid}.{suffix} (see /downloads for the list)")
    resp = Response(_document_bytes(graph, fmt.name), mimetype=fmt.media_type)
    resp.headers["Content-Disposition"] = f'attachment; filename="{docid}{fmt.suffix}"'
    resp.headers["Access-Control-Allow-Origin"] = "*"
    return resp


def _document_bytes(graph: str, fmt: str) -> bytes:
    """One document's graph with the shared descriptions it uses, so the file stands on its own."""
    from kamergraaf.graph.export import FORMATS, serialize

    store = _store()
    if fmt in FORMATS:
        return serialize(store, fmt, graph)
    import pyoxigraph as ox

    from .formats import pyoxigraph_rdf_format

    triples = ox.parse(serialize(store, "ntriples", graph), format=ox.RdfFormat.N_TRIPLES)
    return ox.serialize(triples, format=pyoxigraph_rdf_format(fmt))


@bp.get("/downloads/dataset.ttl")
def description() -> Response:
    """The DCAT/VoID description of the dataset, as the build wrote it."""
    body = _store().dump("turtle", _special_graph("dataset"))
    if not body.strip():
        abort(404, description="the store holds no dataset description; rebuild it with `kamergraaf build`")
    resp = Response(body, mimetype="text/turtle")
    resp.headers["Content-Disposition"] = 'attachment; filename="kamergraaf-dataset.ttl"'
    return resp


@bp.get("/downloads/shacl-report.ttl")
def shacl_report() -> Response:
    """The SHACL validation report of every document graph against the published shapes."""
    path = _cached("shacl-report.ttl", _write_report)
    return _attachment(path, "text/turtle", "kamergraaf-shacl-report.ttl")


def _write_report(path: Path) -> None:
    import rdflib

    try:
        from kamergraaf.graph.validate import gate
    except ImportError as exc:
        raise KamergraafError("the SHACL gate (kamergraaf.graph.validate) is not installed") from exc
    from kamergraaf.graph.validate import stored_document

    store = _store()
    shared = store.dump("ntriples", store.names["shared"])
    report = rdflib.Graph()
    for graph in store.graphs():
        _conforms, _text, result = gate(stored_document(store, graph, shared))
        report += result
    report.serialize(destination=str(path), format="turtle")
