"""A read-only view of a ``pyoxigraph.Store`` with the interface of ``kamergraaf.graph.store``.

Lets the endpoint serve a store object handed to ``create_app`` (an in-memory store in tests, an
application embedding the endpoint) with the same calls the endpoint makes on the project's store:
``query``, ``query_serialized``, ``graphs``, ``build_record``, ``dump``, ``close``. The default graph of a
query is the union of the named graphs.
"""

from __future__ import annotations

import pyoxigraph as ox

from kamergraaf.errors import QueryError

from .formats import RESULT_FORMATS, by_name, pyoxigraph_rdf_format, pyoxigraph_result_format


class OxigraphReader:
    """Reads a ``pyoxigraph.Store``; never writes to it."""

    def __init__(self, store: ox.Store) -> None:
        self._store = store

    def query(self, sparql: str, timeout: float | None = None):
        try:
            return self._store.query(sparql, use_default_graph_as_union=True)
        except SyntaxError as exc:
            raise QueryError(f"malformed SPARQL query: {exc}",
                             "Check the query near the position named.") from exc

    def query_serialized(self, sparql: str, fmt: str) -> bytes:
        result = self.query(sparql)
        if isinstance(result, ox.QueryTriples):
            return ox.serialize(result, format=pyoxigraph_rdf_format(fmt))
        return result.serialize(format=pyoxigraph_result_format(by_name(RESULT_FORMATS, fmt)))

    def graphs(self) -> list[str]:
        return sorted(g.value for g in self._store.named_graphs() if isinstance(g, ox.NamedNode))

    def build_record(self, graph_iri: str) -> dict | None:
        return None

    def dump(self, fmt: str, graph_iri: str | None = None) -> bytes:
        rdf = pyoxigraph_rdf_format(fmt)
        if graph_iri is not None:
            return self._store.dump(format=rdf, from_graph=ox.NamedNode(graph_iri))
        if rdf.supports_datasets:
            return self._store.dump(format=rdf)
        triples = (ox.Triple(q.subject, q.predicate, q.object) for q in self._store)
        return ox.serialize(triples, format=rdf)

    def close(self) -> None:
        pass
