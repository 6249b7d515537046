"""A table caption that scales its cells ("(in miljoenen euro's)", "(x € 1.000)") gives every cell its value in
whole units: money in whole euros, as the statistics query promises."""

from datetime import date
from decimal import Decimal

import pytest

from kamergraaf.extract.figure_units import caption_scale
from kamergraaf.extract.figures import find_figures


@pytest.mark.parametrize("caption, expected", [
    ("(in miljoenen euro's)", ("EUR", 10**6)), ("(in € mln)", ("EUR", 10**6)), ("(€ mln)", ("EUR", 10**6)),
    ("(x € 1.000)", ("EUR", 10**3)), ("(bedragen x € 1 miljoen)", ("EUR", 10**6)),
    ("Tabel 1 Uitgaven (bedragen in € mld)", ("EUR", 10**9)), ("(in duizenden)", (None, 10**3)),
    ("(x 1.000)", (None, 10**3)), ("(in fte)", None), ("(in %)", None), ("(2020)", None)])
def test_caption_scales(caption, expected):
    assert caption_scale(caption) == expected


def test_cells_of_a_table_in_millions_are_whole_euros():
    text = ("Hoeveel geld is er bijgekomen per jaar?\n\n(in miljoenen euro's)\n\n2014\n\n2015\n\n2016\n\n"
            "Begrotingsafspraken\n\n50\n\n115\n\n114\n\nMiljoenennota\n\n0\n\n50\n\n150\n\nHet geld is verdeeld.")
    hits, _ = find_figures(text, [], [])
    got = {(text[h.start:h.end], h.value, h.unit, h.period_start) for h in hits}
    assert ("115", Decimal(115_000_000), "EUR", date(2015, 1, 1)) in got
    assert ("150", Decimal(150_000_000), "EUR", date(2016, 1, 1)) in got
    assert ("0", Decimal(0), "EUR", date(2014, 1, 1)) in got
    assert len(hits) == 6


def test_a_number_naming_a_project_or_case_is_no_figure():
    for text in ("Het onderzoek naar projectcode 1043 loopt nog.", "Over «Project 1043 – Belastingdienst» is bericht.",
                 "Zie kenmerk 88123 en zaaknummer 4412."):
        assert find_figures(text, [], [])[0] == [], text
    hits, _ = find_figures("Er liepen 1043 projecten.", [], [])
    assert [h.value for h in hits] == [Decimal(1043)]


def test_items_of_a_list_take_the_time_of_the_sentence_that_introduces_it():
    text = ("De publicatie bevat cijfers over de export in 2024 naar landen. Hieronder is de export uitgesplitst:\n"
            "• Duitsland: EUR 147,2 miljard totaal, EUR 88,41 miljard (60%) is wederuitvoer.\n"
            "• België: EUR 79,19 miljard totaal.\n"
            "In 2023 was dat minder. Er zijn 12 landen.")
    hits, _ = find_figures(text, [], [])
    got = {text[h.start:h.end]: (h.period_start, h.period_end) for h in hits}
    year = (date(2024, 1, 1), date(2024, 12, 31))
    assert got["147,2 miljard"] == got["60%"] == got["79,19 miljard"] == year
    assert got["12"] == (date(2023, 1, 1), date(2023, 12, 31))  # the nearer sentence's year wins


def test_a_row_of_values_under_a_header_of_years_without_a_row_label():
    for sep in ("\n", "\n\n"):  # cells on lines of their own, with or without blank lines between them
        cells = ["2020", "2021", "2022", "155,4 mln.", "177,7 mln.", "40 mln."]
        text = "Het bedrag aan onderuitputting in euro per jaar:" + sep + sep.join(cells) + sep + "Daarna volgt tekst."
        hits, _ = find_figures(text, [], [])
        got = {text[h.start:h.end]: (h.value, h.unit, h.period_start) for h in hits}
        assert got["155,4 mln."] == (Decimal(155_400_000), "EUR", date(2020, 1, 1))
        assert got["40 mln."] == (Decimal(40_000_000), "EUR", date(2022, 1, 1))
        assert not any(t in got for t in ("2020", "2021", "2022"))


def test_a_list_marker_is_a_small_number_not_an_amount_at_the_start_of_a_line():
    hits, _ = find_figures("De maatregelen:\n1. minder inhuur\n2. minder reizen", [], [])
    assert hits == []
