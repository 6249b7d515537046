"""The store interface of ``graph.store`` over HTTP, against any SPARQL 1.1 server.

Three endpoints: SPARQL 1.1 Protocol query (``store_url``), update (``store_update_url``) and the Graph
Store HTTP Protocol (``store_gsp_url``). When the last two are not set they are derived from the query
URL: ``…/query`` -> ``…/update`` and ``…/store`` (Oxigraph's layout), ``…/sparql`` -> ``…/update`` and
``…/data`` (Fuseki's). Standard library only (urllib).

- ``query`` sends the dataset explicitly: every named graph as ``default-graph-uri`` (the union, as in the
  embedded store) and as ``named-graph-uri``; the list is read once and refreshed after each write.
- ``replace_graph`` is a GSP ``PUT`` of the document graph (atomic on the server), then one SPARQL update
  replacing its build record and adding the shared descriptions it uses to the shared graph. A build killed between the two leaves the new graph with the old record,
  so the next build does not skip that file and writes both again.
- ``dump`` fetches each graph as N-Triples over the GSP and serialises them with Oxigraph.
"""

from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request

import pyoxigraph as ox

from kamergraaf.errors import QueryError, StoreError
from kamergraaf.graph.store import (
    BUILD_NS, FORMAT_VERSION, RECORDS_QUERY, RESULT_FORMATS, check_format_version, delete_record_update,
    rdf_format_of, record_ntriples, records_from_rows, serialize_result, shared_insert, shared_normalise, store_graphs,
)
from kamergraaf.settings import Settings

RESULT_MEDIA = {"json": "application/sparql-results+json", "csv": "text/csv", "tsv": "text/tab-separated-values",
                "xml": "application/sparql-results+xml"}
GRAPH_FOR_RESULT = {"json": "jsonld", "xml": "rdfxml", "csv": "ntriples", "tsv": "ntriples"}


def derived_urls(settings: Settings) -> tuple[str, str, str]:
    query = settings.store_url.rstrip("/")
    head, _, last = query.rpartition("/")
    update, gsp = settings.store_update_url, settings.store_gsp_url
    if last in ("query", "sparql"):
        update = update or f"{head}/update"
        gsp = gsp or f"{head}/{'store' if last == 'query' else 'data'}"
    if not update or not gsp:
        raise StoreError(f"cannot derive the update and Graph Store endpoints from store_url {settings.store_url}.",
                         "Set store_update_url and store_gsp_url (KAMERGRAAF_STORE_UPDATE_URL, ..._GSP_URL).")
    return query, update, gsp


class RemoteStore:
    def __init__(self, settings: Settings, timeout: float = 60.0) -> None:
        self.query_url, self.update_url, self.gsp_url = derived_urls(settings)
        self.names = store_graphs(settings.base_iri)
        self.base_iri = settings.base_iri
        self.timeout = timeout
        self._dataset: list[str] | None = None
        self._check_version()

    # -- HTTP
    def _request(self, url: str, method: str = "GET", body: bytes | None = None, headers: dict | None = None,
                 timeout: float | None = None, ok_missing: bool = False) -> tuple[bytes, str]:
        req = urllib.request.Request(url, data=body, method=method, headers=headers or {})
        try:
            with urllib.request.urlopen(req, timeout=timeout or self.timeout) as resp:
                return resp.read(), resp.headers.get("Content-Type", "")
        except urllib.error.HTTPError as exc:
            text = exc.read().decode("utf-8", "replace").strip()
            if ok_missing and exc.code == 404:
                return b"", ""
            if exc.code == 400 and url == self.query_url:
                raise QueryError(f"malformed SPARQL query (server {url} says: {text})",
                                 "Fix the query text at the position given.") from exc
            raise StoreError(f"{method} {url} failed with HTTP {exc.code}: {text[:500]}",
                             "Check the store_url settings and the server's log.") from exc
        except (urllib.error.URLError, OSError) as exc:
            raise StoreError(f"cannot reach the SPARQL server at {url}: {exc}",
                             "Start the server or fix store_url (KAMERGRAAF_STORE_URL).") from exc

    def _post_query(self, sparql: str, accept: str, dataset: bool, timeout: float | None = None) -> tuple[bytes, str]:
        params: list[tuple[str, str]] = [("query", sparql)]
        if dataset:
            for g in self._all_graphs():
                params += [("default-graph-uri", g), ("named-graph-uri", g)]
        body = urllib.parse.urlencode(params).encode("utf-8")
        return self._request(self.query_url, "POST", body, {
            "Content-Type": "application/x-www-form-urlencoded", "Accept": accept}, timeout)

    def _update(self, update: str) -> None:
        self._request(self.update_url, "POST", update.encode("utf-8"),
                      {"Content-Type": "application/sparql-update"})
        self._dataset = None

    def _gsp(self, graph_iri: str) -> str:
        return f"{self.gsp_url}?{urllib.parse.urlencode({'graph': graph_iri})}"

    def _all_graphs(self) -> list[str]:
        if self._dataset is None:
            data, _ = self._post_query("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }",
                                       RESULT_MEDIA["json"], dataset=False)
            rows = ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON)
            self._dataset = sorted(r["g"].value for r in rows if isinstance(r["g"], ox.NamedNode))
        return self._dataset

    def _select(self, sparql: str) -> ox.QuerySolutions:
        data, _ = self._post_query(sparql, RESULT_MEDIA["json"], dataset=False)
        return ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON)

    def _check_version(self) -> None:
        meta = self.names["store"]
        rows = list(self._select(
            f"SELECT ?v WHERE {{ GRAPH <{meta}> {{ <{meta}> <{BUILD_NS}formatVersion> ?v }} }}"))
        found = rows[0]["v"].value if rows else None
        if check_format_version(found, bool(self._all_graphs()), self.query_url):
            self.put_graph(meta, f'<{meta}> <{BUILD_NS}formatVersion> "{FORMAT_VERSION}" .\n'.encode())

    # -- queries
    def query(self, sparql: str, timeout: float | None = None):
        accept = f"{RESULT_MEDIA['json']}, application/n-triples;q=0.9"
        data, ctype = self._post_query(sparql, accept, dataset=True, timeout=timeout)
        if ctype.startswith("application/n-triples"):
            return list(ox.parse(data, format=ox.RdfFormat.N_TRIPLES))
        return ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON)

    def query_serialized(self, sparql: str, fmt: str) -> bytes:
        if fmt in RESULT_FORMATS:
            graph = rdf_format_of(GRAPH_FOR_RESULT[fmt])
            accept = f"{RESULT_MEDIA[fmt]}, {graph.media_type};q=0.9"
        else:
            accept = rdf_format_of(fmt).media_type
        data, _ = self._post_query(sparql, accept, dataset=True)
        return data

    # -- writes
    def put_graph(self, graph_iri: str, ntriples: bytes) -> None:
        self._request(self._gsp(graph_iri), "PUT", ntriples, {"Content-Type": "application/n-triples"})
        self._dataset = None

    def replace_graph(self, graph_iri: str, ntriples: bytes, record: dict, shared: bytes = b"") -> None:
        self.put_graph(graph_iri, ntriples)
        builds = self.names["builds"]
        self._update(f"{delete_record_update(graph_iri, builds)} ;\n"
                     f"INSERT DATA {{ {shared_insert(self.names['shared'], shared)}"
                     f"GRAPH <{builds}> {{\n{record_ntriples(graph_iri, record)}}} }}"
                     + shared_normalise(self.names["shared"], shared))

    def prune_shared(self) -> int:
        from kamergraaf.graph.shared import prune_update

        update, count = prune_update(self, self.base_iri)
        if update:
            self._update(update)
        return count

    def remove_document(self, graph_iri: str) -> None:
        self._update(delete_record_update(graph_iri, self.names["builds"]))
        self._request(self._gsp(graph_iri), "DELETE", ok_missing=True)
        self._dataset = None

    # -- records and graphs
    def build_records(self) -> dict[str, dict]:
        rows = self._select(RECORDS_QUERY.format(builds=self.names["builds"]))
        return records_from_rows((r["g"], r["p"], r["o"]) for r in rows)

    def build_record(self, graph_iri: str) -> dict | None:
        return self.build_records().get(graph_iri)

    def graphs(self) -> list[str]:
        present = set(self._all_graphs())
        return sorted(g for g in self.build_records() if g in present)

    def dump(self, fmt: str, graph_iri: str | None = None) -> bytes:
        rdf_format = rdf_format_of(fmt)
        graphs = [graph_iri] if graph_iri else self._all_graphs()
        local = ox.Store()
        for g in graphs:
            data, _ = self._request(self._gsp(g), headers={"Accept": "application/n-triples"}, ok_missing=bool(graph_iri))
            local.load(data, format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(g))
        if graph_iri:
            return local.dump(format=rdf_format, from_graph=ox.NamedNode(graph_iri))
        if rdf_format.supports_datasets:
            return local.dump(format=rdf_format)
        triples = local.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", use_default_graph_as_union=True)
        return serialize_result(triples, fmt)

    def close(self) -> None:
        self._dataset = None
