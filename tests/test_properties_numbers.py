"""Properties of the Dutch number, money, date and period parsing (kamergraaf.extract.numbers).

Every parser either returns a value or raises NumberError on any input; values written the Dutch way
(``1.234.567,89``, ``€ 431,6 mln``, ``20 oktober 2025``, ``20-10-2025``) parse back to what was written;
reference dates and periods found in generated sentences lie inside the text and resolve to ordered periods.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from hypothesis import HealthCheck, given, settings, strategies as st

from kamergraaf.extract.numbers import (
    MONTHS, MULTIPLIERS, NumberError, find_time_expressions, month_number, parse_date, parse_number,
    parse_quantity, resolve_time, rounding_of, year_spans)

# A fixed, derandomized profile for this module: the same examples on every run and in CI.
settings.register_profile("kamergraaf-properties", derandomize=True, deadline=None, database=None,
                          suppress_health_check=[HealthCheck.too_slow])
PROFILE = settings.get_profile("kamergraaf-properties")

MONTH_NAMES = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
               "oktober", "november", "december"]
ANY_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=60)
NUMBERISH = st.text(alphabet="0123456789.,€% mlnjoedrakisuz-/", max_size=25)


def dutch(value: Decimal, group: bool = True) -> str:
    """``Decimal("1234567.89")`` -> ``1.234.567,89`` (thousands with dots when ``group``, decimal comma)."""
    sign, digits, exponent = value.as_tuple()
    assert sign == 0
    text = format(value, "f")
    whole, _, frac = text.partition(".")
    if group:
        whole = f"{int(whole):,}".replace(",", ".")
    return whole + ("," + frac if frac else "")


decimals = st.builds(
    lambda whole, frac: Decimal(whole) + (Decimal(frac[1]) / 10 ** frac[0] if frac else 0),
    st.integers(0, 10**12), st.none() | st.tuples(st.integers(1, 4), st.integers(1, 9999)).map(
        lambda t: (t[0], t[1] % 10 ** t[0] or 1)))


@settings(PROFILE, max_examples=100)
@given(decimals, st.booleans())
def test_dutch_numbers_round_trip(value, group):
    assert parse_number(dutch(value, group)) == value


@settings(PROFILE, max_examples=100)
@given(st.one_of(ANY_TEXT, NUMBERISH))
def test_parsers_return_a_value_or_number_error(text):
    for parse in (parse_number, parse_quantity, parse_date, month_number):
        try:
            parse(text)
        except NumberError:
            pass
    assert rounding_of(text) in (None, 5, 10, 50, 100, 1000)
    for start, end in year_spans(text):
        assert 1900 <= int(text[start:end]) <= 2099


@settings(PROFILE, max_examples=100)
@given(decimals, st.sampled_from(sorted(MULTIPLIERS)), st.booleans(), st.sampled_from(["", " "]),
       st.sampled_from(["", " "]))
def test_money_with_multiplier_round_trips(value, word, euro, gap1, gap2):
    text = ("€" + gap1 if euro else "") + dutch(value) + gap2 + word
    q = parse_quantity(text)
    assert q.value == value * MULTIPLIERS[word]
    assert q.unit == ("EUR" if euro else None)


@settings(PROFILE, max_examples=100)
@given(decimals, st.sampled_from(["%", " %", " procent", "procent"]))
def test_percentages_round_trip(value, sign):
    q = parse_quantity(dutch(value) + sign)
    assert (q.value, q.unit) == (value, "percent")


@settings(PROFILE, max_examples=100)
@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)), st.sampled_from(["-", "/"]), st.booleans())
def test_dates_round_trip_in_words_and_digits(day, sep, upper):
    name = [m for m in MONTH_NAMES if MONTHS[m] == day.month][0]
    words = f"{day.day} {name.upper() if upper else name} {day.year}"
    assert parse_date(words) == day
    assert parse_date(f"{day.day:02d}{sep}{day.month:02d}{sep}{day.year}") == day
    assert parse_date(f"{day.day}{sep}{day.month}{sep}{day.year}") == day


@settings(PROFILE, max_examples=100)
@given(st.integers(1, 31), st.integers(1, 12), st.integers(1900, 2099))
def test_impossible_dates_are_number_errors(d, m, y):
    text = f"{d}-{m}-{y}"
    try:
        expected = date(y, m, d)
    except ValueError:
        expected = None
    if expected is None:
        try:
            parse_date(text)
        except NumberError:
            return
        raise AssertionError(f"{text} parsed though it is no date")
    assert parse_date(text) == expected


# ---- reference dates and periods in generated sentences ----------------------------------------

YEARS = st.integers(1990, 2030)
DAYS = st.integers(1, 31)
MONTH = st.sampled_from(MONTH_NAMES)
PHRASES = st.one_of(
    st.builds("peildatum {} {} {}".format, DAYS, MONTH, YEARS),
    st.builds("tot en met {} {} {}".format, DAYS, MONTH, YEARS),
    st.builds("t/m {} {}".format, MONTH, YEARS),
    st.builds("tot {} {}".format, DAYS, MONTH),
    st.builds("sinds {} {} {}".format, DAYS, MONTH, YEARS),
    st.builds("op {} {}".format, DAYS, MONTH),
    st.builds(lambda a, b: f"in de periode {a} t/m {b}", YEARS, YEARS),  # also reversed: then no period
    st.builds("in de {} helft van {}".format, st.sampled_from(["eerste", "tweede"]), YEARS),
    st.builds("het {} kwartaal van {}".format, st.sampled_from(["eerste", "tweede", "derde", "vierde"]), YEARS),
    st.builds("in {}".format, YEARS),
    st.builds("{} {} {}".format, DAYS, MONTH, YEARS),
)
FILLER = st.sampled_from(["Het aantal was", "waren er", "123.840 personen", "ongeveer 12,5%", "volgens de IND",
                          "€ 48,1 miljoen", ",", ".", "en", "bij brief van", "1.180"])


@settings(PROFILE, max_examples=120)
@given(st.lists(st.one_of(PHRASES, FILLER), min_size=1, max_size=6), st.integers(0, 400), st.none() | YEARS)
def test_time_expressions_lie_in_the_text_and_resolve_to_ordered_periods(parts, position, default_year):
    text = " ".join(parts)
    exprs = find_time_expressions(text)
    for a, b in zip(exprs, exprs[1:]):
        assert a.end <= b.start  # left to right, not overlapping
    for e in exprs:
        assert 0 <= e.start < e.end <= len(text)
        assert e.month is None or 1 <= e.month <= 12
    ref = resolve_time(exprs, min(position, len(text)), default_year)
    if ref.period_start and ref.period_end:
        assert ref.period_start <= ref.period_end, (text, ref)
    assert not (ref.date and (ref.period_start or ref.period_end))  # a date or a period, not both
