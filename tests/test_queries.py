"""The eight example queries on the sample corpus: contract columns, and rows a person verified by reading.

Expected rows come from tests/gold (written by reading the documents), never from the program's output.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest


ROOT = Path(__file__).resolve().parents[1]
QUERIES = ROOT / "endpoint" / "queries"
COLUMNS = {  # the contract of /design/QUERIES.md
    "documents": ["document", "documentId", "sourceFile", "kind", "title", "date", "submitted", "questionCount"],
    "questions": ["document", "number", "question", "questionText", "answer", "answerText"],
    "statistics": ["document", "number", "value", "unit", "measure", "approximate", "rounding", "source",
                   "sourceLabel", "date", "periodStart", "periodEnd", "quote"],
    "agencies": ["document", "number", "agency", "label", "sameAs"],
    "references": ["document", "number", "reference", "kind", "label", "identifier", "link"],
    "countries": ["document", "number", "country", "iso3", "label"],
    "unanswered": ["document", "number", "question", "questionText", "reason"],
    "people": ["document", "role", "name", "party", "sameAs"],
}
BUNQ = "https://w3id.org/kamergraaf/doc/ah-tk-20232024-2367"


@pytest.fixture(scope="module")
def store(sample_settings):
    """The sample corpus built once per session with the real pipeline (tests/conftest.py), opened read-only."""
    from kamergraaf.graph.store import open_store

    s = open_store(sample_settings, read_only=True)
    yield s
    s.close()


def rows(store, name: str) -> tuple[list[str], list[dict]]:
    result = store.query((QUERIES / f"{name}.rq").read_text(encoding="utf-8"))
    variables = [v.value for v in result.variables]
    return variables, [{v: (row[v].value if row[v] is not None else None) for v in variables} for row in result]


def test_every_query_file_has_title_description_and_contract_columns(store):
    assert sorted(p.stem for p in QUERIES.glob("*.rq")) == sorted(COLUMNS)
    for name, columns in COLUMNS.items():
        text = (QUERIES / f"{name}.rq").read_text(encoding="utf-8")
        assert re.match(r"# title: \S.*\n# description: \S", text), name
        variables, _ = rows(store, name)
        assert variables == columns, name


def _doc_of(store, source_file: str) -> str:
    _, docs = rows(store, "documents")
    return next(d["document"] for d in docs if d["sourceFile"] == source_file)


def test_documents_lists_the_sample_corpus(store):
    _, docs = rows(store, "documents")
    assert len(docs) == 16
    bunq = next(d for d in docs if d["document"] == BUNQ)
    assert (bunq["documentId"], bunq["kind"], bunq["date"]) == ("ah-tk-20232024-2367", "aanhangsel", "2024-08-29")
    seed = next(d for d in docs if d["sourceFile"] == "001_b211def904ce3f85.txt")
    assert (seed["kind"], seed["date"], seed["submitted"], seed["questionCount"]) == (
        "lijst-vragen-antwoorden", "2025-11-14", "2025-10-02", "25")


def test_people_bunq_asker_and_respondent(store):
    _, people = rows(store, "people")
    bunq = {(p["role"], p["name"], p["party"]) for p in people if p["document"] == BUNQ}
    assert ("asker", "Van der Lee", "GroenLinks-PvdA") in bunq
    assert any(role == "respondent" and name == "Heinen" for role, name, _ in bunq)


def test_statistics_answer_4_of_seed_001_gives_315_coa_locations(store):
    doc = _doc_of(store, "001_b211def904ce3f85.txt")
    _, figures = rows(store, "statistics")
    q4 = [f for f in figures if f["document"] == doc and f["number"] == "4"]
    hit = next(f for f in q4 if f["value"] == "315")
    assert hit["date"] == "2025-10-20" and hit["sourceLabel"] == "COA" and hit["approximate"] == "false"
    assert "315 COA-locaties" in hit["quote"]


def test_statistics_seed_000_rounding_and_period(store):
    doc = _doc_of(store, "000_1b74cc7ac3a9c112.txt")
    _, figures = rows(store, "statistics")
    hit = next(f for f in figures if f["document"] == doc and f["value"] == "1180")
    assert (hit["number"], hit["rounding"], hit["periodStart"], hit["periodEnd"]) == ("76", "10", "2022-01-01", "2022-12-31")


def test_questions_one_row_per_question_in_order(store):
    doc = _doc_of(store, "001_b211def904ce3f85.txt")
    _, qs = rows(store, "questions")
    numbers = [int(q["number"]) for q in qs if q["document"] == doc]
    assert numbers == list(range(1, 26))
    q4 = next(q for q in qs if q["document"] == doc and q["number"] == "4")
    assert q4["questionText"].startswith("Kunt u een prognose geven van het aantal locaties")
    assert q4["answerText"].startswith("Er zijn op dit moment 315 COA-locaties")


def test_references_agencies_countries_carry_verified_rows(store):
    doc = _doc_of(store, "001_b211def904ce3f85.txt")
    _, refs = rows(store, "references")
    kst = next(r for r in refs if r["document"] == doc and r["identifier"] == "kst-19637-3469")
    assert (kst["number"], kst["kind"], kst["link"]) == ("3", "kamerstuk", "https://zoek.officielebekendmakingen.nl/kst-19637-3469")
    _, agencies = rows(store, "agencies")
    assert any(a["document"] == doc and a["number"] == "4" and a["label"] == "COA" for a in agencies)
    doc0 = _doc_of(store, "000_1b74cc7ac3a9c112.txt")
    _, countries = rows(store, "countries")
    assert any(c["document"] == doc0 and c["number"] == "75" and c["iso3"] == "MAR" for c in countries)


def test_unanswered_reasons_are_from_the_contract(store):
    _, unanswered = rows(store, "unanswered")
    assert {u["reason"] for u in unanswered} <= {"no-answer", "data-unavailable", "refers-elsewhere"}
    doc = _doc_of(store, "001_b211def904ce3f85.txt")
    # answer 16: "De IND kan systeemtechnisch niet afdoende betrouwbaar verbijzonderen ..."
    assert any(u["document"] == doc and u["number"] == "16" and u["reason"] == "data-unavailable" for u in unanswered)


def test_query_command_formats(store, tmp_path):
    from kamergraaf.cli import main

    path = str(store.path)
    out = tmp_path / "out.json"
    import contextlib
    import io

    buf = io.BytesIO()
    with contextlib.redirect_stdout(io.TextIOWrapper(buf, encoding="utf-8")) as w:
        assert main(["query", "--store", path, str(QUERIES / "people.rq"), "--format", "json"]) == 0
        w.flush()
    data = json.loads(buf.getvalue())
    assert data["head"]["vars"] == COLUMNS["people"]
