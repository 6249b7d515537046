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


# ---- rules drawn from the thirteenth series after it was scored --------------------------------------------------

from kamergraaf.extract.reader import parse_text  # noqa: E402
from kamergraaf.extract.references import find_references  # noqa: E402


def refs(text):
    return [(text[r.start:r.end], r.kind, r.identifier) for r in find_references(text)]


def test_a_table_printed_one_cell_per_line_under_a_total_for_one_year_takes_that_year():
    text = ("In 2020 zijn er in totaal 6936 aanvragen gedaan. Zie het overzicht in Tabel 1.\n"
            "Sector\ningediende aanvragen\ntoegekend\npo\n1.096\n990\nvo\n1.298\n1.747\n")
    f = figures(text)
    assert (f["1.096"].period_start, f["1.747"].period_end) == (date(2020, 1, 1), date(2020, 12, 31))
    # a table over several years ("per jaar ... vanaf 2014") still takes no year from the prose
    several = text.replace("In 2020 zijn er", "Per jaar vanaf 2014 tot en met 2019 zijn er")
    assert figures(several)["1.096"].period_start is None


def test_a_year_of_a_cohort_is_no_calendar_period_and_the_figures_after_it_inherit_none():
    text = ("Van de 148.500 deelnemers die in 2013 gestart zijn met een mbo-opleiding, vielen in het eerste jaar ruim "
            "15.000 leerlingen uit. Dit komt neer op een percentage van 10 procent.")
    f = figures(text)
    assert (f["148.500"].period_start, f["148.500"].period_end) == (date(2013, 1, 1), date(2013, 12, 31))
    assert (f["15.000"].period_start, f["10"].period_start) == (None, None)
    assert f["15.000"].unit == "persons"


def test_a_year_after_the_figure_with_a_footnote_marker_is_its_own():
    text = "In 2016 waren er 8.829 werknemer-promovendi, tegenover 8.982 in 2017.2 Er is ook een andere groep."
    f = figures(text)
    assert f["8.982"].period_start == date(2017, 1, 1) and f["8.829"].period_start == date(2016, 1, 1)
    assert f["8.829"].unit == "persons"


def test_days_of_one_month_are_a_period_and_spread_over_days_is_a_figure():
    text = ("In week 27 (5 t/m 11 juli 2021) hebben buschauffeurs van lijn 73 melding gedaan van 7 incidenten "
            "verspreid over 5 dagen op de buslijn 73 Ter Apel-Emmen.")
    f = figures(text)
    assert (f["7"].period_start, f["7"].period_end) == (date(2021, 7, 5), date(2021, 7, 11))
    assert f["5"].unit == "days" and "73" not in f


def test_norms_terms_targets_ages_and_numbered_questions_are_no_figures():
    for text in ("Zij krijgen een verlaging van de uitkering van 75 naar 70 procent van het wettelijk minimumloon.",
                 "Werkgevers stellen zich garant voor 100.000 extra banen.",
                 "In 1974 is voor werknemers van 15 tot en met 23 jaar een minimumjeugdloon ingevoerd.",
                 "In 2017 gingen de lonen voor 18- t/m 21-jarigen omhoog, en per 2019 voor 18-, 19- en 20-jarigen.",
                 "Het UWV beschikt uiterlijk 14 weken na aanvraag.",
                 "Het is mij bekend dat de uiterlijke beslistermijn 14 weken is.",
                 "De 15 kalenderdagen waarnaar in de vraag wordt verwezen, betreft de behandeltermijn.",
                 "Zoals ik bij het antwoord op de vragen SP 6, 7, 23 en 24 heb aangegeven."):
        assert figures(text) == {}, text
    # a measured time still counts
    assert "14" in figures("In 2020 was de doorlooptijd gemiddeld 14 weken.")


def test_a_period_from_a_year_to_a_month_and_a_pair_that_shares_its_multiplier():
    f = figures("Over de periode 2016 tot oktober 2020 is in totaal 2980 keer bezwaar ingediend.")["2980"]
    assert (f.period_start, f.period_end) == (date(2016, 1, 1), date(2020, 9, 30))
    g = figures("Eind 2022 een totale saldoschuld van respectievelijk 492 en 127 miljoen euro.")
    assert (g["492"].value, g["127 miljoen"].value) == (492_000_000, 127_000_000)
    assert figures("Het waren 492 en 127 miljoen euro.")["492"].value == 492  # no "respectievelijk": not shared


def test_a_party_numbered_question_under_a_bare_vraag_label():
    text = ("Voor de leesbaarheid zijn de vragen per onderwerp beantwoord.\n\n1. Aard en omvang fraude\n\nVraag\n\nD66 9\n\n"
            "Hoe wordt in seizoenssectoren gehandhaafd op de sollicitatieplicht?\n\nAntwoord\n\n"
            "Het UWV checkt bij WW-gerechtigden of zij solliciteren.\n")
    doc = parse_text(text, "so.txt", "so.txt", "0" * 64)
    assert [q.numbers for q in doc.questions] == [(9,)]
    assert doc.questions[0].text.startswith("Hoe wordt")
    assert doc.answers[0].question_keys == ("q9",)


def test_acts_and_agencies_of_the_thirteenth_series():
    assert refs("het bij Bbz en Tozo vaak gaat om leningen") == [
        ("Bbz", "act", "BWBR0015711"), ("Tozo", "act", "BWBR0043402")]
    assert refs("Voor de huidige Wajongers verandert er weinig.") == [("Wajongers", "act", "BWBR0008657")]
    assert refs("In de Tijdelijke regeling verkiezingen covid-19 (ministeriële regeling) staat het.") == [
        ("Tijdelijke regeling verkiezingen covid-19", "act", "tijdelijke regeling verkiezingen covid-19")]
    assert refs("Er zijn geen verdere wijzigingen van de Tijdelijke wet voorzien.") == []
    heading = "Nr. 548 BRIEF VAN DE MINISTER VAN SOCIALE ZAKEN EN WERKGELEGENHEID\n"
    assert [(heading[h.start:h.end], h.key) for h in find_agencies(heading)] == [
        ("SOCIALE ZAKEN EN WERKGELEGENHEID", "SZW")]
    assert [h.key for h in find_agencies("de uitspraak van de Europese Commissie voor Sociale Rechten (ESCR)")] == []
    assert [h.key for h in find_agencies("de aanbevelingen van de Europese Commissie voor Nederland")] == ["EC"]
