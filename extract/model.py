"""Plain data passed between the stages: reader -> analysis -> graph.

Everything here is a frozen dataclass holding only str, int, bool, Decimal, date, None and tuples of
these, so results pickle cheaply across worker processes and compare by value.

Offsets (``start``, ``end``) are always character offsets into ``ParsedDocument.text``, the document's
cleaned text, with ``text[start:end]`` being exactly the piece they describe. ``page`` numbers are
1-based physical pages of the input (1 for plain text).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

# Document kinds (values of DocumentMeta.kind, also used in the graph and the example queries).
KIND_LIJST = "lijst-vragen-antwoorden"  # committee list of (feitelijke) vragen en antwoorden
KIND_AANHANGSEL = "aanhangsel"  # written Kamervragen with answers (Aanhangsel van de Handelingen)
KIND_MEDEDELING = "mededeling"  # postponement/redirect notice: questions, no answers
KIND_KAMERVRAGEN = "kamervragen"  # questions only (not yet answered)
KIND_ANTWOORD = "antwoord"  # a ministry's answer letter ("Antwoord op vraag 1" layout)
KIND_UNKNOWN = "onbekend"
DOCUMENT_KINDS = (KIND_LIJST, KIND_AANHANGSEL, KIND_MEDEDELING, KIND_KAMERVRAGEN, KIND_ANTWOORD, KIND_UNKNOWN)

# Person roles.
ROLES = ("asker", "respondent", "chair", "clerk")

# Answer kinds (AnswerAnalysis.kind).
ANSWER_FIGURES = "figures"
ANSWER_DATA_UNAVAILABLE = "data-unavailable"
ANSWER_REFERS_ELSEWHERE = "refers-elsewhere"
ANSWER_NO_ANSWER = "no-answer"
ANSWER_EXPLANATION = "explanation"
ANSWER_KINDS = (ANSWER_FIGURES, ANSWER_DATA_UNAVAILABLE, ANSWER_REFERS_ELSEWHERE, ANSWER_NO_ANSWER, ANSWER_EXPLANATION)

# Mention kinds (Mention.kind). Reference kinds match the `kind` column of references.rq.
REFERENCE_KINDS = ("act", "bill", "eu-act", "kamerstuk", "aanhangsel", "treaty", "case", "article")
MENTION_KINDS = ("agency", "country", "person") + REFERENCE_KINDS


@dataclass(frozen=True)
class Page:
    """The span of the cleaned text that came from one physical page."""

    number: int
    start: int
    end: int


@dataclass(frozen=True)
class Furniture:
    """Text removed from the body: running headers, footers, page numbers, colophon lines."""

    kind: str  # "header" | "footer" | "page-number"
    text: str
    page: int


@dataclass(frozen=True)
class Footnote:
    """A footnote, detached from the body. Its text lies in the cleaned text at [start, end)."""

    marker: str  # "1", "2", "*"
    text: str
    start: int
    end: int
    page: int
    anchor: int | None  # offset in the cleaned text where the marker stood in the body, if found


@dataclass(frozen=True)
class Question:
    key: str  # unique within the document, stable: "q75", "q2-3" for a combined item, "q0" if unnumbered
    numbers: tuple[int, ...]  # () for a question without number (page that starts mid-question)
    heading: str  # as written: "Vraag (75):", "Vraag 2 en 3", "" when absent
    text: str  # the question's text, without its heading
    start: int
    end: int
    pages: tuple[int, ...]


@dataclass(frozen=True)
class Answer:
    key: str  # "a75", "a5-6"
    numbers: tuple[int, ...]
    question_keys: tuple[str, ...]  # the Question.key values this answer covers
    heading: str  # "Antwoord:", "Antwoord 5 en 6", "Antwoord op vraag 1"
    text: str
    start: int
    end: int
    pages: tuple[int, ...]


@dataclass(frozen=True)
class Person:
    name: str  # as written, e.g. "Van der Lee", "Vijlbrief"
    role: str  # one of ROLES
    party: str | None = None  # for askers: "GroenLinks-PvdA"
    portfolio: str | None = None  # for respondents: "Financiën", "Minister van Asiel en Migratie"
    title: str | None = None  # "Minister", "Staatssecretaris", "lid"


@dataclass(frozen=True)
class DocumentMeta:
    official_id: str | None = None  # "ah-tk-20232024-1481", "kst-36600-XX-5"
    kind: str = KIND_UNKNOWN  # one of DOCUMENT_KINDS
    title: str | None = None
    subject: str | None = None  # "over rekeninggluren" -> "rekeninggluren"
    referenced_id: str | None = None  # the Kamerstuk a list of feitelijke vragen is about: "36360-VI-1"
    committee: str | None = None
    vergaderjaar: str | None = None  # "2023-2024"
    number: str | None = None  # Aanhangsel nr / Kamerstuk nr as printed
    persons: tuple[Person, ...] = ()
    date_submitted: date | None = None  # questions sent ("ingezonden", "voorgelegd")
    date_received: date | None = None  # answer received ("ontvangen", "bij brief van")
    date_adopted: date | None = None  # "Vastgesteld"
    tk_document_id: str | None = None  # Tweede Kamer open data Document id ("2025D42695" or a uuid file name)


@dataclass(frozen=True)
class ParsedDocument:
    source_path: str  # as given to the reader
    source_name: str  # file name (for the CSV: "questions.csv#<name>")
    sha256: str  # of the input bytes
    media_type: str  # "application/pdf" | "text/plain" | "text/html"
    page_count: int
    text: str  # the cleaned text: NFC, repaired, furniture removed; every offset points into it
    pages: tuple[Page, ...]
    meta: DocumentMeta
    questions: tuple[Question, ...]
    answers: tuple[Answer, ...]
    footnotes: tuple[Footnote, ...]
    furniture: tuple[Furniture, ...] = ()
    warnings: tuple[str, ...] = ()

    def page_at(self, offset: int) -> int:
        """The physical page holding the character at ``offset`` of the cleaned text."""
        for page in self.pages:
            if page.start <= offset < page.end:
                return page.number
        return self.pages[-1].number if self.pages else 1


# ---- analysis (spaCy pipeline output) ---------------------------------------------------------


@dataclass(frozen=True)
class Mention:
    kind: str  # one of MENTION_KINDS
    text: str  # == document.text[start:end]
    start: int
    end: int
    page: int
    key: str  # resolved id: "IND", "BWBR0011823", "kst-19637-3469", "32021L1883", "SYR", person slug
    label: str  # display label: "IND", "Vreemdelingenwet 2000", "Syrië"
    container: str | None  # Question.key / Answer.key / "fn:<marker>" / None (document header)
    identifiers: tuple[tuple[str, str], ...] = ()  # extra ids: (("celex", "..."), ("eli", "..."), ("wikidata", "Q.."))


@dataclass(frozen=True)
class Figure:
    value: Decimal  # normalised: 123840, whole euros for money, 33 for 33%
    unit: str  # "persons" | "count" | "EUR" | "days" | "percent" | "places" | "weeks" | "months" | "years" | ...
    measure: str  # what is counted, in the answer's own words
    text: str  # the figure as written: "123.840", "€ 431,6mln"
    start: int  # span of `text`
    end: int
    page: int
    quote: str  # the sentence the figure stands in, exactly as in the cleaned text
    quote_start: int
    quote_end: int
    container: str  # Answer.key (or Question.key when a question states a figure)
    approximate: bool = False
    rounding: int | None = None  # 10 for "afgerond op tientallen"
    ref_date: date | None = None
    period_start: date | None = None
    period_end: date | None = None
    source: str | None = None  # agency key ("IND") from a "Bron:" line or the sentence
    source_system: str | None = None  # "Metis", "KMI+"


@dataclass(frozen=True)
class AnswerAnalysis:
    answer_key: str
    kind: str  # one of ANSWER_KINDS
    sources: tuple[str, ...] = ()  # agency keys from its "Bron:" line
    source_systems: tuple[str, ...] = ()
    rounding: int | None = None


@dataclass(frozen=True)
class Analysis:
    mentions: tuple[Mention, ...] = ()
    figures: tuple[Figure, ...] = ()
    answers: tuple[AnswerAnalysis, ...] = ()
    persons: tuple[Mention, ...] = field(default=())  # people of the header, linked to the gazetteer


@dataclass(frozen=True)
class ReadError:
    """A per-file failure: what, where, and what the user can do about it."""

    path: str
    message: str
    hint: str
    page: int | None = None
    code: str = "E000"

    def __str__(self) -> str:
        where = f"{self.path}, page {self.page}" if self.page else self.path
        return f"{where}: [{self.code}] {self.message} {self.hint}".strip()
