"""Answer kind: figures, data unavailable, refers elsewhere, no answer, or an explanation without figures."""

from __future__ import annotations

import re
from functools import lru_cache

from kamergraaf.extract.gazetteers import answer_kind_rules
from kamergraaf.extract.model import (
    ANSWER_DATA_UNAVAILABLE, ANSWER_EXPLANATION, ANSWER_FIGURES, ANSWER_NO_ANSWER, ANSWER_REFERS_ELSEWHERE)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    rules = answer_kind_rules()

    def alt(phrases: list[str]) -> re.Pattern[str]:
        return re.compile("|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases), re.IGNORECASE)

    return alt(rules["data_unavailable"]), alt(rules["refers_elsewhere"])


def classify(text: str, figure_count: int, document_kind: str | None = None) -> str:
    """The kind of one answer, from its text and the number of figures found in it.

    Figures win over the other kinds (an answer giving some figures and regretting others gives figures);
    then data unavailable, then a reference elsewhere; otherwise it explains without figures.
    """
    if document_kind in answer_kind_rules()["no_answer_document_kinds"] or not text.strip():
        return ANSWER_NO_ANSWER
    if figure_count:
        return ANSWER_FIGURES
    unavailable, refers = _patterns()
    if unavailable.search(text):
        return ANSWER_DATA_UNAVAILABLE
    if refers.search(text):
        return ANSWER_REFERS_ELSEWHERE
    return ANSWER_EXPLANATION
