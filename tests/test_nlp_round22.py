"""Rules of the twenty-second extraction round: drawn from the leftovers of the eleventh and twelfth series of
unseen pages, written before the thirteenth series was scored. The texts are written for these tests in the form of
the pages they stand for (tests/gold/GUIDELINES.md, "Twenty-seventh round")."""

from datetime import date

from kamergraaf.extract.agencies import find_agencies
from kamergraaf.extract.countries import find_countries
from kamergraaf.extract.figures import find_figures


def figures(text):
    hits, _ = find_figures(text, find_agencies(text), [])
    return {text[h.start:h.end]: h for h in hits}


def countries(text):
    return [(text[h.start:h.end], h.iso3) for h in find_countries(text)]


def test_a_police_region_written_with_a_space_is_no_mention_of_the_country():
    text = "Het aantal dumpingen per eenheid:\nNoord Nederland: 5\nOost Nederland: 49\nIn Nederland zijn het er 65."
    assert countries(text) == [("Nederland", "NLD")]
    assert countries(text)[0] == (text[text.index("In Nederland") + 3:text.index("In Nederland") + 12], "NLD")


def test_an_organisation_named_by_its_acronym_and_the_country_is_no_mention():
    text = "Deelt u de oproep van MBK Nederland en KHN Nederland over stages in Nederland?"
    assert countries(text) == [("Nederland", "NLD")]
    assert text.rindex("Nederland") == text.index("in Nederland") + 3
    # the country after the name of another state or of a company form still counts
    assert countries("de export naar de VS Nederland uit") == [("VS", "USA"), ("Nederland", "NLD")]
    assert ("Nederland", "NLD") in countries("zelfs voor de 'BV Nederland'?")


def test_the_numbers_of_a_long_list_of_budget_articles_are_no_figures():
    text = ("Bij de beleidsartikelen 1 (Duurzame handel en investeringen), 2 (Duurzame ontwikkeling, voedselzekerheid "
            "en water) en 4 (Vrede en veiligheid voor ontwikkeling) was in 2016 sprake van 12 procent hogere uitgaven.")
    assert list(figures(text)) == ["12"]  # "12 procent": text 12, unit percent (GUIDELINES)


def test_years_named_as_a_period_with_tot_are_both_in_it():
    text = "In de periode 2008 tot 2010 heeft de nVWA in totaal 11 keer opgetreden."
    f = figures(text)["11"]
    assert (f.period_start, f.period_end) == (date(2008, 1, 1), date(2010, 12, 31))


def test_in_dat_jaar_is_the_year_the_sentence_named_before_and_the_inspectorate_is_the_source():
    text = ("In het Jaarverslag Inspectie SZW 2019 is vermeld dat de Inspectie SZW in dat jaar 1778 "
            "boetebeschikkingen heeft verzonden.")
    f = figures(text)["1778"]
    assert (f.period_start, f.period_end) == (date(2019, 1, 1), date(2019, 12, 31))
    assert f.source == "SZW"
    # no year before it in the sentence: nothing to refer to
    g = figures("In dat jaar waren er 45 zaken.")["45"]
    assert (g.period_start, g.period_end) == (None, None)


def test_a_ministry_without_its_inspectorate_is_still_no_source():
    text = "Volgens SZW zijn er in 2019 1778 boetes opgelegd."
    assert figures(text)["1778"].source is None


def test_a_minister_for_a_portfolio_without_a_ministry_gives_no_key_also_by_name():
    header = ("Vragen van het lid Eerdmans (JA21) aan de Minister voor Volkshuisvesting en Ruimtelijke Ordening over "
              "woningtoewijzingen (ingezonden 8 augustus 2022).\n"
              "Antwoord van Minister De Jonge (Volkshuisvesting en Ruimtelijke Ordening) (ontvangen 5 september 2022).")
    assert [h.key for h in find_agencies(header)] == []
    # the minister of the ministry of 2024, named the same way, is that ministry
    later = "Antwoord van Minister Keijzer (Volkshuisvesting en Ruimtelijke Ordening) (ontvangen 5 september 2025)."
    assert [h.key for h in find_agencies(later)] == ["VRO"]
