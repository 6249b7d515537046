"""Answers kept for repeated queries, when the store cannot change under them.

A server that answers from an in-memory copy of the store (``graph.memory``) serves a snapshot: the same
query with the same parameters and ``Accept`` header gets the same bytes until the server restarts. The
requests that make up most of an endpoint's load repeat (a resource page's lookups, the example queries,
a dashboard polling one figure), so the lean ``/sparql`` path keeps each successful reply here, up to
``MAX_REPLY_BYTES`` a reply and ``MAX_TOTAL_BYTES`` in all per worker process, least recently used out
first. A store read from disk or from a remote server may change while serving, so nothing is kept then.

A reply from the cache carries ``X-Query-Time: 0ms`` and ``X-Cache: hit``; the access log shows it as
query status ``cached``.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import replace

from .protocol import Reply

MAX_REPLY_BYTES = 1 << 20
MAX_TOTAL_BYTES = 64 << 20
MAX_ENTRIES = 4096


class ResultCache:
    """A bounded LRU of ``Reply`` objects by request key; safe for the request threads of one process."""

    def __init__(self, max_total: int = MAX_TOTAL_BYTES, max_reply: int = MAX_REPLY_BYTES,
                 max_entries: int = MAX_ENTRIES) -> None:
        self._items: OrderedDict[tuple, Reply] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()
        self.max_total, self.max_reply, self.max_entries = max_total, max_reply, max_entries
        self.hits = self.misses = 0

    @staticmethod
    def key(query: str, values: dict[str, str], accept: str | None) -> tuple:
        """The request's key: the query text, the other parameters, the Accept header (whichever door the
        query came by: GET, POST of a form, or POST of the query itself)."""
        return query, tuple(sorted((k, v) for k, v in values.items() if k != "query")), accept

    def get(self, key: tuple) -> Reply | None:
        with self._lock:
            reply = self._items.get(key)
            if reply is None:
                self.misses += 1
                return None
            self._items.move_to_end(key)
            self.hits += 1
            return reply

    def put(self, key: tuple, reply: Reply) -> None:
        """Keep a successful reply (status 200, body within ``max_reply``) as a cache hit will give it."""
        size = len(reply.body)
        if reply.status != 200 or size > self.max_reply:
            return
        headers = tuple(h for h in reply.headers if h[0] != "X-Query-Time") + (
            ("X-Query-Time", "0ms"), ("X-Cache", "hit"))
        kept = replace(reply, headers=headers, query_ms=0.0, query_status="cached")
        with self._lock:
            old = self._items.pop(key, None)
            if old is not None:
                self._bytes -= len(old.body)
            self._items[key] = kept
            self._bytes += size
            while self._items and (self._bytes > self.max_total or len(self._items) > self.max_entries):
                _, dropped = self._items.popitem(last=False)
                self._bytes -= len(dropped.body)

    def __len__(self) -> int:
        return len(self._items)

    @property
    def size_bytes(self) -> int:
        return self._bytes
