"""Countries and nationalities (``Syrië``, ``Syrische``, ``Syriërs``) -> ISO 3166-1 alpha-3."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from functools import lru_cache

from kamergraaf.extract.gazetteers import _json, _plain_ese, countries, attach_hits, country_index, doc_text

if not Doc.has_extension("kg_countries"):
    Doc.set_extension("kg_countries", default=None)


@dataclass(frozen=True)
class CountryHit:
    start: int
    end: int
    iso3: str
    label: str


_URL_RE = re.compile(r"https?://\S+|www\.\S+")
# a country written against the word before it ("enZwitserland"): the text layer lost the space
_GLUED_RE = re.compile(r"(?<![\w-])(?:en|van|uit|in|naar|met|het|de|een|op|tot|bij|dan|of)(?P<name>[A-Z][a-zà-ÿ]{3,})")

# a capitalised word a country name is run into: "MiddenNederland"
_CAPITAL_BEFORE_RE = re.compile(r"(?<![\w-])(?P<w>[A-Z][a-zà-ÿ]{2,})$")
_GLUE_WORDS = frozenset("en van uit in naar met het de een op tot bij dan of".split())


@lru_cache(maxsize=1)
def _rules() -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    data = _json("countries.json")
    forms = frozenset(f for c in data["countries"] for f in c["names"] + c["adjectives"] + c["people"])
    return frozenset(data["organisation_heads"]), tuple(data["region_prefixes"]), forms


# an English name after a Dutch adjective is described by it, not opened by it: "de Amerikaanse National Institute
# of Standards and Technology"
_ENGLISH_NAME_RE = re.compile(r"(?:[ \t]*\n?[ \t]*[A-Z][\w-]+){1,3}[ \t]*\n?[ \t]*(?:of|for|and|on)[ \t]+(?:the[ \t]+)?[A-Z]")

# a name before the country with a preposition run into it by a lost space ("Geo Barentsdoor Italië"): the
# country follows the name, it does not close it
_GLUED_PREPOSITION_RE = re.compile(r"[A-Z][a-z]{3,}(?:door|naar|voor|over|met|van|uit|bij|tot|aan)")

# the English word of a company's name after a country's name
_COMPANY_AFTER_RE = re.compile(r"[ \t]+(?:Airways|Airlines|Petroleum|Holdings?|Telecom|Investment[ \t]+Authority)\b")
# capitalised words before a country name that make a part of that country, not a proper name
_REGION_WORDS = frozenset({"Caribisch", "Europees", "Heel", "Geheel"})


@lru_cache(maxsize=1)
def _uninflected_adjectives() -> frozenset[str]:
    """Adjectives without their -e ("Nederlands", "Oekraïens", "Russisch"): before the capitalised words of a
    neuter organisation's name they open it ("het Nederlands Jeugdinstituut")."""
    out = {a for c in countries() for a in c["adjectives"] if not a.endswith("e")}
    out |= {a[:-1] for c in countries() for a in c["adjectives"] if a.endswith("ische")}
    return frozenset(out)


@lru_cache(maxsize=1)
def _neuter_heads() -> tuple[str, ...]:
    return tuple(_json("countries.json")["neuter_organisation_heads"])


@lru_cache(maxsize=1)
def _common_capitalised_re() -> re.Pattern[str]:
    """A capitalised word after an adjective that is no proper name: the state itself ("de Nederlandse Staat") or a
    compound opened by the name it is named after ("Italiaanse Dublinzaken", "Belgische Schengengrens")."""
    data = _json("countries.json")
    states = "|".join(map(re.escape, data["state_nouns"]))
    openers = "|".join(map(re.escape, data["eponym_openers"]))
    return re.compile(r"(?:" + states + r")(?![\w-])|(?:" + openers + r")-?[a-z]{4,}(?![\w-])")


def _in_a_name(text: str, start: int, end: int, kind_name: bool) -> bool:
    heads, regions, forms = _rules()
    word = text[start:end]
    after = text[end:end + 40]
    if word in _uninflected_adjectives():
        run = re.match(r"(?:[ \t]*\n?[ \t]*[A-Z][\w-]+){1,3}", after)
        if run and any(w.lower().endswith(_neuter_heads()) for w in run.group().split()):
            return True  # het Nederlands Jeugdinstituut, Koninklijk Nederlands Meteorologisch Instituut
    if word.endswith(("se", "sche")):
        nxt = re.match(r"[ \t]*\n?[ \t]*(?P<w>[\w-]+)", after)
        if nxt and nxt.group("w")[0].isupper() and re.match(r"[A-Z][a-z]", nxt.group("w")) and nxt.group("w") not in forms \
                and not _common_capitalised_re().fullmatch(nxt.group("w")) and not _ENGLISH_NAME_RE.match(after):
            return True  # De Nederlandsche Bank, Nederlandse Zorgautoriteit (but "Turkse Bulgaren" names two countries)
        if nxt and nxt.group("w").lower() in heads:
            return True  # de Nederlandse orde van advocaten
    before = text[max(0, start - 12):start].lower()
    if before.endswith(tuple(r.lower() for r in regions)) \
            or (word == "Nederland" and before.endswith(tuple(r.lower()[:-1] + " " for r in regions))):
        return True  # Noord-Nederland (also "politie midden-Nederland", "Oost Nederland: 49") is a region
    acronym = re.search(r"(?<![\w-])(?P<a>[A-Z]{2,5})[ \t]+$", text[max(0, start - 8):start])
    if word == "Nederland" and acronym and acronym.group("a") not in {"VS", "VK", "EU", "EER", "VN", "BES", "BV"}:
        return True  # "MBK Nederland", "KHN Nederland": an organisation named by its acronym and the country
    if re.search(r"(?<![\w-])[A-Z]{2,}-$", text[max(0, start - 10):start]):
        return True  # "de FIU-Nederland": an acronym's body in the country
    if word == "Amerika" and re.search(r"(?:Latijns|Centraal|Zuid|Noord|Midden)[- \t]$", text[max(0, start - 9):start]):
        return True  # Latijns-Amerika, Centraal-Amerika: the continent's parts, not the United States
    if word == "Nederland" and re.search(r"(?<![\w-])(?!Caribisch)[A-Z][a-z]{3,}-$", text[max(0, start - 16):start]):
        return True  # "het convenant met Energie-Nederland": a sector's national body
    if kind_name:
        prev = re.search(r"(?P<w>[\w-]+)[ \t]+$", text[max(0, start - 40):start])
        before_prev = text[max(0, start - 80):start - len(prev.group()) if prev else start].rstrip()
        if prev and re.fullmatch(r"[A-Z][a-z]+", prev.group("w")) and prev.group("w") not in forms \
                and not _GLUED_PREPOSITION_RE.fullmatch(prev.group("w")) \
                and before_prev and not before_prev.endswith((".", ":", "?", "!", "«", "(", "‘", "“", '"', "•")) \
                and (re.search(r"[A-Z][a-z]+$", before_prev)
                     or (word == "Nederland" and "\n" not in text[start - len(prev.group()) - 2:start]
                         and prev.group("w") not in _REGION_WORDS)):
            # Vereniging Sociale Advocatuur Nederland; "heeft Brandweer Nederland": the national body of a sector
            # is named "<Name> Nederland", also when only one capitalised word opens it in the middle of a sentence
            return True
    return False


_LANG_BEFORE_RE = re.compile(r"\b(?:in|naar|uit|het|Het)[ \t]+(?:het[ \t]+)?$")
_LANG_END_RE = re.compile(r"[ \t]*(?:[.,;:?!)]|$)")
_LANG_VERB_RE = re.compile(r"[ \t]+(?:moet|is|wordt|blijft|was)\b")
_LANG_AND_RE = re.compile(r"[ \t]+(?:en|of)[ \t]+(?:het[ \t]+)?(?P<w>[A-Z][a-zà-ÿ]+)(?![\w-])")


def _a_language(text: str, start: int, end: int) -> bool:
    """The language, not the country (GUIDELINES, decisions): "in het Nederlands.", "naar het Duits en Engels",
    "Nederlands moet weer de norm worden"."""
    after = text[end:end + 40]
    if re.match(r"[ \t]+gebarentaal\b|[ \t]+en[ \t]+\w+[ \t]+gebarentaal\b", after):
        return True  # "tweetalig aangeboden (Nederlands en Nederlandse gebarentaal)": the languages
    if text[start:end] not in _uninflected_adjectives():
        return False
    if _LANG_VERB_RE.match(after):
        return True
    if not _LANG_BEFORE_RE.search(text[max(0, start - 20):start]):
        return False
    both = _LANG_AND_RE.match(after)
    return bool(_LANG_END_RE.match(after) or (both and both.group("w") in _LANGUAGES))


_LANGUAGES = frozenset({"Engels", "Frans", "Duits", "Nederlands", "Spaans", "Arabisch", "Turks", "Papiaments", "Fries"})


# the name after a committee role in a list's header is a person's ("De griffier van de commissie, Israel")
_ROLE_NAME_BEFORE_RE = re.compile(r"(?:[Gg]riffier|[Vv]oorzitter)(?:[ \t]+van[ \t]+de[ \t]+(?:vaste[ \t]+)?commissie)?"
                                  r"[ \t]*,\s*$")


_ACRONYM_BEFORE_RE = re.compile(r"(?<![\w-])([A-Z]{3,6})[ \t]*$")


def _spelled_out_acronym(text: str, pos: int) -> bool:
    """Whether ``pos`` lies in the bracket that spells out the acronym before it, its words' initials being the
    acronym's letters ("NIHB (Nederlanders in het Buitenland)")."""
    open_at, close_at = text.rfind("(", max(0, pos - 80), pos), text.find(")", pos, pos + 80)
    if open_at < 0 or close_at < 0 or ")" in text[open_at:pos] or "\n" in text[open_at:close_at]:
        return False
    acronym = _ACRONYM_BEFORE_RE.search(text, max(0, open_at - 10), open_at)
    words = re.findall(r"[^\W\d_][\w-]*", text[open_at + 1:close_at])
    return acronym is not None and bool(words) and words[0][0].isupper() and acronym.group(1) in (
        "".join(w[0] for w in words).upper(), "".join(w[0] for w in words if w[0].isupper()))


def find_countries(text: str) -> list[CountryHit]:
    urls = [(m.start(), m.end()) for m in _URL_RE.finditer(text)]
    names = _names()
    out = []
    for m in country_index().find(text):
        iso3, label = m.payload
        # part of a web address or a file name: not a mention in the prose (but a sentence a text extraction ran into
        # the one before it is: "... van rassendiscriminatie.Nederland respecteert")
        glued_sentence = text[m.start - 1:m.start] == "." and text[m.start].isupper() and \
            re.search(r"[a-zà-ü]{3}\.$", text[max(0, m.start - 4):m.start]) and re.match(r"\s|$", text[m.end:m.end + 1])
        if m.start > 0 and text[m.start - 1] in "/._@%" and not glued_sentence or any(s <= m.start < e for s, e in urls):
            continue
        if _in_a_name(text, m.start, m.end, text[m.start:m.end] in names) or _a_language(text, m.start, m.end):
            continue
        if _ROLE_NAME_BEFORE_RE.search(text, max(0, m.start - 60), m.start):
            continue  # "Adjunct-griffier van de commissie, Israel": a person's name
        if _spelled_out_acronym(text, m.start):
            continue  # "de organisatie NIHB (Nederlanders in het Buitenland)": an organisation's full name
        glued = _CAPITAL_BEFORE_RE.search(text, max(0, m.start - 30), m.start)
        if glued and glued.group("w").lower() not in _GLUE_WORDS:
            continue  # "ROC MiddenNederland", "ZorginstituutNederland": the closing word of a proper name
        if text[m.start:m.end] in _english_adjectives() and re.match(r"[ \t]+[A-Z][a-z]", text[m.end:m.end + 3]) \
                and not re.match(r"[ \t]+(?:Territor(?:y|ies)|Republic|Government|Authorities|People)\b", text[m.end:m.end + 16]):
            continue  # an English adjective opening a proper name: "Turkish Minute" (not the state's territory or
            # government: "the Occupied Palestinian Territory")
        if _COMPANY_AFTER_RE.match(text, m.end):
            continue  # a company named after its country: "Qatar Airways"
        out.append(CountryHit(m.start, m.end, iso3, label))
    for g in _GLUED_RE.finditer(text):
        hits = country_index().find(g.group("name"))
        if any(h.start < g.end() and g.start("name") < h.end for h in out):
            continue  # the index already split the glued word
        if len(hits) == 1 and hits[0].end - hits[0].start == len(g.group("name")):
            iso3, label = hits[0].payload
            out.append(CountryHit(g.start("name"), g.end(), iso3, label))
    heads = _rules()[0]
    for m in _adjective_glued_re().finditer(text):  # "Nederlandsegedetineerden", "Zuid Afrikaansepresident"
        rest = re.match(r"[a-zà-ÿ]+", text[m.end():]).group()
        if rest in heads or any(h.start < m.end() and m.start() < h.end for h in out) \
                or any(s <= m.start() < e for s, e in urls):
            continue  # "Nederlandseorde": an organisation's name
        c = _adjective_by_form()[re.sub(r"[- ]", "-", m.group("adj"))]
        out.append(CountryHit(m.start(), m.end(), c["iso3"], c["label"]))
    for m in _people_compound_re().finditer(text):  # "Bulgarenfraude": a people noun opening a compound
        word = m.group("people") + re.match(r"[a-z]*", text[m.end("people"):]).group()
        if re.search(r"schap(?:pen)?$", word):
            continue  # "het Nederlanderschap": the nationality, not the people
        if not any(h.start <= m.start() < h.end for h in out) and not any(s <= m.start() < e for s, e in urls):
            c = _people_by_name()[m.group("people")]
            out.append(CountryHit(m.start(), m.end("people"), c["iso3"], c["label"]))
    # "de Afghanistancrisis": a country's name opening a compound; "de spookvloot van Irantegen": a name run into the
    # function word after it by a lost space
    for min_len, after in ((5, _COMPOUND_HEADS + r"(?:s|en)?\b"), (4, _GLUED_FUNCTION_WORDS + r"\b")):
        for m in _name_before_re(min_len, after).finditer(text):
            if not any(h.start <= m.start() < h.end for h in out) and not any(s <= m.start() < e for s, e in urls):
                c = _country_by_name(min_len)[m.group("name")]
                out.append(CountryHit(m.start(), m.end("name"), c["iso3"], c["label"]))
    return sorted(out, key=lambda h: h.start)


# the nouns a country's name opens a compound with ("Afghanistancrisis", "Oekraïnesteun", "Syriëbeleid")
_COMPOUND_HEADS = r"(?:crisis|conflict|oorlog|missie|beleid|steun|hulp|dossier|strategie|fonds|deal|akkoord|top)"


# the function words a text extraction runs a country's name into ("Irantegen", "Marokkoheeft"): not a compound's head
# (not "en": "het Koninkrijk der Nederlanden" is a plural form of the name, no glued word)
_GLUED_FUNCTION_WORDS = r"(?:tegen|van|voor|met|door|zijn|heeft|hebben|wordt|worden|naar|uit|niet|was|werd|te|op|is|in|de|het|een|die|dat|als|bij|over)"


@lru_cache(maxsize=2)
def _country_by_name(min_len: int) -> dict[str, dict]:
    """One-word country names of at least ``min_len`` letters."""
    return {n: c for c in countries() for n in c["names"] if len(n) >= min_len and " " not in n and n[0].isupper()}


@lru_cache(maxsize=2)
def _name_before_re(min_len: int, after: str) -> re.Pattern[str]:
    """Such a name with ``after`` run into it."""
    names = "|".join(sorted((re.escape(n) for n in _country_by_name(min_len)), key=len, reverse=True))
    return re.compile(r"(?<![\w-])(?P<name>" + names + r")(?=" + after + r")")


@lru_cache(maxsize=1)
def _names() -> frozenset[str]:
    return frozenset(f for c in countries() for f in c["names"] + c.get("english", []))


@lru_cache(maxsize=1)
def _english_adjectives() -> frozenset[str]:
    return frozenset(a for c in countries() for a in c.get("english_adjectives", []))


@lru_cache(maxsize=1)
def _people_by_name() -> dict[str, dict]:
    return {p: c for c in countries() for p in c.get("people", [])}


@lru_cache(maxsize=1)
def _adjective_by_form() -> dict[str, dict]:
    # inflected adjectives and the uninflected form of -ese adjectives ("Chineesplastic")
    out = {a: c for c in countries() for a in c["adjectives"] if a.endswith("e")}
    out.update({p: c for c in countries() for p in _plain_ese(c)})
    return out


@lru_cache(maxsize=1)
def _adjective_glued_re() -> re.Pattern[str]:
    """An inflected adjective run into the lower-case noun after it by a lost space; a hyphen of the adjective
    may be printed as a space ("Zuid Afrikaansepresident")."""
    forms = sorted(_adjective_by_form(), key=len, reverse=True)
    names = "|".join(re.escape(a).replace(r"\-", "[- ]") for a in forms)
    return re.compile(r"(?<![\w-])(?P<adj>" + names + r")(?=[a-zà-ÿ]{4,})")


@lru_cache(maxsize=1)
def _people_compound_re() -> re.Pattern[str]:
    names = "|".join(sorted((re.escape(p) for p in _people_by_name()), key=len, reverse=True))
    return re.compile(r"(?<![\w-])(?P<people>" + names + r")(?=[a-z]{4,})")


def outside_agencies(hits: list[CountryHit], agencies) -> list[CountryHit]:
    """Country hits not inside an agency's longer name ("Rijksdienst voor Ondernemend Nederland")."""
    spans = [(a.start, a.end) for a in agencies or ()]
    return [h for h in hits if not any(s <= h.start and h.end <= e and e - s > h.end - h.start for s, e in spans)]


@Language.component("kg_countries", assigns=["doc._.kg_countries", "doc.spans"])
def countries_component(doc: Doc) -> Doc:
    hits = find_countries(doc_text(doc))
    if hits and doc.has_extension("kg_agencies"):
        hits = outside_agencies(hits, doc._.kg_agencies)
    return attach_hits(doc, "kg_countries", hits, lambda h: "COUNTRY", lambda h: h.iso3)
