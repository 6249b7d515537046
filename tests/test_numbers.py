"""Dutch number, money, percentage, date and period parsing (extract/numbers.py)."""

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kamergraaf.extract.numbers import (
    NumberError, TimeRef, find_time_expressions, parse_date, parse_number, parse_quantity, resolve_time,
    rounding_of)


@pytest.mark.parametrize("text, value", [
    ("123.840", Decimal(123840)), ("1.180", Decimal(1180)), ("315", Decimal(315)), ("48,1", Decimal("48.1")),
    ("0,5", Decimal("0.5")), ("1.234.567", Decimal(1234567)), ("2.100", Decimal(2100)), ("16.490", Decimal(16490)),
])
def test_parse_number(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("bad", ["", "abc", "1.23", "12,", "1..000", "€"])
def test_parse_number_rejects(bad):
    with pytest.raises(NumberError):
        parse_number(bad)


@pytest.mark.parametrize("text, value, unit", [
    ("48,1 miljoen", Decimal(48100000), None),
    ("€ 431,6mln", Decimal(431600000), "EUR"),
    ("€1,2 miljard", Decimal(1200000000), "EUR"),
    ("€ 5.000", Decimal(5000), "EUR"),
    ("€ 48,1 miljoen", Decimal(48100000), "EUR"),
    ("33%", Decimal(33), "percent"),
    ("0,5%", Decimal("0.5"), "percent"),
    ("0,1%", Decimal("0.1"), "percent"),
    ("118", Decimal(118), None),
    ("10 miljoen", Decimal(10000000), None),
])
def test_parse_quantity(text, value, unit):
    q = parse_quantity(text)
    assert (q.value, q.unit) == (value, unit)


def test_quantity_values_are_whole_when_whole():
    assert str(parse_quantity("€ 431,6mln").value) == "431600000"
    assert str(parse_quantity("48,1 miljoen").value) == "48100000"
    assert str(parse_quantity("0,5%").value) == "0.5"


@pytest.mark.parametrize("text, d", [
    ("20 oktober 2025", date(2025, 10, 20)), ("1 oktober 2022", date(2022, 10, 1)),
    ("31 maart 2023", date(2023, 3, 31)), ("1 januari 2027", date(2027, 1, 1)), ("20-10-2025", date(2025, 10, 20)),
])
def test_parse_date(text, d):
    assert parse_date(text) == d


@pytest.mark.parametrize("bad", ["31 februari 2024", "1 brumaire 2024", "oktober 2025"])
def test_parse_date_rejects(bad):
    with pytest.raises(NumberError):
        parse_date(bad)


def _time(sentence: str, figure: str, default_year=None) -> TimeRef:
    return resolve_time(find_time_expressions(sentence), sentence.index(figure), default_year)


@pytest.mark.parametrize("sentence, figure, expected", [
    ("In 2024 zijn in totaal 110 asielvergunningen ingetrokken.", "110",
     TimeRef(None, date(2024, 1, 1), date(2024, 12, 31))),
    ("In 2023, tot en met april, zijn ongeveer 8.390 vreemdelingen vertrokken.", "8.390",
     TimeRef(None, date(2023, 1, 1), date(2023, 4, 30))),
    ("Tot en met 31 maart 2023 zijn er 50 LP's afgegeven.", "50", TimeRef(None, None, date(2023, 3, 31))),
    ("Tot 1 oktober 2025 zijn er 460 verblijfsvergunningen verleend", "460", TimeRef(None, None, date(2025, 9, 30))),
    ("Uit de caseload zijn in 2025 tot en met september 650 vreemdelingen vertrokken", "650",
     TimeRef(None, date(2025, 1, 1), date(2025, 9, 30))),
    ("Tot 1 oktober zijn in 2025 720 personen teruggekeerd", "720", TimeRef(None, date(2025, 1, 1), date(2025, 9, 30))),
    ("De IND heeft t/m september 2025 ongeveer € 48,1 miljoen uitgekeerd", "48,1",
     TimeRef(None, date(2025, 1, 1), date(2025, 9, 30))),
    ("in de eerste helft van 2024 waren het 300 zaken", "300", TimeRef(None, date(2024, 1, 1), date(2024, 6, 30))),
    ("Op 1 oktober 2022 waren er 123.840 vreemdelingen", "123.840", TimeRef(date(2022, 10, 1))),
    ("Er zijn 315 COA-locaties (peildatum 20 oktober 2025- COA)", "315", TimeRef(date(2025, 10, 20))),
    ("Het COA beheert per 1 januari 2025 69.630 plekken", "69.630", TimeRef(date(2025, 1, 1))),
    ("24 miljoen euro in de periode 2024 t/m 2026.", "24", TimeRef(None, date(2024, 1, 1), date(2026, 12, 31))),
    ("de 2.100 vreemdelingen die in 2025 (tot oktober) vertrokken", "2.100",
     TimeRef(None, date(2025, 1, 1), date(2025, 9, 30))),
    ("Nidos heeft voor 2025 een begroting ingediend waarbij € 113,8mln", "113,8",
     TimeRef(None, date(2025, 1, 1), date(2025, 12, 31))),
    ("Er zijn 80 personen teruggekeerd.", "80", TimeRef()),
])
def test_resolve_time(sentence, figure, expected):
    assert _time(sentence, figure) == expected


def test_date_without_year_takes_the_default_year():
    s = "Recentelijk, op 16 september jl., heeft de DTenV een charter georganiseerd waarmee ruim 80 personen"
    assert _time(s, "80", 2025) == TimeRef(date(2025, 9, 16))
    assert _time(s, "80", None) == TimeRef()


@pytest.mark.parametrize("text, r", [
    ("Bron: IND, cijfers afgerond op tientallen.", 10), ("Bron: IND, afgerond op vijftallen", 5),
    ("afgerond op honderdtallen", 100), ("Bron: IND, Metis", None),
])
def test_rounding(text, r):
    assert rounding_of(text) == r


@given(st.integers(min_value=0, max_value=10**12))
def test_thousands_dots_round_trip(n):
    assert parse_number(f"{n:,}".replace(",", ".")) == n


@given(st.integers(min_value=0, max_value=10**6), st.integers(min_value=1, max_value=99))
def test_decimal_comma_round_trip(whole, frac):
    text = f"{whole},{frac:02d}"
    assert parse_number(text) == Decimal(f"{whole}.{frac:02d}")


@given(st.text(max_size=40))
def test_find_time_expressions_never_crashes(text):
    for t in find_time_expressions(text):
        assert 0 <= t.start < t.end <= len(text)


def test_every_multiplier_is_admitted():
    """Each word of MULTIPLIERS parses, "dzd" (duizend) included."""
    from kamergraaf.extract.numbers import MULTIPLIERS

    for word, factor in MULTIPLIERS.items():
        assert parse_quantity(f"3{word}").value == 3 * factor, word
        assert parse_quantity(f"€ 2,5 {word}") == parse_quantity(f"€ 2,5 {word}".replace(word, word.upper()))
    assert parse_quantity("0dzd").value == 0
    assert parse_quantity("12 dzd").value == 12_000


def test_reversed_period_of_years_is_no_period():
    assert resolve_time(find_time_expressions("in de periode 1991 t/m 1990"), 0).empty
    ref = resolve_time(find_time_expressions("in de periode 1991 t/m 1990 waren het er 5, in 2019 meer"), 30)
    assert (ref.period_start, ref.period_end) == (date(2019, 1, 1), date(2019, 12, 31))  # the other expression
    assert resolve_time(find_time_expressions("in de periode 1990 t/m 1991"), 0) == TimeRef(
        None, date(1990, 1, 1), date(1991, 12, 31))
