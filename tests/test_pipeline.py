"""The build: bad files among good ones, skipping unchanged input, --force, the SHACL gate, one build at a time."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from kamergraaf.corpus import sample_paths
from kamergraaf.errors import StoreLocked
from kamergraaf.graph.lock import build_lock
from kamergraaf.graph.store import open_store
from kamergraaf import pipeline
from kamergraaf.pipeline import build
from kamergraaf.settings import Settings

GOOD = [p for p in sample_paths() if p.suffix == ".txt"][:1] + [p for p in sample_paths() if p.suffix == ".pdf"][:2]


@pytest.fixture()
def inputs(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for p in GOOD:
        shutil.copy(p, folder / p.name)
    (folder / "kapot.pdf").write_bytes(b"%PDF-1.4\nthis is not a PDF at all\n%%EOF\n")
    half = GOOD[1].read_bytes()
    (folder / "afgebroken.pdf").write_bytes(half[: len(half) // 3])
    return folder


def settings(tmp_path, **kw) -> Settings:
    return Settings(store=str(tmp_path / "store"), workers=kw.pop("workers", 1), **kw)


def test_bad_files_do_not_spoil_the_build(tmp_path, inputs, monkeypatch):
    monkeypatch.setattr(pipeline, "MIN_FILES_PER_WORKER", 1)  # through the process pool, even for 5 files
    report = build([str(inputs)], settings(tmp_path, workers=2), progress=False)
    assert report.exit_code == 1
    assert report.files == 5
    failed = "\n".join(report.failures)
    assert "kapot.pdf" in failed and "afgebroken.pdf" in failed
    assert len(report.failures) == 2
    store = open_store(settings(tmp_path), read_only=True)
    assert sorted(store.graphs()) == sorted(report.built) and len(report.built) == 3
    sources = sorted(r["source_name"] for r in store.build_records().values())
    assert sources == sorted(p.name for p in GOOD)
    summary = report.summary()
    assert "3 document(s) built" in summary and "failed: " in summary and "kapot.pdf" in summary


def test_unchanged_input_is_skipped_and_force_rebuilds(tmp_path, inputs):
    first = build([str(inputs)], settings(tmp_path), progress=False)
    second = build([str(inputs)], settings(tmp_path), progress=False)
    assert second.built == [] and len(second.skipped) == 3
    assert len(second.failures) == 2  # the broken files are tried again: they have no record
    forced = build([str(inputs)], settings(tmp_path), force=True, progress=False)
    assert sorted(forced.built) == sorted(first.built)
    seed = inputs / GOOD[0].name
    seed.write_text(seed.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    changed = build([str(inputs)], settings(tmp_path), progress=False)
    assert len(changed.built) == 1 and len(changed.skipped) == 2
    store = open_store(settings(tmp_path), read_only=True)
    assert len(store.graphs()) == 3


def test_build_is_deterministic(tmp_path, inputs):
    a = build([str(inputs / GOOD[0].name)], Settings(store=str(tmp_path / "a"), workers=1), progress=False)
    b = build([str(inputs / GOOD[0].name)], Settings(store=str(tmp_path / "b"), workers=1), progress=False)
    assert a.built == b.built
    g = a.built[0]
    dump_a = open_store(Settings(store=str(tmp_path / "a")), read_only=True).dump("ntriples", g)
    dump_b = open_store(Settings(store=str(tmp_path / "b")), read_only=True).dump("ntriples", g)
    assert sorted(dump_a.splitlines()) == sorted(dump_b.splitlines()) and dump_a


def test_shacl_rejection_keeps_the_published_version(tmp_path, inputs, monkeypatch):
    import kamergraaf.graph.validate as validate

    target = str(inputs / GOOD[0].name)
    first = build([target], settings(tmp_path, workers=1), progress=False)
    assert first.exit_code == 0
    doc = first.built[0]
    real_gate = validate.gate

    def gate(graph):
        real_gate(graph)
        return False, f"Constraint violation: focus node <{doc}> sh:minCount 1 on schema:text (made up by the test)"

    monkeypatch.setattr(validate, "gate", gate)
    second = build([target], settings(tmp_path, workers=1), force=True, progress=False)
    assert second.exit_code == 1 and second.built == []
    assert second.rejected and second.rejected[0][0].endswith(doc)
    assert "sh:minCount" in second.summary()
    store = open_store(settings(tmp_path), read_only=True)
    assert store.graphs() == [doc]  # the earlier good version is still published


def test_second_concurrent_build_is_refused(tmp_path, inputs):
    s = settings(tmp_path)
    with build_lock(s):
        with pytest.raises(StoreLocked, match="another build is running"):
            build([str(inputs)], s, progress=False)
        cli = subprocess.run([sys.executable, "-m", "kamergraaf", "build", "--store", s.store, str(inputs)],
                             capture_output=True, text=True, timeout=120)
    assert cli.returncode == 2
    assert "another build is running" in cli.stderr and "pid" in cli.stderr


def test_nothing_usable_exits_2(tmp_path):
    report = build([str(tmp_path / "missing")], settings(tmp_path), progress=False)
    assert report.exit_code == 2
    assert "no such file or folder" in report.summary()
