"""Fuzzing the reader: random bytes and mutated real PDFs (bit flips, truncation, deleted and duplicated
chunks of corpus/aanhangsel-pdf files) give a ReadFailure naming the file, or documents; never another
exception. A build over a folder of broken PDFs among good ones exits 1, lists every broken file, and
stores every good one."""

from __future__ import annotations

import atexit
import random
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from kamergraaf.cli import main
from kamergraaf.extract.model import ParsedDocument
from kamergraaf.extract.reader import ReadFailure, read_path
from kamergraaf.graph.store import open_store
from kamergraaf.settings import Settings

settings.register_profile("kamergraaf-fuzz", derandomize=True, deadline=None, database=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
PROFILE = settings.get_profile("kamergraaf-fuzz")

ROOT = Path(__file__).resolve().parent.parent
PDFS = sorted((ROOT / "corpus" / "aanhangsel-pdf").glob("*.pdf"))
WORK = Path(tempfile.mkdtemp(prefix="kamergraaf-fuzz-"))  # hypothesis examples cannot use tmp_path
atexit.register(shutil.rmtree, WORK, ignore_errors=True)


def mutate(data: bytes, kind: str, a: float, b: float, c: float, flips: int = 1) -> bytes:
    """One mutation of ``data``; positions given as fractions of its length."""
    n = len(data)
    i, j = sorted((int(a * n), int(b * n)))
    if kind == "flip":
        out = bytearray(data)
        rng = random.Random(f"{a}{b}{c}")
        for _ in range(flips):
            k = rng.randrange(n)
            out[k] ^= 1 << rng.randrange(8)
        return bytes(out)
    if kind == "truncate":
        return data[:i]
    if kind == "delete":
        return data[:i] + data[j:]
    if kind == "duplicate":
        k = int(c * n)
        return data[:k] + data[i:j] + data[k:]
    raise ValueError(kind)


def read_or_fail(path: Path) -> list[ParsedDocument] | ReadFailure:
    """What the build sees: documents or a ReadFailure; any other exception fails the test."""
    try:
        docs = read_path(path)
    except ReadFailure as exc:
        assert str(path) in str(exc.error) and exc.error.code.startswith("E") and exc.error.hint, exc.error
        return exc
    assert isinstance(docs, list) and all(isinstance(d, ParsedDocument) for d in docs)
    for doc in docs:
        for item in doc.questions + doc.answers + doc.footnotes:
            assert doc.text[item.start:item.end] == item.text
    return docs


FRACTION = st.floats(0, 1, allow_nan=False)
MUTATIONS = st.tuples(st.sampled_from(PDFS), st.sampled_from(["flip", "truncate", "delete", "duplicate"]),
                      FRACTION, FRACTION, FRACTION, st.integers(1, 64))


@settings(PROFILE, max_examples=80)
@given(MUTATIONS)
def test_mutated_pdfs_give_documents_or_a_read_failure(case):
    source, kind, a, b, c, flips = case
    path = WORK / f"mutated-{kind}.pdf"
    path.write_bytes(mutate(source.read_bytes(), kind, a, b, c, flips))
    read_or_fail(path)


@settings(PROFILE, max_examples=60)
@given(st.binary(max_size=4000), st.sampled_from([".pdf", ".txt", ".csv", ""]),
       st.sampled_from([b"", b"%PDF-1.4\n", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", b"\xef\xbb\xbf",
                        b"name,text_content\n"]))
def test_random_bytes_give_documents_or_a_read_failure(data, suffix, prefix):
    path = WORK / f"random{suffix}"
    path.write_bytes(prefix + data)
    read_or_fail(path)


def mutants(wanted_bad: int, wanted_readable: int, sources: list[Path]) -> tuple[list[bytes], list[bytes]]:
    """Mutants of ``sources`` (fixed seed) that the reader rejects, and ones it still reads."""
    rng = random.Random(6)
    bad, readable = [], []
    for _ in range(400):
        if len(bad) >= wanted_bad and len(readable) >= wanted_readable:
            break
        source = rng.choice(sources)
        data = mutate(source.read_bytes(), rng.choice(["flip", "truncate", "delete", "duplicate"]),
                      rng.random(), rng.random(), rng.random(), rng.randrange(1, 200))
        path = WORK / "probe.pdf"
        path.write_bytes(data)
        outcome = read_or_fail(path)
        if isinstance(outcome, ReadFailure) and len(bad) < wanted_bad:
            bad.append(data)
        elif not isinstance(outcome, ReadFailure) and len(readable) < wanted_readable:
            readable.append(data)
    assert len(bad) == wanted_bad and len(readable) == wanted_readable
    return bad, readable


def test_build_over_broken_pdfs_lists_them_and_stores_the_good_ones(tmp_path, capsys):
    good, others = PDFS[:2], PDFS[2:6]
    bad, readable = mutants(3, 1, others)
    folder = tmp_path / "in"
    folder.mkdir()
    for p in good:
        (folder / p.name).write_bytes(p.read_bytes())
    names = [f"kapot-{i}.pdf" for i in range(len(bad))]
    for name, data in zip(names, bad):
        (folder / name).write_bytes(data)
    (folder / "beschadigd-leesbaar.pdf").write_bytes(readable[0])
    (folder / "ruis.pdf").write_bytes(random.Random(7).randbytes(5000))
    store = tmp_path / "store"
    code = main(["build", "-q", "--store", str(store), "--workers", "1", str(folder)])
    out, err = capsys.readouterr()
    assert code == 1, out + err
    assert "Traceback" not in out + err
    failed = [line for line in out.splitlines() if line.startswith("failed: ")]
    for name in names + ["ruis.pdf"]:
        assert any(str(folder / name) in line for line in failed), (name, out)
    st = open_store(Settings(store=str(store)), read_only=True)
    try:
        stored = {r["source_name"] for r in st.build_records().values()}
    finally:
        st.close()
    assert {p.name for p in good} <= stored
    assert not stored & set(names + ["ruis.pdf"])


@pytest.mark.parametrize("kind", ["flip", "truncate", "delete", "duplicate"])
def test_each_mutation_changes_the_file(kind):
    data = PDFS[0].read_bytes()
    assert mutate(data, kind, 0.3, 0.6, 0.1) != data
