"""Servers the tests start on 127.0.0.1: a free port, and `oxigraph serve` (the oxigraph package of the test
extra) as a remote SPARQL 1.1 store. Imported by the test modules (pytest puts tests/ on sys.path)."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def oxigraph_binary() -> str:
    found = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    assert Path(found).exists(), "the oxigraph server is part of the test extra: pip install -e '.[test]'"
    return found


@contextmanager
def oxigraph_server(location: Path, timeout: float = 30) -> Iterator[str]:
    """`oxigraph serve` on a free port over ``location``; yields its SPARQL query URL, stops it afterwards."""
    port = free_port()
    proc = subprocess.Popen([oxigraph_binary(), "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}/query"
    deadline = time.monotonic() + timeout
    while True:
        try:
            urllib.request.urlopen(f"{url}?query=ASK%7B%7D", timeout=2).read()
            break
        except (urllib.error.URLError, OSError):
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail(f"oxigraph serve did not start: {proc.stderr.read().decode(errors='replace')}")
            time.sleep(0.1)
    try:
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)
