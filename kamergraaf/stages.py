"""The per-file work of a build, run in a worker process: one input file -> its documents as N-Triples.

``process_file(path, settings)`` reads the file, analyses each document, maps it to RDF, runs the SHACL
gate (when ``settings.shacl``) on the document together with the shared descriptions it uses, splits the
triples into the document's own and the shared ones (``graph.shared.split``) and returns plain data
(``FileResult``) that pickles cheaply back to the parent, which alone writes the store. A file that cannot be read, or a stage that fails on one document,
becomes a recorded failure: it never stops the build.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from kamergraaf import __version__
from kamergraaf.graph.shared import split
from kamergraaf.settings import Settings


class StageMissing(RuntimeError):
    """A pipeline stage the build needs is not installed (a bug of this installation, not of the input)."""


@dataclass
class DocResult:
    iri: str
    source_name: str
    ntriples: bytes = b""  # the document's own triples (its named graph)
    prov: bytes = b""
    triples: int = 0
    shared: bytes = b""  # descriptions of the shared resources it refers to (for the store's shared graph)
    shared_triples: int = 0
    rejected: str | None = None  # the SHACL report when the document does not conform
    failure: str | None = None  # a stage failed on this document
    seconds_shacl: float = 0.0


@dataclass
class FileResult:
    path: str
    sha256: str
    docs: list[DocResult] = field(default_factory=list)
    failure: str | None = None  # the file could not be read at all
    seconds: float = 0.0


def stages():
    """The stage functions, imported lazily; StageMissing names the one that is absent."""
    wanted = [("kamergraaf.extract.reader", ("read_path", "ReadFailure")),
              ("kamergraaf.extract.nlp", ("analyse",)),
              ("kamergraaf.graph.rdf", ("document_graph", "run_record", "document_iri")),
              ("kamergraaf.graph.validate", ("gate",))]
    found = {}
    for module_name, names in wanted:
        try:
            module = __import__(module_name, fromlist=list(names))
        except ImportError as exc:
            raise StageMissing(f"the build needs module {module_name}, which cannot be imported: {exc}") from exc
        for name in names:
            if not hasattr(module, name):
                raise StageMissing(f"the build needs {module_name}.{name}, which does not exist")
            found[name] = getattr(module, name)
    return found


def missing_stage() -> str | None:
    """Why the build cannot run here (a stage that does not import), or None. A build with a worker pool
    asks a worker, so that the parent never loads the language pipeline it does not use."""
    try:
        stages()
    except StageMissing as exc:
        return str(exc)
    return None


def to_ntriples(graph) -> tuple[bytes, int]:
    """N-Triples bytes and triple count of what a stage returned (rdflib Graph, pyoxigraph triples, bytes)."""
    import pyoxigraph as ox

    if isinstance(graph, (bytes, str)):
        data = graph.encode("utf-8") if isinstance(graph, str) else graph
    elif hasattr(graph, "serialize") and hasattr(graph, "namespace_manager"):  # rdflib
        data = graph.serialize(format="nt", encoding="utf-8")
    else:
        data = ox.serialize([getattr(t, "triple", t) for t in graph], format=ox.RdfFormat.N_TRIPLES)
    lines = sorted(set(line for line in data.decode("utf-8").splitlines() if line.strip()))
    return ("\n".join(lines) + "\n").encode("utf-8") if lines else b"", len(lines)


def gate_result(result) -> tuple[bool, str]:
    """(conforms, report text) from what validate.gate returns."""
    if isinstance(result, tuple):
        return bool(result[0]), str(result[1] if len(result) > 1 else "")
    if isinstance(result, bool):
        return result, ""
    conforms = bool(getattr(result, "conforms"))
    text = getattr(result, "text", None) or getattr(result, "report_text", None) or str(result)
    return conforms, text


def process_file(path: str, settings: Settings) -> FileResult:
    import hashlib
    from pathlib import Path

    start = time.perf_counter()
    st = stages()
    try:
        sha = hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError as exc:
        return FileResult(path, "", failure=f"{path}: cannot read the file: {exc.strerror or exc}. "
                          "Check that it exists and is readable.")
    result = FileResult(path, sha)
    try:
        docs = st["read_path"](path)
    except st["ReadFailure"] as exc:
        result.failure = str(getattr(exc, "error", exc))
        result.seconds = time.perf_counter() - start
        return result
    for doc in docs:
        result.docs.append(_process_document(doc, settings, st))
    result.seconds = time.perf_counter() - start
    return result


def _process_document(doc, settings: Settings, st) -> DocResult:
    name = doc.source_name
    try:
        iri = st["document_iri"](doc, settings)
    except Exception as exc:  # noqa: BLE001 - isolation boundary: a bug on one document must not stop the build
        return DocResult("", name, failure=f"{name}: cannot mint the document IRI ({type(exc).__name__}: {exc}); "
                         "please report this with the file.")
    out = DocResult(iri, name)
    try:
        analysis = st["analyse"](doc)
        graph = st["document_graph"](doc, analysis, settings)
        ntriples, _ = to_ntriples(graph)
        out.prov, _ = to_ntriples(st["run_record"](doc, settings))
        if settings.shacl:  # the whole graph: the document with the shared descriptions it uses
            t = time.perf_counter()
            conforms, report = gate_result(st["gate"](graph))
            out.seconds_shacl = time.perf_counter() - t
            if not conforms:
                out.rejected = report.strip()
        out.ntriples, out.shared, out.triples, out.shared_triples = split(ntriples, iri)
    except Exception as exc:  # noqa: BLE001 - isolation boundary, see above
        out.failure = (f"{name}: {type(exc).__name__} while building the graph: {exc}. "
                       f"This is a bug in kamergraaf {__version__}; please report it with the file.")
    return out
