"""Read every text of tests/fixtures/kamervragen-text/questions.csv and report, per document kind, the
documents, questions found and questions answered, the documents that hold no questions by nature (stubs
under 500 characters such as 'Mondelinge vragen' cover pages, postponement notices) and the documents that
look wrong (and why).

    python benchmarks/report_csv.py [CSV]
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

from kamergraaf.extract.reader import read_path

DEFAULT = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "kamervragen-text" / "questions.csv"


def no_questions_by_nature(doc) -> str | None:
    """Why a document without questions is fine: a stub or a postponement notice."""
    if doc.questions:
        return None
    if len(doc.text) < 500:
        return f"stub ({len(doc.text)} characters)"
    if doc.meta.kind == "mededeling":
        return "postponement notice"
    return None


def suspicious(doc) -> list[str]:
    """Reasons a parsed document looks wrong, judged from its own text."""
    why = []
    name = doc.source_name.split("#", 1)[-1]
    answered = {k for a in doc.answers for k in a.question_keys}
    if not doc.questions:
        why.append("no questions found")
    if doc.meta.kind in ("aanhangsel", "antwoord") and doc.questions and len(answered) < len(doc.questions):
        why.append(f"{len(doc.questions) - len(answered)} question(s) without answer")
    if name.startswith("Antwoord") and not doc.answers:
        why.append("file name says answer, no answers found")
    numbers = [n for q in doc.questions for n in q.numbers]
    repeated = sorted({n for n in numbers if numbers.count(n) > 1})
    if repeated:
        why.append(f"question number(s) {', '.join(map(str, repeated))} printed twice")
    if numbers and sorted(set(numbers)) != list(range(1, max(numbers) + 1)):
        why.append(f"question numbers not 1..{max(numbers)}")
    if any(len(q.text) < 10 for q in doc.questions):
        why.append("an (almost) empty question")
    return why


def main(argv: list[str]) -> int:
    path = Path(argv[0]) if argv else DEFAULT
    docs = read_path(path)
    stats = defaultdict(lambda: [0, 0, 0])
    wrong, expected = [], []
    for doc in docs:
        row = stats[doc.meta.kind]
        row[0] += 1
        row[1] += len(doc.questions)
        row[2] += len({k for a in doc.answers for k in a.question_keys})
        fine = no_questions_by_nature(doc)
        if fine:
            expected.append((doc.source_name.split("#", 1)[-1], fine))
            continue
        why = suspicious(doc)
        if why:
            wrong.append((doc.source_name.split("#", 1)[-1], why))
    print(f"{path.name}: {len(docs)} documents")
    print(f"  {'kind':26s} {'documents':>9s} {'questions':>9s} {'answered':>9s}")
    for kind, (n, q, a) in sorted(stats.items()):
        print(f"  {kind:26s} {n:9d} {q:9d} {a:9d}")
    print(f"{len(expected)} document(s) without questions by nature:")
    for name, why in expected:
        print(f"  {name}: {why}")
    print(f"{len(wrong)} document(s) look wrong:")
    for name, why in wrong:
        print(f"  {name}: {'; '.join(why)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
