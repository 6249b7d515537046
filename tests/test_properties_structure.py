"""Structure segmentation never loses or duplicates text.

Property over generated documents: real question and answer texts (read from the questions.csv fixture of
86 Kamervragen) put together under a header in one of the real layouts, with random question numbers in
random order; the reader must give back every question and answer, under its number, with exactly its text.
Property over random text made of heading-like pieces: the reader gives a document or a ReadFailure, and
the header, headings, questions, answers and footnotes account for the whole cleaned text (no overlap, no
text outside them but headings, footnote markers and whitespace).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st

from kamergraaf.extract.reader import ReadFailure, parse_text, read_path

settings.register_profile("kamergraaf-structure", derandomize=True, deadline=None, database=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
PROFILE = settings.get_profile("kamergraaf-structure")

ROOT = Path(__file__).resolve().parent.parent
SHA = "0" * 64
HEADING_LINE = re.compile(r"^\s*(?:Vra(?:ag|gen)|Antwoord)|^\s*\d{1,2}[.)]\s", re.M | re.I)
HEADERS = (
    "Vragen van het lid Van der Lee (GroenLinks-PvdA) aan de Minister van Financiën over rekeninggluren "
    "(ingezonden 20 oktober 2025).",
    "Tweede Kamer der Staten-Generaal\nVergaderjaar 2024–2025\n\nVragen van de leden Kostić en Teunissen "
    "(beiden PvdD) aan de Staatssecretaris van Justitie en Veiligheid (ingezonden 3 maart 2025).",
)


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def bare(text: str) -> str:
    """Without any whitespace (a heading is kept as ``Antwoord:`` where the text says ``Antwoord :``)."""
    return re.sub(r"\s+", "", text)


@lru_cache(maxsize=1)
def fragments() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Question and answer texts of the questions.csv fixture without heading-like lines or footnotes."""
    docs = read_path(ROOT / "tests" / "fixtures" / "kamervragen-text" / "questions.csv")
    def usable(item, doc) -> bool:
        inside = any(item.start <= (f.anchor or -1) <= item.end for f in doc.footnotes)
        return 20 <= len(item.text) <= 1500 and not HEADING_LINE.search(item.text) and not inside
    qs = tuple(dict.fromkeys(q.text for d in docs for q in d.questions if usable(q, d)))
    answers = tuple(dict.fromkeys(a.text for d in docs for a in d.answers if usable(a, d)))
    assert len(qs) > 200 and len(answers) > 100
    return qs, answers


def layout(style: str, header: str, items: list[tuple[int, str, str]]) -> str:
    parts = [header, ""]
    if style == "aanhangsel":
        for n, q, a in items:
            parts += [f"Vraag {n}", q, "", f"Antwoord {n}", a, ""]
    elif style == "lijst":
        for n, q, a in items:
            parts += [f"Vraag ({n}):", q, "", "Antwoord:", a, ""]
    else:  # the ministries' answer letters: all questions first, then "Antwoord op vraag n"
        parts += [line for n, q, _ in items for line in (f"Vraag {n}", q, "")]
        parts += [line for n, _, a in items for line in (f"Antwoord op vraag {n}", a, "")]
    return "\n".join(parts)


@st.composite
def documents(draw):
    qs, answers = fragments()
    numbers = draw(st.lists(st.integers(1, 300), min_size=1, max_size=8, unique=True))
    items = [(n, draw(st.sampled_from(qs)), draw(st.sampled_from(answers))) for n in numbers]
    style = draw(st.sampled_from(["aanhangsel", "lijst", "brief"]))
    return style, layout(style, draw(st.sampled_from(HEADERS)), items), items


def assert_partition(doc) -> None:
    """Header, headings, questions, answers and footnotes cover the cleaned text without overlap."""
    text = doc.text
    items = sorted(list(doc.questions) + list(doc.answers) + list(doc.footnotes), key=lambda i: i.start)
    previous = None
    for item in items:
        assert text[item.start:item.end] == item.text
        assert previous is None or previous.end <= item.start, "overlapping pieces"
        gap = bare(text[previous.end if previous else 0:item.start])
        own = bare(item.marker if hasattr(item, "marker") else item.heading)
        if previous is None:
            assert gap.endswith(own), (gap[-80:], own)  # the header, then the first heading
        else:
            assert gap == own, (gap[:80], own)  # between pieces: only the heading or footnote marker
        previous = item
    if previous is not None:
        assert not text[previous.end:].strip(), "text after the last piece"


@settings(PROFILE, max_examples=60)
@given(documents())
def test_generated_documents_give_back_every_question_and_answer(case):
    style, text, items = case
    doc = parse_text(text, "gen.txt", "gen.txt", SHA)
    assert [q.numbers for q in doc.questions] == [(n,) for n, _, _ in items]
    assert [flat(q.text) for q in doc.questions] == [flat(q) for _, q, _ in items]
    assert [flat(a.text) for a in doc.answers] == [flat(a) for _, _, a in items]
    by_key = {q.key: q for q in doc.questions}
    for a, (n, _, _) in zip(doc.answers, items):
        assert [by_key[k].numbers for k in a.question_keys] == [(n,)], (style, a.key, a.question_keys)
    assert len({q.key for q in doc.questions}) == len(doc.questions)
    assert_partition(doc)


HEADING_PIECES = st.sampled_from([
    "Vraag 1", "Vraag 2", "Vraag (3):", "Vraag 2 en 3", "Vraag 4 t/m 6", "Vraag 1:", "Vragen 7, 8 en 9",
    "Antwoord", "Antwoord:", "Antwoord 1", "Antwoord 2 en 3", "Antwoord op vraag 2", "Antwoord vraag 4:",
    "Antwoorden", "1.", "2)", "Vraag 1 is ingetrokken.",
])
WORD_PIECES = st.sampled_from([
    "Vragen van het lid", "Vraag", "Antwoord", ":", ".", " ", "de IND", "123.840", "tekst", "vraag 1",
    "Zie het antwoord op vraag 1", "1 Kamerstuk 36 600, nr. 5", "€ 5 mln", "‘citaat’", "-", "1", "(2)", "",
])
LINES = st.lists(HEADING_PIECES | st.lists(WORD_PIECES, max_size=6).map(" ".join), max_size=25).map("\n".join)


@settings(PROFILE, max_examples=150)
@given(LINES | st.text(max_size=200))
def test_random_text_gives_a_document_or_a_read_failure_and_a_partition(text):
    try:
        doc = parse_text(text, "random.txt", "random.txt", SHA)
    except ReadFailure as exc:
        assert exc.error.path == "random.txt" and exc.error.code.startswith("E")
        return
    assert doc.questions
    assert len({q.key for q in doc.questions}) == len(doc.questions)
    assert len({a.key for a in doc.answers}) == len(doc.answers)
    assert_partition(doc)


def test_partition_holds_on_every_questions_csv_document():
    """The same accounting on the 86 real texts of the questions.csv fixture (the sample corpus is checked
    in tests/test_reader_corpus.py)."""
    docs = read_path(ROOT / "tests" / "fixtures" / "kamervragen-text" / "questions.csv")
    assert len(docs) == 86
    for doc in docs:
        try:
            assert_partition(doc)
        except AssertionError as exc:
            raise AssertionError(f"{doc.source_name}: {exc}") from None
