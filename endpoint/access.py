"""What every response carries and what every request leaves in the log, shared by the Flask app and the
lean ``/sparql`` path: the security headers, and the access log, one JSON line per request with its time.
"""

from __future__ import annotations

import collections
import json
import logging
import os
import threading
import time

access_log = logging.getLogger("kamergraaf.access")

SECURITY_HEADERS = (
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "strict-origin-when-cross-origin"),
    ("X-Frame-Options", "DENY"),
)
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")

_text = json.encoder.encode_basestring_ascii  # a JSON string literal, as json.dumps writes it
_stamp: tuple[int, str] = (-1, "")  # (second, its formatted text), replaced as one object


def utc_time() -> str:
    """The current UTC time as ISO 8601 with milliseconds and ``+00:00`` (the second part is formatted once
    per second, not per request)."""
    global _stamp
    now = time.time()
    second = int(now)
    stamped, text = _stamp
    if second != stamped:
        text = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(second))
        _stamp = (second, text)
    return f"{text}.{int((now - second) * 1000):03d}+00:00"


def log_access(method: str, path: str, status: int, ms: float, query_ms: float | None,
               query_status: str | None, size: int | None, remote: str | None) -> None:
    """One JSON line on the ``kamergraaf.access`` logger (skipped when that logger is off)."""
    if not access_log.isEnabledFor(logging.INFO):
        return
    access_log.info(
        f'{{"time": "{utc_time()}", "method": {_text(method)}, "path": {_text(path)}, "status": {int(status)}, '
        f'"ms": {_number(round(ms, 2))}, "query_ms": {_number(query_ms)}, '
        f'"query_status": {"null" if query_status is None else _text(query_status)}, '
        f'"bytes": {_number(size)}, "remote": {"null" if remote is None else _text(remote)}}}')


def _number(value: float | int | None) -> str:
    return "null" if value is None else repr(value)


class BufferedLines(logging.Handler):
    """Writes each record's message as a line to ``stream`` in batches, every ``interval`` seconds, from a
    thread of the process that logs (started on first use, again after a fork), and on ``flush``/``close``.

    A write and a flush per request cost a system call each on the request's path; the access log can
    lag by ``interval`` instead. ``deque.append``/``popleft`` are atomic, so no lock is taken per record.
    """

    def __init__(self, stream, interval: float = 0.5) -> None:
        super().__init__()
        self.stream = stream
        self.interval = interval
        self._lines: collections.deque[str] = collections.deque()
        self._thread: threading.Thread | None = None
        self._start_lock = threading.Lock()
        os.register_at_fork(after_in_child=self._forget_thread)

    def _forget_thread(self) -> None:
        self._thread = None  # threads do not survive a fork; the child starts its own on first use

    def handle(self, record: logging.LogRecord) -> bool:
        self._lines.append(record.getMessage())
        if self._thread is None:
            self._start()
        return True

    def emit(self, record: logging.LogRecord) -> None:
        self.handle(record)

    def _start(self) -> None:
        with self._start_lock:
            if self._thread is None:
                self._thread = threading.Thread(target=self._loop, name="kg-access-log", daemon=True)
                self._thread.start()

    def _loop(self) -> None:
        while True:
            time.sleep(self.interval)
            self.flush()

    def flush(self) -> None:
        out = []
        try:
            while True:
                out.append(self._lines.popleft())
        except IndexError:
            pass
        if out:
            try:
                self.stream.write("\n".join(out) + "\n")
                self.stream.flush()
            except (OSError, ValueError):  # the stream is gone (process ending): nothing left to tell it
                pass

    def close(self) -> None:
        self.flush()
        super().close()


def configure_server_logging(stream) -> None:
    """Logging of the serving process: messages as they are, the access log written in batches.

    Records skip the caller lookup, which no format here prints (the "Optimization" advice of the
    logging HOWTO).
    """
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=stream)
    logging._srcfile = None
    if not any(isinstance(h, BufferedLines) for h in access_log.handlers):
        access_log.addHandler(BufferedLines(stream))
    access_log.propagate = False
