"""Tables as web pages print them: one cell per line, cells separated by blank lines, row by row (see
``line_tables``); ``find_tables`` joins them with the whitespace-separated tables of ``figure_tables``."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from kamergraaf.extract.figure_tables import _EMPTY_CELL, _YEAR_RE, Cell, _period, find_cells
from kamergraaf.extract.figure_units import caption_scale
from kamergraaf.extract.numbers import NUMBER_RE, SPACED_NUMBER


def find_tables(text: str, caption_of) -> tuple[list[Cell], list[tuple[int, int]]]:
    """The cells of every table in ``text`` and the spans of row labels that are numbers (article numbers,
    years: no figures)."""
    cells, labels = pipe_tables(text, caption_of)
    taken = {c.start for c in cells}
    more, more_labels = line_tables(text, caption_of)
    cells += [c for c in more if c.start not in taken]
    labels += more_labels
    taken = {c.start for c in cells}
    return cells + [c for c in find_cells(text, caption_of) if c.start not in taken], labels


# A table printed in Markdown, a row per line: "2007 | 2008 | 2009 | 2010 | |" / "---|---|---|---|---|" /
# "– Apparaatsuitgaven | 21 | 22 | 23 | 19 |" (the header may lack the corner cell over the row labels)
_PIPE_ROW_RE = re.compile(r"[ \t]*\|?[^\n|]*(?:\|[^\n|]*){2,}")  # a line with two or more pipes (fullmatch)
_PIPE_RULE_RE = re.compile(r"[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*")


def _pipe_cells(line_start: int, line: str) -> list[tuple[int, int, str]]:
    out, pos = [], 0
    for part in line.split("|"):
        stripped = part.strip()
        lead = len(part) - len(part.lstrip())
        out.append((line_start + pos + lead, line_start + pos + lead + len(stripped), stripped))
        pos += len(part) + 1
    while out and not out[-1][2]:
        out.pop()
    if out and not out[0][2] and line.lstrip().startswith("|"):
        out.pop(0)  # "| 2022 | 84 |": the empty text before the opening pipe
    return out


def pipe_tables(text: str, caption_of) -> tuple[list[Cell], list[tuple[int, int]]]:
    """The cells of tables printed in Markdown rows: a header row, its rule, then rows of a label and values.
    Columns are the header's cells; a header one cell shorter than the rows heads the value columns."""
    cells: list[Cell] = []
    labels: list[tuple[int, int]] = []
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    i = 0
    while i + 2 < len(lines):
        (hs, header), rule = lines[i], lines[i + 1][1]
        if not (_PIPE_ROW_RE.fullmatch(header) and _PIPE_RULE_RE.fullmatch(rule)):
            i += 1
            continue
        heads = [c[2] for c in _pipe_cells(hs, header)]
        j = i + 2
        while j < len(lines) and (not lines[j][1].strip() or _PIPE_ROW_RE.fullmatch(lines[j][1])):
            if not lines[j][1].strip() and not (j + 1 < len(lines) and _PIPE_ROW_RE.fullmatch(lines[j + 1][1])):
                break
            j += 1
        cs, ce = caption_of(hs, 0)
        for ls, line in lines[i + 2:j]:
            row = _pipe_cells(ls, line)
            if len(row) < 2 or _is_value(row[0][2]) and not _YEAR_RE.fullmatch(row[0][2]):
                continue
            shift = 1 if len(heads) == len(row) - 1 else 0
            y = int(row[0][2]) if _YEAR_RE.fullmatch(row[0][2]) else None
            if y or re.search(r"\d", row[0][2]):
                labels.append((row[0][0], row[0][1]))
            for col, (s, _e, cell) in enumerate(row[1:], start=1):
                if not cell or not _is_value(cell):
                    continue
                k = col - shift
                column = _label(heads[k]) if 0 <= k < len(heads) else ""
                ps, pe = (date(y, 1, 1), date(y, 12, 31)) if y else _period(column)
                for a, b in _numbers(s, cell):
                    cells.append(Cell(a, b, column, _label(row[0][2].lstrip("–-• ")), ps, pe, cs, ce, bool(y)))
        i = j
    return cells, labels


# Tables as web pages print them: one cell per line, cells separated by blank lines, row by row.
#
#     Artikel / Fte extern / Fte eigen personeel / 32 / 6 / 254 / 33 / 211 / 5.550 / Totaal / 1.388 / 30.206
#     2016 / 2017 / 2018 / Wervingsopgave / 700 / 1.250 / 1.700 / Realisatie / 1.100 / 900
#     Jaarverslag (2e suppletoire wet + slotwet) / 2020 / € 273 miljoen / 2021 / € 46 miljoen
#
# (an empty top-left cell is lost, and a row may stop before its last columns when they are empty).
# cells are lines, separated by blank lines (the HTML pages' paragraphs) or by single line breaks (their hard-wrapped
# text exports, where the reader keeps each short line a line of its own)
_PARA_RE = re.compile(r"(?:(?<=\n)|^)[ \t]*(?P<cell>[^\n]*?\S)[ \t]*(?=\n|$)")
# a number, also grouped by spaces ("8 098": a cell of its own)
_NUM_RE = re.compile(SPACED_NUMBER + r"(?![\d.,])|" + NUMBER_RE.pattern)
_VALUE = r"(?:±[ \t]?)?(?:(?:€|US\$|\$)[ \t]?)?(?:[-−–][ \t]?)?(?:" + _NUM_RE.pattern + r")(?:[ \t]?(?:miljoen|miljard|mln\.?|mld\.?|mrd\.?|%))?"
_VALUE_RE = re.compile(_VALUE + r"(?:[ \t]?[–-][ \t]?" + _VALUE + r")?")
_CELL_WORDS = 8
_PIPES_ONLY = re.compile(r"[|\-: \t]*\|[|\-: \t]*")
_PIPE_END = re.compile(r"[ \t]*\|[ \t|]*$")
_NOT_A_CELL = re.compile(r"^(?:Tabel|Figuur|Grafiek|Bron|Noot|X Noot)\b|(?<!\be\.v)(?<!^[A-Z][a-z]{3})(?<!^[A-Z][a-z]{4})[.:;?!,]$"
                         r"|^\([^()]*\)$")  # "(bedragen x € 1.000)": a caption; "Inst.", a head cut short, is a cell
_YEAR_MARKER = re.compile(r"((?:19|20)\d{2})\d{1,2}")  # a year with a footnote marker run into it: "20231"


def _line_cells(text: str) -> list[list[tuple[int, int, str]]]:
    """Runs of single-line paragraphs short enough to be table cells."""
    runs: list[list[tuple[int, int, str]]] = []
    run: list[tuple[int, int, str]] = []
    skipped = None  # a group label between a header of years and its rows
    for m in _PARA_RE.finditer(text):
        cell = m.group("cell")
        if _PIPES_ONLY.fullmatch(cell):
            continue  # "|", "---|---|": the rules of a table printed in Markdown, a cell per line
        piped = _PIPE_END.search(cell)
        if piped:  # "587 |": a Markdown cell on a line of its own
            cell = cell[:piped.start()]
            if not cell:
                continue
        if not _VALUE_RE.fullmatch(cell) and caption_scale(cell) and (not run or any(_is_value(c[2]) for c in run)):
            if run:  # "Verplichte bijdragen 2012 in miljoenen Euro's": the caption of the next table
                runs.append(run)
                run = []
            continue  # (within a header it is a column's head: "Raming in miljoenen euro's (enkelvoudig)")
        # a row label after its row number may be longer ("5 / Slotwet 2019 (daadwerkelijke onttrekking reserve, ...)")
        words = _CELL_WORDS * 2 if run and re.fullmatch(r"\d{1,2}", run[-1][2]) else _CELL_WORDS
        # (a dash is no word: "Inkomensklasse tussen 1,5 x modaal – 2 x modaal" is a row label of eight words)
        ok = sum(1 for w in cell.split() if re.search(r"\w", w)) <= words and (
            _VALUE_RE.fullmatch(cell) or cell in _EMPTY_CELL or not _NOT_A_CELL.search(cell))
        if not ok and len(run) >= 2 and all(_YEAR_RE.fullmatch(c[2]) for c in run) and re.fullmatch(r"[A-Z][\w ]{2,40}:", cell):
            skipped = (m.start("cell"), m.start("cell") + len(cell))
            continue  # "2011 / 2010 / ... / Soort voorziening:": a label over the rows under a header of years
        gap = text[run[-1][1]:m.start("cell")] if run else ""
        if skipped and run and skipped[0] >= run[-1][1]:
            gap = gap.replace(text[skipped[0]:skipped[1]], "", 1)
        if ok and run and gap.strip(" \t\n|-:"):
            runs.append(run)
            run = []
        if ok:
            run.append((m.start("cell"), m.start("cell") + len(cell), cell))
        elif run:
            runs.append(run)
            run = []
    if run:
        runs.append(run)
    return [r for r in runs if len(r) >= 5]


@lru_cache(maxsize=8)
def _runs(text: str) -> tuple[tuple[int, int], ...]:
    return tuple((r[0][0], r[-1][1]) for r in _line_cells(text))


def cell_run_start(text: str, pos: int) -> int | None:
    """The start of the run of table cells, one per line, that holds ``pos`` (its header, labels and values), or
    None when ``pos`` is in no such run."""
    return next((a for a, b in _runs(text) if a <= pos < b), None)


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
    sign = re.match(r"(?:[-−–]|±)[ \t]?(?=\d)", cell)  # "– 334,4", "± 1.900": the sign is not in the figure's text
    if sign:
        start, cell = start + sign.end(), cell[sign.end():]
    nums = list(_NUM_RE.finditer(cell))
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
    onwards = set()  # "2025 e.v.": that year and the years after it (no end)
    for s, e, cell in run:
        ev = re.fullmatch(r"((?:19|20)\d{2})[ \t]+e\.v\.", cell)
        if not (_YEAR_RE.fullmatch(cell) or ev):
            break
        years.append((s, e, int(ev.group(1) if ev else cell)))
        if ev:
            onwards.add(int(ev.group(1)))
    out: list[Cell] = []
    i = len(years)
    cs, ce = caption_of(years[0][0], 0)
    if i < len(run) and _is_value(run[i][2]):  # one row without a label: a value under each year
        j = i
        while j < len(run) and _is_value(run[j][2]) and j - i < len(years):
            j += 1
        if j - i >= 2:
            for (s, e, cell), (_, _, y) in zip(run[i:j], years):
                for a, b in _numbers(s, cell):
                    out.append(Cell(a, b, str(y), "", date(y, 1, 1), None if y in onwards else date(y, 12, 31), cs, ce))
            return out
    while i < len(run) and not _is_value(run[i][2]):
        label = _label(run[i][2])
        j = i + 1
        while j < len(run) and _is_value(run[j][2]) and j - i <= len(years):
            j += 1
        if j == i + 1:
            break
        for (s, e, cell), (_, _, y) in zip(run[i + 1:j], years):
            for a, b in _numbers(s, cell):
                out.append(Cell(a, b, str(y), label, date(y, 1, 1), None if y in onwards else date(y, 12, 31), cs, ce))
        i = j
    n = len(years)
    if out and i + n <= len(run) and all(_is_value(c[2]) and not _YEAR_RE.fullmatch(c[2]) for c in run[i:i + n]) \
            and (i + n == len(run) or not _is_value(run[i + n][2])):
        # a totals row printed without its label under the labelled rows: a value under each year
        for (s, e, cell), (_, _, y) in zip(run[i:i + n], years):
            for a, b in _numbers(s, cell):
                out.append(Cell(a, b, str(y), "Totaal", date(y, 1, 1), None if y in onwards else date(y, 12, 31), cs, ce))
        i += n
    if i + 2 < len(run) and all(_YEAR_RE.fullmatch(c[2]) for c in run[i:i + 2]):
        # the table goes on under a second row of years, under the same caption
        out += _year_header(run[i:], lambda _s, _f: (cs, ce), labels)
    return out


def _row_table(run, caption_of, labels) -> list[Cell]:
    """A header of words, then rows whose first cell is the label (a name, an article number, a year)."""
    h = 0
    while h < len(run) and not _is_value(run[h][2]):
        h += 1
    # (header cells, cells per row): a header over every column; a header without the corner cell; and a header
    # without the corner cell whose last non-value is the first row's label ("Stand per 1-1-2017 / 335,9 / 335,9")
    if h >= 2 and len(run) == 2 * h and all(_is_value(c[2]) for c in run[h:]):
        # a header of columns and one row of values without a label ("Auto bestuurder / Trein / ... / 98,4 / 13,8")
        cs, ce = caption_of(run[0][0], 0)
        labels.extend((c[0], c[1]) for c in run[:h] if re.match(r"\d", c[2]))  # ("60 jaar": a column head)
        return [Cell(a, b, _label(head[2]), "", *_period(head[2]), cs, ce)
                for head, (s, _e, cell) in zip(run[:h], run[h:]) for a, b in _numbers(s, cell)]
    if (wide := _wide_year_rows(run, h, caption_of, labels) or _coded_rows(run, caption_of, labels)):
        return wide
    v = 0  # values after the first label: the number of columns of a table without any header
    while h + v < len(run) and _is_value(run[h + v][2]):
        v += 1
    # ... and a header over every column whose last line is the first row's label ("Begroting / Onderuitputting in
    # 2018 / Staten-Generaal / 2 / ...")
    # ... and a header printed twice side by side ("Jaar / euro's / jaar / euro's / 2005 / 541 / 2010 / 632"): two
    # tables of the same columns next to each other, read row by row
    twice = h >= 4 and h % 2 == 0 and [c[2].lower() for c in run[:h // 2]] == [c[2].lower() for c in run[h // 2:h]]
    # ... and a header of two levels whose lower one opens with the years' corner cell ("Opgelegd / Niet betaald /
    # Jaar / Aantal / Bedrag / Aantal / Bedrag / 2008 / 955 / € 48.362,05 / ..."): rows as wide as that lower level
    corner = next((j for j in range(h - 1, 0, -1) if run[j][2].lower() in ("jaar", "periode", "maand")), None)
    lower = h - corner if corner and h - corner >= 3 else None
    # ... and a header of value columns over rows that each open with their year ("Aantal meldingen / Percentage /
    # Totaal / 2016 / 6.091 / 4,1% / 148.973 / 2017 / ..."): a year every h + 1 cells, the years' rows come first
    years_at = [j for j in range(h, len(run)) if _YEAR_RE.fullmatch(run[j][2])]
    year_led = h >= 2 and len(years_at) >= 3 and years_at == list(range(h, len(run), h + 1))
    for hh, k in ((((h, h + 1),) if year_led else ()) + (((h, h // 2),) if twice else ()) + (((h, lower),) if lower else ())
                  + ((h, h), (h, h + 1), (h - 1, h), (h - 1, h - 1))
                  + (((0, 1 + v),) if h == 1 and v else ())):
        if k < 2 or (hh < 1 and h != 1):
            continue
        body = run[hh:]
        rows = []
        for r in range(len(body) // k):
            row = body[r * k:(r + 1) * k]
            if not all(_is_value(c[2]) for c in row[1:]) or all(c[2] in _EMPTY_CELL for c in row[1:]):
                break
            rows.append(row)
        one_row = len(rows) == 1 and k >= 3 and len(body) == k  # a header and one whole row of three or more cells
        named = [n for n, r in enumerate(rows) if not _is_value(r[0][2])]
        if hh >= 2 and named and any(_is_value(r[0][2]) and not _YEAR_RE.fullmatch(r[0][2]) and
                                     (n > named[0] or not re.fullmatch(r"\d{1,3}[A-Z]?", r[0][2]))
                                     for n, r in enumerate(rows)):
            continue  # rows cut out of step: a row starts with a name ("Colombia"), another with an amount
            # ("42.064.000") or a later one with a value ("0"); rows numbered "32", "33" over a last row "Totaal" are
            # in step
        if (len(rows) < 2 and not one_row) or \
                (k == hh + 1 and any(_is_value(r[0][2]) and not _year_of(r[0][2], True) for r in rows)):
            continue
        if hh < h and len(rows) * k < len(body) - 1:
            continue  # the shorter header must cover the whole run
        years_column = sum(_YEAR_RE.fullmatch(r[0][2]) is not None for r in rows) >= len(rows) - 1
        heads = [c[2] for c in run[:hh]]
        heads = heads[hh - k:] if k == lower else heads[:k] if k < hh else heads if k == hh else [""] + heads
        cs, ce = caption_of(run[0][0], 0)
        out: list[Cell] = []
        # (a column head's numbers are no figures either: "60 jaar / 61 jaar / ... / 2018 / 4,6% / 3,0%")
        labels.extend((c[0], c[1]) for c in run[:hh] if re.match(r"\d", c[2]))
        for row in rows:
            y = _year_of(row[0][2], years_column)
            if _is_value(row[0][2]) or y or re.search(r"\d", row[0][2]):
                labels.append((row[0][0], row[0][1]))  # a row label's numbers ("175 – 350% wml") are no figures
            for col, (s, e, cell) in enumerate(row[1:], start=1):
                column = _label(heads[col]) if col < len(heads) else ""
                ps, pe = (date(y, 1, 1), date(y, 12, 31)) if y else _period(column)
                for a, b in _numbers(s, cell):
                    out.append(Cell(a, b, column, _label(row[0][2]), ps, pe, cs, ce, bool(y)))
        return out
    if h == 1 and v == 1:
        return _label_value_pairs(run, caption_of, labels)
    if h == 0:
        return _year_value_pairs(run, caption_of, labels)
    return _grouped_rows(run, caption_of, labels) or _numbered_ragged_rows(run, caption_of, labels) \
        or _ragged_rows(run, caption_of, labels)


def _wide_year_rows(run, h: int, caption_of, labels) -> list[Cell]:
    """A header of n column heads without the corner cell, then rows of a year and m values under each head
    ("Bonaire / Sint Eustatius / Saba / 2017 / $ 374 / 46% / $ 459 / 46% / $ 450 / 46% / 2018 / ..."): every
    row as wide, each value with its head and the row's year."""
    if h < 1 or h >= len(run) or not _YEAR_RE.fullmatch(run[h][2]):
        return []
    width = 1
    while h + width < len(run) and not _YEAR_RE.fullmatch(run[h + width][2]) and _is_value(run[h + width][2]):
        width += 1
    body = run[h:]
    # the heads: every header cell, or all but the first (the table's caption on the line above the heads)
    n = next((n for n in (h, h - 1) if n >= 1 and (width - 1) % n == 0 and (width - 1) // n >= 2), 0)
    if not n or len(body) % width or len(body) < 2 * width:
        return []
    heads, m = run[h - n:h], (width - 1) // n
    rows = [body[i:i + width] for i in range(0, len(body), width)]
    if not all(_YEAR_RE.fullmatch(r[0][2]) and all(_is_value(c[2]) and not _YEAR_RE.fullmatch(c[2]) for c in r[1:])
               for r in rows):
        return []
    cs, ce = caption_of(run[0][0], 0)
    out: list[Cell] = []
    for row in rows:
        y = int(row[0][2])
        labels.append((row[0][0], row[0][1]))
        for col, (s, _e, cell) in enumerate(row[1:]):
            for a, b in _numbers(s, cell):
                out.append(Cell(a, b, _label(heads[col // m][2]), row[0][2], date(y, 1, 1), date(y, 12, 31), cs, ce, True))
    return out


_CODE = re.compile(r"\d{1,2}[A-Z]?")  # a budget chapter or row code in a label column: "2A", "9B", "10", "50"


def _coded_rows(run, caption_of, labels) -> list[Cell]:
    """A header, then rows of a code, a label and the same number of values ("Begroting / Onderuitputting t/m VR /
    2A / Staten-Generaal / – 3,9 / 3 / Algemene Zaken / – 8,1 / ..."); a row may lack its code ("Totaal"). The
    codes are row labels, no figures. Taken when at least three rows have a code and every row fits."""
    def code_at(i: int) -> bool:
        return i + 2 < len(run) and bool(_CODE.fullmatch(run[i][2])) and not _is_value(run[i + 1][2]) \
            and not _CODE.fullmatch(run[i + 1][2]) and _is_value(run[i + 2][2])
    h = next((i for i in range(len(run)) if code_at(i)), None)
    if not h or any(_is_value(c[2]) for c in run[:h]):
        return []
    rows, codes, i, width = [], [], h, None
    while i < len(run):
        code = code_at(i)
        j = i + (2 if code else 1)
        if _is_value(run[j - 1][2]):
            return []
        k = j
        while k < len(run) and _is_value(run[k][2]) and not code_at(k):
            k += 1
        if k == j or (width is not None and k - j != width):
            return []
        width = k - j
        if code:
            codes.append(run[i])
        rows.append((run[j - 1], run[j:k]))
        i = k
    if len(codes) < 3 or sorted(c[2] for c in codes) == sorted(str(k) for k in range(1, len(codes) + 1)):
        return []  # (codes 1 to n are a row numbering, which _numbered_ragged_rows reads when it is in order)
    labels.extend((c[0], c[1]) for c in codes)
    heads = [c[2] for c in run[:h]]
    heads = heads[-width:] if len(heads) > width else [""] * width
    cs, ce = caption_of(run[0][0], 0)
    return [Cell(a, b, _label(head), _label(label[2]), *_period(head), cs, ce)
            for label, values in rows for head, (s, _e, cell) in zip(heads, values) for a, b in _numbers(s, cell)]


def _next_row_number(run, j: int, expected: int) -> bool:
    """Whether cell ``j`` is the number of the next row: the expected number before a label, or at the end."""
    return run[j][2] == str(expected) and (j + 1 == len(run) or not _is_value(run[j + 1][2]))


def _numbered_ragged_rows(run, caption_of, labels) -> list[Cell]:
    """A header of column heads, then numbered rows of a label and the values of the columns that are not empty
    (the empty cells were lost, so the values cannot be put under their columns): "BZK / EZK / ... / Stand
    Reserve / 1 / Najaarsnota 2018 / 500.000 / 500.000 / 2 / ISB's ... / – 35.000 / ...". Taken when the rows are
    numbered 1, 2, 3 ... and no row has more values than there are columns; the values keep their row label and
    the table's caption, and get no column."""
    h = 0
    while h < len(run) and not _is_value(run[h][2]):
        h += 1
    if h < 2:
        return []
    rows, numbers, i = [], [], h
    while i < len(run):
        if not re.fullmatch(r"\d{1,2}", run[i][2]) or int(run[i][2]) != len(numbers) + 1:
            return []
        numbers.append(run[i])
        if i + 1 == len(run):
            break  # the last row number, its label too long to be a cell
        if _is_value(run[i + 1][2]):
            return []
        j = i + 2
        while j < len(run) and _is_value(run[j][2]) and not _next_row_number(run, j, len(numbers) + 1):
            j += 1
        w = len(rows[-1]) - 1 if rows else 0
        if j - i - 2 > h and j == len(run) and w and j - i - 2 == 2 * w and \
                all(len(r) - 1 == w for r in rows):
            # the last row runs into a totals row without a label ("10 / Limburg / 225 / 208 / 3.413 / 3.444")
            rows.append(run[i + 1:i + 2 + w])
            totals = [(run[i + 2 + w][0], run[i + 2 + w][0], "")] + run[i + 2 + w:j]
            rows.append(totals)
            i = j
            continue
        if j - i - 2 > h:
            return []
        rows.append(run[i + 1:j])
        i = j
    if len(numbers) < 3 or sum(len(r) > 1 for r in rows) < 2:
        return []
    labels.extend((c[0], c[1]) for c in numbers)
    labels.extend((r[0][0], r[0][1]) for r in rows if re.search(r"\d", r[0][2]))
    cs, ce = caption_of(run[0][0], 0)
    widths = {len(r) - 1 for r in rows}
    # rows all of the same width: the values stand under the last heads ("Conform / Inrichtingsplan / Bezetting per
    # 30-6-2014": a head printed on two lines, then the second column)
    heads = [c[2] for c in run[h - widths.pop():h]] if len(widths) == 1 else []
    return [Cell(a, b, _label(heads[col]) if heads else "", _label(row[0][2]),
                 *(_period(heads[col]) if heads else (None, None)), cs, ce)
            for row in rows for col, (s, _e, cell) in enumerate(row[1:]) for a, b in _numbers(s, cell)]


_MARK_CELL = frozenset({"X", "x", "×", "V", "v", "✓"})  # a mark in a cell ("X": applies), no figure


def _ragged_rows(run, caption_of, labels) -> list[Cell]:
    """A header whose nested heads were flattened into one run of cells, then rows of a label and a varying number
    of values ("Land / Budgetten 2011 (...) / ABS (1) / Geoor-merkt / Niet geoormerkt / SBS (2) / Afghanistan /
    16.950.000 / 0 / 0 / Bhutan / 2.000.000 / 2.000.000 / X / 0"): the values cannot be put under their columns.
    Taken when at least three rows have a label that is a name and two of them two or more values; every value
    keeps its row label and the table's caption, and the single year the header names (if any) as its period.
    The table ends at the first label without values (a footnote under it)."""
    h = 0
    while h < len(run) and not _is_value(run[h][2]):
        h += 1
    if h < 3:
        return []
    rows, i = [], h - 1
    while i < len(run):
        label = run[i][2]
        j = i + 1
        while j < len(run) and (_is_value(run[j][2]) or run[j][2] in _MARK_CELL):
            j += 1
        if j == i + 1 and rows:
            break  # "1. ABS: Algemene begrotingssteun": the notes under the table
        if _is_value(label) or label in _MARK_CELL or not re.match(r"(?:[–-][ \t])?[^\W\d_]", label):
            return []  # ("– Waarvan Vernieuwingsimpuls": a part of the row above is a name too)
        rows.append(run[i:j])
        i = j
    if len(rows) < 3 or sum(sum(c[2] not in _MARK_CELL for c in r[1:]) >= 2 for r in rows) < 2:
        return []
    ends = [int(r[-1][2]) for r in rows if re.fullmatch(r"\d{1,2}", r[-1][2])]
    if len(ends) >= 2 and ends == list(range(ends[0], ends[0] + len(ends))):
        return []  # "1 / Noord-Nederland / 345 / 451 / 2 / Oost-Nederland": numbered rows (_numbered_ragged_rows)
    years = set(_YEAR_RE.findall(" ".join(c[2] for c in run[:h - 1])))
    ps, pe = (date(int(y), 1, 1), date(int(y), 12, 31)) if len(years) == 1 and (y := next(iter(years))) \
        else (None, None)
    cs, ce = caption_of(run[0][0], 0)
    return [Cell(a, b, "", _label(row[0][2]), ps, pe, cs, ce)
            for row in rows for s, _e, cell in row[1:] if cell not in _MARK_CELL for a, b in _numbers(s, cell)]


# a column of a school or study year: "2010–2011", "2010/2011", "2010/11"
_YEAR_SPAN_RE = re.compile(r"((?:19|20)\d{2})[ \t]?[–/-][ \t]?((?:19|20)?\d{2})")


def _span_period(head: str, school: bool) -> tuple[date | None, date | None]:
    m = _YEAR_SPAN_RE.fullmatch(head)
    if not m:
        return _period(head)
    a, b = int(m.group(1)), int(m.group(2)[-2:]) + int(m.group(1)) // 100 * 100
    if b != a + 1:
        return (date(a, 1, 1), date(b, 12, 31)) if b > a else (None, None)
    # a year that runs over the turn of the calendar year: the school year runs 1 August to 31 July
    return (date(a, 8, 1), date(b, 7, 31)) if school else (None, None)


def _grouped_rows(run, caption_of, labels) -> list[Cell]:
    """A header of a corner and n column heads, then rows of a label and n values, with the row numbers and
    the group headings between them ("1 / Absoluut verzuim / 8 098 / 6 878 / 2 / Aantal thuiszitters / A) start
    schooljaar / 2 296 / 2 269"); the columns may be school years ("2010–2011")."""
    h = 1
    while h < len(run) and (not _is_value(run[h][2]) or _YEAR_SPAN_RE.fullmatch(run[h][2])):
        h += 1
    heads = [c[2] for c in run[1:h]]
    n = len(heads)
    if n < 1 or not all(_YEAR_SPAN_RE.fullmatch(x) or _YEAR_RE.search(x) for x in heads):
        return []
    cs, ce = caption_of(run[0][0], 0)
    school = bool(re.search(r"(?i)school|leerling|onderwijs", "\n".join(c[2] for c in run)))
    rows, numbers = [], []
    i = h
    while i < len(run):
        cell = run[i][2]
        if re.fullmatch(r"\d{1,2}", cell) and i + 1 < len(run) and not _is_value(run[i + 1][2]):
            numbers.append(run[i])  # a row number
            i += 1
            continue
        if _is_value(cell):
            return []
        j = i + 1
        while j < len(run) and _is_value(run[j][2]) and not (re.fullmatch(r"\d{1,2}", run[j][2]) and j - i > n):
            j += 1
        if j - i - 1 == n:
            rows.append(run[i:j])
        elif j - i - 1 != 0:
            return []  # a row of another width: not this kind of table
        i = j
    if len(rows) < 2:
        return []
    labels.extend((c[0], c[1]) for c in numbers)
    out = []
    for row in rows:
        for col, (s, _e, cell) in enumerate(row[1:]):
            ps, pe = _span_period(heads[col], school)
            for a, b in _numbers(s, cell):
                out.append(Cell(a, b, heads[col], _label(row[0][2]), ps, pe, cs, ce))
    return out


def _year_value_pairs(run, caption_of, labels) -> list[Cell]:
    """Rows of a year and its value whose header went into the paragraph above ("2005 / 541 / 2010 / 632"):
    every other cell a year (each once), the cells between them values that are not years."""
    if len(run) < 6 or len(run) % 2:
        return []
    years = [c[2] for c in run[::2]]
    if not all(_YEAR_RE.fullmatch(y) for y in years) or len(set(years)) != len(years) \
            or any(_YEAR_RE.fullmatch(c[2]) or not _is_value(c[2]) for c in run[1::2]):
        return []
    cs, ce = caption_of(run[0][0], 0)
    out = []
    for (ys, ye, y), (s, _e, cell) in zip(run[::2], run[1::2]):
        labels.append((ys, ye))
        for a, b in _numbers(s, cell):
            out.append(Cell(a, b, "", y, date(int(y), 1, 1), date(int(y), 12, 31), cs, ce, True))
    return out


def _label_value_pairs(run, caption_of, labels) -> list[Cell]:
    """A two-column list of labels and amounts whose empty cells were lost ("WHO2 / PAHO / 0,016"): each value
    belongs to the label right before it; taken when at least three values do and most labels have one."""
    pairs = [(run[i - 1], run[i]) for i in range(1, len(run)) if _is_value(run[i][2]) and not _is_value(run[i - 1][2])]
    labels_count = sum(not _is_value(c[2]) for c in run)
    if len(pairs) < 3 or len(pairs) != sum(_is_value(c[2]) for c in run) or 2 * len(pairs) < labels_count:
        return []
    cs, ce = caption_of(run[0][0], 0)
    out = []
    for (_, _, label), (s, _e, cell) in pairs:
        for a, b in _numbers(s, cell):
            out.append(Cell(a, b, "", _label(label), None, None, cs, ce))
    return out


def line_tables(text: str, caption_of) -> tuple[list[Cell], list[tuple[int, int]]]:
    """The cells of tables printed one cell per line, and the spans of number-like row labels."""
    if "\n" not in text:
        return [], []
    cells: list[Cell] = []
    labels: list[tuple[int, int]] = []
    for run in _line_cells(text):
        corner = 0  # a corner cell that heads the row labels ("Categorie", "Jaar")
        while corner < min(2, len(run)) and not _is_value(run[corner][2]):
            corner += 1
        single = len(run) >= corner + 3 and _YEAR_RE.fullmatch(run[corner][2]) and not _is_value(run[corner + 1][2]) \
            and _is_value(run[corner + 2][2])  # one year over rows of a label and a value: "2014 / Bilateraal / 743.465"
        if len(run) >= corner + 3 and (all(_YEAR_RE.fullmatch(c[2]) for c in run[corner:corner + 2]) or single):
            cells += _year_header(run[corner:], caption_of, labels)
        else:
            cells += _row_table(run, caption_of, labels)
    return cells, labels
