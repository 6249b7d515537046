"""Precision, recall and F1 of the extraction against the gold annotations (tests/gold/*.json).

Per item (question number): agencies, references and countries are compared as sets; figures are matched
by value within the item (by text too when several share a value). For matched figures the attributes
unit, approximate, rounding, date, period_start, period_end and source are checked.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from kamergraaf.extract.model import Analysis, ParsedDocument

TYPES = ("figures", "agencies", "references", "countries")
ATTRIBUTES = ("unit", "approximate", "rounding", "date", "period_start", "period_end", "source")


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Result:
    scores: dict[str, Score] = field(default_factory=lambda: {t: Score() for t in TYPES})
    attr_right: Counter = field(default_factory=Counter)
    figures_all_right: int = 0
    documents: int = 0
    errors: list[str] = field(default_factory=list)  # one line per mismatch, for tuning
    unreadable: list[str] = field(default_factory=list)  # documents the reader rejected


def default_gold_dir() -> Path:
    here = Path.cwd() / "tests" / "gold"
    if here.is_dir():
        return here
    return Path(__file__).resolve().parent.parent / "tests" / "gold"


def item_of(doc: ParsedDocument, container: str | None) -> object:
    """The gold item a container belongs to: a question number, None (unnumbered) or "header"."""
    if container is None:
        return "header"
    questions = {q.key: q for q in doc.questions}
    answers = {a.key: a for a in doc.answers}
    if container in questions:
        nums = questions[container].numbers
        return nums[0] if nums else None
    if container in answers:
        a = answers[container]
        linked = [questions[k] for k in a.question_keys if k in questions]
        if a.numbers and linked and not any(set(q.numbers) & set(a.numbers) for q in linked):
            return a.numbers[0]  # "Antwoord 8" after a second "Vraag 7": one item per printed number (GUIDELINES)
        for qk in a.question_keys:
            if qk in questions:
                nums = questions[qk].numbers
                return nums[0] if nums else None
        return a.numbers[0] if a.numbers else None
    if container.startswith("fn:"):
        marker = container[3:]
        fn = next((f for f in doc.footnotes if f.marker == marker), None)
        if fn is None or fn.anchor is None:
            return "header"
        for q in doc.questions:
            if q.start <= fn.anchor <= q.end:
                return q.numbers[0] if q.numbers else None
        for a in doc.answers:
            if a.start <= fn.anchor <= a.end:
                return item_of(doc, a.key)
        return "header"
    return "header"


def predicted_items(doc: ParsedDocument, analysis: Analysis) -> dict[object, dict]:
    items: dict[object, dict] = {}

    def item(key: object) -> dict:
        return items.setdefault(key, {"agencies": set(), "references": set(), "countries": set(), "figures": []})

    for m in analysis.mentions:
        it = item(item_of(doc, m.container))
        if m.kind == "agency":
            it["agencies"].add(m.key)
        elif m.kind == "country":
            it["countries"].add(m.key)
        elif m.kind != "person":
            it["references"].add((m.kind, m.key))
    for f in analysis.figures:
        item(item_of(doc, f.container))["figures"].append({
            "text": f.text, "value": f.value, "unit": f.unit, "approximate": f.approximate, "rounding": f.rounding,
            "date": f.ref_date.isoformat() if f.ref_date else None,
            "period_start": f.period_start.isoformat() if f.period_start else None,
            "period_end": f.period_end.isoformat() if f.period_end else None, "source": f.source})
    return items


def _norm_text(t: str) -> str:
    return " ".join(t.split())


def compare(gold: dict, pred: dict[object, dict], result: Result, name: str) -> None:
    # no document numbers a question 0: a gold item keyed 0 is the unnumbered question (GUIDELINES: null), as
    # the reader keys it "q0"
    gold_items = {(None if it["question"] == 0 else it["question"]): it for it in gold["items"]}
    for key in set(gold_items) | set(pred):
        g = gold_items.get(key, {"agencies": [], "references": [], "countries": [], "figures": []})
        p = pred.get(key, {"agencies": set(), "references": set(), "countries": set(), "figures": []})
        for t in ("agencies", "countries"):
            gs, ps = set(g[t]), p[t]
            _count(result, t, gs, ps, name, key)
        gs = {(r["kind"], r["identifier"]) for r in g["references"]}
        _count(result, "references", gs, p["references"], name, key)
        _figures(g["figures"], p["figures"], result, name, key)


def _count(result: Result, t: str, gs: set, ps: set, name: str, key: object) -> None:
    s = result.scores[t]
    s.tp += len(gs & ps)
    s.fp += len(ps - gs)
    s.fn += len(gs - ps)
    for x in sorted(map(str, ps - gs)):
        result.errors.append(f"{name} item {key}: {t} false positive {x}")
    for x in sorted(map(str, gs - ps)):
        result.errors.append(f"{name} item {key}: {t} missed {x}")


def _figures(gold: list[dict], pred: list[dict], result: Result, name: str, key: object) -> None:
    s = result.scores["figures"]
    unmatched = list(gold)
    for f in pred:
        cands = [g for g in unmatched if Decimal(g["value"]) == f["value"]]
        if not cands:
            s.fp += 1
            result.errors.append(f"{name} item {key}: figure false positive {f['text']!r}")
            continue
        same_text = [g for g in cands if _norm_text(g["text"]) == _norm_text(f["text"])]
        g = (same_text or cands)[0]
        unmatched.remove(g)
        s.tp += 1
        wrong = [a for a in ATTRIBUTES if g.get(a) != f.get(a)]
        for a in ATTRIBUTES:
            if a not in wrong:
                result.attr_right[a] += 1
        if not wrong:
            result.figures_all_right += 1
        for a in wrong:
            result.errors.append(f"{name} item {key}: figure {f['text']!r} {a} {f.get(a)!r} (gold {g.get(a)!r})")
    s.fn += len(unmatched)
    for g in unmatched:
        result.errors.append(f"{name} item {key}: figure missed {g['text']!r}")


def _resolve_source(source: str, gold_dir: Path) -> Path:
    for base in (gold_dir.parent.parent, Path.cwd()):
        p = base / source
        if p.exists():
            return p
    raise FileNotFoundError(f"gold file names {source!r}, not found next to {gold_dir} or in the working directory")


def _document(source: str, gold_dir: Path, cache: dict) -> ParsedDocument:
    """The parsed document a gold file names: a file, or one row of a questions CSV (``questions.csv#<name>``)."""
    from kamergraaf.extract.reader import read_path

    path, _, row = source.partition("#")
    resolved = _resolve_source(path, gold_dir)
    if resolved not in cache:
        cache[resolved] = read_path(str(resolved))
    docs = cache[resolved]
    if not row:
        return docs[0]
    for d in docs:
        if d.source_name.partition("#")[2] == row:
            return d
    raise FileNotFoundError(f"gold file names row {row!r} of {resolved}, which has no row of that name")


def gold_files(gold_dir: Path) -> list[Path]:
    return sorted(p for p in gold_dir.glob("*.json") if p.name != "structure.json")


SPLITS = ("tune", "test", "holdout", "unseen")
# scored but never listed mismatch by mismatch: the holdout measures the rules on documents nobody tuned on
QUIET_SPLITS = ("holdout", "unseen")


def evaluate(gold_dir: str | Path | None = None, split: str = "all") -> dict[str, Result]:
    """Scores per split ("tune", "test", "holdout") over the gold files; ``split`` "all" runs every split."""
    from kamergraaf.extract.nlp import analyse
    from kamergraaf.extract.reader import ReadFailure

    gdir = Path(gold_dir) if gold_dir else default_gold_dir()
    results: dict[str, Result] = {}
    cache: dict = {}
    for path in gold_files(gdir):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if split != "all" and gold.get("split") != split:
            continue
        res = results.setdefault(gold.get("split", "tune"), Result())
        res.documents += 1
        try:
            doc = _document(gold["source"], gdir, cache)
        except ReadFailure as exc:  # the reader rejects it: every gold mention of it is missed
            res.unreadable.append(f"{path.stem}: {exc}")
            compare(gold, {}, res, path.stem)
            continue
        compare(gold, predicted_items(doc, analyse(doc)), res, path.stem)
    order = {name: i for i, name in enumerate(SPLITS)}
    return dict(sorted(results.items(), key=lambda kv: order.get(kv[0], len(order))))


def as_dict(results: dict[str, Result]) -> dict[str, dict]:
    out = {}
    for split, r in results.items():
        d = {t: {"precision": s.precision, "recall": s.recall, "f1": s.f1, "tp": s.tp, "fp": s.fp, "fn": s.fn}
             for t, s in r.scores.items()}
        matched = r.scores["figures"].tp
        d["attributes"] = {a: (r.attr_right[a] / matched if matched else 1.0) for a in ATTRIBUTES}
        d["attributes_right"] = (sum(r.attr_right.values()) / (matched * len(ATTRIBUTES))) if matched else 1.0
        d["figures_all_attributes_right"] = r.figures_all_right / matched if matched else 1.0
        d["documents"] = r.documents
        d["unreadable"] = list(r.unreadable)
        out[split] = d
    return out


def scores(gold_dir: str | Path | None = None, split: str = "all") -> dict[str, dict]:
    """The numbers of ``main`` as a dict: {split: {type: {precision, recall, f1, ...}, "attributes_right": ...}}."""
    return as_dict(evaluate(gold_dir, split))


def main(gold_dir: str | None, split: str = "all", verbose: bool = False) -> int:
    try:
        results = evaluate(gold_dir, split)
    except FileNotFoundError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if not results:
        print(f"no gold files for split {split!r} in {gold_dir or default_gold_dir()}", file=sys.stderr)
        return 2
    for i, (name, d) in enumerate(as_dict(results).items()):
        if i:
            print()
        print(f"split {name} ({d['documents']} documents)")
        print(f"  {'type':<12}{'precision':>10}{'recall':>10}{'F1':>8}{'tp':>6}{'fp':>6}{'fn':>6}")
        for t in TYPES:
            s = d[t]
            print(f"  {t:<12}{s['precision']:>10.3f}{s['recall']:>10.3f}{s['f1']:>8.3f}{s['tp']:>6}{s['fp']:>6}{s['fn']:>6}")
        attrs = ", ".join(f"{a} {v:.3f}" for a, v in d["attributes"].items())
        print(f"  attributes right (matched figures): {d['attributes_right']:.3f} ({attrs})")
        print(f"  figures with every attribute right: {d['figures_all_attributes_right']:.3f}")
        for line in d["unreadable"]:
            print(f"  not read (its gold counts as missed): {line}")
        if verbose and name in QUIET_SPLITS:
            print(f"    ({len(results[name].errors)} mismatches, not listed for the {name} split)")
        elif verbose:
            for line in results[name].errors:
                print("    " + line)
    return 0


if __name__ == "__main__":
    args = sys.argv[1:]
    raise SystemExit(main(None, args[0] if args and not args[0].startswith("-") else "all", verbose="-v" in args))
