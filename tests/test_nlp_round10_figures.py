"""Figure rules of the tenth extraction round: forms of committee lists as the web pages of the parliament and
officielebekendmakingen print them (tests/gold/GUIDELINES.md). The sentences and tables are written for these
tests in the form of those pages."""

from datetime import date
from decimal import Decimal

from kamergraaf.extract.figure_context import sentences
from kamergraaf.extract.figure_linetables import find_tables
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


def test_two_named_months_and_a_month_span_closed_by_the_year():
    from kamergraaf.extract.numbers import find_time_expressions, resolve_time

    def period(s):
        ref = resolve_time(find_time_expressions(s), len(s), 2023)
        return ref.period_start, ref.period_end

    assert period("In januari/februari 2020 stromen nog ruim 400 fte in") == (date(2020, 1, 1), date(2020, 2, 29))
    assert period("in juli en augustus 2023 waren er") == (date(2023, 7, 1), date(2023, 8, 31))
    # the start month takes the year of the span's end, not the year of the document
    assert period("het budget voor de periode september t/m december 2022 was") == (date(2022, 9, 1), date(2022, 12, 31))
    assert period("van november 2024 tot mei 2025 waren") == (date(2024, 11, 1), date(2025, 4, 30))


def test_millions_without_a_unit_in_a_sentence_about_money_are_euros():
    found = figures("De middelen uit de motie (in totaal 15 miljoen) worden in 2021 verdeeld.")
    assert found["15 miljoen"].unit == "EUR"
    found = figures("In 2020 is 1,8 miljard euro uitgekeerd aan gemeenten. De overige circa 0,3 miljard volgt in 2021.")
    assert found["0,3 miljard"].unit == "EUR"
    # a counted noun of its own, or no money in sight, leaves the count
    assert figures("De stad telt 1,2 miljoen inwoners.")["1,2 miljoen"].unit == "persons"
    assert figures("Het aantal downloads steeg tot 2 miljoen.")["2 miljoen"].unit == "count"


def test_a_figure_with_a_noun_of_its_own_does_not_take_the_unit_before_it():
    found = figures("In 2024 hebben ca. 3.100 vreemdelingen Nederland verlaten, waren er ca. 2.600 gedwongen vertrekken "
                    "en waren er 900 overdrachten.")
    assert (found["3.100"].unit, found["2.600"].unit, found["900"].unit) == ("persons", "count", "count")
    # a predicate after the figure is no noun: the unit of the figure before holds
    found = figures("Er zijn 640 vreemdelingen vertrokken, waarvan 590 gedwongen en 50 zelfstandig.")
    assert (found["590"].unit, found["50"].unit) == ("persons", "persons")


def test_the_noun_after_aantal_is_the_unit_of_a_bare_figure():
    found = figures("Volgens de registratie bedraagt het aantal burgers/natuurlijke personen ongeveer 210.000 en het "
                    "aantal rechtspersonen ongeveer 70.000.")
    assert (found["210.000"].unit, found["70.000"].unit) == ("persons", "count")
    found = figures("Het aantal advocaten in het stelsel was in 2023 5.900. In 2022 was dit aantal 6.050.")
    assert (found["5.900"].unit, found["6.050"].unit) == ("persons", "persons")


def test_times_a_sentence_does_not_inherit():
    found = figures("De voorziening is op 27 februari 2020 uitgezet. Sinds het proces stilstaat zijn circa 12.000 "
                    "signalen ontvangen.")
    assert found["12.000"].ref_date is None and found["12.000"].period_start is None
    found = figures("In 2020 is de motie aangenomen. De middelen (in totaal 12 miljoen euro) worden verdeeld over een "
                    "periode van 4 jaar.")
    assert found["12 miljoen"].period_start is None


def test_a_figure_referring_back_takes_the_start_of_the_span_before():
    found = figures("In de periode 2022 t/m 2030 worden circa 200.000 sociale huurwoningen gebouwd. Daarvan is het "
                    "grootste deel een corporatiewoning (180.000 t/m 2030).")
    assert (found["180.000"].period_start, found["180.000"].period_end) == (date(2022, 1, 1), date(2030, 12, 31))


def test_a_horizon_after_na_and_a_budget_margin_are_no_figures():
    assert "10" not in figures("De eerste aflossingen vinden pas na 10 jaar plaats.")
    assert "100%" not in figures("Begrotingsfondsen hebben een eindejaarsmarge van 100%.")
    assert "15" in figures("Na de controle zijn 15 zaken heropend.")


def test_the_sentence_before_names_whose_figures_follow():
    from kamergraaf.extract.agencies import find_agencies

    text = ("Wat betreft vertrek zijn de cijfers van de IND in beginsel leidend. In 2024 zijn ca. 3.000 aanvragen "
            "ingewilligd.")
    hits, _ = find_figures(text, find_agencies(text), [])
    assert [h.source for h in hits] == ["IND"]
    text = "De IND heeft een nieuw systeem. In 2024 zijn ca. 3.000 aanvragen ingewilligd."
    hits, _ = find_figures(text, find_agencies(text), [])
    assert [h.source for h in hits] == [None]


def test_budget_article_numbers_table_scales_and_age_groups_are_no_figures():
    assert set(figures("Op beleidsartikel 11 is 5 miljoen euro beschikbaar.")) == {"5 miljoen"}
    assert set(figures("Op begrotingsartikel 6 staat 12 miljoen euro.")) == {"12 miljoen"}
    assert "€ 1.000" not in figures("Uitgaven 2023 (x € 1.000) 12.345")
    assert figures("De regeling geldt voor kinderen tot 12 jaar.") == {}
    assert figures("Jongeren van 16 en 17 jaar mogen niet stemmen.") == {}
    assert set(figures("Er zijn 40 kinderen van 12 jaar.")) == {"40"}
    assert figures("Het streefcijfer van 40% vrouwen is gehaald.") == {}


def test_a_unit_word_before_the_figure_belongs_to_the_number_before_it():
    found = figures("Het Rijk heeft de afgelopen 3 jaar 250 miljoen geïnvesteerd.")
    assert found["250 miljoen"].unit == "EUR"
    assert figures("Kinderen tot en met 12 jaar krijgen 2 lessen.")["2"].unit == "count"
    assert figures("Aantal dagen: 118")["118"].unit == "days"


def test_a_new_paragraph_does_not_take_the_year_of_the_sentence_before():
    text = ("In 2016 is de informatie niet verwerkt in de suppletoire begroting.\n\n"
            "Overigens laat de dienst een onderschrijding zien van 43 mln. euro.")
    assert figures(text)["43 mln"].period_start is None
    text = "In 2016 is de informatie niet verwerkt. Dat ging om 43 mln. euro."
    assert figures(text)["43 mln"].period_start == date(2016, 1, 1)


def test_a_cell_per_line_table_with_a_corner_cell_before_its_years():
    text = ("Het aantal aanvragen per categorie.\n\nCategorie\n\n2022\n\n2023\n\nAsiel\n\n12\n\n14\n\nNareis\n\n-\n\n3\n\n"
            "Dit zijn de cijfers.")
    found = figures(text)
    assert set(found) == {"12", "14", "3"}
    assert found["3"].period_start == date(2023, 1, 1)  # the dash is the empty 2022 cell
    assert found["12"].measure == "2022, Asiel"
    text = "Tabel\n\nJaar\n\nAantal\n\n2021\n\n120\n\n2022\n\n135\n\n2023\n\n150\n\nDit zijn de cijfers."
    found = figures(text)
    assert set(found) == {"120", "135", "150"}
    assert found["150"].period_end == date(2023, 12, 31)
