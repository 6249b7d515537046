"""Combined question blocks ("Vraag 3, 4, 5 en 6") answer to each of their printed numbers.

Expected rows are read from ah-tk-20232024-2367 (corpus/aanhangsel-pdf/1b2d2126-…pdf): questions 1 and 2,
a block 3-6 and a block 7-11 each answered jointly, and question 12.
"""

import csv
import io
from importlib.resources import files
from pathlib import Path

from kamergraaf.graph.store import open_store

QUERIES = Path(str(files("kamergraaf.endpoint"))) / "queries"
DOC = "https://w3id.org/kamergraaf/doc/ah-tk-20232024-2367"


def _rows(settings, name):
    store = open_store(settings, read_only=True)
    try:
        data = store.query_serialized((QUERIES / f"{name}.rq").read_text(encoding="utf-8"), "csv")
    finally:
        store.close()
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"))))


def test_every_printed_number_has_a_row_and_blocks_share_question_and_answer(sample_settings):
    rows = [r for r in _rows(sample_settings, "questions") if r["document"] == DOC]
    assert [int(r["number"]) for r in rows] == list(range(1, 13))
    by_number = {int(r["number"]): r for r in rows}
    for block in ((3, 4, 5, 6), (7, 8, 9, 10, 11)):
        assert len({by_number[n]["question"] for n in block}) == 1
        assert len({by_number[n]["answer"] for n in block}) == 1
    assert by_number[3]["question"] != by_number[7]["question"]
    assert by_number[1]["answerText"].startswith("Ja, daar ben ik mee bekend.")
    assert all(r["answer"] for r in rows)
