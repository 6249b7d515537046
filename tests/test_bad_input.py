"""Unusable input gives a ReadFailure naming the file (and page) and what to do; the other files are kept."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest

from kamergraaf.extract.reader import ReadFailure, iter_input_files, read_path

ROOT = Path(__file__).resolve().parent.parent
GOOD_PDF = ROOT / "corpus" / "aanhangsel-pdf" / "1b2d2126-a21e-4c3e-9b18-42206b4cc791.pdf"
BESLUITENLIJST = ROOT / "tests" / "fixtures" / "not-qa-pdf" / "besluitenlijst_example1.pdf"


def _failure(path: Path, engine: str = "pdfium"):
    with pytest.raises(ReadFailure) as info:
        read_path(path, engine=engine)
    error = info.value.error
    assert str(path) in str(error)
    assert error.hint  # says what the user can do
    return error


def _image_only_pdf(path: Path) -> None:
    pdf = pdfium.PdfDocument.new()
    page = pdf.new_page(200, 200)
    bitmap = pdfium.PdfBitmap.new_native(20, 20, pdfium.raw.FPDFBitmap_BGR)
    bitmap.fill_rect((40, 40, 40, 255), 0, 0, 20, 20)
    image = pdfium.PdfImage.new(pdf)
    image.set_bitmap(bitmap)
    image.set_matrix(pdfium.PdfMatrix().scale(100, 100).translate(50, 50))
    page.insert_obj(image)
    page.gen_content()
    pdf.save(str(path))


ENCRYPTED = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
             b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
             b"3 0 obj<</Filter/Standard/V 1/R 2/O(0123456789abcdef0123456789abcdef)"
             b"/U(0123456789abcdef0123456789abcdef)/P -4>>endobj\n"
             b"trailer<</Root 1 0 R/Encrypt 3 0 R/ID[<00112233445566778899aabbccddeeff><00112233445566778899aabbccddeeff>]"
             b"/Size 4>>\n%%EOF\n")


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_truncated_pdf(tmp_path, engine):
    bad = tmp_path / "truncated.pdf"
    bad.write_bytes(GOOD_PDF.read_bytes()[:3000])
    error = _failure(bad, engine)
    assert error.code == "E101" and "damaged or truncated" in error.message


def test_random_bytes_named_pdf(tmp_path):
    bad = tmp_path / "noise.pdf"
    bad.write_bytes(bytes(range(256)) * 20)
    assert _failure(bad).code == "E101"


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_encrypted_pdf(tmp_path, engine):
    bad = tmp_path / "locked.pdf"
    bad.write_bytes(ENCRYPTED)
    error = _failure(bad, engine)
    assert error.code == "E102" and "encrypted" in error.message


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_scanned_pdf_without_text_layer(tmp_path, engine):
    bad = tmp_path / "scan.pdf"
    _image_only_pdf(bad)
    error = _failure(bad, engine)
    assert error.code == "E103" and error.page == 1 and "OCR" in error.hint


def test_empty_file(tmp_path):
    for name in ("empty.pdf", "empty.txt"):
        bad = tmp_path / name
        bad.write_bytes(b"")
        assert _failure(bad).code == "E104"


def test_text_file_named_pdf(tmp_path):
    bad = tmp_path / "vragen.pdf"
    bad.write_text("Vraag 1\nIs dit een PDF?\nAntwoord 1\nNee.\n", encoding="utf-8")
    error = _failure(bad)
    assert error.code == "E105" and ".txt" in error.hint


@pytest.mark.parametrize("pdf", sorted((ROOT / "tests" / "fixtures" / "not-qa-pdf").glob("*.pdf")),
                         ids=lambda p: p.name)
def test_besluitenlijst_has_no_questions(pdf):
    error = _failure(pdf)
    assert error.code == "E106" and "no questions" in error.message


def test_iter_input_files_reports_missing_paths_and_reads_folders(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "b.pdf").write_bytes(b"%PDF-")
    (tmp_path / "c.docx").write_bytes(b"PK")
    files, errors = iter_input_files([tmp_path, tmp_path / "missing.pdf"])
    assert files == [tmp_path / "b.pdf", tmp_path / "sub" / "a.txt"]
    assert len(errors) == 1 and "missing.pdf" in str(errors[0])


def test_good_files_survive_next_to_bad_ones(tmp_path):
    """What a build does per file: every good file is read, every bad one reported."""
    (tmp_path / "empty.pdf").write_bytes(b"")
    (tmp_path / "cut.pdf").write_bytes(GOOD_PDF.read_bytes()[:2000])
    (tmp_path / "good.pdf").write_bytes(GOOD_PDF.read_bytes())
    files, errors = iter_input_files([tmp_path])
    docs = []
    for f in files:
        try:
            docs.extend(read_path(f))
        except ReadFailure as exc:
            errors.append(exc.error)
    assert [d.source_name for d in docs] == ["good.pdf"]
    assert len(docs[0].questions) == 5
    assert sorted(Path(e.path).name for e in errors) == ["cut.pdf", "empty.pdf"]


def test_cli_extract_names_the_file_without_traceback(tmp_path, capsys):
    from kamergraaf.cli import main

    bad = tmp_path / "cut.pdf"
    bad.write_bytes(GOOD_PDF.read_bytes()[:2000])
    assert main(["extract", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "cut.pdf" in err and "Traceback" not in err
