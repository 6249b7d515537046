"""Operations: `kamergraaf build/query/export/validate` on a store that is missing, damaged, locked by a
running build, or written by another format version. Each refusal exits 2 with one message that names the
directory and says what to do, never a traceback; a refused build leaves the store as it was.

A store locked by a running build can still be read (query, export, validate): the embedded store is opened
read-only beside the writer, and every document is written in one transaction, so readers see whole documents.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap

import pyoxigraph as ox
import pytest

from kamergraaf.cli import main
from kamergraaf.corpus import sample_paths
from kamergraaf.graph.store import BUILD_NS, FORMAT_VERSION, open_store, store_graphs
from kamergraaf.pipeline import build
from kamergraaf.settings import Settings

SEED = sorted(p for p in sample_paths() if p.suffix == ".txt")[0]
READERS = {
    "query": lambda store: ["query", "--store", store, "documents"],
    "export": lambda store: ["export", "--store", store, "--format", "ntriples"],
    "validate": lambda store: ["validate", "--store", store],
}


@pytest.fixture(scope="module")
def one_doc_store(tmp_path_factory):
    """A store holding one seed document, built in-process (copied by each test that changes it)."""
    store = tmp_path_factory.mktemp("ops") / "store"
    report = build([str(SEED)], Settings(store=str(store), workers=1), progress=False)
    assert report.exit_code == 0, report.summary()
    return store


def run(argv: list[str], capsys) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def store_state(path) -> list[bytes]:
    """Every quad of the store, read with Oxigraph itself (so also a store kamergraaf refuses to open)."""
    return sorted(ox.Store.read_only(str(path)).dump(format=ox.RdfFormat.N_QUADS).splitlines())


def set_format_version(path, version: str) -> None:
    st = open_store(Settings(store=str(path)))
    meta = store_graphs(Settings().base_iri)["store"]
    st._store.update(f'DELETE WHERE {{ GRAPH <{meta}> {{ <{meta}> <{BUILD_NS}formatVersion> ?v }} }} ; '
                     f'INSERT DATA {{ GRAPH <{meta}> {{ <{meta}> <{BUILD_NS}formatVersion> "{version}" }} }}')
    st._store.flush()
    st.close()


@pytest.mark.parametrize("command", sorted(READERS))
def test_missing_store_is_named_with_what_to_do(command, tmp_path, capsys):
    missing = str(tmp_path / "nergens")
    code, out, err = run(READERS[command](missing), capsys)
    assert code == 2
    assert missing in err and "Traceback" not in err
    assert "kamergraaf build" in err  # what to do: build one (or give a store built by kamergraaf build)
    assert not (tmp_path / "nergens").exists()  # reading never creates a store


def test_build_refuses_a_store_path_that_is_a_file_or_a_foreign_folder(tmp_path, capsys):
    a_file = tmp_path / "notities.txt"
    a_file.write_text("mijn notities\n", encoding="utf-8")
    code, _, err = run(["build", "-q", "--store", str(a_file), str(SEED)], capsys)
    assert code == 2 and f"store path {a_file} is a file" in err and "--store" in err
    code, _, err = run(["build", "-q", "--store", str(a_file / "sub"), str(SEED)], capsys)
    assert code == 2 and str(a_file) in err and "Traceback" not in err
    folder = tmp_path / "documenten"
    folder.mkdir()
    (folder / "brief.pdf").write_bytes(b"%PDF-1.4 mijn brief")
    code, _, err = run(["build", "-q", "--store", str(folder), str(SEED)], capsys)
    assert code == 2 and f"directory {folder} holds other files (brief.pdf)" in err
    assert sorted(p.name for p in folder.iterdir()) == ["brief.pdf"]  # nothing written into it


@pytest.mark.parametrize("command", sorted(READERS) + ["build"])
def test_store_of_another_format_version_is_refused(command, one_doc_store, tmp_path, capsys):
    path = tmp_path / "oud"
    shutil.copytree(one_doc_store, path)
    set_format_version(path, "0")
    before = store_state(path) if command == "build" else None
    argv = ["build", "-q", "--force", "--store", str(path), str(SEED)] if command == "build" else READERS[command](str(path))
    code, out, err = run(argv, capsys)
    assert code == 2
    assert f"store {path} was written by another version of kamergraaf (store format 0" in err
    assert f"this version reads format {FORMAT_VERSION}" in err and "Rebuild it into a new directory" in err
    assert "Traceback" not in err
    if before is not None:
        assert store_state(path) == before  # the refused build changed nothing


@pytest.mark.parametrize("command", sorted(READERS) + ["build"])
def test_damaged_store_is_refused(command, one_doc_store, tmp_path, capsys):
    path = tmp_path / "kapot"
    shutil.copytree(one_doc_store, path)
    (path / "CURRENT").write_text("onzin\n", encoding="ascii")
    argv = ["build", "-q", "--store", str(path), str(SEED)] if command == "build" else READERS[command](str(path))
    code, _, err = run(argv, capsys)
    assert code == 2
    assert f"store {path} is damaged and cannot be opened" in err and "Rebuild it" in err
    assert "Traceback" not in err


HOLD_LOCK = textwrap.dedent("""
    import sys, time
    from kamergraaf.settings import Settings
    from kamergraaf.graph.lock import build_lock
    from kamergraaf.graph.store import open_store
    s = Settings(store=sys.argv[1])
    with build_lock(s):
        st = open_store(s)  # a build holds the lock and the store open for writing
        print("ready", flush=True)
        time.sleep(120)
""")


def test_store_locked_by_a_running_build(one_doc_store, tmp_path, capsys):
    path = tmp_path / "bezet"
    shutil.copytree(one_doc_store, path)
    before = store_state(path)
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(path)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        code, _, err = run(["build", "-q", "--force", "--store", str(path), str(SEED)], capsys)
        assert code == 2
        assert f"another build is running against store {path} (pid {holder.pid})" in err
        assert "Wait for it to finish, or build into another --store directory." in err
        # reading goes on while the build runs, and sees the whole documents written so far
        code, out, err = run(READERS["query"](str(path)), capsys)
        assert code == 0 and out.count("\n") == 2, err  # header and the one document
        code, out, err = run(READERS["validate"](str(path)), capsys)
        assert code == 0 and "1 graph(s) conform" in out, err
    finally:
        holder.kill()
        holder.wait()
    assert store_state(path) == before
