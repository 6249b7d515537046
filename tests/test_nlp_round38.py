"""Rules of the thirty-eighth extraction round: drawn from the twenty-fourth series of unseen pages after it was
scored. The texts are written for these tests in the form of the pages they stand for (tests/gold/GUIDELINES.md,
"Forty-fourth round")."""

from rule_helpers import countries, figures, items, read
from rule_helpers import refs as found_refs


def test_money_tables_spaced_numbers_and_years_with_a_marker():
    # the table as the page prints it: a cell per line, the empty cells of the second column dropped
    rows = ["UNDP", "40.955.328", "UNWOMEN", "7.132.382", "UNFPA", "42.492.938", "UNEP", "7.142.228", "UNICEF",
            "50.427.536", "UNAIDS", "20.000.000", "WHO", "10.063.000", "2.666.570", "PAHO", "12.102", "WFP", "39.562.844",
            "FAO", "7.379.132", "ILO", "6.662.900", "5.217.140", "UNHCR", "33.009.436", "UNRWA", "13.000.000"]
    text = "\n\n".join(["Antwoord van het kabinet:", "Nederlandse geraamde uitgaven 2015 aan VN-instellingen en IFI's (in "
                        "EURO’s)", "Naam organisatie", "VRIJWILLIG", "VERPLICHT", "Aandelenkapitaal",
                        "Middelenaanvulling (incl. compensatie schuldverlichting)", "OPM"] + rows) + "\n"
    assert {v.unit for v in figures(text).values()} == {"EUR"}
    found = figures("Volgens opgave van het CVZ waren er op 31 augustus 2011 307 312 wanbetalers in het regime.")
    assert set(found) == {"307 312"} and found["307 312"].unit == "persons"
    assert figures("Dit is gebaseerd op de Nationale Drugs Monitor 20172. De normalisering gaat door.") == {}


def test_aims_and_agreements_are_no_figures():
    assert figures("Nederland heeft als doel om in 2030 55% minder CO2 uit te stoten ten opzichte van 1990.") == {}
    assert figures("In het Klimaatakkoord is afgesproken dat in 2030 ten minste 35 TWh wordt opgewekt op land.") == {}


def test_treaties_eu_acts_acts_and_kamerstukken_of_the_twenty_fourth_series():
    assert found_refs("Nederland is partij bij het Haags Kinderontvoeringsverdrag. Artikel 11 van het Haags "
                      "Kinderontvoeringsverdrag bepaalt dat.") == [
        ("article", "haags kinderontvoeringsverdrag/artikel/11", "Artikel 11 van het Haags Kinderontvoeringsverdrag"),
        ("treaty", "haags kinderontvoeringsverdrag", "Haags Kinderontvoeringsverdrag"),
        ("treaty", "haags kinderontvoeringsverdrag", "Haags Kinderontvoeringsverdrag")]
    assert found_refs("Daarvoor zijn de Verordening Brussel II-bis en het Haags Kinderontvoeringsverdrag van belang.") == [
        ("eu-act", "verordening brussel ii-bis", "Verordening Brussel II-bis"),
        ("treaty", "haags kinderontvoeringsverdrag", "Haags Kinderontvoeringsverdrag")]
    assert found_refs("Over de zesde verlenging van de Tijdelijke wet maatregelen covid-19 scholen, kinderopvang en "
                      "contactberoepen.") == [("act", "BWBR0044337", "Tijdelijke wet maatregelen covid-19")]
    assert found_refs("Wat valt te melden over de Europese kaderrichtlijn Water?") == \
        [("eu-act", "kaderrichtlijn water", "kaderrichtlijn Water")]
    assert found_refs("Zoals gemeld in mijn brief van 25 oktober 2006, 30 800 A nr. 45, en in de antwoorden.") == \
        [("kamerstuk", "kst-30800-A-45", "30 800 A nr. 45")]
    # an amount after a date's year stays no Kamerstuk
    assert found_refs("Op 25 oktober 2006, 30 800 mensen waren er.") == []


def test_a_company_named_after_a_country():
    assert countries("Heeft Qatar Airways landingsrechten gekregen? De regering van Qatar zegt van wel.") == \
        [("Qatar", "QAT")]


def test_a_single_numbered_question_of_a_schriftelijk_overleg_and_of_an_answers_page(tmp_path):
    doc = read(tmp_path, "VERSLAG VAN EEN SCHRIFTELIJK OVERLEG\n\nIn de vaste commissie bestond er bij enkele fracties "
                         "behoefte een aantal vragen ter beantwoording voor te leggen aan de staatssecretaris.\n\nVragen "
                         "CDA-fractie\n\n1\n\nHoeveel budgethouders hebben een pgb in het buitenland?\n\nMensen die "
                         "permanent in het buitenland wonen kunnen geen pgb krijgen.\n", name="so.txt")
    assert items(doc) == [("Q", (1,), "Hoeveel budgethouders hebben e"), ("A", (1,), "Mensen die permanent in het bu")]
    doc = read(tmp_path, "Ministerie van Volksgezondheid, Welzijn en Sport\n\nAntwoorden Kamervragen 2e suppletore wet "
                         "2003\n\n1.\nWaarom is er minder onderzoek verricht dan voorzien?\n\nEr is minder onderzoek "
                         "gedaan dan voorgenomen.\n", name="answers.txt")
    assert items(doc) == [("Q", (1,), "Waarom is er minder onderzoek "), ("A", (1,), "Er is minder onderzoek gedaan ")]


def test_a_question_and_answer_run_into_the_words_around_them(tmp_path):
    doc = read(tmp_path, "Www.tweedekamer.nl\n\nVragen over het Global Compact on MigrationVraag:Er zijn nog veel "
                         "vragen. Wanneer krijgt de Kamer antwoord op deze vragen?Antwoord:Uw Kamer heeft recent "
                         "aandacht gevraagd voor het GCM.\n")
    assert items(doc) == [("Q", (), "Er zijn nog veel vragen. Wanne"), ("A", (), "Uw Kamer heeft recent aandacht")]


def test_a_members_question_printed_in_hard_wrapped_lines_over_a_bare_answer_label(tmp_path):
    doc = read(tmp_path, "22 112 Nieuwe Commissievoorstellen\nNr. 3889\nVERSLAG VAN EEN SCHRIFTELIJK OVERLEG\nVastgesteld "
                         "13 februari 2024\nDe vaste commissie heeft een aantal vragen en opmerkingen voorgelegd aan de "
                         "Minister.\nVragen en opmerkingen van de leden van de VVD-fractie en reactie van de "
                         "bewindspersoon\nDe leden van de VVD-fractie hebben met belangstelling kennisgenomen van het "
                         "fiche.\nWel vragen deze leden in algemene zin of de inzet van het kabinet voldoende rekening\n"
                         "houdt met de eigenschappen van de sector.\nAntwoord\nJa, het kabinet heeft daar rekening mee "
                         "gehouden.\n")
    assert [(k, n) for k, n, _ in items(doc)] == [("Q", ()), ("A", ())]
    assert items(doc)[1][2] == "Ja, het kabinet heeft daar rek"
