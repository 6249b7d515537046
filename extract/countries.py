"""Countries and nationalities (``Syrië``, ``Syrische``, ``Syriërs``) -> ISO 3166-1 alpha-3."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from kamergraaf.extract.gazetteers import country_index, doc_text

if not Doc.has_extension("kg_countries"):
    Doc.set_extension("kg_countries", default=None)


@dataclass(frozen=True)
class CountryHit:
    start: int
    end: int
    iso3: str
    label: str


def find_countries(text: str) -> list[CountryHit]:
    out = []
    for m in country_index().find(text):
        iso3, label = m.payload
        # part of a web address or a file name: not a mention in the prose
        if m.start > 0 and text[m.start - 1] in "/._@":
            continue
        if text[m.start:m.end].endswith(("se", "sche")) and re.match(r"[ \t]*\n?[ \t]*[A-Z][a-z]", text[m.end:m.end + 6]):
            continue  # an adjective inside an organisation's name: De Nederlandsche Bank, Nederlandse Zorgautoriteit
        out.append(CountryHit(m.start, m.end, iso3, label))
    return out


@Language.component("kg_countries", assigns=["doc._.kg_countries", "doc.spans"])
def countries_component(doc: Doc) -> Doc:
    hits = find_countries(doc_text(doc))
    doc._.kg_countries = hits
    spans = []
    for h in hits:
        span = doc.char_span(h.start, h.end, label="COUNTRY", kb_id=h.iso3, alignment_mode="expand")
        if span is not None:
            spans.append(span)
    doc.spans["kg_countries"] = spans
    return doc
