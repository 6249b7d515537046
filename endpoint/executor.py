"""Query execution in the server process, with a deadline that a runaway query cannot break.

pyoxigraph releases the GIL while it evaluates a query, so queries run on threads of the serving process
against one read-only store opened per process. Oxigraph offers no way to cancel a running evaluation,
so each query runs on a helper thread and the request thread waits for it at most
``settings.query_timeout``: at the deadline the request is answered ``503 query_timeout`` at once and
``on_timeout`` is called. Under gunicorn (``server.py``) that callback recycles the worker process: it stops
accepting connections, finishes the requests in flight, and exits, and the arbiter starts a fresh worker
while the other workers go on serving. Without gunicorn (the Flask development server of ``--debug``, the
test client, an application embedding ``create_app``) there is no one to start a fresh process: the
request still gets its 503 at the deadline, the runaway evaluation goes on in the background on its
helper thread until it ends by itself, and a warning is logged.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass

from kamergraaf.errors import KamergraafError

from .results import Outcome, run_query

log = logging.getLogger("kamergraaf.endpoint")


@dataclass(frozen=True)
class Job:
    sparql: str
    result_fmt: str
    graph_fmt: str
    max_rows: int
    timeout: float


class Pending:
    """The result of a call on a helper thread: ``result(timeout)`` waits for it (TimeoutError when late).

    One lock, taken at creation and released by the helper when the call has ended, is the whole
    hand-off: cheaper than ``concurrent.futures.Future``, whose condition variable costs more than a
    small query does.
    """

    __slots__ = ("_done", "_value", "_error")

    def __init__(self) -> None:
        self._done = threading.Lock()
        self._done.acquire()
        self._value = None
        self._error: BaseException | None = None

    def result(self, timeout: float | None = None):
        if not self._done.acquire(timeout=-1 if timeout is None else timeout):
            raise TimeoutError(f"no result within {timeout} s")
        self._done.release()  # the result stays readable
        if self._error is not None:
            raise self._error
        return self._value


class HelperThreads:
    """Daemon threads that run callables; a new one is started whenever none is idle.

    Daemon threads (unlike ``concurrent.futures.ThreadPoolExecutor``'s) are not joined at exit, so a thread
    stuck in a runaway evaluation never keeps the process alive.
    """

    def __init__(self, name: str = "kg-query") -> None:
        self._jobs: queue.SimpleQueue = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._idle = 0
        self._count = 0
        self._name = name

    def submit(self, fn: Callable, *args) -> Pending:
        pending = Pending()
        with self._lock:
            if self._idle:
                self._idle -= 1
            else:
                self._count += 1
                threading.Thread(target=self._loop, name=f"{self._name}-{self._count}", daemon=True).start()
        self._jobs.put((pending, fn, args))
        return pending

    def _loop(self) -> None:
        while True:
            pending, fn, args = self._jobs.get()
            try:
                pending._value = fn(*args)
            except BaseException as exc:  # handed to the waiting request thread, which logs it
                pending._error = exc
            with self._lock:
                self._idle += 1
            pending._done.release()

    @property
    def threads(self) -> int:
        return self._count


class ThreadExecutor:
    """Runs each query on a helper thread against ``store_getter()`` and waits at most ``job.timeout``."""

    def __init__(self, store_getter: Callable[[], object],
                 on_timeout: Callable[[Job], None] | None = None) -> None:
        self._store = store_getter
        self._helpers = HelperThreads()
        self.on_timeout = on_timeout or _warn_runaway
        self.killed = 0  # queries answered 503 at their deadline (evaluations abandoned)

    def run(self, job: Job) -> Outcome:
        try:
            store = self._store()
        except KamergraafError as exc:
            log.error("store: %s", exc)
            return Outcome(503, code="store_unavailable", message=exc.message, hint=exc.hint)
        future = self._helpers.submit(run_query, store, job.sparql, job.result_fmt, job.graph_fmt,
                                      job.max_rows, job.timeout)
        try:
            return future.result(timeout=job.timeout)
        except TimeoutError:
            pass
        self.killed += 1
        try:
            self.on_timeout(job)
        except Exception:  # the 503 below must be answered whatever the callback does; the cause is logged
            log.exception("query timeout handler failed")
        return Outcome(503, code="query_timeout",
                       message=f"the query ran longer than {job.timeout:g} seconds and was stopped",
                       hint="Narrow the query (more specific patterns, LIMIT) or download the dataset "
                            "and query it locally.")

    def close(self) -> None:
        pass


def _warn_runaway(job: Job) -> None:
    log.warning("a query passed its %g s deadline and was answered 503; without the production server its "
                "evaluation cannot be stopped and goes on in the background: %.200r", job.timeout, job.sparql)
