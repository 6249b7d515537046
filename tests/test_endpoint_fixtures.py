"""Shared stores for the endpoint tests: the sample corpus built by the pipeline, or, where the pipeline
cannot build here, one document graph written by hand in the shape of ontology/kamergraaf.ttl.

Imported by the other tests/test_endpoint_*.py modules; its own tests check the fixture itself.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from kamergraaf.settings import Settings

BASE = "https://w3id.org/kamergraaf/"
DOC = BASE + "doc/ah-tk-20232024-2367"
HOSTILE_TITLE = 'Vragen over <script>alert("x")</script> & Bunq'

HAND_GRAPH = f"""
@prefix kg: <https://w3id.org/kamergraaf/def#> .
@prefix schema: <https://schema.org/> .
@prefix dct: <http://purl.org/dc/terms/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix sdmx-measure: <http://purl.org/linked-data/sdmx/2009/measure#> .
@prefix sdmx-attribute: <http://purl.org/linked-data/sdmx/2009/attribute#> .
@prefix sdmx-dimension: <http://purl.org/linked-data/sdmx/2009/dimension#> .
<{DOC}> a kg:Document ; kg:officialId "ah-tk-20232024-2367" ; dct:title {HOSTILE_TITLE!r} ;
    kg:dateReceived "2024-08-27"^^xsd:date .
<{DOC}/vraag/1> a kg:Question ; kg:document <{DOC}> ; schema:isPartOf <{DOC}> ; kg:number 1 ; schema:position 1 ;
    schema:text "Bent u bekend met het bericht over Bunq?" ; schema:acceptedAnswer <{DOC}/antwoord/1> .
<{DOC}/antwoord/1> a kg:Answer ; kg:document <{DOC}> ; schema:isPartOf <{DOC}> ;
    schema:text "Ja. In 2023 waren er 315 locaties volgens het COA." .
<{DOC}/vraag/2> a kg:Question ; kg:document <{DOC}> ; schema:isPartOf <{DOC}> ; kg:number 2 ; schema:position 2 ;
    schema:text "Hoeveel meldingen waren er?" .
<{DOC}/cijfer/30-45> a kg:Figure ; kg:document <{DOC}> ; schema:isPartOf <{DOC}/antwoord/1> ;
    sdmx-measure:obsValue "315"^^xsd:decimal ; sdmx-attribute:unitMeasure <{BASE}eenheid/locatie> ;
    sdmx-dimension:refPeriod "2023-12-31"^^xsd:date ; kg:dataSource <{BASE}instantie/coa> ;
    kg:quote "315 locaties" ; kg:page 1 .
<{BASE}instantie/coa> a kg:Agency ; skos:prefLabel "COA"@nl .
<{BASE}eenheid/locatie> a kg:Unit ; skos:prefLabel "locaties"@nl .
"""


def hand_store(path: Path) -> Settings:
    """An on-disk store holding the hand-written document graph (through the project's store API)."""
    import pyoxigraph as ox

    from kamergraaf.graph.store import open_store

    settings = Settings(store=str(path), base_iri=BASE)
    nt = ox.serialize(ox.parse(HAND_GRAPH.encode(), format=ox.RdfFormat.TURTLE), format=ox.RdfFormat.N_TRIPLES)
    store = open_store(settings)
    store.replace_graph(DOC, nt, {"sha256": "0" * 64, "software_version": "test", "time": "2024-01-01T00:00:00",
                                  "source_name": "hand.ttl", "source_path": "hand.ttl", "file_documents": 1})
    store.close()
    return settings


_CACHE: dict[str, Settings] = {}


def shared_store() -> Settings:
    """One store per test session, shared by the endpoint test modules."""
    if "s" not in _CACHE:
        folder = Path(tempfile.mkdtemp(prefix="kg-endpoint-")) / "store"
        _CACHE["s"] = hand_store(folder)
    return _CACHE["s"]


def test_fixture_store_has_the_document_graph():
    from kamergraaf.graph.store import open_store

    store = open_store(shared_store(), read_only=True)
    assert store.graphs() == [DOC]
    assert bool(store.query(f"ASK {{ <{DOC}/cijfer/30-45> ?p ?o }}"))
