"""Evaluation against the gold annotations: floors on the tune split, the test split reported, and the
scoring itself checked on small hand-made cases."""

import json
from decimal import Decimal
from functools import lru_cache

from kamergraaf.extract.evaluate import Result, compare, default_gold_dir, main, scores


@lru_cache(maxsize=1)
def all_scores():
    return scores(None, "all")


def test_tune_split_floors():
    tune = all_scores()["tune"]
    assert tune["documents"] >= 5
    assert tune["figures"]["f1"] >= 0.95
    assert tune["attributes_right"] >= 0.90
    for t in ("agencies", "references", "countries"):
        assert tune[t]["f1"] >= 0.95, (t, tune[t])


def test_test_split_is_scored_separately():
    test = all_scores()["test"]
    assert test["documents"] >= 3
    for t in ("figures", "agencies", "references", "countries"):
        assert 0.0 <= test[t]["f1"] <= 1.0
        assert test[t]["tp"] + test[t]["fn"] > 0, t


def test_test_split_floors():
    test = all_scores()["test"]
    assert test["figures"]["f1"] >= 0.95
    assert test["attributes_right"] >= 0.90
    for t in ("agencies", "references", "countries"):
        assert test[t]["f1"] >= 0.95, (t, test[t])


def test_main_prints_each_split_as_its_own_table(capsys):
    assert main(None, "all") == 0
    out = capsys.readouterr().out
    blocks = out.strip().split("\n\n")
    assert [b.splitlines()[0].split(" (")[0] for b in blocks][:2] == ["split tune", "split test"]
    assert all("attributes right" in b for b in blocks)


def test_holdout_mismatches_are_never_listed(tmp_path, capsys):
    gold = _gold([dict(FIG, text="99", value="99")])
    gold.update(split="holdout", source="corpus/seeds/001_b211def904ce3f85.txt")
    (tmp_path / "x.json").write_text(json.dumps(gold), encoding="utf-8")
    (tmp_path / "y.json").write_text(json.dumps(dict(gold, split="test")), encoding="utf-8")
    assert main(str(tmp_path), "all", verbose=True) == 0
    out = capsys.readouterr().out
    test_part, holdout_part = out.split("split holdout")
    assert "figure missed '99'" in test_part
    assert "figure missed" not in holdout_part and "not listed for the holdout split" in holdout_part


def test_a_gold_file_can_name_one_row_of_the_questions_csv(tmp_path):
    from kamergraaf.extract.evaluate import _document
    from kamergraaf.extract.reader import read_path

    csv = "tests/fixtures/kamervragen-text/questions.csv"
    second = read_path(csv)[1]
    row = second.source_name.partition("#")[2]
    assert _document(f"{csv}#{row}", default_gold_dir(), {}).text == second.text


def _gold(figures=(), agencies=(), refs=(), countries=()):
    return {"items": [{"question": 1, "agencies": list(agencies), "countries": list(countries),
                       "references": [{"kind": k, "identifier": i, "text": ""} for k, i in refs],
                       "figures": list(figures)}]}


FIG = {"text": "315", "value": "315", "unit": "count", "approximate": False, "rounding": None, "date": "2025-10-20",
       "period_start": None, "period_end": None, "source": "COA"}


def _pred(figures=(), agencies=(), refs=(), countries=()):
    return {1: {"agencies": set(agencies), "countries": set(countries), "references": set(refs),
                "figures": list(figures)}}


def test_scoring_counts_false_positives_misses_and_wrong_attributes():
    r = Result()
    wrong_unit = dict(FIG, value=Decimal(315), unit="persons")
    extra = dict(FIG, text="12", value=Decimal(12))
    compare(_gold([FIG], ["COA", "IND"], [("kamerstuk", "kst-1-2")], ["SYR"]),
            _pred([wrong_unit, extra], ["COA", "DTenV"], {("kamerstuk", "kst-1-2")}, ["SYR", "NLD"]), r, "doc")
    assert (r.scores["figures"].tp, r.scores["figures"].fp, r.scores["figures"].fn) == (1, 1, 0)
    assert (r.scores["agencies"].tp, r.scores["agencies"].fp, r.scores["agencies"].fn) == (1, 1, 1)
    assert r.scores["references"].f1 == 1.0
    assert r.scores["countries"].precision == 0.5
    assert r.attr_right["unit"] == 0 and r.attr_right["source"] == 1 and r.figures_all_right == 0


def test_scoring_of_a_perfect_prediction_is_one():
    r = Result()
    compare(_gold([FIG], ["COA"]), _pred([dict(FIG, value=Decimal(315))], ["COA"]), r, "doc")
    assert r.scores["figures"].f1 == 1.0 and r.figures_all_right == 1 and r.scores["agencies"].f1 == 1.0


def test_a_document_the_reader_rejects_counts_as_all_missed(tmp_path, capsys):
    text = tmp_path / "notqa.txt"
    text.write_text("Besluitenlijst van de procedurevergadering.\n\nAgendapunt 1: ingekomen stukken.\n", encoding="utf-8")
    gold = _gold([dict(FIG, text="99", value="99")], agencies=["IND"])
    gold.update(split="unseen", source=str(text))
    (tmp_path / "x.json").write_text(json.dumps(gold), encoding="utf-8")
    d = scores(tmp_path, "unseen")["unseen"]
    assert (d["figures"]["fn"], d["agencies"]["fn"], d["figures"]["tp"]) == (1, 1, 0)
    assert d["documents"] == 1 and "E106" in d["unreadable"][0]
    assert main(str(tmp_path), "unseen") == 0
    assert "not read (its gold counts as missed): x:" in capsys.readouterr().out


def test_a_gold_item_keyed_zero_is_the_unnumbered_question():
    gold = _gold(agencies=["COA"])
    gold["items"][0]["question"] = 0
    pred = {None: {"agencies": {"COA"}, "countries": set(), "references": set(), "figures": []}}
    r = Result()
    compare(gold, pred, r, "doc")
    assert (r.scores["agencies"].tp, r.scores["agencies"].fp, r.scores["agencies"].fn) == (1, 0, 0)
