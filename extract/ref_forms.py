"""Acts and treaties by the form of their name, for names no gazetteer lists (tests/gold/GUIDELINES.md).

- A capitalised one-word compound ending in "wet" ("Gasketelwet") is an act with its lower-case name; after
  "wetsvoorstel" it is a bill. A year printed after it belongs to the name ("Comptabiliteitswet 2016"), and the
  yearly budget law of every ministry ("Slotwet") is a kind of document, not an act.
- A capitalised one-word compound ending in "verdrag", with or without a "VN-" prefix ("VN-Zeerechtverdrag"),
  is a treaty with its lower-case short name without the prefix.
- "(Internationaal|Europees) Verdrag inzake/voor/betreffende/van/tot ..." (also "Europees Handvest ...", "Europese
  Overeenkomst ...") up to a year, a bracket or a
  punctuation mark is a treaty: identified by the abbreviation printed in brackets after it ("... op zee 1974
  (SOLAS)" -> ``solas``, as the ADR), else by its lower-case name without the year. A function word that a text
  extraction glued to the next word ("inzakeopsporing") is split off.

- Capitalised name words before a separate treaty head word ("het Non-Proliferatie Verdrag", "het Boedapest
  Memorandum", glued by a text extraction "BoedapestMemorandum") are a treaty by the lower-case name with one
  space before the head word (``non-proliferatie verdrag``, ``boedapest memorandum``); not when the name goes
  on after the head word ("Vierde Verdrag van Genève", "Internationaal Verdrag inzake ...").
- "Regeling" followed by capitalised name words ("de Regeling Bevordering Schone Wegvoertuigen"), and "Tijdelijke
  wet" followed by one or more ("de Tijdelijke wet Nationaal Groeifonds"), is an act by its lower-case name (a
  listed regulation is found by the gazetteer first).
- "Kaderrichtlijn" followed by capitalised words ("de (Europese) Kaderrichtlijn Water") is an EU framework
  directive: an eu-act by its lower-case name without "Europese".
- A capitalised case name ending in "zaak" between two named parties after an article ("de Klimaatzaak tussen
  Milieudefensie en Shell") is a case by its lower-case name as printed.
- A bill by its title "Wijziging van de/het <Act> in verband met ..." up to a punctuation mark is a bill by the
  lower-case title; the misprint "Wijzing" is read as "Wijziging", and a title whose words a text extraction
  ran together is identified as the same title printed with spaces elsewhere in the text (a "van" run into
  a long word is split off: "vanzorgcontractering"). The act named inside the title is a mention of its own
  (GUIDELINES decision), so these bills do not give way to it.
- An English "... Convention on/to/against ..." name with its abbreviation in brackets after it is a treaty by the
  lower-case abbreviation ("United Nations Convention to Combat Desertification (UNCCD)" -> ``unccd``).
- A scheme named by a capitalised compound ending in "regeling" and the words after it ("de Subsidieregeling
  School en omgeving", "de ESF-regeling Duurzame inzetbaarheid") is an act by its lower-case name; the words are
  read as a bill's name after "wetsvoorstel" (ref_names.bill_name), and a name that goes on in a list is no guess.
- "Wet", "Tijdelijke wet", "Besluit" or "Regeling" and the words up to an abbreviation in brackets that is their
  initials ("de Wet Precursoren voor Explosieven (Wpe)") is an act by its lower-case name.

Hits of this module are the weakest: any gazetteer or numbered reference over the same words wins
(references.find_references).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kamergraaf.extract.gazetteers import act_identifier, laws, reference_index
from kamergraaf.extract.ref_names import INITIAL_SKIP, NAME_END_VERBS, STOP_WORDS, bill_name

_COMPOUND_RE = re.compile(r"(?<![\w-])(?P<prefix>VN-)?(?P<name>[A-Z][a-zà-ü]{3,}(?P<head>wet|verdrag)|[A-Z]{2,6}-(?P<ahead>wet)"
                          r"|[A-Z][a-zà-ü]{3,}-[ ]en[ ][a-zà-ü]{3,}(?P<chead>wet|besluit))\b(?!-)"  # "Tabaks- en rookwarenbesluit"
                          r"(?:[ ](?P<year>(?:19|20)\d{2})(?![\d.,:/-]\d))?")
# budget laws every ministry passes each year: a kind of document, not one act
_GENERIC_WETTEN = frozenset({"slotwet", "rijkswet"})  # (a kind of act, not its name: "een rijkswet")
_HEAD_ONLY_WETTEN = frozenset({"beginselenwet", "uitvoeringswet", "kaderwet", "aanpassingswet", "goedkeuringswet",
                               "machtigingswet", "veegwet", "begrotingswet", "belastingwet"})
# "de Kaderrichtlijn Water", "de Europese Kaderrichtlijn Mariene Strategie": an EU framework directive by name
_FRAMEWORK_RE = re.compile(r"(?<![\w-])(?:Europese[ ]+)?(?P<name>(?:Kaderrichtlijn|(?<=Europese[ ])kaderrichtlijn)(?:[ ][A-Z][a-zà-ü]+){1,3})"
                           r"(?![\w-])")  # (also "de Europese kaderrichtlijn Water")
_BILL_BEFORE_RE = re.compile(r"(?:[Ww]etsvoorstel(?:len)?|[Vv]oorstel van wet)[ ]*(?:\([^)]*\)[ ]*)?(?:de|het)?[ ]*$")
_CONNECT = r"(?:inzake|betreffende|voor|van|tot|ter|tegen|over|nopens|inzake de|tot de|van de|voor de)"
_TREATY_RE = re.compile(r"\b(?P<name>(?:(?:(?:Internationaal|Europees|Algemeen)[ ]+)?Verdrag|Europees[ ]+Handvest|Europese[ ]+Overeenkomst)[ ]+(?=" + _CONNECT
                        + r")[\wà-ü'-]+(?:[ ]+[\wà-ü'-]+){0,14}?)(?=[ ]*(?:(?:19|20)\d{2}\b|\(|[.,;:?!»)\n]|[ ]en[ ](?:[a-zà-ü]+[ ])?(?:het|de|een)[ ]"
                        r"|[ ](?:is|zijn|wordt|worden|werd|heeft|hebben|was|waren|geldt|gelden|zal|kan|moet)\b|$"
                        r"|[ ](?:in|per|sinds|vanaf)[ ](?:19|20)\d{2}\b|[ ](?:geratificeerd|ondertekend|getekend|aangenomen|gesloten"
                        r"|geïmplementeerd|vastgelegd|neergelegd|opgenomen|verankerd|bedoeld|genoemd)\b))")
# (nor over a date or a participle after it: "... met een handicap in 2016 geratificeerd", "... handicap geratificeerd")
# (the name ends before "en" and a clause of its own: "... inzake diplomatieke relaties en conform de zetelverdragen")
_ABBR_AFTER_RE = re.compile(r"[ ]*(?:(?:19|20)\d{2}[ ]*)?\((?P<abbr>[A-Z][A-Z0-9-]{1,9})\)")
_GLUED_FUNCTION_RE = re.compile(r"\b(inzake|betreffende|nopens)(?=[a-zà-ü]{4,})")
_YEAR_END_RE = re.compile(r"[ ]+(?:19|20)\d{2}$")


_NAME_WORD = r"[A-Z][a-zà-ü]{2,}(?:-[A-Za-zà-ü][a-zà-ü]+)*"
_HEADED_TREATY_RE = re.compile(r"(?<![\w-])(?P<name>(?:" + _NAME_WORD + r"[ ]){0,2}" + _NAME_WORD
                               + r")[ ]?(?P<head>Verdrag|Memorandum|Handvest)(?![\w-])(?![ ]*\n?[ ]*" + _CONNECT + r"\b|[ ]der\b)")
_AND_NOUN_RE = re.compile(r"[ ]en[ ](?:het|de)[ ][a-zà-ü]{4,}(?=[ ]*(?:[.,;:?!)(\n]|$|[ ](?:van|uit)[ ](?:19|20)?\d{2}|[ ](?:is|was|wordt|werd)\b))")
_TITLE_ACT_RE = re.compile(r"(?<![\w-])(?P<head>(?:(?:Definitieve|Tijdelijke|Aanvullende)[ ])?(?:Regeling|Besluit)|Tijdelijke[ ]wet|Wet[ ]op[ ](?:de|het))(?P<words>(?:[ ]" + _NAME_WORD + r"){1,6})(?![\w-])")
# capitalised words that open a sentence or qualify a treaty the connector rule names, not name words
_NOT_NAME = frozenset("""De Het Een Dit Deze Dat Die Dat Zo Ook Nu Als Het Dan Dus Wel Op In Met Van Voor Uit
Bij Door Over Onder Naar Eerste Tweede Derde Vierde Vijfde Zesde Internationaal Internationale Europees Europese Algemeen Algemene Nieuw Nieuwe""".split())

_PARTY = r"[A-Z][\wà-ü&'-]+(?:[ ][A-Z][\wà-ü&'-]+){0,2}"
_CASE_NAME_RE = re.compile(r"(?:(?<=\b[Dd]e[ ])|(?<=\b[Dd]e\n))(?P<name>[A-Z][a-zà-ü]{3,}zaak[ ]+tussen[ ]+" + _PARTY
                           + r"[ ]+en[ ]+" + _PARTY + r")(?![\wà-ü])")
_AMENDMENT_RE = re.compile(r"(?<![\w-])(?P<name>Wijzi(?:gi)?ng[ ]+(?:van[ ]+(?:de|het)[ ]+)?[A-Z][\wà-ü-]+(?:[ ]+[\wà-ü-]+){0,6}?"
                           r"[ ]+in[ ]+verband[ ]+met(?:[ ]*\n?[ ]*[a-zà-ü][\wà-ü-]*){1,14})"
                           r"(?=[ ]*(?:[:;,.|(«»?!)]|\n\n|$)|[ ]+\d{2}[ \u00a0]\d{3}(?!\d))")
# ("Wijziging Vreemdelingenwet 2000 in verband met nationale visa ... 31 549": in a list of bills, the title
# without "van de" and followed by its dossier number)

# "bevorderen vanzorgcontractering": "van" run into a long word of a title (not "vanzelfsprekend")
_GLUED_VAN_RE = re.compile(r"\bvan(?=(?!zelf)[a-zà-ü]{8,}\b)")


@dataclass(frozen=True)
class FormHit:
    start: int
    end: int
    kind: str
    identifier: str
    label: str


def compound_names(text: str) -> list[FormHit]:
    out = []
    for m in _COMPOUND_RE.finditer(text):
        name, end = m.group("name"), m.end("name")
        if name.lower() in _GENERIC_WETTEN:
            continue
        if name.lower() in _HEAD_ONLY_WETTEN and not text.startswith(("-", "en "), end + 1):
            continue  # "de Beginselenwet justitiële jeugdinrichtingen", "de Uitvoeringswet Verordening (EU) 2016/679":
            # a kind of act whose name goes on after it; the lists name the listed ones, the rest is no guess
        if m.group("head") == "wet" or m.group("ahead") or m.group("chead"):  # "Mijnbouwwet", "ABP-wet"
            if m.group("year"):  # "Comptabiliteitswet 2016": the act of that year
                name, end = f"{name} {m.group('year')}", m.end()
            elif name in ("Wijzigingswet", "Invoeringswet", "Verzamelwet", "Reparatiewet") and \
                    (topic := _TOPIC_AFTER_RE.match(text, end)):
                name, end = f"{name} {topic.group(1)}", topic.end()  # "De Wijzigingswet meldkamers": named by its topic
            kind = "bill" if _BILL_BEFORE_RE.search(text[max(0, m.start() - 60):m.start()]) else "act"
        else:
            kind = "treaty"
        start = m.start()
        if kind != "treaty" and text.endswith("Algemene ", 0, start) and not m.group("prefix"):
            name, start = "Algemene " + name, start - len("Algemene ")  # "de Algemene Bijstandswet (ABW)"
        elif kind == "treaty" and text.endswith("Haags ", 0, start) and not m.group("prefix"):
            name, start = "Haags " + name, start - len("Haags ")  # "het Haags Kinderontvoeringsverdrag"
        out.append(FormHit(start, end, kind, name.lower(), name))
    return out


# the topic word after a generic act's head: "Wijzigingswet meldkamers" (not a function word or a verb)
_TOPIC_AFTER_RE = re.compile(r"[ ]((?!(?:is|was|zal|wordt|werd|heeft|had|van|voor|die|dat|en|in|op|met|tot|om|te|aan|bij)\b)"
                             r"[a-zà-ü]{4,}(?:[ ][A-Z]{2,6}\b)?)(?![\w-])")


# an English convention's name with its abbreviation after it: "United Nations Convention to Combat
# Desertification (UNCCD)" -> treaty ``unccd`` (as the Dutch "Verdrag ... (SOLAS)")
_ENGLISH_TREATY_RE = re.compile(r"\b(?P<name>(?:(?:United[ ]Nations|UN|International|European|Framework)[ ])*Convention[ ]"
                                r"(?:on|to|against|for|relating[ ]to|concerning)[ ][^()\n.;:]{3,90}?)[ ]*"
                                r"\((?P<abbr>[A-Z][A-Z0-9-]{1,9})\)")


def treaty_names(text: str) -> list[FormHit]:
    out = [FormHit(m.start(), m.end(), "treaty", m.group("abbr").lower(), " ".join(m.group("name").split()))
           for m in _ENGLISH_TREATY_RE.finditer(text)]
    for m in _TREATY_RE.finditer(text):
        name = _YEAR_END_RE.sub("", " ".join(m.group("name").split()))
        name = _GLUED_FUNCTION_RE.sub(r"\1 ", name)
        abbr = _ABBR_AFTER_RE.match(text, m.end())
        end = abbr.end() if abbr else m.end()
        if not abbr and (year_of := re.search(r"[ ]+(?:van|uit)$", m.group("name"))):
            # "... Consulaire Betrekkingen van 1963": the treaty's year, not part of its name
            name, end = name[:-len(year_of.group().lstrip())].rstrip(), m.start() + year_of.start()
        ident = abbr.group("abbr").lower() if abbr else name.lower()
        out.append(FormHit(m.start(), end, "treaty", ident, name))
    return out


def headed_treaties(text: str) -> list[FormHit]:
    out = []
    for m in _HEADED_TREATY_RE.finditer(text):
        words = m.group("name").split()
        while words and words[0].replace("-", "") in _NOT_NAME:
            words.pop(0)
        if not words:
            continue
        start = m.start("name") + m.group("name").index(words[0])
        ident = " ".join(words + [m.group("head")]).lower()
        out.append(FormHit(start, m.end(), "treaty", ident, text[start:m.end()]))
    return out


def title_case_acts(text: str) -> list[FormHit]:
    out = []
    for m in _TITLE_ACT_RE.finditer(text):
        words = m.group("words").split()
        while words and words[-1] in _NOT_NAME:
            words.pop()
        plain = m.group("head").split()[-1] in ("Regeling", "Besluit")  # also "Definitieve Regeling"
        if len(words) < (2 if plain else 1):
            continue  # ("de Tijdelijke wet Groningen": one name word after "Tijdelijke wet")
        nxt = re.match(r"[ ]+([a-zà-ü]+)\b", text[m.end():])
        if not plain and nxt and nxt.group(1) not in STOP_WORDS \
                and not re.fullmatch(r"ge[a-z]{3,}(?:d|t|en)", nxt.group(1)):
            continue  # the name goes on in lower-case words ("Tijdelijke wet Transitiefonds landelijk gebied ..."): no guess
        name = m.group("head") + " " + " ".join(words)
        if m.group("head").startswith("Wet op") and text.startswith(name, m.start()) and \
                (more := _AND_NOUN_RE.match(text, m.start() + len(name))):
            name += more.group()  # "de Wet op het Nederlanderschap en het ingezetenschap van 1892": a second noun
        out.append(FormHit(m.start(), m.start() + len(name), "act", name.lower(), name))
    for m in _TEMPORARY_ACT_RE.finditer(text):
        words = []
        for w in _LOWER_WORD_RE.finditer(text, m.end()):
            if w.start() != (m.end() if not words else words[-1].end()) or len(words) == 4 \
                    or _PURPOSE_RE.match(text, w.start()):
                break
            if w.group(1) in STOP_WORDS:
                # "de Wet bestuur en toezicht valt ...": "en" between two name words when the name ends right after
                if w.group(1) == "en" and words and (second := _LOWER_WORD_RE.match(text, w.end())) \
                        and second.group(1) not in STOP_WORDS and second.group(1)[0].islower() \
                        and _NAME_END_AFTER.match(text, second.end()):
                    words += [w, second]
                break
            if words and w.group(1) in NAME_END_VERBS:
                break  # "De Wet vaste huurcontracten ging in ...": a verb after the name ends it
            words.append(w)
            if re.search(r"\d", w.group(1)) and text.startswith("Tijdelijke", m.start()):
                break  # "de Tijdelijke wet maatregelen covid-19 scholen, ...": the code ends a temporary act's name
        if words and _PARTICIPLE_RE.fullmatch(words[-1].group(1)):
            continue  # "Er zijn geen verdere wijzigingen van de Tijdelijke wet voorzien.": a verb ends the sentence
        if text.startswith("Wet", m.start()) and (
                len(words) < 2 or text[max(0, m.start() - 1):m.start()] == "("
                or not (_WET_END_AFTER.match(text, words[-1].end()) or _INFINITIVE_AFTER_RE.match(text, words[-1].end()))):
            continue  # "sinds de invoering van de Wet vaste huurcontracten?": two words or more up to a punctuation
            # mark (not a short title in brackets after a bill's title: the dossier's rules name those)
        if text.startswith("Wet", m.start()) and (listed := _listed_with_split_word(text[m.start():words[-1].end()])):
            out.append(FormHit(m.start(), words[-1].end(), listed.kind, listed.identifier, listed.label))
            continue  # "de Wet inkomsten belasting": the listed Wet inkomstenbelasting with a space too many
        if not words or not (_NAME_END_AFTER.match(text, words[-1].end()) or _PURPOSE_RE.match(text, words[-1].end())
                             or _INFINITIVE_AFTER_RE.match(text, words[-1].end())
                             or (re.search(r"\d", words[-1].group(1)) and text.startswith("Tijdelijke", m.start()))):
            continue  # the name must end at a bracket, a punctuation mark or a function word: no guess
        name = text[m.start():words[-1].end()]
        kind = "bill" if _BILL_BEFORE_RE.search(text[max(0, m.start() - 60):m.start()]) else "act"
        out.append(FormHit(m.start(), words[-1].end(), kind, name.lower(), name))
    for m in _CAPITAL_WET_RE.finditer(text):  # "via de Wet Natuurbescherming en": one capitalised name word
        name = m.group(0)
        out.append(FormHit(m.start(), m.end(), "act", name.lower(), name))
    return out


# "ingevoerd via de Wet Natuurbescherming en ...", "wijziging van de Wet Werkloosheidsvoorziening, ...": an act by
# "Wet" and one capitalised noun (not at a sentence's start), up to a punctuation mark or a function word; a listed
# act of that name ("de Wet Inburgering") is read from the gazetteer first
_CAPITAL_WET_RE = re.compile(r"(?<![\w-])(?<![.?!:][ ])(?<!^)(?<!\n)Wet[ ][A-Z][a-zà-ü]{5,}(?![\w-])"
                             r"(?=[ ]*(?:[(.,;:?!)\n]|$)|[ ]+(?:is|wordt|werd|zal|kan|moet|heeft|was|en|of)\b)")


# "de Tijdelijke wet klimaatfonds (...)", "De Tijdelijke wet maatregelen covid-19 is ...": a temporary act named in
# lower-case words, up to a bracket, a punctuation mark or a function word
_TEMPORARY_ACT_RE = re.compile(r"(?<![\w-])(?:Tijdelijke[ ]wet|Rijkswet|(?<![.?!:][ ])(?<!^)(?<!\n)Wet)"
                               r"(?=[ ][a-zà-ü]|[ ][A-Z][a-zà-ü]+[ ][a-zà-ü])")  # (also "de Wet Huis voor klokkenluiders is")
# ... a "Wet ..." name: at a punctuation mark or a verb, not at "en"/"of" ("de Wet bestuur en toezicht valt")
_WET_END_AFTER = re.compile(r"[ ]*[?.,;:]|[ ]+(?:is|wordt|werd|zal|kan|moet|heeft|was|" + "|".join(sorted(NAME_END_VERBS)) + r")\b")
# where such a name ends: a bracket, a punctuation mark, a function word or a verb that follows a name
_NAME_END_AFTER = re.compile(r"[ ]*(?:[(.,;:?!)\n]|$)|[ ]+(?:is|wordt|werd|zal|kan|moet|heeft|was|en|of|"
                             + "|".join(sorted(NAME_END_VERBS)) + r")\b")
# ("de Rijkswet financieel toezicht is ...": a Kingdom act named like a temporary one)
# ... or at an infinitive: "besloten de Wet screening kennisveiligheid uit te stellen"
_INFINITIVE_AFTER_RE = re.compile(r"[ ]+(?:(?:uit|in|op|af|aan|door|mee|terug|voort|vast|in[ ]werking)[ ]+)?te[ ]+[a-zà-ü]{3,}en\b")
_PARTICIPLE_RE = re.compile(r"ge[a-zà-ü]+[dt]|voorzien|ingetrokken|aangenomen|ingediend|afgeschaft|verlengd|toegepast")
_LOWER_WORD_RE = re.compile(r"[ ]([^\W\d_][\wà-ü-]*)")  # the first one lower-case (_TEMPORARY_ACT_RE)
# ... or at the purpose of an amendment: "Wijziging van de Tijdelijke wet verkiezingen covid-19 ten behoeve van ..."
_PURPOSE_RE = re.compile(r"[ ]+(?:ten[ ]+behoeve|in[ ]+verband[ ]+met|met[ ]+het[ ]+oog[ ]+op)\b")


def case_names(text: str) -> list[FormHit]:
    return [FormHit(m.start(), m.end(), "case", " ".join(m.group("name").split()).lower(), m.group("name"))
            for m in _CASE_NAME_RE.finditer(text)]


def amendment_bills(text: str) -> list[FormHit]:
    found = []
    for m in _AMENDMENT_RE.finditer(text):
        title = " ".join(m.group("name").split())
        title = re.sub(r"^Wijzing\b", "Wijziging", title)
        title = _GLUED_VAN_RE.sub("van ", title)
        found.append((m, title))
    spaced = {t.lower().replace(" ", ""): t for _, t in found}  # the title written with most spaces wins
    for _, t in found:
        key = t.lower().replace(" ", "")
        if t.count(" ") > spaced[key].count(" "):
            spaced[key] = t
    return [FormHit(m.start(), m.end(), "bill", spaced[t.lower().replace(" ", "")].lower(), t) for m, t in found]


def framework_directives(text: str) -> list[FormHit]:
    out = []
    for m in _FRAMEWORK_RE.finditer(text):
        words = m.group("name").split()
        while len(words) > 1 and words[-1] in _NOT_NAME:
            words.pop()
        if len(words) < 2:
            continue
        name = " ".join(words)
        out.append(FormHit(m.start("name"), m.start("name") + len(name), "eu-act", name.lower(), name))
    return out


# a scheme by a capitalised compound ending in "regeling" and its name words: "de Subsidieregeling verbetering
# basisvaardigheden 2022", "de ESF-regeling Duurzame inzetbaarheid"
_SCHEME_RE = re.compile(r"(?<![\w-])(?P<head>(?:[A-Z][a-zà-ü]{3,}|[A-Z]{2,}-)regeling)(?=[ ]+(?P<rest>[^\n]{1,120}))")
_GLUED_MARKER_RE = re.compile(r"\b((?:19|20)\d{2})\d\b|(?<=[a-zà-ü])\d{1,2}\b")


_PEOPLE = "mensen|personen|jongeren|ouderen|kinderen|werknemers|werkgevers|burgers|gezinnen|huishoudens|ouders"


def scheme_names(text: str) -> list[FormHit]:
    """Schemes named by a compound ending in "regeling"; the name's words are read as a bill's (ref_names)."""
    out = []
    for m in _SCHEME_RE.finditer(text):
        rest = m.group("rest")
        if not re.match(r"[A-Za-zà-ü]", rest):
            continue
        # a footnote marker run into the last word or the year ("basisvaardigheden 20222,", "omgeving3") ends it
        clean = _GLUED_MARKER_RE.sub(lambda g: g.group(1) + "," if g.group(1) else ",", rest)
        clean = re.sub(r"[ ]*\(.*", ",", clean)  # ("... elektriciteitsproductie (MEP) staat": the name ends at a bracket)
        name = bill_name(clean.replace(",,", ","))
        if not name and (title := _TITLE_WORD_RE.match(clean)):
            name = title.group(1)  # "de Tijdelijke Tegemoetkomingsregeling Kinderopvang is ...": a title-case name
        if not name or name.lower().startswith("wet"):
            continue
        if re.fullmatch(r"(?:voor|van)[ ](?:" + _PEOPLE + r")", name):
            continue  # "de oude Wajongregeling voor mensen die ...": the people a scheme is for, no name
        if re.match(re.escape(name) + r",[ ]*[A-Z]{2,}\b", clean):
            continue  # "Kaderregeling subsidies OCW, SZW en VWS": a name that goes on in a list; no guess
        words = name.split()
        # the words as printed: up to the end of the last name word in the text
        end = m.start("rest")
        for w in words:
            found = text.find(w, end, m.end("rest"))
            if found < 0:
                break
            end = found + len(w)
        else:
            label, start = f"{m.group('head')} {name}", m.start()
            if text.endswith("Tijdelijke ", 0, start):
                label, start = "Tijdelijke " + label, start - len("Tijdelijke ")
            out.append(FormHit(start, end, "act", label.lower(), label))
    return out


# one capitalised word after a capitalised scheme, then a stop word or a punctuation mark
_TITLE_WORD_RE = re.compile(r"([A-Z][a-zà-ü]{3,})(?=[.,;:]|[ ]+(?:is|was|wordt|werd|zijn|heeft|en|of|die|dat)\b)")


# a regulation by its official title, in sentence case after a lower-case word ("in de Regeling tenuitvoerlegging
# strafrechtelijke beslissingen") or in guillemets («Tijdelijke regeling bestrijding regionale wateroverlast»)
_SENTENCE_TITLE_RE = re.compile(r"(?:(?<=[a-zà-ü,][ ])|(?<=«))(?P<head>Regeling|Besluit|Tijdelijke[ ]regeling|Beleidsregels?)"
                                r"(?P<words>(?:(?:[ ]+|[ ]*\n[ ]*)[a-zà-ü][a-zà-ü-]{1,}(?:(?<=-)\d{1,4})?){1,8})")  # "covid-19"
_SENTENCE_TITLE_INNER = frozenset("van voor inzake bij".split())
# a verb after the head word: "de Regeling maakt mogelijk dat ...", not a title
_TITLE_VERBS = frozenset("""maakt leidt regelt voorziet bepaalt geldt biedt kent gaat komt staat treedt vervalt loopt blijft
moet kan zal wil heeft is wordt werd was omvat bevat vraagt geeft zegt noemt stelt""".split())


def sentence_case_titles(text: str) -> list[FormHit]:
    out = []
    for m in _SENTENCE_TITLE_RE.finditer(text):
        close = text.find("»", m.start(), m.start() + 160) if text[m.start() - 1:m.start()] == "«" else -1
        quoted = text[m.end("head"):close] if close > 0 else ""
        if quoted and re.fullmatch(r"(?:[ ]+[a-zà-ü][a-zà-ü-]+)+", quoted):
            # in guillemets the title runs to the closing mark, over its small words: «Regeling
            # informatieverstrekking ziektekostenverzekeraars aan consumenten»
            name = m.group("head") + quoted
            out.append(FormHit(m.start(), close, "act", name.lower(), name))
            continue
        words = []
        for w in m.group("words").split():
            if w in STOP_WORDS or w in _TITLE_VERBS or re.fullmatch(r"ge[a-z-]{3,}(?:d|t|en)", w):
                break
            words.append(w)
        if words and words[0] in _SENTENCE_TITLE_INNER:
            continue  # "bij de Regeling van werkzaamheden" (the plenary's agenda), "het Besluit van 12 mei"
        while words and words[-1] in _SENTENCE_TITLE_INNER:
            words.pop()
        if len([w for w in words if w not in _SENTENCE_TITLE_INNER]) < 2:
            continue
        end = m.start("words")
        for w in words:  # the end of the last name word in the text, across a line break
            end = text.index(w, end) + len(w)
        if len(words) == len(m.group("words").split()) and (year := re.match(r"[ ](?:19|20)\d{2}\b(?![.,]\d)", text[end:])):
            words, end = words + [year.group().strip()], end + year.end()  # "... beschermde cultuurgoederen 2016"
        name = m.group("head") + " " + " ".join(words)
        if _listed_prefix(name.lower()):
            continue  # a listed regulation's name cut short ("de Regeling selectie plaatsing"): no guess
        out.append(FormHit(m.start(), end, "act", name.lower(), name))
    return out


# an EU directive or regulation by a one-word name the lists do not hold ("de Vuurwapenrichtlijn",
# "Meststoffenverordening", "NDICI-verordening", "Eurodac-verordening"), read as one only in a paragraph that speaks of the EU; "Europese"
# or "EU" before it is part of the name. A Dutch word for a domestic rule ("Omgevingsverordening",
# "Praktijkrichtlijn", "OM-richtlijn") is none
_EU_COMPOUND_RE = re.compile(r"(?<![\w-])(?P<name>(?:(?:Europese|EU)[ ]+)?(?:(?:(?!(?:De|Het|Een|Deze|Dit|Die|Dat|Ook|Nu|Als|In|Op|Met|Van"
                             r"|Voor|Bij|Door|Over|Onder|Naar|Uit|Zo|En|Of)[ ])[A-Z][a-zà-ü]+[ ](?=[A-Z][a-zà-ü]{2,}-))?"
                             r"[A-Z][a-zà-ü]{3,}-?|[A-Z]{2,6}\d?-)"  # (two words before a hyphen: "Blue Card-richtlijn")
                             r"(?:richtlijn|verordening))(?![\w-])")
_EU_CONTEXT_RE = re.compile(r"\b(?:EU|Europese|Unie|Brussel|lidsta(?:at|ten)|Raad|Commissie|Europees)\b")
_DOMESTIC = frozenset("""omgevingsverordening huisvestingsverordening afvalstoffenverordening legesverordening
participatieverordening praktijkrichtlijn behandelrichtlijn zorgrichtlijn aanwijzingsrichtlijn om-richtlijn rivm-richtlijn
ggd-richtlijn subsidieverordening inkoopverordening verordening richtlijn eu-richtlijn eu-verordening kaderrichtlijn
basisverordening uitvoeringsverordening kaderverordening""".split())


def eu_compound_names(text: str) -> list[FormHit]:
    out = []
    for m in _EU_COMPOUND_RE.finditer(text):
        word = m.group("name").split()[-1]
        if word.lower() in _DOMESTIC:
            continue
        start = text.rfind("\n\n", 0, m.start()) + 1
        end = text.find("\n\n", m.end())
        para = text[start:end if end >= 0 else len(text)]
        if not m.group("name").startswith(("Europese", "EU")) and not _EU_CONTEXT_RE.search(para):
            continue
        name = " ".join(m.group("name").split())
        out.append(FormHit(m.start(), m.end(), "eu-act", name.lower(), name))
    return out


# "de Wet op de huurtoeslag", "de Wet op de rechterlijke organisatie": the form of a Dutch act's name; one noun after
# the article (two after an inflected adjective) and a year
_WET_OP_RE = re.compile(r"(?<![\w-])Wet[ ]+op[ ]+(?:de|het)[ ]+(?P<w1>[a-zà-ü][\wà-ü-]{3,})"
                        r"(?:[ ]+(?P<w2>[a-zà-ü][\wà-ü-]{3,}))?(?:[ ]+(?P<y>(?:19|20)\d{2})\b)?")


def wet_op_names(text: str) -> list[FormHit]:
    out = []
    for m in _WET_OP_RE.finditer(text):
        end = m.end("w1")
        if m.group("w1").endswith("e") and m.group("w2") and m.group("w2") not in STOP_WORDS:
            end = m.end("w2")
        if m.group("y") and (end == m.end("w2") or not m.group("w2")):
            end = m.end("y")
        name = " ".join(text[m.start():end].split())
        out.append(FormHit(m.start(), end, "act", name.lower(), name))
    return out


# a scheme named after a lower-case head: its capitalised name ("de AMvB en regeling Acute Zorg2", "de
# subsidieregeling Stageplaatsen Zorg (hierna: Stagefonds)"), or in guillemets in lower case («subsidieregeling
# medisch noodzakelijke zorg aan onverzekerden»)
_LOWER_HEAD_TITLE_RE = re.compile(r"(?<![\w-])(?P<head>(?:subsidie)?regeling)(?:[ ]+|[ ]*\n[ ]*)"
                                  r"(?P<words>(?!(?:Van|De|Den|Der|Het|Ten|Ter)\b)[A-Z][a-zà-ü]{2,}(?:[ ]+[A-Z][a-zà-ü]{2,}){1,4})"
                                  r"(?=\d{0,2}(?:[ ]*[,.;:()?]|[ ]+[a-zà-ü(]|[ ]*$))", re.M)
_QUOTED_SCHEME_RE = re.compile(r"(?<=«)(?P<name>(?:subsidie)?regeling(?:[ ]+[a-zà-ü][a-zà-ü-]+){2,12})(?=»)")


def lower_head_titles(text: str) -> list[FormHit]:
    out = []
    for m in _LOWER_HEAD_TITLE_RE.finditer(text):
        name = m.group("head") + " " + m.group("words")
        out.append(FormHit(m.start(), m.end(), "act", name.lower(), " ".join(text[m.start():m.end()].split())))
    for m in _QUOTED_SCHEME_RE.finditer(text):
        out.append(FormHit(m.start(), m.end(), "act", m.group("name").lower(), m.group("name")))
    return out


# "de Wet Precursoren voor Explosieven (Wpe)", "de Wet arbeidsmarkt in balans (WAB)": an act's title followed by the
# abbreviation of its words' initials in brackets; the initials bound the name, so it is no guess
_ABBREVIATED_TITLE_RE = re.compile(r"(?<![\w-])(?P<name>(?:Wet|Tijdelijke[ ]wet|Besluit|Regeling)(?:[ ][A-Za-zà-ü][a-zà-ü-]*){1,9})"
                                   r"[ ]?\((?P<abbr>[A-Z][A-Za-z]{1,8})\)")


def abbreviated_titles(text: str) -> list[FormHit]:
    out = []
    for m in _ABBREVIATED_TITLE_RE.finditer(text):
        words = m.group("name").split()
        abbr = m.group("abbr").lower()
        for first in range(len(words)):  # the name may start later ("... Besluit ... Wet X (Wx)"): the shortest that fits
            if words[first] not in ("Wet", "Tijdelijke", "Besluit", "Regeling"):
                continue
            rest = words[first:]
            content = "".join(w[0] for w in rest if w.lower() not in INITIAL_SKIP).lower()
            every = "".join(w[0] for w in rest).lower()
            if abbr in (content, every) and len(rest) >= 2:
                start = m.start("name") + len(" ".join(words[:first])) + (1 if first else 0)
                name = " ".join(rest)
                out.append(FormHit(start, start + len(name), "act", name.lower(), name))
                break
    return out


def _listed_with_split_word(name: str):
    """The listed act whose name is ``name`` with two of its words run together ("Wet inkomsten belasting"), or None."""
    words = name.split()
    for i in range(1, len(words) - 1):
        joined = " ".join(words[:i] + [words[i] + words[i + 1]] + words[i + 2:])
        hits = [h for h in reference_index().find(joined) if h.start == 0 and h.end == len(joined)]
        if hits and hits[0].payload.kind == "act":
            return hits[0].payload
    return None


def _listed_prefix(name: str) -> bool:
    return any(n.replace(",", "").startswith(name + " ") for n in laws())


# an act's title in quotes, in sentence case: "de ‘Wet uitvoering verordening ontbossingsvrije grondstoffen en
# producten’ is aangenomen", "Eerste Kamer, 'Wet ... producten'"
_QUOTED_WET_RE = re.compile(r"(?<=[‘'«“\"])(?P<name>Wet(?:[ ]+[a-zà-ü][a-zà-ü-]*|[ ]+(?:19|20)\d{2}){2,14})(?=[’'»”\"])")


def quoted_wet_titles(text: str) -> list[FormHit]:
    out = []
    for m in _QUOTED_WET_RE.finditer(text):
        name = m.group("name")
        out.append(FormHit(m.start(), m.end(), "act", act_identifier(name.lower()), name))
    return out


def form_names(text: str) -> list[FormHit]:
    return (compound_names(text) + treaty_names(text) + headed_treaties(text) + title_case_acts(text)
            + case_names(text) + framework_directives(text) + scheme_names(text) + sentence_case_titles(text)
            + eu_compound_names(text) + wet_op_names(text) + lower_head_titles(text) + abbreviated_titles(text)
            + quoted_wet_titles(text))
