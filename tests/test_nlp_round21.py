"""Rules of the twenty-first extraction round: drawn from the tenth series of unseen pages (the first two tests, written
before the eleventh series was scored) and from the eleventh series after it was scored. The texts are written for
these tests in the form of the pages they stand for (tests/gold/GUIDELINES.md)."""

from datetime import date
from decimal import Decimal

from kamergraaf.extract.agencies import find_agencies
from kamergraaf.extract.countries import find_countries
from kamergraaf.extract.figures import find_figures
from kamergraaf.extract.nlp import analyse
from kamergraaf.extract.references import find_references
from kamergraaf.extract.reader import parse_text
from kamergraaf.graph.rdf import document_graph
from kamergraaf.graph.validate import gate
from kamergraaf.settings import Settings

# an openkamer kamervraag page in its table layout that prints only the answers, one paragraph each
ANSWERS_ONLY = """Ingediend | 3 maart 2017 |
---|---|
Beantwoord | 24 maart 2017 (na 21 dagen) |
Indiener | Jan Jansen (SP) |
Beantwoord door | Piet de Vries (minister infrastructuur en milieu) (VVD) |
Onderwerpen | verkeer |
Bron vraag | https://zoek.officielebekendmakingen.nl/kv-tk-2017Z03030.html |
Bron antwoord | https://zoek.officielebekendmakingen.nl/ah-tk-20162017-1200.html |
Ja, ik ken het bericht.
De sluis heeft in 2016 12 storingen gehad. Zie ook mijn brief (34 550-A-20).
Zie het antwoord op vraag 2.
"""


def test_a_page_that_prints_only_the_answers_is_read_one_answer_per_paragraph():
    doc = parse_text(ANSWERS_ONLY, "answers.txt", "answers.txt", "0" * 64)
    assert [q.numbers for q in doc.questions] == [(1,), (2,), (3,)]
    assert all(q.text == "" for q in doc.questions)
    assert [a.question_keys for a in doc.answers] == [("q1",), ("q2",), ("q3",)]
    assert doc.answers[1].text.startswith("De sluis heeft in 2016 12 storingen")
    assert any("not printed" in w for w in doc.warnings)
    assert doc.meta.official_id == "ah-tk-20162017-1200"
    analysis = analyse(doc)
    figures = [(doc.text[f.start:f.end], f.container) for f in analysis.figures]
    assert figures == [("12", "a2")]
    refs = {(m.kind, m.key) for m in analysis.mentions if m.kind == "kamerstuk"}
    assert ("kamerstuk", "kst-34550-A-20") in refs
    conforms, text, _ = gate(document_graph(doc, analysis, Settings()))
    assert conforms, text


def test_a_table_page_that_prints_its_questions_is_not_read_as_answers_only():
    asking = ANSWERS_ONLY.replace("Ja, ik ken het bericht.", "Kent u het bericht over de sluis?")
    doc = parse_text(asking, "qa.txt", "qa.txt", "0" * 64, require_questions=False)
    assert not any("not printed" in w for w in doc.warnings)
    assert not any(q.text == "" and q.numbers == (1,) for q in doc.questions)


# ---- rules drawn from the eleventh series after it was scored ------------------------------------------------------

def parsed(text):
    return parse_text(text, "t.txt", "t.txt", "0" * 64)


def items(doc):
    return [(q.numbers, q.text[:20]) for q in doc.questions], [(a.question_keys, a.text[:20]) for a in doc.answers]


def figures(text, year=None):
    hits, _ = find_figures(text, find_agencies(text), [], year)
    return {text[h.start:h.end]: h for h in hits}


def refs(text):
    return {(h.kind, h.identifier) for h in find_references(text)}


def test_a_schriftelijk_overleg_numbers_its_question_by_the_party_line():
    doc = parsed("36 200 Nota over de toestand van ’s Rijks Financiën\n\nNr. 181 VERSLAG VAN EEN SCHRIFTELIJK OVERLEG\n\n"
                 "Vastgesteld 10 mei 2023\n\nDe vragen en opmerkingen zijn op 15 maart 2023 aan de Minister van Financiën "
                 "voorgelegd. Bij brief van 28 april 2023 zijn de vragen beantwoord.\n\nDe voorzitter van de commissie, "
                 "Tielen\n\nVVD 1\n\nIn het algemeen vragen deze leden of het kabinet kennisgenomen heeft van het "
                 "onderzoek.\n\nJa, het kabinet heeft kennisgenomen van het onderzoek. Van de huishoudens was 30% "
                 "kwetsbaar.\n")
    assert items(doc) == ([((1,), "In het algemeen vrag")], [(("q1",), "Ja, het kabinet heef")])
    assert doc.questions[0].heading == "VVD 1"


def test_a_zoek_aanhangsel_page_without_labels_is_read_from_its_table_row():
    doc = parsed("Aanhangsel van de Handelingen\nDatum publicatie | Organisatie | Vergaderjaar | Nummer | Datum ontvangst |\n"
                 "---|---|---|---|---|\nTweede Kamer der Staten-Generaal | 2021-2022 | 1701 |\n"
                 "Bent u bekend met het artikel «Anode Energie vraagt faillissement aan»?1\n"
                 "Ja, daar ben ik mee bekend.\n"
                 "Kunt u inventariseren hoeveel klanten worden geraakt?\n"
                 "Hoeveel klanten zijn hun voorschot kwijtgeraakt?\n"
                 "Uit navraag bij de ACM is gebleken dat ruim 160.000 klanten geraakt zijn.\n")
    assert [q.numbers for q in doc.questions] == [(1,), (2,), (3,)]
    assert [a.question_keys for a in doc.answers] == [("q1",), ("q2", "q3")]


def test_a_listing_row_with_two_respondents_is_a_listing_page():
    doc = parsed("Het gebrek aan bescherming van Syrische kinderen |\n|\nElbert Dijkgraaf (SGP), Roelof van Laar (PvdA) |\n|\n"
                 "Lilianne Ploumen (minister zonder portefeuille buitenlandse zaken) (PvdA), Bert Koenders (minister "
                 "buitenlandse zaken) (PvdA) |\n|\nBent u bekend met de petitie?1\nJa.\nWat is uw reactie op de rapporten?\n"
                 "De situatie in Syrië is schrijnend.\n")
    assert [a.question_keys for a in doc.answers] == [("q1",), ("q2",)]
    respondents = [(p.name, p.portfolio) for p in doc.meta.persons if p.role == "respondent"]
    assert respondents == [("Lilianne Ploumen", "Buitenlandse Zaken"), ("Bert Koenders", "Buitenlandse Zaken")]


def test_a_reprint_that_opens_each_answer_with_the_speaker():
    doc = parsed("Staatssecretaris Blokhuis: ‘Alle sigaretten zijn schadelijk’\n\nvrijdag 13 april 2018\n\n"
                 "1. Kent u de uitzendingen van Radar?\n\nStaatssecretaris Blokhuis: Ja.\n\n"
                 "2 Vindt u het ook schrokkend te horen dat er 20.000 mensen doodgaan?\n\nStaatssecretaris Blokhuis: Ja.\n\n"
                 "3 Is het voorkomen van roken prioriteit?\n\nStaatssecretaris Blokhuis: Ik vind het belangrijk.\n")
    assert [q.numbers for q in doc.questions] == [(1,), (2,), (3,)]
    assert [(a.question_keys, a.text) for a in doc.answers] == [
        (("q1",), "Ja."), (("q2",), "Ja."), (("q3",), "Ik vind het belangrijk.")]


def test_a_list_page_that_starts_at_question_15():
    doc = parsed("Nr. 9 VERSLAG HOUDENDE EEN LIJST VAN VRAGEN EN ANTWOORDEN\n\nVastgesteld 31 oktober 2013\n\n"
                 "De vaste commissie heeft de eer verslag uit te brengen in de vorm van een lijst van vragen met de daarop "
                 "gegeven antwoorden.\n\nDe voorzitter van de commissie, Jadnanansing\n\n15\n\nWordt er budget specifiek "
                 "beschikbaar gesteld voor het bestrijden van bendes?\n\nVoor de integrale aanpak is € 180.000 "
                 "beschikbaar.\n")
    assert [q.numbers for q in doc.questions] == [(15,)]
    assert [a.question_keys for a in doc.answers] == [("q15",)]


def test_references_of_the_eleventh_series():
    assert refs("zoals Artikel 18 van de Universele Verklaring van de Rechten van de Mens en") == {
        ("article", "universele verklaring van de rechten van de mens/artikel/18"),
        ("treaty", "universele verklaring van de rechten van de mens")}
    assert refs("de moties 27 400 VI nummers 24 en 25 nader") == {("kamerstuk", "kst-27400-VI-24"),
                                                                   ("kamerstuk", "kst-27400-VI-25")}
    assert refs("relatie met de Wet Omzetbelasting.") == {("act", "BWBR0002629")}
    assert refs("per 1 januari 2020. De Wijzigingswet meldkamers is aangenomen.") == {("act", "wijzigingswet meldkamers")}
    assert refs("De Wijzigingswet is aangenomen.") == {("act", "wijzigingswet")}


def test_figures_that_are_terms_targets_ages_or_marked_years():
    assert not figures("De wettelijke heffingstermijn van 5 jaar staat echter niet ter discussie.")
    assert not figures("De effecten van de verruiming van de termijn naar 5 jaar zijn niet onderzocht.")
    assert "20" in figures("De gemiddelde beslistermijn van 20 weken werd gehaald.")
    assert not figures("Het is nodig te komen tot 10 regionale meldkamers, die elkaars taken overnemen.")
    assert not figures("Dit blijkt uit het onderzoeksrapport HBSC 20212, de Landelijke Monitor Depressie3 en meer.")
    assert not figures("Op dat moment werden kinderen tussen 5 en 12 jaar uitgenodigd voor de vaccinatie.")


def test_units_of_the_eleventh_series():
    got = figures("Er zijn in totaal 35 nieuwe leden1 benoemd. Naast 26 Nederlandse mariniers deden twee Britten mee. Er "
                  "zijn momenteel 1132 politieke gevangenen.")
    assert {k: h.unit for k, h in got.items()} == {"35": "persons", "26": "persons", "1132": "persons"}


def test_up_to_a_month_without_year_is_the_documents_year_so_far():
    got = figures("Het bereikbaarheidspercentage tot en met november was 71,7%.", 2022)
    assert (got["71,7%"].period_start, got["71,7%"].period_end) == (date(2022, 1, 1), date(2022, 11, 30))
    assert got["71,7%"].value == Decimal("71.7")


def test_an_inspectorate_named_in_full_is_no_ministry_and_a_foreign_minister_names_the_country():
    text = "De Inspectie Justitie en Veiligheid onderzocht het. De Inspectie SZW ook. Het ministerie van Justitie en Veiligheid."
    assert [(text[h.start:h.end], h.key) for h in find_agencies(text)] == [("SZW", "SZW"),
                                                                           ("Justitie en Veiligheid", "JenV")]
    text = "Kent u de uitspraak van de Israëlische Minister van inlichtingen? Behalve Noord Korea, is het nergens zo."
    assert [h.iso3 for h in find_countries(text)] == ["ISR", "PRK"]


def test_a_list_goes_on_after_questions_answered_together_out_of_order():
    doc = parsed("De vaste commissie voor Financiën heeft de volgende vragen voorgelegd. Deze vragen, alsmede de daarop "
                 "gegeven antwoorden, zijn hieronder afgedrukt.\n1, 2 en 7\nKan de verantwoording anders worden "
                 "ingericht?\nDe Algemene Rekenkamer stelt dat de informatie in orde is.\n3\nBent u bereid te onderzoeken "
                 "of de termijn\nkan worden gewijzigd?\nNee. De wet heeft een nauwe relatie met de Wet Omzetbelasting.\n")
    assert [q.numbers for q in doc.questions] == [(1, 2, 7), (3,)]
    assert [a.question_keys for a in doc.answers] == [("q1-2-7",), ("q3",)]


def test_the_year_so_far_and_a_source_the_sentence_before_names():
    got = figures("In 2011 heeft de nVWA tot nu toe 1 keer opgetreden op grond van dit artikel.")
    assert (got["1"].period_start, got["1"].period_end) == (date(2011, 1, 1), None)
    got = figures("Wel is af te leiden uit de CBS-data jeugdhulpgebruik dat er een stijging is. Dit betreft een stijging "
                  "van 3,2% van 308.000 jongeren in 2021 naar 318.000 jongeren in 2022.")
    assert {k: h.source for k, h in got.items()} == {"3,2%": "CBS", "308.000": "CBS", "318.000": "CBS"}
    # a sentence before that names no source leaves the figures without one
    got = figures("Er is een stijging. Dit betreft een stijging van 3,2% van 308.000 jongeren in 2021.")
    assert {h.source for h in got.values()} == {None}


def test_the_rows_of_a_second_set_on_a_listing_page_are_header_text():
    text = ("De TV-commercial van Sire |\n|\nFleur Agema (PVV) |\n|\nMartin van Rijn (staatssecretaris volksgezondheid, "
            "welzijn en sport) (PvdA) |\n|\nBent u bekend met de commercial?\nJa, die is mij bekend.\n"
            "Hoeveel kost deze commercial?\nZie antwoord vraag 1.\n"
            "De forse toename van het aantal comazuipers in België |\n|\nKees van der Staaij (SGP) |\n|\n"
            "Martin van Rijn (staatssecretaris volksgezondheid, welzijn en sport) (PvdA) |\n|\n"
            "Bent u bekend met de berichten over comazuipers?\nJa.\n")
    doc = parsed(text)
    assert [q.numbers for q in doc.questions] == [(1,), (2,), (3,)]
    assert doc.answers[1].text == "Zie antwoord vraag 1."
    analysis = analyse(doc)
    by_container = {(m.kind, m.key, m.container) for m in analysis.mentions if m.kind in ("agency", "country")}
    assert ("country", "BEL", None) in by_container  # the second set's title is header text
    assert not any(c == "a2" for _, _, c in by_container)


def test_an_answer_heading_misprinted_with_the_numbers_of_an_earlier_answer():
    doc = parsed("Vragen van het lid Van Dijk (SP) aan de Minister van Defensie.\n\nVraag 1, 2 en 9\nWat is uw oordeel over "
                 "de uitzending?\n\nAntwoord 1, 2 en 9\nDe onderzoeken lopen.\n\nVraag 3\nBent u bekend met de oprichting "
                 "van de stichting?\n\nAntwoord 1, 2 en 9\nJa. De stichting kan een zienswijze geven.\n\nVraag 4\nWat is uw "
                 "oordeel over de enquête?\n\nAntwoord 4\nDaarvan heb ik kennis genomen.\n")
    assert [(a.question_keys, a.text) for a in doc.answers] == [
        (("q1-2-9",), "De onderzoeken lopen."), (("q3",), "Ja. De stichting kan een zienswijze geven."),
        (("q4",), "Daarvan heb ik kennis genomen.")]
    assert not doc.warnings


def test_an_answer_label_with_the_ministers_name_is_a_heading():
    doc = parsed("In antwoord op vragen van het Kamerlid Bruins Slot heeft minister Bruins het volgende geantwoord.\n\n"
                 "Vraag 1\n\nHeeft u kennisgenomen van de artikelen?\n\nAntwoord van minister Bruins\n\nJa.\n\n"
                 "Vraag 2\n\nBent u op de hoogte gesteld?\n\nAntwoord van minister Bruins\n\nIk heb een signaal ontvangen.\n")
    assert [(a.question_keys, a.heading, a.text) for a in doc.answers] == [
        (("q1",), "Antwoord van minister Bruins", "Ja."),
        (("q2",), "Antwoord van minister Bruins", "Ik heb een signaal ontvangen.")]


def test_a_committee_name_loses_its_footnote_marker():
    doc = parsed("Nr. 85 LIJST VAN VRAGEN EN ANTWOORDEN\n\nVastgesteld 14 juni 2001\n\nDe vaste commissie voor Justitie1 heeft "
                 "de minister van Justitie de volgende vragen ter beantwoording voorgelegd.\n\n1\n\nIs er onderzoek gedaan naar "
                 "de gevolgen?\n\nEr is geen apart onderzoek gedaan.\n")
    assert doc.meta.committee == "vaste commissie voor Justitie"


# ---- rules drawn from the twelfth series after it was scored -------------------------------------------------------


def test_figures_that_are_terms_thresholds_class_bounds_or_worked_examples():
    assert not figures("Het merendeel van de groep heeft echter nog 3 tot 12 maanden de tijd in 2016 om te voldoen.")
    assert not figures("In Frankrijk verblijven ze tenminste 12 uur in een controlepost.")
    got = figures("De drempelwaarden zijn vergelijkbaar met die in de huidige richtlijn, te weten 280 LSU voor pluimvee en "
                  "350 LSU voor varkens. Onder de huidige richtlijn vallen circa 2357 bedrijven.")
    assert set(got) == {"2357"}
    assert not figures("Dit valt ruim binnen de gebruikelijke bandbreedte van 5–10%.")
    assert set(figures("Het quotum van 2019 is verlaagd van 750 naar 500 zaken. Er zijn 610 zaken geselecteerd.")) == {"610"}
    assert not figures("Aantal sterfte tussen 14 en 56 dagen na geboorte")
    got = figures("Voor een huishouden met een inkomen van € 34.000 is een hypotheek rond € 150.000 bereikbaar. Het aandeel "
                  "ouderen in de middeninkomensgroep (€ 33.614–€ 43.000) bedraagt 45%.")
    assert set(got) == {"€ 150.000", "45%"}
    assert not figures("Als 3.000 studenten niet zouden kunnen afstuderen vanwege het gebrek aan stageplekken, zou ik dat "
                       "een ernstige zaak vinden.")
    assert "3.000" in figures("In 2023 waren er 3.000 studenten zonder stageplek.")


def test_references_of_the_twelfth_series():
    assert refs("BAM had op basis van de Arbowet en het Arbobesluit een verplichting.") == {
        ("act", "BWBR0010346"), ("act", "BWBR0008498")}
    assert refs("de Wet arbeidsongeschiktheidsvoorziening jonggehandicapten is gewijzigd.") == {("act", "BWBR0008657")}
    assert refs("De uitbetaling van de Tijdelijke Tegemoetkomingsregeling Kinderopvang is volgens schema verlopen.") == {
        ("act", "tijdelijke tegemoetkomingsregeling kinderopvang")}


def test_two_respondents_on_the_answered_by_line_and_numbered_members_of_a_debate():
    doc = parsed("Kamervraag 2019Z22620\n\nIngediend 31 oktober 2019\nIndiener Vicky Maeijer (PVV)\nBeantwoord door Stef Blok "
                 "(minister buitenlandse zaken) (VVD), Ankie Broekers-Knol (staatssecretaris justitie en veiligheid) (VVD)\n"
                 " • Vraag 1\n  Heeft u kennisgenomen van de berichten?\n\n  Ja.\n")
    assert [(p.name, p.portfolio) for p in doc.meta.persons if p.role == "respondent"] == [
        ("Stef Blok", "Buitenlandse Zaken"), ("Ankie Broekers-Knol", "Justitie en Veiligheid")]
    doc = parsed("Schriftelijke antwoorden op vragen gesteld tijdens de eerste termijn begrotingsbehandeling Economische "
                 "Zaken\n\nHierbij treft u aan de beantwoording van de vragen.\n\n1. Van Gerven (SP): \n\nWetsvoorstel "
                 "Verantwoorde groei melkveehouderij: grondloze groei leidt tot nieuwe bioindustrie.\n\nWe komen op korte "
                 "termijn met elkaar te spreken over het wetsvoorstel.\n")
    assert [(q.numbers, q.heading) for q in doc.questions] == [((1,), "1. Van Gerven (SP):")]
    assert doc.answers[0].text.startswith("We komen op korte termijn")


def test_a_table_with_a_row_per_month_takes_the_year_of_the_text_before_it():
    text = ("Hieronder vindt u een schatting van de woningen die in de eerste zes maanden van 2022 zijn toegewezen.\n\n"
            "Realisatie taakstelling\n\nGeschat aantal vrijgekomen woningen per maand\n\njanuari\n\n1.529\n\n12.500\n\n"
            "februari\n\n1.652\n\n12.500\n\nmaart\n\n2.277\n\n12.500\n\nTotaal tot 1 april\n\n5.458\n\n37.500\n")
    doc = parsed("Vraag 1\nWat bedroeg het percentage woningtoewijzingen aan statushouders?\n\nAntwoord 1\n" + text)
    answer = doc.answers[0].text
    hits, _ = find_figures(answer, [], [], 2023)
    got = {(answer[h.start:h.end], h.period_start, h.period_end) for h in hits}
    assert ("1.652", date(2022, 2, 1), date(2022, 2, 28)) in got
    assert ("2.277", date(2022, 3, 1), date(2022, 3, 31)) in got
    assert ("5.458", date(2022, 1, 1), date(2022, 3, 31)) in got


def test_the_year_compared_with_is_not_inherited_and_more_person_nouns():
    got = figures("Uit de cijfers komt naar voren dat er in 2019 27 procent meer misdrijven zijn geregistreerd dan in 2018. "
                  "Het gaat hierbij om 4.999 registraties van misdrijven.")
    assert (got["4.999"].period_start, got["4.999"].period_end) == (date(2019, 1, 1), date(2019, 12, 31))
    got = figures("De groep van 10641 inburgeringsplichtigen is gestart. Er hebben ruim 90.000 ontheemden onderdak "
                  "gevonden. Aan 2.570 rechthebbenden is kinderbijslag uitgekeerd.")
    assert {k: h.unit for k, h in got.items()} == {"10641": "persons", "90.000": "persons", "2.570": "persons"}


def test_more_layouts_of_the_twelfth_series():
    # a question that ends with two footnote markers "?1, 2" on a listing page
    doc = parsed("Het nieuws over kwartsstof in Apeldoorn |\n|\nBart van Kent |\n|\nVivianne Heijnen (staatssecretaris "
                 "infrastructuur en waterstaat) (CDA) |\n|\nWat is uw reactie op de berichten «Stenen met kwartsstof»?1, 2\n"
                 "Wij vinden het heel ernstig. BAM had op basis van de Arbowet een verplichting.\nKlopt het dat ProRail al "
                 "een half jaar bezig is?\nProRail geeft aan dat er onduidelijkheid bestaat.\n")
    assert [a.question_keys for a in doc.answers] == [("q1",), ("q2",)]
    # written answers to a debate: "treft uw Kamer de beantwoording", a question that asks for a reaction
    doc = parsed("Schriftelijke beantwoording van gestelde vragen in de eerste termijn.\n\nHieronder treft uw Kamer de "
                 "beantwoording van een selectie van de gestelde vragen per woordvoerder.\n\nGroenLinks-PvdA\n\nWillen wij "
                 "onze kinderen blootstellen aan het gif? Graag een reactie van de minister.\n\nVooropgesteld is de "
                 "gezondheid van mens en dier van groot belang.\n")
    assert doc.questions[0].text.endswith("Graag een reactie van de minister.")
    assert doc.answers[0].text.startswith("Vooropgesteld is de gezondheid")
    assert set(figures("Voor een inkomen van € 43.000 is een woning met een koopsom van € 180.000 financierbaar.")) == {
        "€ 180.000"}
    # "zijn de vragen, voorzien van een inleiding, beantwoord": a schriftelijk overleg whose members' point is answered
    doc = parsed("Nr. 225 VERSLAG VAN EEN SCHRIFTELIJK OVERLEG\n\nVastgesteld 17 oktober 2017\n\nDe vragen en opmerkingen "
                 "zijn op 21 september 2017 voorgelegd. Bij brief van 16 oktober 2017 zijn de vragen, voorzien van een "
                 "inleiding, beantwoord.\n\nDe leden van de VVD-fractie vragen of de derogatie behouden blijft.\n\n"
                 "Ik onderschrijf het belang van de derogatie volledig.\n")
    assert [(q.key, a.text) for q, a in zip(doc.questions, doc.answers)] == [
        ("q0", "Ik onderschrijf het belang van de derogatie volledig.")]
    assert refs("Onder de huidige Richtlijn industriële emissies vallen circa 2357 bedrijven.") == {
        ("eu-act", "richtlijn industriële emissies")}


def test_numbers_alone_on_their_lines_take_no_time_from_the_prose_before_them():
    text = ("Alleen in 2015 is er minder dan 10 keer een asielaanvraag ingewilligd.\nEerste asielaanvraag\n<10\n<10\n20\n"
            "340\nAfwijzingen\n<10\n270\n620\n")
    got = [(text[h.start:h.end], h.period_start) for h in find_figures(text, [], [])[0]]
    assert got[0] == ("10", date(2015, 1, 1))
    assert [p for _, p in got[1:]] == [None] * (len(got) - 1) and len(got) >= 6
