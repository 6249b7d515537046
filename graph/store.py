"""The store: an embedded Oxigraph directory, or a remote SPARQL 1.1 server. One interface for both.

Layout: one named graph per document (its IRI is the document's IRI) holding only the document's own
triples (subjects: the document node and the nodes under its IRI), plus four graphs of the dataset's own,
minted by ``kamergraaf.graph.iri.graph`` (``store_graphs(base_iri)``): ``<base>graaf/ontologie`` (the
ontology, with the concept schemes' notations), ``<base>graaf/gedeeld`` (the shared resources the
documents refer to, each described once; see ``graph.shared``), ``<base>graaf/dataset`` (the DCAT/VoID
description) and ``<base>graaf/runs`` (one build record per document graph, the prov:Activity of its
extraction run, and the store's format version as ``<base>graaf/runs build:formatVersion "2"``).

Contract used by the pipeline and the endpoint (keep it stable):

    open_store(settings, read_only=False) -> Store    remote (graph.remote) when settings.store_url is set

    Store.query(sparql: str, timeout: float | None = None)
        SELECT -> pyoxigraph.QuerySolutions, ASK -> pyoxigraph.QueryBoolean, CONSTRUCT/DESCRIBE ->
        pyoxigraph.QueryTriples (the default graph is the union of all named graphs).
        Raises kamergraaf.errors.QueryError on a malformed query (message from the parser).
        ``timeout`` bounds the HTTP request of a remote store; the embedded store ignores it.
    Store.query_serialized(sparql, fmt) -> bytes     fmt: json|csv|tsv|xml (SELECT/ASK) or a graph format
    Store.replace_graph(graph_iri: str, ntriples: bytes, record: dict, shared: bytes = b"") -> None
        atomically replaces one named graph and its build record, and adds ``shared`` (N-Triples of the
        shared resources the document refers to) to the shared graph (a set union). ``record`` holds strings/ints:
        sha256 (of the input file), software_version, time (ISO 8601), source_name, source_path,
        file_documents (documents read from that file); optional ``content_sha256`` (of the graph's canonical
        N-Triples, naming its export fragment, see graph.exportcache) and ``prov``: N-Triples bytes of the
        extraction run (prov:Activity), kept in the builds graph and replaced with the record.
    Store.put_graph(graph_iri, ntriples) -> None     replace one of the dataset's own graphs (no record)
    Store.remove_document(graph_iri) -> None          drop a document graph and its build record
    Store.prune_shared() -> int                      drop shared descriptions no document refers to; how many
    Store.build_record(graph_iri) -> dict | None     what replace_graph stored (to skip unchanged input)
    Store.build_records() -> dict[str, dict]          every document graph's record, by graph IRI
    Store.graphs() -> list[str]                      the document graphs (those with a build record)
    Store.dump(fmt: str, graph_iri: str | None = None) -> bytes   turtle|ntriples|nquads|jsonld|rdfxml|trig
    Store.close() -> None

Embedded store: ``replace_graph`` is one SPARQL update (drop graph, delete record, insert data, add the
shared descriptions), which
Oxigraph applies in one transaction, so a process killed mid-build leaves whole documents only.
``open_store`` raises kamergraaf.errors.StoreError for a missing directory (read-only), a directory
written by another format version, or one Oxigraph cannot open; StoreLocked when another process
holds it. Concurrent builds are refused earlier by ``graph.lock.build_lock``.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from kamergraaf.errors import QueryError, StoreError, StoreLocked
from kamergraaf.graph import iri
from kamergraaf.settings import Settings

FORMAT_VERSION = "2"  # 2: shared resources in one shared graph, not in every document graph
BUILD_NS = "https://w3id.org/kamergraaf/build#"  # bookkeeping terms of the builds graph (not published vocabulary)
XSD = "http://www.w3.org/2001/XMLSchema#"
RECORD_FIELDS = ("sha256", "software_version", "time", "source_name", "source_path", "file_documents",
                 "content_sha256")  # the last: SHA-256 of the graph's canonical N-Triples (graph.exportcache)

RDF_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE, "ttl": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES, "nt": ox.RdfFormat.N_TRIPLES,
    "nquads": ox.RdfFormat.N_QUADS, "nq": ox.RdfFormat.N_QUADS,
    "jsonld": ox.RdfFormat.JSON_LD, "rdfxml": ox.RdfFormat.RDF_XML, "xml+rdf": ox.RdfFormat.RDF_XML,
    "trig": ox.RdfFormat.TRIG,
}
RESULT_FORMATS = {
    "json": ox.QueryResultsFormat.JSON, "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV, "xml": ox.QueryResultsFormat.XML,
}


def store_graphs(base_iri: str) -> dict[str, str]:
    """The fixed IRIs of the dataset's own graphs; ``store`` (the format version's graph) is ``builds``."""
    runs = iri.graph(base_iri, "runs")
    return {"ontology": iri.graph(base_iri, "ontologie"), "dataset": iri.graph(base_iri, "dataset"),
            "shared": iri.graph(base_iri, "gedeeld"), "builds": runs, "store": runs}


def open_store(settings: Settings, read_only: bool = False):
    if settings.store_url:
        from kamergraaf.graph.remote import RemoteStore

        return RemoteStore(settings)
    return EmbeddedStore(settings.store, settings.base_iri, read_only=read_only)


# ---- helpers shared with the remote store -------------------------------------------------------


def _lit(value: object) -> str:
    if isinstance(value, bool):
        return f'"{str(value).lower()}"^^<{XSD}boolean>'
    if isinstance(value, int):
        return f'"{value}"^^<{XSD}integer>'
    return str(ox.Literal(str(value)))


def record_ntriples(graph_iri: str, record: dict) -> str:
    """The build record of one document graph as N-Triples (subject: the graph IRI)."""
    g = f"<{graph_iri}>"
    lines = [f"{g} <{BUILD_NS}{k}> {_lit(record[k])} ." for k in RECORD_FIELDS if record.get(k) is not None]
    prov = record.get("prov") or b""
    if prov:
        prov_text = prov.decode("utf-8") if isinstance(prov, bytes) else prov
        subjects = {t.subject for t in ox.parse(prov_text, format=ox.RdfFormat.N_TRIPLES)}
        lines += [f"{g} <{BUILD_NS}provNode> {s} ." for s in sorted(map(str, subjects))]
        lines.append(prov_text)
    return "\n".join(lines) + "\n"


def delete_record_update(graph_iri: str, builds: str) -> str:
    """SPARQL update removing a document's build record and the prov nodes only it refers to."""
    g = f"<{graph_iri}>"
    return (
        f"DELETE {{ GRAPH <{builds}> {{ ?s ?p ?o }} }} WHERE {{ GRAPH <{builds}> {{ {g} <{BUILD_NS}provNode> ?s . ?s ?p ?o "
        f"FILTER NOT EXISTS {{ ?other <{BUILD_NS}provNode> ?s FILTER(?other != {g}) }} }} }} ;\n"
        f"DELETE WHERE {{ GRAPH <{builds}> {{ {g} ?p ?o }} }}"
    )


def _text(data: bytes | str) -> str:
    return data.decode("utf-8") if isinstance(data, bytes) else data


def shared_insert(shared_graph: str, shared: bytes | str) -> str:
    """The INSERT DATA block adding shared descriptions (empty when there are none)."""
    return f"GRAPH <{shared_graph}> {{\n{_text(shared)}\n}}\n" if shared else ""


def shared_normalise(shared_graph: str, shared: bytes | str) -> str:
    """`` ;`` and the update keeping one preferred label per shared resource written (see graph.shared)."""
    from kamergraaf.graph.shared import normalise_update, subjects_of

    update = normalise_update(shared_graph, subjects_of(shared)) if shared else ""
    return f" ;\n{update}" if update else ""


def replace_update(graph_iri: str, ntriples: bytes | str, record: dict, builds: str,
                   shared_graph: str | None = None, shared: bytes | str = b"") -> str:
    add_shared = shared_insert(shared_graph, shared) if shared_graph else ""
    return (
        f"{delete_record_update(graph_iri, builds)} ;\nDROP SILENT GRAPH <{graph_iri}> ;\n"
        f"INSERT DATA {{ GRAPH <{graph_iri}> {{\n{_text(ntriples)}\n}}\n{add_shared}"
        f"GRAPH <{builds}> {{\n{record_ntriples(graph_iri, record)}}} }}"
        + (shared_normalise(shared_graph, shared) if shared_graph else "")
    )


RECORDS_QUERY = (
    "SELECT ?g ?p ?o WHERE {{ GRAPH <{builds}> {{ ?g ?p ?o }} VALUES ?p {{ "
    + " ".join(f"<{BUILD_NS}{k}>" for k in RECORD_FIELDS) + " }} }}"
)


def records_from_rows(rows) -> dict[str, dict]:
    """{graph IRI: record} from (graph, predicate, object) terms of RECORDS_QUERY."""
    out: dict[str, dict] = {}
    for g, p, o in rows:
        key = p.value[len(BUILD_NS):]
        value: object = o.value
        if key == "file_documents":
            value = int(o.value)
        out.setdefault(g.value, {})[key] = value
    return out


def check_format_version(found: str | None, has_data: bool, where: str) -> bool:
    """True when the version marker must be written (a new store); raises on another version."""
    if found == FORMAT_VERSION:
        return False
    if found is None and not has_data:
        return True
    raise StoreError(
        f"store {where} was written by another version of kamergraaf (store format {found or 'unknown'}, "
        f"this version reads format {FORMAT_VERSION}).",
        "Rebuild it into a new directory (kamergraaf build --store NEWDIR) or remove the old one.")


# ---- the embedded store -------------------------------------------------------------------------


def refuse_foreign_directory(path: Path) -> None:
    """Never write a store into a file's place or a folder of other files (``--store ~/Documents`` by mistake)."""
    from kamergraaf.graph.lock import LOCK_NAME

    where = str(path)
    if path.exists() and not path.is_dir():
        raise StoreError(f"store path {where} is a file, not a directory.",
                         "Give a new or existing store directory with --store.")
    if not path.is_dir() or (path / "CURRENT").exists():
        return
    others = sorted(p.name for p in path.iterdir() if p.name != LOCK_NAME)
    if others:
        raise StoreError(f"directory {where} holds other files ({', '.join(others[:3])}"
                         f"{', ...' if len(others) > 3 else ''}) and no kamergraaf store.",
                         "Give an empty or new directory with --store; the store writes many files there.")



class EmbeddedStore:
    def __init__(self, path: str | Path, base_iri: str, read_only: bool = False) -> None:
        self.path = Path(path)
        self.base_iri = base_iri
        self.read_only = read_only
        self.names = store_graphs(base_iri)
        self._store = self._open()
        self._check_version()

    def _open(self) -> ox.Store:
        where = str(self.path)
        if self.read_only:
            if not (self.path / "CURRENT").exists():
                raise StoreError(f"store directory {where} does not exist or holds no store.",
                                 f"Build one first: kamergraaf build --store {where}")
            try:
                return ox.Store.read_only(where)
            except OSError as exc:
                raise StoreError(f"cannot open store {where} read-only: {exc}",
                                 "Check the directory and its permissions, or rebuild it.") from exc
            except RuntimeError as exc:  # RocksDB reports a damaged directory ("Corruption: ...") this way
                raise StoreError(f"store {where} is damaged and cannot be opened: {exc}",
                                 f"Rebuild it: kamergraaf build --store NEWDIR (then replace {where}).") from exc
        refuse_foreign_directory(self.path)
        try:
            self.path.mkdir(parents=True, exist_ok=True)
            return ox.Store(where)
        except RuntimeError as exc:
            raise StoreError(f"store {where} is damaged and cannot be opened: {exc}",
                             f"Rebuild it: kamergraaf build --store NEWDIR (then replace {where}).") from exc
        except OSError as exc:
            text = str(exc)
            if "lock" in text.lower():
                from kamergraaf.graph.lock import lock_owner

                owner = lock_owner(self.path)
                raise StoreLocked(
                    f"store {where} is in use by another process{f' (pid {owner})' if owner else ''}: {text}",
                    "Stop that process (a build or `kamergraaf serve`) or use another --store directory.") from exc
            raise StoreError(f"cannot open store {where}: {text}",
                             "Check the directory and its permissions; a store from an incompatible "
                             "Oxigraph version must be rebuilt.") from exc

    def _check_version(self) -> None:
        meta = self.names["store"]
        rows = list(self._store.query(f"SELECT ?v WHERE {{ GRAPH <{meta}> {{ <{meta}> <{BUILD_NS}formatVersion> ?v }} }}"))
        found = rows[0]["v"].value if rows else None
        has_data = bool(self._store.query("ASK { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"))
        if check_format_version(found, has_data, str(self.path)) and not self.read_only:
            self._store.update(f"INSERT DATA {{ GRAPH <{meta}> {{ <{meta}> <{BUILD_NS}formatVersion> \"{FORMAT_VERSION}\" }} }}")

    # -- queries
    def query(self, sparql: str, timeout: float | None = None):
        try:
            return self._store.query(sparql, use_default_graph_as_union=True)
        except SyntaxError as exc:
            raise QueryError(f"malformed SPARQL query: {exc}", "Fix the query text at the position given.") from exc

    def query_serialized(self, sparql: str, fmt: str) -> bytes:
        return serialize_result(self.query(sparql), fmt)

    # -- writes
    def replace_graph(self, graph_iri: str, ntriples: bytes, record: dict, shared: bytes = b"") -> None:
        self._update(replace_update(graph_iri, ntriples, record, self.names["builds"], self.names["shared"], shared))

    def prune_shared(self) -> int:
        from kamergraaf.graph.shared import prune_update

        update, count = prune_update(self, self.base_iri)
        if update:
            self._update(update)
        return count

    def put_graph(self, graph_iri: str, ntriples: bytes) -> None:
        text = ntriples.decode("utf-8") if isinstance(ntriples, bytes) else ntriples
        self._update(f"DROP SILENT GRAPH <{graph_iri}> ;\nINSERT DATA {{ GRAPH <{graph_iri}> {{\n{text}\n}} }}")

    def remove_document(self, graph_iri: str) -> None:
        self._update(f"{delete_record_update(graph_iri, self.names['builds'])} ;\nDROP SILENT GRAPH <{graph_iri}>")

    def _update(self, update: str) -> None:
        if self.read_only:
            raise StoreError(f"store {self.path} is open read-only.", "Open it for writing to change it.")
        try:
            self._store.update(update)
        except SyntaxError as exc:  # bad N-Triples from a stage: a bug upstream, named clearly
            raise StoreError(f"store {self.path}: the data to write is not valid RDF: {exc}") from exc
        self._store.flush()

    # -- records and graphs
    def build_records(self) -> dict[str, dict]:
        rows = self._store.query(RECORDS_QUERY.format(builds=self.names["builds"]))
        return records_from_rows((r["g"], r["p"], r["o"]) for r in rows)

    def build_record(self, graph_iri: str) -> dict | None:
        return self.build_records().get(graph_iri)

    def graphs(self) -> list[str]:
        present = {g.value for g in self._store.named_graphs() if isinstance(g, ox.NamedNode)}
        return sorted(g for g in self.build_records() if g in present)

    def dump(self, fmt: str, graph_iri: str | None = None) -> bytes:
        rdf_format = rdf_format_of(fmt)
        if graph_iri is not None:
            return self._store.dump(format=rdf_format, from_graph=ox.NamedNode(graph_iri))
        if rdf_format.supports_datasets:
            return self._store.dump(format=rdf_format)
        # a triple format: the union of all graphs, each triple once
        return ox.serialize(self.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"), format=rdf_format)

    def close(self) -> None:
        self._store = None


def rdf_format_of(fmt: str) -> ox.RdfFormat:
    try:
        return RDF_FORMATS[fmt.lower()]
    except KeyError:
        raise StoreError(f"unknown RDF format {fmt!r}", f"Use one of {', '.join(sorted(RDF_FORMATS))}.") from None


def serialize_result(result, fmt: str) -> bytes:
    """SELECT/ASK results in a SPARQL results format, CONSTRUCT/DESCRIBE triples in an RDF format."""
    if isinstance(result, ox.QueryTriples):
        graph_fmt = {"json": "jsonld", "xml": "rdfxml", "csv": "ntriples", "tsv": "ntriples"}.get(fmt, fmt)
        return result.serialize(format=rdf_format_of(graph_fmt))
    if fmt not in RESULT_FORMATS:
        raise QueryError(f"result format {fmt!r} is not one of {', '.join(RESULT_FORMATS)} for SELECT/ASK queries")
    return result.serialize(format=RESULT_FORMATS[fmt])
