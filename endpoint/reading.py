"""The reading view of a document, read from the store as plain data (no HTML).

``document_body`` and ``parts_body`` read a document's questions, answers, figures, mentions, footnotes and
roles (or those of one question and its answer) in one query; ``assemble`` puts the rows in reading order,
``segments`` cuts a text so that its figures can be marked and its footnote markers shown, ``chips`` lists
what a part mentions and ``link_pieces`` makes a footnote's web addresses links.
"""

from __future__ import annotations

import re

from .i18n import text as i18n_text
from .labels import (KG, LABEL_PROPS, PREFIXES, LabelPicker, Value, int_of, kind_of, local_name, natural_key,
                     term_label, text_of, tidy_label, value_of)

_URL = re.compile(r"https?://[^\s<>\"«»]+[^\s<>\"«».,;:)]")
_LABELS_OF = "OPTIONAL {{ {var} ?lp ?l VALUES ?lp {{ {props} }} }}"


def _body_query(doc: str | None, parts: list[str]) -> str:
    """One query, one row per question, answer, figure, footnote and role, and per (part, resource mentioned)
    with the number of mentions; for a whole document also the number of its parts of each kind."""
    props = " ".join(f"<{p}>" for p in LABEL_PROPS)
    if doc:
        scope = {k: f"?s kg:document <{doc}> ." for k in ("qa", "fig", "note", "men")}
        scope["men"] = f"?m kg:document <{doc}> ."
    else:
        values = " ".join(f"<{p}>" for p in sorted(parts))
        scope = {"qa": f"VALUES ?s {{ {values} }}", "fig": f"VALUES ?part {{ {values} }}",
                 "note": f"VALUES ?part {{ {values} }}", "men": f"VALUES ?part {{ {values} }}"}
    branches = [
        f"""{{ {scope["qa"]} ?s a ?t FILTER(?t IN (kg:Question, kg:Answer)) BIND("qa" AS ?b)
    OPTIONAL {{ ?s kg:number ?num }} OPTIONAL {{ ?s schema:position ?pos }} OPTIONAL {{ ?s kg:heading ?head }}
    OPTIONAL {{ ?s schema:text ?text }} OPTIONAL {{ ?s nif:beginIndex ?begin }}
    OPTIONAL {{ ?s schema:acceptedAnswer ?ans }} OPTIONAL {{ ?s kg:answerKind ?akind }} }}""",
        f"""{{ {scope["fig"]} ?s a kg:Figure ; schema:isPartOf ?part BIND("fig" AS ?b)
    OPTIONAL {{ ?s nif:beginIndex ?begin }} OPTIONAL {{ ?s nif:anchorOf ?words }} OPTIONAL {{ ?s kg:valueText ?head }}
    OPTIONAL {{ ?s kg:quote ?text }} }}""",
        f"""{{ {{ SELECT ?part ?target (COUNT(?m) AS ?n) (MIN(?w) AS ?words) WHERE {{ {scope["men"]}
      ?m a kg:Mention ; schema:isPartOf ?part ; kg:refersTo ?target OPTIONAL {{ ?m nif:anchorOf ?w }} }}
      GROUP BY ?part ?target }} BIND("men" AS ?b) {_LABELS_OF.format(var="?target", props=props)} }}""",
        f"""{{ {scope["note"]} ?s a kg:Footnote BIND("note" AS ?b) OPTIONAL {{ ?s kg:anchoredIn ?part }}
    OPTIONAL {{ ?s kg:marker ?head }} OPTIONAL {{ ?s schema:text ?text }} OPTIONAL {{ ?s kg:anchorIndex ?num }}
    OPTIONAL {{ ?s nif:beginIndex ?begin }} }}"""]
    if doc:
        branches += [
            f"""{{ <{doc}> kg:participation ?s BIND("role" AS ?b) OPTIONAL {{ ?s kg:role ?t }}
    OPTIONAL {{ ?s kg:participant ?target {_LABELS_OF.format(var="?target", props=props)} }}
    OPTIONAL {{ ?s kg:party ?words }} OPTIONAL {{ ?s kg:personTitle ?head }} OPTIONAL {{ ?s kg:portfolio ?text }} }}""",
            f"""{{ {{ SELECT ?t (COUNT(?x) AS ?n) WHERE {{ ?x kg:document <{doc}> ; a ?t }} GROUP BY ?t }}
    BIND("count" AS ?b) }}"""]
    return PREFIXES + "SELECT * WHERE {\n" + "\nUNION\n".join(branches) + "\n}"


def document_body(store, doc: str, base: str = "", lang: str = "nl") -> dict:
    """Everything a document page shows below its header, in one query, labelled in ``lang``."""
    return assemble(store.query(_body_query(doc, [])), doc, base, lang)


def parts_body(store, parts: list[str], base: str = "", lang: str = "nl") -> dict:
    """The same for some questions and answers of a document (and their figures, mentions and notes)."""
    return assemble(store.query(_body_query(None, parts)), None, base, lang)


def assemble(rows, doc: str | None, base: str, lang: str = "nl") -> dict:
    """The rows of ``_body_query`` as questions (each with its answer), answers no question points to,
    footnotes, roles, and what points to the document grouped by kind. Headings stay the document's own
    words ("Vraag 3"); the labels of terms are in ``lang``."""
    qa, figs, notes, roles = {}, {}, {}, {}
    mentions: dict[tuple[str, str], dict] = {}
    counts: dict[str, int] = {}
    picker = LabelPicker(lang)
    for row in rows:
        b = row["b"].value
        get = {k: row[k] for k in ("s", "t", "num", "pos", "head", "text", "begin", "ans", "akind", "part",
                                   "words", "target", "n")}
        if row["l"] is not None:
            picker.offer(get["target"].value, row["lp"].value, row["l"])
        if b == "count":
            counts[kind_of({get["t"].value})] = counts.get(kind_of({get["t"].value}), 0) + int(get["n"].value)
        elif b == "men":
            mentions.setdefault((get["part"].value, get["target"].value), get)
        else:
            {"qa": qa, "fig": figs, "note": notes, "role": roles}[b].setdefault(get["s"].value, get)
    labels = picker.result()
    by_part: dict[str, dict[str, list]] = {}
    for table, kind in ((figs, "fig"), (notes, "note")):
        for s, get in table.items():
            if get["part"] is not None:
                by_part.setdefault(get["part"].value, {}).setdefault(kind, []).append(get)
    for (part, _target), get in mentions.items():
        by_part.setdefault(part, {}).setdefault("men", []).append(get)

    def heading(get) -> str:
        prefix = "Vraag" if get["t"].value == KG + "Question" else "Antwoord"
        head = tidy_label(KG + "heading", get["head"].value) if get["head"] is not None else ""
        if get["num"] is not None and not re.search(r"\d", head):  # "Antwoord:" printed without its number
            head = f"{prefix} {get['num'].value}"
        return head or prefix

    def text_part(iri: str) -> dict:
        get = qa[iri]
        parts = by_part.get(iri, {})
        fig_list = sorted(parts.get("fig", []), key=lambda f: (int_of(f["begin"]), f["s"].value))
        return {"iri": iri, "heading": heading(get), "number": text_of(get["num"]),
                "answer_kind": Value(term_label(get["akind"].value, lang), iri=get["akind"].value) if get["akind"] else None,
                "segments": segments(text_of(get["text"]) or "", int_of(get["begin"], 0), fig_list, parts.get("note", [])),
                "figures": [{"iri": f["s"].value} for f in fig_list],
                "chips": chips(parts.get("men", []), labels, base)}

    def order(iri: str) -> tuple:
        get = qa[iri]
        return (int_of(get["pos"]), int_of(get["begin"]), int_of(get["num"]), natural_key(iri))

    questions, answered = [], set()
    for q in sorted((s for s, g in qa.items() if g["t"].value == KG + "Question"), key=order):
        item = text_part(q)
        answer = qa[q]["ans"]
        item["answer"] = text_part(answer.value) if answer is not None and answer.value in qa else None
        answered.add(answer.value if answer is not None else None)
        questions.append(item)
    orphans = [text_part(a) for a in sorted((s for s, g in qa.items() if g["t"].value == KG + "Answer"
                                             and s not in answered), key=order)]
    heads = {s: heading(g) for s, g in qa.items()}
    footnotes = [{"iri": s, "marker": text_of(g["head"]) or "", "pieces": link_pieces(text_of(g["text"]) or ""),
                  "anchor": Value(heads.get(g["part"].value, local_name(g["part"].value)), iri=g["part"].value,
                                   language="nl") if g["part"] is not None else None}
                 for s, g in sorted(notes.items(), key=lambda kv: (int_of(kv[1]["begin"]), natural_key(kv[0])))]
    role_list = [{"role": g["t"].value.rsplit("role-", 1)[-1] if g["t"] is not None else "",
                  "person": value_of(g["target"], labels, base, lang) if g["target"] is not None else None,
                  "party": text_of(g["words"]), "title": text_of(g["head"]), "portfolio": text_of(g["text"])}
                 for _s, g in sorted(roles.items())]
    incoming = []
    if doc is not None:
        via = [Value(term_label(KG + "document", lang), iri=KG + "document")]
        listed = [(s, heads[s], kind_of({g["t"].value})) for s, g in qa.items()]
        listed += [(s, text_of(g["words"]) or local_name(s), "Figure") for s, g in figs.items()]
        listed += [(s, i18n_text("footnote", lang, marker=text_of(g["head"]) or "").strip(), "Footnote")
                   for s, g in notes.items()]
        incoming = [{"subject": Value(text, iri=s, language="" if kind == "Footnote" else "nl"), "props": via, "kind": kind, "doc": None, "part": None}
                    for s, text, kind in listed]
    return {"questions": questions, "orphans": orphans, "footnotes": footnotes, "roles": role_list,
            "incoming": incoming, "counts": counts}


def segments(text: str, begin: int, figures: list[dict], notes: list[dict]) -> list[dict]:
    """The text cut into pieces so that each figure's words can be marked and each footnote marker shown.

    Offsets are those of the cleaned text (nif:beginIndex of the part and of the figure, kg:anchorIndex of a
    note); where a figure's words are not at its offset, their first occurrence in the text is marked instead.
    """
    marks = []
    for fig in figures:
        words = next((text_of(fig[k]) for k in ("words", "head", "text") if fig[k] is not None), "")
        start = int_of(fig["begin"], -1) - begin
        if not words or start < 0 or text[start:start + len(words)] != words:
            start = text.find(words) if words else -1
        if start >= 0 and not any(s < start + len(words) and start < e for s, e, _k, _v in marks):
            marks.append((start, start + len(words), "figure", fig["s"].value))
    for note in notes:
        at, marker = int_of(note["num"], -1) - begin, text_of(note["head"])
        if marker and 0 <= at <= len(text) and not any(s < at < e for s, e, _k, _v in marks):
            marks.append((at, at, "note", marker))
    pieces, pos = [], 0
    for start, end, kind, val in sorted(marks, key=lambda m: (m[0], m[1])):
        if start > pos:
            pieces.append({"text": text[pos:start]})
        pieces.append({"text": text[start:end], kind: val})
        pos = max(pos, end)
    if pos < len(text) or not pieces:
        pieces.append({"text": text[pos:]})
    return pieces


def chips(mentions: list[dict], labels: dict[str, str], base: str) -> list[dict]:
    """What a part mentions, once per resource: label and its language ("nl" for the words of the document),
    kind (from the address: instantie, land, regeling...)."""
    out = []
    for m in mentions:
        label = labels.get(m["target"].value) or text_of(m["words"]) or local_name(m["target"].value)
        out.append({"iri": m["target"].value, "count": int(m["n"].value), "label": str(label),
                    "kind": _kind_of_address(m["target"].value, base), "lang": getattr(label, "lang", "") or "nl"})
    return sorted(out, key=lambda c: (c["kind"], c["label"].lower(), c["iri"]))


def _kind_of_address(iri: str, base: str) -> str:
    rest = iri[len(base):] if base and iri.startswith(base) else ""
    return rest.split("/", 1)[0] if "/" in rest else "overig"


def link_pieces(text: str) -> list[dict]:
    """A footnote's text with its web addresses as links (http and https only)."""
    pieces, pos = [], 0
    for m in _URL.finditer(text):
        if m.start() > pos:
            pieces.append({"text": text[pos:m.start()]})
        pieces.append({"text": m.group(0), "url": m.group(0)})
        pos = m.end()
    if pos < len(text) or not pieces:
        pieces.append({"text": text[pos:]})
    return pieces

