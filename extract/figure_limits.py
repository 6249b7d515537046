"""Numbers that state a rule's value or limit, a condition or a time horizon, not a reported quantity
(tests/gold/GUIDELINES.md, decisions): "een afstandeis van 8 meter", "(< 10.000 kg)", "groter dan of gelijk aan
10.000 kg", "ondernemers die een opslag van minder dan 10.000 kg hebben, moeten ...", "ten minste 60 minuten",
"binnen 9 maanden", "herstel tot 60.000 euro", "boven de 80 euro", "30 dagen of langer", "in de afgelopen 5 jaar",
"over 5, 10, 20 jaar", a tax rate ("met 42 procent belast", "een tarief van 21%"); names with a number ("Lijn 2", "COP 26", "ISO 27001").
"""

from __future__ import annotations

import re

_S = r"[ \t\u00a0]*"
_TIME = r"(?:jaar|jaren|maand(?:en)?|we(?:ek|ken)|(?:kalender|werk)?dag(?:en)?|uur|uren|minuten|minuut|seconden|kwartaal)"
# a comparison sign or phrase right before the number
_COMPARE = re.compile(r"(?:[<>≤≥]=?|=<|>=|\b(?:groter|kleiner|hoger|lager)\s+dan(?:\s+of\s+gelijk\s+aan)?"
                      r"|\b(?:boven|onder|beneden)\s+de(?:\s+[\w-]{2,20}\s+van)?|\btot\s+zelfs|\bniet\s+(?:meer|minder|hoger|lager)\s+dan"
                      r"|\bhoogstens|\bhooguit|\bniet\s+meer\s+(?:mag|mogen|kan|zal)\s+(?:bedragen|zijn)\s+dan"
                      r"|\(" + _S + r"(?:tot\s+)?(?:max\.|maximaal|min\.|minimaal))" + _S + r"(?:€" + _S + r")?$", re.IGNORECASE)
# a norm noun and "van": "afstandeis van", "de aanbevolen veiligheidsafstand van", "een brandwerendheid van"
_NORM = re.compile(r"\b(?:\w*(?:afstand|afstandeis|afstandseis|eis|norm|grens|grenswaarde|drempel|drempelwaarde|limiet"
                   r"|plafond|maximum|minimum|brandwerendheid|marge|streefcijfer|streefwaarde|richtwaarde|doelstelling|mrl"
                   r"|quotum|bandbreedte)"
                   r"|(?:maximum|minimum)\s+[a-zà-ü]{3,}"  # "een maximum nieuwprijs van 45.000 euro" (not "maximale formatie")
                   r"|(?:maximum|minimum)aantal(?:\s+[a-zà-ü]{3,})?)"  # "Het maximumaantal vliegtuigbewegingen van 45.000"
                   r"(?:\s+(?:voor|in|bij)\s+(?:het\s+jaar\s+)?(?:(?:19|20)\d{2}|[a-zà-ü]{4,}))?\s+van\s+(?:(?:ten\s+minste|tenminste|minimaal|maximaal"
                   r"|minder\s+dan|meer\s+dan)\s+)?(?:€" + _S + r")?(?:[\d.,]+" + _S + r"%?" + _S + r"[–-]" + _S + r"(?:€" + _S + r")?)?$",
                   re.IGNORECASE)  # ... also the end of a range: "een bandbreedte van 5–10%"
# a target noun right before the number: "De doelstelling 80% bruto arbeidsparticipatie"
_TARGET_NOUN = re.compile(r"\b(?:doelstelling|streefwaarde|streefcijfer|richtwaarde)" + _S + r"(?:€" + _S + r")?$",
                          re.IGNORECASE)
# a norm's noun ("appèlgrens", "drempel", "quotum")
_NORM_NOUN = r"\b\w*(?:grens|drempel|norm|limiet|plafond|quotum)\b"
# the new value of a norm: "de verhoging van de appèlgrens in overtredingszaken van € 50 tot € 100"
_NORM_TO = re.compile(_NORM_NOUN + r"[^.\n]{0,40}?\bvan" + _S + r"(?:€" + _S + r")?[\d.,]+"
                      + _S + r"(?:naar|tot)" + _S + r"(?:€" + _S + r")?$", re.IGNORECASE)
# an amount bounding a class of cases: "rechtbankzaken met een geldboete tot en met € 500"
_MONEY_BOUND = re.compile(r"\btot\s+en\s+met" + _S + r"(?:€" + _S + r")?$", re.IGNORECASE)
# a limit word whose sentence states a rule: "... van minder dan 10.000 kg hebben, moeten dit melden"
_LIMIT = re.compile(r"\b(?:ten\s+minste|tenminste|minimaal|maximaal|uiterlijk|minder\s+dan|meer\s+dan|slechts|maximum)"
                    + _S + r"(?:€" + _S + r")?$", re.IGNORECASE)
_RULE_CUE = re.compile(r"\b(?:moet|moeten|dient|dienen|mag|mogen|verplicht\w*|toegestaan|vereist|geldt|gelden"
                       r"|verboden|eisen)\b", re.IGNORECASE)
_WITHIN = re.compile(r"\b(?:binnen|(?:pas\s+)?na)" + _S + r"$", re.IGNORECASE)  # "pas na 10 jaar": a horizon
_CAP = re.compile(r"\b[^\W\d]\w*\s+tot" + _S + r"(?:€" + _S + r")?$", re.IGNORECASE)
_CHANGE = re.compile(r"(?:gestegen|opgelopen|gedaald|toegenomen|afgenomen|gegroeid|stijgen|dalen|oplopen|stijgt|daalt"
                     r"|loopt|groeit|van\s+[\d.,]+(?:\s+\w+)?)\s+tot" + _S + r"(?:€" + _S + r")?$", re.IGNORECASE)
_MONEY_AFTER = re.compile(_S + r"(?:miljoen\s+|miljard\s+|mln\.?\s+)?(?:euro|EUR)\b")
_OR_MORE = re.compile(_S + r"\w+\s+of\s+(?:langer|korter|meer|minder|ouder|jonger|hoger|lager)\b", re.IGNORECASE)
_LONGER = re.compile(r"\b(?:langer|korter)\s+dan" + _S + r"$", re.IGNORECASE)
_DURATION_LIMIT = re.compile(r"\b(?:maximaal|minimaal|hooguit|ten\s+hoogste|ten\s*minste|in\s*beginsel)" + _S
                             + r"(?:\d+(?:,\d+)?" + _S + r"(?:á|à|a|tot|[-–])" + _S + r")?$", re.IGNORECASE)  # "maximaal 4 á 5 weken"
_RANGE_REST = r"(?:(?:á|à|a|tot|[-–])" + _S + r"\d+(?:,\d+)?" + _S + r")?"
_SPAN = re.compile(r"\b(?:afgelopen|komende|laatste|eerstvolgende|voorgaande)" + _S + r"$", re.IGNORECASE)
_HORIZON = re.compile(r"(?<!verspreid )\bover" + _S + r"(?:\d+" + _S + r"(?:,|en|of)" + _S + r")*$", re.IGNORECASE)
_HORIZON_AFTER = re.compile(r"(?:" + _S + r"(?:,|en|of)" + _S + r"\d+)*" + _S + _TIME + r"\b")
# "naar 100% zero-emissie", "tot 100% duurzaam": the whole of a state a policy aims at, not a measured share
_TARGET = re.compile(r"\b(?:naar|tot)" + _S + r"$", re.IGNORECASE)
_TARGET_STATE = re.compile(_S + r"(?:%|procent)" + _S + r"(?!van\b|in\b|op\b|voor\b|bij\b|of\b|en\b)[a-zà-ü]")
_NAMED = re.compile(r"\b(?:[Ll]ijn|(?:[Bb]us|[Tt]ram|[Mm]etro)lijn|[Aa]ctielijn|[Ss]poor|[Pp]ijler|COP|[Ww]erkspoor|[Kk]euze|[Oo]ptie|[Vv]ariant|[Ss]cenario"
                    r"|ISO(?:/IEC)?|NEN(?:-EN)?(?:-ISO)?|IEC|EN)" + _S + r"$")  # ... and standards: "ISO 27001"


# a tax rate: "(niet met 52 procent maar) met 42 procent (was) belast", "belasten tegen maximaal 42 procent", "een
# tarief van 21%": the rule's rate, not a measured share
_RATE_NOUN = re.compile(r"\b(?:\w*(?:tarief|tarieven|heffingspercentage)|btw)\s+(?:van\s+)?(?:maximaal\s+|minimaal\s+)?$", re.I)
_RATE_PREP = re.compile(r"\b(?:tegen|met)\s+(?:maximaal\s+|minimaal\s+)?$", re.I)
_TAXED = re.compile(r"\bbelast(?:en)?\b|\bbelastingtarie(?:f|ven)\b", re.I)
_PERCENT_AFTER = re.compile(_S + r"(?:%|procent\b)")
_SIGN = re.compile(r"[<>]" + _S + r"$")
CELL_SIGN = re.compile(r"(?:^|\n)[ \t]*[<>][ \t]*$")  # a table cell "< 1%" on a line of its own: a value, approximate
_IN_YEAR = re.compile(_S + r"(?:%|procent)?" + _S + r"in" + _S + r"(?:19|20)\d{2}\b")


def _sentence(text: str, s: int, e: int) -> str:
    start = max(text.rfind(". ", 0, s), text.rfind("\n", 0, s), text.rfind("? ", 0, s)) + 1
    ends = [i for i in (text.find(". ", e), text.find("\n", e), text.find("? ", e)) if i >= 0]
    return text[start:min(ends) if ends else len(text)]


def is_limit(text: str, s: int, e: int) -> bool:
    """Whether the number ``text[s:e]`` is a threshold, condition, horizon, policy target or part of a name."""
    before = text[max(0, s - 80):s]
    after = text[e:e + 40]
    if _COMPARE.search(before) and not (_SIGN.search(before) and _IN_YEAR.match(after)) and not CELL_SIGN.search(before):
        return True  # "(4% in 2015 en <1% in 2016)": a sign before a value measured in a year reports it
    if _NORM.search(before) or _NAMED.search(before) or _TARGET_NOUN.search(before) or _NORM_TO.search(before) \
            or (_MONEY_BOUND.search(before) and (text.startswith("€", s) or before.rstrip().endswith("€"))):
        return True
    if re.search(r"\btaakstelling\s+van\s+$", before, re.IGNORECASE) and not text.startswith("€", s):
        return True  # "De taakstelling van 11.000 ... te huisvesten vergunninghouders" (not a cut: "van € 2,7 mln.")
    if _WITHIN.search(before) and re.match(_S + _TIME, after):
        return True  # "binnen 9 maanden"
    if _LIMIT.search(before) and _RULE_CUE.search(_sentence(text, s, e)):
        return True
    if _CAP.search(before) and not _CHANGE.search(before) and _MONEY_AFTER.match(after):
        return True  # "herstel tot 60.000 euro"
    if _LONGER.search(before) and re.match(_S + _TIME, after):
        return True  # "kan het langer dan 12 maanden duren": a condition
    if _DURATION_LIMIT.search(before) and re.match(_S + _RANGE_REST + _TIME, after):
        return True  # "stremmingen van maximaal 48 uur", "staat er in beginsel 12 maanden voor": a norm
    if _OR_MORE.match(after) and re.match(_S + _TIME, after):
        return True  # "30 dagen of langer"
    if (text[s:e].endswith("%") or re.match(_S + r"(?:%|procent)", after)) and \
            re.match(_S + r"(?:%|procent)?\s+of\s+(?:meer|hoger|minder|lager)\b", after):
        return True  # "bij twee uitzendbureaus 50% of meer van alle arbeidsverhoudingen": the bound of a class
    if (quoted := re.search(r"«([^«»\n]{0,40})$", before)) and re.search(r"\btussen\b|\bof\s+(?:meer|hoger|minder|lager)\b",
                                                                    quoted.group(1) + text[e:text.find("»", e, e + 40)]):
        return True  # "het percentage «tussen de 20% en 50%»": a class's label
    if _SPAN.search(before) and re.match(_S + _TIME, after):
        return True  # "in de afgelopen 5 jaar"
    if text[s:e].startswith("100") and _TARGET.search(before) and _TARGET_STATE.match(text, s + 3):
        return True  # "de ingroei van emissievrije bussen naar 100% zero-emissie": a policy target
    if (_PERCENT_AFTER.match(after) or text[s:e].endswith("%")) and (_RATE_NOUN.search(before) or (
            _RATE_PREP.search(before) and _TAXED.search(_sentence(text, s, e)))):
        return True  # a tax rate
    if _HORIZON.search(before) and _HORIZON_AFTER.match(after):
        return True  # "over 5, 10, 20 jaar"
    if (wage := _WAGE_NORM.match(text, e)) and (_BOUND_BEFORE.search(before) or re.search(r"norm\s*\(\s*$", before)
                                              or re.match(r"\s+bedragen\b", text[wage.end():wage.end() + 12])):
        # "een inkomen tot 120 procent van het sociaal minimum": the bound of a group, not a share; "(50% van het
        # wettelijk minimumloon)", "kan de AOW 70% van het wettelijk minimumloon bedragen": a benefit's norm
        return True
    if (_PERCENT_AFTER.match(after) or text[s:e].endswith("%")) and _TAX_AFTER.match(text, e):
        return True  # "een 2% «Development and Rehabilitation» inkomensbelasting": the rate of a tax
    if _BETWEEN_BOUND.search(before) and _WAGE_NORM.search(_sentence(text, s, e)):
        return True  # "een inkomen dat ligt tussen 21% en 28% ... van het wettelijk minimumloon": a class by income
    if _LAST_PAY.match(text, e):
        return True  # "bedraagt dit pensioen 10 tot 140% van de laatstgenoten bezoldiging": a benefit's norm
    if _RULE_FRAME.search(before) and re.match(_S + _TIME, after) and _LIMIT_WORD.search(_sentence(text, s, e)):
        return True  # "een verblijf van ten hoogste 90 dagen binnen een periode van 180 dagen": the frame of a limit
    if _SCENARIO.search(before) or _RANK.search(before):
        return True  # "voor de situatie met 10.000 vliegtuigbewegingen" (a case studied), "de grootste 150 piekbelasters"
    if _ALLOWED_SUBJECT.search(before):
        return True  # "De maximaal toegestane verblijfsduur op grond van de Visumcode is 90 dagen": a rule's value
    if _VALID_FOR.search(before) and re.match(_S + _TIME, after):
        return True  # "een visum voor 90 dagen", "een verblijfsvergunning voor 5 jaar": a term of validity
    if _WAGE_NORM.match(text, e) and _BENEFIT.search(_sentence(text, s, e)):
        return True  # "houden hun uitkering op het huidige niveau, te weten 75% van het wettelijk minimumloon"
    if _SIZE_CLASS.search(before) and _SIZE_UNIT.match(after):
        return True  # "Schepen met een maximale lengte van 110 meter", "Schepen langer dan 110 meter": a class by size
    if _condition(text, s, e):
        return True  # "Ook als een inburgeringsplichtige 300 uur les heeft gevolgd ..., wordt ...": a condition
    if _PERCENTILE.match(text, e):
        return True  # "rond het niveau van de 5% droogste jaren": a class by its percentile, not a share
    sentence = _sentence(text, s, e)
    if re.match(r"(?:[ \t,]*(?:en|of|tot|maar)?[ \t]*\d+)*" + _S + _TIME, after) and _KEPT.search(sentence):
        return True  # "worden de gegevens niet 3, maar 7 dagen bewaard": a retention period
    if _THRESHOLDS.search(_sentence(text, s, e)[:max(0, _sentence(text, s, e).find(text[s:e]))]):
        return True  # "de drempelwaarden ... te weten 280 LSU voor pluimvee, 350 LSU voor varkens": norms listed
    if re.match(r"(?:" + _S + r"(?:tot|-|–)" + _S + r"\d+)?" + _S + _TIME + r"\s+de\s+tijd\b", after):
        return True  # "heeft nog 3 tot 12 maanden de tijd om ...": a term left
    if _CLASS_BOUND.search(before) and _CLASS_AFTER.match(after):
        return True  # "Aantal sterfte tussen 14 en 56 dagen na geboorte": the bounds of a class in a column head
    if _NORM_FROM.search(before) and _TO_AFTER.match(after):
        return True  # "het quotum van 2019 verlaagd van 750 naar 500": the old value of a norm
    if _INCOME_CLASS.search(before):
        return True  # "voor een huishouden met een inkomen van € 34.000", "de middeninkomensgroep (€ 33.614–€ 43.000)"
    if re.search(r"\b(?:te\s+komen\s+tot|garant\s+(?:staan\s+)?voor)\s+$", before, re.IGNORECASE):
        return True  # "het nodig is te komen tot 10 regionale meldkamers", "stellen zich garant voor 100.000 banen": a target
    if (to := _TO_VALUE.match(after)) and _WAGE_NORM.match(text, e + to.end()):
        return True  # "een verlaging van de uitkering van 75 naar 70 procent van het wettelijk minimumloon": a norm changed
    if re.match(_S + _TIME + r"\s+na\s+(?:de\s+|het\s+)?(?:aanvraag|indiening|ontvangst|aanmelding|melding|dagtekening"
                r"|bekendmaking)\b", after):
        return True  # "uiterlijk 14 weken na aanvraag", "ontstaat 16 weken na de aanvraag": a legal term
    if _TERM.search(before) and re.match(_S + _TIME, after) and not _AVERAGE.search(before):
        return True  # "De wettelijke heffingstermijn van 5 jaar", "verruiming van de termijn naar 5 jaar": a legal term
    if (aim := _AIM.search(sentence)) and (sentence.find(text[s:e]) >= aim.start() or aim.group().lower() == "streefdatum") and \
            not (re.search(r"\bvan" + _S + r"$", before) and _TO_AFTER.match(after)):
        return True  # "Het streven is dat eind 2023 alle 90 fte's zijn ingevuld" (but the baseline "van 20% naar 40%")
    if (_PENALTY.search(before) or re.match(_S + r"(?:jaar|jaren|maanden|maand|weken|dagen|uur|uren)" + _S
                                            + r"(?:gevangenisstraf|celstraf|taakstraf|werkstraf|jeugddetentie|hechtenis)\b", after)) \
            and _PENALTY_RULE.search(sentence):
        return True  # "De eisen beginnen bij een geldboete van 250 euro": the penalty a rule sets or demands
    if _IS_TARGET.match(text, e):
        return True  # "Het percentage van 86% voor de punctualiteit is een richtwaarde"
    if re.search(r"\bbeperkt" + _S + r"(?:tot|op)" + _S + r"$", before, re.IGNORECASE):
        return True  # "blijft de breedte beperkt tot 3 m": a limit
    if re.match(_S + r"(?:°" + _S + r"C?|graden?(?:" + _S + r"Celsius)?)" + _S + r"(?:opwarming|temperatuurstijging)\b", after):
        return True  # "consistent met 1,5°C opwarming": the climate target
    if re.search(r"\(" + _S + r"met" + _S + r"(?:\d+" + _S + r"[-–]" + _S + r")?$", before) and \
            re.match(r"(?:" + _S + r"[-–]" + _S + r"\d+)?" + _S + r"(?:werkzame" + _S + r"personen|werknemers|medewerkers)\b", after):
        return True  # "het kleinbedrijf (met 5-50 werkzame personen)": a size class
    if re.search(r"\bleeftijd" + _S + r"van" + _S + r"$", before, re.IGNORECASE) or re.match(_S + _TIME + _S + r"leeftijd\b", after):
        return True  # "gestorven voor de leeftijd van 14 dagen", "kalveren tot 14 dagen leeftijd": an age
    if (re.match(_S + r"[-–]" + _S + r"\d+" + _S + r"jaar" + _S + r":", after) and re.search(r"(?:^|\n)[ \t]*$", before)) or \
            (re.match(_S + r"jaar" + _S + r":", after) and re.search(r"(?:^|\n)[ \t]*\d+" + _S + r"[-–]" + _S + r"$", before)):
        return True  # "18-30 jaar: 725 gedetineerden": an age class labelling its row
    if re.search(r"\b(?:zijn|is|waren|was)\s+tussen\s+de\s+(?:\d+\s+en\s+)?$", before) and \
            re.match(r"(?:\s+en\s+\d+)?\s+jaar\b", after) and re.search(r"(?i)leeftijd", sentence):
        return True  # "De meeste gedetineerden zijn tussen de 21 en 50 jaar; uitgesplitst in leeftijdscategorie": ages
    return False


# a percentage of a wage or income norm after a bound: "een bruto uurloon (van) minder dan 130% van het Wml",
# "huishoudens met een inkomen tot 120 procent van het sociaal minimum"
_WAGE_NORM = re.compile(_S + r"(?:(?:%|procent)" + _S + r")?van" + _S + r"het" + _S + r"(?:wettelijk" + _S + r")?"
                        r"(?:wml|minimumloon|sociaal" + _S + r"minimum|modaal|modale)\b", re.IGNORECASE)
# a percentage of the last pay: "10 tot 140% van de laatstgenoten bezoldiging", "70% van het laatstverdiende loon"
_LAST_PAY = re.compile(_S + _RANGE_REST + r"(?:%|procent)?\s*van\s+(?:de|het|hun|zijn|haar)\s+laatst\s*(?:genoten|verdiende)\s+"
                       r"(?:bezoldiging|loon|salaris|inkomen|jaarsalaris)\b", re.IGNORECASE)
# the bounds of a class: "tussen 21% en 28%" (of a share of the minimum wage, _WAGE_NORM)
_BETWEEN_BOUND = re.compile(r"\btussen\s+(?:de\s+)?(?:[\d,]+\s*(?:%|procent)?\s+en\s+)?$", re.IGNORECASE)
# the frame of a limit ("binnen een periode van 180 dagen") in a sentence that sets one (_LIMIT_WORD)
_RULE_FRAME = re.compile(r"\b(?:per|binnen|in)\s+(?:een\s+)?periode\s+van\s+$", re.IGNORECASE)
_LIMIT_WORD = re.compile(r"\b(?:maximaal|ten\s+hoogste|hooguit|toegestane?|mag|mogen)\b", re.IGNORECASE)
# a case studied ("de situatie met 10.000 vliegtuigbewegingen") and a rank ("de grootste 150 piekbelasters")
_SCENARIO = re.compile(r"\b(?:situatie|scenario|variant)\s+(?:met|van)\s+$", re.IGNORECASE)
_RANK = re.compile(r"\bde\s+(?:grootste|kleinste|hoogste|laagste|beste|slechtste)\s+$", re.IGNORECASE)
# a rule's value after its subject ("De maximaal toegestane verblijfsduur ... is") and a term of validity
_ALLOWED_SUBJECT = re.compile(r"\b(?:(?:maximaal|minimaal)\s+)?toegestane\s+[a-zà-ü-]+\b[^.;:?!]{0,60}?(?:\s|(?<=\d))(?:is|bedraagt)"
                              + _S + r"$", re.IGNORECASE)
_VALID_FOR = re.compile(r"\b(?:visum|visa|verblijfsvergunning|vergunning|paspoort)\s+voor\s+$", re.IGNORECASE)
_BOUND_BEFORE = re.compile(r"\b(?:tot|minder\s+dan|meer\s+dan|boven|onder|beneden|hoger\s+dan|lager\s+dan|maximaal"
                           r"|minimaal|ten\s+hoogste)" + _S + r"$", re.IGNORECASE)


_TO_VALUE = re.compile(_S + r"(?:%|procent)?" + _S + r"naar" + _S + r"[\d.,]+")


# the figure's sentence goes on to call it a target: "... van 86% voor de (aankomst)punctualiteit van de treinen is
# een richtwaarde"
_IS_TARGET = re.compile(r"[^.?!\n]{0,80}?\b(?:is|zijn|was|waren|geldt\s+als|betreft|betreffen)\s+(?:een|de|het)\s+"
                        r"(?:(?:maximale|wettelijke|uiterste)\s+)?(?:\w*termijn|richtwaarde|streefwaarde"
                        r"|streefcijfer|norm|doelstelling|ambitie|maximum|minimum|plafond)\b", re.IGNORECASE)


# a percentage before a superlative: "de 5% droogste jaren", "de 10% rijkste huishoudens"
_PERCENTILE = re.compile(_S + r"(?:%|procent)?" + _S + r"(?<=%|t)\s*(?!(?:eerste|achtste|vaste|juiste|\w*tigste|honderdste|duizendste)\b)"
                         r"(?:[a-zà-ü]{3,}ste)\s+[a-zà-ü]", re.IGNORECASE)


# a sentence that states an aim or a norm: its numbers are targets
_AIM = AIM_RE = re.compile(r"\b(?:het\s+streven\s+is|streeft\s+(?:[\w-]+\s+){0,3}ernaar|streven\s+(?:[\w-]+\s+){0,3}ernaar|streven\s+wij"
                  r"|streef\s+ik|streefdatum|(?:heeft|hebben|hanteert|hanteren)\s+als\s+norm"
                  r"|(?:is\s+het\s+)?(?:mijn|onze)\s+ambitie|de\s+ambitie\s+is"
                  r"|(?:mijn|ons|het)\s+beleidsdoel\s+is"  # "Mijn beleidsdoel is het bouwen van 900.000 woningen"
                  r"|ambitie\s+(?:vastgesteld|uitgesproken|geformuleerd)\s+om"  # "de ambitie vastgesteld om jaarlijks 75.000"
                  r"|afspraak\s+om"  # "een zogenaamde afspraak om 250.000 vluchtelingen per jaar op te nemen"
                  r"|afspraken\s+gemaakt\s+over\s+de\s+(?:bouw|realisatie)\s+van"  # "... over de bouw van 150.000 sociale huurwoningen"
                  r"|doelstellingen?\s+van\s+(?:het|de)\s+[\w-]+(?:\s+[A-Z][\w-]+)*"  # "een van de doelstellingen van het Masterplan ... 25 tot 50% meer"
                  r"|(?:(?:de|het)\s+|(?<![\w-]))doel(?:stelling)?\s+(?:van\s+(?:dit|het|de|deze)\s+[\w-]+\s+)?(?:is|was)\s+(?:dat|om)"  # "De doelstelling van dit plan is dat ... 10–14 weken is", "Doelstelling was dat eind 2021 34.000 fte ..."
                  r"|(?:gehanteerde\s+)?norm\s+dat"  # "de gehanteerde norm dat 90% van de inwoners ..."
                  r"|wilden?\s+(?:[\w-]+\s+){0,3}(?:tenminste|ten\s+minste|minimaal)"  # "Het VK wilde in 2009 tenminste 0,48% BNI uitgeven"
                  r"|op\s+weg\s+naar\s+de\s+afgesproken"  # "op weg naar de afgesproken 0,7% BNI in 2015"
                  r"|optimale\s+verhouding"
                  r"|(?:heeft|hebben)\s+(?:als|tot)\s+doel"  # "Nederland heeft als doel om in 2030 55% minder ..."
                  r"|(?:is|zijn|werd|werden)\s+afgesproken\s+dat)\b", re.IGNORECASE)  # "In het Klimaatakkoord is afgesproken dat ..."  # "zal ... leiden tot een optimale verhouding van 60% ... en 40% ..."
_TO_AFTER = re.compile(_S + r"(?:%|procent)?" + _S + r"naar\b", re.IGNORECASE)
_PENALTY = re.compile(r"\b(?:geld)?boete\s+van\s+(?:ten\s+hoogste\s+|maximaal\s+|ten\s+minste\s+)?(?:€" + _S + r")?$"
                      r"|\b(?:gevangenisstraf|taakstraf|celstraf|hechtenis|werkstraf|jeugddetentie)\s+van\s+"
                      r"(?:ten\s+hoogste\s+|maximaal\s+|ten\s+minste\s+)?$", re.IGNORECASE)
_PENALTY_RULE = re.compile(r"\b(?:eis|eisen|strafeis|geëist|eist|strafmaximum|maximumstraf|maximaal|ten\s+hoogste|beginnen|lopen\s+op"
                           r"|kan|kunnen|riskeert|riskeren|bestraft|staat|staan)\b", re.IGNORECASE)


_NORM_FROM = re.compile(_NORM_NOUN + r"[^.\n]{0,40}?\b(?:verlaagd|verhoogd|aangepast"
                        r"|gewijzigd|teruggebracht|bijgesteld|opgehoogd)\s+van" + _S + r"(?:€" + _S + r")?$", re.IGNORECASE)
# a sentence that lists the thresholds a rule sets (the numbers after the noun)
_THRESHOLDS = re.compile(r"\b(?:drempelwaarden|drempelwaarde|grenswaarden|grenswaarde|drempels)\b", re.IGNORECASE)
# the bounds of a class: "sterfte tot 14 dagen na geboorte", "tussen 14 en 56 dagen na"
_CLASS_BOUND = re.compile(r"\b(?:tot|tussen)" + _S + r"(?:[\d.,]+" + _S + r"en" + _S + r")?$", re.IGNORECASE)
_CLASS_AFTER = re.compile(r"(?:" + _S + r"en" + _S + r"\d+)?" + _S + _TIME + r"\s+na\b", re.IGNORECASE)
# an income that bounds a group or sets the case of a worked example
_INCOME_CLASS = re.compile(r"(?:\b(?:met|voor|bij)\s+een\s+(?:[a-zà-ü]+\s+)?inkomen\s+(?:van\s+)?(?:tot\s+|boven\s+|onder\s+|vanaf\s+)?"
                           r"|inkomensgroep\w*" + _S + r"\(" + _S + r"(?:€" + _S + r"[\d.,]+" + _S + r"[–-]" + _S + r")?)(?:€" + _S + r")?$",
                           re.IGNORECASE)


# a term a rule sets: "de wettelijke heffingstermijn van 5 jaar", "de termijn naar 5 jaar", "een bezwaartermijn van 6 weken"
_TERM = re.compile(r"\b[a-zà-ü]*termijn(?:en)?\s+(?:(?:[a-zà-ü-]+\s+){0,2}?(?:van|naar|tot|op|is|bedraagt)\s+)?"
                   r"(?:ten\s+minste\s+|maximaal\s+)?$",  # ... "dat de uiterlijke beslistermijn 14 weken is"
                   re.IGNORECASE)
_AVERAGE = re.compile(r"\b(?:gemiddeld\w*|mediane?|feitelijke|gerealiseerde|behaalde)\s+[a-zà-ü]*termijn", re.IGNORECASE)


# a sentence about how long data are kept
_KEPT = re.compile(r"\b(?:bewaard|bewaren|bewaart|bewaartermijn\w*|opgeslagen|opslaan|bewaarplicht)\b", re.IGNORECASE)


# a tax the percentage is the rate of, a few words on: "een 2% «Development and Rehabilitation» inkomensbelasting"
_TAX_AFTER = re.compile(r"(?:[ \t]*(?:%|procent))?(?:(?!\bvan\b|\bop\b)[^.;:\n\d]){0,45}?\b\w*(?:belasting|heffing)\b", re.I)
# a sentence about a benefit, whose percentage of the minimum wage is its level
_BENEFIT = re.compile(r"\b\w*(?:uitkering|uitkeringen|bijstand|toeslag|wajong\w*)\b|\bAOW\b", re.I)
# a class of things by their size: "met een maximale lengte van", "langer dan" before a length or weight
_SIZE_CLASS = re.compile(r"\b(?:met\s+een\s+(?:maximale|minimale|maximum|minimum)\s*[a-zà-ü]*\s+van|(?:langer|korter|breder|smaller"
                         r"|zwaarder|lichter|dieper)\s+dan)" + _S + r"$", re.I)
_SIZE_UNIT = re.compile(_S + r"(?:meter|m|km|kilometer|centimeter|cm|ton|kilo|kg)\b", re.I)
# a sentence that opens with a condition: "(Voorbeeld:) (Ook) als|indien|wanneer <subject> ..., <main clause>"
_CONDITION_OPEN = re.compile(r"(?:(?:Bij)?[Vv]oorbeeld:\s*)?(?:(?:[Oo]ok|[Aa]lleen|[Pp]as)\s+)?(?:[Aa]ls|[Ii]ndien|[Ww]anneer|[Zz]odra)\s+"
                             r"(?:(?:een|de|het|er|u|ik|we|wij|zij|ze|hij|men|iemand|die|deze)\s|(?=\d))")  # "Als 3.000 studenten ..."


def _condition(text: str, s: int, e: int) -> bool:
    """Whether the number at ``s`` stands in the opening conditional clause of its sentence (up to the comma)."""
    start = max([0] + [i + len(sep) for sep in (". ", "? ", "\n") if (i := text.rfind(sep, 0, s)) >= 0])
    opening = _CONDITION_OPEN.match(text, start)
    if opening and re.match(r"(?:Bij)?[Vv]oorbeeld:", text[start:start + 14]) and re.match(r"[\d.,]+[ \t]*(?:%|procent\b)", text[s:s + 20]):
        return True  # a worked example: "Voorbeeld: als een gemeente ... 5% ..., dan krijgt die gemeente 5% ..."
    if not opening or _CLAUSE_END.search(text, opening.end(), s):
        return False
    end = re.search(r"[.?!](?:\s|$)|\n", text[e:e + 250])
    close = _CLAUSE_END.search(text[:e + (end.start() if end else 250)], e)
    # the subordinate clause ends in its verb: "... heeft gevolgd en minimaal 2 examenpogingen heeft gedaan, wordt"
    return close is not None and (close.group().strip() == "dan" or _VERB_LAST.search(text, max(e, close.start() - 30), close.start()) is not None)


_CLAUSE_END = re.compile(r",(?![\d–-])|\sdan\s")
_VERB_LAST = re.compile(r"\b(?:[a-zà-ü]+[tdn]|is|was)$")
