"""A parsed and analysed document to RDF: one rdflib Graph per document, no blank nodes, deterministic.

``document_graph`` depends only on the document and its analysis (two builds of the same input give the
same triples); ``run_record`` holds what varies between runs (time, software version) and is stored apart.
"""

from __future__ import annotations

import logging
from datetime import datetime, timezone

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import XSD

from kamergraaf import __version__
from kamergraaf.extract.model import REFERENCE_KINDS, Analysis, Mention, ParsedDocument
from kamergraaf.graph import iri, resources
from kamergraaf.graph.namespaces import (
    DCT, KG, NIF, PROV, QB, RDF, RDFS, SCHEMA, SDMX_ATTRIBUTE, SDMX_DIMENSION, SDMX_MEASURE, SKOS, FOAF,
    bind_prefixes,
)
from kamergraaf.settings import Settings

log = logging.getLogger(__name__)


def document_iri(doc: ParsedDocument, settings: Settings) -> str:
    return iri.document(settings.base_iri, iri.document_id(doc.meta, doc.sha256))


def _int(n: int, datatype=XSD.integer) -> Literal:
    return Literal(n, datatype=datatype)


def _anchor(g: Graph, node: URIRef, start: int, end: int, pages) -> None:
    g.add((node, NIF.beginIndex, _int(start, XSD.integer)))
    g.add((node, NIF.endIndex, _int(end, XSD.integer)))
    for p in pages:
        g.add((node, KG.page, _int(p)))


def _document(g: Graph, doc: ParsedDocument, node: URIRef, settings: Settings) -> None:
    meta = doc.meta
    docid = iri.document_id(meta, doc.sha256)
    g.add((node, RDF.type, KG.Document))
    g.add((node, KG.documentKind, resources.concept_notation(g, "documentkind", meta.kind)))
    g.add((node, DCT.identifier, Literal(docid)))
    g.add((node, KG.sourceFile, Literal(doc.source_name)))
    g.add((node, KG.sha256, Literal(doc.sha256)))
    g.add((node, DCT["format"], Literal(doc.media_type)))
    g.add((node, SCHEMA.numberOfPages, _int(doc.page_count)))
    if meta.official_id:
        g.add((node, KG.officialId, Literal(meta.official_id)))
        if page := iri.officielebekendmakingen(meta.official_id):
            g.add((node, RDFS.seeAlso, URIRef(page)))
    for prop, value in ((DCT["title"], meta.title), (KG.subjectText, meta.subject)):
        if value:
            g.add((node, prop, Literal(value, lang="nl")))
    for prop, value in ((KG.committee, meta.committee), (KG.vergaderjaar, meta.vergaderjaar),
                        (KG.documentNumber, meta.number), (KG.tkDocumentId, meta.tk_document_id)):
        if value:
            g.add((node, prop, Literal(value)))
    for prop, value in ((DCT.dateSubmitted, meta.date_submitted), (KG.dateReceived, meta.date_received),
                        (KG.dateAdopted, meta.date_adopted)):
        if value:
            g.add((node, prop, Literal(value, datatype=XSD.date)))
    if meta.referenced_id:
        kst = meta.referenced_id if meta.referenced_id.startswith("kst-") else f"kst-{meta.referenced_id}"
        ref = resources.reference(g, settings.base_iri, "kamerstuk", kst, None)
        g.add((node, KG.aboutKamerstuk, ref))


def _people(g: Graph, doc: ParsedDocument, analysis: Analysis, node: URIRef, base: str,
            labelled: dict[str, str]) -> None:
    linked = {m.text: m for m in analysis.persons}
    linked.update({m.label: m for m in analysis.persons if m.label not in linked})
    for p in doc.meta.persons:
        m = linked.get(p.name) if p.name else None
        if p.name:
            slug = m.key if m else iri.slugify(p.name)
        else:  # a respondent printed by title only ("de Minister van Asiel en Migratie"): a role, no person
            slug = iri.slugify(" ".join(x for x in (p.title, p.portfolio) if x) or "onbekend")
        part = URIRef(iri.participation(str(node), p.role, slug))
        g.add((node, KG.participation, part))
        g.add((part, RDF.type, KG.Participation))
        if p.name:
            person_iri = iri.person(base, slug)
            preferred = labelled.setdefault(person_iri, p.name) == p.name
            person = resources.person(g, base, slug, p.name, m.identifiers if m else (), preferred)
            g.add((part, KG.participant, person))
        g.add((part, KG.role, resources.concept_notation(g, "role", p.role)))
        for prop, value in ((KG.party, p.party), (KG.portfolio, p.portfolio), (KG.personTitle, p.title)):
            if value:
                g.add((part, prop, Literal(value)))


def _parts(g: Graph, doc: ParsedDocument, analysis: Analysis, node: URIRef, base: str) -> None:
    doc_iri = str(node)
    for position, q in enumerate(doc.questions, start=1):
        qn = URIRef(iri.question(doc_iri, q.key))
        g.add((qn, RDF.type, KG.Question))
        g.add((qn, SCHEMA.isPartOf, node))
        g.add((qn, KG.document, node))
        g.add((qn, SCHEMA.position, _int(position)))
        if q.text:  # a page that prints only the answers has questions without text
            g.add((qn, SCHEMA.text, Literal(q.text, lang="nl")))
        if q.numbers:
            g.add((qn, KG.number, _int(q.numbers[0])))
        for n in q.numbers:
            g.add((qn, KG.printedNumber, _int(n)))
        if q.heading:
            g.add((qn, KG.heading, Literal(q.heading)))
        _anchor(g, qn, q.start, q.end, q.pages)
    question_keys = {q.key: q for q in doc.questions}
    kinds = {a.answer_key: a for a in analysis.answers}
    for a in doc.answers:
        an = URIRef(iri.answer(doc_iri, a.key))
        g.add((an, RDF.type, KG.Answer))
        g.add((an, SCHEMA.isPartOf, node))
        g.add((an, KG.document, node))
        g.add((an, SCHEMA.text, Literal(a.text, lang="nl")))
        numbers = a.numbers or next((question_keys[k].numbers for k in a.question_keys if k in question_keys), ())
        if numbers:
            g.add((an, KG.number, _int(numbers[0])))
        for n in a.numbers:
            g.add((an, KG.printedNumber, _int(n)))
        if a.heading:
            g.add((an, KG.heading, Literal(a.heading)))
        _anchor(g, an, a.start, a.end, a.pages)
        for key in a.question_keys:
            if key in question_keys:
                g.add((URIRef(iri.question(doc_iri, key)), SCHEMA.acceptedAnswer, an))
        if (info := kinds.get(a.key)) is not None:
            g.add((an, KG.answerKind, resources.concept_notation(g, "answerkind", info.kind)))
            for source in info.sources:
                g.add((an, KG.dataSource, resources.agency(g, base, source)))
            for system in info.source_systems:
                g.add((an, KG.sourceSystem, Literal(system)))
            if info.rounding is not None:
                g.add((an, KG.rounding, _int(info.rounding)))
    spans = [(q.start, q.end, iri.question(doc_iri, q.key)) for q in doc.questions]
    spans += [(a.start, a.end, iri.answer(doc_iri, a.key)) for a in doc.answers]
    for f in doc.footnotes:
        fn = URIRef(iri.footnote(doc_iri, f.marker))
        g.add((fn, RDF.type, KG.Footnote))
        g.add((fn, SCHEMA.isPartOf, node))
        g.add((fn, KG.document, node))
        g.add((fn, KG.marker, Literal(f.marker)))
        g.add((fn, SCHEMA.text, Literal(f.text, lang="nl")))
        _anchor(g, fn, f.start, f.end, (f.page,))
        if f.anchor is not None:
            g.add((fn, KG.anchorIndex, _int(f.anchor, XSD.integer)))
            for start, end, part in spans:
                if start <= f.anchor < end:
                    g.add((fn, KG.anchoredIn, URIRef(part)))
                    break


def _figures(g: Graph, doc: ParsedDocument, analysis: Analysis, node: URIRef, base: str) -> None:
    doc_iri = str(node)
    seen: set[str] = set()
    for f in sorted(analysis.figures, key=lambda f: (f.start, f.end, f.container)):
        fig_iri = iri.figure(doc_iri, f.start, f.end)
        if fig_iri in seen:
            log.warning("%s: two figures at %d-%d; kept the first", doc.source_name, f.start, f.end)
            continue
        seen.add(fig_iri)
        fn = URIRef(fig_iri)
        g.add((fn, RDF.type, KG.Figure))
        g.add((fn, RDF.type, QB.Observation))
        g.add((fn, SDMX_MEASURE.obsValue, Literal(f.value, datatype=XSD.decimal)))
        g.add((fn, SDMX_ATTRIBUTE.unitMeasure, resources.unit(g, base, f.unit)))
        if f.measure:
            g.add((fn, KG.measure, Literal(f.measure, lang="nl")))
        g.add((fn, KG.valueText, Literal(f.text)))
        g.add((fn, NIF.anchorOf, Literal(f.text)))
        _anchor(g, fn, f.start, f.end, (f.page,))
        g.add((fn, KG.quote, Literal(f.quote)))
        g.add((fn, KG.quoteBeginIndex, _int(f.quote_start, XSD.integer)))
        g.add((fn, KG.quoteEndIndex, _int(f.quote_end, XSD.integer)))
        g.add((fn, KG.approximate, Literal(bool(f.approximate))))
        if f.rounding is not None:
            g.add((fn, KG.rounding, _int(f.rounding)))
        for prop, value in ((SDMX_DIMENSION.refPeriod, f.ref_date), (KG.periodStart, f.period_start),
                            (KG.periodEnd, f.period_end)):
            if value:
                g.add((fn, prop, Literal(value, datatype=XSD.date)))
        if f.source:
            g.add((fn, KG.dataSource, resources.agency(g, base, f.source)))
        if f.source_system:
            g.add((fn, KG.sourceSystem, Literal(f.source_system)))
        g.add((fn, SCHEMA.isPartOf, URIRef(iri.container(doc_iri, f.container))))
        g.add((fn, KG.document, node))
        g.add((fn, KG.sourceFile, Literal(doc.source_name)))


def _resource(g: Graph, m: Mention, base: str, labelled: dict[str, str]) -> URIRef | None:
    """The shared resource a mention names; the first label seen becomes the preferred one."""
    try:
        if m.kind == "agency":
            return resources.agency(g, base, m.key, m.label, m.identifiers)
        target = {"country": iri.country, "person": iri.person}.get(m.kind)
        target_iri = target(base, m.key) if target else iri.reference(base, m.kind, m.key)
    except iri.IRIError as exc:
        log.warning("mention %r at %d-%d not linked: %s", m.text, m.start, m.end, exc)
        return None
    # the first label seen is the preferred one; the same label again is not an alternative label as well
    preferred = labelled.setdefault(target_iri, m.label) == m.label
    if m.kind == "country":
        return resources.country(g, base, m.key, m.label, m.identifiers, preferred)
    if m.kind == "person":
        return resources.person(g, base, m.key, m.label, m.identifiers, preferred)
    return resources.reference(g, base, m.kind, m.key, m.label, m.identifiers, preferred)


def _mentions(g: Graph, doc: ParsedDocument, analysis: Analysis, node: URIRef, base: str,
              labelled: dict[str, str]) -> None:
    doc_iri = str(node)
    unique = {(m.start, m.end, m.kind, m.key): m for m in analysis.mentions + analysis.persons}
    # explicit references before articles, so an act mentioned by name keeps its own label
    order = sorted(unique.values(), key=lambda m: (m.kind == "article", m.start, m.end, m.kind, m.key))
    per_span: dict[tuple[int, int], int] = {}
    for m in unique.values():
        per_span[(m.start, m.end)] = per_span.get((m.start, m.end), 0) + 1
    for m in order:
        target = _resource(g, m, base, labelled)
        if target is None:
            continue
        kind = m.kind if per_span[(m.start, m.end)] > 1 else None
        mn = URIRef(iri.mention(doc_iri, m.start, m.end, kind))
        g.add((mn, RDF.type, KG.Mention))
        g.add((mn, KG.refersTo, target))
        g.add((mn, NIF.anchorOf, Literal(m.text)))
        _anchor(g, mn, m.start, m.end, (m.page,))
        g.add((mn, SCHEMA.isPartOf, URIRef(iri.container(doc_iri, m.container))))
        g.add((mn, KG.document, node))
        g.add((mn, KG.sourceFile, Literal(doc.source_name)))


def document_graph(doc: ParsedDocument, analysis: Analysis, settings: Settings) -> Graph:
    """The content graph of one document: the same input always gives the same triples.

    It holds the document's own triples and the descriptions of the shared resources it refers to (so the
    SHACL gate sees their types); the build keeps the latter in the store's shared graph
    (``graph.shared.split``)."""
    g = Graph()
    bind_prefixes(g)
    node = URIRef(document_iri(doc, settings))
    base = settings.base_iri
    _document(g, doc, node, settings)
    labelled: dict[str, str] = {}  # shared resource -> its preferred label
    _people(g, doc, analysis, node, base, labelled)
    _parts(g, doc, analysis, node, base)
    _figures(g, doc, analysis, node, base)
    _mentions(g, doc, analysis, node, base, labelled)
    return g


def run_record(doc: ParsedDocument, settings: Settings, when: datetime | None = None,
               version: str = __version__) -> Graph:
    """The prov:Activity of one extraction run: software version, time, input sha256; kept apart."""
    g = Graph()
    bind_prefixes(g)
    node = URIRef(iri.run(settings.base_iri, doc.sha256, version))
    when = when or datetime.now(timezone.utc).replace(microsecond=0)
    g.add((node, RDF.type, KG.ExtractionRun))
    g.add((node, RDF.type, PROV.Activity))
    g.add((node, KG.softwareVersion, Literal(version)))
    g.add((node, PROV.startedAtTime, Literal(when.isoformat(), datatype=XSD.dateTime)))
    g.add((node, KG.inputSha256, Literal(doc.sha256)))
    g.add((node, KG.sourceFile, Literal(doc.source_name)))
    g.add((node, PROV.generated, URIRef(document_iri(doc, settings))))
    return g
