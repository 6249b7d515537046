"""The VoID counts of the dataset description from per-graph counts (graph.voidstats): the same numbers as
SPARQL over the whole store, kept per document graph by the build, recounted when missing."""

from __future__ import annotations

import shutil

import pytest

from kamergraaf.graph import dcat, voidstats
from kamergraaf.graph.exportcache import folder
from kamergraaf.graph.store import open_store

NT = b"""<https://e.org/a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://e.org/C> .
<https://e.org/a> <http://www.w3.org/2002/07/owl#sameAs> <http://www.wikidata.org/entity/Q1> .
<https://e.org/a> <http://www.w3.org/2000/01/rdf-schema#label> "a b . c <x>"@nl .
<https://e.org/b> <http://www.w3.org/2000/01/rdf-schema#seeAlso> <https://wetten.overheid.nl/BWBR0001> .
_:n1 <http://www.w3.org/2000/01/rdf-schema#label> "blank" .
<https://e.org/b> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://e.org/D> .
"""


def test_graph_counts_of_hand_made_ntriples():
    counts = voidstats.graph_counts(NT, {"wikidata": "http://www.wikidata.org/entity/",
                                         "wetten": "https://wetten.overheid.nl/"})
    assert counts["triples"] == 6
    assert counts["entities"] == 2  # the blank node is not an entity
    assert counts["classes"] == ["https://e.org/C", "https://e.org/D"]
    assert len(counts["properties"]) == 4
    assert counts["links"] == {"wetten http://www.w3.org/2000/01/rdf-schema#seeAlso": 1,
                               "wikidata http://www.w3.org/2002/07/owl#sameAs": 1}
    assert voidstats.graph_counts(NT)["links"] == {}


@pytest.fixture()
def store_copy(tmp_path, sample_settings):
    target = tmp_path / "store"
    shutil.copytree(sample_settings.store, target)
    settings = sample_settings.with_(store=str(target))
    store = open_store(settings, read_only=True)
    yield store, settings
    store.close()


def test_summed_counts_equal_the_counts_of_sparql_over_the_whole_store(store_copy):
    store, settings = store_copy
    fast, by_query = dcat.statistics(store, settings), dcat.statistics_by_query(store, settings)
    for key in ("triples", "entities", "classes", "properties", "documents"):
        assert fast[key] == by_query[key], key
    assert fast["triples"] > 10_000 and fast["linksets"]
    assert sorted(fast["linksets"]) == sorted(by_query["linksets"])


def test_the_build_keeps_each_document_graphs_counts_and_missing_ones_are_recounted(store_copy):
    store, settings = store_copy
    kept = sorted(folder(store).glob(f"*{voidstats.SUFFIX}"))
    assert len(kept) == len(store.graphs()) == 16
    before = dcat.statistics(store, settings)
    for path in kept[:5]:
        path.unlink()
    again = dcat.statistics(store, settings)
    assert {k: again[k] for k in ("triples", "entities", "linksets")} == \
        {k: before[k] for k in ("triples", "entities", "linksets")}
    assert len(list(folder(store).glob(f"*{voidstats.SUFFIX}"))) == 16  # counted again and kept


def test_counts_kept_for_other_link_targets_are_not_used(store_copy):
    store, _settings = store_copy
    graph, record = next(iter(store.build_records().items()))
    counts = voidstats.document_counts(store, graph, record, {"wikidata": "http://www.wikidata.org/entity/"})
    assert all(key.startswith("wikidata ") for key in counts["links"])
    full = voidstats.document_counts(store, graph, record, dcat.LINK_PREFIXES)
    assert full["triples"] == counts["triples"]
