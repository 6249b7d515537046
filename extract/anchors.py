"""Anchors for footnotes whose marker the text export lost.

Footnotes are numbered in reading order, so a footnote n without a marker most likely stood between the
markers of n-1 and n+1. When those two lie in the same question or answer, that is its container; when they
differ (or one is missing), the text between them is searched for the sentence that names what the footnote
cites: a parliamentary paper ("de brief van ...", "Kamerstuk", "het antwoord op de vragen") for a note citing
one, a publication ("het rapport", "het bericht", a quoted title) for a note citing news or a web page;
the sentence must share at least three words with the footnote (its title, date or source). Without such
a sentence the anchor stays unknown: a wrong container is worse than none. Each inferred anchor is reported in the document's warnings.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kamergraaf.extract.model import Answer, Footnote, Question

# what a footnote cites decides which sentence can have carried its marker
_PARLIAMENT_NOTE_RE = re.compile(r"Kamerstuk|Aanhangsel|Handelingen|vergaderjaar|Tweede Kamer|Eerste Kamer|"
                                 r"\bnr\.\s*\d|\bkst-|\bah-tk-", re.IGNORECASE)
_PUBLIC_NOTE_RE = re.compile(r"https?://|www\.|[«“\"]|\b\d{1,2} (?:januari|februari|maart|april|mei|juni|juli|"
                             r"augustus|september|oktober|november|december) \d{4}\b", re.IGNORECASE)
_PARLIAMENT_CUE_RE = re.compile(
    r"\b(?:(?:Kamer)?brie(?:f|ven)|Kamerstuk(?:ken)?|Kamervragen|schriftelijke vragen|vragen van (?:het lid|de leden)|"
    r"motie|Handelingen|(?:het|mijn|de) antwoord(?:en)? op|beantwoording|nota|wetsvoorstel|verslag|"
    r"toezegging|toegezegd\w*|debat|(?:uw|de) Kamer\b[^.?!]{0,60}\b(?:geïnformeerd|gemeld|gestuurd|laten weten))\b",
    re.IGNORECASE)
_PUBLIC_CUE_RE = re.compile(
    r"\b(?:rapport(?:age)?|bericht(?:geving)?|artikel|onderzoek|publicatie|website|verklaring|persbericht|"
    r"uitspraak|arrest|advies|studie|evaluatie|monitor|interview|column|aangehaald|gepubliceerd)|[«“]",
    re.IGNORECASE)


def _cue(note: str) -> re.Pattern[str] | None:
    if _PARLIAMENT_NOTE_RE.search(note):
        return _PARLIAMENT_CUE_RE
    if _PUBLIC_NOTE_RE.search(note):
        return _PUBLIC_CUE_RE
    return None  # an explanatory note: nothing in the body names it


_WORD_RE = re.compile(r"[A-Za-zÀ-ÿ]{4,}|\d+")
_SENTENCE_RE = re.compile(r"[^.?!\n]*(?:[.?!]+[\"'»”’)]*|\n|$)")
# measured by leaving out each seen marker of questions.csv: 3 shared words put 33 of 36 anchors in the right
# question or answer (2 words: 48 of 64)
_MIN_SHARED = 3
_STOP = frozenset("over voor door naar zijn heeft hebben wordt worden deze die dat niet maar ook waarin "
                  "vergaderjaar tweede kamer".split())


def _spans(questions: tuple[Question, ...], answers: tuple[Answer, ...]) -> list[tuple[int, int, str]]:
    return sorted([(q.start, q.end, q.key) for q in questions] + [(a.start, a.end, a.key) for a in answers])


def _container(spans: list[tuple[int, int, str]], offset: int) -> str | None:
    for start, end, key in spans:
        if start <= offset <= end:
            return key
    return None


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD_RE.findall(text) if w.lower() not in _STOP}


def _cited_sentence(text: str, lo: int, hi: int, note: str, spans: list[tuple[int, int, str]]) -> int | None:
    """The end of the sentence in text[lo:hi] that most likely carried the marker, or None. Askers cite
    publications and answers cite parliamentary papers: a sentence on that side, or one elsewhere that names
    such a thing (a cue), counts when it shares at least ``_MIN_SHARED`` words with the note (the title, the
    date, the source); the one sharing most wins, the first on a tie."""
    cue = _cue(note)
    if cue is None:
        return None
    side = "q" if cue is _PUBLIC_CUE_RE else "a"
    wanted = _words(note)
    best: tuple[bool, int, int] | None = None  # (on the preferred side, words shared, end of the sentence)
    for m in _SENTENCE_RE.finditer(text, lo, hi):
        sentence = m.group(0)
        key = _container(spans, m.start())
        if not sentence.strip() or key is None or not (key.startswith(side) or cue.search(sentence)):
            continue
        shared = len(_words(sentence) & wanted)
        cand = (key.startswith(side), shared, m.start() + len(sentence.rstrip("\n")))
        if shared >= _MIN_SHARED and (best is None or cand[:2] > best[:2]):
            best = cand
    return best[2] if best else None


def infer_anchors(text: str, body_end: int, footnotes: tuple[Footnote, ...], questions: tuple[Question, ...],
                  answers: tuple[Answer, ...]) -> tuple[tuple[Footnote, ...], list[str]]:
    """Footnotes with numbered markers whose anchor is None get one inferred from their neighbours (see the
    module docstring); returns the footnotes and one warning per inferred or still missing anchor."""
    spans = _spans(questions, answers)
    notes = list(footnotes)
    warnings: list[str] = []
    missing: list[str] = []
    for i, note in enumerate(notes):
        if note.anchor is not None:
            continue
        prev_marker = notes[i - 1].marker if i else "0"
        if not note.marker.isdigit() or not prev_marker.isdigit() or int(prev_marker) != int(note.marker) - 1:
            missing.append(note.marker)  # out of sequence: the neighbours say nothing about where it stood
            continue
        before = [(k, f) for k, f in enumerate(notes[:i]) if f.anchor is not None]
        after = [(k, f) for k, f in enumerate(notes[i + 1:], i + 1) if f.anchor is not None]
        lo = before[-1][1].anchor if before else 0
        hi = after[0][1].anchor if after else body_end
        lo_name = f"footnote {before[-1][1].marker}" if before else "the start"
        hi_name = f"footnote {after[0][1].marker}" if after else "the end of the body"
        inside = _container(spans, lo) if before else None
        anchor = _cited_sentence(text, lo, hi, note.text, spans)
        if anchor is None and inside is not None and after and _container(spans, hi) == inside:
            anchor = lo
        if anchor is None:
            missing.append(note.marker)
            continue
        notes[i] = replace(note, anchor=anchor)
        where = _container(spans, anchor) or "the header"
        warnings.append(f"footnote {note.marker}: marker not found in the body; anchor inferred between "
                        f"{lo_name} and {hi_name} ({where})")
    if missing:
        warnings.append(f"footnote marker(s) {', '.join(missing)} not found in the body")
    return tuple(notes), warnings
