"""Rules of the twenty-eighth extraction round: drawn from the sixteenth series of unseen pages after it was
scored. The texts are written for these tests in the form of the pages they stand for (tests/gold/GUIDELINES.md,
"Thirty-fourth round")."""

from datetime import date
from decimal import Decimal

from kamergraaf.extract.countries import find_countries
from kamergraaf.extract.textfile import space_glued_cells
from rule_helpers import agencies, figures, items, read, refs


NATO_KEY = ("Lijst van vragen en antwoorden\n\nVastgesteld 26 april 2005\n\nDe vaste commissies voor Defensie1 en voor "
            "Buitenlandse Zaken2 hebben vragen voorgelegd.\n\n1\n\nKan de regering een overzicht geven van de "
            "kostenverdeling?\n\nDe gemeenschappelijke kosten worden gefinancierd op grond van de volgende "
            "kostenverdeelsleutel:\n\n Kostenverdeelsleutel in %: \nBelgië3,1364  \nBulgarije0,3500 \nCanada4,0745  \n"
            "Polen2,4800  \nTurkije1,2627\n")


def test_a_table_whose_row_labels_run_into_their_numbers_is_read_as_a_table(tmp_path):
    doc = read(tmp_path, NATO_KEY)
    (answer,) = doc.answers
    text = doc.text[answer.start:answer.end]
    found = figures(text)
    assert set(found) == {"3,1364", "0,3500", "4,0745", "2,4800", "1,2627"}
    assert {h.unit for h in found.values()} == {"percent"}  # also in the row of "Polen" (a people's name too)
    assert found["0,3500"].value == Decimal("0.35")
    assert [h.iso3 for h in find_countries(text)] == ["BEL", "BGR", "CAN", "POL", "TUR"]
    # a footnote marker run into a word on one line is left as it is
    assert "Defensie1" in doc.text


def test_glued_cells_need_three_rows_with_a_separator():
    assert space_glued_cells("Defensie1\nZaken2\nFinanciën3\n") == "Defensie1\nZaken2\nFinanciën3\n"
    assert space_glued_cells("België3,1364\nCanada4,0745\n") == "België3,1364\nCanada4,0745\n"
    assert space_glued_cells("België3,1364\nCanada4,0745\nSpanje3,3760") == "België\n3,1364\nCanada\n4,0745\nSpanje\n3,3760"


def test_guilders_and_a_year_that_opens_each_row():
    text = ("De bedragen die voor de genoemde programma's in de begrotingen vanaf 1998 werden opgenomen zijn als volgt:\n"
            "Opvang asielzoekers\n1998 nihil\n1999 HFL 244,0 miljoen\n2001 HFL 388,7 miljoen\n2002 EUR 167,3 miljoen\n"
            "Vertrekpremie\n2001-2003 EUR 561.000\n---\n29 800 V, antwoorden op vragen nav de begroting Buitenlandse Zaken\n")
    found = figures(text, 2004)
    assert set(found) == {"244,0 miljoen", "388,7 miljoen", "167,3 miljoen", "561.000"}  # no "29", no "800"
    assert (found["244,0 miljoen"].unit, found["244,0 miljoen"].value) == ("NLG", 244000000)
    assert found["167,3 miljoen"].unit == "EUR"
    assert (found["244,0 miljoen"].period_start, found["244,0 miljoen"].period_end) == (date(1999, 1, 1), date(1999, 12, 31))
    assert (found["561.000"].period_start, found["561.000"].period_end) == (date(2001, 1, 1), date(2003, 12, 31))


def test_counted_people_after_van_wie_and_staff_named_by_compounds():
    found = figures("Daarnaast werden 900.000 mensen ziek, van wie er 16.000 opgenomen moesten worden in het ziekenhuis.")
    assert found["16.000"].unit == "persons"
    found = figures("In Limburg wordt in 2023 een tekort van circa 200 doktersassistenten verwacht.")
    assert found["200"].unit == "persons"


def test_a_measured_temperature_in_graden_celsius_is_a_figure_a_limit_is_not():
    found = figures("Op het filmpje werd een thermometer getoond die 49,1 graden Celsius aan gaf.")
    assert found["49,1"].unit == "celsius"
    assert figures("De opwarming moet beneden 1,5 graden Celsius blijven.") == {}
    assert figures("Het doel is een opwarming van maximaal 2 graden.") == {}


def test_labels_and_pages_are_no_figures():
    assert figures("Zo ontstaan binnen het traject tussen hm 39,8 en 55,2 geen snelheidsverschillen.") == {}
    assert figures("Op de terreinen die onder het beveiligingsregime van TBB 4 vallen, gelden regels.") == {}
    assert "12" in figures("Het COA heeft het COA 12 locaties laten openen.")  # an agency's count stays
    assert figures("Het onderzoek is gepubliceerd (Tijdschrift Diergeneeskunde 2011: 154–157).") == {}
    assert figures("Militaire hulp is geen ODA volgens de DAC-criteria 1 . Hierop zijn uitzonderingen.") == {}
    assert figures("Ja, ik ken het artikel.\n(1) De Telegraaf, 2 augustus 2007\n") == {}


def test_the_aim_of_a_plan_and_no_year_from_it_for_the_next_sentence():
    text = ("De doelstelling van dit plan is dat in januari 2022 de reserveringstermijn 10–14 weken is en aan het einde "
            "van 2022 7 weken (de afgesproken norm). Uit de maandrapportage van juli blijkt dat de reserveringstermijn "
            "gemiddeld 7,6 weken bedraagt.")
    found = figures(text, 2021)
    assert set(found) == {"7,6"}
    assert (found["7,6"].period_start, found["7,6"].period_end) == (None, None)


def test_agencies_marechaussees_cuts_on_defence_and_the_old_ministry_el_i():
    assert agencies("over de enorme tekorten aan marechaussees op Schiphol") == [("marechaussees", "KMar")]
    assert agencies("kabinetsdoelen met betrekking tot bezuinigingen op defensie") == [("defensie", "Def")]
    assert agencies("de Staatssecretaris van EL&I heeft de Kamer geïnformeerd") == [("EL&I", "EZ")]
    assert agencies("uitgaven aan de Europese defensie") == []


def test_references_a_letters_dossier_and_number_the_besluit_not_its_act_and_dossier_titles():
    assert refs("de ontwikkelingen worden gevolgd (zie kamerbrief van 21 mei jl. 32 623-151).") == \
        [("kamerstuk", "kst-32623-151", "32 623-151")]
    assert refs("tussen 12 500-15 000 euro per jaar") == []
    assert refs("In 2001 is het Warenwetbesluit Bereiding en behandeling van levensmiddelen gewijzigd.") == \
        [("act", "BWBR0005758", "Warenwetbesluit Bereiding en behandeling van levensmiddelen")]
    titled = ("24 797\nWijziging van de regels betreffende de verwerking van justitiële gegevens (Wet justitiële gegevens) "
              "nr. 306b\nNOTA NAAR AANLEIDING VAN HET VERSLAG\n")
    assert ("bill", "wet justitiële gegevens", "Wet justitiële gegevens") in refs(titled)
    subject = ("26 114\nWijziging van het Wetboek van Strafrecht omtrent de straf van onbetaalde arbeid ten algemenen "
               "nutte (taakstraffen)\n\nnr. 5\n")
    assert not any(r[0] == "bill" for r in refs(subject))


def test_written_answers_under_lines_that_report_each_members_question(tmp_path):
    doc = read(tmp_path, "BIJVOEGSEL\n\nSchriftelijke antwoorden van de minister voor Jeugd en Gezin op vragen gesteld "
                         "tijdens de eerste termijn van het debat over de Begroting Jeugd en Gezin.\n\nVraag van mevrouw "
                         "Langkamp (SP) over kinderen die in campussen verblijven.\n\n– De doelgroep voor de campussen is een "
                         "andere.\n\n– Bij de beoordeling wordt gekeken naar de problematiek.\n\nVraag van mevrouw Langkamp "
                         "(SP) over nazorg en vraag van mevrouw Bouwmeester (PvdA) over moeders.\n\nMet mevrouw Bouwmeester "
                         "ben ik van mening dat steun belangrijk is.\n")
    assert items(doc) == [("Q", (1,), "Vraag van mevrouw Langkamp (SP"), ("Q", (2,), "Vraag van mevrouw Langkamp (SP"),
                          ("A", (1,), "– De doelgroep voor de campuss"), ("A", (2,), "Met mevrouw Bouwmeester ben ik")]
    single = read(tmp_path, "Hierbij zend ik u de antwoorden op de vragen gesteld tijdens de eerste termijn van het debat "
                            "over de Begroting VWS 2011.\n\nAntwoord op de vraag van het kamerlid Van der Veen (PvdA) over "
                            "de poli voor kinderen met alcoholproblemen\n\nDe subsidie-aanvraag is ingediend.\n")
    assert items(single) == [("Q", (), "Antwoord op de vraag van het k"), ("A", (), "De subsidie-aanvraag is ingedi")]


def test_a_members_number_over_a_bare_vraag_label(tmp_path):
    doc = read(tmp_path, "BIJVOEGSEL\n\nSchriftelijke antwoorden van de minister van Buitenlandse Zaken op vragen gesteld "
                         "in de eerste termijn van de behandeling van de begroting.\n\n1. Herben (LPF)\n\nVraag\n\nWaarom laat "
                         "het artikel Geheim geen bedragen zien?\n\nAntwoord\n\nEr staat geen bedrag geraamd.\n\n2. Koenders "
                         "(PvdA)\n\nVraag\n\nHoe staat het met Italië?\n\nAntwoord\n\nDe heer Koenders doelt op de media.\n")
    assert items(doc) == [("Q", (1,), "Waarom laat het artikel Geheim"), ("Q", (2,), "Hoe staat het met Italië?"),
                          ("A", (1,), "Er staat geen bedrag geraamd."), ("A", (2,), "De heer Koenders doelt op de m")]
