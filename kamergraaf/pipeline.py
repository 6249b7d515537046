"""``kamergraaf build``: input files -> documents -> RDF -> SHACL gate -> store, one document graph each.

Per input file: hash its bytes; skip it when the store holds a build record for every document it gave
last time with the same sha256 and software version (unless ``force``); else read, analyse, map and
validate it (``kamergraaf.stages.process_file``) in a pool of ``settings.worker_count`` processes
(in-process for one worker or fewer than MIN_FILES_PER_WORKER files per worker), which send back
N-Triples. The parent alone writes the store: each
document graph that passed the gate replaces its previous version in one transaction. A file that
cannot be read, or a document that fails the gate, is reported and the build goes on; what was
already in the store stays. After the files: the ontology graph and the DCAT/VoID description, rewritten
whenever they differ from what the store holds (so a build killed before that point is completed by the
next run, even when every file is then skipped as unchanged).

Shared resources (agencies, countries, people, laws, units) are described once, in the store's shared graph:
each document's write adds the descriptions it uses there (a set union, in the same transaction as the
document graph), and after the files the descriptions no document refers to any more are dropped
(``Store.prune_shared``, one transaction, run by every build so that a killed one is completed).

Besides the store, the build keeps each written document graph's export fragments (``graph.exportcache``:
its canonical N-Triples and Turtle, named by their hash, which the build record keeps), so whole-dataset
exports are concatenations; fragments no record names are removed at the end.

Crash safety: every store write is one transaction (one document graph with its build record and its shared
descriptions, the pruning of the shared graph, or one of the dataset's own graphs), so a build killed at any
moment leaves whole documents, and running it again completes it. ``tests/test_crash_safety.py`` checks this by pausing the build at a named point, set by the
test-only environment variable ``KAMERGRAAF_TEST_PAUSE_AT``: ``written:N`` (after the N-th document graph
is written), ``prune`` (after the documents, before the shared graph is pruned) or ``describe`` (after
that, before the ontology and dataset description). At that
point the build prints ``kamergraaf-test-paused <point>`` on standard error and sleeps, to be killed, or
until the file named by ``KAMERGRAAF_TEST_RESUME`` exists, then goes on.
"""

from __future__ import annotations

import hashlib
import os
import sys
import time
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timezone
from itertools import islice
from multiprocessing import get_context
from pathlib import Path

from kamergraaf import __version__
from kamergraaf.graph import exportcache, voidstats
from kamergraaf.graph.dcat import LINK_PREFIXES
from kamergraaf.settings import Settings
from kamergraaf.stages import FileResult, StageMissing, missing_stage, process_file

@dataclass
class BuildReport:
    files: int = 0
    built: list[str] = field(default_factory=list)  # document IRIs written
    skipped: list[str] = field(default_factory=list)  # files skipped as unchanged
    failures: list[str] = field(default_factory=list)  # messages naming the file/page and what to do
    rejected: list[tuple[str, str]] = field(default_factory=list)  # (file: document IRI, SHACL report)
    removed: list[str] = field(default_factory=list)  # graphs of a file's earlier version that it no longer gives
    pruned: int = 0  # shared resources no document refers to any more, dropped from the shared graph
    triples: int = 0
    seconds: float = 0.0
    shacl_seconds: list[float] = field(default_factory=list)  # per document

    @property
    def exit_code(self) -> int:
        if self.files == 0 or (not self.built and not self.skipped and not self.rejected and self.failures):
            return 2  # nothing usable given: no input files, or none could be read
        return 1 if self.failures or self.rejected else 0

    def summary(self) -> str:
        lines = [f"{self.files} file(s): {len(self.built)} document(s) built, {len(self.skipped)} file(s) skipped "
                 f"unchanged, {len(self.failures)} failure(s), {len(self.rejected)} document(s) rejected by SHACL; "
                 f"{self.triples} triples written in {self.seconds:.1f} s"]
        if self.shacl_seconds:
            lines.append(f"SHACL gate: {sum(self.shacl_seconds) / len(self.shacl_seconds) * 1000:.0f} ms per document")
        if self.pruned:
            lines.append(f"dropped the descriptions of {self.pruned} shared resource(s) no document refers to any more")
        if self.removed:
            lines.append(f"removed {len(self.removed)} graph(s) an input no longer gives: " + ", ".join(self.removed))
        for msg in self.failures:
            lines.append(f"failed: {msg}")
        for where, report in self.rejected:
            lines.append(f"not published (does not conform to the SHACL shapes): {where}\n"
                         + "\n".join("    " + r for r in report.splitlines()[:40]))
        if self.files == 0:
            lines.append("no input files given or found (give PDF, .txt or .csv files or folders holding them)")
        return "\n".join(lines)


def input_files(paths: list[str], report: BuildReport) -> list[Path]:
    """The input files under ``paths`` (folders read recursively), in a stable order; missing paths reported."""
    from kamergraaf.extract.reader import iter_input_files

    files, errors = iter_input_files(paths)
    report.failures.extend(str(e) for e in errors)
    return list(files)


def _unchanged(sha: str, records: dict[str, dict]) -> bool:
    mine = [r for r in records.values() if r.get("sha256") == sha and r.get("software_version") == __version__]
    return bool(mine) and len(mine) >= max(int(r.get("file_documents", 1)) for r in mine)


# A worker process takes 5-8 s to start (interpreter, imports, the spaCy pipeline) on the 2-core machines
# we measured, against ~0.7 s per document: below this many files per worker, in-process is faster.
MIN_FILES_PER_WORKER = 12


# Files handed to the pool ahead of the one being written, per worker: enough to keep the workers busy,
# few enough that the parent never holds more than a handful of results (memory flat in corpus size).
AHEAD_PER_WORKER = 2


def _results(todo: list[str], settings: Settings):
    """FileResults in input order, from a process pool or in-process (one worker, or too few files).

    Raises StageMissing before the first result when a stage cannot be imported. With a pool, the parent
    only writes: the stages (and the language pipeline) are loaded in the workers alone, and at most
    ``AHEAD_PER_WORKER`` files per worker are in flight, so finished results do not pile up."""
    if not todo:  # an unchanged corpus: nothing to read, so do not load the stages (spaCy costs ~1 s)
        return
    workers = min(settings.worker_count, len(todo) // MIN_FILES_PER_WORKER)
    if workers <= 1:
        if missing := missing_stage():
            raise StageMissing(missing)
        for path in todo:
            yield process_file(path, settings)
        return
    with ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn")) as pool:
        if missing := pool.submit(missing_stage).result():
            raise StageMissing(missing)
        paths = iter(todo)
        window = deque(pool.submit(process_file, p, settings) for p in islice(paths, AHEAD_PER_WORKER * workers))
        while window:
            result = window.popleft().result()
            if (path := next(paths, None)) is not None:
                window.append(pool.submit(process_file, path, settings))
            yield result


PAUSE_ENV, RESUME_ENV = "KAMERGRAAF_TEST_PAUSE_AT", "KAMERGRAAF_TEST_RESUME"


def _pause_point(point: str) -> None:
    """Test hook (see the module docstring): stop here, visibly, when the environment names this point."""
    if os.environ.get(PAUSE_ENV) != point:
        return
    print(f"kamergraaf-test-paused {point}", file=sys.stderr, flush=True)
    resume = os.environ.get(RESUME_ENV)
    while not (resume and Path(resume).exists()):
        time.sleep(0.05)


def source_key(path: str | Path) -> str:
    """What a build record keeps of an input's location: a key of its resolved path, never the path itself
    (the store is published through SPARQL and downloads, and must not show the operator's file system)."""
    return "path-sha256:" + hashlib.sha256(str(Path(path).resolve()).encode("utf-8")).hexdigest()[:24]


def _remove_stale(store, source: str, keep: set[str], records: dict[str, dict], report: BuildReport) -> None:
    """Drop the graphs an input file gave earlier but gives no longer."""
    for iri, record in records.items():
        if record.get("source_path") == source and iri not in keep and iri not in report.removed:
            store.remove_document(iri)
            report.removed.append(iri)


def _write(store, result: FileResult, records: dict[str, dict], report: BuildReport, prefixes: dict[str, str]) -> None:
    if result.failure:
        report.failures.append(result.failure)
        return
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    given: set[str] = set()
    for doc in result.docs:
        if doc.failure:
            report.failures.append(doc.failure)
            continue
        given.add(doc.iri)
        report.shacl_seconds.append(doc.seconds_shacl) if doc.seconds_shacl else None
        if doc.rejected is not None:
            report.rejected.append((f"{doc.source_name}: {doc.iri}", doc.rejected))
            continue
        ntriples, content = exportcache.write(store, doc.ntriples, prefixes)  # the export's fragments first
        voidstats.keep_for_fragment(store, content, ntriples, LINK_PREFIXES)  # its counts, for the description
        record = {"sha256": result.sha256, "software_version": __version__, "time": now,
                  "source_name": doc.source_name, "source_path": source_key(result.path),
                  "file_documents": len(result.docs), "content_sha256": content, "prov": doc.prov}
        store.replace_graph(doc.iri, ntriples, record, shared=doc.shared)
        doc.ntriples = doc.shared = doc.prov = b""  # written: do not keep them
        report.built.append(doc.iri)
        report.triples += doc.triples
        _pause_point(f"written:{len(report.built)}")
    if any(d.failure for d in result.docs):
        return  # a document we could not build may still be among the old graphs: keep them
    _remove_stale(store, source_key(result.path), given, records, report)


def build(paths: list[str], settings: Settings, force: bool = False, progress: bool = True) -> BuildReport:
    from kamergraaf.graph.export import export_prefixes
    from kamergraaf.graph.lock import build_lock
    from kamergraaf.graph.store import open_store

    start = time.perf_counter()
    report = BuildReport()
    files = input_files([str(p) for p in paths], report)
    report.files = len(files)
    if not files:
        report.seconds = time.perf_counter() - start
        return report
    with build_lock(settings):
        store = open_store(settings)
        try:
            records = store.build_records()
            todo = []
            for f in files:
                try:
                    sha = hashlib.sha256(f.read_bytes()).hexdigest()
                except OSError as exc:
                    report.failures.append(f"{f}: cannot read the file: {exc.strerror or exc}. Check its permissions.")
                    continue
                if not force and _unchanged(sha, records):
                    report.skipped.append(str(f))
                    # a build killed between a file's new graphs and the removal of its old ones: finish that
                    current = {g for g, r in records.items() if r.get("sha256") == sha}
                    _remove_stale(store, source_key(f), current, records, report)
                else:
                    todo.append(str(f))
            prefixes = export_prefixes()
            try:
                for i, result in enumerate(_results(todo, settings), 1):
                    _write(store, result, records, report, prefixes)
                    if progress:
                        state = result.failure and "failed" or f"{len(result.docs)} document(s)"
                        print(f"[{i}/{len(todo)}] {result.path}: {state} ({result.seconds:.2f} s)", file=sys.stderr)
            except StageMissing as exc:
                report.failures.append(f"cannot build: {exc}. Reinstall kamergraaf.")
                report.seconds = time.perf_counter() - start
                return report
            _pause_point("prune")
            report.pruned = store.prune_shared()
            exportcache.prune(store)
            _pause_point("describe")
            _describe(store, settings)
        finally:
            store.close()
    report.seconds = time.perf_counter() - start
    return report


def canonical_triples(ntriples: bytes) -> set:
    """The triples as a store gives them back (Oxigraph writes typed literals in canonical form:
    ``...+00:00`` becomes ``...Z``), so that what is held compares equal to what would be written."""
    import pyoxigraph as ox

    scratch = ox.Store()
    scratch.load(ntriples, format=ox.RdfFormat.N_TRIPLES)
    return {q.triple for q in scratch}


def _same_graph(store, graph_iri: str, ntriples: bytes) -> bool:
    return canonical_triples(store.dump("ntriples", graph_iri)) == canonical_triples(ntriples)


def _describe(store, settings: Settings) -> None:
    """Write the ontology graph and the dataset description when they differ from what the store holds.

    The description is a function of the store's content (counts, record times), so comparing it is enough
    to repair one that a killed build left out of date."""
    from kamergraaf.graph.dcat import description_ntriples, ontology_ntriples
    from kamergraaf.graph.store import store_graphs

    names = store_graphs(settings.base_iri)
    onto = ontology_ntriples()
    if onto and not _same_graph(store, names["ontology"], onto):
        store.put_graph(names["ontology"], onto)
    description = description_ntriples(store, settings)
    if not _same_graph(store, names["dataset"], description):
        store.put_graph(names["dataset"], description)
