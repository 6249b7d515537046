"""Rules of the seventeenth extraction round. The texts are written for these tests in the form of answered
Kamervragen and committee lists (tests/gold/GUIDELINES.md)."""

from datetime import date
from decimal import Decimal

from kamergraaf.extract.figures import find_figures
from kamergraaf.extract.reader import parse_text


def figures(text, agencies=()):
    hits, _ = find_figures(text, list(agencies), [])
    return [(text[h.start:h.end], h) for h in hits]


_FLATTENED = ("Antwoord\n\nIn onderstaande tabel staan de geplande ODA-uitgaven in Azië voor 2011. Het betreft hier "
              "de gedelegeerde landenbudgetten.\n\nLand\n\nBudgetten 2011 (inclusief ABS en SBS)\n\nABS (1)\n\n"
              "Geoor-merkt\n\nNiet geoormerkt\n\nSBS (2)\n\nAfghanistan\n\n16.950.000\n\n0\n\n0\n\nBhutan\n\n"
              "2.000.000\n\n2.000.000\n\nX\n\n0\n\nMongolië\n\n7.298.000\n\n0\n\n0\n\n"
              "  1. ABS: Algemene begrotingssteun\n\n  2. SBS: Sectorale begrotingssteun\n")


def test_a_table_whose_nested_header_was_flattened_keeps_its_rows():
    got = figures(_FLATTENED)
    texts = [t for t, _ in got]
    # every value of every row, the mark "X" and the footnote markers "(1)", "(2)" are no figures
    assert texts == ["16.950.000", "0", "0", "2.000.000", "2.000.000", "0", "7.298.000", "0", "0"]
    for _, h in got:
        # the columns cannot be told, so every cell keeps its row; the table's sentence gives euros and the year
        assert h.unit == "EUR"
        assert (h.period_start, h.period_end) == (date(2011, 1, 1), date(2011, 12, 31))
    assert "Bhutan" in got[3][1].measure and got[3][1].value == Decimal(2000000)
    assert "Mongolië" in got[-1][1].measure


def test_a_flattened_table_needs_three_rows_of_names():
    two_rows = _FLATTENED.replace("Mongolië\n\n7.298.000\n\n0\n\n0\n\n", "")
    cells = [h for _, h in figures(two_rows) if "Bhutan" in h.measure]
    assert not any(h.unit == "EUR" and h.period_start == date(2011, 1, 1) for h in cells)


def test_the_table_sentence_gives_no_year_or_euros_when_it_counts():
    counted = _FLATTENED.replace("de geplande ODA-uitgaven in Azië voor 2011", "het aantal projecten in Azië voor 2011") \
        .replace("Budgetten 2011 (inclusief ABS en SBS)", "Projecten")
    got = figures(counted)
    assert got and all(h.unit == "count" for _, h in got)
    # the sentence names the year: it dates the cells; a span of years does not
    assert all(h.period_start == date(2011, 1, 1) for _, h in got)
    span = counted.replace("voor 2011", "voor 2011-2014")
    assert all(h.period_start is None for _, h in figures(span))


def test_rows_out_of_step_with_the_header_are_not_read_as_columns():
    # the header lost a cell, so a fixed width would put "4.000.000" where a row label belongs
    text = ("Antwoord\n\nIn onderstaande tabel staan de geplande uitgaven voor 2011.\n\nGeoor-merkt\n\n"
            "Niet geoormerkt\n\nBolivia\n\n42.064.000\n\n0\n\n0\n\nColombia\n\n18.200.000\n\n0\n\n4.000.000\n\n"
            "Suriname\n\n36.456.000\n\n0\n\n0\n")
    got = figures(text)
    assert [t for t, _ in got] == ["42.064.000", "0", "0", "18.200.000", "0", "4.000.000", "36.456.000", "0", "0"]
    assert all("4.000.000" not in h.measure and "42.064.000" not in h.measure for _, h in got)
    assert "Colombia" in got[5][1].measure


def test_a_footnote_marker_closing_a_header_cell_needs_its_note():
    text = "Antwoord\n\nHet aantal zaken is als volgt.\n\nZaken (1)\n\nIn 2023 waren het 450 zaken.\n"
    # no note "1." below: the number in brackets may be a count
    assert "1" in [t for t, _ in figures(text)]
    noted = text + "\n1. Zaken: alleen afgeronde zaken\n"
    assert "1" not in [t for t, _ in figures(noted)] and "450" in [t for t, _ in figures(noted)]


_DISTRICTS = ("Antwoord\n\nIn totaal is in de inrichting voorzien in 3.413 wijkagenten. Landelijk waren er op 30 juni "
              "jongstleden 3.444 wijkagenten werkzaam.\n\nConform\n\nInrichtingsplan\n\nBezetting per 30-6-2014\n\n"
              "1\n\nNoord-Nederland\n\n345\n\n451\n\n2\n\nOost-Nederland\n\n629\n\n434\n\n3\n\nMidden-Nederland\n\n"
              "376\n\n353\n\n3.413\n\n3.444\n")


def test_numbered_rows_over_a_totals_row_without_a_label():
    hits, _ = find_figures(_DISTRICTS, [], [], 2014)
    got = [(_DISTRICTS[h.start:h.end], h) for h in hits]
    texts = [t for t, _ in got]
    # the row numbers 1, 2, 3 are no figures; the totals row is read too
    assert texts == ["3.413", "3.444", "345", "451", "629", "434", "376", "353", "3.413", "3.444"]
    cells = dict(got[2:])
    # the rows are all two values wide: the values stand under the last two heads; a head with a date dates its column
    assert cells["451"].ref_date == date(2014, 6, 30) and cells["345"].ref_date is None
    assert "Inrichtingsplan" in cells["345"].measure and "Noord-Nederland" in cells["345"].measure
    # the table's total repeats "3.413 wijkagenten": every cell counts persons
    assert all(h.unit == "persons" for _, h in got)
    # without that sentence the cells are counts
    bare = _DISTRICTS.replace("In totaal is in de inrichting voorzien in 3.413 wijkagenten. ", "") \
        .replace("3.444 wijkagenten werkzaam", "3.444 werkzaam")
    assert {h.unit for h in find_figures(bare, [], [], 2014)[0]} == {"count"}


def test_counted_nouns_by_their_ending():
    got = dict(figures("Er zijn 3.413 wijkagenten, 398 duizend werkenden, 80 tbs-gestelden en 12 officieren."))
    assert {t: h.unit for t, h in got.items()} == {"3.413": "persons", "398 duizend": "persons", "80": "persons",
                                                   "12": "persons"}


def test_the_day_a_source_was_published_dates_no_figure():
    text = ("Deze uitspraak in de Telegraaf op 30 maart jl. noemt 40 reizen. Uit een enquête van Nuffic gepubliceerd "
            "op 27 oktober blijkt dat 57,3% wil blijven. De Volkskrant citeert op 31 maart jl. de eigenaar, die spreekt "
            "over circa 300 tickets per jaar. De voorraad op 1 september 2025 betreft 300 zaken.")
    hits, _ = find_figures(text, [], [], 2020)
    got = {text[h.start:h.end] + "@" + str(h.start): h.ref_date for h in hits}
    dated = [k for k, v in got.items() if v is not None]
    assert len(dated) == 1 and dated[0].startswith("300@") and got[dated[0]] == date(2025, 9, 1)


def test_a_listing_page_dates_its_question_and_answer():
    doc = parse_text("Kamervraag 2014Z13952\n\nHet tekort aan wijkagenten\n\nIngediend 11 augustus 2014\nBeantwoord 12 "
                     "september 2014 (na 32 dagen)\nIndiener Ronald van Raak (SP)\n • Vraag 1\n  Klopt het bericht?\n\n"
                     "  Nee.\n", "a.txt", "a.txt", "x")
    assert doc.meta.date_submitted == date(2014, 8, 11) and doc.meta.date_received == date(2014, 9, 12)


def refs(text):
    from kamergraaf.extract.references import find_references
    return {(text[r.start:r.end], r.kind, r.identifier) for r in find_references(text)}


def test_the_visa_code_and_the_rules_of_procedure_by_name():
    got = refs("Ingevolge artikel 14 van de (EU) Visumcode1 moeten aanvragers aantonen dat zij middelen hebben.")
    assert ("Visumcode", "eu-act", "visumcode") in got
    assert ("artikel 14 van de (EU) Visumcode", "article", "visumcode/artikel/14") in got
    got = refs("overeenkomstig artikel 134 van het Reglement van Orde van de Tweede Kamer ingediende vragen")
    assert ("artikel 134 van het Reglement van Orde van de Tweede Kamer", "article",
            "reglement van orde van de tweede kamer/artikel/134") in got
    # a footnote marker run into a name is read only after a word of five letters or more
    assert not any(k == "eu-act" for _, k, _ in refs("de Visumcodes12 zijn"))


def test_a_treaty_named_with_its_year_leaves_the_year_out():
    got = refs("namelijk het Verdrag van Wenen inzake Consulaire Betrekkingen van 1963 , bevat enkele bepalingen.")
    assert got == {("Verdrag van Wenen inzake Consulaire Betrekkingen", "treaty",
                    "verdrag van wenen inzake consulaire betrekkingen")}


def test_a_temporary_act_named_in_lower_case_words():
    assert refs("het plenaire debat over de Tijdelijke wet klimaatfonds (Handelingen II 2022/23, nr. 101).") >= \
        {("Tijdelijke wet klimaatfonds", "act", "tijdelijke wet klimaatfonds")}
    assert ("Tijdelijke wet maatregelen covid-19", "act", "BWBR0044337") in \
        refs("De Tijdelijke wet maatregelen covid-19 is verlengd.")
    # a name that may run on into a verb is not guessed (one that ends in a code, "covid-19", ends there: 44th round)
    assert not any("Tijdelijke" in t for t, _, _ in refs("de Tijdelijke wet maatregelen verlengt de termijn"))
    # after "wetsvoorstel" it is a bill, by its own name
    assert ("Tijdelijke wet klimaatfonds", "bill", "tijdelijke wet klimaatfonds") in \
        refs("over het wetsvoorstel Tijdelijke wet klimaatfonds.")


def test_countries_in_capitalised_names_and_spelled_out_acronyms():
    from kamergraaf.extract.countries import find_countries

    def iso(text):
        return [h.iso3 for h in find_countries(text)]
    assert iso("de bezette Palestijnse Gebieden") == ["PSE"]
    assert iso("onderdelen in Amerikaans eigendom en Brits materieel") == ["USA", "GBR"]
    # the words in brackets spell out the acronym before them: an organisation's name
    assert iso("de open brief van de organisatie NIHB (Nederlanders in het Buitenland)") == []
    assert iso("de steun (Nederland en Duitsland) aan de NAVO") == ["NLD", "DEU"]
    assert iso("de organisatie NIHB (Nederlanders in Frankrijk)") == ["NLD", "FRA"]


def items(text):
    doc = parse_text(text, "a.txt", "a.txt", "x")
    return [(q.key, q.text[:25]) for q in doc.questions], [(a.key, a.text[:25]) for a in doc.answers]


def test_a_number_and_its_question_on_one_line_over_a_numbered_answer():
    qs, ans = items("Vragen van het lid Schut-Welkzijn (VVD) over de brief (ingezonden 26 januari 2016)\n\n"
                    "1 In de motie wordt opgeroepen om te onderhandelen; hoeveel mensen hebben er voordeel bij?\n\n"
                    "Antwoord 1.\n\nVan de landen hebben Mexico en Maleisië positief gereageerd.\n")
    assert qs == [("q1", "In de motie wordt opgeroe")] and ans == [("a1", "Van de landen hebben Mexi")]


def test_the_governments_answer_under_a_members_reported_question():
    qs, ans = items("Beantwoording resterende vragen, gesteld tijdens het Commissiedebat\n"
                    "Russische agressie-oorlog tegen Oekraïne\n"
                    "Het lid Kahraman (NSC) informeerde naar wat er op EU-niveau op tafel ligt.\n"
                    "Antwoord van het kabinet\n"
                    "Tijdens de RBZ zal verder worden gesproken over het voorstel.\n")
    assert qs == [("q0", "Het lid Kahraman (NSC) in")] and ans == [("a0", "Tijdens de RBZ zal verder")]


def test_answers_without_labels_when_every_question_is_followed_by_one():
    text = ("Vragen van de leden Van Hijum en Omtzigt (beiden CDA) aan de minister\n\n1\n\nIs het waar dat ouders een "
            "brief hebben ontvangen?\n\nEr gaat veel geld om in de kinderopvangtoeslag.\n\n2\n\nKunt u dat "
            "toelichten?\n\nDe koppeling vindt plaats op basis van adresgegevens.\n")
    qs, ans = items(text)
    assert [k for k, _ in qs] == ["q1", "q2"] and ans == [("a1", "Er gaat veel geld om in d"), ("a2", "De koppeling vindt plaats")]
    # questions only (a question without a paragraph after it): no answers are made up
    qs, ans = items(text.replace("\n\nDe koppeling vindt plaats op basis van adresgegevens.", ""))
    assert ans == []


def test_a_question_heading_run_into_the_sentence_before_it():
    qs, ans = items("Kamerlid Jan de Wit (SP) heeft Kamervragen gesteld. Hierbij de kamervragen met antwoorden.Vraag 1\n"
                    "Wat is uw reactie op het bericht?\nAntwoord 1\nDe verhogingen zijn wettelijk geregeld.\n")
    assert qs == [("q1", "Wat is uw reactie op het ")] and ans == [("a1", "De verhogingen zijn wette")]


def test_amounts_after_the_code_eur_and_english_thousands():
    got = dict(figures("met tot nu toe bijna EUR 144 mld. aan steun. Er zitten ruim 270,000 scholieren op school."))
    # the text starts at the first digit (GUIDELINES), the code gives the unit
    assert got["144 mld"].unit == "EUR" and got["144 mld"].value == Decimal(144_000_000_000)
    assert got["270,000"].value == Decimal(270000) and got["270,000"].unit == "persons"
    assert dict(figures("Het verschil is 2,5 procent."))["2,5"].value == Decimal("2.5")


def test_a_part_of_a_counted_whole_and_a_benefits_norm():
    got = dict(figures("Ongeveer 398 duizend van deze 1,2 miljoen mensen werkten. De AOW kan 70% van het wettelijk "
                       "minimumloon bedragen, de gehuwdennorm (50% van het wettelijk minimumloon). Het minimumloon "
                       "steeg met 3%."))
    assert got["398 duizend"].unit == "persons"
    assert "70%" not in got and "50%" not in got and got["3%"].unit == "percent"


def test_a_period_between_two_dates_in_figures():
    text = "In de afgelopen vijf jaar (periode 01-01-2017 t/m 31-12-2021) zijn er 1.958 visumaanvragen gedaan."
    h = dict(figures(text))["1.958"]
    assert (h.period_start, h.period_end) == (date(2017, 1, 1), date(2021, 12, 31))


def test_a_council_configuration_is_not_the_ministry():
    from kamergraaf.extract.agencies import find_agencies
    assert [h.key for h in find_agencies("Tijdens de Raad Buitenlandse Zaken van 14 april sprak de minister van "
                                         "Buitenlandse Zaken.")] == ["BZ"]


def test_a_temporary_act_whose_name_goes_on_in_a_capitalised_word():
    assert ("Tijdelijke wet maatregelen Covid-19", "act", "tijdelijke wet maatregelen covid-19") in \
        refs("in de zesde verlenging van de Tijdelijke wet maatregelen Covid-19 en het stopzetten van de app")
