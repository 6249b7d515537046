"""Figure context rules: flattened tables (column periods, row labels, caption sources), the counted noun
of a unit, the agency as subject of the figure's clause, event dates in another clause."""

from datetime import date
from decimal import Decimal
from functools import lru_cache

from kamergraaf.extract.agencies import find_agencies
from kamergraaf.extract.figure_tables import find_cells
from kamergraaf.extract.figures import find_figures
from kamergraaf.extract.reader import read_path

TABLE_PDF = "corpus/aanhangsel-pdf/00fe7edd-24c8-4857-98da-774ed3b06836.pdf"


@lru_cache(maxsize=1)
def table_answer() -> str:
    doc = read_path(TABLE_PDF)[0]
    (a,) = [a for a in doc.answers if a.numbers == (6,)]
    return doc.text[a.start:a.end]


def figs(text: str):
    return find_figures(text, find_agencies(text), [])[0]


def test_table_cells_take_their_column_year_and_the_caption_agency():
    text = table_answer()
    got = [(text[f.start:f.end], f.period_start, f.source) for f in figs(text)]
    assert got[:3] == [("2", date(2021, 1, 1), None), ("3", date(2022, 1, 1), None), ("6", date(2023, 1, 1), None)]
    # the second table's caption: "Meldingen en/of aangiftes bij politie Fryslân"
    assert got[-3:] == [("66", date(2021, 1, 1), "Politie"), ("73", date(2022, 1, 1), "Politie"),
                        ("74", date(2023, 1, 1), "Politie")]
    assert all(f.period_end == date(f.period_start.year, 12, 31) for f in figs(text))


def test_table_cell_measure_is_column_header_and_row_label():
    measures = [f.measure for f in figs(table_answer())]
    assert measures[0] == "Meldingen in 2021, Geslacht(Trans)"
    assert measures[4] == "Meldingen in 2022, Seksuele gerichtheid"


def test_tables_do_not_depend_on_line_breaks():
    text = table_answer()
    joined = " ".join(text.split())
    assert [(joined[c.start:c.end], c.column, c.row) for c in find_cells(joined, lambda h, f: (f, h))] == \
        [(text[c.start:c.end], c.column, c.row) for c in find_cells(text, lambda h, f: (f, h))]
    assert [(f.value, f.period_start, f.source) for f in figs(joined)] == \
        [(f.value, f.period_start, f.source) for f in figs(text)]


def test_bare_year_columns_and_empty_cells():
    text = "Instroom per jaar:\n\nSoort 2022 2023 2024\nAsielaanvragen 100 - 300\nNareizigers 40 50 60\n"
    cells = find_cells(text, lambda h, f: (f, h))
    assert [(text[c.start:c.end], c.row, c.period_start.year) for c in cells] == [
        ("100", "Asielaanvragen", 2022), ("300", "Asielaanvragen", 2024),
        ("40", "Nareizigers", 2022), ("50", "Nareizigers", 2023), ("60", "Nareizigers", 2024)]


def test_two_years_in_prose_are_no_table_header():
    text = "In 2022 en 2023 zijn respectievelijk 300 en 400 aanvragen ingediend."
    assert find_cells(text, lambda h, f: (f, h)) == []


def test_counted_noun_ends_before_a_preposition():
    # 1bca1484 answer 3: reports about people are counted things, not persons
    text = "Het vooronderzoek is gebaseerd op 46 rapportages van mensen met langdurige covidklachten."
    assert [(f.value, f.unit) for f in figs(text)] == [(Decimal(46), "count")]
    assert [f.unit for f in figs("In 2024 zijn 1.000 vreemdelingen uit Syrië in bezwaar gegaan.")] == ["persons"]


def test_agency_as_subject_of_the_figures_clause_is_the_source():
    text = ("De 60-plusmaatregel en de overwerkafspraken hebben er toe geleid dat UWV in\n2023 14.000 meer "
            "WIA-claimbeoordelingen heeft kunnen doen dan in 2022.")
    (f,) = figs(text)
    assert (f.value, f.source, f.period_start) == (Decimal(14000), "UWV", date(2023, 1, 1))
    # the agency in another clause is not the counter
    text = "Bekend is dat UWV een achterstand kent, en de achterstanden zijn in 2023 gedaald van 17.000 naar 14.000."
    assert [f.source for f in figs(text)] == [None, None]


def test_event_date_in_another_clause_is_no_reference_date():
    text = ("In 2023 zijn veel aanvragen gedaan. De maatregel is op 1 juli jl. van start gegaan en de verwachting "
            "is dat UWV met deze maatregel 3.000 tot 4.000 extra WIA-claimbeoordelingen kan doen.")
    got = [(f.value, f.ref_date, f.period_start, f.source) for f in figs(text)]
    assert got == [(Decimal(3000), None, None, "UWV"), (Decimal(4000), None, None, "UWV")]
    text = "Op 1 juli 2024 verbleven 300 mensen in de opvang, van wie 100 kinderen."
    assert [f.ref_date for f in figs(text)] == [date(2024, 7, 1), date(2024, 7, 1)]


def test_units_of_mass_length_and_time_from_the_corpus():
    # questions.csv: "op een diepte van ongeveer 3000 meter", "in totaal 997 ton", "circa 21 uur per dag"
    assert [f.unit for f in figs("De injectie gebeurt op een diepte van ongeveer 3000 meter.")] == ["metres"]
    assert [f.unit for f in figs("In 2024 zijn 47 zendingen geïmporteerd, in totaal 997 ton.")] == ["count", "tonnes"]
    assert [f.unit for f in figs("Zij brengen circa 21 uur per dag op cel door.")] == ["hours"]
    assert [f.unit for f in figs("De rit duurt 45 minuten en is 12 km lang.")] == ["minutes", "kilometres"]


def test_unit_codes_are_concepts_of_the_ontology():
    from kamergraaf.extract.gazetteers import figure_rules
    from kamergraaf.graph.namespaces import CONCEPT_CODES

    codes = set(CONCEPT_CODES["unit"])
    assert {u for u in figure_rules()["units"] if not u.endswith("suffixes")} <= codes
    assert {"count", "persons"} <= codes
