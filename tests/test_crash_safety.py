"""Crash safety of `kamergraaf build`: killed with SIGKILL at several points it leaves a store that opens and
holds whole documents only (each document graph equal to its old or its new version, never half), and the
next run completes it; a second build against the same store at the same time is refused and changes nothing.

The build is stopped at named points by the test hook of kamergraaf.pipeline (KAMERGRAAF_TEST_PAUSE_AT); the
killed-writer test of tests/test_store.py covers kills in the middle of a store transaction.
"""

from __future__ import annotations

import os
import selectors
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from kamergraaf.corpus import sample_paths
from kamergraaf.graph.dcat import description_ntriples, ontology_ntriples
from kamergraaf.graph.shared import used_by
from kamergraaf.graph.store import open_store, store_graphs
from kamergraaf.pipeline import PAUSE_ENV, RESUME_ENV, build, canonical_triples
from kamergraaf.settings import Settings

SEEDS = sorted(p for p in sample_paths() if p.suffix == ".txt")
PDFS = sorted(p for p in sample_paths() if p.suffix == ".pdf")[:2]
INPUTS = SEEDS + PDFS  # four files, four documents
BASE = Settings().base_iri
NAMES = store_graphs(BASE)
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


OLD_SENTENCE = "Dit is een zin uit een oudere versie."


def write_inputs(folder: Path, old: bool = False, sentence: str = OLD_SENTENCE) -> Path:
    """The inputs as fresh writable files; ``old`` gives the seeds an earlier wording (another graph)."""
    folder.mkdir(parents=True, exist_ok=True)
    for p in INPUTS:
        data = p.read_bytes()
        if old and p.suffix == ".txt":
            data = data.replace(b"\r\n", b"\n").rstrip() + f"\n{sentence}\n".encode("utf-8")
        (folder / p.name).write_bytes(data)
    return folder


def snapshot(store_dir: str) -> dict:
    """Document graphs (as sets of N-Triples lines), build records, and the dataset's own graphs."""
    st = open_store(Settings(store=store_dir), read_only=True)
    try:
        named = {r["g"].value for r in st.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }")}
        records = st.build_records()
        lines = lambda g: frozenset(st.dump("ntriples", g).decode("utf-8").splitlines())  # noqa: E731
        docs = {g: lines(g) for g in sorted(named) if g.startswith(f"{BASE}doc/")}
        own = {k: lines(NAMES[k]) for k in ("ontology", "dataset") if NAMES[k] in named}
        shared = lines(NAMES["shared"]) if NAMES["shared"] in named else frozenset()
        return {"docs": docs, "records": records, "own": own, "shared": shared}
    finally:
        st.close()


def _nt(lines) -> bytes:
    return ("\n".join(sorted(lines)) + "\n").encode("utf-8") if lines else b""


def used_types(snap: dict, g: str) -> set[tuple[str, str]]:
    """(resource, class) of the shared resources document ``g`` refers to, as the shared graph describes them:
    a function of the resource keys, the same in every store that holds the document."""
    return {(t.subject.value, t.object.value) for t in used_by(_nt(snap["docs"][g]), _nt(snap["shared"]))
            if t.predicate.value == RDF_TYPE}


def assert_shared_consistent(snap: dict, *versions: dict) -> None:
    """Each document finds every shared resource it refers to in the shared graph, typed as in its version."""
    for g, lines in snap["docs"].items():
        version = next(v for v in versions if v["docs"].get(g) == lines)
        assert used_types(snap, g) == used_types(version, g), f"{g}: shared descriptions missing"


def assert_shared_pruned(snap: dict) -> None:
    """The shared graph describes only resources some document refers to (directly or through another)."""
    used = set()
    for lines in snap["docs"].values():
        used |= {str(t) for t in used_by(_nt(lines), _nt(snap["shared"]))}
    described = {str(t) for t in ox.parse(_nt(snap["shared"]), format=ox.RdfFormat.N_TRIPLES)}
    assert described == used, sorted(described - used)[:5]


@pytest.fixture(scope="module")
def clean(sample_settings):
    """The inputs' document graphs as a clean, uninterrupted build made them: the session's sample build
    (tests/test_pipeline.py checks that a document's graph does not depend on the other documents)."""
    snap = snapshot(sample_settings.store)
    wanted = {r["source_name"] for r in snap["records"].values()} & {p.name for p in INPUTS}
    assert wanted == {p.name for p in INPUTS}
    docs = {g: lines for g, lines in snap["docs"].items() if snap["records"][g]["source_name"] in wanted}
    return {"docs": docs, "shared": snap["shared"]}


def start_build(store: Path, inputs: Path, pause: str | None = None, resume: Path | None = None) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if k not in (PAUSE_ENV, RESUME_ENV)}
    if pause:
        env[PAUSE_ENV] = pause
    if resume:
        env[RESUME_ENV] = str(resume)
    return subprocess.Popen([sys.executable, "-m", "kamergraaf", "build", "--store", str(store), "--workers", "1",
                             "-q", str(inputs)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)


def wait_paused(proc: subprocess.Popen, point: str, timeout: float = 300) -> None:
    """Read the build's standard error until it reports being paused at ``point``."""
    sel = selectors.DefaultSelector()
    sel.register(proc.stderr, selectors.EVENT_READ)
    seen = b""
    deadline = time.monotonic() + timeout
    while f"kamergraaf-test-paused {point}".encode() not in seen:
        left = deadline - time.monotonic()
        if left <= 0 or proc.poll() is not None:
            proc.kill()
            pytest.fail(f"build did not pause at {point} (exit {proc.poll()}): {seen.decode(errors='replace')[-2000:]}")
        if sel.select(timeout=min(left, 1.0)):
            seen += os.read(proc.stderr.fileno(), 65536)
    sel.close()


def kill(proc: subprocess.Popen) -> None:
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL


def assert_whole_documents(snap: dict, *versions: dict) -> None:
    """Every document graph equals one of its versions; graphs and build records match one to one."""
    assert set(snap["docs"]) == set(snap["records"]), "a document graph without build record or the reverse"
    for g, lines in snap["docs"].items():
        assert any(v["docs"].get(g) == lines for v in versions), f"{g}: not a whole version ({len(lines)} triples)"
    assert_shared_consistent(snap, *versions)


def assert_complete(store: Path, clean: dict) -> None:
    """The store holds exactly the clean build's documents, and an ontology and dataset description that are
    up to date (the description is a function of the store's content)."""
    snap = snapshot(str(store))
    assert snap["docs"] == clean["docs"]
    assert_shared_consistent(snap, clean)
    assert_shared_pruned(snap)
    st = open_store(Settings(store=str(store)), read_only=True)
    try:
        assert canonical_triples(st.dump("ntriples", NAMES["ontology"])) == canonical_triples(ontology_ntriples())
        current = canonical_triples(description_ntriples(st, Settings(store=str(store))))
        assert canonical_triples(st.dump("ntriples", NAMES["dataset"])) == current
    finally:
        st.close()


def rerun(store: Path, inputs: Path) -> subprocess.CompletedProcess:
    done = subprocess.run([sys.executable, "-m", "kamergraaf", "build", "--store", str(store), "--workers", "1",
                           "-q", str(inputs)], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    return done


def test_killed_after_first_document_then_completed(tmp_path, clean):
    new = clean
    inputs, store = write_inputs(tmp_path / "in"), tmp_path / "store"
    proc = start_build(store, inputs, pause="written:1")
    wait_paused(proc, "written:1")
    kill(proc)
    snap = snapshot(str(store))
    assert len(snap["docs"]) == 1
    assert_whole_documents(snap, new)
    assert "dataset" not in snap["own"]
    done = rerun(store, inputs)
    assert "3 document(s) built, 1 file(s) skipped unchanged" in done.stdout
    assert_complete(store, clean)


def test_killed_while_replacing_old_versions(tmp_path, clean):
    """A store holding older versions of the seeds: after the kill each graph is the old or the new one."""
    new = clean
    inputs, store = tmp_path / "in", tmp_path / "store"
    first = build([str(write_inputs(inputs, old=True))], Settings(store=str(store), workers=1), progress=False)
    assert first.exit_code == 0, first.summary()
    old = snapshot(str(store))
    seeds = [g for g, r in old["records"].items() if r["source_name"].endswith(".txt")]
    assert len(seeds) == 2 and all(old["docs"][g] != new["docs"].get(g) for g in seeds), "old versions must differ"
    write_inputs(inputs)  # the files change
    proc = start_build(store, inputs, pause="written:2")
    wait_paused(proc, "written:2")
    kill(proc)
    snap = snapshot(str(store))
    assert_whole_documents(snap, new, old)
    changed = [g for g in snap["docs"] if g in old["docs"] and snap["docs"][g] == new["docs"].get(g)]
    assert changed, "the killed build had replaced at least one old version"
    rerun(store, inputs)
    assert_complete(store, clean)


def test_killed_before_the_description_then_completed_by_a_run_that_skips_everything(tmp_path, clean):
    new = clean
    inputs, store = write_inputs(tmp_path / "in"), tmp_path / "store"
    proc = start_build(store, inputs, pause="describe")
    wait_paused(proc, "describe")
    kill(proc)
    snap = snapshot(str(store))
    assert snap["docs"] == new["docs"] and "dataset" not in snap["own"]
    done = rerun(store, inputs)
    assert "0 document(s) built, 4 file(s) skipped unchanged" in done.stdout
    assert_complete(store, clean)


def test_killed_before_pruning_the_shared_graph_then_completed(tmp_path, clean):
    """Older versions of the seeds name a country the new ones do not: after the new graphs are written its
    description is unused; killed before the pruning, the store is consistent and the next run prunes it."""
    inputs, store = tmp_path / "in", tmp_path / "store"
    sentence = "Dit is een zin uit een oudere versie over de vluchtelingen uit IJsland."
    first = build([str(write_inputs(inputs, old=True, sentence=sentence))], Settings(store=str(store), workers=1),
                  progress=False)
    assert first.exit_code == 0, first.summary()
    old = snapshot(str(store))
    iceland = f"<{BASE}land/ISL>"
    assert any(line.startswith(iceland) for line in old["shared"]), "the old versions must name IJsland"
    assert not any(iceland in line for lines in clean["docs"].values() for line in lines)
    write_inputs(inputs)
    proc = start_build(store, inputs, pause="prune")
    wait_paused(proc, "prune")
    kill(proc)
    snap = snapshot(str(store))
    assert snap["docs"] == clean["docs"]
    assert_whole_documents(snap, clean)
    assert any(line.startswith(iceland) for line in snap["shared"])  # not pruned yet: harmless, unused
    done = rerun(store, inputs)
    assert "0 document(s) built, 4 file(s) skipped unchanged" in done.stdout
    assert "dropped the descriptions of 1 shared resource(s)" in done.stdout
    assert_complete(store, clean)
    assert not any(line.startswith(iceland) for line in snapshot(str(store))["shared"])


def test_second_build_at_the_same_time_is_refused_and_the_first_completes(tmp_path, clean):
    new = clean
    inputs, store, resume = write_inputs(tmp_path / "in"), tmp_path / "store", tmp_path / "resume"
    first = start_build(store, inputs, pause="written:1", resume=resume)
    try:
        wait_paused(first, "written:1")
        before = snapshot(str(store))
        second = subprocess.run([sys.executable, "-m", "kamergraaf", "build", "--store", str(store), "--force",
                                 "-q", str(inputs)], capture_output=True, text=True, timeout=120)
        assert second.returncode == 2
        assert f"another build is running against store {store} (pid {first.pid})" in second.stderr
        assert "Traceback" not in second.stderr
        assert snapshot(str(store)) == before  # the refused build wrote nothing
        resume.touch()
        _, err = first.communicate(timeout=600)
    finally:
        if first.poll() is None:
            first.kill()
            first.wait()
    assert first.returncode == 0, err.decode(errors="replace")
    assert_complete(store, clean)
