"""Query execution in the server process, with a deadline that a runaway query cannot break.

pyoxigraph releases the GIL while it evaluates a query, so queries run on threads of the serving process
against one read-only store opened per process. Oxigraph offers no way to cancel a running evaluation,
so the answer at the deadline cannot come from the thread that evaluates. Either the query runs on a
helper thread and the request thread waits for it at most ``settings.query_timeout``, or (the production
server's ``/sparql`` path, where the connection's socket is at hand) the query runs on the request thread
itself and a watcher thread writes the 503 on the socket at the deadline: waking a second thread for
every query costs more than a small query does. Either way the request is answered ``503 query_timeout``
at the deadline and ``on_timeout`` is called. Under gunicorn (``server.py``) that callback recycles the
worker process: it stops accepting connections, finishes the requests in flight, and exits, and the
arbiter starts a fresh worker while the other workers go on serving. Without gunicorn (the Flask
development server of ``--debug``, the test client, an application embedding ``create_app``) there is no
one to start a fresh process: the request still gets its 503 at the deadline, the runaway evaluation
goes on in the background on its helper thread until it ends by itself, and a warning is logged.
"""

from __future__ import annotations

import itertools
import logging
import queue
import threading
import time
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


class DeadlineWatch:
    """Queries that run on the request thread itself, watched by one thread that ticks every ``tick`` s.

    ``watch`` registers a query with its deadline and the callable that answers the client late;
    ``unwatch`` (when the query has ended) says whether the query was still the request thread's to answer.
    A dictionary ``pop`` decides who answers, so exactly one of the two does. No thread is woken per query:
    the watcher looks at the registered queries on its own tick.
    """

    def __init__(self, tick: float = 0.05) -> None:
        self.tick = tick
        self._running: dict[int, tuple[float, Callable[[], None]]] = {}
        self._ids = itertools.count()
        self._thread: threading.Thread | None = None
        self._start_lock = threading.Lock()

    def watch(self, seconds: float, expire: Callable[[], None]) -> int:
        if self._thread is None:
            with self._start_lock:
                if self._thread is None:
                    self._thread = threading.Thread(target=self._loop, name="kg-deadlines", daemon=True)
                    self._thread.start()
        token = next(self._ids)
        self._running[token] = (time.monotonic() + seconds, expire)
        return token

    def unwatch(self, token: int) -> bool:
        return self._running.pop(token, None) is not None

    def _loop(self) -> None:
        while True:
            time.sleep(self.tick)
            now = time.monotonic()
            for token, (deadline, _expire) in list(self._running.items()):
                if deadline <= now:
                    entry = self._running.pop(token, None)
                    if entry is not None:
                        try:
                            entry[1]()
                        except Exception:  # the watcher must go on for the other queries; the cause is logged
                            log.exception("answering a query past its deadline failed")


class AnsweredAtDeadline(Exception):
    """The query ended after its deadline, when its 503 had already been sent by ``answer_late``."""


class ThreadExecutor:
    """Runs each query against ``store_getter()`` and answers 503 at ``job.timeout``.

    ``run(job)`` runs the query on a helper thread and waits at most ``job.timeout``.
    ``run(job, answer_late)`` runs it on the calling thread instead (no hand-off between threads, which
    costs more than a small query): at the deadline a watcher thread calls ``answer_late(outcome)``,
    which must deliver that 503 to the client by itself (the production server writes it on the
    connection's socket), and ``on_timeout``; when the query ends later, ``run`` raises
    ``AnsweredAtDeadline`` and the caller must not answer again.
    """

    def __init__(self, store_getter: Callable[[], object],
                 on_timeout: Callable[[Job], None] | None = None) -> None:
        self._store = store_getter
        self._helpers = HelperThreads()
        self._deadlines = DeadlineWatch()
        self.on_timeout = on_timeout or _warn_runaway
        self.killed = 0  # queries answered 503 at their deadline (evaluations abandoned)
        self.stuck = 0   # of those, the ones still evaluating on a request thread
        self._count_lock = threading.Lock()

    def run(self, job: Job, answer_late: Callable[[Outcome], None] | None = None) -> Outcome:
        try:
            store = self._store()
        except KamergraafError as exc:
            log.error("store: %s", exc)
            return Outcome(503, code="store_unavailable", message=exc.message, hint=exc.hint)
        args = (store, job.sparql, job.result_fmt, job.graph_fmt, job.max_rows, job.timeout)
        if answer_late is not None:
            token = self._deadlines.watch(job.timeout, lambda: self._expire(job, answer_late))
            try:
                outcome = run_query(*args)
            finally:
                ours = self._deadlines.unwatch(token)
            if not ours:
                with self._count_lock:
                    self.stuck -= 1
                raise AnsweredAtDeadline(job.sparql[:200])
            return outcome
        future = self._helpers.submit(run_query, *args)
        try:
            return future.result(timeout=job.timeout)
        except TimeoutError:
            pass
        self._timed_out(job)
        return timeout_outcome(job)

    def _expire(self, job: Job, answer_late: Callable[[Outcome], None]) -> None:
        with self._count_lock:
            self.stuck += 1
        try:
            answer_late(timeout_outcome(job))
        finally:
            self._timed_out(job)

    def _timed_out(self, job: Job) -> None:
        self.killed += 1
        try:
            self.on_timeout(job)
        except Exception:  # the 503 must be answered whatever the callback does; the cause is logged
            log.exception("query timeout handler failed")

    def close(self) -> None:
        pass


def timeout_outcome(job: Job) -> Outcome:
    return Outcome(503, code="query_timeout",
                   message=f"the query ran longer than {job.timeout:g} seconds and was stopped",
                   hint="Narrow the query (more specific patterns, LIMIT) or download the dataset "
                        "and query it locally.")


def _warn_runaway(job: Job) -> None:
    log.warning("a query passed its %g s deadline and was answered 503; without the production server its "
                "evaluation cannot be stopped and goes on in the background: %.200r", job.timeout, job.sparql)
