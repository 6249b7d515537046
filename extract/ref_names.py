"""References by name that the gazetteers do not list (tests/gold/GUIDELINES.md, decisions).

- Abbreviations a document defines: "de Wet politiegegevens (Wpg)", "Regeling aanwijzing consumentenvuurwerk
  (RAC)", "Renewable Energy Directive (RED-III)": later "de Wpg", also glued by a text extraction ("deWpg",
  "Wpgniet"), is the act named before the brackets. ``document_abbreviations`` reads them once per document.
- Acts not in the 2017 BWB list, named with their abbreviation in brackets -> act with the lower-case name.
- A named ACM code decision ("het codebesluit prioriteringsruimte bij transportverzoeken") -> act by name.
- A bill by name without guillemets ("het wetsvoorstel Verbetering beschikbaarheid jeugdzorg") -> bill
  ``wet verbetering beschikbaarheid jeugdzorg``.
- A misprinted code name ("Wetboek van Strafverordening") -> the code meant, when one name is that close.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from functools import lru_cache

from kamergraaf.extract.gazetteers import laws

_ABBR_DEF_RE = re.compile(r"\((?P<abbr>[A-Z][A-Za-z]{1,7}(?:-(?:[IVX]{1,4}|\d))?)\)")
_GENERIC_ACT_RE = re.compile(r"(?<![\w-])(?P<name>(?:Wet|Wetboek|Regeling|Besluit|Verordening)(?:[ ]+[a-zà-ü][\w-]*){1,6})[ ]*$")
_ENGLISH_EU_RE = re.compile(r"(?<![\w-])(?P<name>(?:[A-Z][a-z]+[ ]?){1,4}(?:Directive|Regulation))[ ]*$")
_CODEBESLUIT_RE = re.compile(r"\b(?P<name>codebesluit(?:[ ]+[a-z][\w-]*){1,6})")
_BILL_NAME_RE = re.compile(r"(?:(?<![A-Za-z])|(?<=[Hh]et)|(?<=dit))[Ww]etsvoorstel[ ]?(?P<name>(?:[Ww]et[ ]+)?[A-Z][a-z][\w-]*(?:[ ]+[a-z][\w-]*){1,6})")
_WETBOEK_RE = re.compile(r"\bWetboek[ ]+van[ ]+(?P<w>[A-Z][a-z]+)\b")
# words that end a name read from running text: articles, pronouns, auxiliaries, conjunctions
_STOP = frozenset("""de het een dat die dit deze zal zullen wordt worden werd is zijn was waren heeft hebben kan
kunnen moet moeten en of maar om te in op met als aan uit tot naar ook nog niet wel waarin waarmee waarbij
waarvan dan zo er hier daar al""".split())
_CONNECT = frozenset("bij van voor door inzake op over".split())


@dataclass(frozen=True)
class NamedRef:
    kind: str
    identifier: str
    label: str
    identifiers: tuple[tuple[str, str], ...] = ()


def _fits(abbr: str, name: str) -> bool:
    """An abbreviation fits a name when its letters appear in order in the name, the first one first."""
    letters = re.sub(r"-(?:[IVX]+|\d)$", "", abbr).lower()
    flat = re.sub(r"[^a-z]", "", name.lower())
    if not letters or not flat.startswith(letters[0]):
        return False
    pos = 0
    for ch in letters:
        pos = flat.find(ch, pos)
        if pos < 0:
            return False
        pos += 1
    return True


def _trim(words: list[str]) -> list[str]:
    """The words of a name up to the first stop word or participle; a trailing connector is dropped."""
    out = []
    for w in words:
        bare = w.lower().rstrip(".,;:?!")
        if bare in _STOP or (out and re.fullmatch(r"ge[a-z-]{3,}(?:d|t|en)", bare)):
            break
        out.append(w.rstrip(".,;:?!"))
        if w != w.rstrip(".,;:?!"):
            break
    while out and out[-1].lower() in _CONNECT:
        out.pop()
    return out


def document_abbreviations(text: str, find) -> dict[str, NamedRef]:
    """Abbreviations defined in brackets after a reference's name; ``find`` is the reference finder
    (text -> hits with kind/identifier/label/identifiers/end)."""
    out: dict[str, NamedRef] = {}
    for m in _ABBR_DEF_RE.finditer(text):
        abbr = m.group("abbr")
        if abbr in out:
            continue
        window = text[max(0, m.start() - 160):m.start()]
        tail = window.rstrip()
        hit = next((h for h in reversed(find(tail)) if h.end == len(tail)
                    and h.kind in ("act", "eu-act", "treaty", "bill") and _fits(abbr, h.label)), None)
        if hit is not None:
            out[abbr] = NamedRef(hit.kind, hit.identifier, hit.label, hit.identifiers)
            continue
        g = _GENERIC_ACT_RE.search(window)
        if g and _fits(abbr, g.group("name")):
            name = " ".join(g.group("name").split())
            out[abbr] = NamedRef("act", name.lower(), name)
            continue
        e = _ENGLISH_EU_RE.search(window)
        if e and _fits(abbr, e.group("name")):
            out[abbr] = NamedRef("eu-act", abbr.lower(), abbr)
    return out


def abbreviation_hits(text: str, abbrevs: dict[str, NamedRef]) -> list[tuple[int, int, NamedRef]]:
    out = []
    for abbr, ref in abbrevs.items():
        glue = r"(?![A-Z0-9])" if len(abbr) >= 3 else r"(?![A-Za-z0-9])"
        for m in re.finditer(r"(?<![A-Z0-9])" + re.escape(abbr) + glue, text):
            out.append((m.start(), m.end(), ref))
    return out


def generic_names(text: str) -> list[tuple[int, int, NamedRef]]:
    out = []
    for m in _CODEBESLUIT_RE.finditer(text):
        words = _trim(m.group("name").split()[1:])
        if words:
            name = "codebesluit " + " ".join(words)
            out.append((m.start(), m.start() + len(name), NamedRef("act", name.lower(), name)))
    for m in _BILL_NAME_RE.finditer(text):
        words = _trim(m.group("name").split())
        if len(words) >= 2 or (words and words[0].lower().startswith("wet")):
            name = " ".join(words)
            ident = name.lower() if name.lower().startswith("wet ") else "wet " + name.lower()
            out.append((m.start("name"), m.start("name") + len(name), NamedRef("bill", ident, name)))
    for m in _WETBOEK_RE.finditer(text):
        name = f"wetboek van {m.group('w').lower()}"
        if name in laws() or name in _codes():
            continue
        close = difflib.get_close_matches(name, _codes(), n=2, cutoff=0.85)
        if len(close) == 1:
            ident = laws().get(close[0], close[0])
            out.append((m.start(), m.end(), NamedRef("act", ident, close[0][:1].upper() + close[0][1:])))
    return out


@lru_cache(maxsize=1)
def _codes() -> tuple[str, ...]:
    return tuple(n for n in set(laws()) | {"wetboek van strafrecht", "wetboek van strafvordering"}
                 if n.startswith("wetboek van "))
