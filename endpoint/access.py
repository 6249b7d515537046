"""What every response carries and what every request leaves in the log, shared by the Flask app and the
lean ``/sparql`` path: the security headers, and the access log, one JSON line per request with its time.
"""

from __future__ import annotations

import json
import logging
import time

access_log = logging.getLogger("kamergraaf.access")

SECURITY_HEADERS = (
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "strict-origin-when-cross-origin"),
    ("X-Frame-Options", "DENY"),
)
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")

_encode = json.JSONEncoder(ensure_ascii=True, separators=(", ", ": ")).encode
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
    access_log.info(_encode({
        "time": utc_time(), "method": method, "path": path, "status": status, "ms": round(ms, 2),
        "query_ms": query_ms, "query_status": query_status, "bytes": size, "remote": remote,
    }))
