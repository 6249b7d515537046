"""Rules of the sixteenth extraction round. The texts are written for these tests in the form of answered
Kamervragen and committee lists (tests/gold/GUIDELINES.md)."""

from datetime import date

from kamergraaf.extract.figures import find_figures


def figures(text, agencies=()):
    hits, _ = find_figures(text, list(agencies), [])
    return {text[h.start:h.end]: h for h in hits}


def test_a_table_with_a_year_per_row_and_two_columns_under_each_head():
    text = ("Antwoord:\n\nOnderstand per maand en percentage van het minimumloon\n\nBonaire\n\nSint Eustatius\n\nSaba\n\n"
            "2019\n\n$ 492\n\n55%\n\n$ 615\n\n56%\n\n$ 592\n\n57%\n\n2020\n\n$ 522\n\n58%\n\n$ 633\n\n59%\n\n"
            "$ 624\n\n60%\n")
    hits, _ = find_figures(text, [], [])
    got = [(text[h.start:h.end], h.unit, h.period_start, h.period_end) for h in hits]
    assert got[:3] == [("$ 492", "USD", date(2019, 1, 1), date(2019, 12, 31)),
                       ("55%", "percent", date(2019, 1, 1), date(2019, 12, 31)),
                       ("$ 615", "USD", date(2019, 1, 1), date(2019, 12, 31))]
    assert got[-1] == ("60%", "percent", date(2020, 1, 1), date(2020, 12, 31))
    assert len(got) == 12
    assert "Saba" in hits[-1].measure and "Saba" in hits[-2].measure and "Bonaire" in hits[0].measure
    # the years are row labels, no figures
    assert "2019" not in {text[h.start:h.end] for h in hits}
    # a row one value short is not this table: no cell gets a year
    short = text.replace("\n\n$ 624\n\n60%\n", "\n\n$ 624\n")
    assert not any(h.period_start == date(2020, 1, 1) and "Saba" in h.measure for h in find_figures(short, [], [])[0])


def test_a_plus_minus_sign_in_a_table_cell_is_approximate():
    text = ("Antwoord 1\n\nEr zijn meer huisartsen dan ooit.\n\nJaar\n\nInwoners\n\nWerkzame huisartsen\n\n"
            "Inwoners per huisarts\n\n2000\n\n16,3 mln.\n\n8.600\n\n± 1.900\n\n2021\n\n17,5 mln.\n\n13.400\n\n± 1.300\n")
    got = figures(text)
    assert got["1.900"].approximate and got["1.300"].approximate and not got["8.600"].approximate
    assert got["1.300"].period_start == date(2021, 1, 1) and got["16,3 mln."].period_end == date(2000, 12, 31)
    assert "± 1.900" not in got
    assert figures("Antwoord 1\n\nHet gaat om ± 250 zaken.\n")["250"].approximate


def test_a_target_noun_right_before_the_number_is_no_figure():
    got = figures("De doelstelling 80% bruto arbeidsparticipatie wordt beïnvloed. De participatie was 72,4%.")
    assert "80%" not in got and "72,4%" in got
    assert "3%" not in figures("Het streefcijfer 3% wordt gehaald.")


def test_a_sentence_that_moves_on_in_time_stops_the_year_of_the_sentences_before():
    text = ("In januari 2005 waren er 271 gedetineerden in deze landen. Inmiddels is dat aantal toegenomen tot 502. "
            "Ruim 80% van de delicten is drugsgerelateerd.")
    got = figures(text)
    assert got["271"].period_start == date(2005, 1, 1)
    assert got["80%"].period_start is None and got["502"].period_start is None
    # without the shift the year carries over, as before
    kept = figures(text.replace("Inmiddels is dat aantal toegenomen tot 502. ", "Het ging om mannen. "))
    assert kept["80%"].period_start == date(2005, 1, 1)


def test_a_day_in_figures_after_op_with_a_space_after_the_dash():
    got = figures("Van de huisartsen is 12,6% op 1- 1-2001 55 jaar en ouder.")
    assert got["12,6%"].ref_date == date(2001, 1, 1)
    assert "1" not in got
    assert figures("Het aantal was op 31-12-2015 4.000 personen.")["4.000"].ref_date == date(2015, 12, 31)
