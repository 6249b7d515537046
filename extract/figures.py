"""Figures: every quantity an answer reports, with value, unit, measure, qualifier, rounding, time and source.

Works on one answer's text. Years, dates, ages, question/article/Kamerstuk numbers, footnote markers and
numbers inside web addresses are not figures (tests/gold/GUIDELINES.md).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from spacy.language import Language
from spacy.tokens import Doc

from kamergraaf.extract.agencies import AgencyHit, bracket_source, find_bron
from kamergraaf.extract.figure_context import (
    SECOND_VERB, agency_source, applicable, counter_before, respective_years, sentences, without_event_dates)
from kamergraaf.extract.figure_exclusions import _YEAR_BEFORE, excluded
from kamergraaf.extract.figure_linetables import cell_run_start, find_tables
from kamergraaf.extract.figure_limits import AIM_RE, CELL_SIGN
from kamergraaf.extract.figure_noise import is_noise
from kamergraaf.extract.figure_tables import Cell
from kamergraaf.extract.figure_units import (
    _MONEY_WORDS, _caption_unit, _counted_before, _next_words, _own_head, _unit, _unit_of, caption_scale)
from kamergraaf.extract.gazetteers import doc_text, figure_rules
from kamergraaf.extract.numbers import (
    MONTH_ALT, MONTHS, SPACED_NUMBER, NumberError, TimeRef, find_time_expressions, month_end, parse_quantity, resolve_time,
    rounding_of, year_spans)

if not Doc.has_extension("kg_figures"):
    Doc.set_extension("kg_figures", default=None)
if not Doc.has_extension("kg_answer"):
    Doc.set_extension("kg_answer", default=None)

# a number starts and ends at a digit boundary: digits glued to a dotted number ('88711.122', a marker or a
# year run into a figure) are ambiguous and give no figure. Thousands separated by spaces ('46 890 illegale
# grensoverschrijdingen', third-party text) are one number when the groups have exactly three digits, no
# number stands before it and a word follows (not 'nr.': '31 793 nr. 274' is a Kamerstuk).
# a multiplier, also run into the currency word ("83 miljoeneuro"), and a percent sign
_MULT_PCT = r"(?P<mult>[ \t]?(?:miljoen|miljard|mln|mld|mrd|duizend)(?:(?![a-z])|(?=euro\b)))?(?P<pct>[ \t]?%)?"
# a decimal comma misprinted as a point, one digit after it, before miljoen/miljard ("27.7 miljoen euro")
_POINT_DECIMAL = r"\d{1,3}\.\d(?=[ \t]?(?:miljoen|miljard)\b)|\d{1,3}\.\d{1,2}(?=[ \t]?%)"  # "0.25%": a decimal point
# a number grouped by spaces right after a year ("in 2009 13 600 mensen", "op 31 augustus 2011 307 312 mensen")
_AFTER_DATE = "|".join(r"(?<=" + m + r"[ \t](?:19|20)\d\d[ \t])" for m in MONTH_ALT.split("|"))
CANDIDATE_RE = re.compile(
    r"(?P<cur>(?:€|US\$|\$|ƒ|(?<![A-Za-z])(?:USD|ANG|EUR|NAf\.?|HFL|Hfl|NLG))[ \t]*\n?[ \t]*)?(?<!\d)(?<!\d[.,])"
    r"(?P<num>(?:(?<!\d[ \t])|(?<=\b[Ii]n[ \t](?:19|20)\d\d[ \t])|" + _AFTER_DATE + r")" + SPACED_NUMBER + r"(?=[ \t]+(?:[a-zà-ÿ]|[A-Z]{2,}-[a-zà-ÿ]))(?![ \t]+nr\b)"
    r"|(?:(?<=€)|(?<=€[ \t])|(?<=\$)|(?<=\$[ \t])|(?<=ANG[ \t])|(?<=USD[ \t]))" + SPACED_NUMBER + r"(?![ \t]*\d)"
    # "€ 130 000", "ANG 4 015 miljoen": grouped by spaces after a currency sign
    r"|(?:(?<=\()|(?<=\(ca[ \t])|(?<=\(ca\.[ \t])|(?<=\(circa[ \t])|(?<=\(ruim[ \t])|(?<=\(bijna[ \t]))" + SPACED_NUMBER + r"(?=\))"
    # "(1 727 000)", "(circa 12 700)": grouped by spaces in brackets
    r"|(?:(?<=\n)|(?<=\n[ \t])|(?<=\n[ \t]{2}))" + SPACED_NUMBER + r"(?=[ \t]*(?:\n|$))"
    # "8 098" on a line of its own: a table cell grouped by spaces
    r"|\d{1,3}(?:\.\d{3})+(?:,\d+)?|" + _POINT_DECIMAL + r"|\d+(?:,\d+)?)(?![.,:/]?\d)" + _MULT_PCT
    + r"(?P<times>(?<=\d)x(?![\w-]))?")  # "12x": a glued "x" (times) is part of the figure's text (GUIDELINES)
# a figure run into the year before it by a lost space: "sinds 201430.396 personen" (a grouped number only)
GLUED_YEAR_RE = re.compile(r"(?<=\s(?:19|20)\d{2})(?P<cur>)(?P<num>\d{1,3}(?:\.\d{3})+(?:,\d+)?)(?![.,:/]?\d)" + _MULT_PCT)
_URL_RE = re.compile(r"https?://\S+|www\.\S+|\S+@\S+|\bISSN\s*\d{4}\s*-\s*\d{3}[\dX]"
                     r"|\b(?:Stb|Stcrt|Trb)\.?\s*\d{4}\s*,?\s*(?:nr\.?\s*)?\d+")
_WORD_RE = re.compile(r"[\w’'&+-]+|[^\w\s]")
# "met 13% van 7.590": the number after a percentage "van" is the quantity it is a share of, not a percentage
_PERCENT_OF = re.compile(r"[ \t]+van[ \t]+")
# a change from one year's value to another's: the change is of neither year
_CHANGE_FROM = re.compile(r"[ \t]*(?:procent\b)?[ \t]*van[ \t]+(?:€[ \t]?)?[\d.,]+[ \t]+(?:\w+[ \t]+)?(?:in[ \t]+)?(?:19|20)\d{2}[ \t]+"
                          r"(?:naar|tot)\b")
# the change between two years the sentence named before it: "toegenomen van circa 390.000 cliënten in 2018 naar
# circa 510.000 cliënten in 2021, een toename van circa 30%"
_FROM_TO_YEARS = re.compile(r"\bvan\b(?:[^.;:?!]|\.\d){0,60}?\b(?:19|20)\d{2}[ \t]+(?:naar|tot)\b(?:[^.;:?!]|\.\d){0,60}?"
                            r"\b(?:19|20)\d{2}\b")
_CHANGE_NOUN_BEFORE = re.compile(r"\b(?:toename|stijging|groei|daling|afname|verhoging|verlaging)[ \t]+(?:met[ \t]+|van[ \t]+)"
                                 r"(?:(?:circa|ca\.|ongeveer|ruim|bijna|zo'n|maar[ \t]+liefst)[ \t]+)?$")
# "Sinds het signaalproces stilstaat ...": a time of the sentence's own, counted from an event
_TIME_SHIFT = re.compile(r"^\W*(?:inmiddels|momenteel|thans|nu|heden|op dit moment|tot nu toe|sindsdien|daarna|sinds|sedert)\b", re.I)
# a share of a group restated as a count: "15% van de jongeren, ca. "
_SHARE_OF = re.compile(r"\s+van\s+(?:de|alle)\s+(?P<noun>[a-zà-ü]{4,})\s*,\s*(?:(?:ca\.|circa|ongeveer|zo['’]n|ruim|bijna)\s*)?")
# a time of the sentence's own, relative to the answer ("eind vorig jaar"), or "now" just before the figure ("is
# op dit moment 630 fte"): nothing inherited
_RELATIVE_TIME = re.compile(r"\b(?:vorig|dit|volgend|afgelopen|komend)\s+jaar\b", re.I)
_NOW_BEFORE = re.compile(r"\b(?:op\s+dit\s+moment|momenteel|thans|nu|heden|tegenwoordig)\s+(?:\w+\s+){0,2}$", re.I)
# a total over several years ("Binnen de meerjarenperiode ... cumulatief zo'n EUR 2 miljard") has no year of its own
_MULTI_YEAR = re.compile(r"\b(?:cumulatief|meerjarenperiode|meerjarig\w*|in\s+de\s+loop\s+der\s+jaren|(?:over|gedurende)\s+(?:een\s+)?periode\s+van"
                         r"\s+(?:\d+|twee|drie|vier|vijf|tien)\s+jaar)\b", re.I)
# "enkele jaren", "in de eerste jaren van de impuls": a sentence about some years of its own inherits no year
_SOME_YEARS = re.compile(r"\b(?:enkele|meerdere|sommige|(?:de\s+)?(?:eerste|afgelopen|laatste|voorgaande)(?:\s+\w+)?)\s+jaren\b", re.I)
# the sentence before names the agency whose figures follow: "Wat betreft vertrek zijn de cijfers van de DTenV leidend."
_SOURCE_LEAD = re.compile(r"\b(?:cijfers|gegevens|registraties?)\s+van\s+(?:de\s+|het\s+)?(?:[\w-]+\s+van\s+(?:de\s+|het\s+)?)?$"
                          r"|\bop\s+basis\s+van\s+(?:de\s+|het\s+)?(?:[A-Z][\w-]*\s+){1,3}van\s+(?:de\s+|het\s+)?$"
                          r"|\b(?:af\s+te\s+leiden|blijkt|blijken|volgt|volgen)\s+uit\s+(?:de\s+|het\s+)?$", re.I)  # "... uit de CBS-data"
# a number alone on its line ("<10", "2.040"): a cell of a table whose header was lost takes no time from the prose
_LONE_CELL = re.compile(r"[ \t]*[<>]?[ \t]*[\d.,]+[ \t]*%?[ \t]*(?:\n|$)")
_COMPARED_BASE = re.compile(r"\bdan\s+(?:in\s+|over\s+)?$", re.I)  # "meer ... dan in 2018": the year compared with
# "In 2011 heeft de nVWA tot nu toe 1 keer opgetreden": the year so far, its end open
# ... and "Dit jaar zijn al ruim 1 400 inzetten geweest": the year so far
_SO_FAR = re.compile(r"\btot\s+(?:nu\s+toe|op\s+heden|dusver(?:re)?)\b|\bdit\s+jaar\s+(?:[a-z]+\s+){0,2}al\b", re.I)
_YEAR_BRACKET = re.compile(r"(?<![\d.,])((?:19|20)\d{2})[ \t]*\([ \t]*(?:€[ \t]*)?$")
# (a footnote marker may follow the year at a sentence's end: "tegenover 8.982 in 2017.2 Er is ...")
_YEAR_AFTER = re.compile(r"[ \t]*(?:(?!en\b|of\b|tot\b)[a-zà-ü]+[ \t]+){0,2}(?P<year>in[ \t]+(?:19|20)\d{2})\b"
                         r"(?!,\d)(?!\.\d(?!\d?\s+[A-Z]))")
_COMPARED_AFTER = re.compile(r"\b(?:ten\s+opzichte\s+van|t\.o\.v\.|tegenover|vergeleken\s+met|in\s+vergelijking\s+met)\s", re.I)
_ZOWEL = re.compile(r"\bzowel\s+(?:in\s+)?((?:19|20)\d{2})\s+als\s+(?:in\s+)?((?:19|20)\d{2})", re.I)


@dataclass(frozen=True)
class FigureHit:
    value: Decimal
    unit: str
    measure: str
    start: int
    end: int
    quote_start: int
    quote_end: int
    approximate: bool
    rounding: int | None
    ref_date: date | None
    period_start: date | None
    period_end: date | None
    source: str | None
    source_system: str | None


@dataclass(frozen=True)
class AnswerInfo:
    sources: tuple[str, ...]
    systems: tuple[str, ...]
    rounding: int | None
    ref_date: date | None


def _measure(text: str, e: int, line_start: int, s: int, table_row: bool) -> str:
    stops = set(figure_rules()["stop_words"])
    words: list[str] = []
    for m in _WORD_RE.finditer("" if table_row else text[e:e + 120]):
        w = m.group()
        if not re.match(r"\w", w) or (words and w.lower() in stops) or len(words) >= 5:
            break
        if not words and w.lower() in stops:
            break
        words.append(w)
    if words:
        return " ".join(words)
    before = [w for w in _WORD_RE.finditer(text[line_start:s]) if re.match(r"\w", w.group())]
    return " ".join(w.group() for w in before[-4:])


def answer_info(text: str, default_year: int | None) -> AnswerInfo:
    bron = find_bron(text)
    ref_date = None
    for t in find_time_expressions(text):
        if t.kind == "date" and re.match(r"(?i)peil", text[t.start:t.end]):
            ref_date = resolve_time([t], t.start, default_year).date
            break
    return AnswerInfo(bron.sources if bron else (), bron.systems if bron else (), rounding_of(text), ref_date)


def _caption(sents: list[tuple[int, int]]):
    """The caption of a table whose header starts at ``hs``: the header sentence's words before it, else
    the sentence before (not reaching back past the previous table)."""
    def caption_of(hs: int, floor: int) -> tuple[int, int]:
        si = next((i for i, (a, b) in enumerate(sents) if a <= hs < b), None)
        if si is None:
            return max(floor, hs), hs
        start = sents[si - 1][0] if si > 0 else sents[si][0]
        return max(floor, start), hs
    return caption_of


_COHORT_YEAR = re.compile(r"\bin\s+het\s+(?:eerste|tweede|derde|vierde|laatste)\s+(?:studie)?jaar\b", re.IGNORECASE)
_RECURRING = re.compile(r"\bstructure(?:el|le)\b|\bper\s+jaar\b", re.IGNORECASE)  # "structureel € 9 miljoen", "... per jaar": every year
_RANGE_ON = re.compile(r"[ \t]*[–-][ \t]*\d")  # the first number of a range ("3-4 gevallen") takes no earlier unit
_CENT = re.compile(r"(?:[ \t]*(?:à|a|tot|-|–)[ \t]*\d+(?:,\d+)?)?[ \t]+(?:euro)?cent\b", re.IGNORECASE)
_MONEY_ROW = re.compile(r"(?i)\b\w*(?:uitgaven|kosten|budget|bedrag|bedragen|ontvangsten|inkomsten|opbrengsten?)\b")
_YEAR_ANY = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
# the sentence before a table that names what it lists and for which year
_TABLE_FOR_YEAR = re.compile(r"(?i)\b(?:tabel|overzicht)\b(?:[^.]|\.\d)*?\b(?:voor|in|over)\s+((?:19|20)\d{2})\b(?!\s*(?:[-–]|t/m|tot))")
# "(bron: ..., peildatum maart 2021)": the date the figures were taken, not the period they count
_PEILDATUM_CLAUSE = re.compile(r"(?i)\bpeildatum\b[^,;)]*")
_TABLE_OF_MONEY = re.compile(r"(?i)\b(?:tabel|overzicht)\b[^.\n]*\b\w*(?:uitgaven|budget|budgetten|bedragen|kosten)\b")
_YEAR_JUST_BEFORE = re.compile(r"\bin[ \t]+(?:19|20)\d{2}[ \t]+$")
_SMALL_LENGTH = re.compile(r"[ \t]*(mm|millimeter|cm|centimeter)(?![\w²³])", re.IGNORECASE)
# the multiplier after the second number of a range or, after "respectievelijk", of a pair: "30–45 mln.", "492 en 127 miljoen"
_SHARED_MULT = re.compile(r"(?:[–-]|(?P<pair>[ \t]+en[ \t]+))\d[\d.,]*[ \t]?(?P<mult>miljoen|miljard|mln|mld|mrd)(?![a-z])")


# a list of amounts a year each whose first carries the multiplier: "7477 miljoen pond in 2009, 9140 in 2010"
_YEAR_LIST_MULT = re.compile(r"\d[\d.,]*[ \t]?(?P<mult>miljoen|miljard|mln|mld|mrd)\b[^\d,;()]{0,20}?[ \t]in[ \t]+(?:19|20)\d{2}"
                            r"(?:(?:,[ \t]+|[ \t]+en[ \t]+)[\d.,]+[ \t]+in[ \t]+(?:19|20)\d{2})*(?:,[ \t]+(?:en[ \t]+)?|[ \t]+en[ \t]+)$")
_IN_YEAR = re.compile(r"[ \t]+in[ \t]+(?:19|20)\d{2}\b")


def _shared_multiplier(text: str, s: int, e: int) -> str:
    """The multiplier of a range that both numbers share: "30–45 mln. euro" -> " mln" for 30; also of a pair after
    "respectievelijk": "respectievelijk 492 en 127 miljoen euro" -> " miljoen" for 492; and the first amount's of a list
    of amounts a year each ("7477 miljoen pond in 2009, 9140 in 2010")."""
    if (prev := _YEAR_LIST_MULT.search(text, max(0, s - 80), s)) and _IN_YEAR.match(text, e):
        return " " + prev.group("mult")  # "(7477 miljoen pond in 2009, 9140 in 2010)": 9140 million, as the first
    m = _SHARED_MULT.match(text, e)
    if m and m.group("pair") and not re.search(r"\brespectievelijk[ \t]+(?:€[ \t]*)?[\d.,]+$", text[max(0, e - 40):e]):
        return ""
    return " " + m.group("mult") if m else ""


def find_figures(text: str, agencies: list[AgencyHit], blocked: list[tuple[int, int]],
                 default_year: int | None = None, markers: frozenset[str] = frozenset()
                 ) -> tuple[list[FigureHit], AnswerInfo]:
    """The figures of one answer text (offsets into ``text``) and the answer-level facts; ``markers`` are
    the document's footnote markers (a bare marker number in the text is not a figure)."""
    info = answer_info(text, default_year)
    blocked = list(blocked) + [(m.start(), m.end()) for m in _URL_RE.finditer(text)]
    bron = find_bron(text)
    if bron:
        blocked.append((bron.start, bron.end))
    sents = sentences(text)
    raw = []
    glued = [m for m in GLUED_YEAR_RE.finditer(text) if _YEAR_BEFORE.search(text[max(0, m.start() - 20):m.start()])]
    for m in sorted(list(CANDIDATE_RE.finditer(text)) + glued, key=lambda x: x.start()):
        s, e = m.start(), m.end()
        if excluded(text, s, e, m, blocked) or is_noise(text, s, e, m, markers):
            continue
        try:
            compact = re.sub(r"[ \u00a0]", "", m.group("num"))
            if re.fullmatch(r"\d{1,3}\.\d", compact) or (m.group("pct") and re.fullmatch(r"\d{1,3}\.\d{1,2}", compact)):
                compact = compact.replace(".", ",")  # "27.7 miljoen": the misprinted decimal comma
            shared = "" if m.group("mult") else _shared_multiplier(text, m.start("num"), e)
            tail = text[m.end("num"):m.start("times") if m.groupdict().get("times") else e]
            q = parse_quantity(re.sub(r"\s+", " ", text[s:m.start("num")] + compact + tail + shared))
        except NumberError:
            continue
        if (m.group("cur") or "").startswith(("EUR", "HFL", "Hfl", "NLG")):
            s = m.start("num")  # "EUR 319 miljoen": the text starts at the first digit (GUIDELINES), the unit is EUR
        raw.append((s, e, q, m))
    # drop numbers that are part of a time expression (days of dates, years after 'tot en met')
    times = find_time_expressions(text)
    raw = [r for r in raw if not any(t.start <= r[0] < t.end for t in times)]
    found, labels = find_tables(text, _caption(sents)) if raw else ([], [])
    if labels:  # row labels that are numbers: article numbers, the years of a table's rows
        raw = [r for r in raw if not any(a <= r[0] < b for a, b in labels)]
    cells = {c.start: c for c in found}
    sent_exprs: dict[int, list] = {}

    sent_events: dict[int, list[tuple[int, int]]] = {}

    def exprs_of(i: int) -> list:
        """The time expressions of sentence ``i`` that can date a figure; the dates of named documents apart."""
        if i not in sent_exprs:
            sentence = text[sents[i][0]:sents[i][1]] if sents else ""
            found = find_time_expressions(sentence) if sents else []
            sent_exprs[i] = without_event_dates(found, sentence)
            sent_events[i] = [(t.start, t.end) for t in found if t not in sent_exprs[i]]
        return sent_exprs[i]

    hits: list[FigureHit] = []
    units: list[str] = []
    prev_time: tuple[int, TimeRef] | None = None  # (sentence index, time) of the last figure with a time
    cohort_sents: set[int] = set()  # sentences whose figures count a year of a cohort ("in het eerste jaar")
    si = 0
    for idx, (s, e, q, m) in enumerate(raw):
        while si + 1 < len(sents) and sents[si][1] <= s:
            si += 1
        sent = sents[si] if sents else (0, len(text))
        qualifier_zone = text[max(0, s - 25):s]
        approx = bool(re.search(r"(?:^|[\s(])(?:" + "|".join(re.escape(w) for w in figure_rules()["approximate_strict"])
                                + r")\s*(?:EUR\s*|€\s*)?$", qualifier_zone, re.I))  # "ca. EUR 57 miljoen"
        approx = approx or CELL_SIGN.search(qualifier_zone) is not None  # a table cell "< 1%"
        if approx and re.search(r"\b(?:bandbreedte|marge)\s*(?:van\s*)?(?:\+/-|±)\s*$", qualifier_zone, re.I):
            approx = False  # "bandbreedte +/- 40%": the margin itself, not an approximate value
        cell = cells.get(s)
        if cell is not None:
            hits.append(_cell_hit(text, cell, q, sent, approx, info, agencies, default_year))
            units.append(hits[-1].unit)
            continue
        line_start = text.rfind("\n", 0, s) + 1
        line_end = text.find("\n", e)
        line_end = len(text) if line_end < 0 else line_end
        table_row = not text[e:line_end].strip() and bool(re.match(r"\s*[A-Z]", text[line_end:line_end + 5]))
        unit = _unit(text, s, e, q, m, sent, table_row, raw[idx + 1] if idx + 1 < len(raw) else None)
        nxt = [] if table_row else _next_words(text, e, 1)
        own_head = not table_row and _own_head(_next_words(text, e, 2))
        if unit is None and not own_head and (not m.group("mult") or not _MONEY_WORDS.search(text, sent[0], sent[1])):
            unit = _counted_before(text, sent[0], s, raw, units if hits and hits[-1].quote_start >= _sentence_start(sents, si - 1) else [])
        if unit is None and not own_head and re.search(r"\b[Vv]an\s+(?:de|deze)\s+$", text[max(0, s - 12):s]):
            # "Van de 1.250 waren er ... vertrokken": a number the answer counted before, restated
            unit = next((h.unit for h in reversed(hits) if h.value == q.value and h.unit in _COUNTED_UNITS), None)
        if unit is None and units and units[-1] == "percent" and hits and hits[-1].quote_start == sent[0] and \
                (share := _SHARE_OF.fullmatch(text, hits[-1].end, s)):
            unit = _unit_of([share.group("noun")]) or "count"  # "15% van de jongeren, ca. 350.000": the people counted
        if unit is None and units and hits and not own_head and not _RANGE_ON.match(text, e) and \
                not (units[-1] == "percent" and _PERCENT_OF.fullmatch(text, hits[-1].end, s)) and \
                (hits[-1].quote_start == sent[0] or not nxt or not re.match(r"\w", nxt[0])):
            unit = units[-1]
        if unit is None and m.group("mult") and not own_head and (
                _MONEY_WORDS.search(text[sent[0]:sent[1]]) or (units and units[-1] == "EUR" and hits
                                                                 and hits[-1].quote_start >= _sentence_start(sents, si - 1))):
            unit = "EUR"
        unit = unit or "count"
        value = q.value
        if unit == "EUR" and _CENT.match(text, e) and not m.group("mult"):
            value = q.value / 100  # "11 à 12 cent per liter": 0.11 and 0.12 euro
        if unit not in ("EUR", "percent") and (small := _SMALL_LENGTH.match(text, e)) and not m.group("mult"):
            unit = "metres"  # "360 mm" bodemdaling: 0.36 metres
            value = q.value / (1000 if small.group(1).lower().startswith("m") else 100)
        if re.search(r"\([ \t]*[-−–][ \t]?$", text[max(0, s - 4):s]) and value > 0:
            value = -value  # "(– € 421 mln)": a negative amount in brackets
        if not m.group("mult") and re.match(r"(?:[ \t]*(?:tot|en|-|–)[ \t]*[\d.,]+)?[ \t]*basispunt(?:en)?\b", text[e:e + 30]):
            unit, value = "percent", q.value / 100  # "rond de 50 basispunten": 0.5 percentage point
        sentence_text = text[sent[0]:sent[1]]
        exprs = applicable(exprs_of(si), sentence_text, s - sent[0]) if sents else []
        # "in 2010 0,4% in 2011 0,8%": the year right before the figure is its own, not the one after it
        own = _YEAR_AFTER.match(text, e) if not _YEAR_JUST_BEFORE.search(text, max(0, s - 10), s) else None
        if own and any((t.kind == "year" or t.kind.startswith("through")) and t.start < s - sent[0] for t in exprs):
            # "(4% in 2015 en <1% in 2016)": the year right after a figure is its own, not the one before it (also
            # not "tot en met 2021" before "van circa 390.000 cliënten in 2018 naar ...")
            exprs = [t for t in exprs if t.start >= own.start("year") - sent[0] - 3] or exprs
        if (compared := _COMPARED_AFTER.search(sentence_text, e - sent[0])) is not None:
            # "momenteel 1405 bedraagt ten opzichte van 1288 patiënten in april 2011": the time after the comparison
            # is the compared figure's
            exprs = [t for t in exprs if t.start < compared.start()]
        tref = resolve_time(exprs, s - sent[0], default_year)
        if (multi := _MULTI_YEAR.search(sentence_text)) and multi.end() <= s - sent[0]:
            tref = TimeRef()  # "schommelt in de loop der jaren rond de 1,5 miljoen, met uitschieters in 2008"
        if (bracket := _YEAR_BRACKET.search(text, max(sent[0], s - 12), s)) is not None:
            y = int(bracket.group(1))  # "uitschieters in 2008 (1 727 000) en 2007 (974 000)": the year before the bracket
            tref = TimeRef(None, date(y, 1, 1), date(y, 12, 31))
        if _CHANGE_FROM.match(text, e):
            tref = TimeRef()  # "daalde met 13% van 7.590 in 2017 naar 6.580 in 2018": a change has no year of its own
        if _CHANGE_NOUN_BEFORE.search(text, max(sent[0], s - 40), s) and _FROM_TO_YEARS.search(text, sent[0], s):
            tref = TimeRef()  # "van circa 390.000 in 2018 naar circa 510.000 in 2021, een toename van circa 30%"
        cohort = _COHORT_YEAR.search(sentence_text)
        if cohort and cohort.end() <= s - sent[0]:
            # "Van de 148.500 deelnemers die in 2013 gestart zijn ... vielen in het eerste jaar ruim 15.000 uit": a
            # year of the cohort, no calendar period; the figures that refer back to it have none either
            tref = TimeRef()
            cohort_sents.add(si)
        zowel = _ZOWEL.search(sentence_text)
        if zowel:
            tref = TimeRef()
        respective = respective_years(sentence_text, s - sent[0], [r[0] - sent[0] for r in raw if sent[0] <= r[0] < sent[1]])
        if respective is not None:
            tref, zowel = respective, zowel or respective
        exprs_of(si)
        events = sent_events.get(si, [])
        # a sentence with a time of its own (also an event date that does not apply) does not inherit one
        # (a time in a later clause of another verb does not count: "Dat is 4,1% ... en sluit aan bij de trend sinds 2016")
        later = [t for t in exprs_of(si) if t.start > s - sent[0] and SECOND_VERB.search(sentence_text, s - sent[0], t.start)]
        own_times = [t for t in exprs_of(si) if t not in later]
        own_year = any(not any(t.start <= ys < t.end for t in exprs + later) and not any(a <= ys < b for a, b in events)
                       for ys, _ in year_spans(sentence_text))
        may_inherit = not zowel and not own_year and not own_times and not _TIME_SHIFT.search(sentence_text) \
            and not _RELATIVE_TIME.search(sentence_text) and not _NOW_BEFORE.search(text[max(sent[0], s - 40):s]) \
            and not _MULTI_YEAR.search(sentence_text) and not _RECURRING.search(sentence_text) \
            and not _SOME_YEARS.search(sentence_text) and not _LONE_CELL.match(text, text.rfind("\n", 0, s) + 1)
        if tref.empty and may_inherit and si > 0:  # "... in 2023. Dat is 0,1% ..." refers back to the sentence before
            ps, pe = sents[si - 1]
            before = [t for t in exprs_of(si - 1) if t.kind != "month"]  # the month of an event the sentence tells
            prev_text = text[ps:pe]
            # "in 2019 27 procent meer ... dan in 2018. Het gaat hierbij om 4.999 ...": not the year compared with
            base = [t for t in before if t.kind == "year" and _COMPARED_BASE.search(prev_text, 0, t.start)]
            before = [t for t in before if t not in base] or before
            # (not from an aim: "De doelstelling ... is dat in januari 2022 ... Uit de maandrapportage ... 7,6 weken")
            if before and "\n\n" not in text[pe:sent[0]] and si - 1 not in cohort_sents and not AIM_RE.search(prev_text):
                tref = resolve_time(before, pe - ps, default_year)
        if tref.empty and may_inherit and prev_time and si - prev_time[0] <= 2 and \
                not any(exprs_of(j) or year_spans(text[sents[j][0]:sents[j][1]]) or _TIME_SHIFT.search(text[sents[j][0]:sents[j][1]])
                        for j in range(prev_time[0] + 1, si)):
            tref = prev_time[1]  # not across a sentence with a time of its own ("Inmiddels is dat aantal ...")
        if tref.empty and may_inherit and (lead := _list_lead(text, sents, si)) is not None:
            for j in (lead, lead - 1):  # an item of a list that "... in 2024 ...:" introduces
                if j >= 0 and exprs_of(j) and (j == lead or "\n\n" not in text[sents[j][1]:sents[lead][0]]):
                    tref = resolve_time(exprs_of(j), sents[j][1] - sents[j][0], default_year)
                    break
        if tref.empty and not exprs_of(si) and _LONE_CELL.match(text, text.rfind("\n", 0, s) + 1) and \
                (run := cell_run_start(text, s)) is not None and (y := _year_of_total(text[:run])) is not None:
            # the cells of a table printed one per line under "In 2020 zijn er in totaal 6936 aanvragen gedaan."
            tref = TimeRef(None, date(y, 1, 1), date(y, 12, 31))
        year_before = None
        if si > 0 and (back := _A_YEAR_EARLIER.search(text, sent[0], s)) and not re.search(r"(?<!\d)(?:19|20)\d{2}(?!\d)", text[back.end():s]) \
                and len(prev_years := set(re.findall(r"(?<!\d)(?:19|20)\d{2}(?!\d)", text[sents[si - 1][0]:sents[si - 1][1]]))) == 1:
            # "In 2007 gaf 26 procent ... aan. Een jaar eerder was dat nog 27 procent": the year before that one
            y = int(prev_years.pop()) - 1
            tref = year_before = TimeRef(None, date(y, 1, 1), date(y, 12, 31))
        if (row := _YEAR_LED_ROW.fullmatch(text, text.rfind("\n", 0, s) + 1, s)) and re.match(r"[ \t]*(?:\n|$)", text[e:]):
            # "1999 HFL 244,0 miljoen", "2001-2003 EUR 561.000": a line of a year (or years) and one amount
            y1 = int(row.group("y1"))
            tref = TimeRef(None, date(y1, 1, 1), date(int(row.group("y2") or y1), 12, 31))
        if tref.period_start is None and tref.period_end and prev_time and si - prev_time[0] == 1 and \
                prev_time[1].period_end == tref.period_end and prev_time[1].period_start:
            # "in de periode 2022 t/m 2030 circa 280.000 woningen. Daarvan ... (250.000 t/m 2030)": the same span
            tref = TimeRef(tref.date, prev_time[1].period_start, tref.period_end)
        if tref.period_start and tref.period_end and tref.period_end == date(tref.period_start.year, 12, 31) and \
                tref.period_start == date(tref.period_start.year, 1, 1) and _SO_FAR.search(sentence_text):
            tref = TimeRef(tref.date, tref.period_start, None)
        if (not tref.empty or si in cohort_sents) and tref is not year_before:
            prev_time = (si, tref)  # (not the year before another: the next sentences go on about the later one)
        if tref.empty and info.ref_date:
            tref = TimeRef(info.ref_date)
        source = info.sources[0] if info.sources else (bracket_source(sentence_text)
                                                       or agency_source(text, sent, agencies, s))
        if source is None and not info.sources and si > 0 and not any(sents[si - 1][0] <= r[0] < sents[si - 1][1] for r in raw):
            source = _lead_source(text, sents[si - 1], agencies)
        hits.append(FigureHit(
            value=value, unit=unit, measure=_measure(text, e, line_start, s, table_row or not re.match(r"\s*\w", text[e:e + 3])), start=s, end=e,
            quote_start=sent[0], quote_end=sent[1], approximate=approx, rounding=info.rounding,
            ref_date=tref.date, period_start=tref.period_start, period_end=tref.period_end,
            source=source, source_system=info.systems[0] if info.systems else None))
        units.append(unit)
    return _months_total(_unit_of_total(hits, cells), cells), info


def _tables(hits: list[FigureHit], cells: dict[int, Cell]) -> list[list[int]]:
    """The indices of the hits that are table cells, grouped by table (the cells under one caption)."""
    tables: dict[tuple[int, int], list[int]] = {}
    for n, h in enumerate(hits):
        if (c := cells.get(h.start)) is not None:
            tables.setdefault((c.caption_start, c.caption_end), []).append(n)
    return list(tables.values())


def _column_month(column: str) -> int | None:
    """The month a table column is headed by ("Jan", "feb", "Mrt.", "september"), or None."""
    return MONTHS.get(column.strip().rstrip(".").lower())


def _unit_of_total(hits: list[FigureHit], cells: dict[int, Cell]) -> list[FigureHit]:
    """A table of counts whose cell repeats a figure the text gives with a counted noun ("In totaal is voorzien
    in 3.413 wijkagenten." over a table with the total 3.413) counts what that figure counts: every cell of the
    table (the cells under one caption) takes its unit."""
    prose = {(h.value, h.unit) for h in hits if h.start not in cells and h.unit in _COUNTED_UNITS}
    if not prose:
        return hits
    for members in _tables(hits, cells):
        if any(hits[n].unit != "count" for n in members):
            continue
        found = {u for v, u in prose if any(hits[n].value == v for n in members)}
        if len(found) == 1:
            unit = found.pop()
            for n in members:
                hits[n] = replace(hits[n], unit=unit)
    return hits


_COUNTED_UNITS = frozenset({"persons", "places", "fte"})


def _months_total(hits: list[FigureHit], cells: dict[int, Cell]) -> list[FigureHit]:
    """A "Totaal" column after columns of months ("Jan / feb / ... / Aug / Totaal") sums those months: its cells
    take the period from the first month's start to the last month's end, when the months are of one year (also
    over the whole year the sentence naming the table gives: "per maand van 2021")."""
    for members in _tables(hits, cells):
        months = [hits[n] for n in members if _column_month(cells[hits[n].start].column)
                  and hits[n].period_start and hits[n].period_end]
        if len(months) < 2 or len({h.period_start.year for h in months}) != 1:
            continue
        first, last = min(h.period_start for h in months), max(h.period_end for h in months)
        for n in members:
            h = hits[n]
            undated = h.period_start is None and h.period_end is None and h.ref_date is None
            the_year = (h.period_start, h.period_end) == (date(first.year, 1, 1), date(first.year, 12, 31))
            if re.fullmatch(r"(?i)tota(?:a)?l", cells[h.start].column.strip()) and (undated or the_year):
                hits[n] = replace(hits[n], period_start=first, period_end=last)
    return hits


def _list_lead(text: str, sents: list[tuple[int, int]], si: int) -> int | None:
    """The sentence that introduces the list item ``si`` ("Hieronder ... uitgesplitst:" / "• Duitsland: ..."): the
    nearest sentence before it ending in a colon, when every sentence between opens a line (the list's items)."""
    for j in range(si - 1, max(-1, si - 12), -1):
        if text[sents[j][0]:sents[j][1] + 1].rstrip().endswith(":"):  # the splitter may leave the colon out
            return j if "\n" in text[sents[j][1]:sents[j + 1][0] + 1] else None
        if "\n" not in text[sents[j][1]:sents[j + 1][0] + 1]:
            return None  # a sentence in running text: no list
    return None


def _sentence_start(sents: list[tuple[int, int]], i: int) -> int:
    return sents[i][0] if 0 <= i < len(sents) else 0


def _sentence_before(text: str, pos: int) -> str:
    """The sentence that ends right before ``pos`` ("Onderstaande tabel toont de groei van het BBP in procenten.")."""
    before = text[max(0, pos - 400):pos].rstrip()
    return re.split(r"(?<=[.?!:])\s+", before[:-1])[-1] + before[-1:] if before else ""


def _lead_source(text: str, sent: tuple[int, int], agencies: list[AgencyHit]) -> str | None:
    """The agency a sentence without figures names as the owner of the figures that follow."""
    keys = {h.key for h in agencies if sent[0] <= h.start < sent[1]
            and _SOURCE_LEAD.search(text[max(sent[0], h.start - 60):h.start])}  # ("cijfers van de Conjunctuurenquête van het CBS")
    return keys.pop() if len(keys) == 1 else None


_A_YEAR_EARLIER = re.compile(r"\b(?:[Ee]en|[Hh]et)[ ]jaar[ ](?:eerder|daarvoor|ervoor)\b")
_YEAR_LED_ROW = re.compile(r"[ \t]*(?P<y1>(?:19|20)\d{2})(?:[ \t]*[-–][ \t]*(?P<y2>(?:19|20)\d{2}))?[ \t]+"
                           r"(?:(?:€|\$|ƒ|[A-Z]{3})[ \t]*)?")


def _cell_hit(text: str, cell: Cell, q, sent: tuple[int, int], approx: bool, info: AnswerInfo,
              agencies: list[AgencyHit], default_year: int | None = None) -> FigureHit:
    """A table cell: its column's period, its row label and column header as measure, the caption's agency."""
    caption = text[cell.caption_start:cell.caption_end]
    value = q.value
    # "(in miljoenen euro's)": the cells print millions; the scale may also close the column's header
    scale = (caption_scale(caption) or caption_scale(cell.column)) if not q.unit else None
    if scale:
        value = q.value * scale[1]
    if re.search(r"(?:^|\n)[ \t]*[-−–][ \t]?$", text[max(0, cell.start - 3):cell.start]) and value > 0:
        value = -value  # a cell printed with a minus sign ("– 334,4")
    announcing = _sentence_before(text, cell.caption_start)
    # (a caption in percent holds for rows named after people: "Kostenverdeelsleutel in %: / Polen / 2,4800")
    unit = q.unit or (scale[0] if scale else None) or ("percent" if _caption_unit(caption) == "percent" else None) \
        or _unit_of(cell.row.split()[:3]) \
        or _unit_of(cell.column.split()[:3]) or _caption_unit(caption) or _caption_unit(announcing) \
        or ("percent" if re.search(r"\bin[ \t]+procenten\b", _table_intro(text, cell.caption_start)) else None) \
        or _counted_in_intro(text, cell.caption_start) or "count"
    if unit == "count" and re.match(r"%|percentage\b|aandeel\b", cell.row, re.I):
        unit = "percent"  # a row "% apparaatsuitgaven"
    elif unit == "count" and _MONEY_ROW.search(cell.row) and not re.search(r"(?i)\baantal", cell.column):
        unit = "EUR"  # a row "Totale uitgaven" of amounts printed without a currency sign
    elif unit == "count" and _MONEY_ROW.search(cell.column) and not re.search(r"(?i)\baantal", cell.column + cell.row) \
            and re.search(r"€|\beuro|\bEUR\b", text[:cell.caption_end]):
        unit = "EUR"  # a column "ODA uitgaven" under an answer that speaks of euros
    if unit == "count" and re.search(r"(?:mln|mld|mrd|miljoen|miljard)\.?$", text[cell.start:cell.end]) and \
            re.search(r"€|\beuro", text[max(0, cell.caption_start - 300):cell.start]):
        unit = "EUR"  # "155,4 mln." under an answer about euros
    intro = _table_intro(text, cell.caption_start) if not cell.column else ""  # only cells under no column use it
    if unit == "count" and _TABLE_OF_MONEY.search(intro) and not re.search(r"(?i)\baantal", intro):
        unit = "EUR"  # cells under no column in a table of "de geplande ODA-uitgaven"
    if unit == "count" and re.search(r"(?:€|\beuro\b)[^:\n]{0,60}\bis\s+als\s+volgt\s*:", caption + " " + announcing):
        unit = "EUR"  # "De verdeling van de € 30 mln. is als volgt:": a table of that amount's parts
    ref_date = info.ref_date if cell.period_start is None and cell.period_end is None else None
    if ref_date is None and cell.period_end and re.search(r"(?i)\b(?:jaar)?ultimo\b", cell.row + " " + cell.column):
        ref_date = cell.period_end  # a row "Remigratievoorziening per jaarultimo": the stock at each year's end
    period_start, period_end = cell.period_start, cell.period_end
    if period_start and period_end and (period_start.month, period_start.day, period_end.month, period_end.day) == (1, 1, 12, 31):
        # a column "2017" of a table "over 2015, 2016 en de eerste 3 maanden van 2017": those months
        for t in find_time_expressions(_table_intro(text, cell.caption_start) + "\n" + caption):
            if t.kind == "months" and t.year == period_start.year and t.month == 1 and t.month2:
                period_end = month_end(t.year, t.month2)
    row_time = resolve_time(find_time_expressions(cell.row), len(cell.row)) if cell.row and not cell.label_year else None
    if row_time is not None and row_time.empty and _MONTH_ROW.search(cell.row):
        # a row per month without a year ("januari", "februari"): the year the text before the table names (one
        # year only, "in de eerste zes maanden van 2022"), else the document's
        before = text[max(0, cell.caption_start - 600):cell.caption_start]
        years = set(_YEAR_ANY.findall(caption)) or set(_YEAR_ANY.findall(before))
        y = int(years.pop()) if len(years) == 1 else default_year
        month = MONTHS.get(cell.row.strip().lower())
        if y and month:  # "januari": that month of the year
            row_time = TimeRef(None, date(y, month, 1), month_end(y, month))
        elif y:  # "Totaal tot 1 juli"
            row_time = resolve_time(find_time_expressions(cell.row), len(cell.row), y)
        if y and row_time.period_end and not row_time.period_start and row_time.period_end.year == y:
            row_time = TimeRef(None, date(y, 1, 1), row_time.period_end)  # "Totaal tot 1 juli": the months above
    if row_time is not None and not row_time.empty:
        # a row label with a time of its own ("Stand per 1-1-2017", "Onttrekkingen in 2017") dates its cells
        ref_date, period_start, period_end = row_time.date, row_time.period_start, row_time.period_end
    elif period_start is None and period_end is None and ref_date is None and \
            len(years := set(re.findall(r"(?<!\d)(?:19|20)\d{2}(?!\d)", caption))) == 1:
        # "Vrijwillige bijdragen 2012 in miljoenen euro's": the one year of the caption dates every cell
        y = int(years.pop())
        period_start, period_end = date(y, 1, 1), date(y, 12, 31)
    elif period_start is None and period_end is None and ref_date is None and \
            (m := _TABLE_FOR_YEAR.search(timed := _PEILDATUM_CLAUSE.sub("", _table_intro(text, cell.caption_start) or caption))) \
            and len(set(_YEAR_ANY.findall(timed))) == 1 and not _YEAR_ANY.search(cell.column):
        # "In onderstaande tabel staan de geplande ODA-uitgaven ... voor 2011.": the year of the table's sentence
        y = int(m.group(1))
        period_start, period_end = date(y, 1, 1), date(y, 12, 31)
    if (month := _column_month(cell.column)) and (row_time is None or row_time.empty):
        # a column per month without a year ("Jan / feb / Mrt", "per maand van 2021"): that month of the year the
        # table's whole-year period, the caption or the text before it names (one year only), else the document's
        if period_start and period_end and period_start.year == period_end.year:
            y = period_start.year
        else:
            years = set(_YEAR_ANY.findall(caption)) or set(_YEAR_ANY.findall(text[max(0, cell.caption_start - 600):cell.caption_start]))
            y = int(years.pop()) if len(years) == 1 else default_year
        if y:
            period_start, period_end, ref_date = date(y, month, 1), month_end(y, month), None
    if period_start is None and period_end is None and cell.column and \
            (col_time := resolve_time(find_time_expressions(cell.column), len(cell.column))).date is not None \
            and col_time.period_start is None and col_time.period_end is None:
        ref_date = col_time.date  # a column with a date of its own ("Bezetting per 30-6-2014")
    if period_start is None and period_end is None and ref_date is None:
        ref_date = _bron_date_below(text, cell.end)
    if period_start is None and period_end is None and ref_date is None and \
            (y := _year_of_total(text[:cell.caption_start])) is not None:
        # "In totaal heeft Nederland over 2021 ruim EUR 208 miljoen uitgegeven ..." over a table of its parts
        period_start, period_end = date(y, 1, 1), date(y, 12, 31)
    source = info.sources[0] if info.sources else (agency_source(text, (cell.caption_start, cell.caption_end), agencies)
                                                   or counter_before(text, cell.caption_start, agencies)
                                                   or _lead_source(text, _table_intro_span(text, cell.caption_start), agencies))
    return FigureHit(
        value=value, unit=unit, measure=cell.measure, start=cell.start, end=cell.end, quote_start=sent[0],
        quote_end=sent[1], approximate=approx, rounding=info.rounding, ref_date=ref_date,
        period_start=period_start, period_end=period_end, source=source,
        source_system=info.systems[0] if info.systems else None)


def _year_of_total(before: str) -> int | None:
    """The one year of the answer before a table when a sentence there states the total it breaks down ("In totaal
    heeft Nederland over 2021 ruim EUR 208 miljoen uitgegeven ...") and no other time is named."""
    exprs = find_time_expressions(before)
    if len({t.year for t in exprs}) != 1 or any(t.kind != "year" for t in exprs) or year_spans(before) != \
            [(t.end - 4, t.end) for t in exprs]:
        return None
    for s, e in sentences(before):
        if (re.match(r"(?:In\s+)?[Tt]otaal\b", before[s:e]) or re.search(r"\bin\s+totaal\s+[\d.]+\s", before[s:e])) \
                and any(s <= t.start < e for t in exprs):  # also "In 2020 zijn er in totaal 6936 aanvragen gedaan."
            return exprs[0].year
    return None


_MONTH_ROW = re.compile(r"(?i)(?:" + MONTH_ALT + r")")


def _counted_in_intro(text: str, pos: int) -> str | None:
    """The unit of what the paragraph naming a table counts: "een overzicht van het aantal personen dat ...",
    "Het aantal bellers dat ... wordt aangegeven in de onderstaande tabel." -> persons."""
    s, e = _table_intro_span(text, pos)
    if s == e:
        return None
    blank = text.rfind("\n\n", 0, s)
    para = text[max(blank + 2 if blank >= 0 else 0, pos - 1200):e]
    found = re.search(r"\b[Hh]et\s+(?:totaal\s+)?aantal\s+(?:[a-zà-ü]+e\s+)?([a-zà-ü][\w-]*)", para)
    return _unit_of([found.group(1)]) if found else None


def _table_intro(text: str, pos: int) -> str:
    """The sentence that introduces a table ("In onderstaande tabel staan de geplande ODA-uitgaven ... voor 2011."):
    the last sentence naming a table within the 600 characters before ``pos``, or ""."""
    s, e = _table_intro_span(text, pos)
    return text[s:e]


def _table_intro_span(text: str, pos: int) -> tuple[int, int]:
    found = None
    base = max(0, pos - 600)
    # (a sentence may run over the lines of a hard-wrapped page, never over a blank line)
    for m in re.finditer(r"(?:[^.?!:\n]|\.\d|\n(?![ \t]*\n))*\b(?:tabel|overzicht)\b(?:[^.?!:\n]|\.\d|\n(?![ \t]*\n))*",
                         text[base:pos], re.I):
        found = m
    return (base + found.start(), base + found.end()) if found else (pos, pos)


_BRON_LINE = re.compile(r"[ \t]*(?:Bron|Peildatum)\b[^\n]*", re.I)


def _bron_date_below(text: str, end: int) -> date | None:
    """The date of a "Bron: iWlz, stand 1 mei 2019" line right under the table a cell is in: the lines between
    are the table's cells (short, not sentences)."""
    pos = text.find("\n", end)
    while 0 <= pos < len(text):
        nxt = text.find("\n", pos + 1)
        line = text[pos + 1:nxt if nxt >= 0 else len(text)]
        if line.strip():
            if _BRON_LINE.match(line):
                found = [t for t in find_time_expressions(line) if t.kind == "date"]
                return resolve_time(found, found[0].start).date if found else None
            if len(line.split()) > 8 or re.search(r"[.?!:]\s*$", line):
                return None
        pos = nxt
    return None


@Language.component("kg_figures", assigns=["doc._.kg_figures", "doc._.kg_answer"],
                    requires=["doc._.kg_agencies", "doc._.kg_references"])
def figures_component(doc: Doc) -> Doc:
    refs = doc._.kg_references or []
    blocked = [(r.start, r.end) for r in refs]
    hits, info = find_figures(doc_text(doc), doc._.kg_agencies or [], blocked, doc.user_data.get("kg_default_year"),
                              doc.user_data.get("kg_markers", frozenset()))
    doc._.kg_figures = hits
    doc._.kg_answer = info
    return doc
