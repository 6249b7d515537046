"""One build at a time per store: an advisory lock file holding the builder's pid.

The lock is ``fcntl.flock`` on ``<store>/kamergraaf-build.lock`` (for a remote store: a file named after
the endpoint URL in the temporary directory), so it is released by the operating system when the
process ends, even when it is killed; the pid written in the file only serves the error message.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kamergraaf.errors import StoreError, StoreLocked
from kamergraaf.settings import Settings

LOCK_NAME = "kamergraaf-build.lock"


def lock_path(settings: Settings) -> Path:
    if settings.store_url:
        digest = hashlib.sha256(settings.store_url.encode("utf-8")).hexdigest()[:16]
        return Path(tempfile.gettempdir()) / f"kamergraaf-build-{digest}.lock"
    return Path(settings.store) / LOCK_NAME


def lock_owner(store_dir: Path) -> str | None:
    """The pid written in a store's lock file, if any."""
    try:
        return (Path(store_dir) / LOCK_NAME).read_text(encoding="ascii").strip() or None
    except OSError:
        return None


@contextmanager
def build_lock(settings: Settings) -> Iterator[Path]:
    """Hold the build lock of the store for the duration of the block; StoreLocked if another build has it."""
    path = lock_path(settings)
    if not settings.store_url:
        from kamergraaf.graph.store import refuse_foreign_directory

        refuse_foreign_directory(path.parent)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise StoreError(f"cannot create the store directory or its lock file {path}: {exc.strerror or exc}.",
                         "Give a --store directory that can be created and written (not under a file, "
                         "with write permission).") from exc
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            owner = os.pread(fd, 64, 0).decode("ascii", "replace").strip()
            where = settings.store_url or settings.store
            raise StoreLocked(
                f"another build is running against store {where}" + (f" (pid {owner})" if owner else "")
                + f"; lock file {path}.",
                "Wait for it to finish, or build into another --store directory.") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        try:
            yield path
        finally:
            os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)
