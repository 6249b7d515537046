"""What a figure page shows: a figure's value, unit, date, source and quote, read from the store as plain data.

``figure_facts`` reads them in one query, with the document and answer the figure comes from and the quote
cut so that the figure's words can be marked; ``figure_heading`` is the title of the page.
"""

from __future__ import annotations

import re

from .labels import KG, PREFIXES, int_of, local_name, text_of, tidy_label

def figure_facts(store, fig: str, lang: str = "nl") -> dict | None:
    """Value, unit, date, source and quote of a figure, with the document and answer it comes from; the unit
    named in ``lang`` (nl or en) where it has such a label, else by an untagged or other label."""
    other = "en" if lang == "nl" else "nl"
    rows = list(store.query(PREFIXES + f"""
SELECT ?value ?valueText ?unit ?unitLabel ?date ?start ?end ?source ?sourceLabel ?quote ?qbegin ?begin ?words ?page
       ?doc ?docLabel ?answer ?answerHead ?answerNum ?measure WHERE {{
  <{fig}> a kg:Figure .
  OPTIONAL {{ <{fig}> sdmx-measure:obsValue ?value }} OPTIONAL {{ <{fig}> kg:valueText ?valueText }}
  OPTIONAL {{ <{fig}> sdmx-attribute:unitMeasure ?unit
             OPTIONAL {{ ?unit skos:prefLabel|rdfs:label ?unitLabel FILTER(LANG(?unitLabel) IN ("{lang}", "")) }}
             OPTIONAL {{ ?unit skos:prefLabel|rdfs:label ?unitOther FILTER(LANG(?unitOther) = "{other}") }} }}
  OPTIONAL {{ <{fig}> sdmx-dimension:refPeriod ?date }}
  OPTIONAL {{ <{fig}> kg:periodStart ?start }} OPTIONAL {{ <{fig}> kg:periodEnd ?end }}
  OPTIONAL {{ <{fig}> kg:dataSource ?source OPTIONAL {{ ?source skos:prefLabel|rdfs:label ?sourceLabel }} }}
  OPTIONAL {{ <{fig}> kg:quote ?quote }} OPTIONAL {{ <{fig}> kg:quoteBeginIndex ?qbegin }}
  OPTIONAL {{ <{fig}> nif:beginIndex ?begin }} OPTIONAL {{ <{fig}> nif:anchorOf ?words }}
  OPTIONAL {{ <{fig}> kg:page ?page }} OPTIONAL {{ <{fig}> kg:measure ?measure }}
  OPTIONAL {{ <{fig}> kg:document ?doc OPTIONAL {{ ?doc dct:title ?docLabel }} }}
  OPTIONAL {{ <{fig}> schema:isPartOf ?answer OPTIONAL {{ ?answer kg:heading ?answerHead }}
             OPTIONAL {{ ?answer kg:number ?answerNum }} }}
}} ORDER BY ?unitLabel ?unitOther ?sourceLabel LIMIT 1"""))
    if not rows:
        return None
    r = rows[0]
    facts = {k: text_of(r[k]) for k in ("value", "valueText", "unit", "unitLabel", "date", "start", "end", "source",
                                     "sourceLabel", "quote", "page", "doc", "docLabel", "answer", "measure", "words")}
    head = tidy_label(KG + "heading", r["answerHead"].value) if r["answerHead"] else ""
    if r["answerNum"] is not None and not re.search(r"\d", head):
        head = f"{head or 'Antwoord'} {r['answerNum'].value}"
    facts["answerHead"] = head or None
    facts["unitLabel"] = facts["unitLabel"] or text_of(r["unitOther"])
    if facts["unit"] and not facts["unitLabel"]:
        facts["unitLabel"] = local_name(facts["unit"])
    quote, words = facts["quote"] or "", facts["words"] or facts["valueText"] or ""
    at = int_of(r["begin"], -1) - int_of(r["qbegin"], 0) if r["qbegin"] is not None else -1
    if not words or quote[at:at + len(words)] != words or at < 0:
        at = quote.find(words) if words else -1
    facts["quote_pieces"] = ([{"text": quote[:at]}, {"text": words, "figure": fig}, {"text": quote[at + len(words):]}]
                             if at >= 0 else [{"text": quote}])
    return facts


def figure_heading(facts: dict) -> str:
    """What a figure page is titled: value, unit and what is counted ("23.810 persons: vreemdelingen")."""
    head = " ".join(x for x in (facts.get("valueText") or facts.get("value"), facts.get("unitLabel")) if x)
    measure = facts.get("measure")
    return f"{head}: {measure}" if head and measure else (head or measure or "")
