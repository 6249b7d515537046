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
_EMPTY_CELL = {"-", "–", "—", "*", "n.v.t.", "nvt", "n.b.", "nb", "niet beschikbaar", "Niet beschikbaar", "onbekend",
               "Onbekend", "N.v.t.", "n.v.t"}  # cells that hold no figure
# a gap between two column years: a few words, no digits, no sentence punctuation, not a conjunction
_GAP_RE = re.compile(r"[ \t\n]+(?:[^\W\d][\w/()&'’-]*[ \t\n]+){0,5}")
_NOT_A_GAP = re.compile(r"^\s*(?:(?:en|of|tot|t/m|tm|tot en met|en in|of in|tot en met|dan|als|naar|van|en van|"
                        r"tot in|t/m in|en het jaar|of het jaar)\s*)?$", re.IGNORECASE)
_MAX_LABEL_WORDS = 8
_QUALIFIER_RE = re.compile(r"[ \t]*\n?[ \t]*\(([^()\n]{1,30})\)")


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
        return ", ".join(p for p in (self.column, self.row) if p)


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
            # the last year qualified in brackets: "2024 (t/m 31-05)" is the year up to that day
            bracket = _QUALIFIER_RE.match(text, years[j].end())
            if bracket and find_time_expressions(bracket.group(1)):
                cols[-1] = (cols[-1][0], bracket.end())
            out.append((cols[0][0], cols[-1][1], cols))
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
    years = sorted(set(_YEAR_RE.findall(column)))  # "Raming 2017 (KMEV 2017)": one year, printed twice
    ref = resolve_time(find_time_expressions(column), len(column), int(years[0]) if len(years) == 1 else None)
    if ref.period_end and not ref.period_start and len(years) == 1 and ref.period_end.year == int(years[0]) \
            and not re.search(r"(?i)\btot\b|t/m|tm\b", column.split(years[0])[0]):
        return date(ref.period_end.year, 1, 1), ref.period_end  # "2024 (t/m 31-05)": that year up to the day
    if ref.period_start or ref.period_end:
        return ref.period_start, ref.period_end
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


_LINE_RE = re.compile(r"[^\n]+")
_SPAN_START = ("since", "since_month")


def _time_headers(text: str) -> list[tuple[int, int, list[tuple[int, int]]]]:
    """Header lines made only of two or more time columns that are not all bare years ("2023 1 januari tot 1
    juni 2024": the year 2023 and a span of 2024): (start, end, [(col start, col end)])."""
    out = []
    for line in _LINE_RE.finditer(text):
        s0 = line.start()
        exprs = find_time_expressions(line.group())
        if not exprs:
            continue
        parts = [(t.start, t.end, t.kind) for t in exprs]
        parts += [(m.start(), m.end(), "bare_year") for m in _YEAR_RE.finditer(line.group())
                  if not any(a <= m.start() < b for a, b, _ in parts)]
        parts.sort()
        cols: list[list[int]] = []
        for i, (a, b, kind) in enumerate(parts):
            if i and parts[i - 1][2] in _SPAN_START and kind in ("through", "through_month", "until", "until_month") \
                    and not line.group()[parts[i - 1][1]:a].strip():
                cols[-1][1] = b  # "1 januari" + "tot 1 juni 2024": one column
            else:
                cols.append([a, b])
        rest = line.group()
        for a, b in cols:
            rest = rest[:a] + " " * (b - a) + rest[b:]
        if len(cols) >= 2 and not rest.strip() and any(k != "bare_year" for _, _, k in parts):
            out.append((s0 + cols[0][0], s0 + cols[-1][1], [(s0 + a, s0 + b) for a, b in cols]))
    return out


def find_cells(text: str, caption_of) -> list[Cell]:
    """Every cell of every period table in ``text``; ``caption_of(header_start, floor)`` gives the span of
    the text naming the table, not reaching back before ``floor`` (the end of the previous table)."""
    out: list[Cell] = []
    floor = 0
    for hs, he, cols in sorted(_headers(text) + _time_headers(text)):
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
    out += [c for c in _year_rows(text, caption_of, 0) if c.start not in taken]
    taken = {c.start for c in out}
    return out + [c for c in _span_caption_rows(text, caption_of) if c.start not in taken]


# a caption that ends in a span of years, maybe with a footnote marker run into the last ("Aantal plofkraken in
# Nederland, België en Duitsland 2014–20182"), over rows of a name and one value a year
_SPAN_CAPTION_RE = re.compile(r"^[^\n]*?[^\W\d_][^\n]*?[ \t](?P<a>(?:19|20)\d{2})[ \t]?[–-][ \t]?(?P<b>(?:19|20)\d{2})\d?[ \t]*$",
                              re.M)
_SPAN_ROW_RE = re.compile(r"[ \t]*(?P<label>[^\W\d_][^\d\n]{0,40}?)(?P<cells>(?:[ \t]+\S+)+)[ \t]*$")


def _span_caption_rows(text: str, caption_of) -> list[Cell]:
    """The rows under a caption that ends in a span of years: a row of as many values as the span has years gives
    each value its year; a shorter row fills the first years (as a short row does under a header of years). Taken
    when at least two rows follow and one of them is full."""
    out: list[Cell] = []
    for m in _SPAN_CAPTION_RE.finditer(text):
        a, b = int(m.group("a")), int(m.group("b"))
        if not 2 <= b - a + 1 <= 12:
            continue
        n, pos, rows = b - a + 1, m.end(), []
        for line in re.finditer(r"[^\n]*", text[pos:]):
            if not line.group().strip():
                continue
            r = _SPAN_ROW_RE.fullmatch(line.group())
            toks = list(re.finditer(r"\S+", r.group("cells"))) if r else []
            if not r or not 2 <= len(toks) <= n or not all(_is_cell(t.group()) for t in toks):
                break
            base = pos + line.start() + r.start("cells")
            rows.append((" ".join(r.group("label").split()), [(base + t.start(), base + t.end()) for t in toks]))
        if len(rows) < 2 or not any(len(cells) == n for _, cells in rows):
            continue
        cs, ce = caption_of(m.start(), 0)
        ce = max(ce, m.end())
        for label, cells in rows:
            for k, (s, e) in enumerate(cells):
                if text[s:e] not in _EMPTY_CELL:
                    out.append(Cell(s, e, str(a + k), label, date(a + k, 1, 1), date(a + k, 12, 31), cs, ce))
    return out
