"""Hand-built ParsedDocument/Analysis objects for the graph tests, made from the real seed texts.

The structure (question and answer spans) is found by the printed headings ``Vraag (N):`` and
``Antwoord:``; the analysis holds only facts a person verified by reading the seed texts (see
tests/gold/000_… and 001_…json): every span is looked up in the text, so offsets are exact.
These fixtures keep the graph tests independent of the reader and the NLP pipeline.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import date
from decimal import Decimal
from pathlib import Path

from kamergraaf.extract.model import (
    KIND_LIJST, Analysis, Answer, AnswerAnalysis, DocumentMeta, Figure, Footnote, Mention, Page,
    ParsedDocument, Person, Question,
)

SEEDS = Path(__file__).resolve().parents[1] / "corpus" / "seeds"
SEED_000 = SEEDS / "000_1b74cc7ac3a9c112.txt"
SEED_001 = SEEDS / "001_b211def904ce3f85.txt"


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _structure(text: str, first_unnumbered: bool) -> tuple[tuple[Question, ...], tuple[Answer, ...]]:
    heads = [(m.start(), m.end(), int(m.group(1)), m.group(0)) for m in re.finditer(r"Vraag \((\d+)\):", text)]
    if first_unnumbered:
        heads.insert(0, (0, 0, None, ""))
    questions, answers = [], []
    for i, (hs, he, number, heading) in enumerate(heads):
        block_end = heads[i + 1][0] if i + 1 < len(heads) else len(text)
        a = text.index("Antwoord:", he, block_end)
        key = f"{number or 0}"
        qs, qe = _strip(text, he, a)
        questions.append(Question(f"q{key}", (number,) if number else (), heading, text[qs:qe], qs, qe, (1,)))
        as_, ae = _strip(text, a + len("Antwoord:"), block_end)
        answers.append(Answer(f"a{key}", (number,) if number else (), (f"q{key}",), "Antwoord:",
                              text[as_:ae], as_, ae, (1,)))
    return tuple(questions), tuple(answers)


def _span(text: str, needle: str, within: tuple[int, int], nth: int = 0) -> tuple[int, int]:
    pos = within[0] - 1
    for _ in range(nth + 1):
        pos = text.index(needle, pos + 1, within[1])
    return pos, pos + len(needle)


def _sentence(text: str, start: int, within: tuple[int, int]) -> tuple[int, int]:
    """The sentence around ``start``: a full stop followed by white space and a capital ends a sentence."""
    boundary = re.compile(r"\.\s+(?=[A-Z])|\.\s*$")  # used for the end only
    s = within[0]
    for m in re.finditer(r"\.\s+(?=[A-Z])", text[:start]):
        if m.start() < within[0]:
            continue
        s = m.end()
    m = boundary.search(text, start, within[1])
    e = m.start() + 1 if m else within[1]
    return _strip(text, s, e)


class _Builder:
    def __init__(self, path: Path, first_unnumbered: bool) -> None:
        raw = path.read_bytes()
        self.sha = hashlib.sha256(raw).hexdigest()
        self.text = unicodedata.normalize("NFC", raw.decode("utf-8"))
        self.questions, self.answers = _structure(self.text, first_unnumbered)
        self.parts = {p.key: (p.start, p.end) for p in self.questions + self.answers}
        self.mentions: list[Mention] = []
        self.figures: list[Figure] = []

    def mention(self, kind, needle, key, label, container, nth=0, identifiers=()):
        within = self.parts[container] if container else (0, len(self.text))
        s, e = _span(self.text, needle, within, nth)
        self.mentions.append(Mention(kind, needle, s, e, 1, key, label, container, identifiers))

    def figure(self, container, needle, value, unit, measure, nth=0, **kw):
        within = self.parts[container]
        s, e = _span(self.text, needle, within, nth)
        qs, qe = _sentence(self.text, s, within)
        self.figures.append(Figure(Decimal(value), unit, measure, needle, s, e, 1, self.text[qs:qe], qs, qe,
                                   container, **kw))

    def document(self, name: str, meta: DocumentMeta, footnotes=()) -> ParsedDocument:
        return ParsedDocument(str(SEEDS / name), name, self.sha, "text/plain", 1, self.text,
                              (Page(1, 0, len(self.text)),), meta, self.questions, self.answers, tuple(footnotes))


def seed_001() -> tuple[ParsedDocument, Analysis]:
    """Nr. 7 of a bill report, vaste commissie voor Asiel en Migratie (questions 1-25)."""
    b = _Builder(SEED_001, first_unnumbered=False)
    meta = DocumentMeta(kind=KIND_LIJST, title="Verslag houdende een lijst van vragen en antwoorden",
                        committee="vaste commissie voor Asiel en Migratie", number="7",
                        persons=(Person("Vijlbrief", "chair"), Person("Nouse", "clerk"),
                                 Person("", "respondent", portfolio="Asiel en Migratie", title="Minister")),
                        date_submitted=date(2025, 10, 2), date_received=date(2025, 11, 12),
                        date_adopted=date(2025, 11, 14))
    b.mention("agency", "IND", "IND", "IND", "a1")
    b.mention("bill", "Asielnoodmaatregelenwet", "asielnoodmaatregelenwet", "Asielnoodmaatregelenwet", "a1")
    b.mention("bill", "Tweestatusstelsel", "wet invoering tweestatusstelsel", "Wet invoering tweestatusstelsel", "a1")
    b.mention("eu-act", "Migratiepact", "migratiepact", "Asiel- en migratiepact", "a1")
    b.mention("country", "Nederland", "NLD", "Nederland", "a2")
    b.mention("kamerstuk", "Kamerstukken 19 637, \nnr. 3469", "kst-19637-3469", "Kamerstukken 19 637, nr. 3469", "a3")
    b.mention("agency", "COA", "COA", "Centraal Orgaan opvang asielzoekers", "q4")
    b.mention("agency", "COA", "COA", "COA", "a4")
    cov = dict(ref_date=date(2025, 10, 20), source="COA")
    b.figure("a4", "315", "315", "count", "COA-locaties", **cov)
    b.figure("a4", "78.000", "78000", "persons", "personen opgevangen", approximate=True, **cov)
    b.figure("a4", "18.000", "18000", "persons", "statushouders opgevangen", approximate=True, **cov)
    # answer 16: "De IND kan systeemtechnisch niet afdoende betrouwbaar verbijzonderen ..."
    b.mention("treaty", "Turks Associatieverdrag", "turks associatieverdrag", "Turks Associatieverdrag", "q16")
    b.mention("country", "Turks", "TUR", "Turkije", "q16")
    b.mention("agency", "IND", "IND", "IND", "a16")
    answers = (AnswerAnalysis("a1", "explanation"), AnswerAnalysis("a2", "explanation"),
               AnswerAnalysis("a3", "explanation"), AnswerAnalysis("a4", "figures", sources=("COA",)),
               AnswerAnalysis("a16", "data-unavailable"))
    return b.document(SEED_001.name, meta), Analysis(tuple(b.mentions), tuple(b.figures), answers)


def seed_000() -> tuple[ParsedDocument, Analysis]:
    """Page 22 of the Totaallijst feitelijke vragen Jaarverslag JenV 2022 (36360-VI-1), starting mid-question."""
    b = _Builder(SEED_000, first_unnumbered=True)
    meta = DocumentMeta(kind=KIND_LIJST, referenced_id="36360-VI-1",
                        title="Totaallijst feitelijke vragen Jaarverslag Ministerie van Justitie en Veiligheid 2022")
    star = b.text.index("* Ketenbreed")
    fs, fe = _strip(b.text, star + 2, b.text.index("Totaallijst feitelijke vragen", star))
    footnote = Footnote("*", b.text[fs:fe], fs, fe, 1, b.text.index("vertrokken.*") + len("vertrokken."))
    b.parts["fn:*"] = (fs, fe)
    b.mention("agency", "IND", "IND", "IND", "a0")
    b.mention("country", "Marokko", "MAR", "Marokko", "q75")
    b.mention("agency", "KMar", "KMar", "KMar", "fn:*")
    b.mention("agency", "DT&V", "DTenV", "DTenV", "fn:*")
    ind = dict(ref_date=date(2022, 10, 1), source="IND", source_system="Metis")
    b.figure("a0", "123.840", "123840", "persons", "vreemdelingen met een verblijfsvergunning asiel", **ind)
    b.figure("a0", "100.030", "100030", "persons", "vreemdelingen met een verblijfsvergunning asiel voor bepaalde tijd", **ind)
    b.figure("a0", "23.810", "23810", "persons", "vreemdelingen met een verblijfsvergunning asiel voor onbepaalde tijd", **ind)
    b.figure("a75", "50", "50", "count", "LP's afgegeven", period_end=date(2023, 3, 31))
    y2022 = dict(rounding=10, period_start=date(2022, 1, 1), period_end=date(2022, 12, 31), source="IND")
    b.figure("a76", "20.800", "20800", "count", "afgehandelde aanvragen", **y2022)
    b.figure("a76", "120", "120", "count", "aanvragen afgewezen", **y2022)
    answers = (AnswerAnalysis("a0", "figures", ("IND",), ("Metis",)),
               AnswerAnalysis("a75", "figures"),
               AnswerAnalysis("a76", "figures", ("IND",), rounding=10),
               AnswerAnalysis("a77", "figures", rounding=10))
    return b.document(SEED_000.name, meta, (footnote,)), Analysis(tuple(b.mentions), tuple(b.figures), answers)


def single_graph_client(folder: Path, base_iri: str, graph_iri: str, turtle: str, source_name: str):
    """A Flask test client over a new store at ``folder`` holding one document graph written as Turtle (for
    pages of documents the reader could never produce: no questions, hostile strings)."""
    import pyoxigraph as ox

    from kamergraaf.endpoint.app import create_app
    from kamergraaf.graph.store import open_store
    from kamergraaf.settings import Settings

    settings = Settings(store=str(folder / "store"), base_iri=base_iri)
    nt = ox.serialize(ox.parse(turtle.encode(), format=ox.RdfFormat.TURTLE), format=ox.RdfFormat.N_TRIPLES)
    store = open_store(settings)
    store.replace_graph(graph_iri, nt, {"sha256": "0" * 64, "software_version": "test", "time": "2024-01-01T00:00:00",
                                        "source_name": source_name, "source_path": source_name, "file_documents": 1})
    store.close()
    return create_app(settings).test_client()
