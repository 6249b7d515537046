"""On every sample document: every mention's and figure's offsets point at its exact text in doc.text,
containers are real keys of the document, and answers get one kind each."""

from functools import lru_cache

import pytest

from kamergraaf.corpus import sample_paths
from kamergraaf.extract.model import ANSWER_KINDS, MENTION_KINDS
from kamergraaf.extract.nlp import analyse
from kamergraaf.extract.reader import read_path

PATHS = [str(p) for p in sample_paths()]


@lru_cache(maxsize=None)
def analysed(path: str):
    doc = read_path(path)[0]
    return doc, analyse(doc)


def test_the_sample_corpus_is_there():
    assert len(PATHS) >= 16


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.rsplit("/", 1)[-1][:12])
def test_offsets_point_at_the_exact_text(path):
    doc, analysis = analysed(path)
    assert analysis.mentions, "every sample document names something"
    for m in analysis.mentions + analysis.persons:
        assert doc.text[m.start:m.end] == m.text, m
        assert m.kind in MENTION_KINDS
        assert m.page == doc.page_at(m.start)
    for f in analysis.figures:
        assert doc.text[f.start:f.end] == f.text, f
        assert doc.text[f.quote_start:f.quote_end] == f.quote, f
        assert f.quote_start <= f.start < f.end <= f.quote_end


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.rsplit("/", 1)[-1][:12])
def test_containers_are_keys_of_the_document(path):
    doc, analysis = analysed(path)
    keys = {q.key for q in doc.questions} | {a.key for a in doc.answers} | {f"fn:{f.marker}" for f in doc.footnotes}
    spans = {q.key: (q.start, q.end) for q in doc.questions} | {a.key: (a.start, a.end) for a in doc.answers} | {
        f"fn:{f.marker}": (f.start, f.end) for f in doc.footnotes}
    for m in analysis.mentions:
        assert m.container is None or m.container in keys
        if m.container is not None:
            s, e = spans[m.container]
            assert s <= m.start and m.end <= e
    answers = {a.key for a in doc.answers}
    for f in analysis.figures:
        # part of an answer: in its text, or in a footnote whose marker stands in it (GUIDELINES decisions)
        assert f.container in answers
        s, e = spans[f.container]
        if not (s <= f.start and f.end <= e):
            note = next(n for n in doc.footnotes if n.start <= f.start and f.end <= n.end)
            assert s <= note.anchor <= e
    kinds = {a.answer_key: a.kind for a in analysis.answers}
    assert answers <= set(kinds)
    assert set(kinds.values()) <= set(ANSWER_KINDS)


def test_a_figure_answer_from_the_seed_carries_its_attributes():
    path = next(p for p in PATHS if p.endswith("001_b211def904ce3f85.txt"))
    doc, analysis = analysed(path)
    fig = next(f for f in analysis.figures if f.text == "€ 48,1 miljoen")
    assert (str(fig.value), fig.unit, fig.approximate, fig.source) == ("48100000", "EUR", True, "IND")
    assert fig.container == "a13"
    kinds = {a.answer_key: a.kind for a in analysis.answers}
    assert kinds["a19"] == "data-unavailable" and kinds["a5"] == "refers-elsewhere" and kinds["a1"] == "explanation"
