"""The production server itself (`kamergraaf serve`, gunicorn) on the sample corpus build: a runaway query
is answered 503 at its deadline while other queries answer, the worker holding it is recycled, path tricks
give 404, a body over the limit 413; and the command refuses a store it cannot serve with exit code 2."""

from __future__ import annotations

import http.client
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.parse

import psutil
import pyoxigraph as ox
import pytest

from kamergraaf.graph.store import BUILD_NS, store_graphs

CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"
SIMPLE = "SELECT ?s WHERE { ?s a <https://w3id.org/kamergraaf/def#Document> }"
KAMERGRAAF = [sys.executable, "-m", "kamergraaf"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(port: int, path: str, timeout: float = 30, headers: dict | None = None) -> tuple[int, bytes, dict]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request("GET", path, headers=headers or {})
        resp = conn.getresponse()
        return resp.status, resp.read(), dict(resp.getheaders())
    finally:
        conn.close()


def _sparql(port: int, query: str, timeout: float = 30) -> tuple[int, bytes, dict]:
    return _get(port, "/sparql?" + urllib.parse.urlencode({"query": query}), timeout)


def _start(args: list[str], port: int, env: dict | None = None) -> subprocess.Popen:
    proc = subprocess.Popen(KAMERGRAAF + ["serve", *args, "--host", "127.0.0.1", "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env={**os.environ, **(env or {})})
    deadline = time.monotonic() + 60
    while True:
        try:
            if _get(port, "/health", timeout=2)[0] == 200:
                return proc
        except OSError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            raise RuntimeError("kamergraaf serve did not start: " + proc.stderr.read().decode()[-2000:])
        time.sleep(0.2)


def _stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(5)


def _workers(proc: subprocess.Popen) -> set[int]:
    return {p.pid for p in psutil.Process(proc.pid).children(recursive=True)}


@pytest.fixture(scope="module")
def server(sample_settings):
    port = _free_port()
    proc = _start(["--store", sample_settings.store], port,
                  {"KAMERGRAAF_QUERY_TIMEOUT": "2", "KAMERGRAAF_WORKERS": "2", "KAMERGRAAF_MAX_BODY_BYTES": "5000"})
    yield port, proc
    _stop(proc)


def test_runaway_query_gets_503_at_its_deadline_while_others_answer_and_its_worker_is_recycled(server):
    port, proc = server
    assert _sparql(port, SIMPLE)[0] == 200
    before = _workers(proc)
    assert len(before) == 2
    slow: dict = {}

    def run_slow() -> None:
        started = time.monotonic()
        slow["status"], slow["body"], _ = _sparql(port, CARTESIAN)
        slow["seconds"] = time.monotonic() - started

    thread = threading.Thread(target=run_slow)
    thread.start()
    time.sleep(0.4)  # the cartesian product is being evaluated now
    for _ in range(3):
        started = time.monotonic()
        status, body, _ = _sparql(port, SIMPLE)
        assert status == 200 and len(json.loads(body)["results"]["bindings"]) == 16
        assert time.monotonic() - started < 1.0
    thread.join(30)
    assert slow["status"] == 503
    error = json.loads(slow["body"])["error"]
    assert error["code"] == "query_timeout" and "2 seconds" in error["message"]
    assert 1.9 <= slow["seconds"] < 5
    # the worker that holds the evaluation exits and the arbiter starts a fresh one
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        now = _workers(proc)
        if len(now) == 2 and len(now & before) == 1:
            break
        time.sleep(0.2)
    assert len(now) == 2 and len(now & before) == 1, (before, now)
    for _ in range(4):
        assert _sparql(port, SIMPLE)[0] == 200
    assert _get(port, "/health")[0] == 200


PATH_TRICKS = [
    "/../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/doc/..%2f..%2f..%2fetc%2fpasswd",
    "/doc/%2e%2e%2f%2e%2e%2fetc/passwd", "//etc/passwd", "/%2Fetc%2Fpasswd", "/doc/x%00.ttl", "/doc/%00",
    "/static/../app.py", "/static/%2e%2e/app.py", "/static/..%2fapp.py", "/static/%2Fetc%2Fpasswd",
    "/downloads/documents/..%2f..%2fetc%2fpasswd.nt", "/downloads/documents/%2e%2e.nt",
    "/downloads/documents/%2Fetc%2Fpasswd.ttl", "/downloads/documents/ah-tk-20232024-2367%00.nt",
    "/downloads/kamergraaf.%2e%2e.gz", "/downloads/..%2f..%2fstore%2fCURRENT", "/doc/x%7D%20%7B", "/doc/%3E%20%3Cx",
    "/def/../../etc/passwd", "/downloads/documents/%252e%252e%252fsecret.nt",
]


@pytest.mark.parametrize("path", PATH_TRICKS)
def test_path_tricks_give_404_and_never_a_file(server, path):
    port, _proc = server
    status, body, headers = _get(port, path, headers={"Accept": "application/json"})
    assert status == 404, (path, status, body[:200])
    assert json.loads(body)["error"]["code"] == "not_found"
    assert b"root:" not in body and b"import " not in body and b"Traceback" not in body


def test_body_over_the_limit_gets_413_from_the_server(server):
    port, _proc = server
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    conn.request("POST", "/sparql", body=SIMPLE + " #" + "x" * 6000,
                 headers={"Content-Type": "application/sparql-query"})
    resp = conn.getresponse()
    assert resp.status == 413 and json.loads(resp.read())["error"]["code"] == "body_too_large"
    conn.close()


def test_pages_carry_the_security_headers(server):
    port, _proc = server
    status, _body, headers = _get(port, "/doc/ah-tk-20232024-2367", headers={"Accept": "text/html"})
    assert status == 200 and headers["X-Content-Type-Options"] == "nosniff"
    assert "default-src 'self'" in headers["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]


# ---- the command refuses stores it cannot serve ---------------------------------------------------


def _serve_fails(store: str) -> str:
    result = subprocess.run(KAMERGRAAF + ["serve", "--store", store, "--port", str(_free_port())],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    return result.stderr


def test_serve_exits_2_when_the_store_is_missing_and_cannot_be_built(tmp_path):
    (tmp_path / "a-file").write_text("not a directory")
    message = _serve_fails(str(tmp_path / "a-file" / "store"))
    assert "error:" in message and "a-file" in message


def test_serve_exits_2_when_a_build_holds_the_store(tmp_path, sample_settings):
    copy = tmp_path / "store"
    shutil.copytree(sample_settings.store, copy)
    writer = ox.Store(str(copy))  # a process that has the store open for writing, as a build has
    try:
        message = _serve_fails(str(copy))
    finally:
        del writer
    assert "open for writing by another process" in message


def test_serve_exits_2_on_a_store_of_another_format_version(tmp_path, sample_settings):
    copy = tmp_path / "store"
    shutil.copytree(sample_settings.store, copy)
    meta = store_graphs(sample_settings.base_iri)["store"]
    writer = ox.Store(str(copy))
    writer.update(f"DELETE WHERE {{ GRAPH <{meta}> {{ <{meta}> <{BUILD_NS}formatVersion> ?v }} }} ; "
                  f"INSERT DATA {{ GRAPH <{meta}> {{ <{meta}> <{BUILD_NS}formatVersion> \"999\" }} }}")
    writer.flush()
    del writer
    message = _serve_fails(str(copy))
    assert "another version of kamergraaf" in message and "999" in message


def test_debug_server_has_no_interactive_debugger(sample_settings):
    port = _free_port()
    proc = _start(["--store", sample_settings.store, "--debug"], port)
    try:
        status, body, _ = _get(port, "/?__debugger__=yes&cmd=resource&f=style.css")
        assert b"Werkzeug" not in body and b"debugger" not in body.lower()
        status, body, _ = _get(port, "/console", headers={"Accept": "application/json"})
        assert status == 404 and b"Werkzeug" not in body
    finally:
        _stop(proc)


def test_serve_without_a_store_builds_the_sample_corpus_first(tmp_path):
    """The README's main command: `kamergraaf serve` where no store exists builds the bundled sample corpus
    into the default store (./kamergraaf-store in the working directory) and serves it."""
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("KAMERGRAAF_")}
    proc = subprocess.Popen(KAMERGRAAF + ["serve", "--host", "127.0.0.1", "--port", str(port)], cwd=tmp_path,
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 300  # the build of the 16 sample documents comes first
        health = None
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                status, body, _ = _get(port, "/health", timeout=2)
                if status == 200:
                    health = json.loads(body)
                    break
            except OSError:
                pass
            time.sleep(0.5)
        assert health is not None, proc.stderr.read().decode()[-2000:] if proc.poll() is not None else "no answer"
        assert health["graphs"] == 16  # 2 seed texts + 14 Aanhangsel PDFs
        assert (tmp_path / "kamergraaf-store").is_dir()
        status, body, _ = _sparql(port, SIMPLE)
        assert status == 200 and len(json.loads(body)["results"]["bindings"]) == 16
        status, page, _ = _get(port, "/doc/ah-tk-20232024-2367", headers={"Accept": "text/html"})
        assert status == 200 and "rekeninggluren" in page.decode()
    finally:
        _stop(proc)


def test_the_server_answers_from_its_in_memory_copy_and_repeats_from_the_cache(server):
    port, _proc = server
    status, body, _headers = _get(port, "/health")
    assert status == 200 and json.loads(body)["store"] == "memory"
    query = SIMPLE + " # cache check"
    answers = [_sparql(port, query) for _ in range(6)]  # two workers: each computes once, then hits
    assert all(a[0] == 200 for a in answers) and len({a[1] for a in answers}) == 1
    assert any(a[2].get("X-Cache") == "hit" for a in answers)
