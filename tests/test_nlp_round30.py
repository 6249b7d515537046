"""Rules of the thirtieth extraction round: drawn from the eighteenth series of unseen pages after it was scored.
The texts are written for these tests in the form of the pages they stand for (tests/gold/GUIDELINES.md,
"Thirty-sixth round")."""

from datetime import date

from kamergraaf.extract.reader import read_path
from rule_helpers import countries, figures, refs


def test_the_voetbalwet_and_the_act_by_its_short_title():
    assert refs("De Voetbalwet biedt de burgemeester bevoegdheden.") == [("act", "BWBR0028120", "Voetbalwet")]
    assert refs("de Wet maatregelen bestrijding voetbalvandalisme en ernstige overlast geldt.")[0][1] == "BWBR0028120"


def test_aanhangsel_kamervragen_tk_and_kamerstuknummer_and_treaty_names_that_end_before_a_clause():
    assert refs("In antwoorden op Kamervragen (TK, 2011–2012, 2162) heb ik toegelicht") == \
        [("aanhangsel", "ah-tk-20112012-2162", "TK, 2011–2012, 2162")]
    assert refs("Beantwoording feitelijke vragen kamerstuknummer 28385-120") == \
        [("kamerstuk", "kst-28385-120", "kamerstuknummer 28385-120")]
    found = refs("Conform artikel 41 lid 1 van het Verdrag van Wenen inzake diplomatieke relaties en conform de "
                 "zetelverdragen behoren zij de wetten te respecteren.")
    assert ("treaty", "verdrag van wenen inzake diplomatieke relaties", "Verdrag van Wenen inzake diplomatieke relaties") \
        in found
    assert ("treaty", "internationaal verdrag inzake burgerrechten en politieke rechten",
            "Internationaal Verdrag inzake burgerrechten en politieke rechten") in \
        refs("Het Internationaal Verdrag inzake burgerrechten en politieke rechten is hier van toepassing.")


def test_ages_classes_of_fines_and_levels_are_no_figures():
    assert figures("De toename van 13–14 jarigen op de spoedeisende hulp baart mij zorgen.") == {}
    assert figures("Bent u geschrokken van de drinkende 13–14-jarigen?") == {}
    found = figures("In 2012 zijn 557 boetebeschikkingen van € 600 de deur uit gegaan, 64 beschikkingen van € 1200, "
                    "36 van € 2400 en 15 van € 4500.")
    assert set(found) == {"557", "64", "36", "15"} and {h.unit for h in found.values()} == {"count"}
    assert "€ 5 miljoen" in figures("Er is een tekort van € 5 miljoen.")
    assert figures("Dat stond toen en nu op dreigingsniveau 4 («substantieel») (van 5). Level 2 geldt sinds eind "
                   "september 2018.") == {}


def test_rand_and_swiss_francs():
    found = figures("Het bedrag dat niet kan worden verantwoord is ongeveer 7 miljoen rand (ca. 700.000 euro).")
    assert (found["7 miljoen"].unit, found["700.000"].unit) == ("ZAR", "EUR")
    assert figures("Een audit toonde aan dat ongeveer 6 miljoen Zwitserse francs onrechtmatig werd besteed.")["6 miljoen"].unit == "CHF"


def test_a_table_with_a_two_level_header_and_a_year_per_row():
    text = ("In onderstaande tabel is per jaar aangegeven hoeveel naheffingsaanslagen zijn opgelegd.\n\n \n\nOpgelegd\n\n"
            "Niet betaald\n\nBetaald\n\nJaar\n\nAantal\n\nBedrag\n\nAantal\n\nBedrag\n\nAantal\n\nBedrag\n\n2008\n\n955\n\n"
            "€ 48.362,05\n\n517\n\n€ 30.117,00\n\n438\n\n€ 18.245,05\n\n2009\n\n1247\n\n€ 64.439,05\n\n633\n\n"
            "€ 36.490,09\n\n614\n\n€ 27.948,96\n")
    found = figures(text, 2013)
    assert (found["517"].unit, found["517"].period_start) == ("count", date(2008, 1, 1))
    assert (found["€ 64.439,05"].unit, found["€ 64.439,05"].period_start) == ("EUR", date(2009, 1, 1))
    assert found["633"].period_end == date(2009, 12, 31)


def test_a_countrys_name_opening_a_compound_and_us_for_the_united_states():
    assert countries("De evacuatie tijdens de Afghanistancrisis verliep moeizaam.") == [("Afghanistan", "AFG")]
    assert countries("Het Nederlanderschap en het Nederlandstalig onderwijs") == []
    assert countries("De U.S. Department of State heeft het reisadvies vastgesteld.") == [("U.S.", "USA")]


def test_a_question_heading_with_a_cross_reference(tmp_path):
    path = tmp_path / "so.txt"
    path.write_text("Schriftelijk overleg\n\nVastgesteld 5 maart 2002\n\nVraag 1 (zie ook vraag 21)\n\nWelke maatregelen "
                    "nemen de clubs?\n\nAntwoord\n\nDe clubs nemen een groot aantal maatregelen.\n", encoding="utf-8")
    (doc,) = read_path(path)
    assert [(q.numbers, doc.text[q.start:q.end]) for q in doc.questions] == [((1,), "Welke maatregelen nemen de clubs?")]
    assert [a.question_keys for a in doc.answers] == [(doc.questions[0].key,)]
