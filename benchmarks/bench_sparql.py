"""The example queries on a graph of real documents replicated with distinct ids: the store's engine against
rdflib ``Graph.query`` on the same data, and the HTTP figures (p95 of the example queries, requests per second of
a lookup at 8 clients) of the production server against ``oxigraph serve-read-only`` and the Flask dev server.

    python benchmarks/bench_sparql.py [--store DIR] [--triples 1000000] [--seconds 10]

Without --store the sample corpus is built first. Every loop is bounded in count and in time; rdflib runs in a
child process that is stopped when a query exceeds its budget (that query then counts with the budget as a lower
bound of its time).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
import urllib.parse
from pathlib import Path

import pyoxigraph as ox

from kamergraaf.endpoint.pages import example_queries
from kamergraaf.graph.store import open_store
from kamergraaf.settings import Settings

_DOC_RE = re.compile(r"(/doc/[A-Za-z0-9._-]+)")


def replicate(store_dir: str, min_triples: int, out_dir: Path) -> tuple[Path, int]:
    """A new store in ``out_dir``: the store's dump plus copies of every document graph (IRIs under /doc/ and
    identifier literals suffixed ``-rN``) until it holds at least ``min_triples`` quads. (store dir, quads)."""
    settings = Settings(store=store_dir)
    store = open_store(settings, read_only=True)
    try:
        dump = store.dump("nquads").decode("utf-8")
        doc_graphs = set(store.graphs())
    finally:
        store.close()
    lines = dump.splitlines()
    ids = sorted({g.rsplit("/", 1)[-1] for g in doc_graphs}, key=len, reverse=True)
    id_re = re.compile('"(' + "|".join(re.escape(i) for i in ids) + ')"') if ids else None
    per_doc = [ln for ln in lines if _DOC_RE.search(ln)]
    copies = max(0, -(-(min_triples - len(lines)) // max(1, len(per_doc))))
    nq = out_dir / "replicated.nq"
    out_dir.mkdir(parents=True, exist_ok=True)
    with nq.open("w", encoding="utf-8") as fh:
        fh.write(dump if dump.endswith("\n") else dump + "\n")
        for k in range(1, copies + 1):
            suffix = f"-r{k}"
            block = "\n".join(per_doc)
            block = _DOC_RE.sub(lambda m: m.group(1) + suffix, block)
            if id_re is not None:
                block = id_re.sub(lambda m: f'"{m.group(1)}{suffix}"', block)
            fh.write(block + "\n")
    target = out_dir / "store"
    big = ox.Store(str(target))
    big.bulk_load(path=str(nq), format=ox.RdfFormat.N_QUADS)
    count = len(big)
    big.flush()
    del big
    return target, count


_CHILD = """
import json, sys, time
engine, source, names, rounds = sys.argv[1], sys.argv[2], json.loads(sys.argv[3]), int(sys.argv[4])
queries = {q["name"]: q["text"] for q in json.loads(sys.stdin.read())}
t = time.perf_counter()
if engine == "rdflib":
    from rdflib import Dataset
    ds = Dataset(default_union=True)
    ds.parse(source, format="nquads")
    run = lambda text: len(list(ds.query(text)))
else:
    from kamergraaf.endpoint.backend import open_read_only, preload
    from kamergraaf.settings import Settings
    settings = Settings(store=source)
    preload(settings)  # the store the endpoint answers from: its in-memory copy when it fits
    store = open_read_only(settings)
    run = lambda text: sum(1 for _ in store.query(text))
print(json.dumps({"load_s": time.perf_counter() - t}), flush=True)
for name in names:
    times = []
    for _ in range(rounds):
        t = time.perf_counter()
        rows = run(queries[name])
        times.append(time.perf_counter() - t)
        if times[-1] > 1.0:  # a slow query is timed once
            break
    times.sort()
    print(json.dumps({"query": name, "s": times[len(times) // 2], "rows": rows}), flush=True)
"""


def query_times(engine: str, source: str, queries: list[dict], budget_s: float, load_budget_s: float,
                rounds: int = 1) -> tuple[dict[str, float], set[str], float, dict[str, int]]:
    """Seconds per example query in a child process: ``engine`` rdflib (``source`` an N-Quads file, loaded into a
    Dataset with the union default graph) or oxigraph (``source`` a store directory, through the store the
    endpoint answers from: the in-memory copy under the default ``serve_from_memory``); every row is read, ``rounds`` times unless a run takes over a second. A query over ``budget_s``
    is stopped and recorded at the budget (a lower
    bound), and the child restarted for the rest. (times, capped names, load seconds, rows per query)."""
    pending = [q["name"] for q in queries]
    times: dict[str, float] = {}
    rows: dict[str, int] = {}
    capped: set[str] = set()
    load_s = 0.0
    payload = json.dumps(queries)
    while pending:
        proc = subprocess.Popen([sys.executable, "-c", _CHILD, engine, source, json.dumps(pending), str(rounds)],
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        proc.stdin.write(payload)
        proc.stdin.close()
        try:
            line = _read_line(proc, time.monotonic() + load_budget_s)
            if line is None:
                raise RuntimeError(f"{engine} did not load {source} within {load_budget_s:.0f} s")
            load_s = json.loads(line)["load_s"]
            while pending:
                line = _read_line(proc, time.monotonic() + budget_s + 2.0 * (rounds - 1))
                if line is None:
                    name = pending.pop(0)
                    times[name] = budget_s
                    capped.add(name)
                    break
                got = json.loads(line)
                times[got["query"]] = got["s"]
                rows[got["query"]] = got["rows"]
                pending.remove(got["query"])
        finally:
            proc.kill()
            proc.wait(10)
    return times, capped, load_s, rows


def _read_line(proc: subprocess.Popen, deadline: float) -> str | None:
    """The child's next output line, or None when the deadline passes or the child ends first."""
    import selectors

    sel = selectors.DefaultSelector()
    sel.register(proc.stdout, selectors.EVENT_READ)
    try:
        while time.monotonic() < deadline:
            if sel.select(timeout=min(1.0, max(0.0, deadline - time.monotonic()))):
                line = proc.stdout.readline()
                return line if line else None
        return None
    finally:
        sel.close()


def speedups(engine: dict[str, float], rdflib: dict[str, float], both_capped: set[str] = frozenset()) -> dict[str, float]:
    """rdflib time / engine time per query; a query stopped in both engines has no ratio."""
    return {name: rdflib[name] / max(engine[name], 1e-6) for name in engine if name in rdflib
            and name not in both_capped}


# ---- HTTP ---------------------------------------------------------------------------------------

LOOKUP = "SELECT ?p ?o WHERE {{ GRAPH ?g {{ <{iri}> ?p ?o }} }} LIMIT 20"


@contextlib.contextmanager
def server(kind: str, store: str, timeout: float = 120):
    """A server on a free 127.0.0.1 port: kamergraaf (gunicorn), dev (Flask development server) or oxigraph
    (serve-read-only, union default graph as in kamergraaf). Yields (port, process, SPARQL path)."""
    from bench_http import free_port, wait_up

    port = free_port()
    kg = [sys.executable, "-m", "kamergraaf", "serve", "--store", store, "--port", str(port)]
    env = dict(os.environ, KAMERGRAAF_MAX_ROWS="1000000")  # every example query answers in full at 1M quads
    oxigraph = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    cmd = {"kamergraaf": kg, "dev": kg + ["--debug"],
           "oxigraph": [oxigraph, "serve-read-only", "--location", store, "--bind", f"127.0.0.1:{port}",
                        "--union-default-graph"]}[kind]
    path = "/query" if kind == "oxigraph" else "/sparql"
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    try:
        wait_up(port, path + "?query=ASK%7B%7D", proc, timeout)
        yield port, proc, path
    finally:
        proc.terminate()
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)


def rps(port: int, path: str, seconds: float, clients: int = 8) -> tuple[float, int]:
    """Requests per second of GET ``path`` at ``clients`` keep-alive connections: (req/s, failed requests).
    ``wrk`` when installed (it leaves the CPU to the servers), else a threaded http.client loop."""
    url = f"http://127.0.0.1:{port}{path}"
    wrk = shutil.which("wrk")
    if wrk:
        out = subprocess.run([wrk, "-t", "2", "-c", str(clients), "-d", f"{max(1, round(seconds))}s",
                              "-H", "Accept: application/sparql-results+json", url],
                             capture_output=True, text=True, timeout=seconds + 60).stdout
        got = re.search(r"Requests/sec:\s+([\d.]+)", out)
        bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
        errors = re.search(r"Socket errors:.*?timeout (\d+)", out)
        failed = (int(bad.group(1)) if bad else 0) + (int(errors.group(1)) if errors else 0)
        return (float(got.group(1)) if got else 0.0), failed
    from bench_http import load

    from_rate = load(port, path, 200, clients)[0]  # calibrate the count to the time asked
    value, _lat, failed = load(port, path, max(clients, min(200_000, int(from_rate * seconds))), clients)
    return value, failed


def latencies(port: int, path: str, queries: list[dict], rounds: int, seconds: float,
              failed: list[str] | None = None) -> list[float]:
    """Seconds per request of every example query, ``rounds`` times in turn on one connection (time-bounded);
    answers other than 200 (a query stopped by the endpoint's timeout) are counted in ``failed``."""
    failed = [] if failed is None else failed
    import http.client

    out: list[float] = []
    deadline = time.monotonic() + seconds
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    try:
        for _ in range(rounds):
            for q in queries:
                t = time.perf_counter()
                conn.request("GET", path + "?" + urllib.parse.urlencode({"query": q["text"]}),
                             headers={"Accept": "application/sparql-results+json"})
                resp = conn.getresponse()
                resp.read()
                out.append(time.perf_counter() - t)
                if resp.status != 200:
                    failed.append(f"{q['name']}: HTTP {resp.status}")
            if time.monotonic() > deadline:
                break
    finally:
        conn.close()
    return out


def tree_peak_mb(pid: int) -> float:
    """Memory of a server's process tree in MB: the sum of each process's proportional set size (Pss, where
    pages the workers share with the process that forked them, like the store's in-memory copy, count once
    in all), or of its peak resident size (VmHWM) where Pss cannot be read. Taken after the load, when the
    server has answered every kind of request of the run."""
    import psutil

    total_kb = 0
    try:
        procs = [psutil.Process(pid), *psutil.Process(pid).children(recursive=True)]
    except psutil.Error:
        return 0.0
    for p in procs:
        for path, key in ((f"/proc/{p.pid}/smaps_rollup", "Pss:"), (f"/proc/{p.pid}/status", "VmHWM:")):
            try:
                with open(path, encoding="ascii") as fh:
                    total_kb += next(int(ln.split()[1]) for ln in fh if ln.startswith(key))
                break
            except (OSError, StopIteration, ValueError):
                continue
    return total_kb / 1024


def http_figures(store: str, queries: list[dict], seconds: float, rounds: int = 5, load_rounds: int = 3) -> dict:
    """p95 of the example queries, then lookup req/s on kamergraaf and on oxigraph, both servers up and loaded
    in turn ``load_rounds`` times (the ratio is the median of the rounds' ratios, so that a burst of load from
    elsewhere on a shared machine falls on one round, not on one server), then the dev server once."""
    graphs = open_store(Settings(store=store), read_only=True)
    try:
        first = sorted(graphs.graphs())[0]
    finally:
        graphs.close()
    lookup = "?" + urllib.parse.urlencode({"query": LOOKUP.format(iri=first)})
    out: dict = {"http_failed": 0}
    with server("kamergraaf", store) as (port, proc, path), server("oxigraph", store) as (ox_port, _p, ox_path):
        latencies(port, path, queries[:1], 1, seconds)  # warm the query workers
        failed: list[str] = []
        lat = sorted(latencies(port, path, queries, rounds, seconds * 6, failed))
        out["sparql_failed"] = sorted(set(failed))
        out["sparql_p95_ms"] = lat[min(len(lat) - 1, int(0.95 * len(lat)))] * 1000
        out["sparql_p50_ms"] = statistics.median(lat) * 1000
        rps(port, path + lookup, 1)
        rps(ox_port, ox_path + lookup, 1)
        ours, theirs = [], []
        for _ in range(max(1, load_rounds)):
            for where, into in (((port, path), ours), ((ox_port, ox_path), theirs)):
                value, failed_requests = rps(where[0], where[1] + lookup, seconds)
                into.append(value)
                out["http_failed"] += failed_requests
        out["serve_peak_rss_mb"] = tree_peak_mb(proc.pid)
    out["http_rps"], out["oxigraph_rps"] = statistics.median(ours), statistics.median(theirs)
    out["http_rps_rounds"], out["oxigraph_rps_rounds"] = ours, theirs
    with server("dev", store) as (port, _proc, path):
        rps(port, path + lookup, 1)
        out["devserver_rps"], failed_requests = rps(port, path + lookup, seconds)
        out["http_failed"] += failed_requests
    ratios = [a / b for a, b in zip(ours, theirs) if b]
    out["http_rps_vs_oxigraph"] = statistics.median(ratios) if ratios else 0.0
    out["http_rps_vs_devserver"] = out["http_rps"] / out["devserver_rps"] if out["devserver_rps"] else 0.0
    return out


def main() -> int:
    import tempfile

    from kamergraaf.corpus import sample_paths
    from kamergraaf.pipeline import build

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--store", help="a built store (default: build the sample corpus)")
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--seconds", type=float, default=10.0, help="seconds per HTTP load")
    ap.add_argument("--budget", type=float, default=60.0, help="most seconds per rdflib query")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="kg-sparql-") as tmp:
        store = args.store
        if store is None:
            store = str(Path(tmp) / "sample")
            build([str(p) for p in sample_paths()], Settings(store=store), progress=False)
        big, triples = replicate(store, args.triples, Path(tmp) / "big")
        queries = example_queries()
        ours, ours_capped, _, ours_rows = query_times("oxigraph", str(big), queries, args.budget, 600, rounds=3)
        theirs, capped, load_s, their_rows = query_times("rdflib", str(Path(tmp) / "big" / "replicated.nq"), queries,
                                                        args.budget, 1800)
        print(f"{triples} quads; rdflib loaded them in {load_s:.1f} s")
        ratios = speedups(ours, theirs, ours_capped & capped)
        for name in ours:
            print(f"  {name:14s} engine {ours[name] * 1000:9.1f} ms{'+' if name in ours_capped else ' '} "
                  f"({ours_rows.get(name, '?')} rows)  rdflib {theirs[name] * 1000:9.1f} ms"
                  f"{'+' if name in capped else ' '} ({their_rows.get(name, '?')} rows)  "
                  f"{ratios.get(name, float('nan')):8.1f}x")
        print(f"median speedup: {statistics.median(ratios.values()) if ratios else float('nan'):.1f}x "
              f"(+: stopped at the budget of {args.budget:.0f} s)")
        print(json.dumps(http_figures(str(big), queries, args.seconds, rounds=5), indent=1))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    raise SystemExit(main())
