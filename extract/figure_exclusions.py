"""Numbers that match the figure pattern but are no figure: years, dates, ages and age groups, numbers glued
to a word, list and enumeration markers, rate denominators, budget article numbers, table scales, amounts in a
cited page title, and (through figure_limits) a rule's values and limits. ``excluded`` says whether a candidate
is one of them."""

from __future__ import annotations

import re
from functools import lru_cache

from kamergraaf.extract.figure_limits import is_limit
from kamergraaf.extract.figure_units import _GLUED_UNITS, _next_words, _prev_words, _unit_of
from kamergraaf.extract.gazetteers import countries, figure_rules
from kamergraaf.extract.numbers import MONTH_ALT

_WORD_RE = re.compile(r"[\w’'&+-]+|[^\w\s]")


_MONTHS = MONTH_ALT


_ENGLISH_MONTH_BEFORE = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October"
                                   r"|November|December)[ \t]+$")


# the rest of a line that ends in " | <site name>": the title of a cited web page, as footnotes give them
_PAGE_TITLE_REST = re.compile(r"[ \t]\|[ \t]+[^|.!?\n]{2,60}$")


_YEAR_BEFORE = re.compile(r"\b(?:sinds|sedert|vanaf|in|tot|eind|begin)\s+(?:19|20)\d{2}$", re.IGNORECASE)


_AGES_ELIDED = re.compile(r"-(?:[ \t]*(?:,|t/m|tot(?:[ \t]+en[ \t]+met)?|en|of)[ \t]*\d{1,3}-?)+[ \t]*jarig")
_PARTY_LABEL = re.compile(r"[A-Z][A-Z0-9]{1,5}(?:-[A-Z][A-Za-z]+)?|GroenLinks|ChristenUnie")
_AGE_GROUP = re.compile(r"\b(?:bevolking|kinderen|kind|jongeren|jongere|minderjarigen|personen|mensen|volwassenen|ouderen|leerlingen"
                        r"|werknemers|werkenden|scholieren|studenten"
                        r"|meisjes|jongens|vrouwen|mannen)\s+(?:tot\s+en\s+met|t/m|tot|van|vanaf|onder\s+de|boven\s+de|tussen(?:\s+de)?)\s+"
                        r"(?:\d+(?:,\d+)?\s+(?:tot(?:\s+en\s+met)?|t/m|en|of|-|–)\s+)?$", re.I)


# a bibliographic citation in brackets: a capitalised title, a year, then only numbers up to the bracket
_CITATION_BEFORE = re.compile(r"\([^()\n]*[A-Z][^()\n]*\b(?:19|20)\d{2}[a-z]?[ \t]*[,;:][ \t]*(?:\d+[ \t]*(?:\(\d+\))?[ \t]*[,;:][ \t]*)*$")
_CITATION_AFTER = re.compile(r"(?:\(\d+\))?(?:[ \t]*[,;:][ \t]*(?:p{1,2}\.[ \t]*)?\d+(?:[-–]\d+)?)*[ \t]*\)")


def _header_note_marker(text: str, line_start: int, s: int, e: int, num: str) -> bool:
    """A "(1)" that closes a short line (a table's column head, "waarvan ABS (1)") and a line further down that
    starts with the same number as a note ("1. ABS: Algemene begrotingssteun", "(1) ...")."""
    if len(num) != 1 or text[s - 1:s] != "(" or text[e:e + 1] != ")" or text[e + 1:text.find("\n", e) % (len(text) + 1)].strip():
        return False
    head = text[line_start:s - 1]
    if not re.match(r"[ \t]*[^\W\d]", head) or len(head.split()) > 8:
        return False
    return re.search(r"\n[ \t]*(?:" + num + r"[.)]|\(" + num + r"\))[ \t]+[^\W\d]", text[e:e + 2500]) is not None


def excluded(text: str, s: int, e: int, m: re.Match, blocked: list[tuple[int, int]]) -> bool:
    rules = figure_rules()
    num = m.group("num")
    if any(s < be and bs < e for bs, be in blocked):
        return True
    if not (m.group("cur") or m.group("mult") or m.group("pct")):
        if re.fullmatch(r"(?:19|20)\d{2}", num) and not _counted_not_year(text, s, e):
            return True  # a year
    before = text[s - 1] if s > 0 else " "
    glued_word = before.islower() and bool(m.group("mult")) and "," in num  # "er10,4 miljard": a lost space
    # "TikTok160 Nederlandstalige inhoudsmoderatoren", "in totaal96 moderatoren": a lost space before a count
    # of a counted unit (not a bare count: a glued small number is more often a footnote marker)
    glued_word = glued_word or (before.islower() and re.match(r"[1-9]\d+$", num) is not None
                                and re.search(r"[A-Za-z]{4}$", text[max(0, s - 4):s]) is not None
                                and text[e:e + 1] == " " and _unit_of(_next_words(text, e, 3)) in _GLUED_UNITS)
    range_end = before in "–-" and re.search(r"\d[–-]$", text[max(0, s - 2):s]) is not None  # "30–45 mln."
    if range_end and re.search(r"(?:[A-Za-z]-\d+|\d{5,})[–-]$", text[max(0, s - 20):s]):
        return True  # "ah-tk-20192020-2271": the last part of an identifier, not the end of a range
    if re.fullmatch(r"\d{6,}", num) and re.match(r"[–-]\d{3,}", text[e:e + 5]):
        return True  # "3628105–1050416-CZ": a document's reference code (kenmerk), not a figure
    after_year = before.isdigit() and _YEAR_BEFORE.search(text[max(0, s - 20):s]) is not None  # "sinds 201430.396"
    if not before.isspace() and before not in "(€[«'\"“‘<>≤≥" and not m.group("cur") and not (glued_word or range_end or after_year):
        return True  # glued to a word or sign: a footnote marker or part of a name
    after = text[e:e + 30]
    if re.fullmatch(r"\d{1,2}", num) and re.search(r"[a-zà-ü)»”]\.\d{1,2},[ \t]*$", text[max(0, s - 8):s]) \
            and re.match(r"[ \t]+[A-Z]", text[e:e + 3]):
        return True  # "... aangeboden kunnen worden.2, 3 In de wet": the second of two footnote markers
    if re.search(r"\bHandelingen\b[^()\n]{0,40},[ \t]*(?:\d{1,3}-)?$", text[max(0, s - 60):s]) and re.match(r"(?:-\d{1,3})?[ \t]*[)\];,]", text[e:e + 6]):
        return True  # "(Handelingen 10 februari 2011, 51-4)": the number of a meeting and its item
    if re.fullmatch(r"(?:19|20)\d{3}", num) and re.search(r"\b(?:19|20)\d{2}(?:,|[ \t]+en)[ \t]+$", text[max(0, s - 12):s]):
        return True  # "in de jaren 2008, 2009, 2010 en 20111": the last year of a list with a footnote marker run into it
    if before in "'’" and s >= 2 and text[s - 2].isalpha() and re.fullmatch(r"\d{2}", num):
        return True  # "het Klimaatsignaal'21": a year shortened after a name
    if before == "[" and after[:1] == "]" and re.fullmatch(r"\d{1,3}", num):
        return True  # "over overlast door asielzoekers. [1] Daarbij": a footnote marker in square brackets
    if re.match(r"\s*uur\s+per\s+dag\b", after) and num == "24" or re.match(r"\s*dagen\s+per\s+week\b", after) and num == "7":
        return True  # "24 uur per dag beveiliging", "7 dagen per week": round the clock, a service level
    if re.match(r"\s*(?:" + _MONTHS + r")\b", after, re.I) and not (m.group("cur") or m.group("pct")):
        return True  # a date
    if re.match(r"(?:[ \t]*[–-][ \t]*\d{1,2})?(?:-[ \t]?|[ \t])?jarig", after) or \
            (re.search(r"\d{1,2}[ \t]*[–-][ \t]*$", text[max(0, s - 5):s]) and re.match(r"[ \t-]?jarig", after)):
        return True  # "13–14 jarigen", "13–14-jarigen", "14 jarigen", "17- jarigen": ages
    if re.search(r"\b(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)[ \t]+$", text[max(0, s - 12):s], re.I):
        return True  # "op maandag 14 en dinsdag 15 maart": a day of the month
    if re.match(r"[ \t]*meter[ \t]+afstand\b", after):
        return True  # "de regel om 1,5 meter afstand te houden": the distancing rule
    if _AGES_ELIDED.match(after):
        return True  # "de minimumjeugdlonen voor 18- t/m 21-jarigen", "voor 18-, 19- en 20-jarigen": ages
    if re.match(r"-?[A-Za-z]", after) and not (m.group("mult") or m.group("pct")) and not _merged_word(num, text[e:e + 80]) \
            and not _GLUED_MEASURE.match(after):
        return True  # 18-jarige, 60-plusmaatregel, 3e
    if re.match(r"\s*(?:(?:en|tot|–|-)\s*\d+(?:,\d+)?\s*)?gra(?:den|ad)", after) and not (
            re.match(r"\s*graden[ \t]+Celsius\b(?![ \t]*(?:opwarming|temperatuurstijging|doel))", after)
            and not re.search(r"\b(?:beneden|onder|boven|maximaal|hooguit|tot|dan)\s+$", text[max(0, s - 20):s])) and not (
            # ... or plain "graden" in a sentence about the temperature somewhere ("De temperatuur op Bonaire ligt ...
            # tussen de 25 en 30 graden overdag en ... niet kouder dan 24 graden")
            re.search(r"\btemperatu[ru]r(?:en)?\b[^.;:?!\n]{0,150}$", text[max(0, s - 150):s])
            and not re.search(r"\b(?:beneden|onder|boven|maximaal|hooguit|(?<!tussen de \d\d en )tot|(?<!kouder )(?<!warmer )dan)\s+$",
                              text[max(0, s - 20):s])
            and not re.match(r"\s*graden[ \t]+(?:opwarming|temperatuurstijging)", after)):
        return True  # a temperature limit ("beneden 2 en 1,5 graden"); measured temperatures are written "°C" or
        # "graden Celsius" ("een thermometer ... die 49,1 graden Celsius aan gaf")
    if num in ("2", "3") and re.search(r"(?:\d|miljoen|miljard|mln\.?)[ \t]*m[ \t]*\n?[ \t]*$", text[max(0, s - 20):s]):
        return True  # the exponent of m2/m3 that the text layer set apart ("10,4 miljard m\n3")
    if _enumerator(text, s, e, num):
        return True  # an inline enumeration: "(1) de te beschermen belangen, (2) de dreiging"
    word_before = [w.lower() for w in _prev_words(text, s, 1)[-1:]]
    if word_before == ["per"] or (
            word_before == ["op"] and re.fullmatch(r"1(?:00|\.000|0\.000|00\.000)", num)
            and re.search(r"\d[\d.,]*\s+[a-zà-ü]+\s+op\s*$", text[max(0, s - 40):s])):
        return True  # the denominator of a rate: "0,3 per 25.000 inwoners", "48 vacatures op 1.000 banen"
    if re.match(r"\s*(?:maanden|weken|jaar|jaren|kwartalen)\b", after) and not (m.group("pct") or m.group("cur")) \
            and word_before[:1] in (["eerste"], ["laatste"], ["afgelopen"]):
        return True  # "over de eerste 3 maanden van 2017", "de afgelopen 5 jaar": the span a figure covers
    if re.match(r"\s*(?:jaar|jaren|eeuw(?:en)?|maand(?:en)?|we(?:ek|ken)|dag(?:en)?)\s+geleden\b", after):
        return True  # "dat 30 jaar geleden werd gesloten": a time expression
    if _NOT_BEFORE().match(after):
        return True  # "18 jaar oud", "2 x modaal": the words after the number say it is no quantity
    prev = [w.lower() for w in _prev_words(text, s, 3) if w not in "()"]
    not_after = {w.lower() for w in rules["not_after"]}
    if prev and (prev[-1] in not_after or prev[-1].rstrip(".") + "." in not_after):
        return True
    if len(prev) >= 2 and prev[-2] in ("vraag", "vragen", "antwoord") and _PARTY_LABEL.fullmatch(_prev_words(text, s, 1)[-1]):
        return True  # "de vragen SP 6, 7, 23 en 24": questions of a schriftelijk overleg numbered per party
    if prev[-2:-1] and prev[-1] == ":" and prev[-2] in not_after and not (m.group("pct") or m.group("cur")):
        return True  # "Vraagnummer: 2"
    if len(prev) >= 2 and prev[-1] == "." and prev[-2] + "." in not_after:
        return True  # "nr. 41" of a citation the references did not take
    if re.fullmatch(r"(?:19|20)\d{2}[1-9]", num) and not (m.group("cur") or m.group("mult") or m.group("pct")) and \
            (re.search(r"\b(?:eind|begin|medio|in|sinds|vanaf|tot|voor|na|van|uit|over|t/m|" + _MONTHS + r")\s+$", text[max(0, s - 12):s], re.I)
             or (re.search(r"\b[A-Z][A-Za-z]*[A-Z][ \t]+$", text[max(0, s - 12):s]) and re.match(r"[,.;)]|\s", text[e:e + 1]))
             or (re.search(r"\b[A-Z][a-z]+[ \t]+$", text[max(0, s - 12):s]) and re.match(r"[,.;)]", text[e:e + 1]))):
        return True  # "eind 20163", "het onderzoeksrapport HBSC 20212,", "de Nationale Drugs Monitor 20172.": a year
        # with a footnote marker run into it
    if re.fullmatch(r"(?:19|20)\d{2}[1-9]", num) and (y := re.search(r"\b((?:19|20)\d{2})[ \t]?[–-][ \t]?$", text[max(0, s - 7):s])) \
            and 0 < int(num[:4]) - int(y.group(1)) <= 30:
        return True  # "2014–20182": the span's last year with a footnote marker run into it
    if re.match(r"\s*(?:tot(?:\s+en\s+met)?|t/m|[-–]|en|,)\s*\d{1,2}\s+(?:" + _MONTHS + r")\b", text[e:e + 30], re.I) \
            and not (m.group("cur") or m.group("mult") or m.group("pct")):
        return True  # "van 12 tot en met 16 november", "op 13 en 14 januari": the first day of a span of days
    bare = not (m.group("cur") or m.group("mult") or m.group("pct"))
    if bare and re.match(r"[ \t]+onder[ \t]+[a-z](?![\w-])", after):
        return True  # "een vrijstelling 5 onder a", "artikel 5 onder a": a provision's number and letter
    if bare and re.match(r"\+(?=[ \t]*(?:\(|[a-zà-ü]))", after):
        return True  # "de maatregel 60+ (waarbij ...)", "de 100.000+ gemeenten": a class named by its bound
    if bare and re.match(r"[ \t]+(?:(?:of|en|tot)[ \t]+\d{1,2}[ \t]+)?jaar[ \t]+(?:wordt|worden|werd|werden)\b", after):
        return True  # "als het kind 6 of 12 jaar wordt": an age
    if bare and re.match(r"\.[ \t]", after) and re.search(r"(?:^|\n)[ \t]*[•·▪◦-][ \t]*$", text[max(0, s - 12):s]):
        return True  # "• 2. iemand heeft wel een DigiD-account": a list item's number after its bullet
    if re.fullmatch(r"0\d+(?:,\d+)?", num) and not (m.group("cur") or m.group("mult") or m.group("pct")):
        return True  # "rapport 2016–034": a number with a leading zero is an id (or the remains of run-together cells)
    if _GLUED_ROW.match(text, text.rfind("\n", 0, s) + 1) and not (m.group("cur") or m.group("mult") or m.group("pct")):
        return True  # "200313722 000160,621 773158,9": the cells of a table row run together, unreadable
    if re.match(r"[-/.]\d{1,2}[-/.](?:19|20)\d{2}\b", text[e:e + 9]) or (
            re.search(r"(?<![\d.,])\d{1,2}[-/.]$", text[max(0, s - 4):s]) and re.match(r"[-/.](?:19|20)\d{2}\b", text[e:e + 6])):
        return True  # a date in figures: "10-10-2010", "1/7/2024"
    if prev and re.fullmatch(r"[a-zà-ü-]+(?:artikel|artikelen|artikelonderdeel|subartikel|paragraaf|hoofdstuk|resolutie)"
                             r"|begrotingsregels?", prev[-1]):
        return True  # "beleidsartikel 11", "begrotingsartikel 6", "begrotingsregel 13": a number of a rule or article;
        # "VNVR-resolutie 2735", "Veiligheidsraadresolutie 2334": a resolution's number
    if re.search(r"(?:\(|^|\n)[ \t]*(?:[Bb]edragen\s+)?(?:[x×]|in)\s*(?:€\s*|EUR\s+)?$", text[max(0, s - 20):s]) and \
            re.match(r"[ \t]*(?:mln\.?|mld\.?|miljoen|miljard|euro|EUR)?[ \t]*(?:\)|$|\n)", text[m.end("num"):m.end("num") + 12]):
        return True  # "(x € 1.000)", "Bedragen x 1.000 euro", "(bedragen in € 1 mln.)": the scale of a table's amounts
    if re.fullmatch(r"21\d{2}", num) and re.search(r"\b(?:in|tot|na|voor|rond|eind|begin|jaar)\s+$", text[max(0, s - 8):s]):
        return True  # "in 2100": a year
    if re.match(r"\s*(?:(?:en|of|tot(?:\s+en\s+met)?|t/m|-|–)\s*\d{1,2}\s*)?jaar\b", after) and _AGE_GROUP.search(text[max(0, s - 50):s]):
        return True  # "kinderen tot 12 jaar", "jongeren van 16 en 17 jaar": an age group
    if re.match(r"\s*jaar\b", after) and re.search(r"(?:ouder|jonger)\s+dan\s*$|leeftijd\s+(?:van|tot)\s*$"
                                                   r"|leeftijd\b[^.?!\n]{0,40}?\b(?:op|naar)\s*$"  # "de AOW-leeftijd lag in 2018 op 66 jaar"
                                                   r"|leeftijd\b[^.?!\n]{0,60}?\bnaar\s+\d+\s+jaar\s+in\s+(?:19|20)\d{2}\s+en\s*$",
                                                   # "de AOW-leeftijd ... versneld verhoogd naar 66 jaar in 2018 en 67 jaar in 2021"
                                                   text[max(0, s - 100):s], re.I):
        return True  # an age
    if re.search(r"\b(?:ouder|jonger)\s+dan\s*$", text[max(0, s - 20):s], re.I) and re.fullmatch(r"\d{1,2}", num) \
            and not (m.group("pct") or m.group("cur") or m.group("mult")):
        return True  # "de groep jonger dan 65": an age without "jaar"
    if m.group("cur") is None and re.match(r"[.,]\d", text[e:e + 2]) \
            and not (m.group("pct") and re.match(r"\.\d{1,2}(?:\s+[A-Z]|\s*$)", text[e:e + 5])):
        return True  # (not "gedaald naar 3,7%.4 In het vmbo": a percentage and the footnote marker after its stop)
    if re.match(r"\s*km/u-[a-zà-ü]", after) or (re.match(r"\s*km\s+wegen\b", after)
                                               and re.search(r"\b(?:op|de)\s+$", text[max(0, s - 4):s])):
        return True  # "de 80 km/u-wegen", "op 80km wegen": a road class
    if re.fullmatch(r"\d{2} \d{3}", num) and before == "(" and re.match(r"\)|,\s*nr", after) and \
            _BILL_BEFORE.search(text[max(0, s - 200):s]):
        return True  # "het wetsvoorstel huurverhoging op grond van inkomen (33 129)": a dossier number
    if re.search(r"\b(?:hm|hectometer(?:paal|paaltje)?)\.?[ \t]*(?:\d+(?:,\d+)?[ \t]*(?:en|tot|t/m|[-–])[ \t]*)?$",
                 text[max(0, s - 30):s], re.I):
        return True  # "het traject tussen hm 39,8 en 55,2": road positions, no quantities
    if re.fullmatch(r"\d{1,2}", num) and not (m.group("cur") or m.group("mult") or m.group("pct")) and \
            re.search(r"(?<![\w-])(?!EUR|USD|ANG|HFL|NLG)[A-Z]{2,5}[ ]$", text[max(0, s - 7):s]) and \
            re.match(r"[ \t]*(?:[.,;:)]|(?:vallen|valt|is|zijn|geldt|gelden|wordt|worden|en|of|van|in|op|met|voor)\b)",
                     text[e:e + 12]):
        return True  # "onder het beveiligingsregime van TBB 4 vallen": a class named by letters and a number
    if not (m.group("cur") or m.group("mult") or m.group("pct")) and (
            (re.search(r"(?:19|20)\d{2}[ \t]*:[ \t]*$", text[max(0, s - 8):s]) and re.match(r"[–-]\d", after))
            or re.search(r"(?:19|20)\d{2}[ \t]*:[ \t]*\d+[–-]$", text[max(0, s - 16):s])):
        return True  # "(Tijdschrift Diergeneeskunde 2011: 154–157)": the pages of a journal's volume
    if re.search(r"\b(?:PbEU|PB|Pb|Stb|Stcrt)\.?(?:[ ,]+(?:19|20)\d{2})?[ ,]+(?:[LC][ ]?)?$", text[max(0, s - 20):s]) or \
            re.search(r"\b(?:PbEU|PB)\.?[ ]+[LC][ ]?\d+/$", text[max(0, s - 20):s]):
        return True  # "(PbEU 2004, L 229)", "(PbEU L 348/98)", "(Stb. 2012, 159)": a publication's page or number
    if m.group("cur") and not m.group("mult") and \
            re.search(r"(?<![\d.,])\d[\d.]*[ \t]+(?:[a-zà-ü-]+[ \t]+)?van[ \t]+$", text[max(0, s - 50):s]):
        return True  # "557 boetebeschikkingen van € 600", "36 van € 2400": the amount names the class counted
    if not (m.group("cur") or m.group("mult") or m.group("pct")) and (
            re.search(r"[a-zà-ü](?:niveau|fase|trede)[ \t]+$", text[max(0, s - 30):s])
            or re.search(r"niveau[ \t]+\d{1,2}\b[^\n]{0,30}\([ \t]*van[ \t]+$", text[max(0, s - 60):s])):
        return True  # "op dreigingsniveau 4 («substantieel») (van 5)": a level of a scale and the scale's top
    line_start = text.rfind("\n", 0, s) + 1
    if re.fullmatch(r"\d{1,2}", num) and not (m.group("cur") or m.group("mult") or m.group("pct")):
        if re.fullmatch(r"[ \t]*\(", text[line_start:s]) and re.match(r"\)[ \t]+[A-Z«“\"']", text[e:e + 4]):
            return True  # "(1) De Telegraaf, 2 augustus 2007": a footnote printed under the answer
        if re.match(r"[ ][.,;](?:\s|$)", text[e:e + 3]) and re.search(r"[a-zà-ü][ ]$", text[max(0, s - 2):s]):
            return True  # "geen ODA volgens de DAC-criteria 1 . Hierop ...": a footnote marker set apart by spaces
    if (head := _DOSSIER_LINE.match(text, line_start)) and s < head.end():
        return True  # "29 800 V, antwoorden op vragen ...": a page's running head opens with the dossier number
    if not (m.group("cur") or m.group("mult") or m.group("pct")) and _CLASS_BOUND.match(text, e) and \
            len(_CLASS_COUNT.findall(text, max(0, s - 200), e + 200)) >= 2:
        return True  # "minder dan 15 minuten (3), tussen 15 en 20 minuten (6)": the bounds of classes counted
    if re.fullmatch(r"\d{1,2}", num) and not (m.group("cur") or m.group("mult") or m.group("pct")) and \
            re.match(r"[–-]\d", after) and _NAME_NUMBER_BEFORE.search(text, max(0, s - 40), s):
        return True  # "Uit de Toolkit 16–27 blijkt": a range in a name
    if range_end and re.fullmatch(r"\d{1,3}", num) and (first := re.search(r"\d{1,2}[–-]$", text[max(0, s - 3):s])) and \
            _NAME_NUMBER_BEFORE.search(text, max(0, s - 43), s - len(first.group())):
        return True  # (its end, here with a footnote marker run into it: "Toolkit 16–272")
    if re.fullmatch(r"\d", num) and not (m.group("cur") or m.group("mult") or m.group("pct")) \
            and not re.match(r"[ \t]+[a-zà-ü]", after) and (name := _NAME_NUMBER_BEFORE.search(text, max(0, s - 40), s)) \
            and not _place_names() & {w.lower() for w in name.group().split()}:
        return True  # "het servicepakket Meer Veilig 2 (onderdeel MIRT)", "«Functionaris 2 VWS»": a number in a name
    line_start = text.rfind("\n", 0, s) + 1
    if _header_note_marker(text, line_start, s, e, num):
        return True  # "ABS (1)" over a table whose note "1. ABS: Algemene begrotingssteun" follows
    if not text[line_start:s].strip() and re.match(r"[.)]\s", text[e:e + 2]) and not (m.group("mult") or m.group("cur")):
        return True  # a list marker: "1." / "2)" at the start of a line (not "155,4 mln." as a table cell)
    if _NUMBER_LIST_BEFORE().search(text[max(0, s - 240):s]):
        return True  # "antwoord 4, 5 en 6", "artikelen 3, 4 en 5"
    if len(num) <= 2 and _ENGLISH_MONTH_BEFORE.search(text[max(0, s - 12):s]):
        return True  # an English date in a cited title: "Conference – November 7 and 8, 2023"
    line_end = text.find("\n", e)
    if _PAGE_TITLE_REST.search(text[e:line_end if line_end >= 0 else len(text)]):
        return True  # an amount in a cited web page's title ("10 miljoen euro toegekend ... | NWO"): GUIDELINES
    if _CITATION_BEFORE.search(text[max(0, s - 120):s]) and _CITATION_AFTER.match(text, e):
        return True  # volume and page of a cited article: "(Nutrients 2023, 15, 3917)"
    if any(p.start() <= s < p.end() for p in _PHONE.finditer(text, line_start, line_end if line_end >= 0 else len(text))):
        return True  # a telephone number: "(+31 555 358 358)", "telefoonnummer 0800-1234 567"
    return is_limit(text, s, e)  # a rule's value or limit, a condition, a horizon: figure_limits.py


# capitalised words inside a sentence (after a lower-case word or an opening quote) right before a number
_NAME_NUMBER_BEFORE = re.compile(r"(?:(?<=[a-zà-ü,] )|(?<=[«„“]))(?:[A-Z][a-zà-ü]+[ \t]+){1,3}$")
_DOSSIER_LINE = re.compile(r"[ \t]*\d{2}[ \t]\d{3}[ \t]+(?:[IVXLC]{1,5}|[A-Z])(?=[,.]?[ \t])")
_BILL_BEFORE = re.compile(r"\b(?:wetsvoorstel|voorstel\s+van\s+wet|[Kk]amerstuk(?:ken)?|dossier)\b[^.;\n]*$")
# a bound of a class followed by the count of that class in brackets, and such a count
_CLASS_BOUND = re.compile(r"(?:\s*(?:en|tot(?:\s+en\s+met)?|t/m|-|–)\s*\d+(?:,\d+)?)?\s+[a-zà-ü]+\s*\(\d+\)")
_CLASS_COUNT = re.compile(r"\d\s+[a-zà-ü]+\s*\(\d+\)")


@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    """The words of country names: "Syrië 4" in a running list counts, "Meer Veilig 2" names a programme."""
    return frozenset(w.lower() for c in countries() for n in c["names"] for w in n.split())


@lru_cache(maxsize=1)
def _NOT_BEFORE() -> re.Pattern[str]:  # noqa: N802 - a cached constant
    words = "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in figure_rules()["not_before"])
    return re.compile(r"[ \t]*(?:" + words + r")(?![\w])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _NUMBER_LIST_BEFORE() -> re.Pattern[str]:  # noqa: N802 - a cached constant
    words = "|".join(re.escape(w) for w in figure_rules()["not_after"])
    named = r"(?:\s*\([^()\n]{1,60}\))?"  # "begrotingsartikelen 22 (agrarische ruimte) en 27 (bodem ...)"
    # "artikelen 2, tweede lid, 23 en 26": a paragraph of the article named after its number
    named += r"(?:\s*,\s*(?:eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende)\s+lid)?"
    return re.compile(r"(?:^|\W)(?:" + words + r"|[a-zà-ü-]*artikel(?:en)?)(?:\s+[A-Z][A-Z0-9]{1,5})?\s*(\()?\d+[a-z]?(?(1)\))" + named
                      + r"(?:\s*(?:,|en|t/m|tot en met|of)\s*\d+[a-z]?" + named + r")*"
                      r"\s*(?:,|en|t/m|tot en met|of|[-–])\s*$", re.IGNORECASE)  # ... "p. 376 – 381": a range


_PHONE = re.compile(r"(?:\+\d{2,3}|(?<=telefoonnummer )|(?<=tel\. )|(?<=telefoon )|(?<=bellen met ))"
                    r"[ \t]?(?:\(0\)[ \t]?)?\d{2,4}(?:[ \t-]?\d{2,4}){1,3}(?!\d)")


# a unit of measure run into its number: "500m3/dag", "360mm", "12km" (not "3e", "60plus", "2D")
_GLUED_MEASURE = re.compile(r"(?:m[23²³]|mm|cm|km|kg|ha|fte)(?![\w²³])")


_NOT_MERGED = ("jarig", "plus", "voud", "daags", "maal", "ste", "de", "e")


def _merged_word(num: str, after: str) -> bool:
    """A figure run into the next word by a text extraction: "2.067EER-studenten" (a grouped number before
    capitals) or "330betrokken" (a plain word), not "18-jarige", "3e", "60plus"."""
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", num) and re.match(r"[A-Z]{2,}", after):
        return True
    if re.fullmatch(r"[1-9]\d+", num) and re.match(r"[A-Z]{2,}-[a-zà-ü]{4,}", after):
        return True  # "alle 193VN-lidstaten": a count of a noun compounded with an abbreviation
    if re.fullmatch(r"[1-9]\d+", num) and re.match(r"[A-Z][a-z]{4,}", after) and \
            _unit_of([w.group() for w in _WORD_RE.finditer(after[:80])][:3]) in _GLUED_UNITS:
        return True  # "160Nederlandstalige inhoudsmoderatoren": a count of a counted unit
    word = re.match(r"[a-z]+", after)
    return bool(word) and len(word.group()) >= 5 and not word.group().startswith(_NOT_MERGED)


def _enumerator(text: str, s: int, e: int, num: str) -> bool:
    """'1)' or '(1)' followed by a word, with the next or previous number of the series nearby."""
    if not re.fullmatch(r"\d{1,2}", num) or not re.match(r"\)[ \t\n]+\w", text[e:e + 3]):
        return False
    n = int(num)
    near = text[max(0, s - 400):s] + " " + text[e:e + 400]
    return bool(re.search(r"(?<!\d)(?:%d|%d)\)[ \t\n]" % (n + 1, n - 1), near))


def _counted_not_year(text: str, s: int, e: int) -> bool:
    """A number like a year that counts something: "bijna 2000 unieke BSN's", "van 2000 BSN's"."""
    prev = _prev_words(text, s, 1)
    if prev and prev[-1].lower() in {"bijna", "ruim", "circa", "ca.", "ongeveer", "zo'n", "zo’n"}:
        return True
    return bool(re.match(r"\s[A-Z]{2,}[’']s\b", text[e:e + 12]))


# a table row whose year and cells were run together when the page was copied ("200313722 000160,621 773158,9")
_GLUED_ROW = re.compile(r"[ \t]*(?:19|20)\d{2}\d{2,}[ \t][\d \t.,]*$", re.M)
