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

_NOTE_START_RE = re.compile(r"^(?P<n>[1-9]\d?)(?=[A-Za-zÀ-ÿ«“\"‘'(])")
_GLUED_FOOTER_RE = re.compile(r"^(?:ISSN \d{4} ?- ?\d{3}[\dX]|ah-tk-\d{8}-\d+|kv-tk-\d{4}Z\d+)")
_MASTHEAD_RE = re.compile(r"Staten-Generaal\d+$")


def _marker_re(n: int) -> re.Pattern[str]:
    return re.compile(r"(?:(?<=[a-zà-ÿ?!.)»”’\"])|(?<=[A-Z]{3}))" + str(n) + r"(?=[\s.,;:?!)»”]|$)")


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
            if nxt and int(nxt.group("n")) > run[-1][0]:
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


def _bracket_notes(lines: list[RoleLine]) -> list[RoleLine]:
    """Word processor exports: markers ``[1]`` in the body, notes ``[1] text`` at the end. A note counts only
    when its marker stands in an earlier body line; its continuation runs to a blank line or the next note."""
    out = list(lines)
    body_marks: dict[str, tuple[int, int, int]] = {}  # marker -> (line, start of the cut, end of the cut)
    current = False
    for i, ln in enumerate(out):
        if ln.role != BODY:
            current = False
            continue
        m = _BRACKET_NOTE_RE.match(ln.text)
        if m and m.group("n") in body_marks:
            out[i] = RoleLine(ln.page, ln.text[m.end():], ((0, m.group("n")),), NOTE_START, ln.gap)
            current = True
            continue
        if current and not ln.gap:
            out[i] = RoleLine(ln.page, ln.text, (), NOTE, ln.gap)
            continue
        current = False
        for mm in re.finditer(r"\s*\[(\d{1,2})\]", ln.text):
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


def detach_text_notes(lines: list[RoleLine]) -> list[RoleLine]:
    """Role lines with numbered footnotes as note lines and their body markers taken out of the text."""
    lines = _bracket_notes(lines)
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
    # body markers, in order: each searched from the previous marker up to its footnote
    pos_line, pos_col = 0, 0
    drop: set[int] = set()
    marks: dict[int, list[tuple[int, str]]] = {}
    for n, start, _end in notes:
        pattern = _marker_re(n)
        for li in range(pos_line, start):
            ln = out[li]
            if li in in_note or ln.role != BODY or li in drop:
                continue
            col = pos_col if li == pos_line else 0
            if ln.text.strip() == str(n) and li > 0:
                prev = max((k for k in range(li) if out[k].role == BODY and k not in drop), default=None)
                if prev is not None:
                    marks.setdefault(prev, []).append((len(out[prev].text), str(n)))
                    drop.add(li)
                    pos_line, pos_col = li + 1, 0
                    break
            m = pattern.search(ln.text, col)
            if m and not (_MASTHEAD_RE.search(ln.text) and m.end() == len(ln.text)):
                marks.setdefault(li, []).append((m.start(), str(n)))
                pos_line, pos_col = li, m.end()
                break
    result = []
    for i, ln in enumerate(out):
        if i in drop:
            continue
        if i in marks:
            kept = []
            # the text without the marker digits; marker positions in that text (a marker alone on its
            # line stands at the end of the line before it)
            pieces, last = [], 0
            for p, mark in sorted(marks[i]):
                pieces.append(ln.text[last:p])
                kept.append((sum(len(x) for x in pieces), mark))
                last = p + len(mark) if ln.text[p:p + len(mark)] == mark else p
            pieces.append(ln.text[last:])
            ln = RoleLine(ln.page, "".join(pieces), tuple(kept), ln.role, ln.gap, ln.kind)
        result.append(ln)
    return result
