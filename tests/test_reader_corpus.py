"""The reader on the real sample corpus, checked against tests/gold/structure.json (written by reading the
documents), and the two PDF engines against each other."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

import pytest

from kamergraaf.extract.reader import read_path

ROOT = Path(__file__).resolve().parent.parent
GOLD = json.loads((ROOT / "tests" / "gold" / "structure.json").read_text(encoding="utf-8"))["documents"]
PDFS = sorted((ROOT / "corpus" / "aanhangsel-pdf").glob("*.pdf"))
IDS = [Path(g["source"]).name for g in GOLD]


@lru_cache(maxsize=None)
def parsed(source: str, engine: str = "pdfium"):
    (doc,) = read_path(ROOT / source, engine=engine)
    return doc


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_gold_covers_the_sample_corpus():
    assert len(GOLD) == 16 and len(PDFS) == 14


@pytest.mark.parametrize("gold", GOLD, ids=IDS)
def test_question_numbers_and_answer_links(gold):
    doc = parsed(gold["source"])
    assert [list(q.numbers) for q in doc.questions] == gold["questions"]
    assert [list(a.numbers) for a in doc.answers] == gold["answers"]
    by_key = {q.key: q for q in doc.questions}
    for a in doc.answers:
        covered = sorted(n for k in a.question_keys for n in by_key[k].numbers)
        assert covered == sorted(a.numbers), a.key
        assert a.question_keys, a.key
    if doc.meta.kind != "mededeling":
        assert {k for a in doc.answers for k in a.question_keys} == set(by_key)


@pytest.mark.parametrize("gold", GOLD, ids=IDS)
def test_question_and_answer_starts(gold):
    doc = parsed(gold["source"])
    starts_q = {str(q.numbers[0]) if q.numbers else "0": _flat(q.text) for q in doc.questions}
    starts_a = {str(a.numbers[0]) if a.numbers else "0": _flat(a.text) for a in doc.answers}
    for key, start in gold["question_starts"].items():
        assert starts_q[key].startswith(_flat(start)), (key, starts_q[key][:80])
    for key, start in gold["answer_starts"].items():
        assert starts_a[key].startswith(_flat(start)), (key, starts_a[key][:80])


@pytest.mark.parametrize("gold", GOLD, ids=IDS)
def test_metadata(gold):
    doc = parsed(gold["source"])
    m = doc.meta
    assert m.kind == gold["kind"]
    assert m.official_id == gold["official_id"]
    assert m.referenced_id == gold["referenced_id"]
    assert doc.page_count == gold["pages"]
    for field in ("date_submitted", "date_received", "date_adopted"):
        value = getattr(m, field)
        assert (value.isoformat() if value else None) == gold[field], field
    askers = [{"name": p.name, "party": p.party} for p in m.persons if p.role == "asker"]
    assert askers == gold["askers"]
    respondents = [(p.title, p.portfolio) for p in m.persons if p.role == "respondent"]
    assert respondents == [(r["title"], r["portfolio"]) for r in gold["respondents"]]
    names = [p.name for p in m.persons if p.role == "respondent"]
    assert [n for n in names if n] == [r["name"] for r in gold["respondents"] if r["name"]]
    chair = [p.name for p in m.persons if p.role == "chair"]
    clerk = [p.name for p in m.persons if p.role == "clerk"]
    assert chair == ([gold["chair"]] if gold["chair"] else [])
    assert clerk == ([gold["clerk"]] if gold["clerk"] else [])


FURNITURE_RE = re.compile(r"ISSN|^.*Aanhangsel \d+$|Tweede Kamer, vergaderjaar|’s-Gravenhage 20\d\d|"
                          r"^ah-tk-\d+|Totaallijst feitelijke vragen|\d+/36$", re.M)


@pytest.mark.parametrize("gold", GOLD, ids=IDS)
def test_no_furniture_or_footnote_text_inside_questions_and_answers(gold):
    doc = parsed(gold["source"])
    assert [f.marker for f in doc.footnotes] == gold["footnotes"]
    for item in doc.questions + doc.answers:
        assert doc.text[item.start:item.end] == item.text
        assert not FURNITURE_RE.search(item.text), (item.key, FURNITURE_RE.search(item.text).group(0))
        for note in doc.footnotes:
            assert note.start >= item.end or note.end <= item.start
            assert _flat(note.text) not in _flat(item.text), (item.key, note.marker)


@pytest.mark.parametrize("gold", GOLD, ids=IDS)
def test_footnotes_are_anchored_after_their_marker(gold):
    doc = parsed(gold["source"])
    body_end = min([f.start for f in doc.footnotes] or [len(doc.text)])
    for note in doc.footnotes:
        assert doc.text[note.start:note.end] == note.text and note.text
        assert note.anchor is not None and 0 < note.anchor <= body_end, note.marker
        # the marker was glued to the word before it: no space stands between that word and the anchor
        assert not doc.text[note.anchor - 1].isspace(), (note.marker, doc.text[note.anchor - 20:note.anchor + 5])


def test_partition_of_the_cleaned_text():
    """Header, headings, questions, answers and footnotes do not overlap and cover all non-space text."""
    for gold in GOLD:
        doc = parsed(gold["source"])
        spans = [(q.start, q.end) for q in doc.questions] + [(a.start, a.end) for a in doc.answers]
        spans += [(f.start, f.end) for f in doc.footnotes]
        spans.sort()
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            assert e1 <= s2, (gold["source"], s1, e1, s2)
        first = spans[0][0]
        covered = [False] * len(doc.text)
        for s, e in spans:
            covered[s:e] = [True] * (e - s)
        rest = "".join(ch for i, ch in enumerate(doc.text) if i >= first and not covered[i])
        # what is left after the header: only headings, footnote markers and whitespace
        leftover = re.sub(r"Vraag\s*\(\d+\):|Antwoord:|Vraag [\d, en]+|Antwoord [\d, en]+|[\d*]+|\s", "", rest)
        assert leftover == "", (gold["source"], leftover[:80])


def test_text_repairs_on_the_seeds():
    seed0 = parsed("corpus/seeds/000_1b74cc7ac3a9c112.txt")
    assert "50 LP’s afgegeven" in seed0.text and "â€" not in seed0.text
    seed1 = parsed("corpus/seeds/001_b211def904ce3f85.txt")
    assert "EU-minimumstandaarden" in seed1.text
    assert "EU Asiel- en migratiepact" in _flat(seed1.text)


def test_text_repairs_on_the_pdfs():
    texts = {p.name: parsed(str(p.relative_to(ROOT))).text for p in PDFS}
    everything = "\n".join(texts.values())
    assert "Kostić" in texts["00fe7edd-24c8-4857-98da-774ed3b06836.pdf"]
    assert "regenboogprovincie te mogen noemen" in texts["00fe7edd-24c8-4857-98da-774ed3b06836.pdf"]
    assert "\ufffe" not in everything and "´" not in everything
    # a footnote marker glued to a word is gone from the body
    doc = parsed("corpus/aanhangsel-pdf/1b2d2126-a21e-4c3e-9b18-42206b4cc791.pdf")
    assert "«Het was te verleidelijk»»?\n" in doc.text


@pytest.mark.parametrize("pdf", PDFS, ids=[p.name for p in PDFS])
def test_pdfplumber_engine_gives_identical_structure(pdf):
    fast = parsed(str(pdf.relative_to(ROOT)))
    slow = parsed(str(pdf.relative_to(ROOT)), "pdfplumber")
    assert slow.text == fast.text
    assert slow.questions == fast.questions
    assert slow.answers == fast.answers
    assert slow.footnotes == fast.footnotes
    assert slow.meta == fast.meta
    assert slow.pages == fast.pages


@lru_cache(maxsize=1)
def _questions_csv():
    return {d.source_name.partition("#")[2]: d for d in read_path(ROOT / "tests/fixtures/kamervragen-text/questions.csv")}


def test_csv_footnotes_marked_with_a_closing_bracket():
    """'... kunnen voldoen? 1)' in the body and '1) Vereniging Eigen Huis, ...' after the last answer."""
    doc = _questions_csv()["Antwoord_op_vragen_van_het_lid_Grinwis_o.docx"]
    (note,) = doc.footnotes
    assert note.marker == "1" and note.text.startswith("Vereniging Eigen Huis, 8 oktober 2024")
    q1 = next(q for q in doc.questions if q.numbers == (1,))
    assert q1.start <= note.anchor <= q1.end and q1.text.rstrip().endswith("voldoen?")
    assert "1)" not in q1.text and not any("Vereniging Eigen Huis, 8 oktober" in a.text for a in doc.answers)
