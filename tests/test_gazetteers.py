"""Gazetteer data files: well formed, every external id with its source, keys as the guidelines list them."""

import csv
import json
import re
from importlib.resources import files

from kamergraaf.extract.gazetteers import PhraseIndex, agencies, countries, fold, laws, persons, reference_index

DATA = files("kamergraaf.extract.data")
GUIDELINE_KEYS = {
    "IND", "COA", "DTenV", "Nidos", "KMar", "Politie", "DJI", "Rechtspraak", "OM", "RvdK", "CBS", "IOM", "UNHCR",
    "EUAA", "Frontex", "VNG", "DNB", "AP", "AFM", "ACM", "NZa", "IGJ", "UWV", "SVB", "Belastingdienst", "DUO", "RVO",
    "NCTV", "AIVD", "RvS", "Ombudsman", "Europol", "EC", "JenV", "AenM", "BZ", "BZK", "VWS", "SZW", "Fin", "OCW",
    "EZ", "LNV", "IenW", "Def", "AZ", "KGG", "VRO"}


def test_agency_keys_are_exactly_the_guideline_keys():
    assert {a["key"] for a in agencies()} == GUIDELINE_KEYS


def test_every_agency_id_names_its_source():
    for a in agencies():
        for i in a["ids"]:
            assert i["scheme"] in ("tooi", "wikidata", "website") and i["value"] and i["source"], a["key"]
    tooi = {a["key"]: [i["value"] for i in a["ids"] if i["scheme"] == "tooi"] for a in agencies()}
    assert tooi["JenV"] == ["https://identifier.overheid.nl/tooi/id/ministerie/mnre1058"]
    assert tooi["AenM"] == ["https://identifier.overheid.nl/tooi/id/ministerie/mnre1162"]
    assert sum(len(v) for v in tooi.values()) == 2


def test_laws_are_bwb_ids():
    table = laws()
    assert len(table) > 1000
    assert all(re.fullmatch(r"BWB[RV]\d{7}", v) for v in table.values())
    assert table["vreemdelingenwet 2000"] == "BWBR0011823"
    assert table["algemene wet bestuursrecht"] == "BWBR0005537"
    assert table["wet centraal orgaan opvang asielzoekers"] == "BWBR0006685"


def test_law_aliases_point_at_gazetteer_names():
    table = laws()
    with DATA.joinpath("law_aliases.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            assert row["name"] in table, row


def test_named_references_with_ids_name_their_source():
    data = json.loads(DATA.joinpath("named_references.json").read_text(encoding="utf-8"))
    for ref in data["references"]:
        if any(ref.get(k) for k in ("celex", "eli", "bwb")):
            assert ref.get("id_source"), ref["identifier"]
        if ref.get("celex"):
            assert re.fullmatch(r"3\d{4}[LRD]\d{4}", ref["celex"])


def test_countries_are_iso3_and_unique():
    codes = [c["iso3"] for c in countries()]
    assert len(codes) == len(set(codes)) == 249
    assert all(re.fullmatch(r"[A-Z]{3}", c) for c in codes)
    by = {c["iso3"]: c for c in countries()}
    assert "Syrië" in by["SYR"]["names"] and "Syrische" in by["SYR"]["adjectives"] and "Syriërs" in by["SYR"]["people"]


def test_persons_ids_are_copied_not_made_up():
    ps = persons()
    assert len(ps) > 500
    for p in ps:
        assert p["wikidata_id"] is None or re.fullmatch(r"Q\d+", p["wikidata_id"])
        assert p["tk_id"] is None or re.fullmatch(r"[0-9a-f-]{36}", p["tk_id"])


def test_sources_md_names_every_data_file():
    text = DATA.joinpath("SOURCES.md").read_text(encoding="utf-8")
    for name in ("agencies.json", "countries.json", "laws.csv", "law_aliases.csv", "named_references.json",
                 "figure_rules.json", "answer_kinds.json", "persons.json"):
        assert name in text


def test_phrase_index_prefers_the_longest_match_and_checks_spelling():
    idx = PhraseIndex()
    idx.add("Huisvestingswet", "old")
    idx.add("Huisvestingswet 2014", "new")
    idx.add("AP", "AP", case_sensitive=True)
    found = idx.find("de Huisvestingswet 2014 en de ap en de AP")
    assert [m.payload for m in found] == ["new", "AP"]
    assert fold("Financiën") == "financien"


def test_reference_index_finds_an_act_by_name():
    found = reference_index().find("de Vreemdelingenwet 2000")
    assert [m.payload.identifier for m in found] == ["BWBR0011823"]
