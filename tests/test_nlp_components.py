"""Each rule component on real sentences of the corpus (seed texts and Aanhangsel PDFs)."""

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from kamergraaf.extract.agencies import find_agencies, find_bron
from kamergraaf.extract.answer_kind import classify
from kamergraaf.extract.countries import find_countries
from kamergraaf.extract.figures import find_figures, sentences
from kamergraaf.extract.nlp import build_pipeline
from kamergraaf.extract.references import eu_identifiers, find_references


def keys(hits):
    return [h.key for h in hits]


@pytest.mark.parametrize("text, expected", [
    ("Er zijn op dit moment 315 COA-locaties waarin ca. 78.000 personen", ["COA"]),
    ("met ondersteuning van de Dienst Terugkeer en Vertrek (DTenV) teruggekeerd", ["DTenV", "DTenV"]),
    ("vertrekregistraties van de KMar, politie en DT&V.", ["KMar", "Politie", "DTenV"]),
    ("Samen met Buitenlandse Zaken zet ik in op", ["BZ"]),
    ("Bron: Ministerie van Justitie en Veiligheid, KMI+, cijfers afgerond op tientallen", ["JenV"]),
    ("De vaste commissie voor Asiel en Migratie, belast met het voorbereidend onderzoek", []),
    ("voorgelegd aan de ministers van Asiel en Migratie", ["AenM"]),
    ("Hoeveel dwangsommen voor de Immigratie- en Naturalisatiedienst (IND)", ["IND", "IND"]),
    ("Het COA en Stichting Nidos delen de verantwoordelijkheid", ["COA", "Nidos"]),
    ("kan niet worden ontleend aan de informatiesystemen van de Rechtspraak", ["Rechtspraak"]),
    ("Mijn ministerie is hierover in gesprek met UWV.", ["UWV"]),
    ("de bevinding uit intern onderzoek van het UWV dat in meer dan de helft", ["UWV"]),
    ("door de rechtbank afgehandeld worden", []),
    ("De politiek heeft besloten", []),
])
def test_agencies(text, expected):
    assert keys(find_agencies(text)) == expected


def test_agency_offsets_point_at_the_name():
    text = "Er zijn op dit moment 315 COA-locaties"
    (hit,) = find_agencies(text)
    assert text[hit.start:hit.end] == "COA"


@pytest.mark.parametrize("line, sources, systems", [
    ("Bron:  IND, Metis", ("IND",), ("Metis",)),
    ("Bron: Ministerie van Justitie en Veiligheid, KMI+, cijfers afgerond op tientallen", ("JenV",), ("KMI+",)),
    ("Bron: COA, afgerond op tientallen (peildatum: 14 oktober 2025)", ("COA",), ()),
    ("Bron; IND, cijfers afgerond op tientallen", ("IND",), ()),
    ("Bron: DTenV (cijfers afgerond op tientallen)", ("DTenV",), ()),
])
def test_bron_line(line, sources, systems):
    bron = find_bron("In 2024 zijn 1.000 vreemdelingen in bezwaar gegaan.\n\n" + line)
    assert (bron.sources, bron.systems) == (sources, systems)


def refs(text):
    return [(h.kind, h.identifier) for h in find_references(text)]


@pytest.mark.parametrize("text, expected", [
    ("de brief van 5 september 2025 (Kamerstukken 19 637,\nnr. 3469).", [("kamerstuk", "kst-19637-3469")]),
    ("Kamerstuk 36 200 IV, nr. 25", [("kamerstuk", "kst-36200-IV-25")]),
    ("Kamerstukken II 2023/24, 36 410 IV, nr. 15", [("kamerstuk", "kst-36410-IV-15")]),
    ("Tweede Kamer, vergaderjaar 2022–2023, 26 485, nr. 424", [("kamerstuk", "kst-26485-424")]),
    ("zoals eerder gemeld (36 471-64)", [("kamerstuk", "kst-36471-64")]),
    ("Kamerstuk 21 501-02, nr. 2498", [("kamerstuk", "kst-21501-02-2498")]),
    ("Kamerstuk 36 704", [("kamerstuk", "kst-36704")]),
    ("Kamerstukken II, 25 424, nr. 679, nr. 684 en 685",
     [("kamerstuk", "kst-25424-679"), ("kamerstuk", "kst-25424-684"), ("kamerstuk", "kst-25424-685")]),
    ("Zie ook Aanhangsel Handelingen, vergaderjaar 2023–2024,\nnr. 2166.", [("aanhangsel", "ah-tk-20232024-2166")]),
    ("op grond van de Europese blauwe kaart (Richtlijn (EU) 2021/1883)", [("eu-act", "32021L1883")]),
    ("Verordening (EU) nr. 604/2013", [("eu-act", "32013R0604")]),
    ("Daartoe zijn de Asielnoodmaatregelenwet en het Tweestatusstelsel ingediend.",
     [("bill", "asielnoodmaatregelenwet"), ("bill", "wet invoering tweestatusstelsel")]),
    ("de wet Terugkeer en vreemdelingenbewaring", [("bill", "wet terugkeer en vreemdelingenbewaring")]),
    ("het EU Asiel- en\nmigratiepact", [("eu-act", "migratiepact")]),
    ("op grond van het Turks Associatieverdrag", [("treaty", "turks associatieverdrag")]),
    ("aanvragen op grond van de Chavez-uitspraak op 1 september 2025", [("case", "chavez-uitspraak")]),
    ("zoals bedoeld in artikel 68 Grondwet",
     [("article", "BWBR0001840/artikel/68"), ("act", "BWBR0001840")]),
    ("op grond van de artikelen 3:10 en 3:17 Wet op het financieel toezicht (Wft).",
     [("article", "BWBR0020368/artikel/3:10"), ("article", "BWBR0020368/artikel/3:17"), ("act", "BWBR0020368"),
      ("act", "BWBR0020368")]),
    ("in de zin van artikel 4, eerste lid, van de Algemene Verordening Gegevensbescherming (AVG)",
     [("article", "32016R0679/artikel/4"), ("eu-act", "32016R0679"), ("eu-act", "32016R0679")]),
    ("Dit beteke de Vreemdelingenwet 2000 en de Wet Centraal Orgaan opvang asielzoekers",
     [("act", "BWBR0011823"), ("act", "BWBR0006685")]),
    ("het verkrijgen van een WIA-uitkering", [("act", "BWBR0019057")]),
    ("een wet heeft getekend", []),
    ("het wetsvoorstel «Verbetering beschikbaarheid jeugdzorg»", [("bill", "wet verbetering beschikbaarheid jeugdzorg")]),
])
def test_references(text, expected):
    assert sorted(refs(text)) == sorted(expected)


def test_eu_identifiers_give_celex_and_eli():
    assert eu_identifiers("Richtlijn", "2021", "1883", False) == ("32021L1883",
                                                                  "http://data.europa.eu/eli/dir/2021/1883/oj")
    assert eu_identifiers("Verordening", "604", "2013", True) == ("32013R0604",
                                                                   "http://data.europa.eu/eli/reg/2013/604/oj")


@pytest.mark.parametrize("text, expected", [
    ("teruggekeerd naar Syrië. De bereidheid van Syriërs om", ["SYR", "SYR"]),
    ("vreemdelingen met de Indonesische, Iraakse, Iraanse en Jemenitische nationaliteit",
     ["IDN", "IRQ", "IRN", "YEM"]),
    ("door Marokko verstrekt", ["MAR"]),
    ("het Nederlandse inwilligingspercentage", ["NLD"]),
    ("De Nederlandsche Bank houdt toezicht", []),
    ("de Vereniging van Nederlandse Gemeenten", []),
    ("humanitarian partners in Yemen", ["YEM"]),
    ("in de EU en in Noord-Afrika", []),
    ("https://reliefweb.int/report/yemen/briefing", []),
])
def test_countries(text, expected):
    assert [h.iso3 for h in find_countries(text)] == expected


ANSWER_11 = """Het COA beheert per 1 januari 2025 69.630 plekken uitgesplitst naar:
Reguliere plekken 35.140
Noodopvang 29.790

Bron: COA, afgerond op tientallen (peildatum: 14 oktober 2025)"""


def test_table_figures_take_unit_and_date_of_their_block():
    figs, info = find_figures(ANSWER_11, find_agencies(ANSWER_11), [])
    assert [(f.value, f.unit, f.ref_date, f.rounding, f.source) for f in figs] == [
        (Decimal(69630), "places", date(2025, 1, 1), 10, "COA"),
        (Decimal(35140), "places", date(2025, 1, 1), 10, "COA"),
        (Decimal(29790), "places", date(2025, 1, 1), 10, "COA")]
    assert info.sources == ("COA",) and info.ref_date == date(2025, 10, 14)


ANSWER_25 = ("Voor de ca 2.100 vreemdelingen die in 2025 (tot oktober) gedwongen\nvertrokken was de gemiddelde "
             "doorlooptijd van de vertrekprocedure\n118 dagen. In zowel 2023 als 2024 was dit 102 dagen en ging het "
             "om\nrespectievelijk ca 2.370 en ca 2.760 vreemdelingen.")


def test_figures_respectively_and_two_years():
    figs, _ = find_figures(ANSWER_25, [], [])
    got = [(f.value, f.unit, f.approximate, f.period_start, f.period_end) for f in figs]
    assert got == [
        (Decimal(2100), "persons", True, date(2025, 1, 1), date(2025, 9, 30)),
        (Decimal(118), "days", False, date(2025, 1, 1), date(2025, 9, 30)),
        (Decimal(102), "days", False, None, None),
        (Decimal(2370), "persons", True, date(2023, 1, 1), date(2023, 12, 31)),
        (Decimal(2760), "persons", True, date(2024, 1, 1), date(2024, 12, 31))]


@pytest.mark.parametrize("text", [
    "Kinderen in gezinnen en amv ouder dan 15 jaar verblijven bij het COA.",
    "Zie voor de voortgang de brief van 5 september 2025 (Kamerstukken 19 637, nr. 3469).",
    "Zoals ik in mijn antwoord op vraag 4, 5 en 6 heb uiteengezet.",
    "In de eerste maanden van 2025 is de instroom lager dan in voorgaande prognoses (2024-II).",
    "in aanraking komen met het strafrecht (VRIS).1 DTenV registreert dat niet.",
    "Zie https://www.coa.nl/nl/lijst/personen-de-opvang-van-het-coa-2025 voor de cijfers.",
    "de 60-plusmaatregel en de vier pijlers",
    "1. eerste punt\n2. tweede punt",
])
def test_not_figures(text):
    figs, _ = find_figures(text, find_agencies(text), [(h.start, h.end) for h in find_references(text)])
    assert figs == []


def test_money_figures():
    text = ("Voor stichting Nidos is op de Rijksbegroting een bedrag beschikbaar\nvan € 431,6mln. Nidos heeft voor 2025 "
            "een begroting ingediend\nwaarbij € 113,8mln wordt besteed aan begeleidingskosten.")
    figs, _ = find_figures(text, find_agencies(text), [])
    assert [(f.value, f.unit, text[f.start:f.end], f.source, f.period_start) for f in figs] == [
        (Decimal(431600000), "EUR", "€ 431,6mln", None, None),
        (Decimal(113800000), "EUR", "€ 113,8mln", "Nidos", date(2025, 1, 1))]


def test_sentences_keep_abbreviations_inside():
    text = "Er zijn 315 locaties waarin ca. 78.000 personen wonen. Daarvan zijn er 5 leeg."
    assert [text[s:e] for s, e in sentences(text)] == [
        "Er zijn 315 locaties waarin ca. 78.000 personen wonen.", "Daarvan zijn er 5 leeg."]


@pytest.mark.parametrize("text, n, kind", [
    ("Het aantal asielzoekers kan niet worden ontleend aan de informatiesystemen.", 0, "data-unavailable"),
    ("Er zijn geen cijfermatige gegevens beschikbaar over het aantal vreemdelingen.", 0, "data-unavailable"),
    ("De IND kan systeemtechnisch niet afdoende betrouwbaar verbijzonderen bij hoeveel aanvragen.", 0,
     "data-unavailable"),
    ("Via de website van het COA is de gevraagde informatie te vinden.", 0, "refers-elsewhere"),
    ("Zie het antwoord op vraag 3.", 0, "refers-elsewhere"),
    ("In 2024 zijn 1.000 vreemdelingen in bezwaar gegaan.", 1, "figures"),
    ("De inzet van het kabinet is gericht op het verlagen van de asielinstroom.", 0, "explanation"),
    ("", 0, "no-answer"),
])
def test_answer_kind(text, n, kind):
    assert classify(text, n) == kind


def test_pipeline_components_are_registered_and_declared():
    nlp = build_pipeline()
    assert nlp.lang == "nl"
    assert nlp.pipe_names == ["kg_agencies", "kg_references", "kg_countries", "kg_figures"]
    assert build_pipeline() is nlp
    doc = nlp("Er zijn op dit moment 315 COA-locaties in Nederland.")
    assert [h.key for h in doc._.kg_agencies] == ["COA"]
    assert [h.iso3 for h in doc._.kg_countries] == ["NLD"]
    assert [f.value for f in doc._.kg_figures] == [Decimal(315)]
    assert [s.kb_id_ for s in doc.spans["kg_agencies"]] == ["COA"]


def test_space_separated_thousands_and_merged_numbers():
    """Third-party text: '46 890 illegale grensoverschrijdingen' is one figure (groups of three digits, a word
    after); a Kamerstuk dossier '31 793 nr. 274' and table cells stay apart; '88711.122' (digits run into a
    dotted number) is ambiguous and gives nothing."""
    from kamergraaf.extract.figures import CANDIDATE_RE
    found = lambda t: [m.group() for m in CANDIDATE_RE.finditer(t)]  # noqa: E731
    assert found("vorig jaar (46 890 illegale grensoverschrijdingen") == ["46 890"]
    assert found("Kamerstuk 31 793 nr. 274") == ["31", "793", "274"]
    assert found("3.354 2.365 88711.122 1.233 484") == ["3.354", "2.365", "1.233", "484"]
    assert found("2019 22 2 486,8") == ["2019", "22", "2", "486,8"]
    from kamergraaf.extract.nlp import analyse
    from kamergraaf.extract.reader import read_path
    csv_path = Path(__file__).resolve().parent / "fixtures" / "kamervragen-text" / "questions.csv"
    doc = next(d for d in read_path(csv_path) if d.source_name.endswith("#Antwoord_op_vragen_van_de_leden_Koekkoek.pdf"))
    figs = {f.text: f for f in analyse(doc).figures}
    assert figs["46 890"].value == 46890 and figs["46 890"].unit == "count"
    assert doc.text[figs["46 890"].start:figs["46 890"].end] == "46 890"
