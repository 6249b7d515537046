"""Helpers the rule-round tests share: what the extraction finds in a short text written for a test."""

from __future__ import annotations

from kamergraaf.extract.agencies import find_agencies
from kamergraaf.extract.countries import find_countries
from kamergraaf.extract.figures import find_figures
from kamergraaf.extract.reader import read_path
from kamergraaf.extract.ref_names import document_abbreviations
from kamergraaf.extract.references import find_references


def figures(text: str, year: int | None = None) -> dict:
    """The figures in ``text`` by their printed text (agencies found first, as the pipeline does)."""
    hits, _ = find_figures(text, find_agencies(text), [], default_year=year)
    return {text[h.start:h.end]: h for h in hits}


def refs(text: str, abbreviations: bool = False) -> list[tuple[str, str, str]]:
    """(kind, identifier, mention) of every reference; with ``abbreviations``, also those the text defines."""
    abbrevs = document_abbreviations(text, find_references) if abbreviations else None
    return sorted((r.kind, r.identifier, text[r.start:r.end]) for r in find_references(text, abbrevs))


def agencies(text: str) -> list[tuple[str, str]]:
    return [(text[a.start:a.end], a.key) for a in find_agencies(text)]


def countries(text: str) -> list[tuple[str, str]]:
    return [(text[h.start:h.end], h.iso3) for h in find_countries(text)]


def read(tmp_path, text: str, name: str = "doc.txt"):
    """The one document a text file holds."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    (doc,) = read_path(path)
    return doc


def items(doc) -> list[tuple[str, tuple[int, ...], str]]:
    """Questions and answers as (kind, numbers, the first 30 characters of their text)."""
    return [("Q", q.numbers, doc.text[q.start:q.end].strip()[:30]) for q in doc.questions] + \
        [("A", a.numbers, doc.text[a.start:a.end].strip()[:30]) for a in doc.answers]
