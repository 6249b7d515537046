"""IRI minting (kamergraaf.graph.iri) over generated ids, keys, markers and spans: deterministic (the same
input gives the same IRI, in this process and in a fresh interpreter), injective across every kind of
resource at once (two different resources never share an IRI), valid as IRIs, and inverted by ``parse``.
tests/test_iri.py checks each kind on its own; here all kinds are minted together."""

from __future__ import annotations

import subprocess
import sys

import pyoxigraph as ox
from hypothesis import HealthCheck, given, settings, strategies as st

from kamergraaf.graph import iri

settings.register_profile("kamergraaf-iri", derandomize=True, deadline=None, database=None,
                          suppress_health_check=[HealthCheck.too_slow])
PROFILE = settings.get_profile("kamergraaf-iri")

BASE = "https://w3id.org/kamergraaf/"
TEXT = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=12)
IDS = TEXT | st.sampled_from(["ah-tk-20232024-1481", "kst-36600-XX-5", "a/b", "a%2Fb", "%", " ", "..", "?", "#"])
NUMBERS = st.lists(st.integers(0, 999), min_size=1, max_size=3)
SPANS = st.tuples(st.integers(0, 10**6), st.integers(0, 10**6)).map(sorted)
ISO3 = st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=3, max_size=3)


def resources():
    """(description, mint) of every kind of resource: descriptions differ exactly when the resources do."""
    doc = st.tuples(st.just("document"), IDS)
    part = st.one_of(
        st.tuples(st.just("question"), NUMBERS.map(lambda n: "q" + "-".join(map(str, n)))),
        st.tuples(st.just("answer"), NUMBERS.map(lambda n: "a" + "-".join(map(str, n)))),
        st.tuples(st.just("footnote"), TEXT),
        st.tuples(st.just("figure"), SPANS),
        st.tuples(st.just("mention"), SPANS, st.none() | st.sampled_from(["act", "agency", "country", "a/b"])),
        st.tuples(st.just("participation"), st.sampled_from(["asker", "respondent"]), TEXT),
    )
    shared = st.one_of(
        st.tuples(st.sampled_from(["agency", "kamerstuk", "aanhangsel", "person", "unit"]), IDS),
        st.tuples(st.just("regeling"), st.lists(st.text(st.characters(blacklist_characters="/",
                                                                      blacklist_categories=("Cs",)),
                                                        min_size=1, max_size=6), min_size=1, max_size=3)
                  .map("/".join)),
        st.tuples(st.just("country"), ISO3),
        st.tuples(st.just("graph"), st.sampled_from(["ontologie", "dataset", "runs"])),
        st.tuples(st.just("dataset")),
    )
    return st.one_of(st.tuples(st.just("doc"), doc, st.none() | part), st.tuples(st.just("shared"), shared))


def mint(resource) -> str:
    if resource[0] == "doc":
        _, (_, docid), part = resource
        d = iri.document(BASE, docid)
        if part is None:
            return d
        kind, *args = part
        if kind in ("figure", "mention"):
            (start, end), *rest = args
            return iri.figure(d, start, end) if kind == "figure" else iri.mention(d, start, end, *rest)
        return getattr(iri, kind)(d, *args)
    kind, *args = resource[1]
    if kind == "dataset":
        return iri.dataset(BASE)
    return getattr(iri, kind)(BASE, *args)


def canonical(resource):
    """The resource as plain, comparable data (``mention`` without kind equals ``mention`` with None)."""
    return repr(resource)


@settings(PROFILE, max_examples=150)
@given(st.lists(resources(), min_size=2, max_size=12, unique_by=canonical))
def test_minting_is_injective_across_all_kinds(found):
    minted = [mint(r) for r in found]
    clashes = {m for m in minted if minted.count(m) > 1}
    assert not clashes, [(r, m) for r, m in zip(found, minted) if m in clashes]
    for m in minted:
        assert m == mint(found[minted.index(m)])  # deterministic within the process
        ox.NamedNode(m)  # a valid IRI for the store (raises ValueError otherwise)
        assert iri.parse(m, BASE)  # every minted IRI is one parse() knows


DETERMINISM = """
import json, sys
from kamergraaf.graph import iri
base = "https://w3id.org/kamergraaf/"
for docid, marker, agency in json.loads(sys.stdin.read()):
    d = iri.document(base, docid)
    print(d, iri.footnote(d, marker), iri.agency(base, agency), iri.run(base, "a" * 64, docid))
"""


@settings(PROFILE, max_examples=1)
@given(st.lists(st.tuples(IDS, TEXT, IDS), min_size=20, max_size=20))
def test_minting_is_the_same_in_a_fresh_interpreter(rows):
    """No dependence on hash seeds, dictionary order or process state."""
    import json

    here = "".join(f"{d} {iri.footnote(d, m)} {iri.agency(BASE, a)} {iri.run(BASE, 'a' * 64, i)}\n"
                   for i, m, a in rows for d in [iri.document(BASE, i)])
    other = subprocess.run([sys.executable, "-c", DETERMINISM], input=json.dumps(rows), capture_output=True,
                           text=True, timeout=60, env={"PYTHONHASHSEED": "12345", "PATH": ""})
    assert other.returncode == 0, other.stderr
    assert other.stdout == here
