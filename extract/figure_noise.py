"""Numbers that look like figures but are noise of the text layer: footnote markers that were not
detached from the running text, question and list numbers at the start of a paragraph, and numbers after
a reference word that lost its space (``vanvraag 2``).

The rules look at the words and punctuation around a number, not at line breaks, so they hold whether the
lines of a paragraph are joined or not.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kamergraaf.extract.gazetteers import figure_rules

_NEXT_WORD = re.compile(r"\s*(?P<word>[^\W\d][\w’'-]*|[,.;:)\]]|$)")
_PREV = re.compile(r"(?P<word>[^\W\d][\w’'-]*)?(?P<punct>[.!?:;]|[.!?][\"'»”)])?\s*$")
_SMALL = re.compile(r"\d{1,2}")
_GLUE = ("van", "op", "in", "bij", "zie", "en", "uit", "met", "naar", "de", "het", "onder", "aan", "over", "dat")


@lru_cache(maxsize=1)
def _unit_words() -> frozenset[str]:
    units = figure_rules()["units"]
    return frozenset(w.lower() for key, words in units.items() if not key.endswith("suffixes") for w in words)


@lru_cache(maxsize=1)
def _glued_reference() -> re.Pattern[str]:
    words = "|".join(re.escape(w.rstrip(".")) for w in figure_rules()["not_after"] if len(w.rstrip(".")) > 3)
    return re.compile(r"(?:" + "|".join(_GLUE) + r")(?:" + words + r")", re.IGNORECASE)


def _is_bare(m: re.Match) -> bool:
    return not (m.group("cur") or m.group("mult") or m.group("pct")) and bool(_SMALL.fullmatch(m.group("num")))


def is_noise(text: str, s: int, e: int, m: re.Match, markers: frozenset[str] = frozenset()) -> bool:
    """Whether the candidate figure ``text[s:e]`` (matched by ``m``) is a marker or list number."""
    before = text[max(0, s - 40):s]
    prev = _PREV.search(before)
    word = prev.group("word") if prev and prev.group("word") else ""
    if word and _glued_reference().fullmatch(word):
        return True  # "vanvraag 2": a question or article number whose preceding space was lost
    if not _is_bare(m):
        return False
    nxt = _NEXT_WORD.match(text, e)
    nword = nxt.group("word") if nxt else ""
    counted = nword.lower() in _unit_words() or (nword[:1].islower() and nword.lower() not in _function_words())
    if re.search(r"[^\W\d]:[ \t]*$", before) and re.match(r"[ \t]*(?:\n|$)", text[e:e + 3]):
        return False  # "Oost Nederland: 49" on a line of its own: a value after its label
    sentence_start = not before.strip() or bool(prev and prev.group("punct"))
    if sentence_start and nword[:1].isupper() and not nword.isupper() and nword.lower() not in _unit_words():
        return True  # "... afgerond.\n2 Dit is ..." / "2\nWelke maatregelen ...": a marker or question number
    if m.group("num") in markers and nxt is not None and not counted and not re.search(r"(?:^|\s)(?:" + _approx() + r")\s*$", before, re.I):
        return True  # one of the document's footnote markers, attached to nothing counted
    return False


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    return frozenset(w.lower() for w in figure_rules()["stop_words"] + figure_rules()["head_end"])


@lru_cache(maxsize=1)
def _approx() -> str:
    return "|".join(re.escape(w) for w in figure_rules()["approximate_before"])
