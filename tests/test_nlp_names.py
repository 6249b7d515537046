"""Rules of the fifth extraction round (tests/gold/GUIDELINES.md, decisions): abbreviations a document defines,
acts and bills by name outside the gazetteers, thresholds, compound agency names."""

from kamergraaf.extract.ref_names import document_abbreviations
from kamergraaf.extract.references import find_references


def refs(text, abbrevs=None):
    return {(h.kind, h.identifier) for h in find_references(text, abbrevs)}


def test_an_abbreviation_defined_after_an_act_means_that_act_later_also_glued():
    text = "Klopt het dat de Wet politiegegevens (Wpg) niet wordt nageleefd? Was deWpg niet bedoeld?"
    abbrevs = document_abbreviations(text, find_references)
    assert set(abbrevs) == {"Wpg"}
    later = "Wat is het doel van de Wpg? Was deWpgniet juist bedoeld? Zie artikel 8 en 9 van de Wpg."
    hits = [h for h in find_references(later, abbrevs) if h.kind == "act"]
    assert [later[h.start:h.end] for h in hits] == ["Wpg", "Wpg", "Wpg"]
    assert {h.identifier for h in hits} == {"BWBR0022463"}
    assert ("article", "BWBR0022463/artikel/9") in refs(later, abbrevs)


def test_an_abbreviation_that_does_not_fit_the_name_defines_nothing():
    text = "de Wet politiegegevens (KPMG) en het rapport (AP)"
    assert document_abbreviations(text, find_references) == {}


def test_acts_outside_the_2017_list_named_with_their_abbreviation():
    text = ("In de Wet gegevensverwerking door samenwerkingsverbanden (Wgs) die in 2025 ingaat. Eisen staan in de "
            "Regeling aanwijzing consumentenvuurwerk (RAC). Binnen de Renewable Energy Directive (RED-III) geldt.")
    abbrevs = document_abbreviations(text, find_references)
    assert abbrevs["Wgs"].identifier == "BWBR0049962"
    assert abbrevs["RAC"].identifier == "regeling aanwijzing consumentenvuurwerk"
    assert (abbrevs["RED-III"].kind, abbrevs["RED-III"].identifier) == ("eu-act", "red-iii")
    assert refs("Ook in de RED-III en de Wgs.", abbrevs) == {("eu-act", "red-iii"),
                                                           ("act", "BWBR0049962")}


def test_named_code_decisions_bills_and_misprinted_codes():
    assert ("act", "codebesluit prioriteringsruimte bij transportverzoeken") in refs(
        "heeft de ACM het codebesluit prioriteringsruimte bij transportverzoeken gepubliceerd.")
    bill = ("bill", "wet verbetering beschikbaarheid jeugdzorg")
    assert bill in refs("onder meer het wetsvoorstel Verbetering beschikbaarheid jeugdzorg dat in april is ingediend")
    assert bill in refs("Hetwetsvoorstel Verbetering beschikbaarheid jeugdzorg zal dit ondersteunen.")
    assert bill in refs("2 Wetsvoorstel Wet verbetering beschikbaarheid jeugdzorg. Te raadplegen via")
    assert refs("Met dit wetsvoorstel wordt samenwerking verplicht.") == set()
    assert ("act", "BWBR0001903") in refs("de Gemeentewet en het Wetboek van Strafverordening?")
    assert ("eu-act", "europese diergezondheidsverordening") in refs("in de Europese Diergezondheidsverordening de regels")
    assert ("treaty", "adr") in refs("de eisen aan het transport van consumentenvuurwerk in de ADR.")


def test_a_date_after_a_kamerstuk_number_is_not_a_further_number():
    assert refs("3 Kamerstuk 31 839, nr. 1031, 5 november 2024, Voortgangsbrief") == {("kamerstuk", "kst-31839-1031")}
    assert refs("Kamerstuk 31 839, nrs. 1031, 5 en 7") == {("kamerstuk", f"kst-31839-{n}") for n in (1031, 5, 7)}


def agency_keys(text):
    from kamergraaf.extract.agencies import find_agencies
    return [(h.key, text[h.start:h.end]) for h in find_agencies(text)]


def test_agencies_in_words_a_text_extraction_glued_or_broke():
    assert agency_keys("de Minister vanBinnenlandse Zaken en Koninkrijksrelaties") == [
        ("BZK", "Binnenlandse Zaken en Koninkrijksrelaties")]
    assert agency_keys("is de Minister van VWSmomenteel bezig") == [("VWS", "VWS")]
    assert agency_keys("vanuit het Ministerie van Economi-sche Zaken en Klimaat") == [
        ("EZ", "Economi-sche Zaken en Klimaat")]
    assert agency_keys("Minister van Justitie enVeiligheid") == [("JenV", "Justitie enVeiligheid")]


def test_police_compounds_articles_domains_and_foreign_ministries():
    assert agency_keys("van oude politiegegevens en het politiekorps") == [("Politie", "politie"), ("Politie", "politie")]
    assert agency_keys("gegevens door depolitie") == [("Politie", "politie")]
    assert agency_keys("de politieke partijen en de Wet politiegegevens") == []
    assert agency_keys("(politie.nl, 29 juli 2024)") == []
    assert agency_keys("Het Ministerie van Buitenlandse Zaken van Kenia heeft verklaard") == []
    assert agency_keys("Het Ministerie van Buitenlandse Zaken heeft verklaard") == [("BZ", "Buitenlandse Zaken")]


def figure_texts(text):
    from kamergraaf.extract.figures import find_figures
    return [text[f.start:f.end] for f in find_figures(text)]


def test_rule_values_limits_conditions_and_horizons_are_not_figures():
    from kamergraaf.extract.figure_limits import is_limit
    for text, number in [
        ("Daarnaast geldt een minimale afstandeis van 8 meter.", "8"),
        ("bij kleinere vuurwerkopslagen (< 10.000 kg) de aanwezigheid", "10.000"),
        ("Ondernemers met een opslag groter dan of gelijk aan 10.000 kg moeten een vergunning hebben.", "10.000"),
        ("Ondernemers die een opslag van minder dan 10.000 kg hebben, moeten dit melden.", "10.000"),
        ("Zo dient er een constructie te zijn die een brandwerendheid heeft van ten minste 60 minuten", "60"),
        ("Uiterlijk binnen 9 maanden na geboorte van het paard", "9"),
        ("kiezen voor de vaste vergoeding en daadwerkelijk herstel tot 60.000 euro.", "60.000"),
        ("op het moment dat de olieprijs boven de 80 euro per vat komt", "80"),
        ("Wanneer een paard 30 dagen of langer op een inrichting verblijft", "30"),
        ("kan hij in de afgelopen 5 jaar geen arbeidsrelatie hebben gehad", "5"),
        ("hoe de advocatuur er over 5, 10, 20 jaar uitziet", "10"),
        ("Lijn 2 «de juiste inzet van medewerkers» is erop gericht", "2"),
    ]:
        s = text.index(number)
        assert is_limit(text, s, s + len(number)), text
    for text, number in [
        ("Er waren minder dan 500 aanvragen in 2023.", "500"),
        ("Het aantal is gestegen tot 60.000 euro.", "60.000"),
        ("In 2023 waren er 3.000 tot 4.000 meldingen.", "4.000"),
        ("Er zijn 30 dagen verstreken.", "30"),
    ]:
        s = text.index(number)
        assert not is_limit(text, s, s + len(number)), text


def test_rows_labelled_by_year_give_their_cells_that_year():
    from datetime import date
    from kamergraaf.extract.figure_tables import find_cells
    text = ("Hieronder een overzicht.\nMeldingen Terughaalacties Aantal kg\n2019 22 2 486,8\n2020 8 3 1823,4\n"
            "2024 (tot 1 juni 2024) 2 1 331\nVraag 12\nIn 2023 waren het er 5.")
    cells = find_cells(text, lambda s, floor: (s, s))
    got = [(text[c.start:c.end], c.period_start, c.period_end) for c in cells]
    assert got[0] == ("22", date(2019, 1, 1), date(2019, 12, 31))
    assert got[-1] == ("331", date(2024, 1, 1), date(2024, 5, 31))
    assert len(got) == 9
    assert find_cells("In 2019 22 meldingen.\nDat is veel.", lambda s, floor: (s, s)) == []


def test_shared_multiplier_of_a_range_and_cubic_metres():
    from kamergraaf.extract.figures import find_figures
    text = "Dit komt neer op 30–45 mln. euro bij de verwachte productie. Er is 10,4 miljard m\n3 aan aardgas gewonnen."
    hits, _ = find_figures(text, [], [])
    got = [(text[h.start:h.end], h.value, h.unit) for h in hits]
    assert [(t, int(v)) for t, v, _ in got] == [("30", 30000000), ("45 mln", 45000000), ("10,4 miljard", 10400000000)]
    assert got[-1][2] == "m3"


def test_english_country_adjectives_and_broken_names():
    from kamergraaf.extract.countries import find_countries
    def iso(text):
        return [h.iso3 for h in find_countries(text)]
    assert iso("«British national and several Turkish citizens abducted in Kenya»") == ["GBR", "TUR", "KEN"]
    assert iso("volgens Turkish Minute") == []
    assert iso("dat wij in Neder-land voorop lopen") == ["NLD"]
