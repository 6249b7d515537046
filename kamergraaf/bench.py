"""``kamergraaf bench``: every stage measured on real documents, side by side with the alternative a user could
run instead, in the same run. Prints a table (figure, value, target, met) and writes the figures as JSON.

Stages: PDF ingest against bare pdfplumber; builds at 1x and Nx the sample corpus (docs/min, peak memory, the
unchanged rebuild); the example queries on a graph of real documents replicated with distinct ids, in the
store's engine against rdflib; HTTP against ``oxigraph serve-read-only`` and the Flask development server;
the Turtle export. The measuring code lives in the source tree's ``benchmarks/`` folder.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path

from kamergraaf.settings import Settings

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"

KEYS = ("ingest_vs_pdfplumber", "ingest_pages_per_s", "build_docs_per_min", "build_scaling",
        "rebuild_unchanged_ratio", "sparql_speedup_vs_rdflib", "sparql_p95_ms", "http_rps", "http_rps_vs_oxigraph",
        "http_rps_vs_devserver", "export_turtle_s_per_mtriple", "shacl_ms_per_doc", "serve_peak_rss_mb", "triples",
        "build_peak_rss_mb_1x", "build_peak_rss_mb_2x", "build_peak_rss_mb_scaled")

# (key, target text, test); None: reported without a target
TARGETS = {
    "ingest_vs_pdfplumber": (">= 5", lambda v: v >= 5),
    "build_scaling": (">= 0.8", lambda v: v >= 0.8),
    "rebuild_unchanged_ratio": ("<= 0.1", lambda v: v <= 0.1),
    "sparql_speedup_vs_rdflib": (">= 10", lambda v: v >= 10),
    "http_rps_vs_oxigraph": (">= 0.5", lambda v: v >= 0.5),
    "export_turtle_s_per_mtriple": ("<= 2", lambda v: v <= 2),
    "build_peak_rss_growth": ("<= 1.25", lambda v: v <= 1.25),
}

# quick: under 5 minutes on 2 cores; full: 10x build, >= 1M triples, longer loads
PLANS = {
    "quick": {"scale": 2, "triples": 100_000, "curve": (), "http_s": 3.0, "budget_s": 5.0, "ingest_rounds": 1,
              "files": None},
    "full": {"scale": 10, "triples": 1_000_000, "curve": (250_000,), "http_s": 10.0, "budget_s": 30.0,
             "ingest_rounds": 3, "files": None},
    # for the test suite: three files (two texts, one PDF), every stage once, no figure worth quoting
    "tiny": {"scale": 1, "triples": 0, "curve": (), "http_s": 1.0, "budget_s": 5.0, "ingest_rounds": 1, "files": 3},
}


def _benchmarks():
    if not (BENCHMARKS / "bench_sparql.py").exists():
        raise SystemExit(f"error: the benchmark scripts are not at {BENCHMARKS}; run `kamergraaf bench` from a "
                         f"source checkout of kamergraaf (the scripts are not part of the installed package).")
    if str(BENCHMARKS) not in sys.path:
        sys.path.insert(0, str(BENCHMARKS))
    import bench_scaling
    import bench_sparql

    return bench_scaling, bench_sparql


def ingest(rounds: int, pdfs: list[Path] | None = None) -> dict:
    """Pages/s of read + clean + structure against bare pdfplumber ``extract_text()``, rounds interleaved."""
    import pdfplumber

    from kamergraaf.corpus import sample_paths
    from kamergraaf.extract.reader import read_path

    pdfs = pdfs or [p for p in sample_paths() if p.suffix.lower() == ".pdf"]
    ours, theirs, pages = [], [], 0
    for _ in range(rounds):
        for _ in range(3):
            t = time.perf_counter()
            pages = sum(doc.page_count for p in pdfs for doc in read_path(p))
            ours.append(pages / (time.perf_counter() - t))
        t, bare = time.perf_counter(), 0
        for p in pdfs:
            with pdfplumber.open(p) as pdf:
                for page in pdf.pages:
                    page.extract_text()
                    bare += 1
        theirs.append(bare / (time.perf_counter() - t))
    mine, base = statistics.median(ours), statistics.median(theirs)
    return {"ingest_pages_per_s": mine, "pdfplumber_pages_per_s": base, "ingest_vs_pdfplumber": mine / base,
            "ingest_pdfs": len(pdfs), "ingest_pages": pages}


def export_turtle(store: str, triples: int) -> dict:
    """Seconds to write the whole dataset as Turtle through the export path, per million triples."""
    from kamergraaf.graph.export import serialize
    from kamergraaf.graph.store import open_store

    st = open_store(Settings(store=store), read_only=True)
    try:
        t = time.perf_counter()
        data = serialize(st, "turtle", None)
        seconds = time.perf_counter() - t
    finally:
        st.close()
    return {"export_turtle_s": seconds, "export_turtle_bytes": len(data),
            "export_turtle_s_per_mtriple": seconds / max(triples, 1) * 1e6}


def machine() -> dict:
    mem = 0
    try:
        with open("/proc/meminfo", encoding="ascii") as fh:
            mem = int(next(ln.split()[1] for ln in fh if ln.startswith("MemTotal:"))) // 1024
    except (OSError, StopIteration, ValueError):
        pass
    versions = {}
    for dist in ("pyoxigraph", "rdflib", "pypdfium2", "pdfplumber", "pyshacl", "spacy", "flask", "gunicorn"):
        try:
            versions[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            versions[dist] = None
    load = os.getloadavg() if hasattr(os, "getloadavg") else (0, 0, 0)
    return {"cores": os.cpu_count(), "memory_mb": mem, "python": platform.python_version(),
            "platform": platform.platform(), "cpu": platform.processor() or platform.machine(),
            "load_before": [round(x, 2) for x in load], "versions": versions}


def run(plan_name: str, work: Path, settings: Settings, log=print) -> dict:
    """Every figure of one plan; ``work`` holds the stores and copies."""
    from kamergraaf.endpoint.pages import example_queries

    scaling_mod, sparql = _benchmarks()
    plan = PLANS[plan_name]
    corpus = _corpus(plan["files"])
    figures: dict = {"plan": plan_name, "machine": machine(), "started": time.strftime("%Y-%m-%dT%H:%M:%S%z")}
    t0 = time.perf_counter()
    log(f"[{time.perf_counter() - t0:5.0f} s] ingest: our reader and bare pdfplumber over the sample PDFs")
    figures.update(ingest(plan["ingest_rounds"], [p for p in corpus if p.suffix.lower() == ".pdf"]))
    log(f"[{time.perf_counter() - t0:5.0f} s] builds: 1x, unchanged rebuild, {plan['scale']}x the sample corpus")
    sc = scaling_mod.scaling(corpus, plan["scale"], work, settings.workers)
    store_1x = sc.pop("store_1x")
    figures.update(sc)
    # peak memory of the Nx build over the 2x build (both with the worker pool; the 1x sample builds in-process)
    figures["build_peak_rss_growth"] = sc["build_peak_rss_mb_scaled"] / max(sc["build_peak_rss_mb_2x"], 1e-9)
    log(f"[{time.perf_counter() - t0:5.0f} s] graph of >= {plan['triples']} triples from replicated documents")
    big, triples = sparql.replicate(store_1x, plan["triples"], work / "big")
    figures["triples"] = triples
    queries = example_queries()
    ours, ours_capped, engine_load_s, rows = sparql.query_times("oxigraph", str(big), queries, plan["budget_s"], 600, rounds=3)
    log(f"[{time.perf_counter() - t0:5.0f} s] the example queries in rdflib on the same {triples} quads")
    theirs, capped, load_s, _ = sparql.query_times("rdflib", str(work / "big" / "replicated.nq"), queries,
                                                   plan["budget_s"], 1800)
    ratios = sparql.speedups(ours, theirs, ours_capped & capped)
    figures.update({"sparql_speedup_vs_rdflib": statistics.median(ratios.values()) if ratios else 0.0,
                    "sparql_engine_s": ours, "sparql_rdflib_s": theirs, "sparql_rows": rows,
                    "sparql_engine_stopped": sorted(ours_capped), "sparql_rdflib_stopped": sorted(capped),
                    "sparql_budget_s": plan["budget_s"], "rdflib_load_s": load_s,
                    "engine_load_s": engine_load_s})
    curve = [{"triples": sc["triples_1x"], "build_s": sc["build_s_1x"], "docs": sc["docs_1x"]}]
    curve[0]["query_median_ms"] = _median_ms(sparql.query_times("oxigraph", store_1x, queries, plan["budget_s"], 600)[0])
    for size in plan["curve"]:
        mid, n = sparql.replicate(store_1x, size, work / f"curve-{size}")
        curve.append({"triples": n, "query_median_ms":
                      _median_ms(sparql.query_times("oxigraph", str(mid), queries, plan["budget_s"], 600)[0])})
    curve.append({"triples": triples, "query_median_ms": _median_ms(ours)})
    curve.append({"docs": sc["docs_scaled"], "build_s": sc["build_s_scaled"]})
    figures["curve"] = curve
    log(f"[{time.perf_counter() - t0:5.0f} s] HTTP: kamergraaf serve, oxigraph serve-read-only, Flask dev server")
    figures.update(sparql.http_figures(str(big), queries, plan["http_s"]))
    log(f"[{time.perf_counter() - t0:5.0f} s] Turtle export of the whole graph, as a build writes it")
    from bench_export import DESCRIBE_SECONDS, replicate_built  # benchmarks/ is on sys.path (see _benchmarks)

    built, built_triples = replicate_built(store_1x, plan["triples"], work / "built")
    figures["describe_s"] = DESCRIBE_SECONDS[str(built)]  # the dataset description a build ends with, at this size
    figures.update(export_turtle(str(built), built_triples))
    figures["bench_seconds"] = time.perf_counter() - t0
    return figures


def _corpus(files: int | None) -> list[Path]:
    """The sample corpus, or its first ``files`` texts and PDFs (texts first)."""
    from kamergraaf.corpus import sample_paths

    paths = sorted(sample_paths(), key=lambda p: (p.suffix.lower() == ".pdf", p.name))
    return paths if files is None else paths[:files]


def _median_ms(times: dict[str, float]) -> float:
    return statistics.median(times.values()) * 1000 if times else 0.0


def table(figures: dict) -> str:
    rows = [("figure", "value", "target", "met")]
    for key in KEYS + ("build_peak_rss_growth",):
        value = figures.get(key)
        target, test = TARGETS.get(key, ("", None))
        shown = f"{value:.3g}" if isinstance(value, float) and abs(value) < 100 else (
            f"{value:.0f}" if isinstance(value, float) else str(value))
        rows.append((key, shown, target, ("yes" if test(value) else "NO") if test and value is not None else ""))
    width = [max(len(r[i]) for r in rows) for i in range(4)]
    lines = ["  ".join(c.ljust(width[i]) for i, c in enumerate(r)).rstrip() for r in rows]
    lines.insert(1, "  ".join("-" * w for w in width))
    return "\n".join(lines)


def main(settings: Settings, quick: bool, json_path: str | None, plan: str | None = None) -> int:
    """Run the benchmark, print the table, write JSON; 0 when it ran, whether or not the targets are met."""
    name = plan or ("quick" if quick else "full")
    with tempfile.TemporaryDirectory(prefix="kamergraaf-bench-") as tmp:
        figures = run(name, Path(tmp), settings, log=lambda m: print(m, file=sys.stderr, flush=True))
    figures["machine"]["load_after"] = [round(x, 2) for x in os.getloadavg()]
    print(table(figures))
    m = figures["machine"]
    print(f"\n{m['cores']} cores, {m['memory_mb']} MB, Python {m['python']}, load {m['load_before']} -> "
          f"{m['load_after']}; {figures['bench_seconds']:.0f} s ({name} run)")
    if figures.get("sparql_engine_stopped") or figures.get("sparql_rdflib_stopped"):
        print(f"queries stopped at {figures['sparql_budget_s']:.0f} s: engine {figures['sparql_engine_stopped']}, "
              f"rdflib {figures['sparql_rdflib_stopped']}")
    if figures.get("sparql_failed"):
        print(f"over HTTP, not answered in time: {', '.join(figures['sparql_failed'])}")
    if json_path:
        Path(json_path).write_text(json.dumps(figures, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        svg = Path(json_path).with_suffix(".svg")
        _benchmarks()
        from plot import plot

        print(f"figures written to {json_path}, plot to {plot(figures, svg)}")
    return 0
