"""Legislation and parliamentary references, each resolved to an identifier.

Kamerstukken -> ``kst-{dossier}[-{toevoeging}]-{nr}``; Aanhangsel -> ``ah-tk-{vergaderjaar}-{nr}``; Dutch acts
by name -> BWB id (laws.csv); articles -> ``{law}/artikel/{nr}``; bills, treaties, case law by name; EU acts
by number -> CELEX and ELI, by name -> named_references.json.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from kamergraaf.extract.gazetteers import (RefEntry, _json, attach_hits, doc_text, foreign_country_word, later_act_ids,
                                          laws, reference_index)
from kamergraaf.extract.numbers import MONTH_ALT
from kamergraaf.extract.ref_forms import amendment_bills, form_names
from kamergraaf.extract.ref_names import NOT_A_REFERENCE, abbreviation_hits, bill_ident, generic_names

if not Doc.has_extension("kg_references"):
    Doc.set_extension("kg_references", default=None)


@dataclass(frozen=True)
class RefHit:
    start: int
    end: int
    kind: str
    identifier: str
    label: str
    identifiers: tuple[tuple[str, str], ...] = ()


_S = r"[ \t]*\n?[ \t]*"  # a space that may hold one line break
_DOSSIER = r"(?P<dossier>\d{2}[ \u00a0.]?\d{3})"  # (also "19.637", a thousands point)
# a toevoeging: a budget chapter ("XV", "IIB", "IXA") or a letter ("A"), not the first letter of a word ("Nr.")
_TOEV_WORD = r"I[IX][AB]|[IVXL]{1,6}(?![a-z])|[A-Z](?![a-z])"
_TOEV = r"(?:[ \u00a0-]+(?P<toev>" + _TOEV_WORD + r"|0\d|\d{2}(?=,|[ \u00a0]*nrs?\.)))?"
_MONTH = r"(?:" + MONTH_ALT + r")"
# a further number of the list, not the day of a date that follows the citation ("nr. 1031, 5 november 2024")
_NRS = r"(?:,?" + _S + r"(?P<nrs>(?:[Nn]rs?\.?|nummers?)" + _S + r"\d+(?:(?:,|" + _S + r"en(?:" + _S + r"nrs?\.?)?|" + _S + r"t/m|(?<=\d)[–-](?=\d)|,?" + _S + r"nrs?\.?)" + _S + r"\d+(?!\d)(?!" + _S + _MONTH + r")(?![ \u00a0]\d{3}(?!\d)))*))?"
_KST_RES = (
    re.compile(r"(?<![A-Za-z])(?:[Kk]amer-?" + _S + r"stuk(?:-?" + _S + r"ken)?|TK|[Kk]amerstukken" + _S + r"[Il]{1,2})(?:" + _S + r"(?:I{1,2}|l{1,2}|EK|TK))?,?(?:" + _S
               + r"(?:vergaderjaar" + _S + r")?(?:\d{4}|\d{2}(?=[/–-]\d{2}\b))(?:[/–-]\d{2,4})?,?)?" + _S + r"\(?(?:nr\.[ \t]*)?" + _DOSSIER + _TOEV
               + _NRS),  # the year also as "09/10"; the dossier also in brackets: "Kamerstuk (30 880)", or after a stray
    # "nr.": "Kamerstukken II 2010/11, nr. 32 791, nr. 1"
    # "Tweede Kamer, vergaderjaar 2018–2019, 35 000 VIII, nr. 28", or in brackets "(Vergaderjaar 2018–2019, ...)"
    re.compile(r"(?:\bTweede Kamer,?" + _S + r"|(?<=\())[Vv]ergaderjaar" + _S + r"\d{4}[–-]\d{4},?" + _S + _DOSSIER + _TOEV
               + _NRS),
    # ... and "(Tweede Kamer 2006/2007, 30 800 XIV, nr. 22)", the year without "vergaderjaar"
    re.compile(r"\bTweede Kamer,?" + _S + r"\d{4}[/–-]\d{2,4}," + _S + _DOSSIER + _TOEV + r"(?=,?" + _S + r"nrs?\.)" + _NRS),
    re.compile(r"(?<=\()" + _DOSSIER + r"(?:[ ]?(?P<toev>[IVXL]{1,6}))?[ ]?-[ ]?(?:(?P<toev2>" + _TOEV_WORD + r")[ ]?-[ ]?)?(?P<nrs>\d{1,4})(?=\))"),  # also "(34 300-A-68)"
    # a vergaderjaar in brackets before the dossier and its number: "(2005–2006, 28 442, nr. 12)"
    re.compile(r"(?<=\()(?:19|20)\d{2}[–/-](?:(?:19|20)\d{2}|\d{2}),?" + _S + _DOSSIER + _TOEV + r"(?=,?" + _S + r"nrs?\.)" + _NRS),
    # after a letter's date, with its toevoeging: "mijn brief van 25 oktober 2006, 30 800 A nr. 45"
    re.compile(r"(?<=\d{4},[ ])" + _DOSSIER + r"[ \u00a0]+(?P<toev>[A-Z])(?![a-z])(?=,?" + _S + r"nrs?\.)" + _NRS),
    # a budget's dossier in brackets, with its toevoeging and without a number: "voor het jaar 2019 (35000-J)"
    re.compile(r"(?<=\()" + _DOSSIER + r"-(?P<toev>[IVXL]{1,6}|[A-Z])(?P<nrs>)(?=\))"),
)
# the compact form web pages print: "Kamerstuk 24587-937", "(Kamerstuk 36740-XVI-1)" (dossier, toevoeging, number
# joined by hyphens); a number never opens with 0, so "21501-02" stays the dossier 21 501-02
_KST_COMPACT_RE = re.compile(r"(?<![A-Za-z])[Kk]amerstuk(?:ken|nummer)?:?[ \u00a0]+(?P<dossier>\d{2}[ \u00a0]?\d{3})(?:-(?P<toev>" + _TOEV_WORD
                             + r"|0\d|\d{2}(?=-[1-9])))?"  # ("Kamerstuk 21501-20-2128": the dossier 21 501-20)
                             r"-(?P<nrs>[1-9]\d{0,3})(?![\d-])(?!,?[ \u00a0\n]*nrs?\.)")  # "21 501-20, nr. 1234": a dossier
# a document of the Eerste Kamer, numbered by letters: "Kamerstukken I 2022/23, 36 021, B", "(...; I 2022/23, 36 021,
# B)", "Eerste Kamer, 36 373, H"
_KST_EK_LETTER_RE = re.compile(r"(?:(?<![A-Za-z])Kamerstuk(?:ken)?[ \u00a0]+I|(?<=[;(][ ])I|\bEerste[ \u00a0]Kamer),?[ \u00a0]+"
                               r"(?:(?:vergaderjaar[ \u00a0]+)?(?:19|20)\d{2}(?:[/–-]\d{2,4})?,?[ \u00a0]*)?"
                               + _DOSSIER + r",?[ \u00a0]+(?P<letter>[A-Z]{1,2})(?![\w-])")
# a Kamerstuk printed by its dossier and number alone: "motie Ellian (24 587, nr. 969)"
_KST_BARE_RE = re.compile(r"(?:(?<=\()|(?<=[ \n]))(?<![\d.] )(?<!\d, )(?<!€ )" + _DOSSIER
                          + r"(?=(?:[ \u00a0-]+(?:" + _TOEV_WORD + r"))?,?" + _S + r"(?:nrs?\.?|nummers?)" + _S + r"\d)" + _TOEV + _NRS)
# ("motie Ellian (24 587, nr. 969)", "het amendement 36 600 IV nr. 10": also with its toevoeging; "Brief van 11 mei,
# 25 295, nr. 1179": after a comma that follows a word)
# a citation of several dossiers: "Kamerstukken 23 645, nr. 811 en 29 984, nr. 1207", "...; 29 984, nr. 1207"
_KST_NEXT_RE = re.compile(r"(?:[;,]|" + _S + r"en)" + _S + _DOSSIER + _TOEV + r",?" + _S + r"(?P<nrs>(?:nrs?\.?|nummers?)" + _S + r"\d+(?:(?:,|"
                          + _S + r"en|" + _S + r"t/m)" + _S + r"\d+(?!\d)(?!" + _S + _MONTH + r")(?![ \u00a0]\d{3}(?!\d)))*)")
_AH_RE = re.compile(r"(?<![A-Za-z])(?:[Aa]anhangsel(?:" + _S + r"van" + _S + r"de)?" + _S + r"Handelingen(?:" + _S + r"(?:II|TK))?|Kamervragen"
                    + _S + r"\(Aanhangsel\)|(?<=Kamervragen[ ]\()TK)" + r",?" + _S
                    + r"(?:vergaderjaar" + _S + r")?(?P<y1>\d{4})" + _S + r"[–/-]" + _S + r"(?P<y2>\d{2,4})(?!\d),?" + _S
                    + r"(?:(?:Aanhangsel" + _S + r")?(?:nrs?\.?|nummers?)" + _S + r")?(?P<nr>\d+)(?![\d/.,]\d|\d)"
                    + r"(?!" + _S + _MONTH + r")")  # "nr." may be left out: "..., vergaderjaar 2023–2024, 1028"
# "(Kamerstukken 2009–2010, Aanhangsel 2200)", "Handelingen II 2009/10, Aanhangsel 2200": the series, the year, then
# the Aanhangsel's number
_AH_SERIES_RE = re.compile(r"(?<![A-Za-z])(?:Kamerstukken|Handelingen)(?:" + _S + r"(?:II|TK))?,?" + _S + r"(?P<y1>\d{4})" + _S
                           + r"[–/-]" + _S + r"(?P<y2>\d{2,4}),?" + _S + r"Aanhangsel,?" + _S
                           + r"(?:(?:nrs?\.?|nummers?)" + _S + r")?(?P<nr>\d+)(?![\d/.,]\d|\d)")
# "vergaderjaar 2023–2024, Aanhangsel van de Handelingen, nr. 2386": the year before the series name
_AH_YEAR_FIRST_RE = re.compile(r"\b[Vv]ergaderjaar" + _S + r"(?P<y1>\d{4})" + _S + r"[–/-]" + _S + r"(?P<y2>\d{2,4}),?" + _S
                               + r"Aanhangsel(?:" + _S + r"van" + _S + r"de)?" + _S + r"Handelingen,?" + _S
                               + r"(?:(?:nr\.?|nummer)" + _S + r")?(?P<nr>\d+)(?![\d/.,]\d)")
_EU_RE = re.compile(
    r"\b(?P<type>Richtlijn|Verordening|Besluit|Uitvoeringsverordening|Uitvoeringsbesluit|Gedelegeerde" + _S + r"verordening)"
    r"(?:" + _S + r"\((?P<org>EU|EG|EEG|Euratom)\))?" + _S + r"(?:nr\.?" + _S + r")?(?P<a>\d{2,4})/(?P<b>\d{1,4})"
    r"(?:/(?P<org2>EU|EG|EEG))?", re.IGNORECASE)
# several acts after one plural type word: "tot intrekking van de Richtlijnen 64/221/EEG, 68/360/EEG, ... en 93/96/EEG"
_EU_LISTED_NUMBER = r"(?:nr\.?" + _S + r")?\d{2,4}/\d{1,4}/(?:EU|EG|EEG)"
_EU_LIST_RE = re.compile(r"\b(?P<type>[Rr]ichtlijnen|[Vv]erordeningen)" + _S + r"(?P<list>" + _EU_LISTED_NUMBER + r"(?:(?:," + _S + r"|"
                         + _S + r"en" + _S + r")" + _EU_LISTED_NUMBER + r")+)")
_EU_LISTED_NUMBER_RE = re.compile(r"(?P<nr>nr\.?" + _S + r")?(?P<a>\d{2,4})/(?P<b>\d{1,4})/(?:EU|EG|EEG)")
# "EU-beschikking 2017/899", "EU-besluit 2019/1234": a decision by its number, "EU-" for its "(EU)"
_EU_PREFIXED_RE = re.compile(r"(?<![\w-])EU-(?P<type>[Bb]eschikking|[Bb]esluit)" + _S + r"(?P<a>\d{2,4})/(?P<b>\d{1,4})(?![\d/])")
# "EU verordening 2019–1148": a dash for the slash, only after "EU"/"Europese" (a year and a number, not two years)
_EU_DASHED_RE = re.compile(r"(?<![\w-])(?:EU|Europese)[ -](?P<type>[Rr]ichtlijn|[Vv]erordening)" + _S
                           + r"(?P<a>(?:19|20)\d{2})[–-](?P<b>\d{1,4})(?![\d/–-])")
# "de EU verordening Precursoren voor Explosieven": an EU act named by capitalised words after its type
_EU_TITLED_RE = re.compile(r"(?<![\w-])(?:EU|Europese)[ ](?P<type>[Rr]ichtlijn|[Vv]erordening)(?P<words>[ ][A-Z][a-zà-ü]{2,}"
                           r"(?:[ ](?:(?:voor|van|inzake|over|en|op|de|het|betreffende)[ ])?[A-Z][a-zà-ü]{2,}){0,5})")
# "(artikel 31a Vo 850/98)", "(Vo 1380/2013)": a regulation by the abbreviation "Vo", its number before its year
_VO_RE = re.compile(r"(?<![\w-])(?:Vo\.?|VO)" + _S + r"(?:\((?:EU|EG|EEG)\)" + _S + r")?(?:nr\.?" + _S + r")?"
                    r"(?P<a>\d{3,4})/(?P<b>\d{2}|\d{4})(?![\d/])")
# "de Diergezondheidsverordening 2016/429", "Kaderrichtlijn 2008/98": an EU act named with its number after it
_EU_NAME_NUMBER_RE = re.compile(r"\b(?P<name>[A-Z][a-zà-ü]{3,}(?P<type>richtlijn|verordening))" + _S
                                + r"(?P<a>(?:19|20)\d{2})/(?P<b>\d{1,4})(?![\d/])")
# "de Europese btw-richtlijn (2006/112)": an EU act named by its subject with its number in brackets
_EU_NAMED_NUMBER_RE = re.compile(r"\b(?P<type>[Rr]ichtlijn|[Vv]erordening)(?:(?:" + _S + r"[a-zà-ü]+){1,6})?" + _S
                                 + r"\((?P<a>\d{2,4})/(?P<b>\d{1,4})(?:/(?:EU|EG|EEG))?\)")
# ("de EU-richtlijn vrij verkeer van personen (2004/38)": its subject in words between the type and the number)
_EU_NAMED_RE = re.compile(r"\b(?<![-])(?P<name>[a-z][a-z]{4,}verordening)\b")
# "de Europese Diergezondheidsverordening": a capitalised EU regulation by name -> its lower-case full name
_EU_PROPER_RE = re.compile(r"\b(?P<name>Europese" + _S + r"(?:[A-Z][a-z]{4,}verordening|(?P<word>[A-Za-z][a-z]{2,}-?[a-z]*richtlijn)(?![ ][A-Z])))\b(?![ \t]*\(\d)")
# an ECLI, also broken at a line end by a text export's hyphen ("ECLI:NL-\n:RBDHA:2023:2055"): the identifier is
# the number without the break
_BREAK = r"(?:-[ \t]*\n?[ \t]*)?"  # the cleaned text may keep the hyphen and join the lines
_ECLI_RE = re.compile(r"\bECLI:" + _BREAK + r"[A-Z]{2}" + _BREAK + r":" + _BREAK + r"[A-Z0-9]{1,7}" + _BREAK + r":"
                      + _BREAK + r"\d{4}" + _BREAK + r":" + _BREAK + r"[A-Z0-9]+(?:\.[A-Z0-9]+)*")
# EU Court of Justice and General Court case numbers after "zaak"/"zaken"/"arrest": "zaak C-373/19"
_EU_CASE_RE = re.compile(r"\b(?:[Zz]aak|[Zz]aken|[Aa]rrest|[Uu]itspraak)" + _S + r"(?:nr\.?" + _S + r")?(?P<id>[CT]-\d{1,4}/\d{2})\b")
# the same number printed without the word before it, where the sentence names the court or a judgment: "het arrest
# van 1 augustus 2022 (C-720/20)", "HvJ EU 12 april 2023, C‑123/21" (a non-breaking hyphen, as EU sources print it)
_BARE_EU_CASE_RE = re.compile(r"(?<![\w/-])(?P<id>[CT][-\u2010\u2011](?P<nr>\d{1,4})/(?P<yy>\d{2}))(?![\d/]|-\d)")
_COURT_CONTEXT_RE = re.compile(r"\b(?:Hof|HvJ(?:EU|-EU)?|EU-Hof|Gerecht|[Aa]rrest(?:en)?|[Uu]itspra(?:ak|ken)|[Zz]a(?:ak|ken)|"
                               r"[Pp]rejudiciële|[Jj]urisprudentie)\b")
_CASE_RE = re.compile(r"\b(?P<name>[A-Z][\w]+(?:-[A-Z][\w]+)?)-(?:uitspraak|arrest)\b")
# the same with a space after an acronym ("de PAS uitspraak"), not a court's own acronym ("de HR uitspraak")
_ACRONYM_CASE_RE = re.compile(r"(?<=\b[Dd]e )(?!(?:HR|EHRM|CBB|EU|VN|NL|OM)\b)(?P<name>[A-Z]{2,6})[ ](?P<kind>uitspraak|arrest)\b")
_BILL_RE = re.compile(r"\bwetsvoorstel(?:len)?" + _S + r"«(?P<name>[^»]{4,120})»")
# the Latin ordinals of articles inserted after another: "artikel 429 quater"
_LATIN = r"(?:[ ]?(?:bis|ter|quater|quinquies|sexies|septies|octies|novies)\b)?"
_NTH_LID = r"(?:eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|\d+e)" + _S + r"lid"
_ART_RE = re.compile(
    r"(?:(?<![A-Za-z])|(?<=onder)|(?<=van)|(?<=in)|(?<=op)|(?<=uit)|(?<=bij)|(?<=met)|(?<=en))(?P<word>[Aa]rtikel(?:en)?|[Aa]rt\.)" + _S
    + r"(?P<nums>\d+(?:[.:]\d+)*(?:[a-z]|(?P<ab>[a-z])(?P=ab))?" + _LATIN + r"(?:(?:," + _S + r"|" + _S + r"en" + _S + r"|" + _S
    + r"t/m" + _S + r"|" + _S + r"tot" + _S + r"en" + _S + r"met" + _S + r"|," + _S + _NTH_LID + r"," + _S
    + r")\d+(?:[.:]\d+)*[a-z]?" + _LATIN + r")*)"  # ("artikelen 2, tweede lid, 23 en 26")
    r"(?:,?" + _S + r"(?:eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|\d+e)" + _S + r"lid)?"
    r"(?:" + _S + r"\((?:lid" + _S + r"\d+|[a-z]+" + _S + r"lid)\)|,?" + _S + r"lid" + _S + r"\d+[a-z]?)?"
    r"(?:,?" + _S + r"(?:aanhef" + _S + r"(?:en" + _S + r")?)?(?:onderdeel|onder|sub)" + _S + r"[\w.]+"
    r"(?:(?:," + _S + r"|" + _S + r"en" + _S + r")[a-z]{1,2}\b\.?)*)?,?" + _S + r"(?:van" + _S + r")?(?:(?:de|het)" + _S + r")?"
    # ("artikel 31, tweede lid, aanhef en onder c, Vw 2000", "onder a en b")
    r"(?:(?:huidige|geldende|toenmalige|nieuwe|oude|gewijzigde)" + _S + r")?"  # "van het huidige Besluit inburgering"
    r"(?:\((?:EU|EG|EEG)\)" + _S + r")?$")  # "artikel 14 van de (EU) Visumcode"
# acts whose articles are numbered per chapter with a colon ("artikel 8:1 Awb", "artikel 3:17 Wft"): a printed
# "3.17" is that article (Algemene wet bestuursrecht, Wet op het financieel toezicht; ids as laws.csv gives them)
_COLON_ARTICLE_ACTS = frozenset({"BWBR0005537", "BWBR0020368"})
_EU_TYPE = {"richtlijn": ("L", "dir"), "verordening": ("R", "reg"), "besluit": ("D", "dec"), "beschikking": ("D", "dec"),
            "uitvoeringsverordening": ("R", None), "uitvoeringsbesluit": ("D", None), "gedelegeerde verordening": ("R", None),
            "kaderbesluit": ("F", None)}
# "Kaderbesluit 2002/584/JBZ" (the European arrest warrant): a framework decision of the former third pillar
_FRAMEWORK_DECISION_RE = re.compile(r"\b[Kk]aderbesluit" + _S + r"(?:nr\.?" + _S + r")?(?P<a>(?:19|20)\d{2})/(?P<b>\d{1,4})/JBZ\b")


def _kst_base(m: re.Match) -> str:
    dossier = re.sub(r"\D", "", m.group("dossier"))
    toev = m.group("toev") or (m.groupdict().get("toev2"))
    toev = toev.replace("l", "I") if toev else None
    return f"kst-{dossier}" + (f"-{toev}" if toev else "")


def _kst_hits(text: str, m: re.Match, start: int) -> list[RefHit]:
    base = _kst_base(m)
    nrs = m.group("nrs")
    if not nrs:
        return [RefHit(start, m.end(), "kamerstuk", base, text[start:m.end()].strip())]
    out = []
    nrs_start = m.start("nrs")
    numbers = list(re.finditer(r"\d+", nrs))
    for i, n in enumerate(numbers):
        s = start if i == 0 else nrs_start + n.start()
        e = nrs_start + n.end()
        if i > 0 and re.fullmatch(r"\s*(?:t/m|[–-])\s*", nrs[numbers[i - 1].end():n.start()]) and \
                0 < int(n.group()) - int(numbers[i - 1].group()) <= 30:
            # "nrs. 1 t/m 3", "nrs. 1–2": a range holds the numbers between its ends
            for k in range(int(numbers[i - 1].group()) + 1, int(n.group())):
                out.append(RefHit(nrs_start + numbers[i - 1].start(), e, "kamerstuk", f"{base}-{k}",
                                  text[nrs_start + numbers[i - 1].start():e]))
        out.append(RefHit(s, e, "kamerstuk", f"{base}-{n.group()}", text[s:e]))
    return out


def _kamerstukken(text: str) -> list[RefHit]:
    out: list[RefHit] = [h for m in _KST_COMPACT_RE.finditer(text) for h in _kst_hits(text, m, m.start())]
    out += [RefHit(m.start(), m.end(), "kamerstuk", "kst-" + re.sub(r"\s", "", m.group("dossier")) + "-" + m.group("letter"),
                   m.group()) for m in _KST_EK_LETTER_RE.finditer(text)]
    compact = list(out)
    for pattern in _KST_RES:
        for m in pattern.finditer(text):
            if any(h.start <= m.start() < h.end for h in compact):
                continue
            if not m.group("nrs") and (nxt := _KST_NEXT_RE.match(text, m.end())):
                # "Kamerstukken 32 813 en 31 239, nr. 404": the dossiers share the number(s) printed after the last
                out += [RefHit(m.start(), m.end(), "kamerstuk", f"{_kst_base(m)}-{n}", text[m.start():m.end()].strip())
                        for n in re.findall(r"\d+", nxt.group("nrs"))]
                m = nxt
                out += _kst_hits(text, m, m.start("dossier"))
            else:
                out += _kst_hits(text, m, m.start())
            while m.group("nrs") and (nxt := _KST_NEXT_RE.match(text, m.end())):
                m = nxt
                out += _kst_hits(text, m, m.start("dossier"))
    for m in _KST_BARE_RE.finditer(text):
        if not any(h.start < m.end() and m.start() < h.end for h in out):
            out += _kst_hits(text, m, m.start())
    for m in _KST_BRACKETED_RE.finditer(text):
        if not any(h.start < m.end() and m.start() < h.end for h in out):
            out += _kst_hits(text, m, m.start("dossier"))
    for m in _KST_ID_RE.finditer(text):  # "(zie kst-36334-5)": the identifier itself, not inside a web address
        if not any(h.start < m.end() and m.start() < h.end for h in out):
            out.append(RefHit(m.start(), m.end(), "kamerstuk", m.group(), m.group()))
    for m in _KST_AFTER_TITLE_RE.finditer(text):
        if not any(h.start < m.end() and m.start() < h.end for h in out):
            out += _kst_hits(text, m, m.start("dossier"))
    for m in _KST_BUDGET_BRACKET_RE.finditer(text):
        if not any(h.start < m.end("dossier") and m.start("dossier") < h.end for h in out):
            out += _kst_hits(text, m, m.start("dossier"))
    for m in _KST_LETTER_DASH_RE.finditer(text):
        if _LETTER_BEFORE_RE.search(text, max(0, m.start() - 60), m.start()) and \
                not any(h.start < m.end() and m.start() < h.end for h in out):
            out += _kst_hits(text, m, m.start())
    return out


# a list of bills, each title followed by its dossier: "– Wijziging Vreemdelingenwet 2000 in verband met nationale
# visa en enkele andere onderwerpen 31 549 (Aangenomen door EK, ...)"
_KST_AFTER_TITLE_RE = re.compile(r"(?m)^[ \t]*(?:[–•-][ \t]*)?(?:Wijziging|Regels|Goedkeuring|Invoering|Aanpassing|Intrekking)\b"
                                 r"[^\n()]{10,250}?[a-zà-ü0-9)][ ]+(?P<dossier>\d{2}[ \u00a0]\d{3})(?P<toev>)(?P<nrs>)"
                                 r"(?=[ \t]*(?:\(|,|$))")
# a budget, annual report or nota named with its dossier (and chapter) in brackets, without a number: "de begroting
# van SZW voor het jaar 2014 (33 400 XV)", "Beantw vr begroting WWI 2009 (31700 XVIII)", "naar aanleiding van de
# Miljoenennota 2008 (31 200)", "BZ begroting 2011 (ref 32500)"
_KST_BUDGET_BRACKET_RE = re.compile(r"\b(?:[Bb]egroting|[Mm]iljoenennota|[Jj]aarverslag|[Ss]lotwet|[Ss]uppletoire|[Nn]ajaarsnota|"
                                    r"[Vv]oorjaarsnota|voor[ ]het[ ]jaar[ ](?:19|20)\d{2})[^()\n]{0,80}?[ ]\((?:ref\.?[ ])?"
                                    r"(?P<dossier>\d{2}[ \u00a0]?\d{3})(?:[ \u00a0](?P<toev>" + _TOEV_WORD + r"))?(?P<nrs>)"
                                    r"(?=\)(?![ \t]*(?:euro|mln|miljoen|miljard|%|procent)))")
# "(zie kamerbrief van 21 mei jl. 32 623-151)": a letter cited by its dossier, with a space, and number after a dash
_KST_LETTER_DASH_RE = re.compile(r"(?<![\d.,])(?<!\d[ \u00a0])(?P<dossier>\d{2}[ \u00a0]\d{3})(?:-(?P<toev>" + _TOEV_WORD + r"))?"
                                 r"-(?P<nrs>[1-9]\d{0,3})(?![\d-])(?![ \u00a0]\d{3})")
_LETTER_BEFORE_RE = re.compile(r"\b(?:[Kk]amerbrief|[Bb]rief)\b[^()\n]{0,50}$")


# "In de slotwet 2013 (33930 VI 3) is ...": dossier, toevoeging and number in brackets without "nr."
_KST_BRACKETED_RE = re.compile(r"\((?P<dossier>\d{2}[ \u00a0]?\d{3})[ \u00a0]+(?P<toev>" + _TOEV_WORD + r")[ \u00a0]+"
                               r"(?P<nrs>[1-9]\d{0,3})(?=\))")


# a Kamerstuk cited by its identifier inside a sentence ("(kst-36334-5)", "zie kst-36410-XVI-12"), not in an address
# ("…/kst-36334-5.html")
_KST_ID_RE = re.compile(r"(?<=[ \t(])kst-\d{5}(?:-(?:" + _TOEV_WORD + r"))?-[1-9]\d{0,3}(?![\w/-]|\.\w)")


# an Aanhangsel cited by its identifier inside a sentence: "(zie ah-tk-2017–2018, nr.2509)", "ah-tk-20202021–2345"
# (not a page's running footer, the identifier alone on its line)
_AH_ID_RE = re.compile(r"(?<=\S[ \t])ah-tk-(?P<y1>\d{4})[–-]?(?P<y2>\d{4})(?:,[ \t]*nr\.?[ \t]*|[–-])(?P<nr>\d+)(?![\d/.,]\d|\d)")


def _aanhangsels(text: str) -> list[RefHit]:
    out = []
    for m in list(_AH_RE.finditer(text)) + list(_AH_YEAR_FIRST_RE.finditer(text)) + list(_AH_SERIES_RE.finditer(text)) \
            + list(_AH_ID_RE.finditer(text)):
        y1, y2 = m.group("y1"), m.group("y2")
        if len(y2) == 2:
            y2 = y1[:2] + y2
        if int(y2) != int(y1) + 1:
            y2 = str(int(y1) + 1)  # a vergaderjaar is two years in a row: "vergaderjaar 2017–2013" misprints the second
        out.append(RefHit(m.start(), m.end(), "aanhangsel", f"ah-tk-{y1}{y2}-{m.group('nr')}", m.group()))
        pos = m.end() if re.search(r"\bn(?:rs|ummers)\b", m.group()) else -1
        while pos >= 0 and (more := _AH_MORE_RE.match(text, pos)):  # "nrs. 1234 en 1235"
            out.append(RefHit(more.start("nr"), more.end("nr"), "aanhangsel", f"ah-tk-{y1}{y2}-{more.group('nr')}",
                              more.group("nr")))
            pos = more.end()
    return out


# a further number of an Aanhangsel citation: "nrs. 1234 en 1235", "nrs. 1234, 1235"
_AH_MORE_RE = re.compile(r"(?:,|" + _S + r"en)" + _S + r"(?P<nr>\d{1,5})(?![\d/.,]\d|\d)(?!" + _S + _MONTH + r")")


def eu_identifiers(kind_word: str, a: str, b: str, numbered_first: bool) -> tuple[str, str | None]:
    """CELEX and ELI of an EU act from its printed number: ``Richtlijn``, ``2021``, ``1883`` -> 32021L1883."""
    letter, eli_type = _EU_TYPE[" ".join(kind_word.lower().split())]
    if numbered_first and not (_is_year(a) and not _is_year(b)):
        number, year = a, b  # ("de richtlijn nr. 2008/115/EG": a year before a number that is none stays the year)
    elif len(a) == 4 and 1950 <= int(a) <= 2100:
        year, number = a, b
    elif len(b) == 4 and 1950 <= int(b) <= 2100:
        number, year = a, b
    else:  # old two-digit years: Richtlijn 95/46/EG
        year, number = a, b
    if len(year) == 2:
        year = ("19" if int(year) > 50 else "20") + year
    celex = f"3{year}{letter}{int(number):04d}"
    eli = f"http://data.europa.eu/eli/{eli_type}/{year}/{int(number)}/oj" if eli_type else None
    return celex, eli


def _is_year(part: str) -> bool:
    return len(part) == 4 and 1950 <= int(part) <= 2100


def _eu_number_without_org(m: re.Match) -> bool:
    """"verordening 1099/2009", "Richtlijn 2015/1535": a regulation or directive cited by its number and its
    four-digit year without "(EU)"/"(EG)"; exactly one part is a year, so "2019/2020" is no act."""
    if m.group("type").lower() not in ("richtlijn", "verordening"):
        return False
    return _is_year(m.group("a")) != _is_year(m.group("b"))


def _numbered_eu_act(start: int, end: int, label: str, kind_word: str, a: str, b: str, numbered_first: bool) -> RefHit:
    """An EU act cited by its number: the CELEX id, and the ELI where the act type has one."""
    celex, eli = eu_identifiers(kind_word, a, b, numbered_first)
    return RefHit(start, end, "eu-act", celex, label, (("celex", celex),) + ((("eli", eli),) if eli else ()))


def _eu_acts(text: str) -> list[RefHit]:
    out = []
    for m in _EU_RE.finditer(text):
        if not (m.group("org") or m.group("org2") or _eu_number_without_org(m)):
            continue
        numbered_first = bool(re.search(r"nr\.?", m.group()[: m.start("a") - m.start()]))
        out.append(_numbered_eu_act(m.start(), m.end(), m.group(), m.group("type"), m.group("a"), m.group("b"),
                                    numbered_first))
    for m in _FRAMEWORK_DECISION_RE.finditer(text):
        out.append(_numbered_eu_act(m.start(), m.end(), m.group(), "kaderbesluit", m.group("a"), m.group("b"), False))
    for m in _EU_LIST_RE.finditer(text):  # "de Richtlijnen 64/221/EEG, 68/360/EEG, ... en 93/96/EEG"
        kind_word = "richtlijn" if m.group("type").lower().startswith("richtlijn") else "verordening"
        for n in _EU_LISTED_NUMBER_RE.finditer(text, m.start("list"), m.end()):
            out.append(_numbered_eu_act(n.start(), n.end(), n.group(), kind_word, n.group("a"), n.group("b"),
                                        bool(n.group("nr"))))
    for m in _EU_PREFIXED_RE.finditer(text):
        if _is_year(m.group("a")) != _is_year(m.group("b")):
            out.append(_numbered_eu_act(m.start(), m.end(), m.group(), m.group("type"), m.group("a"), m.group("b"), False))
    for m in _EU_DASHED_RE.finditer(text):
        if not _is_year(m.group("b")):
            out.append(_numbered_eu_act(m.start(), m.end(), m.group(), m.group("type"), m.group("a"), m.group("b"), False))
    for m in _EU_TITLED_RE.finditer(text):
        if _listed_name(text[m.start("type"):m.end() + 40]) or _listed_name(text[m.start():m.end() + 40]):
            continue  # a listed act by its name ("Europese Richtlijn Terugkeer"): the gazetteer names it
        name = " ".join(m.group().split())
        out.append(RefHit(m.start(), m.end(), "eu-act", name.lower(), name))
    for m in _VO_RE.finditer(text):
        a, b = m.group("a"), m.group("b")
        if _is_year(a) == _is_year(b) and len(b) == 4:
            continue  # "VO 2019/2020" (voortgezet onderwijs, a school year)
        out.append(_numbered_eu_act(m.start(), m.end(), m.group(), "verordening", a, b, not _is_year(a)))
    for m in _EU_NAMED_NUMBER_RE.finditer(text):
        start = m.start()
        word = re.search(r"\w+-$", text[:m.start()])  # the subject glued by a hyphen: btw-richtlijn
        if word:
            start = word.start()
            before = re.search(r"(?:Europese|EU-?)" + _S + r"$", text[:start])
            start = before.start() if before else start
        out.append(_numbered_eu_act(start, m.end(), text[start:m.end()], m.group("type"), m.group("a"), m.group("b"),
                                    False))
    for m in _EU_NAME_NUMBER_RE.finditer(text):
        out.append(_numbered_eu_act(m.start(), m.end(), m.group(), m.group("type"), m.group("a"), m.group("b"), False))
    for m in _EU_NAMED_RE.finditer(text):
        before = text[max(0, m.start() - 20):m.start()].lower()
        if re.search(r"(gemeentelijke|plaatselijke|provinciale|deze|die|een)\s*$", before) or \
                re.match(r"(?:lands|eilands|omgevings|huisvestings|subsidie|afval|parkeer|marktgelden|leges)verordening",
                         m.group("name")):
            continue  # (a Caribbean country's "landsverordening", a province's "omgevingsverordening": no EU act)
        # "EU" or "Europese" before it is part of the name ("implementatie EU meststoffenverordening")
        eu = re.search(r"(?<![\w-])(?:EU|Europese)[ ]+$", text[max(0, m.start() - 9):m.start()])
        start = m.start() - (len(eu.group()) if eu else 0)
        out.append(RefHit(start, m.end(), "eu-act", " ".join(text[start:m.end()].split()).lower(), text[start:m.end()]))
    for m in _EU_PROPER_RE.finditer(text):
        if m.group("word") and _listed_name(text[m.start("word"):m.start("word") + 80]):
            continue  # "de Europese Opvangrichtlijn": the listed directive (named_references.json)
        name = " ".join(m.group("name").split())
        out.append(RefHit(m.start(), m.end(), "eu-act", name.lower(), name))
    return out


_PROPOSED_BEFORE = re.compile(r"\bwetsvoorstel(?:len)?\b[^.;:!?\n]{0,100}$", re.IGNORECASE)


def _as_bill(text: str, h: RefHit) -> RefHit:
    """An act known only by name (enacted after the 2017 list) that a sentence calls a wetsvoorstel was a bill
    then: "het wetsvoorstel houdende regels ter bescherming van de natuur (Wet natuurbescherming)"."""
    # (also one named_references.json gives the BWB id of the act it became: the bill goes by its lower-case name)
    later = h.identifier in later_act_ids()
    if h.kind != "act" or (h.identifier.startswith("BWB") and not later) or \
            not _PROPOSED_BEFORE.search(text[max(0, h.start - 110):h.start]):
        return h
    return RefHit(h.start, h.end, "bill", " ".join(h.label.lower().split()) if later else h.identifier, h.label)


# the title of a bill's dossier at the head of its Kamerstukken: the dossier number, the bill's long title and its
# short title in brackets: "35 654 Wijziging van de Tijdelijke wet verkiezingen covid-19 ... (Tijdelijke wet Tweede
# Kamerverkiezing covid-19)", "23 934 / Inwerkingtreding van ... (Invoeringswet Wet op de motorrijtuigenbelasting
# 1994)", "30 320 / Wijziging van het Wetboek van Strafvordering ... (stroomlijnen hoger beroep)". The short title
# names the bill under treatment (a budget's "(wijziging samenhangende met de Najaarsnota)" names none)
_DOSSIER_TITLE_RE = re.compile(r"(?:^|\n)[ \t]*\d{2}[ \u00a0]?\d{3}(?:[ \t]+[A-Z]{1,4})?[ \t]*\n?[ \t]*(?:Wijziging|Nadere[ \t]+wijziging|Regels"
                               r"|Inwerkingtreding|Invoering|Goedkeuring|Tijdelijke|Vaststelling|Aanpassing|Intrekking"
                               r"|Herziening|Implementatie|Uitvoering)\b[^\n]*\((?P<name>[^()\n]{4,120})\)[ \t]*(?:[Nn]r\.[ \t]*\d{1,4}[a-z]?[ \t]*)?(?=\n|$)")
# ("... (Wet justitiële gegevens) nr. 306b": the document's number printed after the title)


def _dossier_bill(text: str) -> list[RefHit]:
    m = _DOSSIER_TITLE_RE.search(text[:1500])
    if m is None or re.match(r"(?i)wijziging\b", m.group("name")) or re.search(r"(?i)nota\b|begroting|suppletoire", m.group("name")):
        return []
    if re.fullmatch(r"[a-zà-ü]+", m.group("name").strip()) and not m.group("name").strip().endswith("wet"):
        return []  # "... arbeid ten algemenen nutte (taakstraffen)": one lower-case word names the subject, no title
    name = " ".join(m.group("name").split())
    return [RefHit(m.start("name"), m.end("name"), "bill", name.lower(), name)]


def _listed_name(text: str) -> bool:
    """Whether a listed name (named_references.json, laws.csv) starts ``text``."""
    return any(h.start == 0 for h in reference_index().find(text))


# a listed one-word act run into the noun it qualifies: "Ziektewetuitkering", "Participatiewetregels"; not
# "wetgeving", "wetgever", "wethouder", "wetboek" or a genitive/plural ending
_GLUED_ACT_RE = re.compile(r"(?<![\w-])(?P<name>[A-Z][a-zà-ü]{2,}wet)(?=[a-zà-ü]{4,})(?!ge[vw]|houder|boek|ten\b|s\b|besluit|regeling)")


def _glued_acts(text: str) -> list[RefHit]:
    table = laws()
    out = []
    for m in _GLUED_ACT_RE.finditer(text):
        bwb = table.get(m.group("name").lower())
        if bwb:
            out.append(RefHit(m.start(), m.end(), "act", bwb, m.group("name")))
    return out


def _gazetteer(text: str) -> list[RefHit]:
    out = _glued_acts(text)
    for m in reference_index().find(text):
        entry: RefEntry = m.payload
        if entry.needs_capital and not text[m.start].isupper() and len(text[m.start:m.end].split()) < 4:
            continue  # (a title of four words or more is the act also in lower case: "de regeling preventie, ...")
        if entry.kind == "act" and text[m.start].islower() and (named := _NAME_BEFORE_RE.search(text, max(0, m.start - 60), m.start)):
            # "in de Algemene militaire pensioenwet": a one-word act name ending another act's name, by its name
            name = " ".join(text[named.start():m.end].split())
            out.append(RefHit(named.start(), m.end, "act", name.lower(), name))
            continue
        if _NOT_THE_ACT_RE.match(text, m.start):
            continue  # "ANW-diensten": the evening, night and weekend shifts of the huisartsenposten
        listed = _YEAR_END_RE.search(entry.label)
        other = _YEAR_AFTER_RE.match(text, m.end)
        if entry.kind == "act" and other and (
                (listed and other.group("y") != listed.group())
                or (not listed and int(other.group("y")) > 2017 and re.match(r"(?i)(?:besluit|regeling)\b", entry.label)
                    and not re.match(r"\s*[-–/]", text[other.end():other.end() + 3]))):
            # ... and a regulation the list holds without a year, named with one after the list's: "Besluit uitvoering
            # Wet arbeid vreemdelingen 2022" replaced the listed Besluit of 1995
            # "Wet op de inlichtingen- en veiligheidsdiensten 2017": another act than the listed one of 2002,
            # named by its printed title (the 2017 list does not hold it)
            name = " ".join(text[m.start:other.end()].split())
            same = [h.payload for h in reference_index().find(name[:1] + name[1:].lower()) if h.end - h.start == len(name)]
            e = same[0] if same else RefEntry("act", name.lower(), name)
            out.append(RefHit(m.start, other.end(), e.kind, e.identifier, e.label, e.identifiers))
            continue
        out.append(RefHit(m.start, m.end, entry.kind, entry.identifier, entry.label, entry.identifiers))
    return out + _elliptic(text)


# a capitalised word after a lower-case one and inflected adjectives before a one-word act name in lower case (not
# an adjective of a country: "de Friese nieuwe pensioenwet")
_NAME_BEFORE_RE = re.compile(r"(?<=[a-zà-ü,][ ])(?!(?:De|Het|Een|Deze|Die|Dit|Onze|Zijn|Haar|Hun|Uw|Elke|Iedere|Welke|Geen)\b|[A-Z][a-zà-ü]+(?:se|sche)\b)"
                             r"[A-Z][a-zà-ü]{2,}(?:[ ]+[a-zà-ü]{3,}e)+[ ]+$")
_NOT_THE_ACT_RE = re.compile(r"ANW-(?:dienst|uren|uur|zorg|tijd|waarneming|rooster)")
_YEAR_END_RE = re.compile(r"(?<=[ ])(?:19|20)\d{2}$")
_YEAR_AFTER_RE = re.compile(r"[ \u00a0](?P<y>(?:19|20)\d{2})(?![\d.,]\d)")


# "de Vogel- en Habitatrichtlijn", "de Opvang- en Procedurerichtlijn": the first compound shares the head word of
# the second; it is a mention when the whole compound is a listed name
_ELLIPTIC_RE = re.compile(r"(?<![\w-])(?P<first>[A-Z][a-zà-ü]{2,})-" + _S + r"(?:en|of)" + _S
                          + r"[A-Z][a-zà-ü]+?(?P<head>richtlijn|verordening|verdrag|wet)(?![\w-])")


def _elliptic(text: str) -> list[RefHit]:
    out = []
    for m in _ELLIPTIC_RE.finditer(text):
        name = m.group("first") + m.group("head")
        hits = reference_index().find(name)
        if len(hits) == 1 and hits[0].end - hits[0].start == len(name):
            e: RefEntry = hits[0].payload
            out.append(RefHit(m.start("first"), m.end("first") + 1, e.kind, e.identifier, e.label, e.identifiers))
    return out


def _loose(name: str) -> str:
    """A long name as third-party text may print it: its words run together ("Verdraginzake") and its longer words
    broken by a hyphen where a line ended ("Internatio-naal")."""
    def word(w: str) -> str:
        if len(w) < 6:
            return re.escape(w)
        return re.escape(w[:2]) + "".join(r"(?:-[ \t]*\n?[ \t]*)?" + re.escape(c) for c in w[2:-1]) + re.escape(w[-1])
    return r"(?<![\w-])" + r"[ \t]*\n?[ \t]*".join(word(w) for w in name.split()) + r"(?![\w-])"


@lru_cache(maxsize=1)
def _name_patterns() -> tuple[tuple[re.Pattern, str, str, str], ...]:
    """Regular expressions of named_references.json entries: names that third-party text merges or breaks
    ("overeenkomst vanParijs") or that stand in an elliptic phrase ("de nationale en EU-klimaatwet")."""
    return tuple((re.compile(p), ref["kind"], ref["identifier"], ref["label"])
                 for ref in _json("named_references.json")["references"] for p in ref.get("patterns", ()))


@lru_cache(maxsize=1)
def _loose_patterns() -> tuple[re.Pattern, dict[str, list[tuple[re.Pattern, str, str, str]]]]:
    """With ``loose``, every name of four words or more of a named_references.json entry as third-party text may
    print it (``_loose``); tried only where the text has its first four letters (a fast pre-scan: such a pattern
    is slow to search for everywhere)."""
    by_prefix: dict[str, list[tuple[re.Pattern, str, str, str]]] = {}
    for ref in _json("named_references.json")["references"]:
        if not ref.get("loose"):
            continue
        flags = 0 if ref["case_sensitive"] else re.IGNORECASE
        for n in sorted(ref["names"], key=len, reverse=True):  # (the longest form of a name first)
            if len(n.split()) >= 4:
                by_prefix.setdefault(n[:4].lower(), []).append((re.compile(_loose(n), flags), ref["kind"],
                                                                 ref["identifier"], ref["label"]))
    prefixes = "|".join(re.escape(p) for p in sorted(by_prefix, key=len, reverse=True))
    return re.compile(r"(?<![\w-])(?:" + prefixes + ")", re.IGNORECASE), by_prefix


def _loose_named(text: str) -> list[RefHit]:
    scan, by_prefix = _loose_patterns()
    out = []
    for m in scan.finditer(text):
        for pattern, kind, identifier, label in by_prefix[m.group().lower()]:
            if (hit := pattern.match(text, m.start())) is not None:
                out.append(RefHit(hit.start(), hit.end(), kind, identifier, label))
                break
    return out


# an association agreement of the EU with a state: "het EU-Israël Associatieakkoord" (a treaty by its name)
_EU_ASSOCIATION_RE = re.compile(r"(?<![\w-])EU[- ][A-Z][a-zà-ü]+[ -]?[Aa]ssociatie(?:akkoord|verdrag|overeenkomst)(?![\w-])")


def _named(text: str) -> list[RefHit]:
    out = _loose_named(text)
    for m in _EU_ASSOCIATION_RE.finditer(text):
        out.append(RefHit(m.start(), m.end(), "treaty", " ".join(m.group().lower().split()), m.group()))
    for pattern, kind, identifier, label in _name_patterns():
        for m in pattern.finditer(text):
            out.append(RefHit(m.start(), m.end(), kind, identifier, label))
    for m in _ECLI_RE.finditer(text):
        out.append(RefHit(m.start(), m.end(), "case", re.sub(r"-[ \t]*\n?[ \t]*", "", m.group()), m.group()))
    for m in _EU_CASE_RE.finditer(text):
        out.append(RefHit(m.start(), m.end(), "case", m.group("id"), m.group()))
    for m in _BARE_EU_CASE_RE.finditer(text):
        sentence_start = max(text.rfind(". ", 0, m.start()), text.rfind("\n\n", 0, m.start()), m.start() - 240)
        if _COURT_CONTEXT_RE.search(text, max(0, sentence_start), m.start()):
            out.append(RefHit(m.start(), m.end(), "case", f"{m.group('id')[0]}-{m.group('nr')}/{m.group('yy')}", m.group()))
    for m in _CASE_RE.finditer(text):
        out.append(RefHit(m.start(), m.end(), "case", m.group().lower(), m.group()))
    for m in _ACRONYM_CASE_RE.finditer(text):
        out.append(RefHit(m.start(), m.end(), "case", f"{m.group('name').lower()}-{m.group('kind')}", m.group()))
    for m in _BILL_RE.finditer(text):
        name = " ".join(m.group("name").split()).strip()
        out.append(RefHit(m.start("name"), m.end("name"), "bill", bill_ident(name), name))
    return out


def _articles(text: str, laws: list[RefHit]) -> list[RefHit]:
    out = []
    for law in laws:
        if law.kind not in ("act", "eu-act", "treaty"):
            continue
        after = _TRAILING_ART_RE.match(text, law.end)
        if after:  # "gebaseerd op de Visumcode (Europese regelgeving), art. 8.lid 4"
            out.append(RefHit(law.start, after.end("nr"), "article", f"{law.identifier}/artikel/{after.group('nr')}",
                              text[law.start:after.end("nr")]))
        if (bare := _ART_ACT_NR_RE.match(text, law.end)) and \
                (word := _ART_BEFORE_ACT_RE.search(text, max(0, law.start - 9), law.start)):
            # "artikel WWM 26": the article word, the act's abbreviation, then the number
            s = word.start()
            out.append(RefHit(s, bare.end(), "article", f"{law.identifier}/artikel/{bare.group('nr')}", text[s:bare.end()]))
            continue
        head = text[max(0, law.start - 160):law.start]
        m = _ART_RE.search(head)
        if not m:
            continue
        offset = law.start - len(head)
        nums_start = offset + m.start("nums")
        for i, (a, b, nr) in enumerate(_article_numbers(m.group("nums"))):
            s = offset + m.start() if i == 0 else nums_start + a
            e = law.end if i == 0 else nums_start + b
            if law.identifier in _COLON_ARTICLE_ACTS:
                nr = re.sub(r"^(\d+[a-z]?)\.(\d+[a-z]?)$", r"\1:\2", nr)
            out.append(RefHit(s, e, "article", f"{law.identifier}/artikel/{nr}", text[s:e]))
        pos = m.start()
        while (prev := _COORD_ART_RE.search(head, 0, pos)) is not None:  # "artikel 6 en artikel 9 van de AVG"
            for a, b, nr in _article_numbers(prev.group("nums")):
                s, e = offset + (prev.start() if a == 0 else prev.start("nums") + a), offset + prev.start("nums") + b
                out.append(RefHit(s, e, "article", f"{law.identifier}/artikel/{nr}", text[s:e]))
            pos = prev.start()
    return out


_ART_BEFORE_ACT_RE = re.compile(r"(?<![A-Za-z])(?:[Aa]rtikel|[Aa]rt\.)[ \u00a0]$")
_ART_ACT_NR_RE = re.compile(r"[ \u00a0](?P<nr>\d+[a-z]?)(?![\d.,:/]\d|\d)")
# the act first and its article after a comma: "de Visumcode (Europese regelgeving), art. 8.lid 4"
_TRAILING_ART_RE = re.compile(r"(?:" + _S + r"\([^()\n]{1,40}\))?" + _S + r"," + _S + r"(?:[Aa]rtikel|[Aa]rt\.)" + _S
                              + r"(?P<nr>\d+[a-z]?)(?![\d:])")


# an article coordinated before another one of the same act: "artikel 6 en artikel 9 van de AVG"
_COORD_ART_RE = re.compile(r"(?<![A-Za-z])(?:[Aa]rtikel(?:en)?|[Aa]rt\.)" + _S + r"(?P<nums>\d+[a-z]?" + _LATIN + r"(?:" + _S
                           + r"(?:t/m|tot" + _S + r"en" + _S + r"met)" + _S + r"\d+[a-z]?" + _LATIN + r")?)" + _S
                           + r"(?:,|en|of)" + _S + r"$")
_ART_NUMBER_RE = re.compile(r"(?P<nr>\d+(?:[.:]\d+)*(?:([a-z])\2(?![a-z])|[a-z])?)(?P<latin>[ ]?(?:bis|ter|quater|quinquies|sexies|septies"
                            r"|octies|novies)\b)?")
_ART_RANGE_RE = re.compile(r"\s*(?:t/m|tot\s+en\s+met)\s*$")


def _article_numbers(nums: str) -> list[tuple[int, int, str]]:
    """The article numbers of a printed list, as (start, end, number): "137c tot en met 137g" is 137c, 137d, ...,
    137g (a range of letters of one number); "429 quater" is 429quater."""
    found = [(n.start(), n.end(), n.group("nr") + (n.group("latin") or "").strip()) for n in _ART_NUMBER_RE.finditer(nums)]
    out: list[tuple[int, int, str]] = []
    for i, (a, b, nr) in enumerate(found):
        if i and _ART_RANGE_RE.fullmatch(nums[found[i - 1][1]:a]):
            lo, hi = re.fullmatch(r"(\d+)([a-z])", found[i - 1][2]), re.fullmatch(r"(\d+)([a-z])", nr)
            if lo and hi and lo.group(1) == hi.group(1) and lo.group(2) < hi.group(2):
                # (the letters between stand for themselves only in the range: its text is their mention)
                out += [(found[i - 1][0], b, lo.group(1) + chr(c)) for c in range(ord(lo.group(2)) + 1, ord(hi.group(2)))]
        out.append((a, b, nr))
    return out


# "(artikel 17)": an article in brackets without an act is one of the act named last before it in the paragraph
_BARE_ART_RE = re.compile(r"\((?:zie" + _S + r")?(?P<word>[Aa]rtikel(?:en)?|[Aa]rt\.)" + _S
                          + r"(?P<nums>\d+(?:[.:]\d+)*[a-z]?(?:(?:," + _S + r"|" + _S + r"en" + _S + r")\d+(?:[.:]\d+)*[a-z]?)*)\)")


# a paragraph about a budget's articles: "een saldo van mee- en tegenvallers op diverse begrotingsartikelen ... op de
# AOW (artikel 8), AKW (artikel 10)": there "(artikel 8)" is the budget article the act's spending is booked on
_BUDGET_ARTICLES = re.compile(r"\b(?:begrotings|beleids|niet-beleids)artikel", re.I)


def _bare_articles(text: str, hits: list[RefHit]) -> list[RefHit]:
    out = []
    for m in _BARE_ART_RE.finditer(text):
        para = text.rfind("\n\n", 0, m.start()) + 1
        para_end = text.find("\n\n", m.end())
        if _BUDGET_ARTICLES.search(text, para, para_end if para_end >= 0 else len(text)):
            continue
        before = [h for h in hits if h.kind in ("act", "eu-act", "treaty") and para <= h.start and h.end <= m.start()
                  and m.start() - h.end <= 600]
        if not before:
            continue
        law = max(before, key=lambda h: h.end)
        for n in re.finditer(r"\d+(?:[.:]\d+)*[a-z]?", m.group("nums")):
            out.append(RefHit(m.start() + 1, m.end() - 1, "article", f"{law.identifier}/artikel/{n.group()}",
                              m.group()[1:-1]))
    return out


def _by_name(text: str, abbrevs: dict[str, RefEntry] | None) -> list[RefHit]:
    """Abbreviations the document defined and names the gazetteers do not list (ref_names.py)."""
    found = generic_names(text) + (abbreviation_hits(text, abbrevs) if abbrevs else [])
    return [RefHit(s, e, r.kind, r.identifier, r.label, r.identifiers) for s, e, r in found]


def _short_name_in_brackets(text: str, hit: RefHit, taken: list[RefHit]) -> RefHit:
    """A short "Wet ..." name in brackets right after an act's name is that act: "de Wet beperking ziekteverzuim en
    arbeidsongeschiktheid vangnetters (Wet Bezava)"."""
    if hit.kind != "act" or not text.startswith("Wet ", hit.start) or not text.startswith(")", hit.end):
        return hit
    before = next((h for h in taken if h.kind == "act" and re.fullmatch(r"[ ]?\(", text[h.end:hit.start])), None)
    return RefHit(hit.start, hit.end, before.kind, before.identifier, before.label, before.identifiers) if before else hit


@lru_cache(maxsize=1)
def _acts_by_initials() -> dict[str, str]:
    """"fes" -> "wet fonds economische structuurversterking": the initials of the words after "wet" of the listed
    acts whose name has no year, where one act has them."""
    out: dict[str, list[str]] = {}
    for name in laws():
        words = name.split()
        if words[0] == "wet" and len(words) >= 3 and not re.search(r"\d", name) and words[1] not in _AMENDING:
            initials = "".join(w[0] for w in words[1:] if w not in ("op", "de", "het", "van", "en", "voor", "inzake"))
            out.setdefault(initials, []).append(name)
    return {k: v[0] for k, v in out.items() if len(v) == 1 and len(k) >= 3}


# acts that amend, transfer or introduce ("wet wijziging ingangsdatum ...", "wet tot ..."): not what "XYZ-wet" names
_AMENDING = frozenset({"wijziging", "tot", "houdende", "van", "betreffende", "inzake", "regelende", "invoering",
                       "aanpassing", "overgangswet", "herziening", "intrekking", "verlenging", "uitbreiding"})


def _initials_act(hit: RefHit) -> RefHit:
    """"FES-wet": the listed act whose words have those initials (the Wet Fonds economische structuurversterking)."""
    m = re.fullmatch(r"([a-z]{2,6})-wet", hit.identifier)
    name = _acts_by_initials().get(m.group(1)) if m else None
    if name is None:
        return hit
    return RefHit(hit.start, hit.end, hit.kind, laws()[name], name[:1].upper() + name[1:], hit.identifiers)


# the Burgerlijk Wetboek is one act per book: "artikelen 2:138 en 2:248 Burgerlijk Wetboek" are articles 138 and 248
# of Boek 2, "artikel 7:252a ... van het Burgerlijk Wetboek" article 252a of Boek 7; "Boek 7 van het Burgerlijk
# Wetboek" is that book
_BW = r"(?:Burgerlijk\s+Wetboek|BW)\b"
_BW_ARTICLES_RE = re.compile(r"(?<![A-Za-z])(?:[Aa]rtikel(?:en)?|[Aa]rt\.)" + _S + r"(?P<nums>\d[a-z]?:\d+[a-z]?(?:(?:," + _S + r"|"
                             + _S + r"(?:en|of)" + _S + r")\d[a-z]?:\d+[a-z]?)*)(?P<between>[^.;\n]{0,80}?)\s(?:van\s+)?(?:het\s+)?(?P<bw>" + _BW + r")")
_BW_BOOK_RE = re.compile(r"\b[Bb]oek" + _S + r"(?P<book>\d[a-z]?)" + _S + r"(?:van\s+het\s+)?(?P<bw>" + _BW + r")")


def _civil_code(text: str) -> list[RefHit]:
    out = []
    for m in _BW_ARTICLES_RE.finditer(text):
        if re.search(r"\b(?:wet|Wet|Awb)\b", m.group("between")):
            continue  # "artikel 3:17 van de Algemene wet ...": another act's
        books = set()
        for n in re.finditer(r"(\d[a-z]?):(\d+[a-z]?)", m.group("nums")):
            act = laws().get(f"burgerlijk wetboek boek {n.group(1)}")
            if act is None:
                continue
            books.add(n.group(1))
            s = m.start() if n.start() == 0 else m.start("nums") + n.start()
            out.append(RefHit(s, m.start("nums") + n.end(), "article", f"{act}/artikel/{n.group(2)}",
                              text[s:m.start("nums") + n.end()]))
        for book in sorted(books):
            out.append(RefHit(m.start("bw"), m.end("bw"), "act", laws()[f"burgerlijk wetboek boek {book}"],
                              f"Burgerlijk Wetboek Boek {book}"))
    for m in _BW_BOOK_RE.finditer(text):
        if (act := laws().get(f"burgerlijk wetboek boek {m.group('book')}")) is not None:
            out.append(RefHit(m.start(), m.end(), "act", act, f"Burgerlijk Wetboek Boek {m.group('book')}"))
    return out


_OLD_BEFORE_RE = re.compile(r"\b[Dd]e[ \t\n]+oude[ \t\n]+$")


_ADJECTIVE_BEFORE_RE = re.compile(r"(?P<adj>[A-Z][\w-]+e)[ ]+$")


def _foreign_before(text: str, start: int) -> bool:
    """Whether the word before ``start`` is the adjective of a country other than the Netherlands."""
    m = _ADJECTIVE_BEFORE_RE.search(text, max(0, start - 30), start)
    return m is not None and foreign_country_word(m.group("adj"))


def find_references(text: str, abbrevs: dict[str, RefEntry] | None = None, forms: bool = True) -> list[RefHit]:
    """Every reference in ``text``; overlapping gazetteer hits inside a numbered citation are dropped.
    ``abbrevs``: the abbreviations and names the document defines (ref_names.document_abbreviations);
    ``forms``: also names read from the form of a word (ref_forms.py)."""
    numbered = _kamerstukken(text) + _aanhangsels(text) + _eu_acts(text)
    listed = _gazetteer(text)
    # a name read from its form inside a listed act's longer name is part of that name: "Wet beperking ziekteverzuim"
    # in "de Wet beperking ziekteverzuim en arbeidsongeschiktheid vangnetters"
    by_name = [h for h in _by_name(text, abbrevs)
               if not any(g.kind == "act" and g.start <= h.start and h.end <= g.end and g.end - g.start > h.end - h.start
                          for g in listed)]
    if abbrevs:  # a name the document defines ("Richtlijn 2013/33/EU (de Opvangrichtlijn)") wins over the list's
        defined = {(h.start, h.end) for h in by_name if h.kind == "eu-act" and text[h.start:h.end] in abbrevs}
        listed = [h for h in listed if h.kind != "eu-act" or (h.start, h.end) not in defined]
    named = [h for h in listed + _named(text) + by_name
             if not any(h.start < n.end and n.start < h.end for n in numbered)]
    taken = numbered + named
    by_form = [_initials_act(RefHit(f.start, f.end, f.kind, f.identifier, f.label)) for f in form_names(text)] \
        if forms else []
    hits = taken + [_short_name_in_brackets(text, f, taken) for f in by_form
                    if not any(f.start < h.end and h.start < f.end for h in taken)]
    if forms:  # a bill titled after the act it amends: both are mentions
        hits += [RefHit(f.start, f.end, f.kind, f.identifier, f.label) for f in amendment_bills(text)
                 if not any(f.start < n.end and n.start < f.end for n in numbered)]
    hits += _articles(text, hits) + _bare_articles(text, hits)
    civil = _civil_code(text)
    # the book's name replaces what other rules read into it ("Wijziging van Boek 7 ...": no bill of its own)
    hits = [h for h in hits if not any(h.start < c.end and c.start < h.end for c in civil)] + civil
    hits = [_as_bill(text, h) for h in hits]
    # a bill named after an act, from the act's name on ("het wetsvoorstel Participatiewet in balans"): no act
    hits = [h for h in hits if not (h.kind == "act" and any(b.kind == "bill" and b.start == h.start and b.end > h.end
                                                             for b in hits))]
    for bill in _dossier_bill(text):  # the short title in the dossier title is the bill's, not a listed act's
        hits = [h for h in hits if not (h.start < bill.end and bill.start < h.end and h.kind in ("act", "bill"))] + [bill]
    # "De Indonesische Grondwet", "de Belgische Vreemdelingenwet": another state's act, not the listed Dutch one
    hits = [h for h in hits if not (h.kind in ("act", "article") and h.identifier.startswith("BWBR")
                                    and _foreign_before(text, h.start))]
    # "de oude Vreemdelingenwet" is the act the listed one replaced (the Vreemdelingenwet of 1965): by its name (only
    # an act listed with its year has such a predecessor; "de oude Wajong" is the same act's earlier regime)
    hits = [RefHit(h.start, h.end, h.kind, text[h.start:h.end].lower(), text[h.start:h.end])
            if h.kind == "act" and h.identifier.startswith("BWBR") and _OLD_BEFORE_RE.search(text, max(0, h.start - 12), h.start)
            and re.search(r"\s(?:19|20)\d{2}$", h.label) else h
            for h in hits]
    if abbrevs:  # "Auditdienst Rijk (ADR)": the document's ADR is no treaty
        other = {a for a, r in abbrevs.items() if r.kind == NOT_A_REFERENCE}
        hits = [h for h in hits if text[h.start:h.end] not in other]
        # "het wetsvoorstel Screening kennisveiligheid", later "de Wet screening kennisveiligheid": the unlisted act
        # of that name is the bill the document names
        bills = {r.identifier for r in abbrevs.values() if r.kind == "bill"}
        hits = [RefHit(h.start, h.end, "bill", h.identifier, h.label)
                if h.kind == "act" and h.identifier in bills and not h.identifier.startswith("BWBR") else h for h in hits]
    # "het Associatieverdrag" after "het EU-Israël Associatieakkoord" is that agreement, not the listed Turkish one
    association = next((h.identifier for h in hits if _EU_ASSOCIATION_RE.fullmatch(text[h.start:h.end])), None)
    if association:
        hits = [RefHit(h.start, h.end, "treaty", association, h.label)
                if h.identifier == "turks associatieverdrag" and text[h.start:h.end].lower() == "associatieverdrag" else h
                for h in hits]
    # a bill's name cut short where its full name goes on ("het wetsvoorstel Verduidelijking Beoordeling
    # Arbeidsrelaties en Rechtsvermoeden (VBAR)"): the full name only
    hits = [h for h in hits if not (h.kind == "bill" and any(o.kind == "bill" and o.start == h.start and o.end > h.end
                                                             for o in hits))]
    # (a name inside a longer mention of the same reference is that mention: "Statuut" in "Statuut voor het Koninkrijk")
    hits = [h for h in hits if not any(o.identifier == h.identifier and o.start <= h.start and h.end <= o.end
                                       and (o.end - o.start) > (h.end - h.start) for o in hits)]
    hits.sort(key=lambda h: (h.start, h.end))
    seen, out = set(), []
    for h in hits:
        key = (h.start, h.end, h.identifier)
        if key not in seen:
            seen.add(key)
            out.append(h)
    return out


# an act cited without its year (or by a name two acts share) whose version depends on when the document was
# written: (name, the year from which the later version is meant, its id, its label, the first year of the
# earlier version, its id, its label). The Comptabiliteitswet 2016 replaced the Comptabiliteitswet 2001 on 1
# January 2018 (the 2017 BWB list holds the 2001 act, BWBR0013891; the 2016 act, BWBR0039429, is in
# named_references.json with the source of its id). The 2017 list holds
# two regulations titled Regeling Periodiek Evaluatieonderzoek: BWBR0031959 and the Minister van Financiën's of 15
# August 2014, BWBR0035579 (their titles in the list)
_VERSIONS = (
    ("comptabiliteitswet", 2018, "BWBR0039429", "Comptabiliteitswet 2016", 2002, "BWBR0013891",
     "Comptabiliteitswet 2001"),
    ("regeling periodiek evaluatieonderzoek", 2015, "BWBR0035579", "Regeling Periodiek Evaluatieonderzoek", 2012,
     "BWBR0031959", "Regeling Periodiek Evaluatieonderzoek"),
)


def dated_versions(hits: list[RefHit], year: int | None) -> list[RefHit]:
    """Acts cited without their year (and their articles) resolved to the version in force in ``year``, the
    document's year; unchanged when the year is unknown or before the first version."""
    if year is None:
        return hits
    out = []
    for h in hits:
        for stem, since, new, new_label, first, old, old_label in _VERSIONS:
            head, sep, rest = h.identifier.partition("/")
            if head != stem or h.kind not in ("act", "article"):
                continue
            version, label = (new, new_label) if year >= since else (old, old_label) if year >= first else (None, None)
            if version:
                h = RefHit(h.start, h.end, h.kind, version + sep + rest, h.label if h.kind == "article" else label,
                           h.identifiers)
        out.append(h)
    return out


@Language.component("kg_references", assigns=["doc._.kg_references", "doc.spans"])
def references_component(doc: Doc) -> Doc:
    hits = dated_versions(find_references(doc_text(doc), doc.user_data.get("kg_ref_abbrevs")),
                          doc.user_data.get("kg_default_year"))
    return attach_hits(doc, "kg_references", hits, lambda h: h.kind.upper(), lambda h: h.identifier)
