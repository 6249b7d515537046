"""Role lines to the cleaned text: body in reading order, then the footnotes; with page spans and anchors.

Layout of the cleaned text: the body's paragraphs, one per line (a blank line where the page shows a gap),
with the lines of a paragraph joined by a space (see reflow.py) and words hyphenated at line ends joined;
then a blank line and one line per footnote (``{marker} {text}``). Markers are removed from the body; each
footnote keeps the offset where its marker stood.
"""

from __future__ import annotations

from dataclasses import dataclass

from kamergraaf.extract.clean import line_end_hyphen, repair
from kamergraaf.extract.layout import BODY, FURNITURE, NOTE, NOTE_START, RoleLine
from kamergraaf.extract.model import Footnote, Furniture, Page
from kamergraaf.extract.reflow import Box, pdf_separators, text_separators


@dataclass(frozen=True)
class Assembled:
    text: str
    body_end: int
    pages: tuple[Page, ...]
    footnotes: tuple[Footnote, ...]
    furniture: tuple[Furniture, ...]
    line_starts: tuple[int, ...]  # offsets of the body's logical lines
    orphan_markers: tuple[tuple[int, str], ...]  # body markers without a footnote


@dataclass
class _Logical:
    page: int
    text: str
    marks: list[tuple[int, str]]
    gap: bool
    box: Box | None = None


def _repaired(line: RoleLine) -> tuple[str, list[tuple[int, str]]]:
    """Repair the text piecewise between markers so that marker positions stay right."""
    if not line.markers:
        return repair(line.text), []
    out, marks, last = [], [], 0
    for pos, mark in line.markers:
        out.append(repair(line.text[last:pos]))
        marks.append((sum(len(p) for p in out), mark))
        last = pos
    out.append(repair(line.text[last:]))
    return "".join(out), marks


def _merge(lines: list[RoleLine], boxes: list[Box | None] | None = None) -> list[_Logical]:
    """Join lines broken by a line-end hyphen into one logical line (its box: left and character width of
    the first physical line, right of the last)."""
    merged: list[_Logical] = []
    for k, line in enumerate(lines):
        box = boxes[k] if boxes is not None else None
        text, marks = _repaired(line)
        text = text.strip() if not marks else text
        if not text and not marks:
            continue
        if merged and not line.gap:
            prev = merged[-1]
            how = line_end_hyphen(prev.text, text)
            if how != "none" and not (prev.marks and prev.marks[-1][0] >= len(prev.text)):
                base = prev.text[:-1] if how == "join" else prev.text + (" " if how == "space" else "")
                shift = len(base)
                prev.text = base + text
                prev.marks.extend((p + shift, m) for p, m in marks)
                if prev.box is not None and box is not None:
                    prev.box = Box(prev.box.x0, box.x1, prev.box.char_width, prev.box.size)
                continue
        merged.append(_Logical(line.page, text, list(marks), line.gap, box))
    return merged


def assemble(lines: list[RoleLine], boxes: list[Box | None] | None = None) -> Assembled:
    """``boxes`` (PDF only): the position of each of ``lines``; without it the body is reflowed as text."""
    keep = [i for i, ln in enumerate(lines) if ln.role == BODY]
    body = _merge([lines[i] for i in keep], [boxes[i] for i in keep] if boxes is not None else None)
    texts, gaps = [lg.text for lg in body], [lg.gap for lg in body]
    seps = pdf_separators(texts, gaps, [lg.box for lg in body]) if boxes is not None else \
        text_separators(texts, gaps)
    parts: list[str] = []
    offset = 0
    line_starts: list[int] = []
    body_marks: list[tuple[int, str, int]] = []
    page_first: dict[int, int] = {}
    for i, lg in enumerate(body):
        if i:
            sep = seps[i]
            parts.append(sep)
            offset += len(sep)
        line_starts.append(offset)
        page_first.setdefault(lg.page, offset)
        body_marks.extend((offset + p, m, lg.page) for p, m in lg.marks)
        parts.append(lg.text)
        offset += len(lg.text)
    body_end = offset
    pages = []
    ordered = sorted(page_first.items(), key=lambda kv: kv[1])
    for k, (number, start) in enumerate(ordered):
        end = ordered[k + 1][1] if k + 1 < len(ordered) else body_end
        pages.append(Page(number, start, end))

    # footnotes: group note lines, join their hyphenated lines
    groups: list[tuple[str, int, list[RoleLine]]] = []
    for ln in lines:
        if ln.role == NOTE_START:
            mark = ln.markers[0][1]
            rest = RoleLine(ln.page, ln.text, ln.markers[1:], NOTE)
            groups.append((mark, ln.page, [rest]))
        elif ln.role == NOTE and groups:
            groups[-1][2].append(RoleLine(ln.page, ln.text, ln.markers, NOTE))
    footnotes = []
    used: set[int] = set()
    if groups:
        parts.append("\n\n")
        offset += 2
    note_page_start: dict[int, int] = {}
    for k, (mark, page, group) in enumerate(groups):
        logical = _merge([RoleLine(g.page, g.text, (), NOTE) for g in group])
        text = " ".join(lg.text for lg in logical).strip()
        if k:
            parts.append("\n")
            offset += 1
        note_page_start.setdefault(page, offset)
        head = f"{mark} "
        parts.append(head)
        offset += len(head)
        start = offset
        parts.append(text)
        offset += len(text)
        anchor = _anchor(mark, page, body_marks, used)
        footnotes.append(Footnote(mark, text, start, offset, page, anchor))
    ordered = sorted(note_page_start.items(), key=lambda kv: kv[1])
    for k, (number, start) in enumerate(ordered):
        end = ordered[k + 1][1] if k + 1 < len(ordered) else offset
        pages.append(Page(number, start, end))
    furniture = tuple(Furniture(ln.kind or "footer", repair(ln.text), ln.page) for ln in lines
                      if ln.role == FURNITURE)
    orphans = tuple((o, m) for idx, (o, m, _p) in enumerate(body_marks) if idx not in used)
    return Assembled("".join(parts), body_end, tuple(pages), tuple(footnotes), furniture, tuple(line_starts),
                     orphans)


def _anchor(mark: str, page: int, body_marks: list[tuple[int, str, int]], used: set[int]) -> int | None:
    """The body marker a footnote belongs to: same marker text, on its page if possible, else the nearest
    earlier page."""
    best = None
    for idx, (offset, m, p) in enumerate(body_marks):
        if idx in used or m != mark or p > page:
            continue
        if best is None or p >= body_marks[best][2]:
            if best is None or p > body_marks[best][2]:
                best = idx
    if best is None:
        return None
    used.add(best)
    return body_marks[best][0]
