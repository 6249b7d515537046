"""People of the header (askers with party, respondent with portfolio, chair, clerk), linked to the person
gazetteer (Tweede Kamer id, Wikidata) only when exactly one person matches."""

from __future__ import annotations

import re
from functools import lru_cache

from kamergraaf.extract.gazetteers import fold, persons
from kamergraaf.extract.model import Person


def _full_surname(p: dict) -> str:
    return fold(" ".join(x for x in (p["surname_prefix"], p["surname"]) if x))


@lru_cache(maxsize=1)
def _by_surname() -> dict[str, list[dict]]:
    table: dict[str, list[dict]] = {}
    for p in persons():
        table.setdefault(_full_surname(p), []).append(p)
    return table


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-")


def link(person: Person) -> dict | None:
    """The gazetteer entry of ``person`` when the name matches exactly one person (respondents: one
    government member), else None."""
    name = re.sub(r"^(?:[A-Z]\.)+\s*", "", person.name.strip())  # drop initials
    if not name:
        return None
    cands = _by_surname().get(fold(name), [])
    if person.role == "respondent":
        members = [c for c in cands if c["government_member"]]
        cands = members or cands
    return cands[0] if len(cands) == 1 else None


def identifiers(entry: dict | None) -> tuple[tuple[str, str], ...]:
    if not entry:
        return ()
    out = []
    if entry.get("tk_id"):
        out.append(("tk", entry["tk_id"]))
    if entry.get("wikidata_id"):
        out.append(("wikidata", entry["wikidata_id"]))
    return tuple(out)


def locate(text: str, name: str, limit: int) -> tuple[int, int] | None:
    """Where ``name`` is written in the header part of the text (first occurrence), as offsets."""
    if not name.strip():
        return None
    pattern = r"\s+".join(map(re.escape, name.split()))
    m = re.search(r"\b" + pattern + r"\b", text[:limit]) or re.search(r"\b" + pattern + r"\b", text)
    return (m.start(), m.end()) if m else None
