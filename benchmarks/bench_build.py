"""Build figures on the sample corpus: documents per minute, SHACL gate cost per document, rebuild ratio.

    python benchmarks/bench_build.py [--workers N] [--runs 3]

Each run builds the bundled sample corpus into a fresh temporary store (full build), then builds it again
(every file unchanged, so skipped), then once more with --force. Prints medians. The SHACL gate cost is
measured inside the build, per document, around ``graph.validate.gate``; the same corpus is also built
with the gate switched off to show its share of the wall time.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from kamergraaf.corpus import sample_paths
from kamergraaf.pipeline import build
from kamergraaf.settings import Settings


def one_run(workers: int) -> dict:
    paths = [str(p) for p in sample_paths()]
    with tempfile.TemporaryDirectory() as tmp:
        s = Settings(store=str(Path(tmp) / "store"), workers=workers)
        t = time.perf_counter()
        full = build(paths, s, progress=False)
        full_s = time.perf_counter() - t
        t = time.perf_counter()
        again = build(paths, s, progress=False)
        again_s = time.perf_counter() - t
        t = time.perf_counter()
        forced = build(paths, s, force=True, progress=False)
        forced_s = time.perf_counter() - t
        nogate = Settings(store=str(Path(tmp) / "nogate"), workers=workers, shacl=False)
        t = time.perf_counter()
        build(paths, nogate, progress=False)
        nogate_s = time.perf_counter() - t
    assert full.exit_code == 0, full.summary()
    assert len(again.skipped) == len(paths), again.summary()
    return {"docs": len(full.built), "triples": full.triples, "full_s": full_s, "again_s": again_s,
            "forced_s": forced_s, "nogate_s": nogate_s,
            "shacl_ms": [x * 1000 for x in full.shacl_seconds + forced.shacl_seconds]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--workers", type=int, default=0, help="worker processes (0: one per core)")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    runs = [one_run(args.workers) for _ in range(args.runs)]
    med = lambda key: statistics.median(r[key] for r in runs)  # noqa: E731
    docs, full = runs[0]["docs"], med("full_s")
    gate = [ms for r in runs for ms in r["shacl_ms"]]
    print(f"sample corpus: {len(sample_paths())} files, {docs} documents, {runs[0]['triples']} triples; "
          f"workers={Settings(workers=args.workers).worker_count}; median of {args.runs} runs")
    print(f"full build:            {full:6.2f} s  = {docs / full * 60:7.1f} documents/min")
    print(f"forced rebuild:        {med('forced_s'):6.2f} s")
    print(f"rebuild, unchanged:    {med('again_s'):6.2f} s  = {med('again_s') / full:.3f} of a full build")
    print(f"build without SHACL:   {med('nogate_s'):6.2f} s  (the gate's share of the wall time: "
          f"{(full - med('nogate_s')) / full:.0%})")
    if gate:
        print(f"SHACL gate per document: median {statistics.median(gate):.0f} ms, max {max(gate):.0f} ms "
              f"(n={len(gate)})")


if __name__ == "__main__":
    main()
