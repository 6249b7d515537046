"""PDF pages to positioned lines, through pypdfium2 (default) or pdfplumber.

Both engines yield the same plain characters (text, left, right, bottom, font size) in page coordinates with
the origin at the top left; one shared routine groups them into lines. Small raised characters (footnote
markers such as the ``1`` in ``Both Ends1?``) are not part of a line's text: they are kept as markers with
their position in the line, so the body text never contains them.

pypdfium2 reads the text layer about 50 times faster than pdfplumber's pure-Python parser; each file is
opened and parsed once.
"""

from __future__ import annotations

import ctypes
from collections import Counter
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path

ENGINES = ("pdfium", "pdfplumber")


# A character: (text, left, right, bottom, font size); bottom is measured from the top of the page.
Char = tuple[str, float, float, float, float]
T, X0, X1, BOTTOM, SIZE = range(5)


@dataclass(frozen=True)
class Line:
    page: int
    text: str
    markers: tuple[tuple[int, str], ...]  # (index into text where the marker stood, marker text)
    x0: float
    x1: float
    bottom: float
    size: float  # dominant font size of the line


@dataclass(frozen=True)
class PdfPage:
    number: int
    width: float
    height: float
    lines: tuple[Line, ...]
    char_count: int


class PdfProblem(Exception):
    """The PDF cannot be read: ``code`` is one of corrupt, encrypted, empty."""

    def __init__(self, code: str, detail: str, page: int | None = None) -> None:
        super().__init__(detail)
        self.code = code
        self.detail = detail
        self.page = page


def read_pdf(data: bytes, engine: str = "pdfium") -> list[PdfPage]:
    """Every page of the PDF in ``data`` as positioned lines."""
    if engine not in ENGINES:
        raise ValueError(f"unknown PDF engine {engine!r}; choose one of {', '.join(ENGINES)}")
    return _read_pdfium(data) if engine == "pdfium" else _read_pdfplumber(data)


# ---- engines ------------------------------------------------------------------------------------


def _read_pdfium(data: bytes) -> list[PdfPage]:
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        text = str(exc)
        if "password" in text.lower():
            raise PdfProblem("encrypted", "the PDF is encrypted (password protected)") from exc
        raise PdfProblem("corrupt", f"the PDF cannot be opened ({text})") from exc
    pages = []
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            width, height = page.get_size()
            textpage = page.get_textpage()
            chars = _pdfium_chars(textpage, height, raw)
            pages.append(PdfPage(index + 1, width, height, tuple(group_lines(chars, index + 1)), len(chars)))
            textpage.close()
            page.close()
    except pdfium.PdfiumError as exc:
        raise PdfProblem("corrupt", f"page {len(pages) + 1} cannot be read ({exc})", len(pages) + 1) from exc
    finally:
        pdf.close()
    return pages


def _pdfium_chars(textpage, height: float, raw) -> list[Char]:
    """Every character of a page with its loose box and font size (the hot loop of the reader: one pdfium call
    per character, the font size computed once per distinct box height)."""
    handle = textpage.raw
    count = textpage.count_chars()
    if count <= 0:
        return []
    text = textpage.get_text_range(0, count)
    if len(text) != count:
        text = "".join(chr(raw.FPDFText_GetUnicode(handle, i)) for i in range(count))
    rect = raw.FS_RECTF()
    box = ctypes.byref(rect)
    matrix = raw.FS_MATRIX()
    get_box, box_handle = _loose_box_call(raw, handle)
    is_generated = raw.FPDFText_IsGenerated
    # font size by rounded box height (and whether the character is a space); the first character of a height
    # decides, later ones reuse it. ``exact`` maps the unrounded height to the same value without rounding.
    sizes: dict[tuple, float] = {}
    exact: tuple[dict[float, float], dict[float, float]] = ({}, {})
    out = []
    append = out.append
    for i, ch in enumerate(text):
        if ch == "\r" or ch == "\n":
            continue
        space = ch == " "
        if space:
            if is_generated(handle, i):
                continue
        elif ch == "\ufffe" or ch == "\x02":  # pdfium marks a line-end hyphen it considers soft
            ch = "-"
        get_box(box_handle, i, box)
        bottom = rect.bottom
        h = rect.top - bottom
        cache = exact[space]
        size = cache.get(h)
        if size is None:
            key = (round(h, 2), space)
            size = sizes.get(key)
            if size is None:
                raw.FPDFText_GetMatrix(handle, i, matrix)
                scale = (matrix.c * matrix.c + matrix.d * matrix.d) ** 0.5 or 1.0
                size = round(raw.FPDFText_GetFontSize(handle, i) * scale, 2)
                sizes[key] = size
            cache[h] = size
        append((ch, rect.left, rect.right, height - bottom, size))
    return out


def _loose_box_call(raw, handle):
    """``FPDFText_GetLooseCharBox`` called without ctypes' per-call argument checks (a third of the per-character
    cost): the same C function through a prototype without argtypes, given the text page as a plain pointer."""
    try:
        address = ctypes.cast(raw.FPDFText_GetLooseCharBox, ctypes.c_void_p).value
        unchecked = ctypes.CFUNCTYPE(ctypes.c_int)(address)
        return unchecked, ctypes.c_void_p(ctypes.cast(handle, ctypes.c_void_p).value)
    except (ctypes.ArgumentError, TypeError, AttributeError):
        return raw.FPDFText_GetLooseCharBox, handle


def _read_pdfplumber(data: bytes) -> list[PdfPage]:
    import io

    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError
    from pdfminer.psparser import PSException
    from pdfplumber.utils.exceptions import PdfminerException

    broken = (PdfminerException, PDFSyntaxError, PSException, ValueError, KeyError, TypeError)
    pages: list[PdfPage] = []
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for page in pdf.pages:
                chars = [
                    (_CID.get(c["text"], c["text"]), c["x0"], c["x1"], c["bottom"], round(c["size"], 2))
                    for c in page.chars
                    if c["text"] not in "\r\n"
                ]
                pages.append(PdfPage(page.page_number, float(page.width), float(page.height),
                                     tuple(group_lines(chars, page.page_number)), len(chars)))
    except PDFPasswordIncorrect as exc:
        raise PdfProblem("encrypted", "the PDF is encrypted (password protected)") from exc
    except broken as exc:
        cause = exc.args[0] if exc.args and isinstance(exc.args[0], Exception) else exc.__cause__ or exc.__context__
        if isinstance(cause, PDFPasswordIncorrect):
            raise PdfProblem("encrypted", "the PDF is encrypted (password protected)") from exc
        where = len(pages) + 1 if pages else None
        raise PdfProblem("corrupt", f"the PDF cannot be read ({exc.__class__.__name__}: {exc})", where) from exc
    return pages


_CID = {"(cid:129)": "\u2022"}  # a bullet glyph without a Unicode mapping; pdfium reads it as U+2022


# ---- characters to lines ------------------------------------------------------------------------


def group_lines(chars: list[Char], page: int) -> list[Line]:
    """Group characters into lines by their bottom edge; small raised characters become markers."""
    if not chars:
        return []
    counts = Counter(c[SIZE] for c in chars if c[T] != " ")
    body_size = counts.most_common(1)[0][0] if counts else 0.0
    rows: list[list[Char]] = []
    last = None
    for c in sorted(chars, key=_BY_BOTTOM_X0):
        if last is not None and c[BOTTOM] - last <= 1.5:
            rows[-1].append(c)
        else:
            rows.append([c])
            last = c[BOTTOM]
    # a row of only small characters that can be markers (superscript digits, '*') is a marker row
    small = 0.72 * body_size
    normal, marker_rows = [], []
    for row in rows:
        visible = [c for c in row if c[T] != " "]
        if visible and len(visible) <= 6 and all((c[T].isdigit() or c[T] in "*\u2020") and c[SIZE] < small
                                                 for c in visible):
            marker_rows.append(visible)
        else:
            normal.append(row)
    row_info = [(row[0][BOTTOM], max(c[SIZE] for c in row)) for row in normal]
    pending: dict[int, list[Char]] = {}
    for mrow in marker_rows:
        target = _host_row(mrow[0], row_info)
        if target is None:
            normal.append(mrow)
        else:
            pending.setdefault(target, []).extend(mrow)
    lines = [_make_line(row, pending.get(i, []), page) for i, row in enumerate(normal)]
    lines.sort(key=lambda ln: ln.bottom)
    return [ln for ln in lines if ln.text.strip() or ln.markers]


def _host_row(mark: Char, row_info: list[tuple[float, float]]) -> int | None:
    """Index of the text row a raised marker belongs to: the nearest row whose bottom is just below it."""
    best, best_d = None, None
    for i, (bottom, size) in enumerate(row_info):
        d = bottom - mark[BOTTOM]
        if 0 < d <= 0.75 * size and (best_d is None or d < best_d):
            best, best_d = i, d
    return best


_BY_BOTTOM_X0 = itemgetter(BOTTOM, X0)
_BY_X0 = itemgetter(X0)


def _make_line(row: list[Char], markers: list[Char], page: int) -> Line:
    sizes = Counter([c[SIZE] for c in row if c[T] != " "])
    size = sizes.most_common(1)[0][0] if sizes else row[0][SIZE]
    text, marks = _line_text(row, markers) if markers else (_plain_text(row), [])
    visible = [c for c in row if c[T] != " "] or row
    return Line(page, text, tuple(marks), min(map(_BY_X0, visible)), max(c[X1] for c in visible),
                max(c[BOTTOM] for c in row), size)


def _plain_text(row: list[Char]) -> str:
    """The text of a row without markers: characters left to right, a space where the gap is wide."""
    parts: list[str] = []
    append = parts.append
    prev_x1 = None
    last = " "  # the last part appended; a leading space is never written
    for ch, x0, x1, _, size in sorted(row, key=_BY_X0):
        if ch == " ":
            if last != " ":
                append(" ")
                last = " "
        else:
            if last != " " and prev_x1 is not None and x0 - prev_x1 > 0.2 * size:
                append(" ")
            append(ch)
            last = ch
        prev_x1 = x1
    return "".join(parts).rstrip()


def _line_text(row: list[Char], markers: list[Char]) -> tuple[str, list[tuple[int, str]]]:
    """The text of a row and its markers with their positions in that text."""
    items = sorted([(c[X0], 0, c) for c in row] + [(c[X0], 1, c) for c in markers], key=lambda t: (t[0], t[1]))
    parts: list[str] = []
    marks: list[tuple[int, str]] = []
    prev: Char | None = None
    prev_mark = False
    length = 0
    for _, is_mark, c in items:
        ch = c[T]
        if is_mark:
            if marks and marks[-1][0] == length and prev_mark:
                marks[-1] = (length, marks[-1][1] + ch)
            else:
                marks.append((length, ch))
            prev, prev_mark = c, True
            continue
        if ch == " ":
            if parts and parts[-1] != " ":
                parts.append(" ")
                length += 1
        else:
            if prev is not None and parts and parts[-1] != " " and c[X0] - prev[X1] > 0.2 * c[SIZE]:
                parts.append(" ")
                length += 1
            parts.append(ch)
            length += len(ch)
        prev, prev_mark = c, False
    text = "".join(parts).rstrip()
    return text, [(min(p, len(text)), m) for p, m in marks]


def page_count_hint(path: Path) -> int:
    """Pages of a PDF without reading its text (for error messages)."""
    import pypdfium2 as pdfium

    try:
        return len(pdfium.PdfDocument(str(path)))
    except pdfium.PdfiumError:
        return 0
