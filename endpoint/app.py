"""The web application: ``create_app(settings, store=None) -> Flask``.

Without a store object the app opens ``settings.store`` (or ``settings.store_url``) read-only itself, once
per process, on first use; with one, it reads that store. SPARQL queries run on helper threads with a
deadline (executor.py); ``on_timeout`` is what happens to the process when a query passes it (the
production server recycles its worker, see server.py). ``inline_queries`` (the production server) runs the
common ``/sparql`` queries on the request thread and writes the 503 at the deadline on gunicorn's socket.
Every response carries security headers; every request is logged as one JSON line with its time.
"""

from __future__ import annotations

import json
import logging
import threading
import time

from flask import Flask, Response, current_app, g, request

from kamergraaf import __version__
from kamergraaf.graph.memory import MemoryStore
from kamergraaf.settings import Settings

from . import httperrors, i18n
from .access import CSP, SECURITY_HEADERS, log_access
from .backend import open_read_only
from .executor import ThreadExecutor
from .fastpath import SparqlFastPath


class LazyStore:
    """Opens the read-only store on first use, in the process that uses it (after a server fork)."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._store = None
        self._lock = threading.Lock()

    def get(self):
        if self._store is None:
            with self._lock:
                if self._store is None:
                    self._store = open_read_only(self._settings)
        return self._store


def create_app(settings: Settings, store=None, on_timeout=None, inline_queries: bool = False) -> Flask:
    app = Flask(__name__)
    app.config.update(
        KG_SETTINGS=settings,
        MAX_CONTENT_LENGTH=settings.max_body_bytes,
        MAX_FORM_MEMORY_SIZE=settings.max_body_bytes,
        PROPAGATE_EXCEPTIONS=False,
        TRAP_HTTP_EXCEPTIONS=False,
        JSON_SORT_KEYS=False,
    )
    app.debug = False
    lazy = LazyStore(settings)
    if store is not None:
        lazy._store = store
    app.config["KG_STORE"] = lazy
    app.config["KG_EXECUTOR"] = ThreadExecutor(lazy.get, on_timeout=on_timeout)

    from .downloads import bp as downloads_bp
    from .pages import bp as pages_bp
    from .sparql import bp as sparql_bp

    app.register_blueprint(sparql_bp)
    app.register_blueprint(downloads_bp)
    app.register_blueprint(pages_bp)
    httperrors.install(app)
    i18n.install(app)
    _install_store_errors(app)
    app.jinja_env.globals["version"] = __version__

    @app.get("/health")
    def health() -> Response:
        try:
            store = current_app.config["KG_STORE"].get()
            graphs = len(store.graphs())
        except Exception as exc:  # health must answer whatever the store does; the cause is logged
            logging.getLogger("kamergraaf.endpoint").error("health check: %s", exc)
            return httperrors.error_response(503, "store_unavailable", "the store cannot be read",
                                             "See the server log.", html=False)
        answered_from = "memory" if isinstance(store, MemoryStore) else "remote" if settings.store_url else "disk"
        return Response(json.dumps({"status": "ok", "graphs": graphs, "store": answered_from,
                                    "version": __version__}) + "\n", mimetype="application/json")

    @app.before_request
    def _start_timer() -> None:
        g.started = time.perf_counter()

    @app.after_request
    def _headers_and_log(resp: Response) -> Response:
        for name, value in SECURITY_HEADERS:
            resp.headers.setdefault(name, value)
        if resp.mimetype == "text/html":
            resp.headers.setdefault("Content-Security-Policy", CSP)
        elapsed = (time.perf_counter() - g.get("started", time.perf_counter())) * 1000
        log_access(request.method, request.path, resp.status_code, elapsed, g.get("query_ms"),
                   g.get("query_status"), resp.calculate_content_length(), request.remote_addr)
        return resp

    # the common /sparql requests are answered by the lean WSGI path before Flask's machinery (fastpath.py)
    # under gunicorn (inline_queries) these queries run on the request thread, the 503 at the deadline
    # written on the connection by a watcher thread (executor.py)
    # with a store that cannot change while serving (an in-memory copy) it keeps the answers to repeated
    # queries (resultcache.py)
    app.wsgi_app = SparqlFastPath(app.wsgi_app, settings, lambda: app.config["KG_EXECUTOR"], inline=inline_queries,
                                  snapshot=lambda: isinstance(app.config["KG_STORE"].get(), MemoryStore))

    return app


def _install_store_errors(app: Flask) -> None:
    from kamergraaf.errors import KamergraafError

    @app.errorhandler(KamergraafError)
    def _store(exc: KamergraafError):
        logging.getLogger("kamergraaf.endpoint").error("store: %s", exc)
        return httperrors.error_response(503, "store_unavailable", exc.message, exc.hint)
