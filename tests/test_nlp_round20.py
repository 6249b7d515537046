"""Rules of the twentieth extraction round (drawn from the ninth series of unseen pages after it was scored). The
texts are written for these tests in the form of answered Kamervragen (tests/gold/GUIDELINES.md)."""

from datetime import date
from decimal import Decimal

from kamergraaf.extract.agencies import find_agencies
from kamergraaf.extract.figures import find_figures


def figures(text):
    hits, _ = find_figures(text, find_agencies(text), [])
    return {text[h.start:h.end]: h for h in hits}


def test_a_number_in_a_name_is_no_figure_but_a_count_after_a_country_is():
    assert not figures("Het Rijk heeft in het kader van het servicepakket Meer Veilig 2 (onderdeel MIRT) een aantal "
                       "maatregelen genomen.")
    assert not figures("«Functionaris 2 VWS» was werkzaam onder het gezag van de toenmalige Minister.")
    got = figures("Er waren in totaal uit Eritrea 5 en uit Syrië 4.")
    assert set(got) == {"5", "4"}
    # a number with a unit after a capitalised name stays a figure
    assert "3" in figures("In het programma Meer Veilig 3 projecten zijn afgerond.")


def test_a_deposition_has_its_own_unit():
    got = figures("De gemiddelde depositie in Nederland is 1500 mol/ha/jaar in 2018, waarvan 500 mol N/ha/jr uit "
                  "buitenlandse bronnen. Het gaat om 120 ha natuur.")
    assert got["1500"].unit == "mol-per-ha-year" and got["500"].unit == "mol-per-ha-year"
    assert got["120"].unit == "hectares"


def test_a_glued_fte_is_a_figure():
    got = figures("De FIOD heeft budget ontvangen voor een capacitaire uitbreiding met 36fte voor twee witwasteams.")
    assert (got["36"].unit, got["36"].value) == ("fte", Decimal("36"))
    assert not figures("Dit is de 3e keer dat een 2D-model wordt gebruikt.")


def test_a_date_carries_over_a_footnote_marker_after_an_abbreviation():
    got = figures("Volgens de laatste cijfers (stand op 1 juli 2025) staan er 14.044 verzoeken in de wachtrij. "
                  "Daarnaast staan er 8.539 verzoeken op de wachtrij, met een vermogen van 4,6 GW.1 In maart 2026 "
                  "komt er een update.")
    assert got["8.539"].ref_date == date(2025, 7, 1) and got["4,6"].ref_date == date(2025, 7, 1)
    # without the marker's sentence break the year of the next sentence would have blocked it
    assert got["4,6"].quote_end < got["4,6"].quote_start + 90


def test_counted_people_named_after_the_figure_or_restated():
    got = figures("Het aantal van 700 was het aantal mensen dat zich tot en met 19 augustus bij BZ had gemeld.")
    assert got["700"].unit == "persons"
    got = figures("Het aantal mensen dat zich meldde is rond de 1.250. Van de 1.250 waren er begin september 787 "
                  "vertrokken met evacuatievluchten.")
    assert got["787"].unit == "persons"
    # a plural noun of its own still counts itself
    assert figures("Van de 1.250 personen waren er 300 vertrekken gepland.")["300"].unit == "count"


def test_a_comma_after_a_time_phrase_gives_no_unit():
    got = figures("Bij de IND zijn er, opgeteld eind juli van dit jaar, 15.110 aanvragen ontvangen.")
    assert got["15.110"].unit == "count"


def test_numbers_printed_above_both_questions():
    from kamergraaf.extract.reader import parse_text
    doc = parse_text("Lijst van vragen en antwoorden over het rapport Bestrijden witwassen\n\n1\n\n18\n\nHoeveel extra "
                     "budget is uitgetrokken?\n\nWelk bedrag is sinds 2008 per jaar verstrekt?\n\nAntwoord vraag 1 en "
                     "18\n\nDe politie heeft 126,85 fte gekregen.\n\n2\n\nHoeveel zaken zijn er?\n\nAntwoord vraag 2"
                     "\n\nDat zijn er 40.\n", "a.txt", "a.txt", "x")
    assert [(q.key, q.text) for q in doc.questions] == [
        ("q1", "Hoeveel extra budget is uitgetrokken?"), ("q18", "Welk bedrag is sinds 2008 per jaar verstrekt?"),
        ("q2", "Hoeveel zaken zijn er?")]
    assert [(a.key, a.question_keys) for a in doc.answers] == [("a1-18", ("q1", "q18")), ("a2", ("q2",))]
