"""Figure rules of the tenth extraction round: forms of committee lists as the web pages of the parliament and
officielebekendmakingen print them (tests/gold/GUIDELINES.md). The sentences and tables are written for these
tests in the form of those pages."""

from datetime import date
from decimal import Decimal

from kamergraaf.extract.figure_context import sentences
from kamergraaf.extract.figure_tables import find_tables
from kamergraaf.extract.figures import _caption, find_figures


def figures(text):
    hits, _ = find_figures(text, [], [])
    return {text[h.start:h.end]: h for h in hits}


def cells(text):
    return find_tables(text, _caption(sentences(text)))


def test_a_table_printed_one_cell_per_line_with_a_header_of_words():
    text = ("Onderstaande tabel geeft de inzet per artikel.\n\nArtikel\n\nFte intern1\n\nFte inhuur\n\n"
            "41\n\n12\n\n310\n\n42\n\n7\n\n4.120\n\nTotaal\n\n19\n\n4.430\n\nX Noot\n1\n\nOmgerekend naar fte.")
    found = figures(text)
    # the article numbers are row labels, the footnote number after 'Noot' is no figure
    assert set(found) == {"12", "310", "7", "4.120", "19", "4.430"}
    assert {h.unit for h in found.values()} == {"fte"}
    assert found["4.120"].measure == "Fte inhuur, 42"
    assert found["12"].period_start is None
    cs, labels = cells(text)
    assert [text[a:b] for a, b in labels] == ["41", "42"]


def test_a_table_of_years_with_rows_that_stop_early_and_a_range_cell():
    text = ("In de tabel staat de werving vanaf 2017.\n\nTabel 2. Werving en instroom (in fte)\n\n"
            "2017\n\n2018\n\n2019\n\n2020\n\nWerving2\n\n400\n\n650\n\n1.200–1.400\n\n300\n\n"
            "Instroom\n\n380\n\n610\n\nX Noot\n2\n\nDe werving volgt de uitstroom.")
    found = figures(text)
    assert set(found) == {"400", "650", "1.200", "1.400", "300", "380", "610"}
    assert {h.unit for h in found.values()} == {"fte"}
    assert (found["1.400"].period_start, found["1.400"].period_end) == (date(2019, 1, 1), date(2019, 12, 31))
    assert found["610"].period_start == date(2018, 1, 1)
    assert found["300"].measure == "2020, Werving"
    assert not found["1.200"].approximate


def test_a_table_whose_rows_are_years_and_the_corner_cell_is_lost():
    text = ("In onderstaande tabel is de onderuitputting gepresenteerd.\n\nOnderuitputting (slotwet)\n\n"
            "2019\n\n€ 120 miljoen\n\n2020\n\n€ 35 miljoen\n\n20211\n\n€ 80 miljoen\n\nX Noot\n1\n\n"
            "2021 is alleen de suppletoire wet.")
    found = figures(text)
    assert set(found) == {"€ 120 miljoen", "€ 35 miljoen", "€ 80 miljoen"}
    assert found["€ 80 miljoen"].value == Decimal("80000000")
    # the year of the row, also with a footnote marker run into it
    assert found["€ 80 miljoen"].period_end == date(2021, 12, 31)
    assert found["€ 35 miljoen"].period_start == date(2020, 1, 1)


def test_short_paragraphs_that_are_no_table_stay_as_they_were():
    text = "Antwoord:\n\nJa.\n\nEr zijn 14 meldingen gedaan.\n\nZie ook:\n\nDe brief van 3 maart.\n\nIn 2023 waren dat er 9."
    assert cells(text) == ([], [])
    assert set(figures(text)) == {"14", "9"}
    # a list of short items without a numeric column is no table either
    listing = "Rotterdam\n\nUtrecht\n\nDen Haag\n\nGroningen\n\nZwolle\n\nEr zijn 5 gemeenten."
    assert cells(listing) == ([], [])
