"""Query execution that a runaway query cannot take down: a small pool of worker processes.

Oxigraph offers no way to cancel a running query, and a thread cannot be stopped from outside. So each
query of the SPARQL endpoint runs in one of a few worker processes, each holding its own read-only store.
The request thread waits at most ``settings.query_timeout`` for the answer; when the time is up the worker
is killed and a fresh one started in the background, while the other workers go on answering.

``InlineExecutor`` runs queries in the calling thread on a store object handed to ``create_app`` (tests,
an application embedding the endpoint); it applies the row limit but cannot stop a long query.
"""

from __future__ import annotations

import atexit
import logging
import queue
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection

from kamergraaf.errors import KamergraafError
from kamergraaf.settings import Settings

from .results import Outcome, run_query

log = logging.getLogger("kamergraaf.endpoint")
START_TIMEOUT = 60.0  # seconds a new worker may take to open its store


@dataclass(frozen=True)
class Job:
    sparql: str
    result_fmt: str
    graph_fmt: str
    max_rows: int
    timeout: float


def _worker_main(conn, settings: Settings) -> None:
    """Body of a worker process: open the store once, then answer jobs until the pipe closes."""
    from .backend import open_read_only

    try:
        store = open_read_only(settings)
    except (KamergraafError, OSError) as exc:
        conn.send(("fatal", str(exc)))
        return
    conn.send(("ready", None))
    while True:
        try:
            job: Job = conn.recv()
        except (EOFError, OSError):
            return
        conn.send(("done", run_query(store, job.sparql, job.result_fmt, job.graph_fmt, job.max_rows, job.timeout)))


class _Worker:
    """One query process: ``python -m kamergraaf.endpoint.executor FD`` on one end of a socket pair.

    A fresh interpreter (not a fork of a threaded server, not a re-run of the caller's main script).
    """

    def __init__(self, settings: Settings) -> None:
        parent, child = socket.socketpair()
        try:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "kamergraaf.endpoint.executor", str(child.fileno())],
                pass_fds=[child.fileno()], stdin=subprocess.DEVNULL, close_fds=True)
        finally:
            child.close()
        self.conn = Connection(parent.detach())
        self.conn.send(settings)

    def wait_ready(self) -> None:
        try:
            if not self.conn.poll(START_TIMEOUT):
                raise EOFError("no answer")
            state, detail = self.conn.recv()
        except (EOFError, OSError) as exc:
            self.kill()
            raise KamergraafError(f"a query worker did not start: {exc}",
                                  "See the server log for the worker's error.") from exc
        if state != "ready":
            self.kill()
            raise KamergraafError(f"a query worker cannot open the store: {detail}",
                                  "Check --store / --store-url; build the store with `kamergraaf build`.")

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        try:
            self.process.wait(5)
        except subprocess.TimeoutExpired:
            log.error("query worker %s did not end after SIGKILL", self.process.pid)
        self.conn.close()


class ProcessExecutor:
    """``size`` query worker processes, started on first use (so that it happens after a server fork)."""

    def __init__(self, settings: Settings, size: int = 2) -> None:
        self.settings = settings
        self.size = max(1, size)
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._started = False
        self.killed = 0  # workers ended because their query ran out of time

    def start(self) -> None:
        """Start the workers now (the server calls this in each of its processes at boot)."""
        self._start()

    def _start(self) -> None:
        with self._lock:
            if self._started:
                return
            workers = [_Worker(self.settings) for _ in range(self.size)]
            try:
                for w in workers:
                    w.wait_ready()
            except KamergraafError:
                for w in workers:
                    w.kill()
                raise
            for w in workers:
                self._all.add(w)
                self._idle.put(w)
            self._started = True
            atexit.register(self.close)

    def _replace(self, dead: _Worker) -> None:
        dead.kill()
        with self._lock:
            self._all.discard(dead)
        try:
            fresh = _Worker(self.settings)
            fresh.wait_ready()
        except KamergraafError as exc:
            log.error("query worker not replaced: %s", exc)
            return
        with self._lock:
            self._all.add(fresh)
        self._idle.put(fresh)

    def run(self, job: Job) -> Outcome:
        if not self._started:
            self._start()
        deadline = time.monotonic() + job.timeout
        try:
            worker = self._idle.get(timeout=job.timeout)
        except queue.Empty:
            return Outcome(503, code="busy", message="every query worker stayed busy for the whole query timeout",
                           hint="Try again in a moment.")
        try:
            worker.conn.send(job)
            if worker.conn.poll(max(0.0, deadline - time.monotonic())):
                _state, outcome = worker.conn.recv()
                self._idle.put(worker)
                return outcome
        except (EOFError, OSError, BrokenPipeError) as exc:
            log.error("query worker failed: %s", exc)
            threading.Thread(target=self._replace, args=(worker,), daemon=True).start()
            return Outcome(500, code="worker_failed", message="the query worker ended unexpectedly",
                           hint="Try again; if it persists, tell the operator of this endpoint.")
        self.killed += 1
        threading.Thread(target=self._replace, args=(worker,), daemon=True).start()
        return Outcome(503, code="query_timeout",
                       message=f"the query ran longer than {job.timeout:g} seconds and was stopped",
                       hint="Narrow the query (more specific patterns, LIMIT) or download the dataset "
                            "and query it locally.")

    def close(self) -> None:
        with self._lock:
            workers, self._all = list(self._all), set()
            self._started = False
        while True:
            try:
                self._idle.get_nowait()
            except queue.Empty:
                break
        for w in workers:
            w.kill()


class InlineExecutor:
    """Runs queries in the calling thread on a given store object (no hard timeout)."""

    def __init__(self, store) -> None:
        self.store = store
        self.killed = 0

    def run(self, job: Job) -> Outcome:
        return run_query(self.store, job.sparql, job.result_fmt, job.graph_fmt, job.max_rows, job.timeout)

    def close(self) -> None:
        pass


if __name__ == "__main__":  # a query worker process (see _Worker)
    _conn = Connection(int(sys.argv[1]))
    _worker_main(_conn, _conn.recv())
