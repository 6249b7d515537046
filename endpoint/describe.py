"""What a resource page shows about one resource, read from the store as plain data (no HTML).

``describe`` reads a resource's own properties and what points to it in one query, labelled in the page's
language (see ``labels``); ``group_incoming`` groups what points to it by kind (questions, answers, figures, mentions...)
and ``mentioned_in`` lists the documents that mention it, each with its questions and answers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pyoxigraph as ox

from kamergraaf.graph.store import store_graphs

from .i18n import text as i18n_text
from .labels import (KG, KINDS, LABEL_PROPS, PREFIXES, RDF_TYPE, LabelPicker, Value, kind_of, local_name,
                     natural_key, term_label, tidy_label, value_of)

INCOMING_LIMIT = 2000


@dataclass
class Description:
    iri: str
    label: str
    types: list[Value] = field(default_factory=list)
    properties: list[tuple[Value, list[Value]]] = field(default_factory=list)
    incoming: list[dict] = field(default_factory=list)    # subject, props, kind, doc, part (Values or None)
    incoming_truncated: bool = False
    label_lang: str = ""    # the language of the label read from the data ("nl" when untagged), "" for a local name

    def has_type(self, local: str) -> bool:
        return any(t.iri == KG + local for t in self.types)

    def values(self, prop: str) -> list[Value]:
        return next((vals for p, vals in self.properties if p.iri == prop), [])

    def first(self, prop: str) -> Value | None:
        vals = self.values(prop)
        return vals[0] if vals else None


def describe(store, iri: str, base: str = "", skip_graph: str | None = None, lang: str = "nl") -> Description | None:
    """Outgoing properties (labelled) and up to ``INCOMING_LIMIT`` incoming links in one query; None when unknown.

    Each incoming link carries the kind of its subject (question, answer, figure, mention...), the document
    and the part (question or answer) it belongs to. The builds graph (``store_graphs(base)["builds"]``) is
    left out, and ``skip_graph`` too for incoming links (a document page lists its own parts itself).
    """
    builds = store_graphs(base)["builds"]
    skip = f" && ?g != <{skip_graph}>" if skip_graph else ""
    props = " ".join(f"<{p}>" for p in LABEL_PROPS)
    rows = store.query(PREFIXES + f"""
SELECT ?dir ?p ?x ?lp ?l ?t ?doc ?docTitle ?part ?partHead ?partType WHERE {{
  {{ SELECT DISTINCT ?p ?x ?dir WHERE {{ GRAPH ?g {{ <{iri}> ?p ?x }} FILTER(?g != <{builds}>) BIND("o" AS ?dir) }} }}
  UNION
  {{ {{ SELECT DISTINCT ?x ?p ?dir WHERE {{ GRAPH ?g {{ ?x ?p <{iri}> }} FILTER(?g != <{builds}>{skip}) BIND("i" AS ?dir) }}
       ORDER BY ?x ?p LIMIT {INCOMING_LIMIT + 1} }}
    OPTIONAL {{ ?x a ?t FILTER(STRSTARTS(STR(?t), STR(kg:))) }}
    OPTIONAL {{ ?x kg:document ?doc OPTIONAL {{ ?doc dct:title ?docTitle }} }}
    OPTIONAL {{ ?x schema:isPartOf|kg:anchoredIn ?part FILTER(?part != <{iri}>)
               ?part a ?partType FILTER(?partType IN (kg:Question, kg:Answer)) OPTIONAL {{ ?part kg:heading ?partHead }} }}
  }}
  OPTIONAL {{ ?x ?lp ?l VALUES ?lp {{ {props} }} }}
}}""")
    picker, self_picker = LabelPicker(lang), LabelPicker(lang)
    out: dict[tuple[str, ox.Term], None] = {}
    inc: dict[tuple[str, str], dict] = {}
    terms: dict[str, ox.Term] = {}
    for row in rows:
        x, p = row["x"], row["p"].value
        if isinstance(x, ox.NamedNode) and row["l"] is not None:
            picker.offer(x.value, row["lp"].value, row["l"])
        if row["dir"].value == "o":
            out[(p, x)] = None
            if isinstance(x, ox.Literal):
                self_picker.offer(iri, p, x)
            continue
        entry = inc.setdefault((x.value if isinstance(x, ox.NamedNode) else str(x), p),
                               {"term": x, "types": set(), "doc": None, "docTitle": None, "part": None, "partHead": None})
        for key in ("doc", "docTitle", "part", "partHead"):
            if row[key] is not None and entry[key] is None:
                entry[key] = row[key]
        if row["t"] is not None:
            entry["types"].add(row["t"].value)
        terms[x.value if isinstance(x, ox.NamedNode) else str(x)] = x
    if not out and not inc:
        return None
    labels = picker.result()
    for entry in inc.values():  # parts are labelled by their heading, documents by their title
        if entry["part"] is not None and entry["partHead"] is not None:
            labels.setdefault(entry["part"].value, tidy_label(KG + "heading", entry["partHead"].value))
        if entry["doc"] is not None and entry["docTitle"] is not None:
            labels.setdefault(entry["doc"].value, entry["docTitle"].value)
    own = self_picker.result().get(iri)
    label = own or labels.get(iri)
    desc = Description(iri, label or local_name(iri), label_lang=(getattr(label, "lang", "") or "nl") if label else "")
    grouped: dict[str, list[Value]] = {}
    for p, x in out:
        if p == RDF_TYPE:
            desc.types.append(value_of(x, labels, base, lang))
        else:
            grouped.setdefault(p, []).append(value_of(x, labels, base, lang))
    desc.types.sort(key=lambda v: (not (v.iri or "").startswith(KG), v.text))
    for p in sorted(grouped, key=lambda k: term_label(k, lang).lower()):
        desc.properties.append((Value(term_label(p, lang), iri=p), sorted(grouped[p], key=lambda v: (v.text, v.iri or ""))))
    merged: dict[str, dict] = {}
    for (s, p), entry in sorted(inc.items()):
        item = merged.setdefault(s, {"subject": value_of(entry["term"], labels, base, lang), "props": [],
                                     "kind": kind_of(entry["types"]),
                                     "doc": value_of(entry["doc"], labels, base, lang) if entry["doc"] else None,
                                     "part": value_of(entry["part"], labels, base, lang) if entry["part"] else None})
        item["props"].append(Value(term_label(p, lang), iri=p))
    desc.incoming = list(merged.values())
    desc.incoming_truncated = len(inc) > INCOMING_LIMIT
    return desc


def group_incoming(items: list[dict], shown: int = 100, counts: dict[str, int] | None = None,
                   lang: str = "nl") -> list[dict]:
    """The incoming links by kind (questions, answers, figures, mentions...), each with its count and its name
    in ``lang``; ``counts`` gives the count of a kind whose members are not all in ``items``."""
    groups = []
    for kind in KINDS:
        name = i18n_text("group_" + kind, lang)
        members = [i for i in items if i["kind"] == kind]
        count = max(len(members), (counts or {}).get(kind, 0))
        if count:
            members.sort(key=lambda i: (natural_key(i["subject"].iri or i["subject"].text)))
            groups.append({"kind": kind or "other", "name": name, "count": count, "items": members[:shown]})
    return groups


def _reading_order(heading: str) -> tuple:
    """"Vraag 3" before "Antwoord 3" before "Vraag 4"."""
    m = re.search(r"\d+", heading)
    return (int(m.group(0)) if m else 10**9, 0 if heading.startswith("Vraag") else 1, heading)


def mentioned_in(items: list[dict]) -> list[dict]:
    """Documents that mention (or take a figure from) the resource, each with its questions and answers."""
    docs: dict[str, dict] = {}
    for item in items:
        if item["kind"] not in ("Mention", "Figure") or item["doc"] is None:
            continue
        doc = docs.setdefault(item["doc"].iri, {"doc": item["doc"], "count": 0, "parts": {}})
        doc["count"] += 1
        if item["part"] is not None:
            part = doc["parts"].setdefault(item["part"].iri, {"part": item["part"], "count": 0})
            part["count"] += 1
    out = []
    for doc in sorted(docs.values(), key=lambda d: (-d["count"], d["doc"].iri)):
        parts = sorted(doc["parts"].values(), key=lambda p: _reading_order(p["part"].text))
        out.append({"doc": doc["doc"], "count": doc["count"], "parts": parts})
    return out

