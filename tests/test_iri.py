"""IRIs: deterministic, injective, and parse() inverts minting."""

from __future__ import annotations

import pytest
from hypothesis import given, settings as hsettings, strategies as st

from kamergraaf.extract.model import KIND_AANHANGSEL, KIND_LIJST, DocumentMeta
from kamergraaf.graph import iri

BASE = "https://example.org/kg/"
SHA = "9c080bed57ca431ffdec14b33b1e9494a4c47435f8c02d0883f689b338bc1910"
ids = st.text(min_size=1, max_size=30)


def test_document_ids_from_official_id_referenced_kamerstuk_or_hash():
    assert iri.document_id(DocumentMeta(official_id="ah-tk-20232024-1481", kind=KIND_AANHANGSEL), SHA) == "ah-tk-20232024-1481"
    assert iri.document_id(DocumentMeta(kind=KIND_LIJST, referenced_id="36360-VI-1"), SHA) == "lijst-36360-VI-1-9c080bed57ca"
    assert iri.document_id(DocumentMeta(), SHA) == "kg-9c080bed57ca"
    with pytest.raises(iri.IRIError):
        iri.document_id(DocumentMeta(), "not-a-hash")


def test_documented_shapes():
    doc = iri.document(BASE, "ah-tk-20232024-1481")
    assert doc == "https://example.org/kg/doc/ah-tk-20232024-1481"
    assert iri.question(doc, "q3") == doc + "/vraag/3"
    assert iri.question(doc, "q2-3") == doc + "/vraag/2-3"
    assert iri.question(doc, "q0") == doc + "/vraag/0"
    assert iri.answer(doc, "a5-6") == doc + "/antwoord/5-6"
    assert iri.footnote(doc, "*") == doc + "/voetnoot/%2A"
    assert iri.figure(doc, 10, 13) == doc + "/cijfer/10-13"
    assert iri.mention(doc, 10, 13) == doc + "/vermelding/10-13"
    assert iri.agency(BASE, "DT&V") == BASE + "instantie/DT%26V"
    assert iri.regeling(BASE, "BWBR0001840/artikel/68") == BASE + "regeling/BWBR0001840/artikel/68"
    assert iri.regeling(BASE, "wet invoering tweestatusstelsel") == BASE + "regeling/wet%20invoering%20tweestatusstelsel"
    assert iri.country(BASE, "SYR") == BASE + "land/SYR"
    with pytest.raises(iri.IRIError):
        iri.question(doc, "a3")
    with pytest.raises(iri.IRIError):
        iri.country(BASE, "Syria")


def test_links_out_only_for_known_id_shapes():
    assert iri.wetten("BWBR0011823") == "https://wetten.overheid.nl/BWBR0011823"
    assert iri.wetten("vreemdelingenwet 2000") is None
    assert iri.eurlex("32021L1883") == "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:32021L1883"
    assert iri.eurlex("migratiepact") is None
    assert iri.officielebekendmakingen("kst-19637-3469") == "https://zoek.officielebekendmakingen.nl/kst-19637-3469"
    assert iri.officielebekendmakingen("kst-36704") is None  # a dossier, not a publication
    assert iri.wikidata("Q233262") == "http://www.wikidata.org/entity/Q233262"
    assert iri.wikidata("Tweede Kamer") is None
    assert iri.tooi("https://identifier.overheid.nl/tooi/id/ministerie/mnre1058")
    assert iri.tooi("mnre1058") is None


@hsettings(max_examples=200, deadline=None)
@given(a=ids, b=ids)
def test_injective_and_round_trip_for_documents_and_shared_resources(a, b):
    for mint, kind in ((iri.document, "document"), (iri.agency, "agency"), (iri.person, "person"),
                       (iri.kamerstuk, "kamerstuk"), (iri.unit, "unit")):
        assert iri.parse(mint(BASE, a), BASE) == (kind, (a,))
        assert (mint(BASE, a) == mint(BASE, b)) == (a == b)


@hsettings(max_examples=200, deadline=None)
@given(docid=ids, numbers=st.lists(st.integers(0, 999), min_size=1, max_size=3), marker=ids,
       span=st.tuples(st.integers(0, 10**6), st.integers(0, 10**6)), kind=st.sampled_from(["act", "agency", None]))
def test_parts_round_trip(docid, numbers, marker, span, kind):
    doc = iri.document(BASE, docid)
    key = "-".join(map(str, numbers))
    assert iri.parse(iri.question(doc, "q" + key), BASE) == ("question", (docid, key))
    assert iri.parse(iri.answer(doc, "a" + key), BASE) == ("answer", (docid, key))
    assert iri.parse(iri.footnote(doc, marker), BASE) == ("footnote", (docid, marker))
    start, end = sorted(span)
    assert iri.parse(iri.figure(doc, start, end), BASE) == ("figure", (docid, start, end))
    expected = (docid, start, end) + ((kind,) if kind else ())
    assert iri.parse(iri.mention(doc, start, end, kind), BASE) == ("mention", expected)


@hsettings(max_examples=100, deadline=None)
@given(parts=st.lists(st.text(st.characters(blacklist_characters="/", blacklist_categories=("Cs",)), min_size=1, max_size=10), min_size=1, max_size=3))
def test_regeling_round_trip(parts):
    ident = "/".join(parts)
    assert iri.parse(iri.regeling(BASE, ident), BASE) == ("regeling", (ident,))
    with pytest.raises(iri.IRIError):
        iri.regeling(BASE, ident + "/")


def test_parse_rejects_foreign_iris():
    with pytest.raises(iri.IRIError):
        iri.parse("https://elsewhere.org/doc/x", BASE)
    with pytest.raises(iri.IRIError):
        iri.parse(BASE + "doc/x/hoofdstuk/3", BASE)
    assert iri.parse(iri.graph(BASE, "runs"), BASE) == ("graph", ("runs",))
