"""``kamergraaf serve``: the app on gunicorn (the Flask development server only with ``--debug``, and even
then without the interactive debugger: errors answer in the endpoint's JSON/HTML shape, never a trace).

Before anything listens, the store is checked in the starting process: with no store at
``settings.store`` (and no ``store_url``) the bundled sample corpus is built into it first, so that
``kamergraaf serve`` right after installing shows a working site; a store that cannot be built, that a
build holds open for writing, or that another version wrote, ends the command with its message (exit 2).

Each gunicorn worker process opens the store read-only once and answers queries on its threads. A query
that passes ``settings.query_timeout`` is answered 503 at once; its evaluation cannot be cancelled, so
the worker is recycled: it stops accepting connections, finishes the requests in flight, and exits
(``os._exit``, since a thread is still inside the evaluation), and the arbiter starts a fresh worker.
"""

from __future__ import annotations

import errno
import fcntl
import logging
import os
import sys
import threading
import time
from pathlib import Path

from kamergraaf.errors import StoreError, StoreLocked
from kamergraaf.settings import Settings

log = logging.getLogger("kamergraaf.endpoint")
RECYCLE_GRACE = 2.0  # seconds past gunicorn's graceful_timeout before a recycled worker is ended anyway


def ensure_store(settings: Settings) -> None:
    """Build the sample corpus into ``settings.store`` when there is no store to serve."""
    if settings.store_url or (Path(settings.store) / "CURRENT").exists():
        return
    from kamergraaf.corpus import sample_paths
    from kamergraaf.pipeline import build

    print(f"no store at {settings.store}: building the bundled sample corpus into it first", file=sys.stderr)
    try:
        report = build([str(p) for p in sample_paths()], settings, progress=False)
    except OSError as exc:
        raise StoreError(f"no store at {settings.store}, and the sample corpus cannot be built there: {exc}",
                         "Give --store a writable directory, or build a store first with `kamergraaf build`.") from exc
    print(report.summary(), file=sys.stderr)
    if not (Path(settings.store) / "CURRENT").exists():
        raise StoreError(f"no store at {settings.store}, and building the sample corpus into it failed",
                         "See the messages above; build a store with `kamergraaf build --store DIR`.")


def check_not_written(store_dir: str) -> None:
    """StoreLocked when another process holds the store open for writing (a build).

    Oxigraph's read-write open takes a POSIX lock on ``<store>/LOCK``; reading a store while another
    process writes it is undefined behaviour in Oxigraph, so the server refuses to start.
    """
    lock = Path(store_dir) / "LOCK"
    try:
        fd = os.open(lock, os.O_RDONLY)
    except OSError:
        return
    try:
        fcntl.lockf(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except OSError as exc:
        if exc.errno not in (errno.EACCES, errno.EAGAIN):
            raise
        from kamergraaf.graph.lock import lock_owner

        owner = lock_owner(Path(store_dir))
        raise StoreLocked(f"store {store_dir} is open for writing by another process"
                          + (f" (pid {owner})" if owner else "") + ", probably a build",
                          "Wait until the build has finished, then start the server again.") from None
    finally:
        os.close(fd)  # also drops the shared lock just taken


def check_store(settings: Settings) -> None:
    """Open the store read-only once in this process (and close it) so that errors show before serving."""
    from .backend import open_read_only

    if not settings.store_url:
        check_not_written(settings.store)
    store = open_read_only(settings)
    try:
        store.graphs()
    finally:
        store.close()


def _preload(settings: Settings) -> None:
    """The in-memory copy, made in this process before gunicorn forks its workers (they share it)."""
    from .backend import preload

    try:
        preload(settings, log=lambda line: print(line, file=sys.stderr))
    except MemoryError:
        print("serving from the disk store: not enough memory for a copy of the store "
              "(set serve_from_memory = no to skip the attempt)", file=sys.stderr)


def gunicorn_options(settings: Settings) -> dict:
    workers = max(1, min(settings.worker_count, 4))
    return {
        "bind": f"{settings.host}:{settings.port}",
        "workers": workers,
        "threads": max(1, settings.threads),
        "worker_class": "gthread",
        "timeout": int(settings.query_timeout * 3 + 30),
        "graceful_timeout": 10,
        "keepalive": 5,
        "accesslog": None,
        "errorlog": "-",
        "loglevel": "info",
        "limit_request_line": 8190,
        "proc_name": "kamergraaf",
        "post_worker_init": _post_worker_init,
        "worker_exit": _worker_exit,
    }


class _Recycler:
    """The gunicorn worker of this process, and how to retire it after a runaway query."""

    worker = None
    executor = None  # the app's ThreadExecutor: how many request threads are stuck in an evaluation
    retiring = False
    lock = threading.Lock()

    @classmethod
    def retire(cls, job) -> None:
        with cls.lock:
            if cls.retiring or cls.worker is None:
                return
            cls.retiring = True
        log.warning("query passed its %g s deadline; worker %s stops accepting and restarts after its "
                    "requests in flight: %.200r", job.timeout, os.getpid(), job.sparql)
        cls.worker.alive = False  # gthread: stop accepting, finish connections in flight, return
        deadline = time.monotonic() + cls.worker.cfg.graceful_timeout + RECYCLE_GRACE
        threading.Thread(target=cls._exit_when_done, args=(deadline,), name="kg-recycle", daemon=True).start()

    @classmethod
    def _exit_when_done(cls, deadline: float) -> None:
        """Exit once the only connections left are those stuck in an evaluation (or at ``deadline``).

        gthread's own shutdown would wait its whole graceful timeout for a connection whose request thread
        is inside an evaluation that cannot end in time; the other connections are finished first."""
        while time.monotonic() < deadline:
            stuck = cls.executor.stuck if cls.executor is not None else 0
            if cls.worker.nr_conns <= stuck:
                break
            time.sleep(0.1)
        logging.shutdown()
        os._exit(0)


def _post_worker_init(worker) -> None:
    _Recycler.worker = worker


def _worker_exit(_arbiter, _worker) -> None:
    if _Recycler.retiring:  # a thread is inside an evaluation that cannot be stopped: skip interpreter teardown
        logging.shutdown()
        os._exit(0)


def serve(settings: Settings, debug: bool = False) -> int:
    from .access import configure_server_logging

    configure_server_logging(sys.stderr)
    ensure_store(settings)
    check_store(settings)
    _preload(settings)
    if debug:
        from .app import create_app

        app = create_app(settings)
        print(f"development server (debug) on http://{settings.host}:{settings.port}/; a query past its "
              "timeout is answered 503 but its evaluation goes on in the background", file=sys.stderr)
        app.run(host=settings.host, port=settings.port, debug=True, use_debugger=False, use_reloader=False)
        return 0
    from gunicorn.app.base import BaseApplication

    class KamergraafServer(BaseApplication):
        def __init__(self) -> None:
            self.options = gunicorn_options(settings)
            super().__init__()

        def load_config(self) -> None:
            for key, value in self.options.items():
                if key in self.cfg.settings and value is not None:
                    self.cfg.set(key, value)

        def load(self):
            from kamergraaf.errors import KamergraafError

            from .app import create_app

            app = create_app(settings, on_timeout=_Recycler.retire, inline_queries=True)
            _Recycler.executor = app.config["KG_EXECUTOR"]
            try:
                app.config["KG_STORE"].get()  # open the store once in this worker process
            except KamergraafError as exc:  # answered as 503 per request until the store is readable
                log.error("store not opened: %s", exc)
            return app

    print(f"serving http://{settings.host}:{settings.port}/ (SPARQL at /sparql) with "
          f"{gunicorn_options(settings)['workers']} worker(s) x {settings.threads} thread(s); pid {os.getpid()}",
          file=sys.stderr)
    KamergraafServer().run()
    return 0
