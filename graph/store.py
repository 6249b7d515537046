"""The store: an embedded Oxigraph directory, or a remote SPARQL 1.1 server. One interface for both.

Layout: one named graph per document (its IRI is the document's IRI), plus a few graphs of the
dataset's own: the ontology, the DCAT/VoID description, and the build records (prov:Activity per
extraction run), each under a fixed IRI from ``kamergraaf.graph.iri``.

Contract used by the pipeline and the endpoint (keep it stable):

    open_store(settings, read_only=False) -> Store

    Store.query(sparql: str, timeout: float | None = None)
        SELECT -> pyoxigraph.QuerySolutions, ASK -> pyoxigraph.QueryBoolean, CONSTRUCT/DESCRIBE ->
        pyoxigraph.QueryTriples (the default graph is the union of all named graphs).
        Raises kamergraaf.errors.QueryError on a malformed query (message from the parser).
    Store.query_serialized(sparql, fmt) -> bytes     fmt: json|csv|tsv|xml (SELECT/ASK) or a graph format
    Store.replace_graph(graph_iri: str, ntriples: bytes, record: dict) -> None
        atomically replaces one named graph and its build record (sha256, software version, time)
    Store.build_record(graph_iri) -> dict | None     what replace_graph stored (to skip unchanged input)
    Store.graphs() -> list[str]                      the document graphs
    Store.dump(fmt: str, graph_iri: str | None = None) -> bytes   turtle|ntriples|nquads|jsonld|rdfxml
    Store.close() -> None
"""
