"""Requests per second and p50/p95 latency of the example queries over HTTP, against the real production
server (`kamergraaf serve`, gunicorn) on 127.0.0.1, and of a trivial query against `oxigraph
serve-read-only --union-default-graph` on the same store (the same default graph as ours: the union of
the named graphs) for comparison, in alternating rounds.

    python benchmarks/bench_http.py [--store DIR] [--requests 400] [--concurrency 8] [--rounds 5]

The machine's load average is printed with each line: the client, both servers and whatever else runs
share the cores, so compare ratios from the same run, never absolute figures across runs.

Without --store the bundled sample corpus is built into a temporary store first.
"""

from __future__ import annotations

import argparse
import http.client
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

from kamergraaf.endpoint.pages import example_queries

TRIVIAL = "SELECT ?s WHERE { ?s ?p ?o } LIMIT 1"
SLOW, SLOW_REQUESTS = 0.5, 10
ROUNDS = 5  # alternating rounds of the trivial query on both servers


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_up(port: int, path: str, proc: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"server on port {port} ended with code {proc.returncode}")
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", path)
            conn.getresponse().read()
            return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"server on port {port} did not answer within {seconds} s")


def drive(port: int, work: list[tuple[str, str]], concurrency: int, accept, timeout: float = 60):
    """GET every ``(name, path)`` of ``work`` over ``concurrency`` keep-alive connections, each taking the next
    request as it is free; ``accept(path)`` gives the Accept header. (seconds, latencies, {"name: status": count}
    of the answers other than 200; a failed connection counts under its exception's name and is reopened)."""
    pending = iter(work)
    lock = threading.Lock()
    latencies: list[float] = []
    errors: dict[str, int] = {}

    def client() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
        mine = []
        while True:
            with lock:
                item = next(pending, None)
            if item is None:
                break
            name, path = item
            started = time.perf_counter()
            try:
                conn.request("GET", path, headers={"Accept": accept(path)})
                resp = conn.getresponse()
                resp.read()
                status = resp.status
            except (OSError, http.client.HTTPException) as exc:
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
                status = type(exc).__name__
            mine.append(time.perf_counter() - started)
            if status != 200:
                with lock:
                    errors[f"{name}: {status}"] = errors.get(f"{name}: {status}", 0) + 1
        conn.close()
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=client) for _ in range(concurrency)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - started, latencies, errors


def load(port: int, path: str, requests: int, concurrency: int) -> tuple[float, list[float], int]:
    """``requests`` GETs of ``path`` over ``concurrency`` keep-alive connections: (req/s, latencies, errors)."""
    count = max(1, requests // concurrency) * concurrency
    elapsed, latencies, errors = drive(port, [("lookup", path)] * count, concurrency,
                                       lambda _path: "application/sparql-results+json")
    return len(latencies) / elapsed, latencies, sum(errors.values())


def load_average() -> str:
    return "load " + " ".join(f"{x:.2f}" for x in os.getloadavg())


def pct(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100)[int(q) - 1] * 1000 if len(values) > 1 else values[0] * 1000


def report(name: str, port: int, sparql: str, requests: int, concurrency: int) -> float:
    """One line of figures; a query slower than SLOW seconds alone is measured one request at a time."""
    path = "/sparql?" + urllib.parse.urlencode({"query": sparql}) if not name.startswith("page") else sparql
    _rps, single, _errors = load(port, path, 1, 1)  # warm up, and see whether it is a slow query
    if single[0] > SLOW:
        requests, concurrency, note = SLOW_REQUESTS, 1, f"   (slow: {SLOW_REQUESTS} requests, one at a time)"
    else:
        load(port, path, min(requests, 40), concurrency)
        note = ""
    rps, lat, errors = load(port, path, requests, concurrency)
    print(f"  {name:<22} {rps:8.1f} req/s   p50 {pct(lat, 50):7.1f} ms   p95 {pct(lat, 95):7.1f} ms"
          f"{'   ERRORS ' + str(errors) if errors else ''}{note}   ({load_average()})", flush=True)
    return rps


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", help="an existing store directory (default: build the sample corpus)")
    parser.add_argument("--base-iri", default="https://w3id.org/kamergraaf/")
    parser.add_argument("--requests", type=int, default=400, help="requests per measurement (default 400)")
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=ROUNDS, help=f"alternating rounds (default {ROUNDS})")
    args = parser.parse_args()
    kamergraaf = [sys.executable, "-m", "kamergraaf"]
    store = args.store
    if store is None:
        store = str(Path(tempfile.mkdtemp(prefix="kg-bench-")) / "store")
        built = subprocess.run(kamergraaf + ["build", "--store", store, "-q"], capture_output=True, text=True)
        print(built.stdout.strip())
        if built.returncode not in (0, 1) or not (Path(store) / "CURRENT").exists():
            print(f"building the sample corpus failed:\n{built.stderr[-2000:]}", file=sys.stderr)
            return 2
    port = free_port()
    server = subprocess.Popen(kamergraaf + ["serve", "--store", store, "--base-iri", args.base_iri, "--port",
                                            str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    oxigraph = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    ox_port = free_port()
    ox = subprocess.Popen([oxigraph, "serve-read-only", "--location", store, "--bind", f"127.0.0.1:{ox_port}",
                           "--union-default-graph"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_up(port, "/health", server)
        wait_up(ox_port, "/query?query=ASK%7B%7D", ox)
        print(f"kamergraaf serve (gunicorn) on {store}: {args.requests} requests per line, "
              f"{args.concurrency} concurrent")
        for example in example_queries():
            report(example["name"] + ".rq", port, example["text"], args.requests, args.concurrency)
        report("page: home", port, "/", args.requests, args.concurrency)
        # the trivial query on both servers, alternating rounds (other load on the machine hits both alike)
        trivial = "/sparql?" + urllib.parse.urlencode({"query": TRIVIAL})
        theirs_path = "/query?" + urllib.parse.urlencode({"query": TRIVIAL})
        load(port, trivial, 200, args.concurrency)
        load(ox_port, theirs_path, 200, args.concurrency)
        ours, theirs = [], []
        for _ in range(args.rounds):
            ours.append(load(port, trivial, args.requests, args.concurrency))
            theirs.append(load(ox_port, theirs_path, args.requests, args.concurrency))
        for name, runs in (("kamergraaf serve", ours), ("oxigraph serve-read-only --union-default-graph", theirs)):
            lat = [x for r in runs for x in r[1]]
            rates = sorted(r[0] for r in runs)
            print(f"  trivial query, {name}: median {statistics.median(rates):.0f} req/s "
                  f"(rounds {', '.join(f'{r:.0f}' for r in rates)})   p50 {pct(lat, 50):.1f} ms   "
                  f"p95 {pct(lat, 95):.1f} ms   errors {sum(r[2] for r in runs)}   ({load_average()})")
        ratios = sorted(o[0] / t[0] for o, t in zip(ours, theirs))
        print(f"  ratio kamergraaf / oxigraph on the trivial query: median {statistics.median(ratios):.2f} "
              f"(rounds {', '.join(f'{r:.2f}' for r in ratios)}; target >= 0.5)")
    finally:
        for proc in (server, ox):
            proc.terminate()
            proc.wait(20)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
