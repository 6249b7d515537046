"""Headings and answer links, on layouts from the real corpus (questions.csv and the PDFs)."""

import csv
from functools import lru_cache
from pathlib import Path

from kamergraaf.extract.model import Page
from kamergraaf.extract.reader import read_path
from kamergraaf.extract.structure import parse_numbers, structure

CSV = Path(__file__).resolve().parent / "fixtures" / "kamervragen-text" / "questions.csv"


def test_parse_numbers():
    assert parse_numbers("2 en 3") == (2, 3)
    assert parse_numbers("3, 4, 5 en 6") == (3, 4, 5, 6)
    assert parse_numbers("7, 8, 9 10 en 11") == (7, 8, 9, 10, 11)
    assert parse_numbers("2 t/m 6") == (2, 3, 4, 5, 6)


def _run(body):
    return structure(body, (Page(1, 0, len(body)),))


def test_separate_questions_answered_together():
    qs, ans, _ = _run("Vragen van het lid X\n\nVraag 5\nEen?\n\nVraag 6\nTwee?\n\nAntwoord 5 en 6\nBeide.\n")
    assert [q.key for q in qs] == ["q5", "q6"]
    assert ans[0].key == "a5-6" and ans[0].question_keys == ("q5", "q6")


def test_ministry_layout_answer_on_vraag():
    qs, ans, _ = _run("AH 601\nAntwoord van minister Y (Z)\n\nVraag 1\nWaarom?\n\nAntwoord op vraag 1\nDaarom.\n")
    assert ans[0].heading == "Antwoord op vraag 1" and ans[0].question_keys == ("q1",) and ans[0].text == "Daarom."


def test_sentence_starting_with_vraag_is_not_a_heading():
    qs, ans, _ = _run("Vraag 1\nHoe?\n\nAntwoord 1\nZo.\nVraag 1 is eerder beantwoord.\n")
    assert len(qs) == 1 and "Vraag 1 is eerder beantwoord." in ans[0].text


@lru_cache(maxsize=None)
def csv_docs():
    return {d.source_name.split("#", 1)[1]: d for d in read_path(CSV)}


def test_all_86_csv_texts_read():
    with CSV.open(encoding="utf-8") as fh:
        csv.field_size_limit(1 << 30)
        names = [row["name"] for row in csv.DictReader(fh)]
    docs = csv_docs()
    assert len(names) == 86 and set(docs) == set(names)
    assert sum(len(d.questions) for d in docs.values()) > 700


def test_csv_layouts():
    docs = csv_docs()
    numbered = docs["Antwoord_op_vragen_van_het_lid_Nordkamp_.docx"]  # "1. ..." then "Antwoord:"
    assert [q.numbers for q in numbered.questions][:3] == [(1,), (2,), (3,)]
    assert numbered.answers[1].question_keys == ("q2",) and numbered.answers[1].text.startswith("IAI heeft")
    ministry = docs["Antwoord_op_vragen_van_het_lid_Ceder_ove.docx"]  # "Antwoord op vraag 1"
    assert ministry.answers and all(a.question_keys for a in ministry.answers)
    mededeling = docs["Uitstel_beantwoording_vragen_van_de_lede.pdf"]
    assert mededeling.meta.kind == "mededeling" and mededeling.questions and not mededeling.answers


def test_csv_bare_number_questions_with_plain_antwoord_headings():
    docs = csv_docs()
    for name, count in (("Antwoord_op_vragen_van_het_lid_Beckerman.docx", 7),
                        ("Antwoord_op_vragen_van_lid_Thijssen_over.docx", 9)):
        d = docs[name]
        assert [q.numbers for q in d.questions] == [(k,) for k in range(1, count + 1)], name
        assert [a.question_keys for a in d.answers] == [(f"q{k}",) for k in range(1, count + 1)], name
        assert all(a.heading == "Antwoord" for a in d.answers)
    thijssen = docs["Antwoord_op_vragen_van_lid_Thijssen_over.docx"]
    assert thijssen.questions[0].text == "Heeft u kennisgenomen van de financiële problemen bij het bedrijf Ebusco?"
    assert thijssen.answers[0].text == "Ja."


def test_csv_unnumbered_question_paragraphs():
    docs = csv_docs()
    d = docs["Het_bericht_'Geboortezorg_voor_asielzoek.docx"]
    assert d.meta.kind == "kamervragen" and len(d.questions) == 11 and not d.answers
    assert d.questions[0].text.startswith("Heeft u kennisgenomen van het bericht 'Geboortezorg voor asielzoekers")
    assert d.questions[-1].text.endswith("op welke termijn zijn deze misstanden opgelost?")
    # the '[1]' notes at the end are footnotes, not questions; their markers are out of the questions
    assert [f.marker for f in d.footnotes] == ["1", "2", "3"]
    assert all("[1]" not in q.text and "NOS Nieuws" not in q.text for q in d.questions)
    school = docs["Het_bericht_'Een_derde_van_de_schoolbest.docx"]
    assert len(school.questions) == 9 and school.questions[0].text.endswith("laat zich maximaal belonen'?")


def test_paragraphs_without_questions_are_not_taken_as_questions():
    # a notice after a 'Vragen van het lid' sentence, with no question marks: no questions
    body = ("Mededeling\n\nVragen van het lid X (Y) over Z.\n\nDe vragen kunnen niet binnen de termijn worden "
            "beantwoord.\n\nIk zal de antwoorden zo spoedig mogelijk sturen.\n")
    qs, ans, _ = _run(body)
    assert qs == () and ans == ()


def test_csv_stubs_and_notices_have_no_questions():
    docs = csv_docs()
    for name in ("Het_bericht_‘TEMU_schendt_privacy_door_t.pdf", "De_uitspraak_van_de_hoge_raad_over_de_ar.pdf",
                 "Het_bericht_‘Woo_leidt_tot_toename_van_i.pdf"):
        d = docs[name]  # 'Mondelinge vragen' cover pages: the questions are asked orally
        assert not d.questions and "no questions found" in d.warnings and len(d.text) < 500
    for name in ("Uitstel_beantwoording_vragen_van_de_lede.docx", "Uitstel_beantwoording_vragen_van_het_lid.docx"):
        d = docs[name]
        assert d.meta.kind == "mededeling" and not d.questions and "no questions found" in d.warnings


def test_question_number_printed_twice_is_no_new_question():
    """Kathmann (questions.csv) prints 'Vraag 7' twice and then 'Antwoord 8': keys stay unique and valid."""
    d = csv_docs()["Antwoord_op_vragen_van_het_lid_Kathmann_.pdf"]
    keys = [q.key for q in d.questions] + [a.key for a in d.answers]
    assert len(keys) == len(set(keys)) and not any("_" in k for k in keys)
    q7 = next(q for q in d.questions if q.numbers == (7,))
    assert q7.text.count("Deelt u de mening dat er voldoende lokaal personeel") == 2
    a8 = next(a for a in d.answers if a.numbers == (8,))
    assert a8.question_keys == ("q7",)
    qs, ans, _ = _run("Vraag 1\nEen?\n\nVraag 1\nEen?\n\nAntwoord 1\nJa.\n\nAntwoord 1\nNog eens ja.\n")
    assert [q.key for q in qs] == ["q1"] and [a.key for a in ans] == ["a1"] and ans[0].text.endswith("Nog eens ja.")
