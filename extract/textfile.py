"""Plain text input: decoding (UTF-8, UTF-16 with its byte-order mark, or cp1252 found by detection) and the
questions.csv layout."""

from __future__ import annotations

import csv
import re
import io


class NotText(Exception):
    """The bytes are not a text file (binary data)."""


def decode(data: bytes) -> str:
    """UTF-16 when the bytes start with its byte-order mark; UTF-8 (with or without BOM) when the bytes are valid
    UTF-8, else cp1252 (the Windows default of the
    ministries), else latin-1. Binary data (NUL bytes, many control characters) raises NotText."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):  # Word's "Unicode text", Notepad's "Unicode"
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise NotText("broken UTF-16") from exc
    sample = data[:4096]
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    if b"\x00" in sample or (sample and controls / len(sample) > 0.05):
        raise NotText("binary data")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def csv_documents(text: str) -> list[tuple[str, str]]:
    """(name, text) of every row of a CSV with a ``name`` and a text column (``text_content`` or ``text``)."""
    csv.field_size_limit(1 << 30)
    reader = csv.DictReader(io.StringIO(text))
    fields = reader.fieldnames or []
    text_col = next((c for c in ("text_content", "text", "tekst", "content") if c in fields), None)
    if "name" not in fields or text_col is None:
        raise ValueError(f"expected columns 'name' and 'text_content' (found: {', '.join(fields) or 'none'})")
    return [(row["name"] or f"row{i}", row[text_col] or "") for i, row in enumerate(reader, start=2)]


# A committee list exported as a Markdown table, as document viewers print a Word table: a row per question,
# "1 | Vraag: <question> Antwoord: <answer> |", under a header row "Vraag en Antwoord | |" and a "---|---|" rule.
_PIPE_ROW_RE = re.compile(r"^[ \t]*\|?[ \t]*(?P<n>\d{1,3})[ \t]*\|[ \t]*Vraag[ \t]*:?[ \t]*(?P<q>.+?)[ \t]+"
                          r"Antwoord[ \t]*:?[ \t]*(?P<a>.+?)[ \t]*(?:\|[ \t]*)*$", re.M)
_PIPE_RULE_RE = re.compile(r"^[ \t]*\|?[ \t]*(?:-{3,}[ \t]*\|[ \t]*)+-*[ \t]*$\n?", re.M)


def unpipe_rows(text: str) -> str:
    """Rows of a question/answer table printed in Markdown become a "Vraag N" heading, the question, an
    "Antwoord:" heading and the answer, each on a line of its own; other text is left as it is."""
    if not _PIPE_ROW_RE.search(text):
        return text
    text = _PIPE_RULE_RE.sub("", text)
    return _PIPE_ROW_RE.sub(lambda m: f"Vraag {m.group('n')}\n{m.group('q')}\nAntwoord:\n{m.group('a')}", text)


# Line-break tags a site left in its text as letters ("kan werken, ook daadwerkelijk aan het werk<br />"): a page
# with several of them is HTML source copied as text, and each tag is a line break already printed.
_BR_TAG_RE = re.compile(r"(?P<end>[ \t]*<br[ \t]*/?>[ \t]*(?=\n|$))|<br[ \t]*/?>", re.I)


def drop_break_tags(text: str) -> str:
    """Literal "<br />" tags left at the ends of lines are taken out (a tag inside a line becomes a line break);
    text with fewer than three of them is left as it is."""
    if len(_BR_TAG_RE.findall(text)) < 3:
        return text
    return _BR_TAG_RE.sub(lambda m: "" if m.group("end") else "\n", text)


# A question whose printed lines were exported as paragraphs of their own ("Kent u het bericht dat het\n\n
# Nederlands Koningshuis het op één\n\nna duurste Koningshuis van Europa\n\nis?"): short lines of words without a
# sentence end, the last one ending in "?", are one paragraph again.
_WORDS_NO_END = r"[^\n\f.?!:;|]{0,58}"  # a printed line's words, no sentence end
_SPLIT_REST = _WORDS_NO_END + r"[A-Za-zÀ-ÿ0-9,)»][ \t]*"
_SPLIT_QUESTION_RE = re.compile(r"(?:^|(?<=\n))(?P<run>[ \t]*[A-Z]" + _SPLIT_REST + r"(?:\n[ \t]*\n[ \t]*[A-Za-zÀ-ÿ«(]" + _SPLIT_REST
                                + r"){1,12}\n[ \t]*\n[ \t]*[a-zà-ü]" + _WORDS_NO_END + r"\?)[ \t]*(?=\n|$)")


def join_split_questions(text: str) -> str:
    """The lines of a question printed as paragraphs of their own are joined with spaces (same text otherwise)."""
    return _SPLIT_QUESTION_RE.sub(lambda m: " ".join(p.strip() for p in re.split(r"\n[ \t]*\n", m.group("run"))), text)


# A table whose cells a site printed run together, a row label into its number ("België3,1364", "Turkije1,2627"):
# three or more lines in a row that hold a capitalised label and a number with a decimal or thousands separator,
# and nothing else, get a space between the two (a footnote marker run into a word has no separator: "Defensie1").
_GLUED_CELL = r"[ \t]*[A-ZÀ-Þ][a-zà-ÿ]+(?:[ -][A-Za-zà-ÿ]+){0,3}(?=\d)\d{1,3}(?:[.,]\d+)+[ \t]*"
_GLUED_ROWS_RE = re.compile(r"(?:^|(?<=\n))" + _GLUED_CELL + r"(?:\n" + _GLUED_CELL + r"){2,}(?=\n|$)")
_GLUED_SPLIT_RE = re.compile(r"(?<=[a-zà-ÿ])(?=\d)")


def space_glued_cells(text: str) -> str:
    """The label and number of each row of a run-together table are set apart by a space (same text otherwise);
    a table whose header of years and whose rows of amounts were printed without any separator is spaced too."""
    return _space_glued_year_table(_GLUED_ROWS_RE.sub(lambda m: _GLUED_SPLIT_RE.sub("\n", m.group()), text))


# A table printed with every cell run together: a header of consecutive years "1997199819992000…2006" and rows of a
# label and as many amounts, each with the same number of decimals: "Gasbaten3,022,331,69…8,43". With a fixed
# number of decimals the row splits one way only ("3,02" "2,33" "1,69" …); it is spaced when every row does.
_GLUED_YEARS_RE = re.compile(r"^[ \t]*((?:19|20)\d{2}){3,15}[ \t]*$", re.M)
_GLUED_ROW_RE = re.compile(r"[ \t]*(?P<label>[^\W\d_][^\d\n]{0,40}?)(?P<cells>-?\d[\d,-]*\d)[ \t]*")


def _split_glued_amounts(cells: str, n: int) -> list[str] | None:
    for decimals in (2, 1, 3):
        parts = re.findall(r"-?\d{1,3},\d{%d}" % decimals, cells)
        if len(parts) == n and "".join(parts) == cells:
            return parts
    return None


def _space_glued_year_table(text: str) -> str:
    out, pos = [], 0
    for m in _GLUED_YEARS_RE.finditer(text):
        head = m.group().strip()
        years = [int(head[i:i + 4]) for i in range(0, len(head), 4)]
        if any(b != a + 1 for a, b in zip(years, years[1:])):
            continue
        rows, end = [], m.end()
        while end < len(text) and text[end] == "\n":
            nl = text.find("\n", end + 1)
            line = text[end + 1:nl if nl >= 0 else len(text)]
            row = _GLUED_ROW_RE.fullmatch(line)
            parts = _split_glued_amounts(row.group("cells"), len(years)) if row else None
            if not parts:
                break
            rows.append(row.group("label").rstrip() + " " + " ".join(parts))
            end = nl if nl >= 0 else len(text)
        if len(rows) < 2:
            continue
        out.append(text[pos:m.start()] + " ".join(str(y) for y in years) + "\n" + "\n".join(rows))
        pos = end
    return "".join(out) + text[pos:]


# A page whose questions and answers were flattened into one long line: "... begrotingsregel 13). Vraag 2 Hoe hoog
# was het bbp? Antwoord 2 Tabel 1 toont ...". Each "Vraag N" and "Antwoord N" after a sentence end starts a line of
# its own, the heading alone on it.
_INLINE_HEADING_RE = re.compile(r"(?<=[.?!:)] )(?P<h>(?:Vraag|Antwoord) \d{1,3}|Antwoord:) (?=[A-Z])")
_INLINE_ANY_RE = re.compile(r"(?<=\S )(?P<h>(?:Vraag|Antwoord) \d{1,3}|Antwoord:) (?=[A-Z])")


# "Vraag:" on a line of its own, then the question with "Antwoord:" run into its end: "... de economische
# groei?Antwoord:" (a page that lost the line break before the label)
_GLUED_ANSWER_LABEL_RE = re.compile(r"(?<=[a-zà-ü0-9)»”][?.])Antwoord:(?=[ \t]*\n)")
_INLINE_NUMBERED_PAIR_RE = re.compile(r"(?<=\S)[ \t]+(?P<q>Vraag[ \t]+(?P<n>\d{1,3})\.?)[ \t]+(?P<body>[A-Z][^\n]{5,1500}?[?.])"
                                      r"[ \t]+(?P<a>Antwoord(?:[ \t]+(?:op[ \t]+)?vraag)?[ \t]+(?P=n)\.?)(?=[ \t]*(?:\n|$))")
_OWN_LINE_QUESTION_LABEL_RE = re.compile(r"^[ \t]*Vraag:[ \t]*$", re.M)


def split_inline_headings(text: str) -> str:
    """Headings run into the text become lines of their own, when at least two follow a sentence end, one of
    them an answer's; an "Antwoord:" run into the end of a question under a "Vraag:" label goes to a line of its
    own."""
    if _OWN_LINE_QUESTION_LABEL_RE.search(text):
        text = _GLUED_ANSWER_LABEL_RE.sub("\nAntwoord:", text)
    found = [m.group("h").split()[0].rstrip(":") for m in _INLINE_HEADING_RE.finditer(text)]
    if len(found) < 2 or "Antwoord" not in found:
        # "Vragen PvdA-fractie Vraag 1. Is sinds ... gedaald? Antwoord vraag 1." (a schriftelijk overleg run into
        # one paragraph): a numbered question and the answer heading of the same number
        return _INLINE_NUMBERED_PAIR_RE.sub(lambda m: f"\n{m.group('q')}\n{m.group('body')}\n{m.group('a')}\n", text)
    # with that layout established, also the headings after a title or a source line without a full stop
    # with that layout established, also the headings after a title or a source line without a full stop
    return _INLINE_ANY_RE.sub(lambda m: "\n" + m.group("h") + "\n", text)


# Markdown made from a PDF by a converter (pymupdf4llm and the like): pages separated by a rule line "-----",
# the masthead and titles as "#" headings and "**bold**", superscript footnote markers in brackets ("gezuiverd»[1 ]",
# "[4 5 ]", the ordinal "11[e ]"), and each page's footnotes at its foot as "1 Nederlands Dagblad, ...".
_MD_RULE_RE = re.compile(r"^[ \t]*-{3,}[ \t]*$", re.M)
_MD_HEADING_RE = re.compile(r"^[ \t]*#{1,6}[ \t]+(?=\S)", re.M)
_MD_BRACKET_MARK_RE = re.compile(r"\[(?P<ns>\d{1,2}(?:[ \t]+\d{1,2})*)[ \t]?\]")
_MD_SUPERSCRIPT_WORD_RE = re.compile(r"(?<=\d)\[(?P<w>e|de|ste|ste|st|nd|rd|th)[ \t]?\]")
_MD_EMPHASIS_RE = re.compile(r"\*\*|__|(?<![\w*])_(?=[^\s_])|(?<=[^\s_])_(?![\w*])")
_MD_NOTE_LINE_RE = re.compile(r"^(?P<n>\d{1,2})[ \t]+(?=\S)")


def looks_like_pdf_markdown(text: str) -> bool:
    """Markdown a converter made from a PDF: page rules and either "#" headings or bracketed superscript markers."""
    return bool(_MD_RULE_RE.search(text)) and bool(_MD_HEADING_RE.search(text) or _MD_BRACKET_MARK_RE.search(text))


def unmark_pdf_markdown(text: str) -> str:
    """Plain text of a PDF-made Markdown file: page rules become form feeds, heading marks and emphasis go, and
    bracketed superscript markers become ``[n]`` markers whose notes ``n text`` at the foot of a page are written
    ``[n] text``, the form the note reader takes. Other text is unchanged; a note counts only when its
    marker stood earlier in the text and it opens a paragraph at the foot of its page."""
    if not looks_like_pdf_markdown(text):
        return text
    text = _MD_HEADING_RE.sub("", text)
    text = _MD_EMPHASIS_RE.sub("", text)
    text = _MD_SUPERSCRIPT_WORD_RE.sub(lambda m: m.group("w"), text)
    text = _MD_BRACKET_MARK_RE.sub(lambda m: "".join(f"[{n}]" for n in m.group("ns").split()), text)
    pages = _MD_RULE_RE.split(text)
    pending: list[str] = []
    out = []
    for page in pages:
        lines = page.split("\n")
        note_from = _page_foot_notes(lines, pending)
        for line in lines[:note_from]:
            pending.extend(n for n in re.findall(r"\[(\d{1,2})\]", line) if n not in pending)
        for i in range(len(lines)):
            m = _MD_NOTE_LINE_RE.match(lines[i]) if i >= note_from else None
            if m and m.group("n") in pending:
                lines[i] = f"[{m.group('n')}] " + lines[i][m.end():]
                pending.remove(m.group("n"))
        out.append("\n".join(lines))
    return "\f".join(out)


def _page_foot_notes(lines: list[str], pending: list[str]) -> int:
    """The first line of a page's footnote block: a paragraph opening with the number of a marker seen before
    (this page's markers included), after which every paragraph opens with a later such number, or is a
    running footer; len(lines) when the page has no such block."""
    from kamergraaf.extract.layout import furniture_kind

    seen = list(pending)
    for i, line in enumerate(lines):
        seen.extend(n for n in re.findall(r"\[(\d{1,2})\]", line) if n not in seen)
        m = _MD_NOTE_LINE_RE.match(line)
        if not m or m.group("n") not in seen or (i and lines[i - 1].strip()):
            continue
        last, ok = int(m.group("n")), True
        for j in range(i + 1, len(lines)):
            if lines[j - 1].strip() or not lines[j].strip():
                continue  # a continuation line, or a blank
            nxt = _MD_NOTE_LINE_RE.match(lines[j])
            if nxt and int(nxt.group("n")) > last:
                last = int(nxt.group("n"))
            elif not furniture_kind(lines[j]):
                ok = False
                break
        if ok:
            return i
    return len(lines)

