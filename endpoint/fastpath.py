"""A lean WSGI path for the common ``/sparql`` requests, in front of the Flask app.

Flask's per-request machinery (request and app contexts, routing, the request and response objects, the
before/after hooks) costs several times what a small query does. The requests that make up the load on
an endpoint (GET with a ``query`` parameter, POST of an ``application/sparql-query`` body or of a plain
URL-encoded form, with a Content-Length within the limit) are read here and answered by the same
``protocol.answer`` as the Flask view, with the same headers (CORS, security) and the same access log
line. Everything else, including every other path, goes to the Flask app unchanged.
"""

from __future__ import annotations

import io
import time
from http import HTTPStatus
from urllib.parse import parse_qsl

import werkzeug.urls  # noqa: F401  (registers the "werkzeug.url_quote" codec error handler used below)

from .access import SECURITY_HEADERS, log_access
from .protocol import CORS_HEADERS, Reply, answer, missing_query, update_refused

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

    def __init__(self, app, settings, executor_getter) -> None:
        self.app = app
        self.settings = settings
        self.executor = executor_getter
        self.limit = settings.max_body_bytes

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
                reply = self._answer(values["query"], values, environ)
        elif method == "POST":
            reply = self._post(environ, query_string)
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

    def _answer(self, query: str, values: dict[str, str], environ) -> Reply:
        return answer(query, values, environ.get("HTTP_ACCEPT"), self.settings, self.executor())

    def _post(self, environ, query_string: str) -> Reply | None:
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
            return self._answer(body.decode("utf-8", "replace"), values, environ)
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
        return self._answer(form["query"], values, environ)
