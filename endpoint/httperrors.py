"""The one error shape of the endpoint, and the handlers that make sure no stack trace reaches a client.

Every error answer of the SPARQL endpoint and of RDF/JSON clients is::

    {"error": {"status": 400, "code": "malformed_query", "message": "...", "hint": "..."}}

with the HTTP status repeated in the body. A browser asking for a page gets the same fields as HTML.
"""

from __future__ import annotations

import logging

from flask import Flask, Response, render_template, request
from werkzeug.exceptions import HTTPException

from .formats import wants_html
from .protocol import error_json

log = logging.getLogger("kamergraaf.endpoint")

_CODES = {400: "bad_request", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
          406: "not_acceptable", 413: "body_too_large", 415: "unsupported_media_type", 500: "internal_error",
          503: "unavailable"}
_HINTS = {404: "Check the address; the home page links to every document.",
          405: "Use GET, or POST for /sparql.",
          413: "Send a shorter query; the whole dataset is on the downloads page.",
          415: "POST the query as application/sparql-query or as the form field 'query'.",
          500: "This is a bug in the server; the operator has the details in the log."}


def error_body(status: int, code: str, message: str, hint: str = "") -> dict:
    return {"error": {"status": status, "code": code, "message": message, "hint": hint}}


def error_response(status: int, code: str, message: str, hint: str = "", html: bool | None = None) -> Response:
    if html is None:
        html = not request.path.startswith("/sparql") and wants_html(request.headers.get("Accept"))
    if html:
        body = render_template("error.html", status=status, code=code, message=message, hint=hint)
        return Response(body, status=status, mimetype="text/html")
    return Response(error_json(status, code, message, hint), status=status, mimetype="application/json")


def install(app: Flask) -> None:
    """Register handlers so that every error, expected or not, answers in the shape above."""

    @app.errorhandler(HTTPException)
    def _http(exc: HTTPException):
        status = exc.code or 500
        message = exc.description or exc.name
        if status == 413:
            message = f"the request body is larger than {app.config['MAX_CONTENT_LENGTH']} bytes"
        return error_response(status, _CODES.get(status, "http_error"), message, _HINTS.get(status, ""))

    @app.errorhandler(Exception)
    def _bug(exc: Exception):
        log.exception("unhandled error on %s %s", request.method, request.path)
        return error_response(500, "internal_error", "the server failed to answer this request", _HINTS[500])
