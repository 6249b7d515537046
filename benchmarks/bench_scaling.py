"""Build throughput and peak memory at 1x and Nx the sample corpus, and the cost of rebuilding it unchanged.

    python benchmarks/bench_scaling.py [--factor 10] [--workers N]

Each build runs ``kamergraaf.pipeline.build`` in a child interpreter (so its memory is its own); its peak
memory is the sum of the kernel's high-water marks (VmHWM) of the build process and its workers. The Nx corpus is N copies of every sample file, each with one byte appended so its
sha256 differs and nothing is skipped. Text seeds get distinct document ids that way; a PDF copy keeps its
official id, so its graph replaces the previous copy's: the work per document is the same.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil

_CHILD = """
import json, sys
from kamergraaf.pipeline import build
from kamergraaf.settings import Settings
args = json.loads(sys.argv[1])
r = build(args["paths"], Settings(store=args["store"], workers=args["workers"]), force=args["force"], progress=False)
print(json.dumps({"seconds": r.seconds, "built": len(r.built), "skipped": len(r.skipped), "triples": r.triples,
                  "failures": r.failures, "rejected": len(r.rejected), "shacl_seconds": r.shacl_seconds}))
"""


def tree_rss(proc: psutil.Process) -> int:
    """Resident bytes of a process and all its descendants now (0 for those that ended meanwhile)."""
    total = 0
    try:
        members = [proc, *proc.children(recursive=True)]
    except psutil.Error:
        return 0
    for p in members:
        try:
            total += p.memory_info().rss
        except psutil.Error:
            pass
    return total


def high_water_kb(pid: int) -> int:
    """The kernel's peak resident size of one process (VmHWM), 0 when it has ended."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            return next((int(line.split()[1]) for line in fh if line.startswith("VmHWM:")), 0)
    except (OSError, ValueError):
        return 0


def run_sampled(cmd: list[str], timeout: float) -> tuple[subprocess.CompletedProcess, float, float]:
    """Run ``cmd`` and measure its process tree's memory: (result, peak MB, sampled MB).

    Peak: the sum over the tree's processes (the build and its workers, which live the whole build) of each
    one's own high-water mark, read from the kernel while it runs; a short build's peak is never missed
    between samples. Sampled: the largest sum of resident sizes seen at one moment, every 0.1 s."""
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = [0]
    hwm: dict[int, int] = {}
    done = threading.Event()

    def sample() -> None:
        ps = psutil.Process(proc.pid)
        while not done.is_set():
            peak[0] = max(peak[0], tree_rss(ps))
            try:
                pids = [proc.pid, *(c.pid for c in ps.children(recursive=True))]
            except psutil.Error:
                pids = [proc.pid]
            for pid in pids:
                hwm[pid] = max(hwm.get(pid, 0), high_water_kb(pid))
            done.wait(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        for child in psutil.Process(proc.pid).children(recursive=True):
            child.kill()
        proc.kill()
        out, err = proc.communicate()
        raise RuntimeError(f"{' '.join(cmd[:3])} did not finish within {timeout:.0f} s") from None
    finally:
        done.set()
        sampler.join(2)
    return subprocess.CompletedProcess(cmd, proc.returncode, out, err), sum(hwm.values()) / 1024, peak[0] / 2**20


def build_once(paths: list[str], store: str, workers: int = 0, force: bool = False, timeout: float = 3600) -> dict:
    """One build in a child interpreter: the BuildReport's figures plus ``peak_rss_mb`` of the process tree."""
    args = json.dumps({"paths": paths, "store": store, "workers": workers, "force": force})
    result, peak, sampled = run_sampled([sys.executable, "-c", _CHILD, args], timeout)
    if result.returncode != 0 or not result.stdout.strip():
        raise RuntimeError(f"build of {len(paths)} file(s) into {store} failed (exit {result.returncode}):\n"
                           f"{result.stderr[-2000:]}")
    report = json.loads(result.stdout.strip().splitlines()[-1])
    report["peak_rss_mb"] = peak
    report["sampled_rss_mb"] = sampled
    return report


def copy_corpus(paths: list[Path], factor: int, dest: Path) -> list[str]:
    """``factor`` copies of every file, each with its own appended byte pattern (so every sha256 differs)."""
    out = []
    for k in range(factor):
        folder = dest / f"copy-{k:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        for p in paths:
            target = folder / p.name
            shutil.copyfile(p, target)
            with target.open("ab") as fh:
                fh.write(b"\n" + (b"%" if p.suffix.lower() == ".pdf" else b"") + b" " * (k + 1) + b"\n")
            out.append(str(target))
    return out


def scaling(paths: list[Path], factor: int, work: Path, workers: int = 0, timeout: float = 3600) -> dict:
    """Full build, unchanged rebuild and an Nx build; the figures of the benchmark."""
    one_store = str(work / "store-1x")
    first = build_once([str(p) for p in paths], one_store, workers, timeout=timeout)
    again = build_once([str(p) for p in paths], one_store, workers, timeout=timeout)
    many = copy_corpus(paths, factor, work / f"corpus-{factor}x")
    scaled = build_once(many, str(work / f"store-{factor}x"), workers, timeout=timeout)
    # Memory against corpus size is compared between builds in the same mode: the 1x sample is small enough to
    # build in one process (pipeline.MIN_FILES_PER_WORKER), larger corpora use the worker pool.
    # (own folders: with factor 2 the scaled build's store would make this an unchanged rebuild)
    two = copy_corpus(paths, 2, work / "corpus-2x-pooled")
    pooled = build_once(two, str(work / "store-2x-pooled"), workers, timeout=timeout)
    rate = lambda r: r["built"] / r["seconds"] * 60 if r["seconds"] else 0.0  # noqa: E731
    shacl = sorted(first["shacl_seconds"])
    return {
        "docs_1x": first["built"], "docs_scaled": scaled["built"], "scale_factor": factor,
        "build_s_1x": first["seconds"], "build_s_scaled": scaled["seconds"], "rebuild_unchanged_s": again["seconds"],
        "build_docs_per_min": rate(first), "build_docs_per_min_scaled": rate(scaled),
        "build_scaling": rate(scaled) / rate(first) if rate(first) else 0.0,
        "rebuild_unchanged_ratio": again["seconds"] / first["seconds"] if first["seconds"] else 0.0,
        "rebuild_skipped": again["skipped"],
        "build_peak_rss_mb_1x": first["peak_rss_mb"], "build_peak_rss_mb_scaled": scaled["peak_rss_mb"],
        "build_peak_rss_mb_2x": pooled["peak_rss_mb"],
        "build_sampled_rss_mb_2x": pooled["sampled_rss_mb"], "build_sampled_rss_mb_scaled": scaled["sampled_rss_mb"],
        "shacl_ms_per_doc": shacl[len(shacl) // 2] * 1000 if shacl else 0.0,
        "build_failures": first["failures"] + scaled["failures"], "triples_1x": first["triples"],
        "store_1x": one_store,
    }


def main() -> None:
    import tempfile

    from kamergraaf.corpus import sample_paths

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--factor", type=int, default=10)
    ap.add_argument("--workers", type=int, default=0, help="worker processes (0: one per core)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="kg-scaling-") as tmp:
        t = time.perf_counter()
        r = scaling(list(sample_paths()), args.factor, Path(tmp), args.workers)
        r.pop("store_1x")
        for key, value in r.items():
            print(f"{key:28s} {value:.3f}" if isinstance(value, float) else f"{key:28s} {value}")
        print(f"(measured in {time.perf_counter() - t:.0f} s)")


if __name__ == "__main__":
    main()
