"""Text repair of one line or fragment: mojibake, spacing diacritics, Unicode NFC, line-end hyphens.

Every function maps a string to a string; none changes the order of the words.
"""

from __future__ import annotations

import re
import unicodedata

# Spacing diacritics as some PDF fonts emit them after the base letter ("Yes¸ilgöz", "Kostic´") and the
# combining marks they stand for.
SPACING_TO_COMBINING = {
    "\u00b8": "\u0327",  # cedilla
    "\u00b4": "\u0301",  # acute
    "\u02c7": "\u030c",  # caron
    "\u00a8": "\u0308",  # diaeresis
    "\u02db": "\u0328",  # ogonek
    "\u02d8": "\u0306",  # breve
    "\u02dd": "\u030b",  # double acute
    "\u02da": "\u030a",  # ring above
}
_SPACING_RE = re.compile(r"(?<=[A-Za-z])[" + "".join(SPACING_TO_COMBINING) + r"](?=[A-Za-z\s.,;:)\-]|$)")

# Runs that look like UTF-8 read as cp1252/latin-1: a lead byte Ã/Â/â/Å/Ä/Ë followed by a continuation.
_MOJIBAKE_RE = re.compile(r"[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
                          r"\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]+")

_CONTROL_RE = re.compile(r"[\u0000-\u0008\u000b\u000e-\u001f\u007f\u00ad\u200b\ufeff\ufffe]")


def fix_mojibake(text: str) -> str:
    """Repair UTF-8 text that was decoded as cp1252 (``LPâ€™s`` -> ``LP’s``), one suspicious run at a time."""
    if not _MOJIBAKE_RE.search(text):
        return text

    def repair(match: re.Match) -> str:
        run = match.group(0)
        for codec in ("cp1252", "latin-1"):
            try:
                fixed = run.encode(codec).decode("utf-8")
            except (UnicodeEncodeError, UnicodeDecodeError):
                continue
            return fixed
        return run

    return _MOJIBAKE_RE.sub(repair, text)


def fix_diacritics(text: str) -> str:
    """A spacing cedilla/acute/caron after a letter becomes the combining mark, then NFC composes."""
    if any(ch in text for ch in SPACING_TO_COMBINING):
        text = _SPACING_RE.sub(lambda m: SPACING_TO_COMBINING[m.group(0)], text)
    return unicodedata.normalize("NFC", text)


def repair(text: str) -> str:
    """All character-level repairs of a fragment of text."""
    text = _CONTROL_RE.sub("", text)
    text = text.replace("\u00a0", " ").replace("\t", " ")
    return fix_diacritics(fix_mojibake(text))


# ---- hyphens at line ends ---------------------------------------------------------------------

_CONJUNCTION_RE = re.compile(r"^(en|of|tot|en/of|dan wel|als|and|or|to)\b")
_LAST_WORD_RE = re.compile(r"(\S*)-$")
# Lower-case abbreviations that hold a vowel (those without one, such as ggz, btw, pgb, are found by rule).
_ABBREVIATIONS = frozenset("mbo hbo vmbo havo vwo cao aow wia ict azc amv ozb wmo ov oci ikb".split())
_VOWELS = frozenset("aeiouyáéíóúäëïöüàèìòù")


def line_end_hyphen(line: str, next_line: str) -> str:
    """How to join ``line`` (ending in '-') with ``next_line``: 'join' (drop the hyphen, no space),
    'keep' (keep the hyphen, no space), 'space' (keep the hyphen and a space: "Asiel- en") or 'none'."""
    if not line.endswith("-") or not next_line:
        return "none"
    m = _LAST_WORD_RE.search(line)
    fragment = m.group(1) if m else ""
    if not fragment or not fragment[-1].isalpha():
        # "2025-", "asielprocedure/-", " - " (a dash): keep as written
        return "keep" if fragment and fragment[-1] in "/(" else "none"
    if "/" in fragment or "." in fragment or "_" in fragment:
        return "keep"  # a URL or file name broken at one of its own hyphens
    if _CONJUNCTION_RE.match(next_line):
        return "space"
    head = next_line[0]
    if head.isupper() or head.isdigit() or head in "«“‘'\"(":
        return "keep"  # Noord-/Holland, EU-/2024, covid-/«...»
    letters = [c for c in fragment if c.isalpha()]
    if sum(c.isupper() for c in letters) >= 2 or any(c.isdigit() for c in fragment):
        return "keep"  # EU-/minimumstandaarden, COA-/locaties, 2G-/netwerk
    if "-" in fragment[:-1] and fragment.split("-")[-1][:1].isupper():
        return "keep"
    word = fragment.lower()
    if word in _ABBREVIATIONS or (len(word) >= 2 and not _VOWELS.intersection(word)):
        return "keep"  # ggz-/instellingen, btw-/tarief, mbo-/studenten (a syllable always holds a vowel)
    # A capitalised first part is not enough: Neder-/land and Universi-/teit are hyphenated names too.
    return "join"
