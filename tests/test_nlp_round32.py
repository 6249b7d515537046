"""Rules of the thirty-second extraction round: drawn from pages of the sixteenth to nineteenth unseen series that
were still read wrong after their own rounds. The texts are written for these tests in the form of the pages they
stand for (tests/gold/GUIDELINES.md, "Thirty-eighth round")."""

from datetime import date
from decimal import Decimal

from kamergraaf.extract.figures import find_figures
from kamergraaf.extract.reader import parse_text
from kamergraaf.extract.textfile import space_glued_cells
from rule_helpers import figures
from rule_helpers import refs as found_refs

HEAD = """Ingediend | 9 september 2021 |
---|---|
Beantwoord | 11 oktober 2021 (na 32 dagen) |
Indiener | Jan Jansen (FVD) |
Bron vraag | https://zoek.officielebekendmakingen.nl/kv-tk-2021Z15202.html |
Bron antwoord | https://zoek.officielebekendmakingen.nl/ah-tk-20212022-261.html |
"""

MONTHS_TABLE = ("In de tabel hieronder staat de afdoening van vreemdelingen per maand van 2021.\nAfghaanse\nJan\nfeb\nMrt\n"
                "Totaal\nAfwijzing\n10\n20\n10\n40\nInwilliging\n30\n20\n70\n120\n"
                "Bron: Open Data Migratieketen. Alle cijfers zijn afgerond op tientallen.\n")


def test_month_heads_printed_a_cell_per_line_stay_apart():
    doc = parse_text(HEAD + MONTHS_TABLE + "Nee, die inschatting kan niet worden gemaakt.\n", "a.txt", "a.txt", "0" * 64)
    lines = doc.text.splitlines()
    assert "Jan" in lines and "feb" in lines and "Mrt" in lines


def test_a_column_per_month_dates_its_cells_and_the_total_column_spans_the_months():
    hits, _ = find_figures(MONTHS_TABLE, [], [])
    periods = {(f.measure, f.period_start, f.period_end) for f in hits}
    assert ("Jan, Afwijzing", date(2021, 1, 1), date(2021, 1, 31)) in periods
    assert {(h.period_start, h.period_end) for h in hits if MONTHS_TABLE[h.start:h.end] == "20"} == \
        {(date(2021, 2, 1), date(2021, 2, 28))}
    assert [(h.measure, h.period_start, h.period_end) for h in hits if h.measure.startswith("Totaal")] == \
        [("Totaal, Afwijzing", date(2021, 1, 1), date(2021, 3, 31)),
         ("Totaal, Inwilliging", date(2021, 1, 1), date(2021, 3, 31))]
    # a month column under a table that names no year takes the document's year
    assert figures("Het aantal aanvragen per maand:\nJan\nfeb\nMrt\nAanvragen\n3\n4\n5\n", year=2019)["4"].period_start \
        == date(2019, 2, 1)


GLUED = ("Onderstaande tabel geeft de totale inkomsten uit gas in miljarden euro’s in de afgelopen 4 jaar.\n\n"
         "2003200420052006\nGasbaten4,314,745,888,43\nVPB-gas1,741,941,802,22\nwv Saldo4,404,965,127,27\n")


def test_a_table_printed_with_every_cell_run_together_is_spaced_when_each_row_splits_one_way():
    spaced = space_glued_cells(GLUED)
    assert "2003 2004 2005 2006\nGasbaten 4,31 4,74 5,88 8,43\nVPB-gas 1,74 1,94 1,80 2,22\nwv Saldo 4,40 4,96 5,12 7,27" \
        in spaced
    # rows that do not split into as many amounts as the header has years stay as printed
    assert space_glued_cells("2003200420052006\nGasbaten4,314,745,88\nVPB-gas1,741,941,80\n") == \
        "2003200420052006\nGasbaten4,314,745,88\nVPB-gas1,741,941,80\n"
    # years that do not follow each other are no header
    assert space_glued_cells("2003200520072009\nGasbaten4,314,745,888,43\nVPB-gas1,741,941,802,22\n").startswith("20032005")


def test_the_scale_and_percent_of_the_sentence_that_names_the_table():
    found = figures(space_glued_cells(GLUED))
    assert (found["5,88"].value, found["5,88"].unit, found["5,88"].period_start) == \
        (Decimal("5880000000"), "EUR", date(2005, 1, 1))
    text = ("Onderstaande tabel toont de groei van het BBP in procenten op basis van de Nationale Rekeningen van het "
            "CBS en de Middellangetermijnverkenning van het CPB.\n\nBBP groei\n\n2015\n\n2016\n\n2017\n\n2,3\n\n2,2\n\n3,3\n")
    found = figures(text)
    assert {(t, h.unit, h.source) for t, h in found.items()} == \
        {("2,3", "percent", "CBS"), ("2,2", "percent", "CBS"), ("3,3", "percent", "CBS")}
    # the amount "in miljoenen euro" of a sentence (not the table's scale) changes nothing
    assert figures("De kosten bedragen 12 miljoen euro en dat is in miljoenen euro's veel.")["12 miljoen"].value == \
        Decimal("12000000")


def test_a_budgets_dossier_in_brackets_without_a_number():
    assert found_refs("De begroting van SZW voor het jaar 2014 (33 400 XV).") == \
        [("kamerstuk", "kst-33400-XV", "33 400 XV")]
    assert found_refs("Beantw vr begroting WWI 2009 (31700 XVIII).") == [("kamerstuk", "kst-31700-XVIII", "31700 XVIII")]
    assert found_refs("naar aanleiding van de Miljoenennota 2008 (31 200)") == [("kamerstuk", "kst-31200", "31 200")]
    assert found_refs("Antwoorden op feitelijke vragen BZ begroting 2011 (ref 32500)") == [("kamerstuk", "kst-32500", "32500")]
    # an amount in brackets is no dossier
    assert found_refs("De begroting stijgt met (31 200) euro.") == []


def test_an_article_number_with_a_doubled_letter():
    assert ("article", "BWBR0001903/artikel/509hh", "artikel 509hh van het Wetboek van Strafvordering") \
        in found_refs("Dit is een gedragsaanwijzing op basis van artikel 509hh van het Wetboek van Strafvordering.")
    found = found_refs("op grond van de artikelen 151b en 174b van de Gemeentewet")
    assert {r[1] for r in found if r[0] == "article"} == {"BWBR0005416/artikel/151b", "BWBR0005416/artikel/174b"}
