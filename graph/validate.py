"""The SHACL gate: a document's graph is published only when it conforms to shapes/kamergraaf-shapes.ttl.

``gate(graph)`` validates one graph (the build calls it per document, with the shared descriptions it
uses); ``run(target, settings)`` is ``kamergraaf validate`` (on a store: each document graph together with
the descriptions it uses from the shared graph): exit 0 conforms, 1 violations (a readable report naming node, path and
constraint), 2 bad input (missing file, unparsable RDF, unreadable store).
"""

from __future__ import annotations

import sys
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from kamergraaf.errors import KamergraafError
from kamergraaf.graph.namespaces import SH
from kamergraaf.settings import Settings

EXIT_OK, EXIT_VIOLATIONS, EXIT_INPUT = 0, 1, 2
RDF_SUFFIXES = {".ttl": "turtle", ".nt": "nt", ".nq": "nquads", ".trig": "trig", ".jsonld": "json-ld",
                ".json": "json-ld"}
OX_FORMATS = {".ttl": "TURTLE", ".nt": "N_TRIPLES", ".nq": "N_QUADS", ".trig": "TRIG"}


class BadInput(KamergraafError):
    code = "KG400"


@lru_cache(maxsize=1)
def shapes() -> Graph:
    """The shapes graph, parsed once per process."""
    path = Path(str(files("kamergraaf.shapes"))) / "kamergraaf-shapes.ttl"
    return Graph().parse(path, format="turtle")


def _short(graph: Graph, node) -> str:
    if isinstance(node, URIRef):
        try:
            return graph.namespace_manager.normalizeUri(node)
        except (ValueError, KeyError):
            return f"<{node}>"
    return repr(str(node)) if node is not None else "-"


def report_text(report: Graph) -> str:
    """One line per result: focus node, path, constraint, value and message, sorted for stable output."""
    lines = []
    names = Graph()
    for prefix, ns in shapes().namespaces():
        names.bind(prefix, ns)
    for result in report.subjects(RDF.type, SH.ValidationResult):
        focus = report.value(result, SH.focusNode)
        path = report.value(result, SH.resultPath)
        component = report.value(result, SH.sourceConstraintComponent)
        value = report.value(result, SH.value)
        message = report.value(result, SH.resultMessage)
        severity = report.value(result, SH.resultSeverity)
        parts = [f"{_short(names, severity).replace('sh:', '')}: node {_short(names, focus)}"]
        if path is not None:
            parts.append(f"path {_short(names, path)}")
        parts.append(f"constraint {_short(names, component)}")
        if value is not None:
            parts.append(f"value {_short(names, value)}")
        if message is not None:
            parts.append(f"({message})")
        lines.append(" ".join(parts))
    return "\n".join(sorted(lines))


def gate(graph: Graph) -> tuple[bool, str, Graph]:
    """Validate one document's graph: (conforms, readable report, SHACL report graph)."""
    from pyshacl import validate

    conforms, report, _ = validate(graph, shacl_graph=shapes(), inference="none", advanced=False,
                                   abort_on_first=False, allow_infos=True, allow_warnings=True)
    return bool(conforms), ("" if conforms else report_text(report)), report


# ---- kamergraaf validate -----------------------------------------------------------------------------


def _read_file(path: Path) -> list[tuple[str, Graph]]:
    """The graphs of an RDF file: one per named graph (quads) or the whole file (triples)."""
    suffix = path.suffix.lower()
    if suffix not in RDF_SUFFIXES:
        raise BadInput(f"{path}: unknown RDF file type {suffix or '(none)'}",
                       f"Give a file ending in {', '.join(sorted(RDF_SUFFIXES))}, or a store directory.")
    if suffix in OX_FORMATS:
        import pyoxigraph as ox

        try:
            with path.open("rb") as fh:
                quads = list(ox.parse(fh, getattr(ox.RdfFormat, OX_FORMATS[suffix])))
        except SyntaxError as exc:
            raise BadInput(f"{path}: not valid {RDF_SUFFIXES[suffix]}: {exc}",
                           "Fix the RDF at the line shown (or export it again).") from exc
        graphs: dict[str, list] = {}
        for q in quads:
            name = "" if isinstance(q.graph_name, ox.DefaultGraph) else q.graph_name.value
            graphs.setdefault(name, []).append(q.triple)
        out = []
        for name, triples in sorted(graphs.items()):
            data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
            out.append((name or str(path), Graph().parse(data=data, format="nt")))
        return out or [(str(path), Graph())]
    try:
        return [(str(path), Graph().parse(path, format="json-ld"))]
    except (ValueError, SyntaxError) as exc:  # json.JSONDecodeError is a ValueError and names line and column
        raise BadInput(f"{path}: not valid JSON-LD: {exc}", "Fix the file at the line shown.") from exc


def stored_document(store, graph_iri: str, shared: bytes | None = None) -> Graph:
    """A stored document graph with the shared descriptions it uses, as the build's gate saw it (``shared``:
    the shared graph's N-Triples, read from the store when not given)."""
    import pyoxigraph as ox

    from kamergraaf.graph.shared import used_by

    if shared is None:
        shared = store.dump("ntriples", store.names["shared"])
    own = store.dump("ntriples", graph_iri)
    data = own + ox.serialize(used_by(own, shared), format=ox.RdfFormat.N_TRIPLES)
    return Graph().parse(data=data, format="nt")


def _read_store(settings: Settings) -> list[tuple[str, Graph]]:
    """Each document graph with the shared descriptions it uses."""
    from kamergraaf.graph.store import open_store

    store = open_store(settings, read_only=True)
    try:
        shared = store.dump("ntriples", store.names["shared"])
        return [(name, stored_document(store, name, shared)) for name in sorted(store.graphs())]
    finally:
        store.close()


def run(target: str | None, settings: Settings) -> int:
    """``kamergraaf validate [FILE|STORE]``: 0 conforms, 1 violations, 2 bad input."""
    path = Path(target) if target else Path(settings.store)
    try:
        if not path.exists():
            raise BadInput(f"{path}: no such file or store directory",
                           "Give an RDF file (.ttl, .nt, .nq, .trig, .jsonld) or a store built by `kamergraaf build`.")
        if path.is_dir():
            graphs = _read_store(settings.with_(store=str(path)))
        else:
            graphs = _read_file(path)
    except KamergraafError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_INPUT
    failed = 0
    for name, graph in graphs:
        conforms, text, _ = gate(graph)
        if not conforms:
            failed += 1
            print(f"{name}: does not conform to the shapes ({len(text.splitlines())} result(s)):")
            for line in text.splitlines():
                print(f"  {line}")
    total = len(graphs)
    if failed:
        print(f"{failed} of {total} graph(s) do not conform.")
        return EXIT_VIOLATIONS
    print(f"{total} graph(s) conform to the shapes.")
    return EXIT_OK
