"""The endpoint on a remote store: `oxigraph serve` (the oxigraph package of the test extra) holds the sample
corpus, built through ``settings.store_url``; every example query through /sparql gives the same rows as
through the app on the embedded sample build, and pages and downloads work the same way."""

from __future__ import annotations

import json

import pytest

from kamergraaf.endpoint.app import create_app
from kamergraaf.endpoint.pages import example_queries
from kamergraaf.settings import Settings
from servers import oxigraph_server


@pytest.fixture(scope="module")
def remote_settings(tmp_path_factory):
    from kamergraaf.corpus import sample_paths
    from kamergraaf.pipeline import build

    with oxigraph_server(tmp_path_factory.mktemp("oxigraph")) as url:
        settings = Settings(store_url=url, workers=1)
        report = build([str(p) for p in sample_paths()], settings, progress=False)
        assert report.exit_code == 0, report.summary()
        yield settings


def _rows(client, query: str) -> list[tuple]:
    resp = client.post("/sparql", data=query, content_type="application/sparql-query")
    assert resp.status_code == 200, resp.data[:500]
    data = json.loads(resp.data)
    names = data["head"]["vars"]
    return sorted(tuple(json.dumps(b.get(n), sort_keys=True) for n in names) for b in data["results"]["bindings"])


@pytest.mark.parametrize("name", [e["name"] for e in example_queries()])
def test_example_queries_give_the_same_rows_remote_and_embedded(remote_settings, sample_settings, name):
    text = next(e["text"] for e in example_queries() if e["name"] == name)
    # countries.rq is slow on a remote store (over 10 s on two cores): a deadline that lets it finish
    remote = _rows(create_app(remote_settings.with_(query_timeout=120)).test_client(), text)
    embedded = _rows(create_app(sample_settings).test_client(), text)
    assert remote == embedded
    assert remote or name == "unanswered"


def test_pages_downloads_and_construct_on_the_remote_store(remote_settings, sample_settings):
    remote, embedded = create_app(remote_settings).test_client(), create_app(sample_settings).test_client()
    html = {"Accept": "text/html"}
    page = remote.get("/doc/ah-tk-20232024-2367", headers=html)
    assert page.status_code == 200 and page.data == embedded.get("/doc/ah-tk-20232024-2367", headers=html).data
    assert json.loads(remote.get("/health").data)["graphs"] == 16
    nt = remote.get("/downloads/documents/ah-tk-20232024-2367.nt")
    assert nt.status_code == 200
    assert sorted(nt.data.splitlines()) == sorted(embedded.get("/downloads/documents/ah-tk-20232024-2367.nt").data.splitlines())
    construct = "CONSTRUCT { ?d a ?t } WHERE { ?d a <https://w3id.org/kamergraaf/def#Document> ; a ?t }"
    resp = remote.post("/sparql", data=construct, content_type="application/sparql-query",
                       headers={"Accept": "application/n-triples"})
    assert resp.status_code == 200 and int(resp.headers["X-Result-Rows"]) >= 16
