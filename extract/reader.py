"""Read a PDF, text or questions.csv file into ParsedDocuments: the entry point of the extraction.

``read_path`` reads and parses each PDF exactly once (pypdfium2 by default; ``engine="pdfplumber"`` gives
the same result more slowly). A file that cannot be used raises ReadFailure with a ReadError that names
the file (and page) and says what the user can do.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from kamergraaf.extract.anchors import infer_anchors
from kamergraaf.extract.assemble import assemble
from kamergraaf.extract.htmltext import html_to_text, looks_like_html
from kamergraaf.extract.layout import RoleLine, classify_pdf, classify_text
from kamergraaf.extract.metadata import extract_meta
from kamergraaf.extract.model import ParsedDocument, ReadError
from kamergraaf.extract.pdf import PdfPage, PdfProblem, read_pdf
from kamergraaf.extract.reflow import Box
from kamergraaf.extract.structure import structure
from kamergraaf.extract.textnotes import detach_text_notes
from kamergraaf.extract.textfile import (NotText, csv_documents, decode, drop_break_tags, join_split_questions,
                                        space_glued_cells, split_inline_headings, unmark_pdf_markdown,
                                        unpipe_rows)

SUFFIXES = (".pdf", ".txt", ".csv", ".html", ".htm")


class ReadFailure(Exception):
    """A file that cannot be used; ``error`` says what, where and what to do."""

    def __init__(self, error: ReadError) -> None:
        super().__init__(str(error))
        self.error = error


def _fail(path: Path | str, code: str, message: str, hint: str, page: int | None = None) -> ReadFailure:
    return ReadFailure(ReadError(str(path), message, hint, page, code))


def iter_input_files(paths) -> tuple[list[Path], list[ReadError]]:
    """Files named by ``paths`` (folders read recursively for .pdf/.txt/.csv), sorted; missing paths as errors."""
    files: set[Path] = set()
    errors: list[ReadError] = []
    for p in paths:
        path = Path(p)
        if path.is_dir():
            files.update(f for f in path.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES)
        elif path.is_file():
            files.add(path)
        else:
            errors.append(ReadError(str(path), "no such file or folder.",
                                    "Check the path; give PDF, .txt, .html or .csv files or folders holding them.",
                                    code="E100"))
    return sorted(files), errors


def read_path(path: str | Path, engine: str = "pdfium") -> list[ParsedDocument]:
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise _fail(path, "E100", "no such file.", "Check the path.") from exc
    except IsADirectoryError as exc:
        raise _fail(path, "E100", "is a folder, not a file.", "Give the files, or use `kamergraaf build FOLDER`.") from exc
    except OSError as exc:
        raise _fail(path, "E100", f"cannot be read ({exc.strerror}).", "Check the file's permissions.") from exc
    if not data.strip():
        raise _fail(path, "E104", "the file is empty.", "Download the document again; it holds no text.")
    suffix = path.suffix.lower()
    sha = hashlib.sha256(data).hexdigest()
    if suffix == ".pdf" or data[:5] == b"%PDF-":
        return [_read_pdf_file(path, data, sha, engine)]
    try:
        text = decode(data)
    except NotText as exc:
        raise _fail(path, "E108", "is neither a PDF nor a text file (binary data).",
                    "Give PDF, .txt, .html or .csv files.") from exc
    if suffix == ".csv":
        try:
            rows = csv_documents(text)
        except ValueError as exc:
            raise _fail(path, "E109", f"is not a questions CSV: {exc}.",
                        "Give a CSV with columns name,text_content (one document per row).") from exc
        docs = []
        for name, body in rows:
            docs.append(parse_text(body, str(path), f"{path.name}#{name}", sha, require_questions=False))
        return docs
    if suffix in (".html", ".htm") or looks_like_html(text):
        return [parse_text(html_to_text(text), str(path), path.name, sha, media="text/html")]
    return [parse_text(text, str(path), path.name, sha)]


def _read_pdf_file(path: Path, data: bytes, sha: str, engine: str) -> ParsedDocument:
    if b"%PDF-" not in data[:1024]:
        try:
            decode(data)
            raise _fail(path, "E105", "is named .pdf but is a text file, not a PDF.",
                        "Rename it to .txt to read it as plain text, or download the real PDF.")
        except NotText:
            raise _fail(path, "E101", "is not a PDF (no %PDF header): the file is damaged or of another type.",
                        "Download the document again.") from None
    try:
        pages = read_pdf(data, engine)
    except PdfProblem as exc:
        if exc.code == "encrypted":
            raise _fail(path, "E102", "the PDF is encrypted (password protected).",
                        "Save an unprotected copy (print to PDF) or get the public version of the document.") from exc
        raise _fail(path, "E101", f"the PDF is damaged or truncated: {exc.detail}.",
                    "Download the document again; if it stays broken, repair it (e.g. qpdf) first.", exc.page) from exc
    if not pages:
        raise _fail(path, "E101", "the PDF has no pages.", "Download the document again.")
    empty = [p.number for p in pages if p.char_count == 0]
    if len(empty) == len(pages):
        raise _fail(path, "E103", "the PDF has no text layer (a scan or images only).",
                    "Run OCR on it first (e.g. ocrmypdf) and read the OCR'd PDF.", 1)
    warnings = tuple(f"page {n} has no text layer (scanned?); its content is missing" for n in empty)
    lines = classify_pdf(pages)
    return build_document(lines, str(path), path.name, sha, "application/pdf", len(pages), warnings,
                          boxes=_boxes(pages, lines))


def _boxes(pages: list[PdfPage], lines: list[RoleLine]) -> list[Box | None] | None:
    """The position of each role line, taken from the PDF line it was made of (classify_pdf keeps one role
    line per PDF line, in order); None when that correspondence does not hold."""
    raw = [ln for page in pages for ln in page.lines]
    if len(raw) != len(lines) or any(r.text != ln.text for r, ln in zip(raw, lines)):
        return None
    return [Box(r.x0, r.x1, (r.x1 - r.x0) / len(r.text), r.size) if r.text else None for r in raw]


def parse_text(text: str, source_path: str, source_name: str, sha: str, require_questions: bool = True,
               media: str = "text/plain") -> ParsedDocument:
    text = unmark_pdf_markdown(text.replace("\r\n", "\n").replace("\r", "\n"))
    text = split_inline_headings(unpipe_rows(drop_break_tags(text)))
    text = space_glued_cells(join_split_questions(text))
    lines = detach_text_notes(classify_text(text))
    pages = max((ln.page for ln in lines), default=1)
    return build_document(lines, source_path, source_name, sha, media, pages, (), require_questions)


def build_document(lines: list[RoleLine], source_path: str, source_name: str, sha: str, media: str, page_count: int,
                   warnings: tuple[str, ...], require_questions: bool = True,
                   boxes: list[Box | None] | None = None) -> ParsedDocument:
    asm = assemble(lines, boxes)
    body = asm.text[:asm.body_end]
    questions, answers, header_end = structure(body, asm.pages)
    if not questions and require_questions:
        raise _fail(source_path, "E106", "no questions found: this is not a question/answer document "
                    "(no 'Vraag 1' or 'Vraag (1):' headings).",
                    "Give Kamervragen, Aanhangsel or 'lijst van vragen en antwoorden' documents; "
                    "leave this file out of the build.", 1)
    meta = extract_meta(body[:header_end], [f.text for f in asm.furniture], body, source_name, bool(answers),
                        bool(questions))
    warns = list(warnings)
    if not questions:
        warns.append("no questions found")
    elif not any(q.text for q in questions):
        warns.append("the questions are not printed: the answers are numbered in printed order, one per paragraph; "
                     "check the numbering against the questions' own publication")
    footnotes, note_warnings = infer_anchors(asm.text, asm.body_end, asm.footnotes, questions, answers)
    warns.extend(note_warnings)
    answered = {k for a in answers for k in a.question_keys}
    if answers and len(answered) < len(questions):
        warns.append(f"{len(questions) - len(answered)} question(s) without an answer")
    return ParsedDocument(source_path, source_name, sha, media, page_count, asm.text, asm.pages, meta, questions,
                          answers, footnotes, asm.furniture, tuple(warns))
