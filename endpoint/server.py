"""``kamergraaf serve``: the app on gunicorn (the Flask development server only with ``--debug``).

With no store at ``settings.store`` (and no ``store_url``), the bundled sample corpus is built into it
first, so that ``kamergraaf serve`` right after installing shows a working site.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from kamergraaf.settings import Settings

log = logging.getLogger("kamergraaf.endpoint")


def ensure_store(settings: Settings) -> None:
    """Build the sample corpus into ``settings.store`` when there is no store to serve."""
    if settings.store_url or (Path(settings.store) / "CURRENT").exists():
        return
    from kamergraaf.corpus import sample_paths
    from kamergraaf.pipeline import build

    print(f"no store at {settings.store}: building the bundled sample corpus into it first", file=sys.stderr)
    report = build([str(p) for p in sample_paths()], settings)
    print(report.summary(), file=sys.stderr)


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
    }


def serve(settings: Settings, debug: bool = False) -> int:
    ensure_store(settings)
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    if debug:
        from .app import create_app

        app = create_app(settings)
        print(f"development server (debug) on http://{settings.host}:{settings.port}/", file=sys.stderr)
        app.run(host=settings.host, port=settings.port, debug=True, use_reloader=False)
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

            app = create_app(settings)
            try:
                app.config["KG_EXECUTOR"].start()
            except KamergraafError as exc:  # answered as 503 per request until the store is readable
                log.error("query workers not started: %s", exc)
            return app

    print(f"serving http://{settings.host}:{settings.port}/ (SPARQL at /sparql) with "
          f"{gunicorn_options(settings)['workers']} worker(s) x {settings.threads} thread(s); pid {os.getpid()}",
          file=sys.stderr)
    KamergraafServer().run()
    return 0
