"""Rules of the twenty-fourth extraction round: drawn from the fourteenth series of unseen pages after it was
scored. The texts are written for these tests in the form of the pages they stand for (tests/gold/GUIDELINES.md,
"Thirtieth round")."""

from datetime import date
from decimal import Decimal

from kamergraaf.extract.agencies import find_agencies
from kamergraaf.extract.countries import find_countries
from kamergraaf.extract.figures import find_figures
from kamergraaf.extract.reader import read_path
from kamergraaf.extract.references import find_references


def figures(text, year=None):
    hits, _ = find_figures(text, find_agencies(text), [], default_year=year)
    return {text[h.start:h.end]: h for h in hits}


def refs(text):
    return sorted((r.kind, r.identifier) for r in find_references(text))


def countries(text):
    return [(text[h.start:h.end], h.iso3) for h in find_countries(text)]


def read(tmp_path, text):
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    (doc,) = read_path(path)
    return doc


def test_a_numbered_box_over_a_question_label_numbers_the_question(tmp_path):
    doc = read(tmp_path, "LIJST VAN VRAGEN EN ANTWOORDEN\n\nVastgesteld 11 juni 2010\n\nDe griffier van de commissie,\n"
                         "Van Toor\n\nNr. 1 JV\n\nVraag\n\nKunt u aangeven wat u als de tien grootste successen van 2009 "
                         "beschouwt?\n\nAntwoord\n\nLancering van een initiatief.\n")
    assert [q.numbers for q in doc.questions] == [(1,)]
    assert doc.text[doc.questions[0].start:doc.questions[0].end].strip().startswith("Kunt u aangeven")
    assert [a.numbers for a in doc.answers] == [(1,)]


def test_a_question_and_its_answer_heading_run_into_one_paragraph_are_read(tmp_path):
    doc = read(tmp_path, "VERSLAG VAN EEN SCHRIFTELIJK OVERLEG\n\nTer voorbereiding van een algemeen overleg over "
                         "orgaandonatie. Vragen PvdA-fractie Vraag 1. Is sinds de invoering van de W.O.D. het aantal "
                         "donoren daadwerkelijk gedaald? Antwoord vraag 1.\n\nIn 1999 waren er 165 postmortale "
                         "orgaandonoren tegenover 195 in 1998.\n")
    assert [q.numbers for q in doc.questions] == [(1,)]
    answer = doc.text[doc.answers[0].start:doc.answers[0].end]
    assert answer.strip().startswith("In 1999 waren er 165")


def test_a_question_and_answer_in_a_markdown_table_row_are_read(tmp_path):
    doc = read(tmp_path, "Hierbij doen wij u de antwoorden op de vragen toekomen.\n"
                         "| Kamerlid | Politieke partij | Vraag en Antwoord | ||\n|---|---|---|---|---|\n"
                         "| Plas, C. van der | BBB | Vraag: Kan de minister ons een update geven over de Nedersaksenlijn? "
                         "Antwoord: Voor de Nedersaksenlijn is op 6 oktober de startbeslissing genomen.\n")
    assert len(doc.questions) == 1 and len(doc.answers) == 1
    assert doc.text[doc.answers[0].start:doc.answers[0].end].strip().startswith("Voor de Nedersaksenlijn")


def test_a_letter_that_numbers_only_its_later_questions_has_an_unnumbered_first(tmp_path):
    doc = read(tmp_path, "Onderwerp Beantwoording kamervragen inzake hypotheekrente\n\nHierbij zend ik u de antwoorden op "
                         "de vragen van het Kamerlid Voûte-Droste die mij werden toegezonden.\n\nIs het waar dat banken "
                         "de daling in de rente niet hebben doorberekend? (de Volkskrant 18-01-01)\n\nNagenoeg alle "
                         "kredietverstrekkers hebben hun rentevoeten verlaagd.\n\n2. Wat is de reden dat de banken de "
                         "swap-rente als basis nemen?\n\nDe swap-rente wordt in toenemende mate gebruikt.\n")
    assert [q.numbers for q in doc.questions] == [(1,), (2,)]
    assert doc.text[doc.questions[0].start:doc.questions[0].end].startswith("Is het waar")
    assert doc.text[doc.answers[0].start:doc.answers[0].end].strip().startswith("Nagenoeg alle")


def test_a_caption_that_ends_in_a_span_of_years_dates_the_values_of_its_rows():
    text = ("Antwoord 2\n\nAantal plofkraken in Nederland, België en Duitsland 2014–20182\n\n"
            "Nederland 44 56 79 65 42\nBelgië 0 0 2 18\nDuitsland 116 157 318 268 350\n")
    found = figures(text)
    assert "20182" not in found  # the last year with its footnote marker
    assert (found["44"].period_start, found["42"].period_end) == (date(2014, 1, 1), date(2018, 12, 31))
    hits, _ = find_figures(text, [], [])
    belgium = [h for h in hits if text.index("\nBelgië") < h.start < text.index("\nDuitsland")]
    assert [(text[h.start:h.end], h.period_start.year) for h in belgium] == [("0", 2014), ("0", 2015), ("2", 2016),
                                                                            ("18", 2017)]
    assert found["268"].period_start == date(2017, 1, 1)


def test_dit_jaar_is_the_documents_year():
    text = "Dit jaar zijn 68 verdachte transacties gemeld bij het meldpunt, waarvan 12 keer vergunningsplichtige stoffen."
    found = figures(text, year=2022)
    assert (found["68"].period_start, found["68"].period_end) == (date(2022, 1, 1), date(2022, 12, 31))
    assert found["12"].period_start == date(2022, 1, 1)
    # "al": the year so far; "eind juli van dit jaar" is no year of its own
    so_far = figures("Dit jaar zijn al ruim 1 400 inzetten geweest van Defensie in Nederland.", year=2012)["1 400"]
    assert (so_far.period_start, so_far.period_end) == (date(2012, 1, 1), None)
    assert figures("Bij de IND zijn er, opgeteld eind juli van dit jaar, 15.110 aanvragen ontvangen.", year=2021)[
        "15.110"].period_start is None


def test_a_study_year_runs_from_august_to_july():
    found = figures("Over het studiejaar\n2022–2023 hebben 7.295 zorgorganisaties het stagefonds voor 58.102 fte gebruikt.")
    assert (found["7.295"].period_start, found["7.295"].period_end) == (date(2022, 8, 1), date(2023, 7, 31))
    assert found["58.102"].unit == "fte"
    since = figures("Binnen het programma zijn er vanaf het collegejaar 2015/2016 jaarlijks 768 beurzen beschikbaar.")
    assert since["768"].period_end is None


def test_the_year_before_a_figure_wins_over_a_quarter_of_another_year_after_it():
    found = figures("Waar het over heel 2018 om minder dan 60 meldingen ging, zijn er in het eerste kwartaal van 2019 al "
                    "29 meldingen gedaan.")
    assert (found["60"].period_start, found["60"].period_end) == (date(2018, 1, 1), date(2018, 12, 31))
    assert (found["29"].period_start, found["29"].period_end) == (date(2019, 1, 1), date(2019, 3, 31))


def test_the_time_after_a_comparison_belongs_to_the_figure_compared_with():
    found = figures("Het klopt dat het aantal patiënten op de wachtlijst momenteel 1405 bedraagt ten opzichte van 1288 "
                    "patiënten in april 2011.")
    assert found["1405"].period_start is None and found["1405"].ref_date is None
    assert found["1288"].period_start == date(2011, 4, 1)
    change = figures("In 1999 waren er 165 donoren tegenover 195 in 1998.")
    assert change["165"].period_start == date(1999, 1, 1) and change["195"].period_start == date(1998, 1, 1)
    assert change["165"].unit == "persons"  # donoren


def test_years_in_brackets_after_jaren_are_the_period():
    found = figures("In de jaren voor corona (2017–2019) lag het gemiddeld aantal faillissementen rond de 750 per kwartaal.")
    assert (found["750"].period_start, found["750"].period_end) == (date(2017, 1, 1), date(2019, 12, 31))


def test_amounts_negative_in_brackets_in_pounds_and_in_basis_points():
    assert figures("het gevolg van de lagere ramingen over het BNP (– € 421 mln). Daarnaast")["€ 421 mln"].value == \
        Decimal("-421000000")
    pounds = figures("gehandhaafd in nominale termen (7477 miljoen pond in 2009, 9140 in 2010).")
    assert (pounds["7477 miljoen"].unit, pounds["9140"].unit) == ("GBP", "GBP")
    assert pounds["9140"].value == Decimal("9140000000") and pounds["9140"].period_start == date(2010, 1, 1)
    points = figures("De daling is in de meeste gevallen rond de 50 basispunten, en varieert tussen 30 en 60 basispunten.")
    assert [(points[k].unit, points[k].value) for k in ("50", "30", "60")] == [
        ("percent", Decimal("0.5")), ("percent", Decimal("0.3")), ("percent", Decimal("0.6"))]


def test_a_count_before_an_acronym_compound_counts_that_compound():
    found = figures("Circa 2.600 burgers zijn betrokken bij 25 CAF-onderzoeken, waarvan ca. 500 burgers bij de 5 CAF-11 "
                    "vergelijkbare onderzoeken.")
    assert [found[k].unit for k in ("2.600", "25", "500", "5")] == ["persons", "count", "persons", "count"]


def test_numbers_that_are_names_aims_norms_limits_classes_ages_and_penalties_are_no_figures():
    assert list(figures("Ik heb kennis genomen van dit persbericht van de stichting 2 Miljoen Handtekeningen.")) == []
    assert list(figures("een van de doelstellingen van het Masterplan Orgaandonatie 25 tot 50% meer donaties was.")) == []
    assert list(figures("de gehanteerde norm dat 90% van de inwoners binnen 30 minuten een post bereikt")) == []
    assert list(figures("Voor vrachtverkeer blijft de breedte beperkt tot 3 m, waardoor transporten niet kunnen.")) == []
    assert list(figures("die consistent zijn met 1,5°C opwarming en de doelen van het Klimaatakkoord.")) == []
    assert list(figures("in het kleinbedrijf (met 5-50 werkzame personen) nam het aandeel toe")) == []
    assert list(figures("kalveren die gestorven zijn voor de leeftijd van 14 dagen")) == []
    assert list(figures("Het nieuwe uitgangspunt van de strafeis bij een plofkraak is 24 maanden gevangenisstraf.")) == []
    assert list(figures("op weg naar de afgesproken 0,7% BNI in 2015. Het VK wilde in 2009 tenminste 0,48% BNI uitgeven "
                        "en minimaal 0,56% in 2010.")) == []
    ages = figures("De meeste gedetineerden zijn tussen de 21 en 50 jaar; uitgesplitst in leeftijdscategorie: "
                   "minderjarig: 7 gedetineerden\n18-30 jaar: 725 gedetineerden\n31-40 jaar: 773 gedetineerden\n")
    assert sorted(ages) == ["7", "725", "773"]


def test_a_table_row_whose_cells_ran_together_gives_no_figures():
    text = ("De gevraagde getallen zijn opgenomen in de volgende tabel:\n\nJaarGemiddeld aantal toestellenAantal "
            "vlieguren (begroot)\n200313722 000160,621 773158,9\n200412619 000150,819 960158,4\n\nHet aantal F-16's "
            "daalde van 137 toestellen in 2003 tot 87 toestellen in 2009.")
    assert sorted(figures(text)) == ["137", "87"]


def test_a_lead_sentence_naming_the_survey_of_an_agency_sources_the_next():
    text = ("Uit langjarige cijfers van de Conjunctuurenquête1 van het CBS blijkt dat sinds 2022 een aantal bedrijven "
            "beperkingen ondervindt. Het aandeel nam toe van ongeveer 5% in 2022 tot ongeveer 10% eind 2025.")
    assert figures(text)["5%"].source == "CBS"


def test_schemes_named_after_a_lower_case_head_and_acts_by_their_short_names():
    assert refs("dan zullen de stappen in de AMvB en regeling Acute Zorg2 gevolgd dienen te worden.") == [
        ("act", "regeling acute zorg")]
    assert refs("gebruik gemaakt van de subsidieregeling\nStageplaatsen Zorg (hierna: Stagefonds) sinds de start") == [
        ("act", "subsidieregeling stageplaatsen zorg")]
    assert refs("Het gaat bij de «subsidieregeling medisch noodzakelijke zorg aan onverzekerden» (SOV) om") == [
        ("act", "subsidieregeling medisch noodzakelijke zorg aan onverzekerden")]
    assert refs("de regeling Van Dijk is besproken") == []
    assert refs("Dat is vastgelegd in de Drank en Horecawet.") == [("act", "BWBR0002458")]
    assert refs("alternatieve artsen en hun BIG-registratie") == [("act", "BWBR0006251")]
    assert refs("alle avond-, nacht- en weekenddiensten (ANW-diensten) in te vullen") == []
    assert refs("een ANW-uitkering") == [("act", "BWBR0007795")]


def test_an_eu_decision_by_its_number_and_a_declaration_by_its_name():
    assert refs("Bent u bekend met EU-beschikking 2017/899 die bepaalt dat") == [("eu-act", "32017D0899")]
    assert refs("het tekenen van de COP26-verklaring voor") == [("treaty", "cop26-verklaring")]


def test_ministries_named_in_a_list_of_committees_are_committees():
    text = ("De vaste commissies voor Defensie1, voor Economische Zaken2, voor Financiën3 en de commissie voor de "
            "Rijksuitgaven4 hebben vragen voorgelegd aan de minister van Financiën.")
    hits = find_agencies(text)
    assert [(text[h.start:h.end], h.key) for h in hits] == [("Financiën", "Fin")]
    assert hits[0].start == text.rindex("Financiën")


def test_country_names_in_organisations_languages_and_america():
    assert countries("het herziene convenant met Energie-Nederland. In Nederland") == [("Nederland", "NLD")]
    assert countries("in: Nederlands Tijdschrift tegen de Kwakzalverij") == []
    assert countries("wordt tweetalig aangeboden (Nederlands en Nederlandse gebarentaal).") == []
    assert countries("de doorvoer van geweervizieren vanuit Amerika.") == [("Amerika", "USA")]
    assert countries("met name in Zuid-Amerika en ca 600 in Latijns Amerika.") == []
