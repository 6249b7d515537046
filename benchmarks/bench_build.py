"""Build figures on the sample corpus: documents per minute, SHACL gate cost per document, rebuild ratio.

    python benchmarks/bench_build.py [--workers N] [--runs 3]
    python benchmarks/bench_build.py --memory 1,2,4,8 [--workers N]

Each run builds the bundled sample corpus into a fresh temporary store (full build), then builds it again
(every file unchanged, so skipped), then once more with --force. Prints medians. The SHACL gate cost is
measured inside the build, per document, around ``graph.validate.gate``; the same corpus is also built
with the gate switched off to show its share of the wall time.

``--memory`` instead builds 1, 2, ... copies of the corpus (each file with a distinct appended byte) and
prints the peak resident memory of the whole process tree, of the parent and of each worker: the parent's
share must not grow with the corpus (it writes each result as it comes and keeps none).
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


def memory(factors: list[int], workers: int) -> None:
    """Peak resident memory of a build of N copies of the sample corpus (``bench_scaling.copy_corpus``), per
    process: the parent (which writes the store) and each worker, sampled every 0.1 s."""
    import json
    import subprocess
    import sys
    import threading

    import psutil

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_scaling import _CHILD, copy_corpus

    print(f"{'copies':>6} {'docs':>5} {'seconds':>8} {'tree MB':>8} {'parent MB':>9}  workers MB")
    for factor in factors:
        with tempfile.TemporaryDirectory() as tmp:
            paths = copy_corpus(list(sample_paths()), factor, Path(tmp) / "corpus")
            args = json.dumps({"paths": paths, "store": str(Path(tmp) / "store"), "workers": workers, "force": False})
            proc = subprocess.Popen([sys.executable, "-c", _CHILD, args], stdout=subprocess.PIPE,
                                    stderr=subprocess.PIPE, text=True)
            peaks: dict[int, int] = {}
            tree = [0]
            done = threading.Event()

            def sample() -> None:
                parent = psutil.Process(proc.pid)
                while not done.is_set():
                    total = 0
                    try:
                        members = [parent, *parent.children(recursive=True)]
                    except psutil.Error:
                        members = []
                    for p in members:
                        try:
                            rss = p.memory_info().rss
                        except psutil.Error:
                            continue
                        total += rss
                        peaks[p.pid] = max(peaks.get(p.pid, 0), rss)
                    tree[0] = max(tree[0], total)
                    done.wait(0.1)

            sampler = threading.Thread(target=sample, daemon=True)
            sampler.start()
            out, err = proc.communicate(timeout=3600)
            done.set()
            sampler.join(2)
            if proc.returncode != 0:
                raise RuntimeError(f"build of {factor} copies failed: {err[-2000:]}")
            report = json.loads(out.strip().splitlines()[-1])
            mb = lambda b: b / 2**20  # noqa: E731
            others = sorted((mb(v) for k, v in peaks.items() if k != proc.pid), reverse=True)
            print(f"{factor:6d} {report['built']:5d} {report['seconds']:8.1f} {mb(tree[0]):8.0f} "
                  f"{mb(peaks.get(proc.pid, 0)):9.0f}  {' '.join(f'{x:.0f}' for x in others)}", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--workers", type=int, default=0, help="worker processes (0: one per core)")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--memory", help="comma-separated corpus copies (e.g. 1,2,4,8): peak memory per process only")
    args = ap.parse_args()
    if args.memory:
        memory([int(x) for x in args.memory.split(",")], args.workers)
        return
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
