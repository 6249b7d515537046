"""Figure attribute rules of the eleventh extraction round: which time expression, agency, unit and qualifier
belong to a figure, in the forms Dutch answers state them (tests/gold/GUIDELINES.md). The sentences and tables
are written for these tests in the form of answered Kamervragen and committee lists."""

from datetime import date

from kamergraaf.extract.figures import find_figures
from kamergraaf.extract.numbers import find_time_expressions, resolve_time


def figures(text, agencies=()):
    hits, _ = find_figures(text, list(agencies), [])
    return {text[h.start:h.end]: h for h in hits}


def period(h):
    return h.period_start, h.period_end


def test_a_day_span_without_van_is_one_period():
    text = "1 maart tot 1 juli 2024"
    ref = resolve_time(find_time_expressions(text), len(text))
    assert (ref.period_start, ref.period_end) == (date(2024, 3, 1), date(2024, 6, 30))
    text = "2 januari t/m 15 februari 2023"
    ref = resolve_time(find_time_expressions(text), len(text))
    assert (ref.period_start, ref.period_end) == (date(2023, 1, 2), date(2023, 2, 15))


def test_a_table_header_of_a_year_and_a_day_span():
    text = ("De meldingen per regio staan hieronder.\nRegio Aantal meldingen\n2023 1 januari tot 1 juli 2024\n"
            "Noord 41 17\nMidden 6 0\nZuid 230 112\nTotaal 277 129\n")
    found = figures(text)
    assert set(found) == {"41", "17", "6", "0", "230", "112", "277", "129"}
    assert period(found["41"]) == (date(2023, 1, 1), date(2023, 12, 31))
    assert period(found["129"]) == (date(2024, 1, 1), date(2024, 6, 30))
    assert period(found["0"]) == (date(2024, 1, 1), date(2024, 6, 30))


def test_a_table_header_of_years_whose_last_year_is_qualified_in_brackets():
    text = ("In de tabel staan de registraties.\nJaar: 2021 2022 2023 (t/m 30-04)\n"
            "Zeeland: 310 295 88\nDrenthe: 120 131 40\n")
    found = figures(text)
    assert period(found["88"]) == (date(2023, 1, 1), date(2023, 4, 30))
    assert period(found["295"]) == (date(2022, 1, 1), date(2022, 12, 31))
    assert period(found["120"]) == (date(2021, 1, 1), date(2021, 12, 31))


def test_a_line_of_two_plain_years_is_not_taken_for_a_time_header_twice():
    text = "Het aantal zaken per jaar.\nSoort 2022 2023\nCiviel 40 55\nStraf 12 9\n"
    found = figures(text)
    assert set(found) == {"40", "55", "12", "9"}
    assert period(found["9"]) == (date(2023, 1, 1), date(2023, 12, 31))


def test_respectievelijk_maps_an_enumeration_of_years_onto_the_figures():
    found = figures("Uitzondering zijn de jaren 2019 en 2020 waarin de overschrijding respectievelijk 6% en 9% bedroeg.")
    assert period(found["6%"]) == (date(2019, 1, 1), date(2019, 12, 31))
    assert period(found["9%"]) == (date(2020, 1, 1), date(2020, 12, 31))
    found = figures("In 2021, 2022 en 2023 ontving de dienst respectievelijk 40, 52 en 61 klachten.")
    assert [found[k].period_start.year for k in ("40", "52", "61")] == [2021, 2022, 2023]
    # three years and two figures do not pair up: no year at all rather than a wrong one
    found = figures("In 2021, 2022 en 2023 ontving de dienst respectievelijk 40 en 52 klachten.")
    assert found["40"].period_start is None and found["52"].period_start is None


def test_the_year_right_after_a_figure_is_its_own():
    found = figures("De overschrijdingen waren kleiner (4% in 2017 en 2% in 2018).")
    assert found["4%"].period_start == date(2017, 1, 1)
    assert found["2%"].period_start == date(2018, 1, 1)
    found = figures("In 2015 waren er 40 zaken en 52 zaken in 2016.")
    assert found["40"].period_start.year == 2015 and found["52"].period_start.year == 2016


def test_a_sign_before_a_value_measured_in_a_year_is_an_approximate_figure_not_a_limit():
    found = figures("De uitval was laag (3% in 2017 en <1% in 2018).")
    assert found["1%"].approximate and found["1%"].unit == "percent"
    assert found["1%"].period_start == date(2018, 1, 1)
    assert not found["3%"].approximate
    # a sign before a threshold stays a limit
    assert figures("Een opslag (< 10.000 kg) moet worden gemeld.") == {}
    assert figures("Een opslag (<10.000 kg) moet worden gemeld.") == {}


def test_rond_de_is_approximate_and_a_column_number_is_no_figure():
    found = figures("De gemiddelde onderschrijding lag rond de 4%. De uitgaven (kolom 2) zijn apart vermeld.")
    assert set(found) == {"4%"}
    assert found["4%"].approximate
    assert figures("Het ging om pakweg 300 aanvragen.")["300"].approximate


def test_an_agency_compound_of_a_decision_imposed_names_the_source():
    from kamergraaf.extract.agencies import AgencyHit
    text = "In 2023 is voor 41.200 misdrijven een OM-strafbeschikking opgelegd."
    om = text.index("OM-")
    found = figures(text, [AgencyHit(om, om + 2, "OM")])
    assert found["41.200"].source == "OM"
    # a compound that only names the agency stays no source
    text = "In 2023 waren er 120 UWV-verzekeringsartsen in dienst."
    uwv = text.index("UWV")
    assert figures(text, [AgencyHit(uwv, uwv + 3, "UWV")])["120"].source is None


def test_the_sentence_announcing_a_table_names_the_counted_unit():
    text = ("In de tabel is weergegeven hoeveel medewerkers zijn doorgestroomd.\n\n2020\n\n2021\n\n2022\n\n"
            "Soldaat naar korporaal\n\n310\n\n295\n\n301\n\nKorporaal naar sergeant\n\n88\n\n92\n\n97")
    found = figures(text)
    assert {h.unit for h in found.values()} == {"persons"}
    assert period(found["92"]) == (date(2021, 1, 1), date(2021, 12, 31))


def test_millions_made_available_are_euros():
    assert figures("Ook voor 2020 is nog 140 miljoen beschikbaar als loonruimte.")["140 miljoen"].unit == "EUR"
    assert figures("Er zijn 3 miljoen mondkapjes beschikbaar.")["3 miljoen"].unit == "count"


def test_a_year_glued_to_in_by_a_lost_space_is_the_period():
    found = figures("Wel zie ik dat in2022 ruim 18.000 kinderen via het fonds ondersteuning hebben ontvangen.")
    assert period(found["18.000"]) == (date(2022, 1, 1), date(2022, 12, 31))
    assert found["18.000"].unit == "persons" and found["18.000"].approximate


def test_a_unit_word_broken_at_a_line_end_is_read_whole():
    assert figures("Er ontstaat een verschil van 9 procentpun-ten met andere aanbieders.")["9"].unit == "percent"
    assert figures("In de opvang verbleven 40 asielzoe-kers.")["40"].unit == "persons"
    # a real compound is not joined: "niet-leden" are persons by its head "leden", not as a word "nietleden"
    assert figures("Er zijn 12 niet-leden gehoord.")["12"].unit == "persons"
    assert figures("Er zijn 12 niet-dossiers gesloten.")["12"].unit == "count"
