"""The endpoint's one door to the store: ``open_read_only(settings)`` and the store's build state.

The store itself (embedded Oxigraph or a remote SPARQL server) is ``kamergraaf.graph.store``; the endpoint
only reads. ``state_key`` names the store's current content so that generated downloads can be cached
on disk and regenerated when the store is rebuilt.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from pathlib import Path

from kamergraaf.errors import StoreError
from kamergraaf.settings import Settings


_COPIES: dict[tuple[str, str], object] = {}  # in-memory copies made by ``preload``, by (store, base IRI)


def preload(settings: Settings, log=None) -> bool:
    """Copy the embedded store of ``settings`` into memory once, in this process, when its setting
    ``serve_from_memory`` says so: the server calls this before it forks its workers, which then share the
    copy. True when a copy was made. ``log``: a function that takes one line of progress."""
    if settings.store_url:
        return False
    from kamergraaf.graph.memory import memory_copy, should_copy
    from kamergraaf.graph.store import open_store

    store = open_store(settings, read_only=True)
    try:
        copy, why = should_copy(store, settings.serve_from_memory)
        if not copy:
            if log:
                log(f"serving from the disk store ({why})")
            return False
        started = time.perf_counter()
        _COPIES[(os.path.abspath(settings.store), settings.base_iri)] = memory_copy(store)
    finally:
        store.close()
    if log:
        log(f"serving from memory: the store copied in {time.perf_counter() - started:.1f} s ({why})")
    return True


def open_read_only(settings: Settings):
    """The store of ``settings`` opened for reading (embedded directory or remote endpoint): the in-memory
    copy ``preload`` made of it in this process (or before the fork), if any."""
    copy = _COPIES.get((os.path.abspath(settings.store), settings.base_iri)) if not settings.store_url else None
    if copy is not None:
        return copy
    if not settings.store_url and not Path(settings.store).is_dir():
        raise StoreError(f"no store at {settings.store}",
                         "Build one with `kamergraaf build --store DIR`, or give --store / --store-url.")
    try:
        from kamergraaf.graph.store import open_store
    except ImportError:  # the project's store module not installed: read the Oxigraph directory directly
        import pyoxigraph

        from .memstore import OxigraphReader

        if settings.store_url:
            raise StoreError("a remote store needs kamergraaf.graph.store, which is missing") from None
        try:
            return OxigraphReader(pyoxigraph.Store.read_only(settings.store))
        except OSError as exc:
            raise StoreError(f"cannot open the store {settings.store}: {exc}") from exc
    return open_store(settings, read_only=True)


def state_key(store, settings: Settings) -> str:
    """A short hash that changes whenever the store's content may have changed."""
    h = hashlib.sha256()
    h.update((settings.store_url or os.path.abspath(settings.store)).encode())
    h.update(settings.base_iri.encode())
    try:
        graphs = sorted(store.graphs())
    except (OSError, StoreError) as exc:
        raise StoreError(f"cannot list the graphs of the store: {exc}") from exc
    for g in graphs:
        h.update(g.encode())
        record = store.build_record(g) if hasattr(store, "build_record") else None
        h.update(json.dumps(record, sort_keys=True, default=str).encode())
    return h.hexdigest()[:16]


def download_cache_dir(settings: Settings) -> Path:
    """Where generated downloads are kept: next to the embedded store, else a per-user cache folder."""
    if settings.store_url:
        base = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "kamergraaf"
        return base / hashlib.sha256(settings.store_url.encode()).hexdigest()[:12]
    store = Path(settings.store).resolve()
    return store.parent / f".{store.name}-downloads"
