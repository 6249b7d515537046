"""The VoID counts of the dataset description, from per-graph counts instead of queries over the whole store.

Counting distinct triples, subjects and link targets over every graph with SPARQL reads the whole store:
minutes at a million quads on disk, at the end of every build, even one that changed a single document.
The published graphs never share a triple or a subject (a document graph's subjects hang under its IRI,
the shared graph describes the shared resources, the ontology graph the vocabulary), so the dataset's
counts are sums of per-graph counts, and its classes and properties unions of per-graph sets.

``graph_counts(ntriples)`` counts one graph's N-Triples (one line a triple, as Oxigraph writes them). A
document graph's counts are kept next to its export fragment (``graph.exportcache``), in
``<sha256>.counts.json``, named by the same hash as the fragment, so they are never stale; a graph whose counts
are not kept is counted from the store and its counts kept. The store's own small graphs are counted each time.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path

from kamergraaf.graph import exportcache

RDF_TYPE = b"<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
SUFFIX = ".counts.json"


def graph_counts(ntriples: bytes, link_prefixes: dict[str, str] | None = None) -> dict:
    """{"triples", "entities" (distinct IRI subjects), "classes", "properties" (sorted IRIs), "links"
    ({"<slug> <predicate IRI>": count} of triples whose object IRI starts with a prefix of ``link_prefixes``,
    rdf:type excluded)} of one graph's N-Triples."""
    subjects: set[bytes] = set()
    classes: set[bytes] = set()
    properties: set[bytes] = set()
    links: Counter = Counter()
    prefixes = [(slug, b"<" + prefix.encode()) for slug, prefix in (link_prefixes or {}).items()]
    triples = 0
    for line in ntriples.splitlines():
        if not line or line[:1] == b"#":
            continue
        subject, predicate, rest = line.split(b" ", 2)
        triples += 1
        properties.add(predicate)
        if subject[:1] == b"<":
            subjects.add(subject)
        if predicate == RDF_TYPE:
            classes.add(rest.rsplit(b" ", 1)[0])
        elif prefixes and rest[:1] == b"<":
            for slug, prefix in prefixes:
                if rest.startswith(prefix):
                    links[f"{slug} {predicate[1:-1].decode()}"] += 1
                    break
    return {"triples": triples, "entities": len(subjects),
            "classes": sorted(c[1:-1].decode() for c in classes if c[:1] == b"<"),
            "properties": sorted(p[1:-1].decode() for p in properties),
            "links": dict(sorted(links.items()))}


def add(total: dict, counts: dict) -> dict:
    """``counts`` added into ``total`` (sums and unions)."""
    total["triples"] = total.get("triples", 0) + counts["triples"]
    total["entities"] = total.get("entities", 0) + counts["entities"]
    total["classes"] = sorted(set(total.get("classes", ())) | set(counts["classes"]))
    total["properties"] = sorted(set(total.get("properties", ())) | set(counts["properties"]))
    links = Counter(total.get("links", {}))
    links.update(counts["links"])
    total["links"] = dict(sorted(links.items()))
    return total


def _kept(where: Path | None, digest: str | None, prefixes: dict[str, str]) -> dict | None:
    if where is None or not digest:
        return None
    try:
        kept = json.loads((where / f"{digest}{SUFFIX}").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return kept.get("counts") if kept.get("prefixes") == prefixes else None


def _keep(where: Path | None, digest: str | None, prefixes: dict[str, str], counts: dict) -> None:
    if where is None or not digest or not where.is_dir():
        return
    try:
        path = where / f"{digest}{SUFFIX}"
        tmp = path.with_name(f".{path.name}.tmp")
        tmp.write_text(json.dumps({"prefixes": prefixes, "counts": counts}), encoding="utf-8")
        tmp.replace(path)
    except OSError:
        pass  # counted again next time


def document_counts(store, graph_iri: str, record: dict, prefixes: dict[str, str]) -> dict:
    """One document graph's counts: kept ones when the record names them, else counted (and kept)."""
    where, digest = exportcache.folder(store), record.get("content_sha256")
    counts = _kept(where, digest, prefixes)
    if counts is None:
        nt = store.dump("ntriples", graph_iri)
        counts = graph_counts(nt, prefixes)
        if digest and hashlib.sha256(exportcache.canonical(nt)).hexdigest() == digest:
            _keep(where, digest, prefixes, counts)
    return counts


def keep_for_fragment(store, digest: str | None, ntriples: bytes, prefixes: dict[str, str]) -> None:
    """Count a document graph the build is writing and keep its counts with its fragment."""
    if digest:
        _keep(exportcache.folder(store), digest, prefixes, graph_counts(ntriples, prefixes))


def dataset_counts(store, published_own: list[str], no_links: set[str], prefixes: dict[str, str]) -> dict:
    """The counts of every document graph plus the store's own graphs ``published_own`` (those in
    ``no_links`` counted without linksets: the ontology)."""
    total: dict = {"triples": 0, "entities": 0, "classes": [], "properties": [], "links": {}}
    for graph_iri, record in store.build_records().items():
        add(total, document_counts(store, graph_iri, record, prefixes))
    for graph_iri in published_own:
        nt = store.dump("ntriples", graph_iri)
        add(total, graph_counts(nt, {} if graph_iri in no_links else prefixes))
    return total
