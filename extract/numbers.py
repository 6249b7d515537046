"""Dutch numbers, money, percentages, dates and reference periods: pure functions on strings.

Conventions of the documents: ``.`` groups thousands (``123.840``), ``,`` marks decimals (``48,1``);
multiplier words follow the number, glued or not (``€ 431,6mln``, ``48,1 miljoen``).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation

MONTHS = {
    "januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7,
    "augustus": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mrt": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "okt": 10, "nov": 11, "dec": 12,
}
MULTIPLIERS = {
    "duizend": 1_000, "dzd": 1_000,
    "miljoen": 1_000_000, "mln": 1_000_000, "mio": 1_000_000, "mln.": 1_000_000,
    "miljard": 1_000_000_000, "mld": 1_000_000_000, "mrd": 1_000_000_000, "mld.": 1_000_000_000,
}

NUMBER_RE = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?")
# thousands grouped by spaces ("8 098", "€ 130 000"): taken only where the context says it is one number
SPACED_NUMBER = r"\d{1,3}(?:[ \u00a0]\d{3})+"
MONTH_ALT = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
MONTH_SHORT = "jan|feb|mrt|apr|jun|jul|aug|sept?|okt|nov|dec"  # the months cut short ("1 nov 2022", "juni-sept")
_QUANTITY_RE = re.compile(
    r"^(?P<cur>(?:€|US\$|\$|USD|ANG|EUR|NAf\.?|HFL|Hfl|NLG|ƒ)\s?)?(?P<num>" + NUMBER_RE.pattern + r")\s?(?P<mult>miljoen|miljard|duizend|dzd|mln\.?|mld\.?|mrd|mio)?"
    r"\s?(?P<pct>%|procent)?$", re.IGNORECASE)


class NumberError(ValueError):
    """Raised when a string is not a Dutch number in the expected form."""


def parse_number(text: str) -> Decimal:
    """``123.840`` -> 123840, ``1.180`` -> 1180, ``48,1`` -> 48.1, ``0,5`` -> 0.5."""
    s = text.strip()
    if not NUMBER_RE.fullmatch(s):
        raise NumberError(f"not a Dutch number: {text!r}")
    if re.fullmatch(r"[1-9]\d{0,2}(?:,000)+", s):
        s = s.replace(",", ".")  # "ruim 270,000 scholieren": an English thousands separator, not three decimal zeros
    s = s.replace(".", "").replace(",", ".")
    try:
        return normalise(Decimal(s))
    except InvalidOperation as exc:  # pragma: no cover - the regex admits only digits
        raise NumberError(f"not a Dutch number: {text!r}") from exc


def normalise(value: Decimal) -> Decimal:
    """Drop a trailing fractional zero part: 48100000.0 -> 48100000, 0.50 -> 0.5."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


@dataclass(frozen=True)
class Quantity:
    value: Decimal
    unit: str | None  # "EUR", "percent" or None (to be decided from the words around it)


def parse_quantity(text: str) -> Quantity:
    """``€ 431,6mln`` -> 431600000 EUR, ``48,1 miljoen`` -> 48100000, ``33%`` -> 33 percent, ``$ 374`` -> 374 USD."""
    m = _QUANTITY_RE.match(text.strip())
    if not m:
        raise NumberError(f"not a quantity: {text!r}")
    value = parse_number(m.group("num"))
    mult = m.group("mult")
    if mult:
        value = normalise(value * MULTIPLIERS[mult.lower()])
    unit = currency(m.group("cur")) if m.group("cur") else ("percent" if m.group("pct") else None)
    return Quantity(value, unit)


def currency(sign: str) -> str:
    """The unit of a currency sign or code printed before an amount: "€", "EUR" -> EUR, "$", "US$", "USD" -> USD (the
    BES islands pay in US dollars), "ANG", "NAf" -> ANG (the Antillean guilder of Curaçao and Sint Maarten), "HFL",
    "ƒ", "NLG" -> NLG (the Dutch guilder, in amounts before 2002)."""
    sign = sign.strip().rstrip(".")
    return "EUR" if sign in ("€", "EUR") else "ANG" if sign in ("ANG", "NAf") else \
        "NLG" if sign in ("HFL", "Hfl", "NLG", "ƒ") else "USD"


def month_number(name: str) -> int:
    try:
        return MONTHS[name.lower().rstrip(".")]
    except KeyError as exc:
        raise NumberError(f"not a Dutch month name: {name!r}") from exc


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def parse_date(text: str) -> date:
    """``20 oktober 2025`` -> 2025-10-20; ``20-10-2025`` and ``20/10/2025`` too."""
    s = " ".join(text.split())
    m = re.fullmatch(r"(\d{1,2}) (" + MONTH_ALT + r") (\d{4})", s, re.IGNORECASE)
    try:
        if m:
            return date(int(m.group(3)), month_number(m.group(2)), int(m.group(1)))
        m = re.fullmatch(r"(\d{1,2})[-/](\d{1,2})[-/](\d{4})", s)
        if m:
            return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    except ValueError as exc:
        raise NumberError(f"not a valid date: {text!r}") from exc
    raise NumberError(f"not a Dutch date: {text!r}")


# ---- reference dates and periods in a sentence ------------------------------------------------

_MONTH_OR_SHORT = MONTH_ALT + "|" + MONTH_SHORT
_D = r"(?P<day>\d{1,2})\s+(?P<month>" + MONTH_ALT + r")(?:\s+(?P<year>(?:19|20)\d{2}))?"
_M = r"(?P<month>" + MONTH_ALT + r")(?:\s+(?P<year>(?:19|20)\d{2}))?"
_Y = r"(?P<year>(?:19|20)\d{2})"
_TIME_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(p, re.IGNORECASE)) for kind, p in (
        # "de tweede helft van 2015", also without "van" and cut short: "In de tweede helft 2015 tot
        # oktober" (first: "tot oktober" is no end of its own here)
        ("half", r"\b(?P<which>eerste|tweede)\s+(?:helft|halfjaar)\s+(?:van\s+)?" + _Y
                 + r"(?:\s+tot\s+(?P<month2>" + MONTH_ALT + r")\b)?"),
        ("date", r"\b(?:peildatum|peilmoment|stand(?:\s+van)?)\s*:?\s*(?:van\s+|per\s+|op\s+)?" + _D),  # "stand 1 mei 2019"
        # ... with the month cut short and its year: "(stand 1 nov 2022)"
        ("date", r"\b(?:peildatum|peilmoment|stand(?:\s+van)?)\s*:?\s*(?:van\s+|per\s+|op\s+)?(?P<day>\d{1,2})\s+"
                 r"(?P<month>" + MONTH_SHORT + r")\.?\s+(?P<year>(?:19|20)\d{2})\b"),
        # "peildatum 31-12-2015": the date in figures
        ("date", r"\b(?:peildatum|peilmoment|stand van|stand per|per)\s*:?\s*(?:van\s+|per\s+|op\s+)?(?P<day>\d{1,2})[-/.](?P<nmonth>0?[1-9]|1[0-2])"
                 r"[-/.](?P<year>(?:19|20)\d{2})\b"),
        # "is op 1- 1-2001 55 jaar en ouder", "op 31-12-2015": a day in figures after "op" (a space may follow a dash)
        ("date", r"\bop\s+(?P<day>\d{1,2})[-/][ \t]?(?P<nmonth>0?[1-9]|1[0-2])[-/](?P<year>(?:19|20)\d{2})\b"),
        # the start of a span closed by "tot"/"t/m": "van november 2024 tot mei 2025", "In de periode 31 oktober
        # 2016 tot 1 november 2017"
        ("since", r"\b(?:periode\s+(?:van\s+)?|van\s+)" + _D + r"(?=\s+(?:tot|t/m)\b)"),
        ("since_month", r"\b(?:periode\s+(?:van\s+)?|van\s+)" + _M + r"(?=\s+(?:tot|t/m)\b)"),
        # "over de periode 2016 tot oktober 2020": from the start of that year
        ("since_year", r"\bperiode\s+(?:van\s+)?" + _Y + r"(?=\s+(?:tot|t/m|tot\s+en\s+met)\s+(?:" + MONTH_ALT + r"|\d{1,2}\s))"),
        # ... in figures: "(periode 01-01-2017 t/m 31-12-2021)"
        ("since", r"\b(?:periode\s+(?:van\s+)?|van\s+)(?P<day>\d{1,2})[-/.](?P<nmonth>0?[1-9]|1[0-2])[-/.]"
                  r"(?P<year>(?:19|20)\d{2})(?=\s+(?:tot(?:\s+en\s+met)?|t/m)\s+\d)"),
        # a day span without "van" ("1 januari tot 1 juni 2024", a table's column header): its first day
        ("since", r"\b" + _D + r"(?=\s+(?:tot(?:\s+en\s+met)?|t/m)\s+\d{1,2}\s+(?:" + MONTH_ALT + r")\b)"),
        # "in 2015 en in 2016": two years in a row are one span (two years apart, no period: GUIDELINES)
        # two named months of one year: "In januari/februari 2020", "in juli en augustus 2023"
        ("months", r"\b(?P<month>" + _MONTH_OR_SHORT + r")\.?\s*(?:/|[-–]|\s(?:en|of)\s)\s*(?P<month2>" + _MONTH_OR_SHORT
                   + r")\.?\s+" + _Y + r"\b"),  # also cut short: "TVL 1 (juni-sept 2020)"
        # "tussen 1 juli 2017 en 31 december 2017", "tussen januari en juni 2024", "tussen 2015 en 2020": a span
        # ... also "tussen begin oktober 2000 en eind januari 2001": whole months
        ("between", r"\btussen\s+(?:begin\s+)?(?:" + _D + r"|" + _M.replace("<month>", "<bmonth>").replace("<year>", "<byear>")
                    + r"|(?P<ayear>(?:19|20)\d{2}))\s+en\s+(?:eind\s+)?(?:(?P<day2>\d{1,2})\s+)?(?P<month2>" + MONTH_ALT
                    + r")(?:\s+(?P<year2>(?:19|20)\d{2}))?\b"),
        # "In week 27 (5 t/m 11 juli 2021)": days of one month
        ("between", r"(?<![\d.,])(?P<day>\d{1,2})\s*(?:t/m|tot\s+en\s+met|[-–])\s*(?P<day2>\d{1,2})\s+(?P<month2>" + MONTH_ALT
                    + r")(?:\s+(?P<year2>(?:19|20)\d{2}))?\b"),
        ("years", r"\btussen\s+" + _Y + r"\s+en\s+(?P<year2>(?:19|20)\d{2})\b(?![.,]\d)"),
        ("two_years", r"\b(?:in(?:\s+de\s+jaren)?|jaren)\s+" + _Y + r"\s+en\s+(?:in\s+)?(?P<year2>(?:19|20)\d{2})\b(?![.,]\d)"),
        ("through", r"(?:\btot\s+en\s+met|\bt/m|\btm)\s+" + _D),
        ("through", r"(?:\btot\s+en\s+met|\bt/m|\btm)\s+(?P<day>\d{1,2})[-–/](?P<nmonth>0?[1-9]|1[0-2])\b"
                    r"(?:[-–/](?P<year>(?:19|20)\d{2}))?"),
        ("through_month", r"(?:\btot\s+en\s+met|\bt/m|\btm)\s+(?:eind\s+)?" + _M),
        ("until", r"\btot\s+" + _D),
        ("until_month", r"\btot\s+" + _M + r"\b"),
        ("since", r"\b(?:vanaf|sinds|sedert)\s+" + _D),
        # "sinds 2017" (also glued "sinds2017"): from the start of that year, open; a year run into the figure
        # after it ("sinds 201430.396")
        ("since_year", r"\b(?:sinds|sedert)\s*" + _Y + r"(?=\d{1,3}(?:\.\d{3})+(?![\d.,]?\d)|(?![\d.,]?\d))(?!\s*(?:t/m|tot|[-–/]))"),
        ("date", r"\b(?:op|per|d\.d\.|medio)\s+" + _D),
        # "in de periode ná 2020": from the start of the next year, open
        ("after_year", r"\b(?:periode\s+)?(?:na|ná)\s+" + _Y + r"\b(?![.,]\d)(?!\s*(?:t/m|tot|[-–/]))"),
        # ... "In de periode 2008 tot 2010 heeft de nVWA 11 keer opgetreden": years named as a period, both in it
        ("years", r"\bperiode\s+(?:van\s+)?" + _Y + r"\s*(?:t/m|tot\s+en\s+met|tot|-|–)\s*(?P<year2>(?:19|20)\d{2})\b"),
        # "Over het studiejaar 2022–2023", "in schooljaar 2019/20": 1 August to 31 July
        ("school_year", r"(?<!vanaf\s)(?<!vanaf\shet\s)(?<!sinds\s)(?<!sinds\shet\s)\b(?:studie|school|college)jaar\s+" + _Y + r"\s*[–/-]\s*(?P<year2>(?:19|20)?\d{2})\b(?![.,]\d)"),
        # "In de jaren voor corona (2017–2019) lag het gemiddelde rond de 750": the years in brackets
        ("years", r"\bjaren\b[^()\n.?!]{0,30}\(" + _Y + r"\s*[-–]\s*(?P<year2>(?:19|20)\d{2})\)"),
        # "lopen van 2012 tot en met 2014", "de jaren 2025 tot en met 2029", "de jaren 2025-2029"
        ("years", r"\b(?:vanaf|van|jaren)\s+" + _Y + r"\s*(?:t/m|tot\s+en\s+met|-|–)\s*(?P<year2>(?:19|20)\d{2})\b(?![.,]\d)"),
        # "De ontwerpbegroting 2012 bestaat voor 40 procent uit ...": the year of a budget or annual report named
        # (also an agency's: "De NWO-begroting 2018 heeft een omvang van ...")
        ("year", r"(?<!\bbij\s)\b(?:de|het|deze|dit)\s+(?:[A-Z][A-Za-z]{1,10}-)?(?:ontwerp|eerste\s+|tweede\s+|)(?:begroting|suppletoire\s+begroting|jaarverslag"
                 r"|slotwet|voorjaarsnota|najaarsnota|miljoenennota|jaarplan|jaarrekening)\s+" + _Y + r"\b(?![.,]\d)"),
        # "tot en met 2026" (also "tot enmet 2026" of a text extraction): up to the end of that year; after the
        # spans ("periode 2024 t/m 2026"), which hold it
        ("through_year", r"(?:\btot\s+en\s*met|\bt/m)\s+" + _Y + r"\b(?![.,]\d)"),
        # "In de vierde Voortgangsrapportage (december 2020) bedroeg het aantal 475": a month and year in brackets
        ("month", r"(?<=\()(?P<month>" + MONTH_ALT + r")\s+" + _Y + r"(?=\))"),
        # "in maart 2024", "In februari" (the document's year), "in de maand mei 2023", "over april": that month
        ("month", r"\b(?:in|over|gedurende|tijdens)\s+(?:de\s+maand\s+)?" + _M + r"\b(?![.,]\d)(?!\s*(?:t/m|tot|[-–/]|en\s+(?:"
                  + MONTH_ALT + r")))"),
        # "in de eerste vier maanden van 2017", "de eerste 3 maanden van 2017": January through that month
        ("first_months", r"\beerste\s+(?P<n>[1-9]|1[01]|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf)\s+maanden\s+"
                         r"(?:van\s+|in\s+)?" + _Y + r"\b(?!,\d|\.\d{3})"),  # "2017.1": a footnote marker
        ("quarter", r"\b(?P<which>eerste|tweede|derde|vierde)\s+kwartaal\s+(?:van\s+)?" + _Y),
        # "TVL Q4 2020", "Q1 20211" (a footnote marker run into the year), "2020-Q4"
        ("quarter", r"\bQ(?P<which>[1-4])[ \t-]?" + _Y + r"(?=\d?(?!\d))"),
        ("quarter", r"\b" + _Y + r"[ \t-]?Q(?P<which>[1-4])\b"),
        # a tertaal (four months: the periods of the budget reports) "in het derde tertaal 2022"
        ("tertial", r"\b(?P<which>eerste|tweede|derde)\s+tertaal\s+(?:van\s+)?" + _Y),
        # also "in2023", a space lost in a text extraction (as "sinds2017")
        ("year", r"\b(?:(?:in|over|gedurende|heel|voor|kalenderjaar)\s+(?:het\s+jaar\s+)?(?:zowel\s+)?|in(?=(?:19|20)\d{2}\b))"
                 + _Y + r"\b"),
        # "uit het aanbod van 2020", "de cijfers van 2023": a noun's year (not the first year of a span)
        ("year", r"\b(?:het|de)\s+[a-zà-ü]{3,}\s+van\s+" + _Y + r"\b(?![.,]\d)(?!\s*(?:t/m|tot|[-–]|naar|en)\s*(?:19|20)?\d)"),
        ("bare_date", _D),
        # "In het Jaarverslag Inspectie SZW 2019 is vermeld dat de Inspectie SZW in dat jaar 1778 ...": the year
        # the sentence named before it
        ("that_year", r"\bin\s+dat\s+jaar\b"),
        # "Dit jaar zijn 68 verdachte transacties gemeld": the document's year; "Vorig jaar was dit 85% van de tijd":
        # the year before it (not "begin dit jaar", "sinds ..."; the lookahead first: a quick fail)
        # "in het afgelopen kalenderjaar": the calendar year before the document's
        ("last_calendar_year", r"\b(?:het\s+)?afgelopen\s+kalenderjaar\b"),
        ("this_year", r"(?=[DdVv])(?<!\bvan\s)(?<!\bbegin\s)(?<!\beind\s)(?<!\bmedio\s)(?<!\bsinds\s)(?<!\bvanaf\s)"
                      r"(?<!\bvoor\s)(?<!\bna\s)\b(?P<rel>[Dd]it|[Vv]orig)\s+jaar\b(?!\s+(?:en|of|t/m|tot)\b)"),
    ))
_ORDINAL = {"eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_COUNT_WORDS = {"twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9, "tien": 10,
                "elf": 11}


@dataclass(frozen=True)
class TimeExpr:
    kind: str  # date | through | through_month | until | until_month | since | since_month | since_year | through_year |
    #            half | quarter | tertial | years | two_years | year | month | bare_date
    start: int
    end: int
    day: int | None = None
    month: int | None = None
    year: int | None = None
    which: int | None = None
    year2: int | None = None
    month2: int | None = None


def find_time_expressions(text: str) -> list[TimeExpr]:
    """Every reference-date or period expression in ``text``, left to right, not overlapping."""
    found: list[TimeExpr] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _TIME_PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            g = m.groupdict()
            if kind == "after_year":
                found.append(TimeExpr("since_year", m.start(), m.end(), year=int(g["year"]) + 1))
                taken.append((m.start(), m.end()))
                continue
            if kind == "first_months":
                n = g["n"]
                n = int(n) if n.isdigit() else _COUNT_WORDS[n.lower()]
                found.append(TimeExpr("months", m.start(), m.end(), month=1, month2=n, year=int(g["year"])))
                taken.append((m.start(), m.end()))
                continue
            if kind == "last_calendar_year":
                found.append(TimeExpr("this_year", m.start(), m.end(), which=1))
                taken.append((m.start(), m.end()))
                continue
            if kind == "this_year":  # (which: the years before the document's)
                found.append(TimeExpr("this_year", m.start(), m.end(), which=int(g["rel"].lower() == "vorig")))
                taken.append((m.start(), m.end()))
                continue
            if kind == "that_year":
                named = year_spans(text[:m.start()])
                if named:
                    found.append(TimeExpr("year", m.start(), m.end(), year=int(text[named[-1][0]:named[-1][1]])))
                    taken.append((m.start(), m.end()))
                continue
            if kind == "school_year":
                y, y2 = int(g["year"]), int(g["year2"])
                y2 = y2 + y // 100 * 100 if y2 < 100 else y2
                if y2 == y + 1:
                    found.append(TimeExpr("school_year", m.start(), m.end(), year=y, year2=y2))
                    taken.append((m.start(), m.end()))
                continue
            if kind == "between":
                found.extend(_between(m))
                taken.append((m.start(), m.end()))
                continue
            found.append(TimeExpr(
                kind, m.start(), m.end(),
                day=int(g["day"]) if g.get("day") else None,
                month=month_number(g["month"]) if g.get("month") else (int(g["nmonth"]) if g.get("nmonth") else None),
                year=int(g["year"]) if g.get("year") else None,
                which=_ORDINAL.get((g.get("which") or "").lower()),
                year2=int(g["year2"]) if g.get("year2") else None,
                month2=month_number(g["month2"]) if g.get("month2") else None))
            taken.append((m.start(), m.end()))
    return sorted(found, key=lambda t: t.start)


def _between(m: re.Match) -> list[TimeExpr]:
    """The two ends of "tussen X en Y": a start (since/since_month) and an end (through/through_month); a
    missing year is the end's."""
    g = m.groupdict()
    year2 = int(g["year2"]) if g.get("year2") else None
    month2 = month_number(g["month2"])
    end = (TimeExpr("through", m.start("day2"), m.end(), day=int(g["day2"]), month=month2, year=year2) if g.get("day2")
           else TimeExpr("through_month", m.start("month2"), m.end(), month=month2, year=year2))
    if g.get("day"):
        year = int(g["year"]) if g.get("year") else year2
        start = TimeExpr("since", m.start(), m.start("month2"), day=int(g["day"]),
                         month=month_number(g["month"]) if g.get("month") else month2, year=year)
    elif g.get("bmonth"):
        year = int(g["byear"]) if g.get("byear") else year2
        start = TimeExpr("since_month", m.start(), m.start("month2"), month=month_number(g["bmonth"]), year=year)
    else:  # "tussen 2015 en maart 2016"
        start = TimeExpr("since_year", m.start(), m.start("month2"), year=int(g["ayear"]))
    return [start, end]


def year_spans(text: str) -> list[tuple[int, int]]:
    """Spans of bare four-digit years (1900-2099) not part of a larger number."""
    return [(m.start(), m.end()) for m in re.finditer(r"(?<![\d.,])(?:19|20)\d{2}(?![\d.,]\d)", text)]


@dataclass(frozen=True)
class TimeRef:
    date: date | None = None
    period_start: date | None = None
    period_end: date | None = None

    @property
    def empty(self) -> bool:
        return self.date is None and self.period_start is None and self.period_end is None


def _safe_date(year: int | None, month: int | None, day: int | None) -> date | None:
    if year is None or month is None or day is None:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def resolve_time(exprs: list[TimeExpr], position: int, default_year: int | None = None) -> TimeRef:
    """The reference date or period for a figure at ``position``, from the expressions of its sentence.

    ``in 2025`` gives the year; ``tot en met september`` / ``tot 1 oktober`` close it (``tot`` excludes
    the day); ``peildatum``/``op``/``per`` give a date. Of several years the nearest one before the figure
    wins, else the nearest after it.
    """
    # "dit jaar": the document's year; "vorig jaar": the year before it
    exprs = [TimeExpr("year", e.start, e.end, year=default_year - (e.which or 0)) if e.kind == "this_year" else e
             for e in exprs if e.kind != "this_year" or default_year]
    years = [e for e in exprs if e.kind == "year"]
    before = [e for e in years if e.start < position]
    year_expr = before[-1] if before else (years[0] if years else None)
    year = year_expr.year if year_expr else None
    ctx_year = year or default_year
    dates = [e for e in exprs if e.kind == "date"]
    bounded = [e for e in exprs if e.kind in ("through", "through_month", "until", "until_month", "since", "since_year",
                                              "through_year", "since_month")]
    blocks = [e for e in exprs if e.kind in ("half", "quarter", "tertial", "months")]
    months = [e for e in exprs if e.kind == "month"]
    spans = [e for e in exprs if e.kind == "years" and e.year <= e.year2]  # "1991 t/m 1990" is no period
    spans += [e for e in exprs if e.kind == "two_years" and e.year2 == e.year + 1]
    # a year between a span and the figure is the figure's ("In de jaren 2010 en 2011 ... 2,3% en in 2012 ... 1,4%")
    later_year = [e for e in before if spans and e.start > max((b.start for b in spans if b.start < position), default=-1)
                  and any(b.start < position for b in spans)]
    school = [e for e in exprs if e.kind == "school_year"]
    if school and not later_year:
        b = min(school, key=lambda e: abs(e.start - position))
        assert b.year is not None and b.year2 is not None
        return TimeRef(None, date(b.year, 8, 1), date(b.year2, 7, 31))
    if spans and not later_year:
        b = min(spans, key=lambda e: abs(e.start - position))
        assert b.year is not None and b.year2 is not None
        return TimeRef(None, date(b.year, 1, 1), date(b.year2, 12, 31))
    if blocks and before and all(b.start > position and b.year != before[-1].year for b in blocks):
        blocks = []  # "Waar het over heel 2018 om minder dan 60 meldingen ging, zijn er in het eerste kwartaal van
        # 2019 al 29": the year before the figure is its own, the quarter after it another figure's
    if blocks:
        b = min(blocks, key=lambda e: abs(e.start - position))
        if b.kind == "months" and b.year and b.month and b.month2 and b.month < b.month2:
            return TimeRef(None, date(b.year, b.month, 1), month_end(b.year, b.month2))
        if b.which is None or b.year is None:
            return TimeRef()
        if b.kind == "half":
            last = 6 * b.which
            if b.month2 is not None and 6 * b.which - 5 < b.month2 <= last:
                last = b.month2 - 1  # "tot oktober": up to the month before
            return TimeRef(None, date(b.year, 6 * b.which - 5, 1), month_end(b.year, last))
        if b.kind == "tertial":
            return TimeRef(None, date(b.year, 4 * b.which - 3, 1), month_end(b.year, 4 * b.which))
        return TimeRef(None, date(b.year, 3 * b.which - 2, 1), month_end(b.year, 3 * b.which))
    if months and not dates and not bounded:
        b = min(months, key=lambda e: (e.start > position, abs(e.start - position)))
        y = b.year or ctx_year
        if y is not None and b.month is not None:
            return TimeRef(None, date(y, b.month, 1), month_end(y, b.month))
    if dates:
        d = min(dates, key=lambda e: (e.start > position, abs(e.start - position)))
        day = _safe_date(d.year or ctx_year, d.month, d.day)
        if year is not None and day is not None and day.year == year and year_expr.kind == "year":
            # "ingewilligd in 2025 (peilmoment: 22 september 2025)": the year so far, counted on that day
            return TimeRef(day, date(year, 1, 1), date(year, 12, 31))
        return TimeRef(day)
    if bounded:
        start = date(year, 1, 1) if year else None
        if start is None and any(b.kind in ("through_month", "until_month") and b.year for b in bounded):
            first = next(b for b in bounded if b.kind in ("through_month", "until_month") and b.year)
            start = date(first.year, 1, 1)  # "t/m september 2025": the year up to that month
        elif start is None and ctx_year and any(b.kind in ("through_month", "until_month") for b in bounded) and \
                not any(b.kind.startswith("since") for b in bounded):
            start = date(ctx_year, 1, 1)  # "Het percentage tot en met november was 71,7%": the document's year so far
        end = None
        for i, b in enumerate(bounded):
            y = b.year or ctx_year
            if b.kind in ("since", "since_month") and not b.year:
                # "de periode september t/m december 2022": the year the span's end names
                closing = [c for c in bounded[i + 1:] if c.kind in ("through", "through_month", "until", "until_month")]
                y = closing[0].year if closing and closing[0].year else y
            if b.kind == "since_year" and b.year:
                start = date(b.year, 1, 1)
                continue
            if b.kind == "through_year" and b.year:
                end = date(b.year, 12, 31)
                continue
            if y is None or b.month is None:
                continue
            if b.kind == "through":
                end = _safe_date(y, b.month, b.day)
            elif b.kind == "through_month":
                end = month_end(y, b.month)
            elif b.kind == "until":
                d0 = _safe_date(y, b.month, b.day)
                end = d0 - timedelta(days=1) if d0 else None
            elif b.kind == "until_month":
                end = date(y, b.month, 1) - timedelta(days=1)
            elif b.kind == "since":
                start = _safe_date(y, b.month, b.day)
            elif b.kind == "since_month":
                start = date(y, b.month, 1)
        if start and end and start > end:
            start = None
        if start or end:
            return TimeRef(None, start, end)
    if year is not None:
        return TimeRef(None, date(year, 1, 1), date(year, 12, 31))
    bare = [e for e in exprs if e.kind == "bare_date" and e.year]
    if bare and len(bare) == 1:
        return TimeRef(_safe_date(bare[0].year, bare[0].month, bare[0].day))
    return TimeRef()


def rounding_of(text: str) -> int | None:
    """``afgerond op tientallen`` -> 10, ``vijftallen`` -> 5, ``honderdtallen`` -> 100 (also "afgerond naar
    tientallen")."""
    m = re.search(r"afgerond\s+(?:op|naar|in)\s+(?:hele\s+)?(tientallen|vijftallen|honderdtallen|duizendtallen|vijftigtallen)",
                  text, re.IGNORECASE)
    if not m:
        return None
    return {"tientallen": 10, "vijftallen": 5, "honderdtallen": 100, "duizendtallen": 1000,
            "vijftigtallen": 50}[m.group(1).lower()]
