"""A bounded load test of `kamergraaf serve` (gunicorn) on 127.0.0.1: a fixed number of requests mixing the
example queries, resource pages and downloads, from a fixed number of concurrent keep-alive clients.

    python benchmarks/load.py [--store DIR] [--requests 20000] [--concurrency 16]

Prints the errors (anything but 200; must be 0), p50/p95/p99 latency, requests per second, and the
server's resident memory summed over its processes (arbiter and workers), sampled every 0.2 s with
psutil: the peak, and the mean over the first and the last quarter of the run (memory must stay flat).
Example queries slower than --slow seconds alone are left out of the mix and named (each would hold a
query thread for seconds and turn the run into a timeout test). Without --store the bundled sample
corpus is built into a temporary store first.
"""

from __future__ import annotations

import argparse
import http.client
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).parent))
from bench_http import drive, free_port, wait_up  # noqa: E402

from kamergraaf.endpoint.pages import example_queries  # noqa: E402
from kamergraaf.graph.store import open_store  # noqa: E402
from kamergraaf.settings import Settings  # noqa: E402


def request_mix(store_dir: str, base: str, port: int, slow: float) -> tuple[list[tuple[str, str]], list[str]]:
    """(name, path) of every request kind, and the names of example queries left out as slow."""
    mix, left_out = [], []
    for example in example_queries():
        path = "/sparql?" + urllib.parse.urlencode({"query": example["text"]})
        started = time.perf_counter()
        status = get(http.client.HTTPConnection("127.0.0.1", port, timeout=120), path)
        seconds = time.perf_counter() - started
        if status != 200 or seconds > slow:
            left_out.append(f"{example['name']} ({seconds:.2f} s, HTTP {status})")
        else:
            mix.append((example["name"], path))
    store = open_store(Settings(store=store_dir, base_iri=base), read_only=True)
    docs = store.graphs()
    rows = store.query("SELECT ?x WHERE { ?x a ?t VALUES ?t { <https://w3id.org/kamergraaf/def#Question> "
                       "<https://w3id.org/kamergraaf/def#Figure> <https://w3id.org/kamergraaf/def#Agency> } }")
    resources = sorted(r["x"].value for r in rows if r["x"].value.startswith(base))
    store.close()
    rng = random.Random(7)
    for iri in rng.sample(resources, min(40, len(resources))):
        mix.append(("page", "/" + iri[len(base):]))
    for doc in docs[:8]:
        mix.append(("document page", "/" + doc[len(base):]))
        mix.append(("download", f"/downloads/documents/{doc.rsplit('/', 1)[-1]}.ttl"))
    mix += [("download", "/downloads/kamergraaf.ttl.gz"), ("page", "/"), ("page", "/query"), ("page", "/def")]
    return mix, left_out


def accept(path: str) -> str:
    """A browser's Accept header for pages, any type for /sparql and downloads."""
    return "text/html" if not path.startswith(("/sparql", "/downloads")) else "*/*"


def get(conn: http.client.HTTPConnection, path: str) -> int:
    conn.request("GET", path, headers={"Accept": accept(path)})
    resp = conn.getresponse()
    resp.read()
    return resp.status


class MemorySampler(threading.Thread):
    """RSS of a process and its children, summed, every ``interval`` seconds."""

    def __init__(self, pid: int, interval: float = 0.2) -> None:
        super().__init__(daemon=True)
        self.root = psutil.Process(pid)
        self.interval = interval
        self.samples: list[tuple[float, int]] = []
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            total = 0
            for proc in [self.root, *self.root.children(recursive=True)]:
                try:
                    total += proc.memory_info().rss
                except psutil.Error:  # a worker that just exited
                    pass
            self.samples.append((time.monotonic(), total))
            self.stop.wait(self.interval)


def run_load(port: int, mix: list[tuple[str, str]], requests: int, concurrency: int):
    """``requests`` requests of the mix in a fixed shuffled order: (seconds, latencies, errors by request kind)."""
    order = [mix[i % len(mix)] for i in range(requests)]
    random.Random(11).shuffle(order)
    return drive(port, order, concurrency, accept, timeout=120)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", help="an existing store directory (default: build the sample corpus)")
    parser.add_argument("--base-iri", default="https://w3id.org/kamergraaf/")
    parser.add_argument("--requests", type=int, default=20_000)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--slow", type=float, default=0.5, help="seconds above which an example query is left out")
    args = parser.parse_args()
    kamergraaf = [sys.executable, "-m", "kamergraaf"]
    store = args.store
    if store is None:
        store = str(Path(tempfile.mkdtemp(prefix="kg-load-")) / "store")
        subprocess.run(kamergraaf + ["build", "--store", store, "-q"], check=False)
    port = free_port()
    server = subprocess.Popen(kamergraaf + ["serve", "--store", store, "--base-iri", args.base_iri,
                                            "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_up(port, "/health", server)
        mix, left_out = request_mix(store, args.base_iri, port, args.slow)
        kinds = sorted({name if name in ("page", "document page", "download") else "query" for name, _ in mix})
        print(f"kamergraaf serve on {store}: {args.requests} requests, {args.concurrency} concurrent, "
              f"{len(mix)} distinct requests ({', '.join(kinds)})")
        if left_out:
            print(f"  left out as slow: {', '.join(left_out)}")
        sampler = MemorySampler(server.pid)
        sampler.start()
        seconds, latencies, errors = run_load(port, mix, args.requests, args.concurrency)
        sampler.stop.set()
        sampler.join()
    finally:
        server.terminate()
        server.wait(30)
    q = statistics.quantiles(latencies, n=100)
    rss = [r for _t, r in sampler.samples]
    quarter = max(1, len(rss) // 4)
    mib = 1024 * 1024
    print(f"  errors        {sum(errors.values())}" + (f"  {errors}" if errors else ""))
    print(f"  latency       p50 {q[49] * 1000:.1f} ms   p95 {q[94] * 1000:.1f} ms   p99 {q[98] * 1000:.1f} ms")
    print(f"  throughput    {len(latencies) / seconds:.0f} req/s ({len(latencies)} requests in {seconds:.1f} s)")
    print(f"  server RSS    peak {max(rss) / mib:.0f} MiB; mean first quarter {statistics.mean(rss[:quarter]) / mib:.0f} MiB, "
          f"last quarter {statistics.mean(rss[-quarter:]) / mib:.0f} MiB ({len(rss)} samples)")
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
