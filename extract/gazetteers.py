"""Gazetteers (data files in extract/data, sources in extract/data/SOURCES.md) and a phrase index over them.

The index matches whole tokens (``\\w+`` runs and single punctuation marks), longest phrase first, on a
folded form (lower case, accents dropped) and optionally checks the exact spelling. Matching on tokens
keeps word boundaries while still finding ``COA`` in ``COA-locaties``.
"""

from __future__ import annotations

import csv
import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from typing import Any

# Words that a text extraction glued together are split where the case changes: "vanBinnenlandse",
# "hetIMG", "VWSmomenteel", "VerenigdKoninkrijk"; mixed-case abbreviations ("PvdA", "JenV", "DTenV") stay whole.
_TOKEN_RE = re.compile(r"[a-z]+(?=[A-Z])|[A-Z]{2,}(?=[a-z]{3,})|[A-Z][a-z]{2,}(?=[A-Z][a-z]{2,})|\w+|[^\w\s]")


@lru_cache(maxsize=65536)
def fold(token: str) -> str:
    """Lower case without accents, typographic apostrophes as plain ones: ``Financiën`` -> ``financien``,
    ``’`` -> ``'`` ("Besluit veiligheidsregio’s" is the listed "besluit veiligheidsregio's")."""
    decomposed = unicodedata.normalize("NFKD", token.casefold().replace("’", "'").replace("‘", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def tokens(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(text)]


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    payload: Any


@dataclass
class PhraseIndex:
    """Longest-match phrase lookup over folded tokens."""

    entries: dict[tuple[str, ...], list[tuple[tuple[str, ...] | None, Any]]] = field(default_factory=dict)
    max_len: dict[str, int] = field(default_factory=dict)
    skip: frozenset[str] = frozenset()  # tokens a phrase may hold in the text but not in the list (commas)

    def key(self, phrase: str) -> tuple[str, ...]:
        return tuple(fold(t) for t, _, _ in tokens(phrase) if t not in self.skip)

    def add(self, phrase: str, payload: Any, case_sensitive: bool = False) -> None:
        toks = tuple(t for t, _, _ in tokens(phrase) if t not in self.skip)
        if not toks:
            return
        key = tuple(fold(t) for t in toks)
        self.entries.setdefault(key, []).append((toks if case_sensitive else None, payload))
        self.max_len[key[0]] = max(self.max_len.get(key[0], 0), len(key))

    def find(self, text: str) -> list[Match]:
        out = self._find(text)
        if _BROKEN_RE.search(text):
            out = _with_broken_words(out, self._find(_BROKEN_RE.sub("\x00", text).replace("\x00", "")), text)
        return out

    def _find(self, text: str) -> list[Match]:
        toks = [t for t in tokens(text) if t[0] not in self.skip] if self.skip else tokens(text)
        folded = [fold(t) for t, _, _ in toks]
        out: list[Match] = []
        i = 0
        while i < len(toks):
            longest = self.max_len.get(folded[i], 0)
            if not longest and (marked := _MARKED_RE.fullmatch(toks[i][0])) and fold(marked.group(1)) in self.max_len:
                longest = 1  # a one-word name with a footnote marker run into it
            hit = None
            for n in range(min(longest, len(toks) - i), 0, -1):
                cands = self.entries.get(tuple(folded[i:i + n]))
                glued = None
                if not cands and n >= 2:  # the last word run into a function word ("Buitenlandse Zakenheeft")
                    glued = _glued_function_word(toks[i + n - 1][0])
                    cands = self.entries.get(tuple(folded[i:i + n - 1]) + (fold(glued),)) if glued else None
                if not cands and (marked := _MARKED_RE.fullmatch(toks[i + n - 1][0])):
                    # the last word with a footnote marker run into it ("de (EU) Visumcode1")
                    glued = marked.group(1)
                    cands = self.entries.get(tuple(folded[i:i + n - 1]) + (fold(glued),))
                if not cands:
                    continue
                if glued:
                    for spelling, payload in cands:
                        if spelling is None or spelling == tuple(t for t, _, _ in toks[i:i + n - 1]) + (glued,):
                            hit = (n, payload, toks[i + n - 1][1] + len(glued))
                            break
                    if hit:
                        break
                    continue
                exact = tuple(t for t, _, _ in toks[i:i + n])
                for spelling, payload in cands:
                    if spelling is None or spelling == exact:
                        hit = (n, payload, toks[i + n - 1][2])
                        break
                if hit:
                    break
            if hit:
                n, payload, end = hit
                out.append(Match(toks[i][1], end, payload))
                i += n
            else:
                i += 1
        return out


_MARKED_RE = re.compile(r"([^\W\d_]{5,})[1-9]\d?(?:is|en|de|het|van|in|op|met|dat|die|te|tot|voor|bij|als|aan|uit|om)?")
# (... also with the next word run into the marker: "op grond van de Visumcode1is 90 dagen")
# function words a text extraction runs into the word before them ("Buitenlandse Zakenen", "Zakenheeft")
_GLUED_FUNCTION_RE = re.compile(r"(?P<word>[A-Z][a-zà-ü]{3,}?)(?:en|heeft|hebben|is|zijn|was|had|het|de|van|in|op|met|"
                                r"dat|die|wordt|worden|werd|kan|zal|ook|niet|om|te|tot|voor|bij|als|aan|uit|over|naar|door)")


@lru_cache(maxsize=65536)
def _glued_function_word(token: str) -> str | None:
    """The word before a glued function word, when the token is one (only tried as the last word of a phrase)."""
    m = _GLUED_FUNCTION_RE.fullmatch(token)
    return m.group("word") if m else None


def doc_text(doc) -> str:
    """The text of a spaCy Doc, cached in user_data (``Doc.text`` rebuilds it from the tokens on each access)."""
    text = doc.user_data.get("kg_text")
    if text is None:
        text = doc.user_data["kg_text"] = doc.text
    return text


def attach_hits(doc, name: str, hits, label, kb_id):
    """Store a component's hits on the Doc (``doc._.<name>``) and as spans in ``doc.spans[name]``; ``label`` and
    ``kb_id`` give each hit's span label and knowledge-base id. Hits that cross token edges expand to them."""
    setattr(doc._, name, hits)
    spans = []
    for h in hits:
        span = doc.char_span(h.start, h.end, label=label(h), kb_id=kb_id(h), alignment_mode="expand")
        if span is not None:
            spans.append(span)
    doc.spans[name] = spans
    return doc


def _data(name: str):
    return files("kamergraaf.extract.data").joinpath(name)


def _json(name: str) -> Any:
    return json.loads(_data(name).read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def agencies() -> list[dict]:
    return _json("agencies.json")["agencies"]


@lru_cache(maxsize=1)
def agency_by_key() -> dict[str, dict]:
    return {a["key"]: a for a in agencies()}


def _glued_en(name: str) -> list[str]:
    """A name with the word before an inner "en" run into it by a lost space: "Klimaaten Groene Groei"."""
    words = name.split()
    return [" ".join(words[:i - 1] + [words[i - 1] + "en"] + words[i + 1:])
            for i in range(1, len(words) - 1) if words[i] == "en" and words[i - 1][-1:].isalpha()]


@lru_cache(maxsize=1)
def agency_index() -> PhraseIndex:
    idx = PhraseIndex()
    for a in agencies():
        for abbr in a["abbreviations"]:
            idx.add(abbr, a["key"], case_sensitive=True)
        for name in a["names"]:
            single = len(name.split()) == 1
            idx.add(name, a["key"], case_sensitive=a["ministry"] or single)
            for glued in _glued_en(name):
                idx.add(glued, a["key"], case_sensitive=a["ministry"] or single)
        for name in a["lowercase_names"]:
            idx.add(name, a["key"], case_sensitive=False)
    return idx


@lru_cache(maxsize=1)
def laws() -> dict[str, str]:
    """Folded act name -> BWB id, from laws.csv (trimmed from bwb-regelingen-2017.csv)."""
    with _data("laws.csv").open(encoding="utf-8") as f:
        return {row["name"]: row["bwb_id"] for row in csv.DictReader(f)}


@lru_cache(maxsize=1)
def named_act_ids() -> dict[str, str]:
    """Folded name -> BWB id of the acts named_references.json lists with an id read in a public source (acts
    enacted after the 2017 list, and codes the list holds only under their enacting act's date)."""
    return {" ".join(n.lower().split()): ref["bwb"] for ref in _json("named_references.json")["references"]
            if ref["kind"] == "act" and ref.get("bwb") for n in ref["names"]}


@lru_cache(maxsize=1)
def later_act_ids() -> frozenset[str]:
    """The BWB ids of acts enacted after the 2017 list (named_references.json ``after_list``)."""
    return frozenset(ref["bwb"] for ref in _json("named_references.json")["references"] if ref.get("after_list"))


def act_identifier(name: str) -> str:
    """The identifier of an act by its folded name: its BWB id where one is known, else the name."""
    return laws().get(name) or named_act_ids().get(name) or name


@lru_cache(maxsize=1)
def law_soort() -> dict[str, str]:
    with _data("laws.csv").open(encoding="utf-8") as f:
        return {row["bwb_id"]: row["soort"] for row in csv.DictReader(f)}


# A word broken by a line-end hyphen whose line break a text extraction lost: "Economi-sche Zaken", "Neder-land"
_BROKEN_RE = re.compile(r"(?<=[a-zà-ÿ])-(?=[a-zà-ÿ])")


def _with_broken_words(found: list[Match], joined: list[Match], text: str) -> list[Match]:
    """Add the matches of the text with broken words joined that span a joint (offsets mapped back)."""
    cuts = [m.start() for m in _BROKEN_RE.finditer(text)]
    def back(pos: int, end: bool) -> int:  # offset in the joined text -> offset in ``text``
        shift = 0
        for k, c in enumerate(cuts):
            if c - k < pos or (c - k == pos and not end):
                shift = k + 1
            else:
                break
        return pos + shift

    out = list(found)
    for m in joined:
        s, e = back(m.start, False), back(m.end, True)
        if "-" in text[s:e] and not any(f.start < e and s < f.end for f in found):
            out.append(Match(s, e, m.payload))
    return sorted(out, key=lambda m: m.start)


_ONE_WORD_ACT_RE = re.compile(r"[a-z]{3,}wet")
# "Wet op het financieel toezicht" is also written "Wet financieel toezicht"
_FUNCTION_WORDS_RE = re.compile(r"^(wet) (?:op|inzake) (?:het|de) ")


def _short_variants(table: dict[str, str]) -> dict[str, str]:
    """Act names without the function words after "wet" -> the listed name, when that short form is no name of
    its own and stands for one act only."""
    out: dict[str, list[str]] = {}
    for name in table:
        short = _FUNCTION_WORDS_RE.sub(r"\1 ", name)
        if short != name and short not in table:
            out.setdefault(short, []).append(name)
    return {short: names[0] for short, names in out.items() if len(names) == 1}


# stems whose act has a version enacted after the 2017 list: the bare name may mean either
_LATER_VERSIONS = frozenset({"comptabiliteitswet"})  # the Comptabiliteitswet 2016, in force since 2018


def _without_year(table: dict[str, str]) -> dict[str, str]:
    """Act names cited without their year ("Leerplichtwet" for the Leerplichtwet 1969) -> the listed name, when
    the name without its year is no name of its own and stands for one act only (as GUIDELINES.md decides for
    the tax acts)."""
    out: dict[str, list[str]] = {}
    for name in table:
        m = re.fullmatch(r"(?P<stem>.+?) (?:19|20)\d{2}", name)
        if m and m.group("stem") not in table and re.search(r"wet|wetboek|besluit", m.group("stem")) \
                and m.group("stem") not in _LATER_VERSIONS:
            out.setdefault(m.group("stem"), []).append(name)
    return {stem: names[0] for stem, names in out.items() if len(names) == 1}


# "Regeling selectie, plaatsing en overplaatsing van gedetineerden" is also written without its last "van"
_LAST_VAN_RE = re.compile(r"^(?P<head>(?:regeling|besluit|wet) (?:[a-z-]+ )*[a-z-]+) van (?P<tail>[a-z-]{6,})$")


def _without_van(table: dict[str, str]) -> dict[str, str]:
    """Names of four or more words whose last word follows "van" -> the name without that "van", when the short
    form is no name of its own and stands for one act only."""
    out: dict[str, list[str]] = {}
    for name in table:
        m = _LAST_VAN_RE.match(name)
        if m and not re.search(r"\d", name):
            short = f"{m.group('head')} {m.group('tail')}"
            if short not in table:
                out.setdefault(short, []).append(name)
    return {short: names[0] for short, names in out.items() if len(names) == 1}


@dataclass(frozen=True)
class RefEntry:
    kind: str
    identifier: str
    label: str
    identifiers: tuple[tuple[str, str], ...] = ()
    needs_capital: bool = False  # gazetteer names: only when written with a capital (``de Woningwet``)


@lru_cache(maxsize=1)
def reference_index() -> PhraseIndex:
    """Acts (gazetteer names and aliases), bills, named EU acts, treaties."""
    idx = PhraseIndex(skip=frozenset({","}))  # the list drops the commas of a name ("selectie, plaatsing")
    table = laws()
    soort = law_soort()
    for name, bwb in table.items():
        label = name[:1].upper() + name[1:]
        if soort.get(bwb) == "verdrag":
            idx.add(name, RefEntry("treaty", name, label, (("bwb", bwb),), True))
        else:
            # a one-word act name ("arbeidstijdenwet") is the act also in lower case; longer names need a capital
            idx.add(name, RefEntry("act", bwb, label, (), not _ONE_WORD_ACT_RE.fullmatch(name)))
    for stem in sorted(_LATER_VERSIONS - table.keys()):
        # the bare name of an act with a later version is also an act in lower case ("de comptabiliteitswet");
        # references.dated_versions picks the version by the document's year
        if _ONE_WORD_ACT_RE.fullmatch(stem):
            idx.add(stem, RefEntry("act", stem, stem[:1].upper() + stem[1:]))
    for variant, name in (_without_year(table) | _short_variants(table) | _without_van(table)).items():
        idx.add(variant, RefEntry("act", table[name], name[:1].upper() + name[1:], (), True))
    with _data("law_aliases.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            bwb = table.get(row["name"])
            if bwb:
                label = row["name"][:1].upper() + row["name"][1:]
                idx.add(row["alias"], RefEntry("act", bwb, label), case_sensitive=row["case_sensitive"] == "1")
    listed = set(idx.entries)
    for ref in _json("named_references.json")["references"]:
        ids = tuple((k, ref[k]) for k in ("celex", "eli", "bwb") if ref.get(k))
        entry = RefEntry(ref["kind"], ref["identifier"], ref["label"], ids)
        for name in ref["names"]:
            key = idx.key(name)
            if key in listed:  # a curated name ("Verdrag betreffende de werking van de Europese Unie" is the VWEU)
                del idx.entries[key]  # replaces the list's entry for the same words
                listed.discard(key)
            idx.add(name, entry, case_sensitive=ref["case_sensitive"])
    return idx


@lru_cache(maxsize=1)
def countries() -> list[dict]:
    return _json("countries.json")["countries"]


def _plain_ese(country: dict) -> list[str]:
    """The uninflected form of an -ese adjective: "Chinese" -> "Chinees" ("Chinees plastic")."""
    return [a[:-2] + "es" for a in country["adjectives"] if a.endswith("ese")]


@lru_cache(maxsize=1)
def country_index() -> PhraseIndex:
    idx = PhraseIndex()
    for c in countries():
        # the uninflected form of an -ische adjective counts too ("op Russisch grondgebied")
        plain = [a[:-1] for a in c["adjectives"] if a.endswith("ische")] + _plain_ese(c)
        for form in c["names"] + c["adjectives"] + plain + c["people"] + c.get("english", []) + c.get("english_adjectives", []):
            idx.add(form, (c["iso3"], c["label"]), case_sensitive=True)
        # a Dutch form printed without its diaeresis or accent ("Oekrainers", "Italie", "Curacao")
        for form in c["names"] + c["adjectives"] + c["people"]:
            bare = _without_accents(form)
            if bare != form and bare not in _BARE_NOT_A_COUNTRY:
                idx.add(bare, (c["iso3"], c["label"]), case_sensitive=True)
    return idx


def foreign_country_word(word: str) -> bool:
    """Whether ``word`` is, as a whole, the name, adjective or people of one country other than the Netherlands
    ("Oekraïense", "Indonesische")."""
    hits = country_index().find(word)
    return len(hits) == 1 and hits[0].end - hits[0].start == len(word) and hits[0].payload[0] != "NLD"


# unaccented spellings that are also a word or a first name
_BARE_NOT_A_COUNTRY = frozenset({"Reunion", "Georgie"})


def _without_accents(form: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", form) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def figure_rules() -> dict:
    return _json("figure_rules.json")


@lru_cache(maxsize=1)
def answer_kind_rules() -> dict:
    return _json("answer_kinds.json")


@lru_cache(maxsize=1)
def persons() -> list[dict]:
    return _json("persons.json")["persons"]
