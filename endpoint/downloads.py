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
    """Every document graph and the dataset description, merged (build bookkeeping left out)."""
    store = _store()
    from kamergraaf.graph.store import store_graphs

    own = store_graphs(_settings().base_iri)
    wanted = store.graphs() + [own[k] for k in ("dataset", "ontology", "shared") if k in own]
    import pyoxigraph as ox

    from .formats import pyoxigraph_rdf_format
    from .results import PREFIXES

    triples = set()
    for g in wanted:
        triples.update(ox.parse(store.dump("ntriples", g), format=ox.RdfFormat.N_TRIPLES))
    plain = sorted((ox.Triple(q.subject, q.predicate, q.object) for q in triples), key=str)
    return ox.serialize(plain, format=pyoxigraph_rdf_format(fmt), prefixes=PREFIXES)


@bp.get("/downloads/documents/<docid>.<suffix>")
def document(docid: str, suffix: str) -> Response:
    fmt = by_suffix(GRAPH_FORMATS, "." + suffix)
    graph = _doc_graphs(_store()).get(docid)
    if fmt is None or graph is None:
        abort(404, description=f"no document graph {docid}.{suffix} (see /downloads for the list)")
    resp = Response(_store().dump(fmt.name, graph), mimetype=fmt.media_type)
    resp.headers["Content-Disposition"] = f'attachment; filename="{docid}{fmt.suffix}"'
    resp.headers["Access-Control-Allow-Origin"] = "*"
    return resp


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
    store = _store()
    report = rdflib.Graph()
    for graph in store.graphs():
        data = rdflib.Graph()
        data.parse(data=store.dump("ntriples", graph), format="nt")
        _conforms, _text, result = gate(data)
        report += result
    report.serialize(destination=str(path), format="turtle")
