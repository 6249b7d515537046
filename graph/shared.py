"""Document graphs and the shared graph: which triples belong where, and which shared ones are still used.

A document's named graph holds only the document's own triples: those whose subject is the document node
or hangs under it (``{doc}/vraag/1``). Every other triple describes a shared resource (an agency, country,
person, law, Kamerstuk, unit) and is kept once in the shared graph (``iri.graph(base, "gedeeld")``), so the
union default graph holds each shared description once, whatever the number of documents naming it.

The shared descriptions are made by ``graph.resources`` from a resource key and, for labels, the text the
document gives, so two documents can disagree on a label (a Kamerstuk cited as "TK 2023/24, 31 839, nr. 1024"
in one and "Kamerstukken II, 2023/2024, 31 839, nr. 1024" in another; a person's name written two ways):
everything else is a function of the key. The shared graph holds the set union, with one preferred label
(per language) and one name per resource: the smallest, the others as skos:altLabel (``normalise_update``,
run in the same transaction as each write), so the result does not depend on the order of the documents.
``prune_update`` drops the descriptions of resources no document refers to any more; a label that only a
removed document gave stays while other documents still refer to the resource (a build into a new store
gives the exact union of the present documents).

All functions here take plain data (N-Triples bytes, sets of IRIs) or a store, and return plain data.
"""

from __future__ import annotations

import re
from collections import defaultdict

import pyoxigraph as ox

from kamergraaf.graph.store import BUILD_NS, store_graphs


def is_own(subject: str, doc_iri: str) -> bool:
    """True for the document node and the nodes under it (not for ``{doc}0``, another document)."""
    return subject == doc_iri or subject.startswith(doc_iri + "/") or subject.startswith(doc_iri + "#")


def split(ntriples: bytes, doc_iri: str) -> tuple[bytes, bytes, int, int]:
    """(own N-Triples, shared N-Triples, own count, shared count) of a document's sorted N-Triples lines."""
    own: list[bytes] = []
    shared: list[bytes] = []
    for line in ntriples.splitlines():
        if not line.strip():
            continue
        if line.startswith(b"<"):
            subject = line[1:line.index(b">")].decode("utf-8")
            (own if is_own(subject, doc_iri) else shared).append(line)
        else:  # a blank-node subject: the mapping makes none, keep it with the document
            own.append(line)

    def text(lines: list[bytes]) -> bytes:
        return b"\n".join(lines) + b"\n" if lines else b""

    return text(own), text(shared), len(own), len(shared)


def iri_objects(triples) -> set[str]:
    return {t.object.value for t in triples if isinstance(t.object, ox.NamedNode)}


def closure(roots: set[str], shared_triples) -> list:
    """The shared triples describing the resources reachable from ``roots`` (IRIs a document refers to),
    following links between shared resources (an article to its law)."""
    by_subject: dict[str, list] = defaultdict(list)
    for t in shared_triples:
        if isinstance(t.subject, ox.NamedNode):
            by_subject[t.subject.value].append(t)
    seen: set[str] = set()
    todo = [r for r in roots if r in by_subject]
    out: list = []
    while todo:
        s = todo.pop()
        if s in seen:
            continue
        seen.add(s)
        for t in by_subject[s]:
            out.append(t)
            if isinstance(t.object, ox.NamedNode) and t.object.value in by_subject and t.object.value not in seen:
                todo.append(t.object.value)
    return out


def parse_triples(ntriples: bytes) -> list:
    return [getattr(t, "triple", t) for t in ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES)] if ntriples else []


def used_by(doc_ntriples: bytes, shared_ntriples: bytes) -> list:
    """The shared triples one document uses (to validate or export it on its own)."""
    return closure(iri_objects(parse_triples(doc_ntriples)), parse_triples(shared_ntriples))


# ---- one preferred label per shared resource -----------------------------------------------------------

SKOS = "http://www.w3.org/2004/02/skos/core#"
_SUBJECT = re.compile(r"^<([^<>\s]+)>", re.MULTILINE)
FOAF_NAME = "http://xmlns.com/foaf/0.1/name"


def subjects_of(shared: bytes | str) -> list[str]:
    text = shared.decode("utf-8") if isinstance(shared, bytes) else shared
    return sorted({m.group(1) for m in _SUBJECT.finditer(text)})


def normalise_update(shared_graph: str, subjects: list[str]) -> str:
    """SPARQL update run with each write to the shared graph: of the preferred labels (per language) and
    names two documents gave one resource, the smallest stays preferred and the others become
    skos:altLabel; an alternative label equal to the preferred one is dropped. So the shared graph holds
    one preferred label per resource (as the shapes ask) whatever the order documents are written in, and
    it is the one the example queries' MIN(?label) picked before."""
    if not subjects:
        return ""
    values = "VALUES ?s { " + " ".join(f"<{s}>" for s in subjects) + " }"
    g, pref, alt = f"<{shared_graph}>", f"<{SKOS}prefLabel>", f"<{SKOS}altLabel>"
    return (
        f"DELETE {{ GRAPH {g} {{ ?s {pref} ?l }} }} INSERT {{ GRAPH {g} {{ ?s {alt} ?l }} }} WHERE {{ {values} "
        f"GRAPH {g} {{ ?s {pref} ?l , ?m }} FILTER(LANG(?l) = LANG(?m) && STR(?m) < STR(?l)) }} ;\n"
        f"DELETE {{ GRAPH {g} {{ ?s <{FOAF_NAME}> ?l }} }} INSERT {{ GRAPH {g} {{ ?s {alt} ?l }} }} WHERE {{ {values} "
        f"GRAPH {g} {{ ?s <{FOAF_NAME}> ?l , ?m }} FILTER(STR(?m) < STR(?l)) }} ;\n"
        f"DELETE {{ GRAPH {g} {{ ?s {alt} ?l }} }} WHERE {{ {values} "
        f"GRAPH {g} {{ ?s {alt} ?l {{ ?s {pref} ?l }} UNION {{ ?s <{FOAF_NAME}> ?l }} }} }}"
    )


# ---- pruning descriptions no document uses -------------------------------------------------------------

BUILD_SHA = f"{BUILD_NS}sha256"


def referenced_query(base_iri: str) -> str:
    """IRIs that the document graphs (those with a build record) refer to and the shared graph describes."""
    names = store_graphs(base_iri)
    return (f"SELECT DISTINCT ?o WHERE {{ GRAPH <{names['builds']}> {{ ?g <{BUILD_SHA}> ?sha }} "
            f"GRAPH ?g {{ ?s ?p ?o }} FILTER(isIRI(?o)) FILTER EXISTS {{ GRAPH <{names['shared']}> {{ ?o ?q ?v }} }} }}")


def prune_update(store, base_iri: str) -> tuple[str | None, int]:
    """(SPARQL update deleting the shared descriptions no document refers to, number of resources), or
    (None, 0) when every shared description is still used."""
    shared = store_graphs(base_iri)["shared"]
    triples = list(store.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{shared}> {{ ?s ?p ?o }} }}"))
    subjects = {t.subject.value for t in triples if isinstance(t.subject, ox.NamedNode)}
    if not subjects:
        return None, 0
    roots = {row["o"].value for row in store.query(referenced_query(base_iri))}
    kept = {t.subject.value for t in closure(roots, triples)}
    stale = sorted(subjects - kept)
    if not stale:
        return None, 0
    values = " ".join(f"<{s}>" for s in stale)
    return (f"DELETE {{ GRAPH <{shared}> {{ ?s ?p ?o }} }} WHERE {{ VALUES ?s {{ {values} }} "
            f"GRAPH <{shared}> {{ ?s ?p ?o }} }}"), len(stale)
