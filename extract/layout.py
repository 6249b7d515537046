"""Lines of a page to roles: body, footnote (start or continuation) or furniture (header, footer, page number).

PDF lines are told apart by position and font size: footnotes are the block of smaller lines at the foot of
a page that starts with a marker; furniture is matched in the first and last lines of a page only. Plain
text has no positions, so there the same patterns apply to whole lines.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from kamergraaf.extract.pdf import Line, PdfPage

BODY, NOTE_START, NOTE, FURNITURE = "body", "note-start", "note", "furniture"


@dataclass(frozen=True)
class RoleLine:
    page: int
    text: str
    markers: tuple[tuple[int, str], ...]
    role: str
    gap: bool = False  # a paragraph break (blank line) stands before this line
    kind: str = ""  # furniture kind: header | footer | page-number


_FURNITURE = [
    ("footer", re.compile(r"^ah-tk-\d{8}-\d+(\s+ISSN.*)?$")),
    ("footer", re.compile(r"^a?h tk \d{8} \d+$")),  # the same, as a PDF-to-Markdown converter printed it
    ("footer", re.compile(r"^(kst|blg|h-tk)-[\w-]+(\s+ISSN.*)?$")),
    ("footer", re.compile(r"^ISSN \d{4} ?- ?\d{3}[\dX]$")),
    ("footer", re.compile(r"^[’'‘]s-Gravenhage \d{4}\b.*$")),
    ("footer", re.compile(r"^Tweede Kamer, vergaderjaar \d{4}\s*[–-]\s*\d{4}, .{0,40}\d+$")),
    ("footer", re.compile(r"^Totaallijst feitelijke vragen .*\d+\s*/\s*\d+$")),
    ("footer", re.compile(r"^.{5,140}\s\d{1,3}\s*/\s*\d{1,3}$")),
    ("page-number", re.compile(r"^(Pagina |pagina |blz\. )?\d{1,3}( van \d{1,3})?$")),
    ("page-number", re.compile(r"^[-–] ?\d{1,3} ?[-–]$")),
]


def furniture_kind(text: str, strict: bool = True) -> str | None:
    """The furniture kind of a line of text, or None. ``strict`` leaves out the patterns only safe at a page
    edge (bare numbers, 'x/y')."""
    t = text.strip()
    for i, (kind, pattern) in enumerate(_FURNITURE):
        if strict and i >= 7:
            break
        if pattern.match(t):
            return kind
    return None


def classify_pdf(pages: list[PdfPage]) -> list[RoleLine]:
    sizes = Counter()
    for page in pages:
        for ln in page.lines:
            sizes[ln.size] += len(ln.text)
    body_size = sizes.most_common(1)[0][0] if sizes else 10.0
    out: list[RoleLine] = []
    for page in pages:
        out.extend(_classify_page(list(page.lines), body_size))
    return out


def _classify_page(lines: list[Line], body_size: float) -> list[RoleLine]:
    n = len(lines)
    roles = [BODY] * n
    kinds = [""] * n
    edge = set(range(min(2, n))) | set(range(max(0, n - 5), n))
    for i in sorted(edge):
        ln = lines[i]
        kind = furniture_kind(ln.text, strict=False) if not ln.markers else None
        if kind == "page-number" and ln.size > 1.3 * body_size:
            kind = None  # the big chamber number of a masthead
        if kind:
            roles[i], kinds[i] = FURNITURE, kind
    # footnote block: from the first small line starting with a marker, all following non-furniture lines small
    content = [i for i in range(n) if roles[i] == BODY]
    start = None
    for pos, i in enumerate(content):
        ln = lines[i]
        if ln.markers and ln.markers[0][0] == 0 and ln.size < 0.9 * body_size:
            if all(lines[j].size < 0.9 * body_size for j in content[pos:]):
                start = pos
                break
    if start is not None:
        for i in content[start:]:
            roles[i] = NOTE_START if lines[i].markers and lines[i].markers[0][0] == 0 else NOTE
    out = []
    prev = None
    for i, ln in enumerate(lines):
        gap = prev is not None and ln.bottom - prev.bottom > 1.6 * max(ln.size, prev.size)
        out.append(RoleLine(ln.page, ln.text, ln.markers, roles[i], gap, kinds[i]))
        if roles[i] != FURNITURE:
            prev = ln
    return out


# ---- plain text -------------------------------------------------------------------------------

_STAR_NOTE_RE = re.compile(r"^\*\s+\S")
_STAR_MARK_RE = re.compile(r"(?<=[^\s*])\*(?=[\s.,;:)?!]|$)")


def classify_text(text: str) -> list[RoleLine]:
    """Lines of a plain text (pages split at form feeds) with their roles."""
    out: list[RoleLine] = []
    for page_no, page_text in enumerate(text.split("\f"), start=1):
        gap = False
        in_note = False
        for raw in page_text.split("\n"):
            line = raw.rstrip()
            if not line.strip():
                gap = True
                in_note = False
                continue
            kind = furniture_kind(line)
            if kind:
                out.append(RoleLine(page_no, line.strip(), (), FURNITURE, gap, kind))
                gap = False
                continue
            if _STAR_NOTE_RE.match(line.strip()):
                out.append(RoleLine(page_no, line.strip()[1:].lstrip(), ((0, "*"),), NOTE_START, gap))
                in_note = True
            elif in_note:
                out.append(RoleLine(page_no, line.strip(), (), NOTE, gap))
            else:
                out.append(RoleLine(page_no, line.strip() if not line.startswith(" ") else line.strip(), (), BODY,
                                    gap))
            gap = False
    if any(r.role == NOTE_START for r in out):
        out = [_star_markers(r) if r.role == BODY else r for r in out]
    return out


def _star_markers(line: RoleLine) -> RoleLine:
    """Take '*' footnote markers glued to a word out of a body line of plain text."""
    if "*" not in line.text:
        return line
    marks, parts, last = [], [], 0
    for m in _STAR_MARK_RE.finditer(line.text):
        parts.append(line.text[last:m.start()])
        marks.append((sum(len(p) for p in parts), "*"))
        last = m.end()
    if not marks:
        return line
    parts.append(line.text[last:])
    return RoleLine(line.page, "".join(parts), tuple(marks), line.role, line.gap, line.kind)
