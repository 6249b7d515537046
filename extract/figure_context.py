"""The context of a figure inside its answer: sentences, the agency that counted it, and which time
expressions of its sentence apply to it.

Rules work on spans of the cleaned text; a line break inside a sentence is whitespace like any other
(sentence ends are punctuation, blank lines and table lines).
"""

from __future__ import annotations

import re
from datetime import date

from kamergraaf.extract.agencies import AgencyHit
from kamergraaf.extract.gazetteers import agency_by_key
from kamergraaf.extract.numbers import TimeExpr, TimeRef

_SENT_END = re.compile(r"(?<=[.!?])[\"'»”)]*\s+(?=[A-Z€\d(«\"'‘“])|\n[ \t]*\n|:[ \t]*\n|(?<=[\d)])[ \t]*\n(?=[ \t]*[A-Z])"
                       # a footnote marker after the full stop: "... bij verzekeraars.1 De jaarstaten ..."
                       r"|(?<=[A-Za-zà-ü)»”][.!?])\d{1,2}\s+(?=[A-Z])|(?<=(?:19|20)\d\d[.!?])\d{1,2}\s+(?=[A-Z])")
_ABBREVIATIONS = re.compile(r"(?:\b(?:ca|nr|nrs|jl|art|blz|bijv|resp|mr|dr|drs|ir|prof|o\.a|m\.b\.t|t\.a\.v|i\.v\.m|c\.q|z\.g\.a|"
                            r"p|vgl|zgn|incl|excl|max|min|mld|mln|red)\.)$", re.IGNORECASE)
# "€ 204 mln. Deze maken deel uit van ...": an amount's abbreviation can end a sentence when a sentence opens after it
_AMOUNT_ABBREVIATION = re.compile(r"\b(?:mln|mld)\.$")
_SENTENCE_OPENER = re.compile(r"(?:De|Het|Deze|Dit|Dat|Die|Er|In|Op|Voor|Ook|Daarnaast|Hiervan|Daarvan|Wij|Ik|Dit|Bij|Met"
                              r"|Zoals|Naast|Verder|Tevens|Dat)\b")
_SOURCE_BEFORE = re.compile(r"(?:\b(?:(?:cijfers|gegevens|caseload|ondersteuning|hulp|registratie|registraties|informatie|"
                            r"opgave|data|administratie|systemen)(?:\s*\([^()]{1,30}\))?\s+van|door|bij|volgens|heeft|hebben|had|schat|schatte|raamt)"
                            r"\s+(?:de\s+|het\s+)?|[-–]\s*)$",
                            re.I)
_SOURCE_AFTER = re.compile(r"^(?:\s*\([^)]*\))?\s*(?:heeft|hebben|had|beheert|beheerde|registreert|registreerde|"
                           r"telde|telt|verleende|deed|heeft|houdt\b[^.;]{0,80}\bbij\b|-|–|[ \t]+(?:statistieken|cijfers|"
                           r"gegevens|data|registratie|registraties)\b)", re.I)
_DECISION_COMPOUND = re.compile(r"-(?:straf)?(?:beschikking|besluit|boete|sanctie|vergunning|aanwijzing)\w*\s+(?:(?:is|zijn|werd|werden)\s+)?"
                                r"(?:opgelegd|uitgevaardigd|afgegeven|verleend|genomen|uitgedeeld)\b", re.I)
# "... dat UWV in 2023 14.000 meer beoordelingen heeft kunnen doen": the agency is the subject of the
# subordinate clause that holds the figure
_SUBJECT_BEFORE = re.compile(r"\b(?:dat|omdat|doordat|waardoor|zodat|nu|toen|waarbij|wanneer|indien)\s+(?:de\s+|het\s+)?"
                             r"(?:Inspectie\s+)?$",
                             re.I)
_CLAUSE_BREAK = re.compile(r"[,;:()]|\b(?:en|maar|terwijl|want|omdat|dat(?!\s+jaar\b)|die|waarbij|waardoor)\b", re.I)
# a coordinated clause with a subject of its own: "... is op 1 juli van start gegaan en de verwachting is ..."
# a second verb of the same subject: "Dat is 4,1% ... en sluit aan bij de trend sinds 2016"
SECOND_VERB = re.compile(r"\sen\s+(?:sluit|sluiten|ligt|liggen|blijft|blijven|past|passen|komt|komen|valt|vallen)\s", re.I)
_NEW_CLAUSE = re.compile(r"(?:,\s*|\s)(?:en|maar|terwijl|want)\s+(?:de|het|er|dat|die|dit|deze|ik|wij|we|zij|ze|hij|u|men)\b"
                         r"|" + SECOND_VERB.pattern, re.I)


_LIST_MARKER_BEFORE = re.compile(r"(?:^|\n)[ \t]*[a-z][.)]$")


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans; a table line (``Reguliere plekken 35.140``) is a sentence of its own."""
    out, start = [], 0
    for m in _SENT_END.finditer(text):
        if text[m.start() - 1:m.start()] == "." and _ABBREVIATIONS.search(text[max(0, m.start() - 8):m.start()]) \
                and not (_AMOUNT_ABBREVIATION.search(text, max(0, m.start() - 8), m.start())
                         and _SENTENCE_OPENER.match(text, m.end())):
            continue
        if _LIST_MARKER_BEFORE.search(text, max(0, m.start() - 6), m.start()):
            continue  # "a. Vitaliteit biggen: € 80.000": a list marker at the start of a line ends no sentence
        if text[start:m.start()].strip():
            out.append((start, m.start()))
        start = m.end()
    if text[start:].strip():
        out.append((start, len(text)))
    trimmed = []
    for s, e in out:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        trimmed.append((s, e))
    return trimmed


def _counts(text: str, h: AgencyHit, span: tuple[int, int], figure: int | None) -> bool:
    """Whether the sentence names agency ``h`` as the one that registered, decided or counted."""
    if text[h.end:h.end + 1] == "-" and not re.match(r"-\s", text[h.end:h.end + 2]):
        # a compound (UWV-verzekeringsartsen) names the agency, not the counter; but the agency's own decision
        # imposed or issued is the agency's count: "... een OM-strafbeschikking opgelegd", "IND-besluiten genomen"
        return bool(_DECISION_COMPOUND.match(text, h.end))
    if text[h.end:h.end + 1].isalpha() or (h.start and text[h.start - 1].isalpha()):
        return False  # a glued compound ("de politieacademie", "de zedenpolitie") is another body
    if _SOURCE_BEFORE.search(text[max(0, h.start - 60):h.start]) or _SOURCE_AFTER.search(text[h.end:h.end + 25]) \
            or h.start == span[0] or re.match(r"(?:De|Het)\s+$", text[span[0]:h.start]):
        return True
    if figure is not None and h.end <= figure and figure - h.end <= 60 \
            and _SUBJECT_BEFORE.search(text[max(0, h.start - 20):h.start]) \
            and not _CLAUSE_BREAK.search(text[h.end:figure]):
        return True
    return False


def agency_source(text: str, span: tuple[int, int], agencies: list[AgencyHit], figure: int | None = None) -> str | None:
    """The one agency that ``span`` (a sentence or a table caption) names as the source of its figures."""
    keys = []
    for h in agencies:
        if not (span[0] <= h.start < span[1]) or not _counts(text, h, span, figure):
            continue
        if agency_by_key()[h.key]["ministry"] and not text[max(0, h.start - 30):h.start].lower().rstrip().endswith(
                ("ministerie van", "ministerie van het", "inspectie")):
            continue  # a ministry is no source, its Inspectie is ("de Inspectie SZW ... 1778 boetebeschikkingen")
        keys.append(h.key)
    keys = list(dict.fromkeys(keys))
    return keys[0] if len(keys) == 1 else None


_REGISTERS = re.compile(r"\s+(?:registreert|registreerde|telt|telde|houdt\s+(?:niet\s+)?bij|hield\s+(?:niet\s+)?bij)\b")


def counter_before(text: str, pos: int, agencies: list[AgencyHit]) -> str | None:
    """The agency that registers what a table counts, named in a sentence of the answer before it ("De IND
    registreert niet of ..., maar wel of ...") when the answer names no other agency."""
    if len({h.key for h in agencies}) != 1:
        return None
    for h in agencies:
        if h.end < pos and _REGISTERS.match(text, h.end):
            return h.key
    return None


def applicable(exprs: list[TimeExpr], sentence: str, position: int) -> list[TimeExpr]:
    """The time expressions of a sentence that can apply to a figure at ``position`` (offsets into
    ``sentence``): a date ("op 1 juli") in another coordinated clause is the date of an event, not the
    figure's reference date."""
    out = []
    for t in exprs:
        if t.kind in ("date", "bare_date") and not re.match(r"(?i)peil|stand", sentence[t.start:t.end]):
            between = sentence[t.end:position] if t.end <= position else sentence[position:t.start]
            if _NEW_CLAUSE.search(between):
                continue
        elif t.start > position and _NEW_CLAUSE.search(sentence[position:t.start]):
            continue  # "Eind 2020 zijn 5 fte gestart en de overige 13 fte starten in het eerste kwartaal van 2021"
        elif t.kind == "month" and t.start > position and _CLAUSE_BREAK.search(sentence[position:t.start]):
            continue  # "€ 8,8 miljoen ... omdat het betaald is in december 2017": the month of an event after it
        out.append(t)
    return out


# the date of a document or decision a sentence names ("de motie Ten Broeke-Bonis van 19 december 2012", "de
# uitspraak van de CRvB van 14 april 2023", "de brief van 15 mei 2024"): an event, not the figures' reference date
_EVENT_DATE_BEFORE = re.compile(r"\b(?:motie|moties|brief|kamerbrief|uitspraak|arrest|vonnis|beschikking|besluit"
                                r"|verslag|rapport|nota|notitie|advies|amendement|overleg|debat|vergadering|akkoord"
                                r"|beantwoording|vragen|antwoorden|mail|e-mail|bericht|publicatie|persbericht)\b"
                                r"[^.;:!?\n]{0,80}?\bvan\s*$", re.IGNORECASE)


# the day something was published or said ("een enquête van Nuffic gepubliceerd op 27 oktober", "De Volkskrant
# citeert op 31 maart jl. de eigenaar", "Deze uitspraak in de Telegraaf op 30 maart jl."): an event, not the figures'
# reference date
_EVENT_VERB_BEFORE = re.compile(r"\b(?:(?:gepubliceerd|publiceerde|publiceert|verschenen|verscheen|citeert|citeerde|meldde"
                                r"|berichtte|schreef|verklaarde|uitgezonden|uitgebracht)\s+(?:\w+\s+){0,2}"
                                r"|(?:uitspraak|uitzending|interview|artikel|bericht)\s+in\s+(?:de\s+|het\s+)?[A-Z]\w*\s+)"
                                r"(?:op\s*)?$")


def _event_date(t: TimeExpr, sentence: str) -> bool:
    before = sentence[max(0, t.start - 100):t.start]
    return (t.kind == "bare_date" and _EVENT_DATE_BEFORE.search(before) is not None) or \
        (t.kind in ("date", "bare_date") and _EVENT_VERB_BEFORE.search(before) is not None)


def without_event_dates(exprs: list[TimeExpr], sentence: str) -> list[TimeExpr]:
    """The sentence's time expressions less the bare dates that date a document or decision it names."""
    return [t for t in exprs if not _event_date(t, sentence)]


# an enumeration of years that "respectievelijk" maps onto the figures after it: "de jaren 2015 en 2016 ... van
# respectievelijk 5% en 8%", "in 2021, 2022 en 2023 respectievelijk 40, 52 en 61"; "zowel in 2015 als in 2016"
_YEAR_LIST = re.compile(r"\b(?:19|20)\d{2}(?:\s*,\s*(?:in\s+)?(?:19|20)\d{2})*\s+(?:en|als)\s+(?:in\s+)?(?:19|20)\d{2}\b"
                        r"(?![.,]\d)")
_RESPECTIVELY = re.compile(r"\brespectievelijk\b", re.I)


def respective_years(sentence: str, position: int, figures_after: list[int]) -> TimeRef | None:
    """The year a "respectievelijk" enumeration gives the figure at ``position`` (offsets into ``sentence``;
    ``figures_after`` are the positions of the sentence's figures): None when the sentence has no such
    enumeration, an empty TimeRef when the years and figures do not pair up."""
    resp = _RESPECTIVELY.search(sentence)
    if not resp or position < resp.end():
        return None
    lists = [m for m in _YEAR_LIST.finditer(sentence, 0, resp.start())]
    if not lists:
        return None
    years = [int(y) for y in re.findall(r"(?:19|20)\d{2}", lists[-1].group())]
    after = sorted(p for p in figures_after if p > resp.end())
    # one figure per year, or a series per year list ("respectievelijk 4%, 3,75% en 3,25% voor lange leningen en
    # 1,5%, 1,5% en 1,25% voor korte leningen")
    if not years or len(after) % len(years) or position not in after:
        return TimeRef()
    y = years[after.index(position) % len(years)]
    return TimeRef(None, date(y, 1, 1), date(y, 12, 31))
