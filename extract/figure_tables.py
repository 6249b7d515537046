"""Flattened tables in an answer's text: a header of period columns followed by rows of a label and one
number per column.

    Grond Meldingen in 2021 Meldingen in 2022 Meldingen in 2023
    Geslacht(Trans) 2 3 6
    Seksuele gerichtheid 10 14 34

Each cell is a figure whose period is its column's period and whose measure is its column header plus its
row label ("Meldingen in 2021, Geslacht(Trans)"). The rules work on whitespace-separated tokens, so they do
not depend on where the text has its line breaks (rows joined into one line parse the same).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from kamergraaf.extract.numbers import NUMBER_RE, find_time_expressions, resolve_time

_YEAR_RE = re.compile(r"(?<![\w.,/-])(?:19|20)\d{2}(?![\w.,/-]|[.,]\d)")
_TOKEN_RE = re.compile(r"\S+")
_CELL_RE = re.compile(r"(?:€\s?)?(?:" + NUMBER_RE.pattern + r")%?")
_EMPTY_CELL = {"-", "–", "—", "*", "n.v.t.", "nvt"}
# a gap between two column years: a few words, no digits, no sentence punctuation, not a conjunction
_GAP_RE = re.compile(r"[ \t\n]+(?:[^\W\d][\w/()&'’-]*[ \t\n]+){0,5}")
_NOT_A_GAP = re.compile(r"^\s*(?:(?:en|of|tot|t/m|tm|tot en met|en in|of in|tot en met|dan|als|naar|van|en van|"
                        r"tot in|t/m in|en het jaar|of het jaar)\s*)?$", re.IGNORECASE)
_MAX_LABEL_WORDS = 8


@dataclass(frozen=True)
class Cell:
    start: int  # the number, offsets into the answer text
    end: int
    column: str
    row: str
    period_start: date | None
    period_end: date | None
    caption_start: int  # the text before the header that names the table
    caption_end: int
    label_year: bool = False  # the row label is a year (no figure)

    @property
    def measure(self) -> str:
        return f"{self.column}, {self.row}" if self.row else self.column


def _headers(text: str) -> list[tuple[int, int, list[tuple[int, int]]]]:
    """Runs of two or more years with the same short gap between them: (start, end, [(col start, col end)])."""
    years = list(_YEAR_RE.finditer(text))
    out = []
    i = 0
    while i < len(years):
        j = i
        gaps: list[str] = []
        while j + 1 < len(years):
            gap = text[years[j].end():years[j + 1].start()]
            if not _GAP_RE.fullmatch(gap) or (gap.strip() and _NOT_A_GAP.match(gap)):
                break
            if gaps and " ".join(gap.split()).lower() != " ".join(gaps[0].split()).lower():
                break
            gaps.append(gap)
            j += 1
        if j > i:
            cols = []
            words = len(gaps[0].split())
            for k in range(i, j + 1):
                y = years[k]
                if k == i:
                    base = max(0, y.start() - 200)
                    head = list(_TOKEN_RE.finditer(text[base:y.start()]))[-words:] if words else []
                    s = base + head[0].start() if head else y.start()
                else:
                    s = years[k - 1].end() + (len(gaps[k - i - 1]) - len(gaps[k - i - 1].lstrip()))
                cols.append((s, y.end()))
            out.append((cols[0][0], years[j].end(), cols))
        i = j + 1
    return out


def _rows(text: str, start: int, n: int) -> list[tuple[str, list[tuple[int, int] | None]]]:
    """Rows after a header of ``n`` columns: a label of a few words, then exactly ``n`` cells."""
    toks = list(_TOKEN_RE.finditer(text, start))
    rows = []
    i = 0
    while i < len(toks):
        label: list[str] = []
        while i < len(toks) and not _is_cell(toks[i].group()) and len(label) <= _MAX_LABEL_WORDS:
            label.append(toks[i].group())
            i += 1
        cells: list[tuple[int, int] | None] = []
        while i < len(toks) and _is_cell(toks[i].group()) and len(cells) <= n:
            t = toks[i]
            cells.append(None if t.group() in _EMPTY_CELL else (t.start(), t.end()))
            i += 1
        if not label or len(label) > _MAX_LABEL_WORDS or len(cells) != n or _YEAR_RE.fullmatch(label[-1]):
            break
        if any(w.endswith((".", ":", ";")) and not re.fullmatch(r"\w\.", w) for w in label[:-1]):
            break  # a sentence, not a row label
        if all(c is None for c in cells):
            break
        rows.append((" ".join(label), cells))
    return rows


def _is_cell(tok: str) -> bool:
    return tok in _EMPTY_CELL or bool(_CELL_RE.fullmatch(tok)) and not _YEAR_RE.fullmatch(tok)


def _period(column: str) -> tuple[date | None, date | None]:
    ref = resolve_time(find_time_expressions(column), len(column))
    if ref.period_start or ref.period_end:
        return ref.period_start, ref.period_end
    years = _YEAR_RE.findall(column)
    if len(years) == 1:
        y = int(years[0])
        return date(y, 1, 1), date(y, 12, 31)
    return None, None


# a row labelled by its year: "2019 22 2 486,8", "2024 (tot 1 juni 2024) 2 1 331"
_YEAR_ROW_RE = re.compile(r"^(?P<label>(?:19|20)\d{2}(?:[ \t]*\([^)\n]{1,40}\))?)(?P<cells>(?:[ \t]+\S+){1,8})[ \t]*$", re.M)


def _year_rows(text: str, caption_of, floor: int) -> list[Cell]:
    """Tables whose rows are years: two or more successive lines of a year and the same number of cells;
    each cell's period is its row's year (or the period the row's bracket states)."""
    rows = []
    for m in _YEAR_ROW_RE.finditer(text):
        toks = list(_TOKEN_RE.finditer(m.group("cells")))
        if m.start() < floor or not all(_is_cell(t.group()) for t in toks):
            continue
        rows.append((m, [(m.start("cells") + t.start(), m.start("cells") + t.end()) for t in toks]))
    out: list[Cell] = []
    for i, (m, cells) in enumerate(rows):
        neighbours = [r for r in rows[max(0, i - 1):i + 2] if r[0] is not m and len(r[1]) == len(cells)
                      and abs(r[0].start() - m.start()) <= max(len(m.group()), len(r[0].group())) + 2]
        if not neighbours:
            continue
        label = " ".join(m.group("label").split())
        ps, pe = _period(label)
        year = int(label[:4])
        if ps is None or ps.year != year:
            ps = date(year, 1, 1)
        if pe is None or pe.year != year:
            pe = date(year, 12, 31)
        cs, ce = caption_of(m.start(), floor)
        out += [Cell(s, e, label, "", ps, pe, cs, ce) for s, e in cells if text[s:e] not in _EMPTY_CELL]
    return out


def find_tables(text: str, caption_of) -> tuple[list[Cell], list[tuple[int, int]]]:
    """The cells of every table in ``text`` and the spans of row labels that are numbers (article numbers,
    years: no figures)."""
    cells, labels = line_tables(text, caption_of)
    taken = {c.start for c in cells}
    return cells + [c for c in find_cells(text, caption_of) if c.start not in taken], labels


def find_cells(text: str, caption_of) -> list[Cell]:
    """Every cell of every period table in ``text``; ``caption_of(header_start, floor)`` gives the span of
    the text naming the table, not reaching back before ``floor`` (the end of the previous table)."""
    out: list[Cell] = []
    floor = 0
    for hs, he, cols in _headers(text):
        rows = _rows(text, he, len(cols))
        if not rows or hs < floor:
            continue
        cs, ce = caption_of(hs, floor)
        for label, cells in rows:
            for (s, e), cell in zip(cols, cells):
                if cell is None:
                    continue
                column = " ".join(text[s:e].split())
                ps, pe = _period(column)
                out.append(Cell(cell[0], cell[1], column, label, ps, pe, cs, ce))
        floor = max(c[1] for _, cells in rows for c in cells if c is not None)
    taken = {c.start for c in out}
    return out + [c for c in _year_rows(text, caption_of, 0) if c.start not in taken]


# Tables as web pages print them: one cell per line, cells separated by blank lines, row by row.
#
#     Artikel / Fte extern / Fte eigen personeel / 32 / 6 / 254 / 33 / 211 / 5.550 / Totaal / 1.388 / 30.206
#     2016 / 2017 / 2018 / Wervingsopgave / 700 / 1.250 / 1.700 / Realisatie / 1.100 / 900
#     Jaarverslag (2e suppletoire wet + slotwet) / 2020 / € 273 miljoen / 2021 / € 46 miljoen
#
# (an empty top-left cell is lost, and a row may stop before its last columns when they are empty).
_PARA_RE = re.compile(r"(?:(?<=\n\n)|^)[ \t]*(?P<cell>[^\n]*?\S)[ \t]*(?=\n\n|\n?$)")
_VALUE = r"(?:€[ \t]?)?[-−]?(?:" + NUMBER_RE.pattern + r")(?:[ \t]?(?:miljoen|miljard|mln\.?|mld\.?|mrd\.?|%))?"
_VALUE_RE = re.compile(_VALUE + r"(?:[ \t]?[–-][ \t]?" + _VALUE + r")?")
_CELL_WORDS = 8
_NOT_A_CELL = re.compile(r"^(?:Tabel|Figuur|Grafiek|Bron|Noot|X Noot)\b|[.:;?!,]$")
_YEAR_MARKER = re.compile(r"((?:19|20)\d{2})\d{1,2}")  # a year with a footnote marker run into it: "20231"


def _line_cells(text: str) -> list[list[tuple[int, int, str]]]:
    """Runs of single-line paragraphs short enough to be table cells."""
    runs: list[list[tuple[int, int, str]]] = []
    run: list[tuple[int, int, str]] = []
    for m in _PARA_RE.finditer(text):
        cell = m.group("cell")
        ok = len(cell.split()) <= _CELL_WORDS and (_VALUE_RE.fullmatch(cell) or not _NOT_A_CELL.search(cell))
        if ok and run and text[run[-1][1]:m.start("cell")].strip():
            runs.append(run)
            run = []
        if ok:
            run.append((m.start("cell"), m.end("cell"), cell))
        elif run:
            runs.append(run)
            run = []
    if run:
        runs.append(run)
    return [r for r in runs if len(r) >= 5]


def _is_value(cell: str) -> bool:
    return bool(_VALUE_RE.fullmatch(cell)) or cell in _EMPTY_CELL


def _year_of(cell: str, years_column: bool) -> int | None:
    if _YEAR_RE.fullmatch(cell):
        return int(cell)
    m = _YEAR_MARKER.fullmatch(cell)
    return int(m.group(1)) if m and years_column else None


def _numbers(start: int, cell: str) -> list[tuple[int, int]]:
    """The figures of a value cell (two for a range), offsets into the text; the first from the currency sign."""
    if cell in _EMPTY_CELL:
        return []
    nums = list(NUMBER_RE.finditer(cell))
    out = [(start, start + (nums[1].start() if len(nums) > 1 else len(cell)))]
    if len(nums) > 1:
        out[0] = (start, start + nums[0].end())
        out.append((start + nums[1].start(), start + len(cell)))
    return out


def _label(cell: str) -> str:
    return re.sub(r"(?<=[^\W\d])\d{1,2}$", "", cell)  # a footnote marker run into the label


def _year_header(run, caption_of, labels) -> list[Cell]:
    """A header of years, then rows of a label and at most one value per year."""
    years = []
    for s, e, cell in run:
        if not _YEAR_RE.fullmatch(cell):
            break
        years.append((s, e, int(cell)))
    out: list[Cell] = []
    i = len(years)
    cs, ce = caption_of(years[0][0], 0)
    while i < len(run) and not _is_value(run[i][2]):
        label = _label(run[i][2])
        j = i + 1
        while j < len(run) and _is_value(run[j][2]) and j - i <= len(years):
            j += 1
        if j == i + 1:
            break
        for (s, e, cell), (_, _, y) in zip(run[i + 1:j], years):
            for a, b in _numbers(s, cell):
                out.append(Cell(a, b, str(y), label, date(y, 1, 1), date(y, 12, 31), cs, ce))
        i = j
    return out


def _row_table(run, caption_of, labels) -> list[Cell]:
    """A header of words, then rows whose first cell is the label (a name, an article number, a year)."""
    h = 0
    while h < len(run) and not _is_value(run[h][2]):
        h += 1
    for k in (h, h + 1):
        if k < 2:
            continue
        body = run[h:]
        rows = []
        for r in range(len(body) // k):
            row = body[r * k:(r + 1) * k]
            if not all(_is_value(c[2]) for c in row[1:]) or all(c[2] in _EMPTY_CELL for c in row[1:]):
                break
            rows.append(row)
        if len(rows) < 2 or (k == h + 1 and any(_is_value(r[0][2]) and not _year_of(r[0][2], True) for r in rows)):
            continue
        years_column = sum(_YEAR_RE.fullmatch(r[0][2]) is not None for r in rows) >= len(rows) - 1
        heads = [c[2] for c in run[:h]]
        heads = heads if k == h else [""] + heads
        cs, ce = caption_of(run[0][0], 0)
        out: list[Cell] = []
        for row in rows:
            y = _year_of(row[0][2], years_column)
            if _is_value(row[0][2]) or y:
                labels.append((row[0][0], row[0][1]))
            for col, (s, e, cell) in enumerate(row[1:], start=1):
                column = _label(heads[col]) if col < len(heads) else ""
                ps, pe = (date(y, 1, 1), date(y, 12, 31)) if y else _period(column)
                for a, b in _numbers(s, cell):
                    out.append(Cell(a, b, column, _label(row[0][2]), ps, pe, cs, ce, bool(y)))
        return out
    return []


def line_tables(text: str, caption_of) -> tuple[list[Cell], list[tuple[int, int]]]:
    """The cells of tables printed one cell per line, and the spans of number-like row labels."""
    if "\n\n" not in text:
        return [], []
    cells: list[Cell] = []
    labels: list[tuple[int, int]] = []
    for run in _line_cells(text):
        corner = 0  # a corner cell that heads the row labels ("Categorie", "Jaar")
        while corner < min(2, len(run)) and not _is_value(run[corner][2]):
            corner += 1
        if len(run) >= corner + 3 and all(_YEAR_RE.fullmatch(c[2]) for c in run[corner:corner + 2]):
            cells += _year_header(run[corner:], caption_of, labels)
        else:
            cells += _row_table(run, caption_of, labels)
    return cells, labels
