"""Agencies: IND, COA, DTenV, ..., the ministries; by abbreviation, full name and compound (``COA-locaties``).

Also reads an answer's ``Bron:`` line: its first agency is the source of the answer's figures, the other
short parts name the source system (``Bron: IND, Metis``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from kamergraaf.extract.gazetteers import (agency_by_key, agency_index, attach_hits, country_index, doc_text,
                                          foreign_country_word)

if not Doc.has_extension("kg_agencies"):
    Doc.set_extension("kg_agencies", default=None)

_EU_COUNCIL_BEFORE = re.compile(r"(?<![\w-])Raad[ \t]+$")
# ... also further on in a list of committees: "De vaste commissies voor Defensie1, voor Economische Zaken2, voor
# Financiën3 en de commissie voor ..."
_COMMITTEE_BEFORE = re.compile(r"commissie\s+(?:voor|van)\s*$|commissies\s+voor\s+(?:[^\n.;:]{1,40}?,\s+(?:en\s+)?voor\s+)*$",
                               re.IGNORECASE)
_INSPECTORATE_BEFORE = re.compile(r"(?<![\w-])Inspectie[ \t]+$")
_BRON_RE = re.compile(r"\bBron(?:nen)?\s*[:;]\s*(?P<rest>[^\n]+)")
_BRON_BRACKET_RE = re.compile(r"\((?:[Bb]ron(?:nen)?)\s*[:;]\s*(?P<rest>[^\n()]+)\)")  # "(bron: OM Jaaroverzicht 2023)"
_NOT_SYSTEM = re.compile(r"afgerond|cijfers|peildatum|peilmoment|zie|www\.|https?:|\d|bewerking|tabel|stand",
                         re.IGNORECASE)


@dataclass(frozen=True)
class AgencyHit:
    start: int
    end: int
    key: str


# a web address or domain name is not a mention ("politie.nl", "www.rijksoverheid.nl/...")
_DOMAIN_AFTER = re.compile(r"\.(?:nl|com|org|eu|int|net|gov)\b|\.[a-z]+/")
# ... but an agency that calls itself by its domain, its abbreviation in capitals and ".nl", is ("RVO.nl verzorgt ...")
_BRAND_NL = re.compile(r"[A-Z]{2,6}\.nl\b(?![./])")
_DOMAIN_BEFORE = re.compile(r"(?:www\.|https?://\S*|[.@]|(?<![A-Z&])/)$")  # "VSG/VNG", "IND/COA": a list, no path
# "politie" opening a lower-case compound ("politiegegevens", "politiekorps"), not "politiek(e)"
_NOT_COMPOUND = re.compile(r"k(?:e|er|ers|ere|st)?\b")


def _foreign(text: str, end: int) -> bool:
    """A ministry of another state: "het Ministerie van Buitenlandse Zaken van Kenia" (see also
    ``_foreign_adjective``)."""
    m = re.match(r"\s+van\s+(?:de\s+|het\s+)?", text[end:end + 12])
    if not m:
        return False
    rest = text[end + m.end():end + m.end() + 40]
    return any(h.start == 0 for h in country_index().find(rest))


_ADJECTIVE_BEFORE = re.compile(r"(?P<adj>[A-Z][\w-]+)\s+(?:(?:[Mm]inisterie|[Mm]inisters?|[Ss]taatssecretaris)\s+van\s+"
                               r"(?:het\s+)?)?$")


def _foreign_adjective(before: str) -> bool:
    """A ministry of another state named with its adjective: "het Oekraïense Ministerie van Buitenlandse Zaken", "de
    Armeense Minister van Buitenlandse Zaken"."""
    m = _ADJECTIVE_BEFORE.search(before)
    return bool(m) and foreign_country_word(m.group("adj"))


# "de Minister voor Volkshuisvesting en Ruimtelijke Ordening", "de Ministers van IenW, voor VRO en van LNV": a
# portfolio that was held by a minister without a ministry of its own before it became one (agencies.json
# `minister_voor`) names that minister after "voor" (GUIDELINES: no key); the title may head a list of
# portfolios ("van X, voor Y en voor Z") of capitalised words. A "voor" repeated in such a list before a real
# ministry ("en voor Landbouw, Natuur en Voedselkwaliteit") still names that ministry.
_VOOR_BEFORE = re.compile(r"\bvoor\s+$")
_MINISTER_LIST_RE = re.compile(r"\b[Mm]inisters?(?P<list>(?:\s+(?:van|voor)\s+(?:[A-Z][\w&-]*|en)(?:,?\s+(?:[A-Z][\w&-]*|en))*,?)*)"
                               r"\s+voor\s+$")


# "Minister De Jonge (": a minister's name and his portfolio in brackets
_NAMED_MINISTER_BEFORE = re.compile(r"\b[Mm]inister\s+[A-Z][^()\n]{1,40}\(\s*$")


@lru_cache(maxsize=32)
def _voor_title_re(portfolio: str) -> re.Pattern[str]:
    return re.compile(r"\b[Mm]inisters?\s+voor\s+" + re.escape(portfolio) + r"\b")


def _minister_voor(text: str, start: int) -> bool:
    before = text[max(0, start - 160):start]
    if not _VOOR_BEFORE.search(before):
        return False
    return bool(_MINISTER_LIST_RE.search(before))


@lru_cache(maxsize=1)
def _lowercase_patterns() -> tuple[tuple[str, str, re.Pattern], ...]:
    """A lower-case name opening a compound ("politiegegevens"), or glued to the article before it by a text
    extraction ("depolitie")."""
    out = []
    for a in agency_by_key().values():
        for name in a["lowercase_names"]:
            glued = r"(?:(?<=\bde)|(?<=\bhet)|(?<=\bder))" + re.escape(name) + r"(?![a-z])"
            out.append((name, a["key"], re.compile(r"(?<![A-Za-z])" + re.escape(name) + r"(?=[a-z]{3,})|" + glued)))
    return tuple(out)


def _compounds(text: str) -> list[AgencyHit]:
    out = []
    for name, key, pattern in _lowercase_patterns():
        if name not in text:
            continue
        for m in pattern.finditer(text):
            if _NOT_COMPOUND.match(text, m.end()) or re.search(r"\bWet\s+$", text[max(0, m.start() - 8):m.start()]):
                continue  # "politiek"; inside an act's name ("Wet politiegegevens")
            out.append(AgencyHit(m.start(), m.end(), key))
    pattern, keys = _one_word_ministries()
    for m in pattern.finditer(text):  # "Defensielocaties", "Defensiebegroting"
        out.append(AgencyHit(m.start(), m.end(), keys[m.group()]))
    for m in _LOWER_DEFENCE_RE.finditer(text):
        if not (_foreign_adjective(text[max(0, m.start() - 40):m.start()])
                or re.search(r"(?:Europese|EU-|NAVO-|[Nn]ationale)\s*$", text[max(0, m.start() - 12):m.start()])):
            out.append(AgencyHit(m.start(), m.start() + len("defensie"), "Def"))
    return out


# the ministry as an organisation in lower case: "onderuitputting bij defensie", "de defensiebegroting",
# "defensiebreed", "de defensieonderdelen"; not defence as a sector ("2% aan defensie", "defensie-industrie")
_LOWER_DEFENCE_RE = re.compile(r"(?:(?<=\bbij[ ])|(?<=\bbinnen[ ])|(?<=\bbezuinigingen[ ]op[ ])|(?<=\bbezuiniging[ ]op[ ])"
                               r"|(?<=\bbezuinigen[ ]op[ ]))defensie(?![\w-])|(?<![\w-])defensie(?=(?:begroting|onderde[e]?l|breed|"
                               r"organisatie|top|medewerker|personeel)[a-z]*\b)")  # (not "de defensielocaties": places, tenth round)


@lru_cache(maxsize=1)
def _one_word_ministries() -> tuple[re.Pattern, dict[str, str]]:
    """A ministry with a one-word name opening a compound with a lower-case noun names that ministry, as a
    compound names an agency (GUIDELINES: ``COA-locaties``)."""
    keys = {n: a["key"] for a in agency_by_key().values() if a["ministry"] for n in a["names"] if " " not in n}
    alts = "|".join(re.escape(n) for n in sorted(keys, key=len, reverse=True))
    return re.compile(r"(?<![\w-])(?:" + alts + r")(?=[a-z]{3,})"), keys


# a footnote marker a text export ran into the word before it ("de hele Belastingdienst2 en"): blanked for the
# name search (same length, so offsets stay), only after a lower-case letter and before a space or punctuation
_GLUED_MARKER_RE = re.compile(r"(?<=[a-zà-ü])\d{1,2}(?=[\s.,;:)]|$)")


@lru_cache(maxsize=1)
def _lowercase_portfolio_re() -> re.Pattern:
    """A ministry printed in lower case after a lower-case title, as web pages print a respondent's portfolio:
    "(minister sociale zaken en werkgelegenheid)", "(staatssecretaris justitie en veiligheid)"."""
    names = sorted((n.lower(), a["key"]) for a in agency_by_key().values() if a["ministry"] for n in a["names"])
    alts = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n, _ in sorted(names, key=lambda x: -len(x[0])))
    return re.compile(r"\b(?:minister|staatssecretaris|ministerie)(?:\s+zonder\s+portefeuille)?(?:\s+(?:van|voor))?\s+(?P<name>"
                      + alts + r")(?![\wà-ü])")


@lru_cache(maxsize=1)
def _mixed_case_portfolio_re() -> re.Pattern:
    """A ministry whose later words a text prints in lower case after its title and "van": "de Minister van Asiel
    en migratie", "het Ministerie van Volksgezondheid, welzijn en sport"."""
    names = sorted({n.lower() for a in agency_by_key().values() if a["ministry"] for n in a["names"]}, key=len, reverse=True)
    alts = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names)
    return re.compile(r"\b(?:[Mm]inisters?|[Mm]inisteries?|[Ss]taatssecretaris(?:sen)?)\s+van\s+(?P<name>(?i:" + alts
                      + r"))(?![\wà-ü])")


def _portfolios(text: str) -> list[AgencyHit]:
    lookup = {n.lower(): a["key"] for a in agency_by_key().values() if a["ministry"] for n in a["names"]}
    out = [AgencyHit(m.start("name"), m.end("name"), lookup[" ".join(m.group("name").split())])
           for m in _lowercase_portfolio_re().finditer(text)]
    out += [AgencyHit(m.start("name"), m.end("name"), lookup[" ".join(m.group("name").lower().split())])
            for m in _mixed_case_portfolio_re().finditer(text)
            if not any(o.start == m.start("name") for o in out) and not _foreign(text, m.end("name"))
            and not _foreign_adjective(text[max(0, m.start() - 40):m.start()])]
    return out


def find_agencies(text: str) -> list[AgencyHit]:
    """Every agency mention in ``text`` (offsets into ``text``)."""
    out = []
    if _GLUED_MARKER_RE.search(text):
        text = _GLUED_MARKER_RE.sub(lambda m: " " * len(m.group()), text)
    for m in agency_index().find(text):
        key = m.payload
        before = text[max(0, m.start - 40):m.start]
        if agency_by_key()[key]["ministry"] and _EU_COUNCIL_BEFORE.search(before):
            continue  # "de Raad Buitenlandse Zaken": a configuration of the Council of the EU, not the ministry
        if agency_by_key()[key]["ministry"] and _COMMITTEE_BEFORE.search(text, max(0, m.start - 120), m.start):
            continue
        if agency_by_key()[key]["ministry"] and _INSPECTORATE_BEFORE.search(before) and " " in text[m.start:m.end]:
            continue  # "de Inspectie Justitie en Veiligheid": an inspectorate named in full (but "Inspectie SZW" counts)
        if key == "EC" and re.match(r"[ \t]+voor[ \t]+(?:Sociale|Democratie)\b", text[m.end:m.end + 20]):
            continue  # "het Europees Comité / de Europese Commissie voor Sociale Rechten": a Council of Europe body
        if key == "EZ" and re.search(r"Financieel[- ]$", before):
            continue  # "directie Financieel-Economische Zaken": every ministry's finance directorate, not EZ
        if (_DOMAIN_AFTER.match(text, m.end) and not _BRAND_NL.match(text, m.start)) or _DOMAIN_BEFORE.search(before):
            continue
        if agency_by_key()[key]["ministry"] and (_foreign(text, m.end) or _foreign_adjective(before)):
            continue
        if agency_by_key()[key].get("minister_voor") and (
                _minister_voor(text, m.start) or (_NAMED_MINISTER_BEFORE.search(before)
                                                  and _voor_title_re(text[m.start:m.end]).search(text))):
            continue  # also "Antwoord van Minister De Jonge (Volkshuisvesting ...)" where the text calls him "Minister voor"
        out.append(AgencyHit(m.start, m.end, key))
    out += _compounds(text)
    out += [h for h in _capitals(text) if not any(o.start < h.end and h.start < o.end for o in out)]
    out += [h for h in _portfolios(text) if not any(o.start < h.end and h.start < o.end for o in out)]
    out += [h for h in _title_names(text) if not any(o.start < h.end and h.start < o.end for o in out)]
    return sorted((h for h in out if not (h.key == "Politie" and _foreign_police(text, h.start))), key=lambda h: h.start)


def _foreign_police(text: str, start: int) -> bool:
    """The police of another state: the sentence names another country before "de politie" and not the
    Netherlands ("Het Nigeriaanse bestuursstelsel, in het bijzonder het leger, de politie en ...")."""
    head = re.split(r"[.?!:;\n]", text[max(0, start - 160):start])[-1]
    found = country_index().find(head)
    return any(h.payload[0] != "NLD" for h in found) and not any(h.payload[0] == "NLD" for h in found)


# "BRIEF VAN DE MINISTER VAN SOCIALE ZAKEN EN WERKGELEGENHEID": a Kamerstuk's heading in capitals
_CAPS_TITLE_RE = re.compile(r"\b(?:MINISTER|MINISTERS|MINISTERIE|STAATSSECRETARIS|STAATSSECRETARISSEN)[ \t]+VAN[ \t]+"
                            r"(?P<name>[A-Z][A-Z,' \t-]*[A-Z])")
_LOWER_WORDS = frozenset({"EN", "VAN", "VOOR", "DE", "HET"})


def _capitals(text: str) -> list[AgencyHit]:
    """A ministry named in capitals after the title: read in title case (the same length, so the same offsets)."""
    out = []
    for m in _CAPS_TITLE_RE.finditer(text):
        name = re.sub(r"[A-Z]+", lambda w: w.group().lower() if w.group() in _LOWER_WORDS else w.group().capitalize(),
                      m.group("name"))
        for h in agency_index().find(name):
            if h.start == 0 and agency_by_key()[h.payload]["ministry"]:
                out.append(AgencyHit(m.start("name") + h.start, m.start("name") + h.end, h.payload))
    return out


@lru_cache(maxsize=1)
def _title_names_re() -> tuple[re.Pattern, dict[str, str]]:
    lookup = {n: a["key"] for a in agency_by_key().values() for n in a.get("title_names", ())}
    alts = "|".join(re.escape(n) for n in sorted(lookup, key=len, reverse=True))
    # ("de Ministeries van Justitie en BZK": another ministry's abbreviation may follow, not a name's next word)
    return re.compile(r"\b(?:[Mm]inisters?|[Mm]inisteries?|[Ss]taatssecretaris(?:sen)?)\s+van\s+(?P<name>" + alts
                      + r")(?![\w-])(?!\s+(?:en|,)\s*[A-Z](?![A-Z]{1,4}\b))"), lookup


def _title_names(text: str) -> list[AgencyHit]:
    """"de Minister van Sociale Zaken", "het Ministerie van Justitie": a ministry cited by the first words of
    its name right after the title (agencies.json ``title_names``); not a ministry of another state."""
    pattern, lookup = _title_names_re()
    return [AgencyHit(m.start("name"), m.end("name"), lookup[m.group("name")]) for m in pattern.finditer(text)
            if not _foreign(text, m.end("name"))]


@dataclass(frozen=True)
class BronLine:
    start: int
    end: int
    sources: tuple[str, ...]
    systems: tuple[str, ...]


def find_bron(text: str) -> BronLine | None:
    """The ``Bron:`` line of an answer: agencies named there and the source systems."""
    m = _BRON_RE.search(text)
    if not m:
        return None
    rest_start = m.start("rest")
    rest = m.group("rest")
    hits = find_agencies(rest)
    sources = tuple(dict.fromkeys(h.key for h in hits))
    systems = []
    for part in re.split(r"[,.;()]", rest):
        p = part.strip()
        if not p or len(p.split()) > 3 or _NOT_SYSTEM.search(p) or not p[0].isupper():
            continue
        if any(h.start < rest.find(p) + len(p) and rest.find(p) < h.end for h in hits):
            continue
        systems.append(p)
    return BronLine(m.start(), rest_start + len(rest), sources, tuple(systems))


def bracket_source(sentence: str) -> str | None:
    """The one agency a sentence names as its source in brackets: "... behaald (bron: OM Jaaroverzicht 2023)"."""
    m = _BRON_BRACKET_RE.search(sentence)
    keys = list(dict.fromkeys(h.key for h in find_agencies(m.group("rest")))) if m else []
    return keys[0] if len(keys) == 1 else None


@Language.component("kg_agencies", assigns=["doc._.kg_agencies", "doc.spans"])
def agencies_component(doc: Doc) -> Doc:
    return attach_hits(doc, "kg_agencies", find_agencies(doc_text(doc)), lambda h: "AGENCY", lambda h: h.key)
