"""`kamergraaf bench` on a tiny plan (three real sample files, every stage once): it runs, produces every key of
the figures with a plausible value, prints the table and writes the JSON. Nothing here is timed: the figures
themselves are the benchmark's business, not the suite's."""

from __future__ import annotations

import json
import math
import statistics

import pytest

from kamergraaf import bench
from kamergraaf.settings import Settings


@pytest.fixture(scope="module")
def tiny_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("bench") / "figures.json"
    code = bench.main(Settings(workers=1), quick=True, json_path=str(out), plan="tiny")
    return code, json.loads(out.read_text(encoding="utf-8"))


def test_bench_exits_zero_and_writes_every_key(tiny_run):
    code, figures = tiny_run
    assert code == 0
    missing = [k for k in bench.KEYS if k not in figures]
    assert not missing, missing


@pytest.mark.parametrize("key", bench.KEYS)
def test_every_figure_is_a_finite_positive_number(tiny_run, key):
    value = tiny_run[1][key]
    assert isinstance(value, (int, float)) and not isinstance(value, bool)
    assert math.isfinite(value) and value > 0, (key, value)


def test_side_by_side_measurements_are_recorded(tiny_run):
    figures = tiny_run[1]
    # the ratios are made of figures measured in the same run, and both sides are kept
    assert figures["ingest_vs_pdfplumber"] == pytest.approx(
        figures["ingest_pages_per_s"] / figures["pdfplumber_pages_per_s"])
    ours, theirs = figures["http_rps_rounds"], figures["oxigraph_rps_rounds"]
    assert len(ours) == len(theirs) == 3  # the two servers loaded in turn, three times each
    assert figures["http_rps"] == statistics.median(ours) and figures["oxigraph_rps"] == statistics.median(theirs)
    assert figures["http_rps_vs_oxigraph"] == pytest.approx(statistics.median(a / b for a, b in zip(ours, theirs)))
    assert figures["http_rps_vs_devserver"] == pytest.approx(figures["http_rps"] / figures["devserver_rps"])
    assert set(figures["sparql_engine_s"]) == set(figures["sparql_rdflib_s"]) and len(figures["sparql_engine_s"]) == 8
    assert figures["rebuild_skipped"] == figures["docs_1x"] == 3
    assert figures["http_failed"] == 0
    assert figures["machine"]["cores"] >= 1 and figures["machine"]["versions"]["pyoxigraph"]


def test_table_has_a_row_per_key_and_judges_targets():
    figures = {k: 1.0 for k in bench.KEYS} | {"build_peak_rss_growth": 1.0, "ingest_vs_pdfplumber": 7.0,
                                                "rebuild_unchanged_ratio": 0.5}
    text = bench.table(figures)
    lines = {ln.split()[0]: ln.split() for ln in text.splitlines()[2:]}
    assert set(lines) == set(bench.KEYS) | {"build_peak_rss_growth"}
    assert lines["ingest_vs_pdfplumber"][-1] == "yes"
    assert lines["rebuild_unchanged_ratio"][-1] == "NO"


def test_replicated_graph_has_distinct_document_ids(tmp_path):
    bench_scaling, sparql = bench._benchmarks()
    from kamergraaf.corpus import sample_paths
    from kamergraaf.graph.store import open_store

    seed = sorted(p for p in sample_paths() if p.suffix == ".txt")[0]
    report = bench_scaling.build_once([str(seed)], str(tmp_path / "one"), workers=1)
    assert report["built"] == 1
    big, quads = sparql.replicate(str(tmp_path / "one"), 10 * report["triples"], tmp_path / "big")
    store = open_store(Settings(store=str(big)), read_only=True)
    try:
        ids = [str(r[0].value) for r in store.query(
            "SELECT ?id WHERE { ?d a <https://w3id.org/kamergraaf/def#Document> ; "
            "<http://purl.org/dc/terms/identifier> ?id }")]
    finally:
        store.close()
    assert quads >= 10 * report["triples"]
    assert len(ids) == len(set(ids)) >= 4
    assert all(i == ids[0].split("-r")[0] or i.startswith(ids[0].split("-r")[0] + "-r") for i in ids)
