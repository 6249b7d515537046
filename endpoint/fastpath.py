"""A lean WSGI path for the common ``/sparql`` requests, in front of the Flask app.

Flask's per-request machinery (request and app contexts, routing, the request and response objects, the
before/after hooks) costs several times what a small query does. The requests that make up the load on
an endpoint (GET with a ``query`` parameter, POST of an ``application/sparql-query`` body or of a plain
URL-encoded form, with a Content-Length within the limit) are read here and answered by the same
``protocol.answer`` as the Flask view, with the same headers (CORS, security) and the same access log
line. Everything else, including every other path, goes to the Flask app unchanged.

Under the production server (``inline=True`` and gunicorn's ``gunicorn.socket`` in the environ) the query
runs on the request thread, and at its deadline the executor's watcher writes the 503 straight onto the
connection (``Connection: close``) and shuts its sending side; when the evaluation ends later, the request
raises ``BrokenPipeError``, which gunicorn takes as a client gone and closes the connection.
"""

from __future__ import annotations

import errno
import io
import logging
import socket
import time
from email.utils import formatdate
from http import HTTPStatus
from urllib.parse import parse_qsl

import werkzeug.urls  # noqa: F401  (registers the "werkzeug.url_quote" codec error handler used below)

from .access import SECURITY_HEADERS, log_access
from .executor import AnsweredAtDeadline
from .protocol import CORS_HEADERS, Reply, answer, error_json, missing_query, update_refused
from .resultcache import ResultCache

log = logging.getLogger("kamergraaf.endpoint")

STATUS_LINES = {s.value: f"{s.value} {s.phrase}" for s in HTTPStatus}
FIXED_HEADERS = CORS_HEADERS + SECURITY_HEADERS
FORM = "application/x-www-form-urlencoded"
QUERY_BODY = "application/sparql-query"


def _params(text: str) -> dict[str, str]:
    """The first value of each parameter, decoded as werkzeug decodes ``request.args``/``request.form``."""
    found: dict[str, str] = {}
    for key, value in parse_qsl(text, keep_blank_values=True, errors="werkzeug.url_quote"):
        found.setdefault(key, value)
    return found


class SparqlFastPath:
    """WSGI middleware: answers the common ``/sparql`` requests itself, hands the rest to ``app``."""

    def __init__(self, app, settings, executor_getter, inline: bool = False, snapshot=None) -> None:
        self.app = app
        self.settings = settings
        self.executor = executor_getter
        self.limit = settings.max_body_bytes
        self.inline = inline  # queries on the request thread, the 503 at the deadline written on the socket
        self.snapshot = snapshot  # callable: True when the store cannot change while serving (resultcache.py)
        self.cache: ResultCache | None = None
        self._cache_decided = snapshot is None

    def __call__(self, environ, start_response):
        if environ.get("PATH_INFO") != "/sparql":
            return self.app(environ, start_response)
        started = time.perf_counter()
        method = environ.get("REQUEST_METHOD")
        query_string = environ.get("QUERY_STRING", "")
        if not query_string.isascii():
            return self.app(environ, start_response)
        if method == "GET":
            values = _params(query_string)
            if "update" in values:
                reply = update_refused()
            elif "query" not in values:  # service description, or a browser sent to the query page
                return self.app(environ, start_response)
            else:
                reply = self._answer(values["query"], values, environ, started)
        elif method == "POST":
            reply = self._post(environ, query_string, started)
            if reply is None:
                return self.app(environ, start_response)
        else:
            return self.app(environ, start_response)
        headers = [("Content-Type", reply.content_type), ("Content-Length", str(len(reply.body))),
                   *reply.headers, *FIXED_HEADERS]
        start_response(STATUS_LINES.get(reply.status) or f"{reply.status} Error", headers)
        log_access(method, "/sparql", reply.status, (time.perf_counter() - started) * 1000, reply.query_ms,
                   reply.query_status, len(reply.body), environ.get("REMOTE_ADDR"))
        return [reply.body]

    def _answer(self, query: str, values: dict[str, str], environ, started: float) -> Reply:
        if not self._cache_decided:
            self._decide_cache()
        accept = environ.get("HTTP_ACCEPT")
        if self.cache is not None:
            key = ResultCache.key(query, values, accept)
            hit = self.cache.get(key)
            if hit is not None:
                return hit
        sock = environ.get("gunicorn.socket") if self.inline else None
        late = _late_answer(sock, environ, started) if sock is not None else None
        try:
            reply = answer(query, values, accept, self.settings, self.executor(), late)
        except AnsweredAtDeadline:
            raise BrokenPipeError(errno.EPIPE, "answered 503 at the query's deadline") from None
        if self.cache is not None:
            self.cache.put(key, reply)
        return reply

    def _decide_cache(self) -> None:
        try:
            snapshot = bool(self.snapshot())
        except Exception as exc:  # the store cannot be opened now: no cache, decided again next time
            log.debug("result cache not decided: %s", exc)
            return
        self.cache = ResultCache() if snapshot else None
        self._cache_decided = True

    def _post(self, environ, query_string: str, started: float) -> Reply | None:
        """The reply to a POST this path reads, or None to leave the request to the Flask app."""
        mimetype = environ.get("CONTENT_TYPE", "").split(";", 1)[0].strip().lower()
        if mimetype not in (QUERY_BODY, FORM):
            return None
        length = environ.get("CONTENT_LENGTH", "")
        if not length.isdigit() or int(length) > self.limit or environ.get("HTTP_TRANSFER_ENCODING"):
            return None  # no length, or over the limit: the Flask app reads it (and answers 413)
        body = environ["wsgi.input"].read(int(length)) if int(length) else b""
        values = _params(query_string)
        if mimetype == QUERY_BODY:
            return self._answer(body.decode("utf-8", "replace"), values, environ, started)
        try:
            form = _params(body.decode())
        except UnicodeDecodeError:  # the Flask app reads (and refuses) it as before
            environ["wsgi.input"] = io.BytesIO(body)
            return None
        if "update" in form:
            return update_refused()
        if "query" not in form:
            return missing_query()
        for key, value in form.items():
            values.setdefault(key, value)
        return self._answer(form["query"], values, environ, started)


def _late_answer(sock, environ, started: float):
    """The callable that writes a 503 outcome on ``sock`` at the deadline (from the watcher thread)."""
    method, remote = environ.get("REQUEST_METHOD"), environ.get("REMOTE_ADDR")

    def write(outcome) -> None:
        body = error_json(outcome.status, outcome.code, outcome.message, outcome.hint)
        head = [f"HTTP/1.1 {STATUS_LINES[outcome.status]}", f"Date: {formatdate(usegmt=True)}",
                "Connection: close", "Content-Type: application/json", f"Content-Length: {len(body)}",
                *(f"{name}: {value}" for name, value in FIXED_HEADERS)]
        try:
            sock.sendall(("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + body)
            sock.shutdown(socket.SHUT_WR)
        except OSError as exc:  # the client left already
            log.info("the 503 at the deadline could not be sent to %s: %s", remote, exc)
        ms = (time.perf_counter() - started) * 1000
        log_access(method, "/sparql", outcome.status, ms, round(ms, 2), outcome.code, len(body), remote)

    return write
