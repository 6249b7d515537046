"""Numbered footnotes of plain text exported from a PDF (the questions.csv texts).

In such text a footnote is a line at the foot of a page whose number is glued to its text
(``1NOS, 29 oktober 2024, ...``), followed by its continuation lines and then the page's footer (or a blank
line, or the end of the text); the marker in the body is a number glued to the word before it
(``BDO-onderzoek?1``, ``Both Ends1?``, ``jl.3``, ``(VRIS).1``) or alone on a line. Markers are detached only
for numbers whose footnote text was found, in order, so that other numbers in the body stay as they are.
"""

from __future__ import annotations

import re

from kamergraaf.extract.layout import BODY, FURNITURE, NOTE, NOTE_START, RoleLine
from kamergraaf.extract.reflow import heading_only, starts_block

# (not a line that is only a number and one or two letters: "2A", "9B" are budget chapters in a table's label column;
# nor a number with one lower-case letter and a space: "19d van de Natuurbeschermingswet" goes on an article's number)
_NOTE_START_RE = re.compile(r"^(?P<n>[1-9]\d?)(?=[A-Za-zÀ-ÿ«“\"‘'(])(?![A-Za-z]{1,2}[ \t]*$)(?![a-z][ \t])")
_GLUED_FOOTER_RE = re.compile(r"^(?:ISSN \d{4} ?- ?\d{3}[\dX]|ah-tk-\d{8}-\d+|kv-tk-\d{4}Z\d+)")
# a web address broken at the end of a note line: a next line without spaces continues it ('...-9726-' / '9aba86f3e38a')
_URL_BROKEN_RE = re.compile(r"(?:https?://|www\.)\S*[-/_.=?&#]$")
_MASTHEAD_RE = re.compile(r"Staten-Generaal\d+$")


def _marker_re(n: int) -> re.Pattern[str]:
    # (not the last part of a decimal or section number: "artikel 5.4 om")
    return re.compile(r"(?:(?<=[a-zà-ÿ?!.)»”’\"])|(?<=[A-Z]{3}))(?<!\d[.,])" + str(n) + r"(?=[\s.,;:?!)»”]|$)")


def _notes(lines: list[RoleLine]) -> list[tuple[int, int, int]]:
    """(number, first line, end line) of each footnote: a run of note lines that ends at a footer, a blank
    line, a page end or the end of the text; numbers ascending."""
    found: list[tuple[int, int, int]] = []
    last = 0
    i = 0
    while i < len(lines):
        m = _NOTE_START_RE.match(lines[i].text) if lines[i].role == BODY else None
        if not m or int(m.group("n")) <= last:
            i += 1
            continue
        run, j = [(int(m.group("n")), i)], i + 1
        while j < len(lines) and lines[j].role == BODY and not lines[j].gap and lines[j].page == lines[i].page:
            t = lines[j].text
            if _GLUED_FOOTER_RE.match(t) or heading_only(t) or (starts_block(t) and not t[:1].isdigit()):
                break
            nxt = _NOTE_START_RE.match(t)
            if nxt and int(nxt.group("n")) > run[-1][0] and not (_URL_BROKEN_RE.search(lines[j - 1].text)
                                                                      and not re.search(r"\s", t.strip())):
                run.append((int(nxt.group("n")), j))
            j += 1
        ends_page = (j == len(lines) or lines[j].role == FURNITURE or lines[j].gap or lines[j].page != lines[i].page
                     or bool(_GLUED_FOOTER_RE.match(lines[j].text)))
        if not ends_page:
            i += 1
            continue
        for k, (n, start) in enumerate(run):
            end = run[k + 1][1] if k + 1 < len(run) else j
            found.append((n, start, end))
        last = run[-1][0]
        i = j
    return found


_BRACKET_NOTE_RE = re.compile(r"^\[(?P<n>\d{1,2})\]\s*(?=\S)")
_BRACKET_MARK_RE = re.compile(r"\s*\[(\d{1,2})\]")
# "... kunnen voldoen? 1)" in the body and "1) Vereniging Eigen Huis, 8 oktober 2024, ..." after the last answer
_PAREN_NOTE_RE = re.compile(r"^(?P<n>\d{1,2})\)\s+(?=\S)")
_PAREN_MARK_RE = re.compile(r"(?<=[?.!»”\"’])\s?(\d{1,2})\)(?=\s|$)")


def _tail_start(lines: list[RoleLine]) -> int:
    """The first line after the last heading or numbered question of the text."""
    last = max((i for i, ln in enumerate(lines) if ln.role == BODY and heading_only(ln.text)), default=-1)
    return last + 1


def _bracket_notes(lines: list[RoleLine], note_re: re.Pattern[str] = _BRACKET_NOTE_RE,
                   mark_re: re.Pattern[str] = _BRACKET_MARK_RE, notes_from: int = 0) -> list[RoleLine]:
    """Word processor exports: markers ``[1]`` in the body, notes ``[1] text`` at the end. A note counts only
    when its marker stands in an earlier body line; its continuation runs to a blank line or the next note.
    ``notes_from``: the first line where a note may start (markers ``1)`` only after the last heading)."""
    out = list(lines)
    body_marks: dict[str, tuple[int, int, int]] = {}  # marker -> (line, start of the cut, end of the cut)
    current = False
    for i, ln in enumerate(out):
        if ln.role != BODY:
            current = False
            continue
        m = note_re.match(ln.text) if i >= notes_from else None
        if m and m.group("n") in body_marks:
            out[i] = RoleLine(ln.page, ln.text[m.end():], ((0, m.group("n")),), NOTE_START, ln.gap)
            current = True
            continue
        if current and not ln.gap:
            out[i] = RoleLine(ln.page, ln.text, (), NOTE, ln.gap)
            continue
        current = False
        for mm in mark_re.finditer(ln.text):
            body_marks.setdefault(mm.group(1), (i, mm.start(), mm.end()))
    used = {k for k in body_marks if any(r.role == NOTE_START and r.markers[0][1] == k for r in out)}
    cuts: dict[int, list[tuple[int, int, str]]] = {}
    for mark in used:
        li, a, b = body_marks[mark]
        cuts.setdefault(li, []).append((a, b, mark))
    for li, spans in cuts.items():
        ln = out[li]
        pieces, kept, last = [], [], 0
        for a, b, mark in sorted(spans):
            pieces.append(ln.text[last:a])
            kept.append((sum(len(x) for x in pieces), mark))
            last = b
        pieces.append(ln.text[last:])
        out[li] = RoleLine(ln.page, "".join(pieces), tuple(kept), ln.role, ln.gap, ln.kind)
    return out


_RUN_SEP = r"(?:\s*,\s*|\s+en\s+|\s+)"
_MARKER_RUN_RE = re.compile(r"^\d{1,2}(?:" + _RUN_SEP + r"\d{1,2})+$")
# a line that starts with the marker the export moved off the end of the line before: '2 en over ...',
# '4, zal ik ...', '6.', '4 Daarin ...'; not a number that continues with digits (a table row)
_LINE_START_RE = r"^{n}(?P<punct>[,.;:)»”’\"]*)(?:\s+|$)(?=$|[^\d\s])"
# the line before ends with a word that a number completes: 'vraag 5.', 'nr. 3', '€ 2' are no markers
_NUMBERED_WORD_RE = re.compile(r"(?:(?<![\w-])(?:vra(?:ag|gen)|artikel(?:en)?|nr\.?|nummer|lid|hoofdstuk|paragraaf|bijlage|"
                               r"pagina|blz\.|p\.|punt|stap|fase|niveau|lijn|categorie|groep)|[€$£])\s*$",
                               re.IGNORECASE)

Marks = dict[int, list[tuple[int, str, int]]]  # line -> (position, marker, characters to cut)


def _prev_body(out: list[RoleLine], li: int, drop: set[int]) -> int | None:
    return max((k for k in range(li) if out[k].role == BODY and k not in drop), default=None)


def _find_markers(out: list[RoleLine], notes: list[tuple[int, int, int]], in_note: set[int]
                  ) -> tuple[Marks, set[int]]:
    """Body markers, in order: each searched from the previous marker up to its footnote. ``out`` is changed
    in place where a marker the export moved to the start of the next line is put back at the end of the
    line before it. Returns the markers per line and the lines to drop (markers alone on a line)."""
    pos_line, pos_col = 0, 0
    drop: set[int] = set()
    marks: Marks = {}
    done: set[int] = set()
    numbers = {n for n, _s, _e in notes}

    def at_prev_end(li: int, n: str) -> bool:
        prev = _prev_body(out, li, drop)
        if prev is None:
            return False
        marks.setdefault(prev, []).append((len(out[prev].text), n, 0))
        return True

    for n, start, _end in notes:
        if n in done:
            continue
        pattern = _marker_re(n)
        found = False
        # right after the previous marker: '?1 2 3', '4, 5'
        if pos_col and pos_line < start:
            m = re.compile(_RUN_SEP + str(n) + r"(?=[\s,.;:]|$)").match(out[pos_line].text, pos_col)
            if m:
                marks.setdefault(pos_line, []).append((pos_col, str(n), m.end() - pos_col))
                pos_col, found = m.end(), True
        for li in range(pos_line, start) if not found else ():
            ln = out[li]
            if li in in_note or ln.role != BODY or li in drop:
                continue
            col = pos_col if li == pos_line else 0
            text = ln.text.strip()
            run = [int(x) for x in re.findall(r"\d+", text)] if _MARKER_RUN_RE.match(text) else []
            if (text == str(n) or (run and run == list(range(n, n + len(run))) and set(run) <= numbers)) \
                    and li > 0 and col == 0:
                for k in run or [n]:
                    if at_prev_end(li, str(k)):
                        done.add(k)
                if n in done:
                    drop.add(li)
                    pos_line, pos_col, found = li + 1, 0, True
                    break
            m = pattern.search(ln.text, col)
            if m and not (_MASTHEAD_RE.search(ln.text) and m.end() == len(ln.text)):
                marks.setdefault(li, []).append((m.start(), str(n), len(str(n))))
                pos_line, pos_col, found = li, m.end(), True
                break
        if not found:
            pos_line, pos_col = _line_start_marker(out, n, pos_line, pos_col, start, in_note, drop, marks)
    return marks, drop


def _line_start_marker(out: list[RoleLine], n: int, pos_line: int, pos_col: int, start: int, in_note: set[int],
                       drop: set[int], marks: Marks) -> tuple[int, int]:
    """Fallback when no glued or lone marker was found: the first line of the window that starts with the
    marker (the export moved the superscript to the next line). The number goes back to the end of the line
    before it, with the punctuation that followed it; the new position, or the old one if none is found."""
    rx = re.compile(_LINE_START_RE.format(n=n))
    for li in range(pos_line + (1 if pos_col else 0), start):
        ln = out[li]
        if li in in_note or ln.role != BODY or li in drop or li in marks:
            continue
        m = rx.match(ln.text)
        prev = _prev_body(out, li, drop)
        if not m or prev is None or heading_only(out[prev].text) or _NUMBERED_WORD_RE.search(out[prev].text):
            continue
        p = out[prev]
        marks.setdefault(prev, []).append((len(p.text), str(n), 0))
        out[prev] = RoleLine(p.page, p.text + m.group("punct"), p.markers, p.role, p.gap, p.kind)
        rest = ln.text[m.end():]
        if rest.strip():
            out[li] = RoleLine(ln.page, rest, ln.markers, ln.role, ln.gap, ln.kind)
            return li, 0
        drop.add(li)
        return li + 1, 0
    return pos_line, pos_col


def detach_text_notes(lines: list[RoleLine]) -> list[RoleLine]:
    """Role lines with numbered footnotes as note lines and their body markers taken out of the text."""
    lines = _bracket_notes(lines)
    lines = _bracket_notes(lines, _PAREN_NOTE_RE, _PAREN_MARK_RE, _tail_start(lines))
    notes = _notes(lines)
    if not notes:
        return lines
    out = list(lines)
    for i, ln in enumerate(out):
        if ln.role == BODY and _GLUED_FOOTER_RE.match(ln.text):
            out[i] = RoleLine(ln.page, ln.text, (), FURNITURE, ln.gap, "footer")
    in_note: set[int] = set()
    for n, start, end in notes:
        ln = out[start]
        out[start] = RoleLine(ln.page, ln.text[len(str(n)):], ((0, str(n)),), NOTE_START, ln.gap)
        for k in range(start + 1, end):
            out[k] = RoleLine(out[k].page, out[k].text, (), NOTE, out[k].gap)
        in_note.update(range(start, end))
    marks, drop = _find_markers(out, notes, in_note)
    result = []
    for i, ln in enumerate(out):
        if i in drop:
            continue
        if i in marks:
            kept = []
            # the text without the marker digits; marker positions in that text (a marker alone on its
            # line stands at the end of the line before it)
            pieces, last = [], 0
            for p, mark, cut in sorted(marks[i]):
                pieces.append(ln.text[last:p])
                kept.append((sum(len(x) for x in pieces), mark))
                last = p + cut
            pieces.append(ln.text[last:])
            ln = RoleLine(ln.page, "".join(pieces), tuple(kept), ln.role, ln.gap, ln.kind)
        result.append(ln)
    return result
