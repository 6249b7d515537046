"""Whole-dataset export speed on a store of >= 1M triples made of the sample corpus's documents replicated
under distinct ids (``bench_sparql.replicate``), with the parts of the export path timed apart.

    python benchmarks/bench_export.py [--store DIR] [--triples 1000000] [--rounds 3]

Without --store the sample corpus is built first. Prints, in seconds and seconds per million triples:
``export_<fmt>`` for the export path (``graph.export.serialize``) in every format, and for comparison the
raw ``Store.dump`` of the whole dataset as N-Quads, the union-of-graphs CONSTRUCT the triple formats used
before, and the same store's quads dumped from memory. Medians of ``--rounds`` runs.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_sparql import replicate  # noqa: E402

from kamergraaf.graph.export import FORMATS, serialize  # noqa: E402
from kamergraaf.graph.store import open_store  # noqa: E402
from kamergraaf.settings import Settings  # noqa: E402


def timed(fn, rounds: int) -> tuple[float, int]:
    """(median seconds, output bytes) of ``rounds`` calls."""
    times, size = [], 0
    for _ in range(rounds):
        t = time.perf_counter()
        size = len(fn())
        times.append(time.perf_counter() - t)
    return statistics.median(times), size


def figures(store_dir: str, rounds: int) -> dict:
    st = open_store(Settings(store=store_dir), read_only=True)
    raw = st._store  # the pyoxigraph store, for the comparison figures only
    quads = len(raw)
    out: dict = {"quads": quads}
    try:
        out["dump_nquads_disk"] = timed(lambda: raw.dump(format=ox.RdfFormat.N_QUADS), rounds)
        out["construct_union_ntriples"] = timed(lambda: ox.serialize(
            raw.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", use_default_graph_as_union=True),
            format=ox.RdfFormat.N_TRIPLES), 1)
        out["iterate_quads_disk"] = timed(lambda: [0 for _ in raw], rounds)
        memory = ox.Store()
        memory.bulk_extend(raw)
        out["dump_nquads_memory"] = timed(lambda: memory.dump(format=ox.RdfFormat.N_QUADS), rounds)
        del memory
        for fmt in FORMATS:
            out[f"export_{fmt}"] = timed(lambda: serialize(st, fmt, None), rounds)
    finally:
        st.close()
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--store", help="a built store to replicate (default: build the sample corpus)")
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = args.store
        if not store:
            from kamergraaf.corpus import sample_paths
            from kamergraaf.pipeline import build

            store = str(Path(tmp) / "sample")
            build([str(p) for p in sample_paths()], Settings(store=store, workers=1), progress=False)
        t = time.perf_counter()
        big, quads = replicate(store, args.triples, Path(tmp) / "big")
        print(f"replicated store: {quads} quads in {time.perf_counter() - t:.1f} s")
        result = figures(str(big), args.rounds)
    mtriples = result.pop("quads") / 1e6
    print(f"{'what':32} {'seconds':>8} {'s/Mtriple':>10} {'MB':>8}")
    for name, (seconds, size) in result.items():
        print(f"{name:32} {seconds:8.2f} {seconds / mtriples:10.2f} {size / 1e6:8.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
