"""Rules of the thirteenth extraction round. The texts are written for these tests in the form of answered
Kamervragen and committee lists (tests/gold/GUIDELINES.md)."""

from datetime import date

from kamergraaf.extract.figures import find_figures


def figures(text, agencies=()):
    hits, _ = find_figures(text, list(agencies), [])
    return {text[h.start:h.end]: h for h in hits}


def test_year_value_rows_whose_header_went_into_the_paragraph_above():
    # the reader joined the header cells to the caption's paragraph; the rows are "year / value"
    text = ("Antwoord 2\nTabel 1. Hoogte bbp (in nominale miljarden euro’s) in de periode 2005 – 2008 Jaar euro’s\n"
            "2005\n541\n2007\n609\n2006\n573\n2008\n636\nBron: CBS")
    hits, _ = find_figures(text, [], [])
    got = [(text[h.start:h.end], h.value, h.unit, h.period_start, h.period_end) for h in hits]
    assert got == [("541", 541000000000, "EUR", date(2005, 1, 1), date(2005, 12, 31)),
                   ("609", 609000000000, "EUR", date(2007, 1, 1), date(2007, 12, 31)),
                   ("573", 573000000000, "EUR", date(2006, 1, 1), date(2006, 12, 31)),
                   ("636", 636000000000, "EUR", date(2008, 1, 1), date(2008, 12, 31))]


def test_a_run_of_years_and_values_that_is_not_year_value_pairs_gives_no_year_rows():
    # the same year twice: not one value per year
    text = "Tabel 2. Aantallen\n2005\n541\n2005\n609\n2006\n573\nBron: CBS"
    found = figures(text)
    assert all(h.period_start != date(2005, 1, 1) or t == "541" for t, h in found.items())


def test_numbers_grouped_by_a_space_in_a_cell_of_their_own_or_in_brackets_after_circa():
    text = ("De aantallen staan in de tabel.\nSchooljaar\n2010–2011\n2009–2010\n1\nAbsoluut verzuim\n8 098\n6 878\n"
            "Teruggeleid naar school\n4 297\n3 599\n2\nAantal thuiszitters\nA) start schooljaar\n2 296\n2 269\n"
            "B) toename gedurende het schooljaar\n3 140\n2 913\n")
    hits, _ = find_figures(text, [], [])
    got = [(text[h.start:h.end], h.value, h.period_start, h.period_end) for h in hits]
    assert got == [("8 098", 8098, date(2010, 8, 1), date(2011, 7, 31)), ("6 878", 6878, date(2009, 8, 1), date(2010, 7, 31)),
                   ("4 297", 4297, date(2010, 8, 1), date(2011, 7, 31)), ("3 599", 3599, date(2009, 8, 1), date(2010, 7, 31)),
                   ("2 296", 2296, date(2010, 8, 1), date(2011, 7, 31)), ("2 269", 2269, date(2009, 8, 1), date(2010, 7, 31)),
                   ("3 140", 3140, date(2010, 8, 1), date(2011, 7, 31)), ("2 913", 2913, date(2009, 8, 1), date(2010, 7, 31))]
    found = figures("Na loting is het overige deel van de aanvragen (circa 12 700) afgewezen.")
    assert found["12 700"].value == 12700 and found["12 700"].approximate
    # two numbers on a line with more than a single space between them stay two cells
    assert "8 098" not in figures("De tabel.\nA\n8  098\n")


def test_a_grouped_row_table_needs_rows_of_the_header_width():
    # a row of three values under two columns: not read as this kind of table
    text = "Overzicht\n2010–2011\n2009–2010\nAbsoluut verzuim\n8 098\n6 878\n5 000\nTeruggeleid\n4 297\n3 599\n"
    found = figures(text)
    assert all(h.period_start != date(2010, 8, 1) for h in found.values())


def test_the_comptabiliteitswet_without_its_year_is_the_version_in_force_in_the_documents_year():
    from kamergraaf.extract.nlp import build_pipeline
    from kamergraaf.extract.references import dated_versions, find_references

    text = "Op grond van artikel 3.1 van de Comptabiliteitswet is dit geregeld."
    hits = find_references(text)
    assert {(h.kind, h.identifier) for h in dated_versions(hits, 2018)} == {
        ("act", "BWBR0039429"), ("article", "BWBR0039429/artikel/3.1")}
    assert {(h.kind, h.identifier) for h in dated_versions(hits, 2013)} == {
        ("act", "BWBR0013891"), ("article", "BWBR0013891/artikel/3.1")}
    assert dated_versions(hits, None) == hits and dated_versions(hits, 1990) == hits
    # a year printed with the act is kept whatever the document's year
    printed = find_references("De Comptabiliteitswet 2001 gold toen.")
    assert {h.identifier for h in dated_versions(printed, 2020)} == {"BWBR0013891"}
    # the pipeline component takes the document's year from the document
    nlp = build_pipeline()
    doc = nlp.make_doc("Dat volgt uit de Comptabiliteitswet.")
    doc.user_data["kg_default_year"] = 2021
    doc = nlp(doc)
    assert [r.identifier for r in doc._.kg_references] == ["BWBR0039429"]


def test_a_budget_dossier_in_brackets_with_its_toevoeging_and_no_number():
    from kamergraaf.extract.references import find_references

    found = {(r.kind, r.identifier) for r in find_references(
        "de feitelijke vragen over de begrotingsstaat van het Deltafonds voor het jaar 2019 (35000-J).")}
    assert found == {("kamerstuk", "kst-35000-J")}
    # a bracketed range or a number with a hyphen is no dossier
    assert not find_references("Het aantal steeg (12000-15000) en daalde (2019-A).")


def test_hectares_page_lists_and_a_sentence_about_some_years_of_its_own():
    found = figures("Staatsbosbeheer heeft in 2010 extra ingezet op verjonging. Als gevolg daarvan is enkele jaren "
                    "iets meer dan de gebruikelijke 1% van de oppervlakte verjongd. In de eerste jaren van de impuls "
                    "zijn de vlaktes soms groot geweest (tussen 1 en 2 hectare). Er is 120 ha gekapt.")
    assert [found[t].unit for t in ("1", "2", "120")] == ["hectares"] * 3
    for t in ("1%", "1", "2"):
        assert (found[t].period_start, found[t].period_end) == (None, None), t
    # a sentence without such words still takes the year of the sentence before
    found = figures("In 2010 waren er 50 meldingen. Dat waren er 20 meer dan het jaar ervoor.")
    assert found["20"].period_start == date(2010, 1, 1)
    assert "34" not in figures("Zie de tabellen op pagina’s 34 en 81 en het schema op bladzijde 80. Het gaat om 29 auto's.")


def test_caribbean_adjectives_an_upper_case_alias_a_temporary_act_and_an_english_convention():
    from kamergraaf.extract.countries import find_countries
    from kamergraaf.extract.references import find_references

    text = "De Curaçaose overheid, de Arubaanse regering en de Sint Maartense minister."
    assert [h.iso3 for h in find_countries(text)] == ["CUW", "ABW", "SXM"]
    refs = {(r.kind, r.identifier) for r in find_references(
        "Er werd een WAV-boete opgelegd. Dit is in de Tijdelijke wet Nationaal Groeifonds gedefinieerd. Volgens de "
        "United Nations Convention to Combat Desertification (UNCCD) neemt de woestijnvorming toe.")}
    # (the temporary act by the BWB id a public source pairs with its name since the forty-seventh round;
    # this test asserted its lower-case name before that id was found)
    assert refs == {("act", "BWBR0007149"), ("act", "BWBR0046840"), ("treaty", "unccd")}
    # a temporary act whose name goes on in lower-case words is not cut short
    assert not find_references("over het voorstel Tijdelijke wet Transitiefonds landelijk gebied en natuur zijn de")


def test_schemes_by_a_compound_ending_in_regeling_and_acts_two_versions_share():
    from kamergraaf.extract.references import dated_versions, find_references

    text = ("De conclusies gelden voor de Subsidieregeling verbetering basisvaardigheden 20222, Subsidieregeling "
            "School en omgeving3 en Subsidieregeling heterogene brugklassen4. Via de ESF-regeling Duurzame "
            "inzetbaarheid worden sectoren ondersteund.")
    hits = find_references(text)
    assert {(h.kind, h.identifier) for h in hits} == {
        ("act", "subsidieregeling verbetering basisvaardigheden 2022"), ("act", "subsidieregeling school en omgeving"),
        ("act", "subsidieregeling heterogene brugklassen"), ("act", "esf-regeling duurzame inzetbaarheid")}
    assert all(text[h.start:h.end] == h.label for h in hits)  # offsets point at the name as printed
    # a scheme whose name goes on in a list is not guessed
    assert not find_references("op grond van de Kaderregeling subsidies OCW, SZW en VWS. Deze regeling geldt.")
    assert {h.identifier for h in find_references("De Participatiewet geldt.")} == {"BWBR0015703"}
    rpe = find_references("Volgens de Regeling Periodiek Evaluatieonderzoek is dat zo.")
    assert [h.identifier for h in dated_versions(rpe, 2014)] == ["BWBR0031959"]
    assert [h.identifier for h in dated_versions(rpe, 2021)] == ["BWBR0035579"]
