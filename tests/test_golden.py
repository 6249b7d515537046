"""Golden graphs of the two seed documents, serialised canonically (sorted N-Triples, valid Turtle).

A changed mapping shows up as a diff here. After reviewing it, rewrite the files with
``KAMERGRAAF_REGEN_GOLDEN=1 pytest tests/test_golden.py`` and commit them with the change.
"""

from __future__ import annotations

import difflib
import os
from pathlib import Path

import pytest

from graph_fixtures import seed_000, seed_001
from kamergraaf.graph.rdf import document_graph
from kamergraaf.settings import Settings

GOLDEN = Path(__file__).parent / "golden"


def canonical(graph) -> str:
    lines = graph.serialize(format="nt", encoding="utf-8").decode("utf-8").splitlines()
    return "\n".join(sorted(line for line in lines if line.strip())) + "\n"


@pytest.mark.parametrize("name, make", [("seed_000", seed_000), ("seed_001", seed_001)])
def test_golden_graph(name, make):
    doc, analysis = make()
    got = canonical(document_graph(doc, analysis, Settings()))
    path = GOLDEN / f"{name}.ttl"
    if os.environ.get("KAMERGRAAF_REGEN_GOLDEN") == "1":
        path.write_text(got, encoding="utf-8")
    expected = path.read_text(encoding="utf-8")
    if got != expected:
        diff = "".join(difflib.unified_diff(expected.splitlines(True), got.splitlines(True), str(path), "now", n=0))
        pytest.fail(f"{path.name} differs from the golden graph (review, then regenerate):\n{diff[:6000]}")
