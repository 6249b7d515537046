"""Reflow: which line breaks of the body end a paragraph, and which only wrapped a line of a paragraph.

The separator between two logical lines (after the line-end hyphens are joined) is one of:
``"\\n\\n"`` (a blank line or a vertical gap in the PDF), ``"\\n"`` (a paragraph, heading, list item or table
row ends) or ``" "`` (the same paragraph continues). Rules, in order:

- a heading line (``Vraag 3``, ``Antwoord 3``, ``Vraag (75):``, ``Antwoord:``) stands alone;
- a line that starts a heading, a source (``Bron:``) or a list item (``1.``, ``a)``, ``-``, ``•``) starts
  a new line, and a line ending in a colon ends one;
- PDF: a line ends its paragraph when the first word of the next line would have fitted after it in the
  column (the typesetter broke the line on purpose: paragraph end, table row, header line);
- text: in a file whose lines are wrapped, the same rule counted in characters against the typical line
  width; in a file with a paragraph per line (word processor export) every line break is kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kamergraaf.extract.numbers import MONTH_ALT, MONTH_SHORT

PARAGRAPH, LINE, SPACE = "\n\n", "\n", " "

_HEADING_ONLY_RE = re.compile(
    r"^(?:(?:Vra(?:ag|gen)|VRA(?:AG|GEN))\s*(?::\s*)?(?:\(\s*\d{1,4}\s*\)|\d{1,3}(?:\s*(?:,|&|en|t/m|tot en met|-|–)?\s*\d{1,3})*)|"
    r"(?:Antwoord(?:en)?|ANTWOORD(?:EN)?)(?:\s+op)?(?:\s+(?:de\s+)?(?:vraag|vragen))?(?:\s*\(\s*\d{1,4}\s*\)|"
    r"\s+\d{1,3}(?:\s*(?:,|&|en|t/m|tot en met|-|–)?\s*\d{1,3})*)?|Toelichting|Vragen en antwoorden)"
    r"\s*[:.]?\s*$")
_STARTS_BLOCK_RE = re.compile(
    r"^(?:(?:Vra(?:ag|gen)|VRA(?:AG|GEN))\s*:?\s*(?:\(\s*\d|\d)|(?:Antwoord(?:en)?|ANTWOORD(?:EN)?)\b(?:\s+op\s+(?:de\s+)?vra|\s+vra|\s*\(?\s*\d|\s*[:.]|\s*$)|"
    r"Bron(?:nen)?\s*:|Toelichting\s*:|"
    r"\d{1,2}[.)]\s|\(\d{1,2}\)\s|[a-z][.)]\s|[-–•·▪●◦*]\s)")
_BARE_NUMBER_RE = re.compile(r"^\s*\d{1,3}\.?\s*$")
_CELL_RE = re.compile(r"^\s*(?:€\s*)?-?\d[\d.,]*\s*%?\s*$")
_SENTENCE_END_RE = re.compile(r"[.?!;:][\"'»”’)\]]*$")
_WORD_RE = re.compile(r"\S+")


@dataclass(frozen=True)
class Box:
    """Where a logical line lies on its page: left of its first physical line, right of its last, and the
    mean width of one character of its first physical line (to estimate the width of a word)."""

    x0: float
    x1: float
    char_width: float
    size: float = 0.0  # font size


def heading_only(line: str) -> bool:
    return bool(_HEADING_ONLY_RE.match(line.strip()))


def starts_block(line: str) -> bool:
    return bool(_STARTS_BLOCK_RE.match(line.lstrip()))


def _structural(prev: str, cur: str) -> bool:
    """A break that the text itself demands, whatever the layout."""
    return heading_only(prev) or starts_block(cur) or prev.rstrip().endswith(":")


def _first_word(text: str) -> str:
    m = _WORD_RE.search(text)
    return m.group(0) if m else ""


def _gap(prev: str, cur: str) -> str:
    """A blank line or vertical gap inside a sentence (a page break in the source) is not a paragraph break."""
    if cur[:1].islower() and not _SENTENCE_END_RE.search(prev.rstrip()) and not heading_only(prev) \
            and not _MONTH_LINE_RE.fullmatch(cur.strip()):
        return SPACE
    return PARAGRAPH


# a month alone on its line between blank lines: the label of a table's row ("januari" / "1.529" / ...)
_MONTH_LINE_RE = re.compile(r"(?:" + MONTH_ALT + r")(?:[ \t]+(?:19|20)\d{2})?")

# a month's name or abbreviation alone on its line, a table's column head ("Jan", "feb", "Mrt", "sept.")
_MONTH_CELL_RE = re.compile(r"(?i)(?:" + MONTH_ALT + "|" + MONTH_SHORT + r")\.?")


def pdf_separators(texts: list[str], gaps: list[bool], boxes: list[Box | None]) -> list[str]:
    """Separators before each line (the first is ``""``) of a PDF body."""
    rights = sorted(b.x1 for b in boxes if b is not None)
    right = rights[int(0.95 * (len(rights) - 1))] if rights else 0.0
    seps = [""]
    for i in range(1, len(texts)):
        prev, cur, pb, cb = texts[i - 1], texts[i], boxes[i - 1], boxes[i]
        if gaps[i]:
            seps.append(_gap(prev, cur))
        elif _structural(prev, cur) or pb is None or cb is None:
            seps.append(LINE)
        elif abs(pb.size - cb.size) > 0.15 * max(pb.size, cb.size):
            seps.append(LINE)  # a heading or masthead in another font size
        else:
            word = (len(_first_word(cur)) + 1) * cb.char_width
            seps.append(LINE if right - pb.x1 > 1.1 * word else SPACE)
    return seps


def _continues(prev: str, cur: str) -> bool:
    """The sentence goes on: no sentence end at the end of ``prev`` and ``cur`` starts in lower case."""
    return cur[:1].islower() and not _SENTENCE_END_RE.search(prev.rstrip())


def _line_width(texts: list[str], gaps: list[bool]) -> int:
    """The width (in characters) at which the lines were wrapped: lines followed by the rest of their sentence
    were full; 0 when too few lines are (a paragraph per line, as word processors export)."""
    full = sorted(len(texts[i - 1].rstrip()) for i in range(1, len(texts))
                  if not gaps[i] and _continues(texts[i - 1], texts[i]))
    if len(full) < 3:
        return 0
    return full[int(0.75 * (len(full) - 1))]


def text_separators(texts: list[str], gaps: list[bool]) -> list[str]:
    """Separators before each line (the first is ``""``) of a plain-text body."""
    width = _line_width(texts, gaps)
    seps = [""]
    for i in range(1, len(texts)):
        prev, cur = texts[i - 1].rstrip(), texts[i]
        if gaps[i]:
            seps.append(_gap(prev, cur))
        elif _structural(prev, cur):
            seps.append(LINE)
        elif _BARE_NUMBER_RE.match(prev) or (_BARE_NUMBER_RE.match(cur) and _SENTENCE_END_RE.search(prev)):
            seps.append(LINE)  # a question number on its own line after a sentence end, and what follows it
        elif prev.endswith("?") and cur[:1].isupper() and not heading_only(cur):
            seps.append(LINE)  # a question ends its paragraph: what follows is its answer or the next question
        elif _CELL_RE.match(cur) and i + 1 < len(texts) and not gaps[i + 1] and _CELL_RE.match(texts[i + 1]):
            seps.append(LINE)  # the first cell of a table printed a cell per line ("2009" / "28.206.802" / ...)
        elif _MONTH_CELL_RE.fullmatch(prev.strip()) and _MONTH_CELL_RE.fullmatch(cur.strip()):
            seps.append(LINE)  # a table's month heads a cell per line ("Jan" / "feb" / "Mrt"): no sentence
        elif _continues(prev, cur):
            seps.append(SPACE)
        elif not width or len(prev) > 1.2 * width:
            seps.append(LINE)  # a paragraph per line, or lines glued together by the export
        else:
            room = width - len(prev) - 1
            need = len(_first_word(cur))
            ends = bool(_SENTENCE_END_RE.search(prev))
            short = room >= need + (2 if ends else max(8, width // 4))
            seps.append(LINE if short else SPACE)
    return seps
