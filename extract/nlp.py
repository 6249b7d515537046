"""The entity and figure pipeline: ``build_pipeline()`` (spaCy) and ``analyse(doc)`` (ParsedDocument -> Analysis).

The pipeline is a blank Dutch spaCy pipeline plus rule components registered by name (kg_agencies, kg_references,
kg_countries, kg_figures), whose patterns and gazetteers are data files in extract/data. It runs once per
container of a document (header, each question, each answer, each footnote) through ``nlp.pipe``; offsets
are shifted back onto ``ParsedDocument.text``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.lang.nl import Dutch
from spacy.language import Language

from kamergraaf.extract import agencies as _agencies  # noqa: F401  (registers kg_agencies)
from kamergraaf.extract import countries as _countries  # noqa: F401  (registers kg_countries)
from kamergraaf.extract import figures as _figures  # noqa: F401  (registers kg_figures)
from kamergraaf.extract import references as _references  # noqa: F401  (registers kg_references)
from kamergraaf.extract.answer_kind import classify
from kamergraaf.extract.gazetteers import agency_by_key
from kamergraaf.extract.model import (
    ANSWER_NO_ANSWER, Analysis, AnswerAnalysis, Figure, Mention, ParsedDocument)
from kamergraaf.extract.people import identifiers as person_ids
from kamergraaf.extract.people import link, locate, slug
from kamergraaf.extract.ref_names import document_abbreviations
from kamergraaf.extract.references import find_references

COMPONENTS = ("kg_agencies", "kg_references", "kg_countries", "kg_figures")


class _RuleDefaults(Dutch.Defaults):
    # The rule components read the container's text, not spaCy's tokens: Dutch without its ~4,700 tokenizer
    # special cases starts in ~0.1 s instead of ~1-2 s (benchmarks/bench_nlp.py prints both).
    tokenizer_exceptions: dict = {}


class RuleDutch(Dutch):
    lang = "nl"
    Defaults = _RuleDefaults


@lru_cache(maxsize=1)
def build_pipeline() -> Language:
    """spaCy Dutch (blank, without tokenizer special cases) with the kamergraaf rule components; built once
    per process."""
    nlp = RuleDutch()
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp


@dataclass(frozen=True)
class Container:
    key: str | None  # Question.key / Answer.key / "fn:<marker>" / None for the header
    role: str  # "header" | "question" | "answer" | "footnote"
    start: int
    end: int


def containers(doc: ParsedDocument) -> list[Container]:
    out: list[Container] = []
    starts = [q.start for q in doc.questions] + [a.start for a in doc.answers]
    header_end = min(starts) if starts else len(doc.text)
    out.append(Container(None, "header", 0, header_end))
    out += [Container(q.key, "question", q.start, q.end) for q in doc.questions]
    out += [Container(a.key, "answer", a.start, a.end) for a in doc.answers]
    out += [Container(f"fn:{f.marker}", "footnote", f.start, f.end) for f in doc.footnotes]
    # the rows of a second set of questions on a listing page (title, askers, respondent, between two items) are
    # header text
    spans = sorted((c.start, c.end) for c in out[1:])
    for (_, end), (start, _) in zip(spans, spans[1:]):
        if start > end and _LISTING_ROW_RE.search(doc.text, end, start):
            out.append(Container(None, "header", end, start))
    return [c for c in out if c.end > c.start]


_LISTING_ROW_RE = re.compile(r"^[^\n]{3,300} \|[ \t]*$", re.MULTILINE)


# "Onderwerpen openbare orde en veiligheid politie, brandweer en hulpdiensten": the subject labels a web page
# prints in the metadata block above the questions
_TOPIC_LINE_RE = re.compile(r"^Onderwerpen:?[ \t][^\n]*", re.MULTILINE)


def _container_text(doc: ParsedDocument, c: Container) -> str:
    """The container's slice of the text with footnotes lying inside it blanked (offsets unchanged)."""
    text = doc.text[c.start:c.end]
    if c.role == "footnote":
        return text
    if c.role == "header":  # the topic labels of a web page's metadata block name no organisation or country
        text = _TOPIC_LINE_RE.sub(lambda m: " " * len(m.group()), text)
    for f in doc.footnotes:
        s, e = max(f.start, c.start), min(f.end, c.end)
        if s < e:
            blank = "".join("\n" if ch == "\n" else " " for ch in doc.text[s:e])
            text = text[:s - c.start] + blank + text[e - c.start:]
    return text


def _default_year(doc: ParsedDocument) -> int | None:
    for d in (doc.meta.date_received, doc.meta.date_adopted, doc.meta.date_submitted):
        if d:
            return d.year
    return None


def _mention(doc: ParsedDocument, c: Container, kind: str, s: int, e: int, key: str, label: str,
             ids: tuple[tuple[str, str], ...] = ()) -> Mention | None:
    start, end = c.start + s, c.start + e
    text = doc.text[start:end]
    if not text.strip():
        return None
    return Mention(kind, text, start, end, doc.page_at(start), key, label, c.key, ids)


def _agency_ids(key: str) -> tuple[tuple[str, str], ...]:
    return tuple((i["scheme"], i["value"]) for i in agency_by_key()[key]["ids"])


def analyse(doc: ParsedDocument) -> Analysis:
    """Agencies, references, countries, figures, answer kinds and people of one parsed document."""
    nlp = build_pipeline()
    conts = containers(doc)
    year = _default_year(doc)
    markers = frozenset(f.marker for f in doc.footnotes)
    abbrevs = document_abbreviations(doc.text, find_references)
    sdocs = []
    for c in conts:
        text = _container_text(doc, c)
        sdoc = nlp.make_doc(text)
        sdoc.user_data["kg_default_year"] = year
        sdoc.user_data["kg_markers"] = markers
        sdoc.user_data["kg_text"] = text
        sdoc.user_data["kg_ref_abbrevs"] = abbrevs
        sdocs.append(sdoc)
    mentions: list[Mention] = []
    figures: list[Figure] = []
    answers: list[AnswerAnalysis] = []
    answer_by_key = {a.key: a for a in doc.answers}
    answer_notes = _answer_footnotes(doc)
    for c, sdoc in zip(conts, nlp.pipe(sdocs)):
        for h in sdoc._.kg_agencies:
            mentions.append(_mention(doc, c, "agency", h.start, h.end, h.key, agency_by_key()[h.key]["label"],
                                     _agency_ids(h.key)))
        for r in sdoc._.kg_references:
            mentions.append(_mention(doc, c, r.kind, r.start, r.end, r.identifier, r.label, r.identifiers))
        for h in sdoc._.kg_countries:
            mentions.append(_mention(doc, c, "country", h.start, h.end, h.iso3, h.label))
        if c.role != "answer" and c.key not in answer_notes:
            continue
        hits = sdoc._.kg_figures
        info = sdoc._.kg_answer
        for f in hits:
            s, e = c.start + f.start, c.start + f.end
            qs, qe = c.start + f.quote_start, c.start + f.quote_end
            figures.append(Figure(
                value=f.value, unit=f.unit, measure=f.measure, text=doc.text[s:e], start=s, end=e,
                page=doc.page_at(s), quote=doc.text[qs:qe], quote_start=qs, quote_end=qe,
                container=answer_notes.get(c.key, c.key),
                approximate=f.approximate, rounding=f.rounding, ref_date=f.ref_date, period_start=f.period_start,
                period_end=f.period_end, source=f.source, source_system=f.source_system))
        if c.role != "answer":
            continue
        kind = classify(answer_by_key[c.key].text if c.key in answer_by_key else sdoc.user_data["kg_text"], len(hits), doc.meta.kind)
        answers.append(AnswerAnalysis(c.key, kind, info.sources, info.systems, info.rounding))
    answered = {k for a in doc.answers for k in a.question_keys}
    for q in doc.questions:
        if q.key not in answered:
            answers.append(AnswerAnalysis(q.key, ANSWER_NO_ANSWER))
    own = doc.meta.official_id  # the document's own Kamerstuk/Aanhangsel id names itself, it cites nothing
    kept = _specific_acts([m for m in mentions if m is not None and not (own and m.key == own)])
    return Analysis(tuple(kept), tuple(figures), tuple(answers), _people(doc))


def _answer_footnotes(doc: ParsedDocument) -> dict[str, str]:
    """Footnote container -> the answer where its marker stands: the note's figures belong to that answer
    (tests/gold/GUIDELINES.md, decisions) and are part of it in the graph."""
    out = {}
    for f in doc.footnotes:
        answer = next((a.key for a in doc.answers if f.anchor is not None and a.start <= f.anchor <= a.end), None)
        if answer:
            out[f"fn:{f.marker}"] = answer
    return out


def _specific_acts(mentions: list[Mention]) -> list[Mention]:
    """A bare short name ("de Huisvestingswet") in a document that also names the act with its year
    ("Huisvestingswet 2014") means that act (tests/gold/GUIDELINES.md, decisions)."""
    acts = {m.label.lower(): m for m in mentions if m.kind == "act"}
    out = []
    for m in mentions:
        if m.kind == "act":
            longer = [a for name, a in acts.items() if re.fullmatch(re.escape(m.label.lower()) + r" (?:19|20)\d{2}", name)]
            if len(longer) == 1:
                m = replace(m, key=longer[0].key, label=longer[0].label)
        out.append(m)
    return out


def _people(doc: ParsedDocument) -> tuple[Mention, ...]:
    starts = [q.start for q in doc.questions]
    limit = min(starts) if starts else len(doc.text)
    out = []
    for p in doc.meta.persons:
        where = locate(doc.text, p.name, limit)
        if where is None:
            continue
        entry = link(p)
        key = entry["slug"] if entry else slug(p.name)
        s, e = where
        ids = (("role", p.role),) + person_ids(entry)
        out.append(Mention("person", doc.text[s:e], s, e, doc.page_at(s), key, p.name, None, ids))
    return tuple(out)
