"""The unit of a figure: the words after it, a unit word right before it, "het aantal <noun>" earlier in its
sentence, the figure before it, a table's column, row or caption, and euros for millions in a sentence about money
(tests/gold/GUIDELINES.md, units).
"""

from __future__ import annotations

import re
from functools import lru_cache

from kamergraaf.extract.gazetteers import countries, figure_rules

_WORD_RE = re.compile(r"[\w’'&+-]+|[^\w\s]")


def _prev_words(text: str, pos: int, n: int) -> list[str]:
    return [m.group() for m in _WORD_RE.finditer(text[max(0, pos - 60):pos])][-n:]


def _next_words(text: str, pos: int, n: int) -> list[str]:
    return [m.group() for m in _WORD_RE.finditer(text[pos:pos + 80])][:n]


# an amount in millions or billions without a unit, in a sentence about money: euros ("de middelen (in totaal 15
# miljoen)", "de apparaatsuitgaven worden met circa 1 mld. verminderd")
_MONEY_WORDS = re.compile(r"\b\w*(?:middelen|uitgaven|budget|budgetten|kosten|bedrag|bedragen|gelden|begroting|subsidie"
                          r"|financiering|bijdrage|compensatie|onderuitputting|uitgekeerd|uitgegeven|gereserveerd"
                          r"|besteed|kasschuif|uitname|investering|investeringen|geïnvesteerd|investeert|ontvangen|betaald"
                          r"|loonruimte|beschikbaar|vrijgemaakt|uitgetrokken|toegekend|opbrengst|opbrengsten|derving"
                          r"|ontvangsten|inkomsten|besparing|besparingen|bezuiniging|bezuinigingen|lastenverzwaring"
                          r"|lastenverlichting|tekort|omzet)\b", re.I)
# a figure with a counted noun of its own ("2.750 gedwongen vertrekken") does not take the unit of the figure before
_FUNCTION_AFTER = frozenset({"middels", "via", "vanwege", "wegens", "volgens", "namens", "dankzij", "inclusief",
                             "exclusief", "daarvan", "hiervan", "meer", "minder", "extra", "nog", "ook", "al", "zelfs"})


_GLUED_UNITS = frozenset({"persons", "places", "EUR", "fte", "kg", "tonnes"})
_UNIT_ORDER = ("days", "weeks", "months", "years", "hours", "minutes", "fte", "percent", "EUR", "USD", "ANG", "GBP", "NLG", "ZAR", "CHF", "kg", "tonnes",
               "metres", "kilometres", "litres", "celsius", "m3", "m2", "km2", "PJ", "GW", "MW", "kW", "TWh", "GWh", "MWh", "kWh",
               "permille", "hectares", "places", "persons")


def _unit_of(words: list[str]) -> str | None:
    rules = figure_rules()["units"]
    for i, w in enumerate(words):
        lw = w.lower()
        if lw == "vierkante" and i + 1 < len(words) and words[i + 1].lower() in ("meter", "meters", "kilometer", "kilometers"):
            return "km2" if words[i + 1].lower().startswith("kilo") else "m2"  # "5.000 vierkante meter kantoorruimte"
        if lw in figure_rules()["stop_words"] or lw in figure_rules()["head_end"]:
            return None  # the counted noun ends before a preposition: "46 rapportages van mensen" counts reports
        # a word a text extraction broke at a line end ("procentpun-ten", "asielzoe-kers") is looked up whole
        lw = _MARKER_END.sub("", lw)  # "35 nieuwe leden1": a footnote marker run into the noun
        for form in (lw, lw.replace("-", "")) if _BROKEN_WORD.fullmatch(lw) else (lw,):
            for unit in _UNIT_ORDER:
                if form in {x.lower() for x in rules[unit]}:
                    return unit
            if any(form.endswith(suf) for suf in rules["place_suffixes"]):
                return "places"
            if (any(form.endswith(suf) for suf in rules["person_suffixes"]) and form not in _NOT_PERSONS) or \
                    re.fullmatch(r"[A-Z]{2,}-ers", w) or form in _nationals():
                return "persons"  # ... also a country's people ("2400 Nederlanders", "300 Afghanen")
    return None


@lru_cache(maxsize=1)
def _nationals() -> frozenset[str]:
    return frozenset(p.lower() for c in countries() for p in c.get("people", ()))


# a part of a whole counted before: "398 duizend van deze 1,2 miljoen mensen"
_PART_OF = re.compile(r"[ \t\n]+van[ \t\n]+(?:de|deze|die|alle)[ \t\n]+[\d.,]+(?:[ \t\n]+(?:duizend|miljoen|miljard))?"
                      r"[ \t\n]+(?P<noun>[a-zà-ü][\w’'-]*)")
_NOT_PERSONS = frozenset({"jongstleden", "geleden", "verleden", "overleden"})  # words that end like "leden"
_MARKER_END = re.compile(r"(?<=[a-zà-ü]{3})\d{1,2}$")
_BROKEN_WORD = re.compile(r"[a-zà-ü]{3,}-[a-zà-ü]{2,4}")


def _unit(text: str, s: int, e: int, q, m: re.Match, sent: tuple[int, int], table_row: bool, later) -> str | None:
    nxt = [] if table_row else _next_words(text, e, 4)
    unit = q.unit
    if unit is None and nxt and nxt[0].lower() in ("procent", "procentpunt"):
        unit = "percent"
    if unit is None and nxt and nxt[0].lower() == "euro":
        unit = "EUR"
    if unit is None and nxt and nxt[0].lower() in ("cent", "eurocent"):
        unit = "EUR"  # the value in euros: _CENT (find_figures)
    if unit is None and m.group("mult") and re.search(r"(?:^|\n)\s*€\s*\n", text[sent[0]:s]):
        unit = "EUR"  # a currency sign the text layer put on a line of its own
    if unit is None and re.match(r"[ \t]*\n?[ \t]*m[ \t]*\n?[ \t]*[3³](?!\d)", text[e:e + 12]):
        unit = "m3"  # "miljard m3", the superscript 3 maybe on a line of its own
    if unit is None and (named := re.match(r"\s+(?:was|is|waren|zijn)\s+het\s+aantal\s+([a-zà-ü]+)", text[e:e + 40])):
        unit = _unit_of([named.group(1)])  # "Het aantal van 700 was het aantal mensen dat ...": the noun named after it
    if unit is None and re.match(r"[ \t]*mol(?:[ \t]*N)?[ \t]*(?:/|per)[ \t]*(?:ha|hectare)\b", text[e:e + 25]):
        unit = "mol-per-ha-year"  # a deposition: "1500 mol/ha/jaar", "mol N/ha/jr"
    if unit is None and re.match(r"[ \t]*[–-][ \t]*\d[\d.,]*[ \t]*(?:%|procent\b)", text[e:e + 20]):
        unit = "percent"  # the first number of a range of percentages: "15–20%"
    if unit is None:
        unit = _unit_of(nxt[:3])
    if unit is None and not table_row:
        unit = _after_adjectives(_next_words(text, e, 7))
    if unit is None and (part := _PART_OF.match(text, e)):
        unit = _unit_of([part.group("noun")])  # "Ongeveer 398 duizend van deze 1,2 miljoen mensen"
    if unit is None and len(nxt) >= 2 and nxt[0].lower() in ("en", "of", "tot", "à", "a", "-", "–", "resp.", "resp", "respectievelijk") and \
            re.match(r"(?:ca\.?\s*)?\d", text[e:].lstrip()[len(nxt[0]):].lstrip(" \t\n.")) and later:
        unit = later[2].unit or _unit_of(_next_words(text, later[1], 3))
    if unit is None and re.search(r"\bvan[ \t]+wie[ \t]+(?:er[ \t]+)?$", text[max(0, s - 20):s]):
        unit = "persons"  # "900.000 mensen werden ziek, van wie er 16.000 opgenomen moesten worden"
    line_start = text.rfind("\n", 0, s) + 1
    # the unit word before the figure ('aantal dagen: 118'), not a time phrase or a parenthesis before it
    # ('dezelfde periode vorig jaar (46 890 grensoverschrijdingen', 'in diezelfde maand 32.294 afgehandeld')
    if unit is None and text[line_start:s].strip() and not nxt[:1] == ["."] and \
            not re.search(r"(?:\(|\b(?:vorig|vorige|dit|dat|deze|die|diezelfde|dezelfde|datzelfde|zelfde|elke|iedere|per|volgend"
                          r"|volgende|afgelopen|komend|komende)\s+\w+[\s,]*)$",
                          text[line_start:s].rstrip(), re.IGNORECASE) and \
            not re.search(r"\d[ \t]+\w+[ \t]*$", text[line_start:s]):  # "de afgelopen 3 jaar 250 miljoen": another number's unit
        unit = _unit_of([w for w in _prev_words(text, s, 3)[::-1] if re.match(r"\w", w)][:1])
    return unit


def _after_adjectives(words: list[str]) -> str | None:
    """The counted noun after a run of inflected adjectives, also coordinated: "ongeveer 200 volledig opgeleide en
    gecertificeerde reservisten" (the first three words name no unit)."""
    i, skipped = 0, 0
    while i < len(words) and skipped < 5:
        w = words[i]
        if re.fullmatch(r"[a-zà-ü]{3,}e", w) or (w in ("volledig", "goed") and i + 1 < len(words)) or \
                (w == "en" and skipped and i + 1 < len(words) and re.fullmatch(r"[a-zà-ü]{3,}e", words[i + 1])):
            i, skipped = i + 1, skipped + 1
            continue
        break
    if skipped < 2 or i >= len(words) or not re.fullmatch(r"[a-zà-ü]{4,}", words[i]):
        return None
    return _unit_of([words[i]])


# the unit a table's caption states for every cell: "Wervingsopgaven en realisatie (in fte)", "(aantal personen)"
_CAPTION_UNIT = re.compile(r"\((?:in|aantal(?:len)?(?:\s+in)?)\s+([^()\d]{1,25})\)\s*$", re.I)


# a table caption that scales its cells: "(in miljoenen euro's)", "(in € mln)", "(bedrag in € mln; ...)", "(x € 1.000)", "(bedragen x € 1
# miljoen)", "(in duizenden)", "(x 1.000)"
_CAPTION_SCALE = re.compile(
    r"\((?:bedrag(?:en)?\s+)?(?:(?:in|x|×|maal)\s*)?(?:(?:nominale|lopende|constante|reële)\s+)?(?P<cur1>€|EUR|euro['’]?s?)?\s*"
    r"(?P<scale>miljoenen|miljarden|duizenden|miljoen|miljard|duizend|mln\.?|mld\.?|mrd\.?|1[ .]000(?:[ .]000){0,2}|"
    r"1 (?:mln|mld|miljoen|miljard)\.?)\s*(?P<cur2>€|EUR|euro['’]?s?)?(?:\s*(?P<uword>[a-z]{1,12}\.?))?(?:\)|;[^()]*\))",
    re.I)  # anywhere in the caption; "(mld km.)": a unit after the scale; "(bedrag in € mln; – = onderuitputting)"
# the same on a line of its own, without brackets: "In € mln.", "Bedragen in € miljoen", "x € 1.000"
_CAPTION_SCALE_LINE = re.compile(
    r"(?:^|\n|[ \t])(?:[Bb]edragen[ \t]+)?(?:[Ii]n|x|×)[ \t]*(?P<cur1>€|EUR|euro['’]?s?)?[ \t]*"
    r"(?P<scale>miljoenen|miljarden|duizenden|miljoen|miljard|duizend|mln\.?|mld\.?|mrd\.?|1[ .]000(?:[ .]000){0,2}"
    r"|1[ \t](?:mln|mld|miljoen|miljard)\.?)"  # ... also "Bedragen x € 1 miljoen"
    r"[ \t]*(?P<cur2>€|EUR|euro['’]?s?)?[ \t]*(?:\([^()\n]{1,30}\))?[ \t]*\.?$", re.I)  # "(enkelvoudig)" after it
# the plural scale and the currency inside the sentence that names the table: "Onderstaande tabel geeft de totale
# inkomsten uit gas ... in miljarden euro's in de afgelopen 10 jaar"
_CAPTION_SCALE_PHRASE = re.compile(r"\b[Ii]n[ \t]+(?P<scale>miljoenen|miljarden)[ \t]+(?P<cur2>euro['’]?s?\b)(?P<cur1>)")
# the short forms: "Begroting 2018 (M€)", "(k€)", "(€ M)", "(in M€)"
_CAPTION_SCALE_SHORT = re.compile(r"\((?:in[ \t]+)?(?:(?P<s1>[MkK])[ \t]?€|€[ \t]?(?P<s2>[MkK]))\)")
_SCALES = {"duizend": 10**3, "miljoen": 10**6, "mln": 10**6, "miljard": 10**9, "mld": 10**9, "mrd": 10**9}


def caption_scale(caption: str) -> tuple[str | None, int] | None:
    """(unit, factor) of a caption that scales a table's cells: "(in miljoenen euro's)" -> ("EUR", 10**6),
    "(x 1.000)" -> (None, 1000); None when the caption names no scale. The bracketed form may stand anywhere in
    the caption, the bare form ("In € mln.") ends one of its lines."""
    m = _CAPTION_SCALE.search(caption) or next(
        filter(None, (_CAPTION_SCALE_LINE.search(line.rstrip(" \t:")) for line in caption.splitlines())), None) \
        or _CAPTION_SCALE_PHRASE.search(caption)
    if m is None:
        short = _CAPTION_SCALE_SHORT.search(caption)
        if short:
            return "EUR", 10**6 if (short.group("s1") or short.group("s2")) == "M" else 10**3
        return None
    word = re.sub(r"^1[ .]?", "", m.group("scale").lower()).rstrip(".")
    if re.fullmatch(r"000(?:[ .]000){0,2}", word):
        factor = 10 ** (3 * (word.count("000")))
    else:
        factor = next((f for k, f in _SCALES.items() if word.startswith(k)), 0)
    if not factor:
        return None
    if m.groupdict().get("uword") and not (m.group("cur1") or m.group("cur2")):
        unit = _unit_of([m.group("uword").rstrip(".")])
        return (unit, factor) if unit else None
    return ("EUR" if (m.group("cur1") or m.group("cur2")) else None), factor


# the sentence announcing a table names what its cells count: "In de tabel is weergegeven hoeveel medewerkers zijn
# doorgestroomd", "De tabel toont het aantal asielzoekers per gemeente"
_CAPTION_COUNTED = re.compile(r"\b(?:tabel|overzicht)\b[^.]*?\b(?:hoeveel|het\s+aantal|de\s+aantallen)\s+([^\W\d][\w’'-]*)", re.I)


def _caption_unit(caption: str) -> str | None:
    if re.search(r"\((?:in\s+)?(?:%|procent(?:en)?)\)|\bin\s+procenten\b|^\s*%[ \t]+[a-z]|\bde\s+volgende\s+percentages\b"
                 r"|\bin[ \t]+%[ \t]*:?[ \t]*$", caption):
        # ... or a caption that ends in "in %" ("Kostenverdeelsleutel in %:")
        # ... also a header whose corner cell says "% ten opzichte van het totale ODA-budget", and the sentence
        # "Voor de jaren 2017–2019 gelden de volgende percentages ..." before the table
        return "percent"  # "Mediane koopkrachtontwikkeling in 2017 (%); raming ...": the cells are percentages
    m = _CAPTION_UNIT.search(caption.rstrip(" \t\n:"))
    if m is None:
        counted = _CAPTION_COUNTED.search(caption)
        return _unit_of([counted.group(1)]) if counted else None
    words = m.group(1).replace("’", "'").split()  # ("(in EURO’s)": a typographic apostrophe)
    if words and words[0].lower() in ("euro", "€", "eur", "euro's"):
        return "EUR" if len(words) == 1 else None  # "(in € mln)": a scale the cells do not print
    if words and words[0].lower() in ("procent", "procenten", "%"):
        return "percent"
    return _unit_of(words[:2])


_AANTAL = re.compile(r"\baantal(?:len)?\s+(?:van\s+(?:de\s+)?)?(?P<noun>(?:\d{1,3}-)?[^\W\d][\w’'-]*)"
                     r"(?:\s+(?P<next>[a-zà-ü][\w’'-]*))?", re.I)  # also "85-plussers"
_THIS_NUMBER = re.compile(r"\b(?:dit|dat|deze|dat)\s+aantal\s+(?:\w+\s+){0,2}$", re.I)


def _counted_before(text: str, start: int, s: int, raw: list, units: list[str]) -> str | None:
    """The unit of "het aantal <noun>" earlier in the figure's sentence with no figure in between ("het aantal
    burgers/natuurlijke personen in FSV ongeveer 240.000"), or of the figure before for "dit aantal 6.125"."""
    if _THIS_NUMBER.search(text[max(start, s - 40):s]):
        return units[-1] if units else None
    last = None
    for m in _AANTAL.finditer(text, start, s):
        last = m
    if last is None or any(last.end() <= r[0] < s for r in raw):
        return None
    unit = _unit_of(last.group("noun").split("/")[:1])
    if unit is None and last.group("next") and re.fullmatch(r"[a-zà-ü]+", last.group("noun")) and \
            not last.group("noun").endswith(("en", "s")):
        unit = _unit_of([last.group("next")])  # "de aantallen beschut werkplekken": the noun after an adjective
    return unit or "count"  # the noun counted, whatever it is


def _content(word: str) -> bool:
    return re.fullmatch(r"[a-zà-ü][a-zà-ü'’-]{3,}", word) is not None and word not in _FUNCTION_AFTER \
        and word not in figure_rules()["stop_words"] and word not in figure_rules()["head_end"]


# participles without "ge-" that end like a plural noun: "Van de 1.250 waren er 787 vertrokken"
_PARTICIPLES = frozenset({"vertrokken", "overleden", "verdwenen", "verschenen", "aangekomen", "binnengekomen",
                          "opgenomen", "uitgezonden", "ontslagen", "ontvangen"})


# a participle of a separable verb: "toegewezen", "uitgereikt", "teruggestuurd"
_SEPARABLE_PARTICIPLE = re.compile(r"(?:aan|af|bij|door|in|mee|na|om|op|over|terug|toe|uit|voor|weg|vast|vrij|samen|tegen)"
                                   r"ge[a-zà-ü]{3,}")


def _own_head(nxt: list[str]) -> bool:
    """Whether the words after a figure are a counted noun phrase of its own ("2.750 gedwongen vertrekken",
    "12 besluiten"), not a predicate ("600 gedwongen en 50 zelfstandig", "520 bruikbaar")."""
    if nxt and re.fullmatch(r"[A-Z]{2,6}-[a-zà-ü]{3,}(?:en|s)", nxt[0]):
        return True  # "bij 25 CAF-onderzoeken": a compound with an acronym
    if len(nxt) > 1 and re.fullmatch(r"[A-Z]{2,6}-\d{1,3}", nxt[0]) and _content(nxt[1]):
        return True  # "bij de 5 CAF-11 vergelijkbare onderzoeken"
    if not nxt or not _content(nxt[0]):
        return False
    if len(nxt) > 1 and _content(nxt[1]):
        return True
    return nxt[0].endswith(("en", "s")) and not nxt[0].startswith("ge") and nxt[0].lower() not in _PARTICIPLES \
        and not _SEPARABLE_PARTICIPLE.fullmatch(nxt[0])
