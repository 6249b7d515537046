"""References by name that the gazetteers do not list (tests/gold/GUIDELINES.md, decisions).

- Abbreviations a document defines: "de Wet politiegegevens (Wpg)", "Regeling aanwijzing consumentenvuurwerk
  (RAC)", "Renewable Energy Directive (RED-III)": later "de Wpg", also glued by a text extraction ("deWpg",
  "Wpgniet"), is the act named before the brackets. ``document_abbreviations`` reads them once per document.
- Acts not in the 2017 BWB list, named with their abbreviation in brackets -> act with the lower-case name.
- A named ACM code decision ("het codebesluit prioriteringsruimte bij transportverzoeken") -> act by name.
- A bill by name without guillemets ("het wetsvoorstel Verbetering beschikbaarheid jeugdzorg") -> bill
  ``wet verbetering beschikbaarheid jeugdzorg``.
- An EU act named only by an upper-case abbreviation that the document explains in words after it, in
  brackets ("de CSRD (rapportagewetgeving)", "de CSDDD (ketenzorgplichtwet)"): wherever the document uses the
  abbreviation it is an eu-act by the lower-case abbreviation. EU act abbreviations end in D, R or A
  (directive, regulation, act); the words must name legislation (wet, wetgeving, richtlijn, verordening, regels).
- An EU act named by capitalised (English) words whose initials and the letter of the unprinted act type
  (D, R; not A, which Dutch agreements also end in: "Integraal Zorgakkoord (IZA)") make the abbreviation in brackets ("Corporate Sustainability Due Diligence(CSDDD)") -> eu-act by
  the lower-case abbreviation, wherever the document uses it.
- A treaty named with a "VN" prefix ("het VN Handvest") is also meant by its bare name later ("het Handvest").
- A misprinted code name ("Wetboek van Strafverordening") -> the code meant, when one name is that close.
"""

from __future__ import annotations

import difflib
import re
from functools import lru_cache

from kamergraaf.extract.gazetteers import RefEntry, act_identifier, laws

NOT_A_REFERENCE = "none"  # RefEntry.kind of an abbreviation the document defines as something else
_NAME_WORDS_RE = re.compile(r"(?P<name>[A-Z][\w-]+(?:[ ]+(?:[A-Z][\w-]+|van|voor|de|der|het|en)){0,5})[ ]*$")
_LEGAL_NAME_RE = re.compile(r"(?i)verdrag|overeenkomst|accord|agreement|convention|treaty|protocol|wet|richtlijn|verordening"
                            r"|regeling|besluit|directive|regulation|act\b|handvest|charter")
_ABBR_DEF_RE = re.compile(r"\((?P<abbr>[A-Z][A-Za-z]{1,7}(?:-(?:[IVX]{1,4}|\d))?|[A-Z][A-Za-z]{1,5}[ ]?(?:19|20)\d\d)\)")
# ("Wet Inburgering 2013 (Wi2013)": an abbreviation that carries the act's year)
_ABBR_YEAR_RE = re.compile(r"^(?P<letters>[A-Za-z]+)[ ]?(?P<year>\d{4})$")
_HEREAFTER_RE = re.compile(r"\bhierna:?[ ](?:de[ ]|het[ ])?(?P<name>[A-Z][\w]{1,10}-(?:richtlijn|verordening))(?=\))")
_EXPLAINED_EU_RE = re.compile(r"(?<![\w-])(?P<abbr>[A-Z]{2,6}[DRA](?:-?\d)?)[ ]*\((?P<words>[a-zà-ü][a-zà-ü -]{2,60})\)")
_LEGISLATION_WORD_RE = re.compile(r"(?:wet|wetgeving|richtlijn|verordening|regels|regelgeving)\b")
_GENERIC_ACT_RE = re.compile(r"(?<![\w-])(?P<name>(?:Wet|Wetboek|Regeling|Besluit|Verordening)(?:[ ]+[A-Za-zà-ü][\w-]*){1,6}"
                             r"|(?:Tijdelijke[ ]+)?[A-Z][a-z]{3,}(?:regeling|besluit)(?:[ ]+[A-Za-zà-ü][\w-]*){1,5})[ ]*$")
# ("Subsidieregeling Duurzame Energie (SDE)": a scheme named before the abbreviation it defines)
_ENGLISH_EU_RE = re.compile(r"(?<![\w-])(?P<name>(?:[A-Z][a-z]+[ ]?){1,4}(?:Directive|Regulation|Act))[ ]*$")
_ENGLISH_WORDS_RE = re.compile(r"(?<![\w-])(?P<name>(?:[A-Z][a-z]+[ ]?){2,5})$")
_ONE_WORD_WET_RE = re.compile(r"(?<![\w-])[A-Z][a-z]{7,}wet\b")
_CODEBESLUIT_RE = re.compile(r"\b(?P<name>codebesluit(?:[ ]+[a-z][\w-]*){1,6})")
_BILL_NAME_RE = re.compile(r"(?:(?<![A-Za-z])|(?<=[Hh]et)|(?<=dit))[Ww]etsvoorstel[ ]?(?P<name>(?:[Ww]et[ ]+)?[A-Z][a-z][\w-]*"
                           r"(?:(?:[ ]+|[ ]*\n[ ]*)[A-Za-z][\w-]*){1,6}(?:[ ]\d{1,4}(?![\d.,/]\d))?)")  # (a name may run over a
# line break, and end in a number: "het wetsvoorstel Wet werkelijk rendement box 3")
# a bill named before the abbreviation of its words' initials: "het wetsvoorstel Taal en Toegankelijkheid (WTT)"
_BILL_ABBR_RE = re.compile(r"(?<![A-Za-z])[Ww]etsvoorstel[ ]+(?P<name>[A-Z][\w-]*(?:[ ]+[A-Za-zà-ü][\w-]*){1,6}?)[ ]?"
                           r"\((?P<abbr>[A-Z][A-Za-z]{1,7})\)")
# the small words an abbreviation of a name skips
INITIAL_SKIP = frozenset({"op", "de", "het", "van", "en", "voor", "inzake", "in", "tot", "aan", "met", "der"})
# a bill by its working title in lower case: "het wetsvoorstel verhoging griffierechten in werking"
_LOWER_BILL_RE = re.compile(r"(?<![A-Za-z])[Ww]etsvoorstel[ ]+(?P<name>(?:verhoging|verlaging|invoering|wijziging|versterking"
                            r"|modernisering|herziening|aanpassing|uitbreiding|verruiming|afschaffing|bevordering"
                            r"|vereenvoudiging|verbetering|stroomlijning|harmonisatie|regulering|beperking)"
                            r"(?:[ ]+[a-zà-ü][\w-]*){1,5})")
# an act by its working title: "de Wet vereenvoudiging beslagvrije voet", as its bill was called
_WORKING_TITLE_ACT_RE = re.compile(r"(?<![\w«“\"'-])Wet[ ]+(?P<name>(?:verhoging|verlaging|invoering|versterking|modernisering"
                                   r"|herziening|uitbreiding|verruiming|afschaffing|bevordering|vereenvoudiging|verbetering"
                                   r"|stroomlijning|harmonisatie|regulering|beperking)(?:[ ]+[a-zà-ü][\w-]*){1,5})")
_WETBOEK_RE = re.compile(r"\bWetboek[ ]+van[ ]+(?P<w>[A-Z][a-z]+)\b")
# words that end a name read from running text: articles, pronouns, auxiliaries, conjunctions
STOP_WORDS = frozenset("""de het een dat die dit deze zal zullen wordt worden werd is zijn was waren heeft hebben kan
kunnen moet moeten zou zouden en of maar om te in op met als aan uit tot naar ook nog niet wel waarin waarmee waarbij
waarvan dan zo er hier daar al""".split())
_CONNECT = frozenset("bij van voor door inzake op over".split())
# a past participle, also of a separable verb ("een verkapte VUT-regeling aangemerkt zou kunnen worden")
_PARTICIPLE_WORD_RE = re.compile(r"(?:aan|af|op|in|uit|toe|voor|mee|om|door|bij|na|vast|terug)?ge[a-z-]{3,}(?:d|t|en)")
# verbs that follow a name and end it: "de Wet vereenvoudiging beslagvrije voet geldt ..."
NAME_END_VERBS = frozenset("""valt geldt ligt regelt bepaalt biedt voorziet treedt kent gaat komt maakt stelt bevat omvat
blijft vormt geeft verplicht verbiedt vervangt wijzigt verandert beoogt zorgt introduceert loopt
trad ging kwam bleek lag gaf nam gold viel regelde bepaalde voorzag verving verviel bood""".split())
# (the past tense too: "De Wet herziening partneralimentatie trad in 2020 in werking")


# parties: "het lid Van Veen (VVD)" is no EU act
_PARTIES = frozenset({"VVD", "PVV", "CDA", "SP", "D66", "GL", "PvdA", "PvdD", "SGP", "CU", "BBB", "JA21", "FvD", "DENK", "NSC",
                      "GPV", "RPF", "LPF", "GL-PvdA", "BVNL", "ONL"})


def _fits_name(abbr: str, name: str) -> bool:
    """_fits, also without a scheme's head word: "Subsidieregeling milieukwaliteit elektriciteitsproductie (MEP)"."""
    head = re.match(r"[A-Za-z]*(?:regeling|besluit)\s+", name, re.I)
    return _fits(abbr, name) or bool(head and _fits(abbr, name[head.end():]))


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


_PUNCT_END = ".,;:?!»”’\""  # (a title's closing quote ends a name: "«Stand van zaken wetsvoorstel Wet ... box 3»")


def _trim(words: list[str]) -> list[str]:
    """The words of a name up to the first stop word or participle; a trailing connector is dropped."""
    out = []
    for w in words:
        bare = w.lower().rstrip(_PUNCT_END)
        if bare in STOP_WORDS or bare in NAME_END_VERBS or (out and _PARTICIPLE_WORD_RE.fullmatch(bare)):
            break
        out.append(w.rstrip(_PUNCT_END))
        if w != w.rstrip(_PUNCT_END):
            break
    while out and out[-1].lower() in _CONNECT:
        out.pop()
    return out


# a name goes on over a connector when one or two name words and a punctuation mark follow it:
# "Wet internationalisering in balans." but not "Wet internationalisering in de Kamer besproken"
_INNER = frozenset("in en op van voor met tot".split())
# ... a punctuation mark, or a footnote marker run into the last word ("Participatiewet in balans2")
_NAME_END = re.compile(r"(?:[.,;:?!»]|(?<=[a-z])\d{1,2})$")


def bill_ident(name: str) -> str:
    """A bill's identifier: its full name in lower case, "Wet ..." unless it is one already ("Participatiewet in
    balans", "Tijdelijke wet ...")."""
    name = " ".join(name.split()).lower()
    return name if re.match(r"(?:tijdelijke )?wet |\w+wet\b", name) else "wet " + name


def bill_name(phrase: str) -> str | None:
    """The name of a bill read from the words after "wetsvoorstel": a one-word act name ("Cyberbeveiligingswet"),
    else the words up to a stop word, a participle or a punctuation mark (at least two words, or one "Wet ...")."""
    words = phrase.split()
    if re.fullmatch(r"[A-Z][a-z]{3,}wet[.,;:?!]?", words[0]) and not (
            len(words) >= 3 and words[0][-1].isalpha() and words[1] in _INNER and _NAME_END.search(words[2])):
        return words[0].rstrip(".,;:?!")
    out = _trim(words)
    rest = words[len(out):]
    if out and rest and out[-1] == words[len(out) - 1] and rest[0].lower() in _INNER:
        for k in (1, 2):
            tail = rest[1:1 + k]
            if (len(tail) == k and all(w.lower().rstrip(".,;:?!»") not in STOP_WORDS for w in tail)
                    and _NAME_END.search(tail[-1])):
                out = out + [rest[0]] + [_NAME_END.sub("", w) if w is tail[-1] else w.rstrip(".,;:?!»") for w in tail]
                break
    if len(out) >= 2 or (out and out[0].lower().startswith("wet")):
        return " ".join(out)
    return None


# a name, then an EU act's number in brackets: "de Ontbossingswet (Verordening (EU) 2023/1115)"
# ... and the other way round: "Richtlijn 2013/33/EU (de Opvangrichtlijn)", "Verordening (EU) 2016/399
# (Schengengrenscode)": the name in brackets after the number is that act's name in this document
_NAME_AFTER_NUMBER_RE = re.compile(r"\b(?:[Rr]ichtlijn|[Vv]erordening)[ \t]+(?:\((?:EU|EG|EEG)\)[ \t]+)?(?:nr\.[ \t]*)?\d{2,4}/\d{1,4}"
                                   r"(?:/(?:EU|EG|EEG))?[ \t]*\((?:de[ \t]+|het[ \t]+)?(?P<name>[A-Z][\wà-ü-]{3,}"
                                   r"(?:richtlijn|verordening|code))\)")
_NUMBER_IN_BRACKETS_RE = re.compile(r"[\w»”'][ \t]*\((?=(?:[Vv]erordening|[Rr]ichtlijn)[ \t]+(?:\((?:EU|EG|EEG)\)[ \t]+)?(?:nr\.[ \t]*)?\d)")


def document_abbreviations(text: str, find) -> dict[str, RefEntry]:
    """Abbreviations defined in brackets after a reference's name; ``find`` is the reference finder
    (text -> hits with kind/identifier/label/identifiers/end)."""
    out: dict[str, RefEntry] = {}
    for m in _ABBR_DEF_RE.finditer(text):
        abbr = m.group("abbr")
        if abbr in out:
            continue
        window = text[max(0, m.start() - 160):m.start()]
        tail = window.rstrip()
        y = _ABBR_YEAR_RE.match(abbr)
        if y:  # the year closes the name: the act is the one named before it
            if not tail.endswith(" " + y.group("year")):
                continue
            hit = next((h for h in reversed(find(tail)) if h.end == len(tail) and h.kind in ("act", "bill")
                        and h.label.endswith(y.group("year")) and _fits(y.group("letters"), h.label)), None)
            if hit is None:  # "Wet Inburgering 2013": the act of that name in force in that year
                tail = tail[:-4].rstrip()
                hit = next((h for h in reversed(find(tail)) if h.end == len(tail) and h.kind in ("act", "bill")
                            and _fits(y.group("letters"), h.label)), None)
            if hit is not None:
                out[abbr] = RefEntry(hit.kind, hit.identifier, hit.label, hit.identifiers)
            continue
        hit = next((h for h in reversed(find(tail)) if h.end == len(tail)
                    and h.kind in ("act", "eu-act", "treaty", "bill")
                    and (_fits_name(abbr, h.label) or _fits_name(abbr, tail[h.start:h.end])
                         or (h.kind == "bill" and _fits_name(abbr, h.identifier)))), None)
        # (the name as printed, also where the list holds the act under another: "Wet administratiefrechtelijke
        # handhaving verkeersvoorschriften (Wahv)" is the list's "wet mulder"; a bill's full name: "het wetsvoorstel
        # Taal en Toegankelijkheid (WTT)" is the wet taal en toegankelijkheid)
        if hit is not None:
            out[abbr] = RefEntry(hit.kind, hit.identifier, hit.label, hit.identifiers)
            continue
        g = _GENERIC_ACT_RE.search(window)
        if g and _fits(abbr, g.group("name")):
            name = " ".join(g.group("name").split())
            out[abbr] = RefEntry("act", name.lower(), name)
            continue
        e = _ENGLISH_EU_RE.search(window)
        if e and _fits(abbr, e.group("name")):
            name = " ".join(e.group("name").split())
            if name.endswith("Act"):  # "Digital Services Act (DSA)": the act by its lower-case name
                out[abbr] = out[name] = RefEntry("eu-act", name.lower(), name)
            else:  # "Renewable Energy Directive (RED-III)": by its abbreviation
                out[abbr] = RefEntry("eu-act", abbr.lower(), abbr)
            continue
        # "Corporate Sustainability Due Diligence(CSDDD)": the initials of capitalised words and the letter of the
        # act type left unprinted (Directive, Regulation) -> eu-act by its abbreviation
        w = _ENGLISH_WORDS_RE.search(window)
        if w and abbr[-1] in "DR" and abbr not in _PARTIES and abbr[:-1] == "".join(x[0] for x in w.group("name").split()) and \
                not re.search(abbr[-1].lower() + r"[a-z]{3,}$", w.group("name").split()[-1][1:]):
            # (not "Universele Postdienst (UPD)": the D is the compound's "dienst", no act type left unprinted)
            out[abbr] = RefEntry("eu-act", abbr.lower(), abbr)
            continue
        # "de Auditdienst Rijk (ADR)": capitalised words that are no reference and no act or treaty's name define
        # the abbreviation as something else, so the document's "ADR" is not the treaty of that name
        other = _NAME_WORDS_RE.search(tail)
        words = other.group("name").split() if other else []
        # (from the capitalised word the abbreviation starts with: "Lukt het de Auditdienst Rijk (ADR)")
        name = next((" ".join(words[i:]) for i in range(len(words)) if words[i][0].isupper()
                     and words[i][0].lower() == abbr[0].lower() and _fits(abbr, " ".join(words[i:]))), None)
        if name and abbr.isupper() and len(abbr) >= 2 and not _LEGAL_NAME_RE.search(name):
            out[abbr] = RefEntry(NOT_A_REFERENCE, "", name)
            continue
        # a treaty the form rules identified by this abbreviation ("... op zee 1974 (SOLAS)")
        with_abbr = find(text[max(0, m.start() - 160):m.end()])
        named = next((h for h in with_abbr if (h.kind == "treaty" and h.identifier == abbr.lower())
                      or (h.kind == "bill" and h.end == len(tail) and _fits_name(abbr, h.identifier))), None)
        # (... or a bill the form rules bounded by this abbreviation: "het wetsvoorstel Taal en Toegankelijkheid (WTT)")
        if named is not None:
            out[abbr] = RefEntry(named.kind, named.identifier, named.label, named.identifiers)
    for m in _HEREAFTER_RE.finditer(text):
        # "richtlijn 2011/82/EU ... (PB L 288 van 5.11.2011, blz. 1; hierna de CBE-richtlijn)": the short name the
        # document gives the EU act it cited just before
        name = m.group("name")
        if name not in out:
            before = [h for h in find(text[max(0, m.start() - 400):m.start()]) if h.kind == "eu-act"]
            if before:
                h = before[-1]
                out[name] = RefEntry(h.kind, h.identifier, h.label, h.identifiers)
    for m in _NUMBER_IN_BRACKETS_RE.finditer(text):
        # "de Ontbossingswet (Verordening (EU) 2023/1115)": a name followed by an EU act's number in brackets is that
        # act's name in this document
        window = text[max(0, m.start() - 120):m.end() + 60]
        offset = max(0, m.start() - 120)
        hits = find(window)
        bracket = m.end() - 1 - offset  # the "(" before the number
        name = next((h for h in hits if h.end <= bracket and not re.fullmatch(r"3\d{4}[LRD]\d{4}", h.identifier)
                     and h.kind in ("act", "eu-act") and re.fullmatch(r"[ \t]*", window[h.end:bracket])), None)
        celex = next((h for h in hits if h.start == bracket + 1 and h.kind == "eu-act"
                      and re.fullmatch(r"3\d{4}[LRD]\d{4}", h.identifier)), None)
        key = window[name.start:name.end] if name else None
        if name and celex and key not in out:
            out[key] = RefEntry(celex.kind, celex.identifier, key, celex.identifiers)
    for m in _NAME_AFTER_NUMBER_RE.finditer(text):
        key = m.group("name")
        hits = find(text[m.start():m.end()])
        celex = next((h for h in hits if h.start == 0 and h.kind == "eu-act"
                      and re.fullmatch(r"3\d{4}[LRD]\d{4}", h.identifier)), None)
        if celex and key not in out:
            out[key] = RefEntry(celex.kind, celex.identifier, key, celex.identifiers)
    for m in _EXPLAINED_EU_RE.finditer(text):
        abbr = m.group("abbr")
        if abbr not in out and _LEGISLATION_WORD_RE.search(m.group("words")):
            out[abbr] = RefEntry("eu-act", abbr.lower(), abbr)
    out.update(_document_names(text, find, out))
    return out


_STATUUT_ID = "BWBR0002154"  # Statuut voor het Koninkrijk der Nederlanden (laws.csv)
_KINGDOM_RE = re.compile(r"Koninkrijksrelaties|Koninkrijksregering|Rijksministerraad|Aruba|Curaçao|Sint[ ]Maarten")


def _document_names(text: str, find, known: dict[str, RefEntry]) -> dict[str, RefEntry]:
    """Names a document establishes once and uses again: a bill named after "wetsvoorstel" ("het wetsvoorstel
    Wet internationalisering in balans", later "deWet internationalisering in balans"); a one-word act name
    close to a bill or act the document names by a listed name ("Cyberveiligheidswet" for the
    Cyberbeveiligingswet: one name per bill)."""
    out: dict[str, RefEntry] = {}
    for m in _BILL_NAME_RE.finditer(text):
        name = bill_name(m.group("name") + text[m.end("name"):m.end("name") + 1].strip())
        if name and " " in name and name not in known:
            name = " ".join(name.split())
            out[name] = RefEntry("bill", bill_ident(name), name)
    hits = find(text, None, False)  # listed names only, not those read from the form of a word
    for h in hits:
        bare = re.fullmatch(r"VN[- ]?(?P<w>[A-Z][a-z]{4,})", h.label) if h.kind == "treaty" else None
        if bare is None:
            bare = re.fullmatch(r"VN[- ]?(?P<w>[A-Z][a-z]{4,})", text[h.start:h.end]) if h.kind == "treaty" else None
        if bare and bare.group("w") not in known:
            out[bare.group("w")] = RefEntry(h.kind, h.identifier, h.label, h.identifiers)
    # "het Statuut voor het Koninkrijk", later "zoals in het Statuut beschreven": the Statuut the document named
    # (in a document on the Kingdom's affairs, "het Statuut" is that Statuut even when the document never names it)
    statuut = next((h for h in hits if h.identifier == _STATUUT_ID), None)
    if statuut is None and _KINGDOM_RE.search(text):
        statuut = next((h for h in find("Statuut voor het Koninkrijk der Nederlanden", None, False)
                        if h.identifier == _STATUUT_ID), None)
    if statuut is not None and "Statuut" not in known:
        out["Statuut"] = RefEntry(statuut.kind, statuut.identifier, statuut.label, statuut.identifiers)
    listed = {h.label.lower(): h for h in hits if h.kind in ("act", "bill") and re.fullmatch(r"[a-z]{4,}wet", h.label.lower())}
    for m in _ONE_WORD_WET_RE.finditer(text):
        word = m.group()
        if word.lower() in listed or word in out:
            continue
        close = [n for n in difflib.get_close_matches(word.lower(), list(listed), n=2, cutoff=0.8) if n[:4] == word[:4].lower()]
        if len(close) == 1:
            h = listed[close[0]]
            out[word] = RefEntry(h.kind, h.identifier, h.label, h.identifiers)
    return out


def abbreviation_hits(text: str, abbrevs: dict[str, RefEntry]) -> list[tuple[int, int, RefEntry]]:
    out = []
    for abbr, ref in abbrevs.items():
        if ref.kind == NOT_A_REFERENCE:
            continue
        # (a longer one may carry a footnote marker: "de evaluatie Wbmgp1 dat ...")
        glue = r"(?![A-Z])(?!\d+[A-Za-z])(?!\d{3})" if len(abbr) >= 3 and abbr[-1].isalpha() else r"(?![A-Za-z0-9])"
        if len(abbr) > 5 and abbr[1:].islower():  # a name word ("Statuut"), not in a longer name ("Statuut van Rome")
            glue = r"(?![\w-])(?![ ]+(?:van|voor|der|inzake)\b)"
        for m in re.finditer(r"(?<![A-Z0-9])" + re.escape(abbr) + glue, text):
            out.append((m.start(), m.end(), ref))
    # an act read from its own name before the brackets ("Wet administratiefrechtelijke handhaving
    # verkeersvoorschriften (Wahv)") is named there too, so that "art. 23 van de Wet ... (Wahv)" finds its act
    named = {ref.label: ref for ref in abbrevs.values() if ref.kind == "act" and ref.identifier == ref.label.lower()
             and " " in ref.label}
    for name, ref in named.items():
        for m in re.finditer(r"(?<![\w-])" + r"\s+".join(map(re.escape, name.split())) + r"(?![\w-])", text):
            out.append((m.start(), m.end(), ref))
    return out


def generic_names(text: str) -> list[tuple[int, int, RefEntry]]:
    out = []
    for m in _CODEBESLUIT_RE.finditer(text):
        words = _trim(m.group("name").split()[1:])
        if words:
            name = "codebesluit " + " ".join(words)
            out.append((m.start(), m.start() + len(name), RefEntry("act", name.lower(), name)))
    for m in _BILL_NAME_RE.finditer(text):
        name = bill_name(m.group("name") + text[m.end("name"):m.end("name") + 1].strip())
        if name:
            # the name's words as printed, maybe over a line break ("Participatiewet\nin balans")
            shown = re.match(r"\s+".join(map(re.escape, name.split())), text[m.start("name"):])
            out.append((m.start("name"), m.start("name") + shown.end(), RefEntry("bill", bill_ident(name), " ".join(name.split()))))
    for m in _BILL_ABBR_RE.finditer(text):
        # "het wetsvoorstel Taal en Toegankelijkheid (WTT)": the initials (after the W of "Wet") bound the name
        words = m.group("name").split()
        initials = "".join(w[0] for w in words if w.lower() not in INITIAL_SKIP).lower()
        if len(words) >= 2 and m.group("abbr").lower() in (initials, "w" + initials) and not words[0].lower() == "wet":
            name = " ".join(words)
            out.append((m.start("name"), m.start("name") + len(m.group("name")), RefEntry("bill", bill_ident(name), name)))
    for m in _LOWER_BILL_RE.finditer(text):
        words = _trim(m.group("name").split())
        if words:
            words[-1] = re.sub(r"(?<=[a-z])\d{1,2}$", "", words[-1])  # a footnote marker glued to the last word
        if len(words) >= 2:
            name = " ".join(words)
            # its full name is "Wet ..." where an act of that name is listed (the bill that became it)
            ident = "wet " + name.lower() if "wet " + name.lower() in laws() else name.lower()
            out.append((m.start("name"), m.start("name") + len(name), RefEntry("bill", ident, name)))
    for m in _WORKING_TITLE_ACT_RE.finditer(text):
        words = _trim(m.group("name").split())
        if len(words) >= 2 and not re.match(r"[ ]+[A-Z][a-z]", text[m.start() + 4 + len(" ".join(words)):]):
            name = "Wet " + " ".join(words)  # (not a name that goes on in capitals: "Wet verbetering ... Jeugdzorg")
            out.append((m.start(), m.start() + len(name), RefEntry("act", act_identifier(name.lower()), name)))
    for m in _WETBOEK_RE.finditer(text):
        name = f"wetboek van {m.group('w').lower()}"
        if name in laws() or name in _codes():
            continue
        close = difflib.get_close_matches(name, _codes(), n=2, cutoff=0.85)
        if len(close) == 1:
            ident = act_identifier(close[0])
            out.append((m.start(), m.end(), RefEntry("act", ident, close[0][:1].upper() + close[0][1:])))
    return out


@lru_cache(maxsize=1)
def _codes() -> tuple[str, ...]:
    return tuple(n for n in set(laws()) | {"wetboek van strafrecht", "wetboek van strafvordering"}
                 if n.startswith("wetboek van ") and not n.endswith(" bes"))  # (the BES codes: "Strafverordening" is no closer)
