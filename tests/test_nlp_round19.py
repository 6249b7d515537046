"""Rules of the nineteenth extraction round (drawn from the eighth series of unseen pages). The texts are written
for these tests in the form of answered Kamervragen (tests/gold/GUIDELINES.md)."""

from datetime import date
from decimal import Decimal

from kamergraaf.extract.agencies import find_agencies
from kamergraaf.extract.figures import find_figures
from kamergraaf.extract.numbers import find_time_expressions, resolve_time


def figures(text):
    hits, _ = find_figures(text, find_agencies(text), [])
    return {text[h.start:h.end]: h for h in hits}


def assert_no_figure(cases):
    for text, figure in cases:
        assert figure not in figures(text), text


def period(text):
    t = resolve_time(find_time_expressions(text), len(text), None)
    return t.period_start, t.period_end


def test_the_first_months_of_a_year_are_a_period():
    assert period("In de eerste vier maanden van 2017 bedroeg de behandelduur 138 dagen.") == (
        date(2017, 1, 1), date(2017, 4, 30))
    assert period("over de eerste 3 maanden van 2017.1 (De aantallen zijn afgerond.)") == (
        date(2017, 1, 1), date(2017, 3, 31))
    assert period("in de eerste zes maanden in 2023") == (date(2023, 1, 1), date(2023, 6, 30))
    # no year, or no count of months: no period of its own
    assert period("In de eerste vier maanden bedroeg de behandelduur 138 dagen.") == (None, None)
    got = figures("In de eerste vier maanden van 2017 bedroeg de gemiddelde behandelduur 138 dagen.")
    assert (got["138"].period_start, got["138"].period_end) == (date(2017, 1, 1), date(2017, 4, 30))


_TABLE = ("{lead} niet of een zaak korter of langer dan zes maanden in behandeling is geweest, maar wel of een zaak "
          "binnen of buiten de wettelijke termijn is behandeld.\n"
          "In onderstaand overzicht zijn weergegeven de binnen en buiten de wettelijke beslistermijn besliste "
          "aanvragen over 2015, 2016 en {last}.1 (De aantallen zijn afgerond naar tientallen).\n"
          "Binnen- en buiten wettelijke termijn\n2015\n2016\n2017\n"
          "Binnen wettelijke termijn\n9.110\n10.440\n2.710\n"
          "Buiten wettelijke termijn\n1.300\n3.130\n1.380\n")


def test_a_table_takes_the_agency_that_registers_what_it_counts():
    got = figures(_TABLE.format(lead="De IND registreert", last="2017"))
    assert {got[c].source for c in ("9.110", "2.710", "1.380")} == {"IND"}
    # an agency that does something else is no source
    got = figures(_TABLE.format(lead="De IND weet", last="2017"))
    assert got["9.110"].source is None
    # an answer that names two agencies leaves the table without a source
    got = figures(_TABLE.format(lead="De IND registreert, anders dan het COA,", last="2017"))
    assert got["9.110"].source is None


def test_a_year_column_of_a_table_over_the_first_months_of_that_year():
    got = figures(_TABLE.format(lead="De IND registreert", last="de eerste 3 maanden van 2017"))
    assert (got["2.710"].period_start, got["2.710"].period_end) == (date(2017, 1, 1), date(2017, 3, 31))
    # the other columns keep their whole year
    assert (got["10.440"].period_start, got["10.440"].period_end) == (date(2016, 1, 1), date(2016, 12, 31))
    got = figures(_TABLE.format(lead="De IND registreert", last="2017"))
    assert got["2.710"].period_end == date(2017, 12, 31)


def test_numbers_that_state_a_rule_or_a_class_are_no_figures():
    cases = [
        ("Het neerslagtekort ligt rond het niveau van de 5% droogste jaren.", "5%"),
        ("Dat geldt voor de 10 procent armste huishoudens.", "10"),
        ("Defensie blijft onder de Roemer-norm (max. 10% van de personele uitgaven aan externe inhuur).", "10%"),
        ("De hoofdnorm is dat de lening niet meer mag bedragen dan 104% van de marktwaarde.", "104%"),
        ("De rekening bestaat uit het leveringstarief, de energiebelasting en de btw van 21%.", "21%"),
        ("Er is geld vrijgemaakt voor cofinanciering (tot maximaal 50%) van de kosten.", "50%"),
    ]
    assert_no_figure(cases)
    # a share before an ordinal or an adjective in -ste that is no superlative is a figure
    assert "40%" in figures("In 2023 betrof ongeveer 40% eerste aanvragen.")
    assert "30%" in figures("In 2023 bestond 30% vaste lasten uit huur.")
    assert "5%" in figures("In 2023 was de btw-opbrengst 5% hoger dan in 2022.")


def test_counted_people_by_a_country_or_a_noun_before_the_figure():
    got = figures("In totaal bevinden zich zo'n 2400 Nederlanders in buitenlandse detentie; ca. 300 Afghanen ook.")
    assert got["2400"].unit == "persons" and got["300"].unit == "persons"
    got = figures("Van de ruim 19.000 kiezers die zich hebben geregistreerd, kregen ruim 12.000 het stembiljet.")
    assert got["19.000"].unit == "persons"
    # "het aantal <noun>" before millions without money in the sentence, also a noun with a number
    got = figures("Het aantal mensen in armoede is gedaald van 1,2 miljoen in 2018 naar 540.000 mensen in 2023.")
    assert got["1,2 miljoen"].unit == "persons"
    got = figures("Het aantal 85-plussers stijgt van 2020 tot 2050 van 0,4 miljoen tot 1,1 miljoen.")
    assert got["0,4 miljoen"].unit == "persons"
    got = figures("Het aantal schijnzelfstandigen is tot en met mei teruggebracht van 123 naar 87.")
    assert got["123"].unit == "persons"
    # millions in a sentence about money stay without the counted noun's unit
    got = figures("Het aantal woningen dat met de subsidie van 2 miljoen wordt verduurzaamd is 300.")
    assert got["2 miljoen"].unit == "EUR"


def test_class_bounds_days_ids_and_aims_are_no_figures():
    got = figures("De responstijden waren minder dan 15 minuten (3), tussen 15 en 20 minuten (6), 20 tot 30 minuten "
                  "(4) en meer dan 30 minuten (1).")
    # the counts in brackets are the figures, the bounds of the classes are not
    assert sorted(got) == ["1", "3", "4", "6"] and {h.unit for h in got.values()} == {"count"}
    cases = [
        ("Guterres bracht op 13 en 14 januari jl. een bezoek aan Colombia.", "13"),
        ("Levensmiddelen boven de MRL van 0,005 mg/kg mogen niet worden verhandeld.", "0,005"),
        ("Deze grens is op basis van een advies van EFSA uit 20142 vastgesteld.", "20142"),
        ("Het aantal mensen dat de keuze overlaat (Keuze 3) is stabiel.", "3"),
        ("Het streven is dat eind 2023 alle 90 fte’s zijn ingevuld.", "90"),
        ("De politie heeft als norm om 80% van de zedenzaken binnen zes maanden in te sturen.", "80%"),
        ("Het aantal doden op de 80 km/u-wegen daalde; op 50km wegen ook.", "80"),
        ("Het aantal doden op de 80 km/u-wegen daalde; op 50km wegen ook.", "50"),
        ("Het wetsvoorstel huurverhoging op grond van inkomen (33 129) wijkt daarin af.", "33 129"),
        ("De eisen beginnen bij een geldboete van 250 euro en lopen op tot een gevangenisstraf van 9 maanden.", "250"),
        ("De eisen beginnen bij een geldboete van 250 euro en lopen op tot een gevangenisstraf van 9 maanden.", "9"),
    ]
    assert_no_figure(cases)
    # the baseline of an aim is a figure, its target is not
    got = figures("Het is mijn ambitie om tot een verdubbeling te komen (van 20% naar 40%).")
    assert "20%" in got and "40%" not in got
    # a fine imposed, a bracketed count after a single class, a road length: figures
    assert "250" in figures("In 2023 kreeg de ondernemer een boete van 250 euro.")
    assert "3" in figures("In 2023 duurden de ritten minder dan 15 minuten (3).")
    assert "80" in figures("In 2023 is 80 km wegen aangelegd.")


def test_a_kamerstuk_cited_by_tweede_kamer_and_the_year():
    from kamergraaf.extract.references import find_references
    text = "Naar aanleiding van het amendement-Van Velzen (Tweede Kamer 2006/2007, 30 800 XIV, nr. 22) is dat gedaan."
    assert [(h.kind, h.identifier) for h in find_references(text)] == [("kamerstuk", "kst-30800-XIV-22")]
    # the year and a count after "Tweede Kamer" are no citation
    assert not find_references("De Tweede Kamer 2006/2007, 31 leden, stemde in.")


_ODA = ("In totaal heeft Nederland over 2021 ruim EUR 208 miljoen uitgegeven in Ethiopië en Kenia. Het betreft "
        "hier de naar land geoormerkte uitgaven.\nODA uitgaven\nEthiopië\n107.272.448\nKenia\n64.498.593\n"
        "Totaal\n171.771.041")


def test_a_table_of_the_parts_of_a_total_in_euros_for_a_year():
    got = figures(_ODA)
    cell = got["107.272.448"]
    assert cell.unit == "EUR" and (cell.period_start, cell.period_end) == (date(2021, 1, 1), date(2021, 12, 31))
    # without euros in the answer the column names no unit; without a total stated for the year no period
    got = figures(_ODA.replace("ruim EUR 208 miljoen", "veel").replace("In totaal heeft", "Zo heeft"))
    assert got["107.272.448"].unit == "count" and got["107.272.448"].period_start is None


def test_power_in_gigawatts_and_a_restated_count():
    got = figures("Er staan 14.044 verzoeken in de wachtrij voor afname van in totaal 9,1 GW; 300 MW is vrij.")
    assert (got["9,1"].unit, got["9,1"].value) == ("GW", Decimal("9.1")) and got["300"].unit == "MW"
    hits, _ = find_figures(text := ("Het aantal mensen dat zich bij BZ meldde is rond de 1.250. Dit aantal kan nog "
                                    "fluctueren. Van de 1.250 waren er begin september 787 vertrokken."), [], [])
    assert [(text[h.start:h.end], h.unit) for h in hits][:2] == [("1.250", "persons"), ("1.250", "persons")]


def _ids(text):
    from kamergraaf.extract.ref_names import document_abbreviations
    from kamergraaf.extract.references import find_references
    return [(h.kind, h.identifier, text[h.start:h.end])
            for h in find_references(text, document_abbreviations(text, find_references))]


def test_the_burgerlijk_wetboek_is_an_act_per_book():
    got = _ids("De bestuurder is aansprakelijk op grond van de artikelen 2:138 en 2:248 Burgerlijk Wetboek.")
    assert ("article", "BWBR0003045/artikel/138", "artikelen 2:138") in got
    assert ("article", "BWBR0003045/artikel/248", "2:248") in got
    assert ("act", "BWBR0003045", "Burgerlijk Wetboek") in got
    got = _ids("Voorstel van wet tot wijziging van Boek 7 van het Burgerlijk Wetboek. Zie artikel 7:252a van het "
               "Burgerlijk Wetboek en artikel 6:162 BW.")
    assert {(k, i) for k, i, _ in got} >= {("act", "BWBR0005290"), ("article", "BWBR0005290/artikel/252a"),
                                           ("article", "BWBR0005289/artikel/162")}
    assert not [i for k, i, _ in got if k == "bill"]  # "Wijziging van Boek" names no bill of its own
    # another act's chapter-numbered article is not the code's
    assert ("article", "BWBR0005537/artikel/3:17") in {(k, i) for k, i, _ in _ids(
        "Zie artikel 3:17 van de Algemene wet bestuursrecht.")}


def test_acts_by_the_form_of_their_name_and_abbreviations_with_a_footnote_marker():
    got = _ids("Dossier: Wijziging van de Wet op de huurtoeslag (flexibeler maken kwaliteitskorting)")
    # (by the BWB id a public source pairs with its name since the forty-seventh round; the form rule still reads
    # such names: "de Wet op de verzekeringsbanken" below is in no list)
    assert ("act", "BWBR0008659", "Wet op de huurtoeslag") in got
    assert ("act", "wet op de verzekeringsbanken", "Wet op de verzekeringsbanken") in \
        _ids("Dossier: Wijziging van de Wet op de verzekeringsbanken (nieuwe regels)")
    # a listed act keeps its BWB id; an inflected adjective takes the noun after it
    got = _ids("Dat regelt de Wet op de rechterlijke organisatie.")
    assert got == [("act", "BWBR0001830", "Wet op de rechterlijke organisatie")]
    text = ("Het besluit is genomen in het kader van de Wet bijzondere maatregelen grootstedelijke problematiek "
            "(Wbmgp). Uit de evaluatie Wbmgp1 blijkt dat gemeenten de maatregel overwegen.")
    assert [t for k, i, t in _ids(text) if i == "BWB" "R0019388"][-1] == "Wbmgp"
    # a Dutch compound before its abbreviation is no EU act whose type was left unprinted
    text = "De eisen aan de Universele Postdienst (UPD) gelden ook voor de UPD-verlener."
    assert not [k for k, i, t in _ids(text) if k == "eu-act"]
    assert ("eu-act", "csddd") in {(k, i) for k, i, _ in _ids(
        "Brussel werkt aan de Corporate Sustainability Due Diligence(CSDDD). De CSDDD treedt in werking.")}


def test_a_page_that_prints_the_number_before_the_label():
    from kamergraaf.extract.reader import parse_text
    doc = parse_text("Antwoorden op kamervragen van het lid Anker over de registratie van voertuigen.\n\n1. Vraag\n"
                     "Kent u het bericht?\n\n1. Antwoord\nJa.\n\n2. Vraag\nKlopt het dat de gegevens drie dagen "
                     "worden bewaard?\n\n2. Antwoord\nJa, overigens worden de gegevens niet 3, maar 7 dagen "
                     "bewaard.\n", "a.txt", "a.txt", "x")
    assert [q.key for q in doc.questions] == ["q1", "q2"]
    assert [(a.key, a.text) for a in doc.answers] == [
        ("a1", "Ja."), ("a2", "Ja, overigens worden de gegevens niet 3, maar 7 dagen bewaard.")]
    # how long data are kept is a rule, not a figure
    assert not figures("Ja, overigens worden de gegevens niet 3, maar 7 dagen bewaard.")
    assert "300" in figures("In 2023 zijn 300 dossiers bewaard.")


def test_agencies_and_countries_of_the_ninth_series():
    from kamergraaf.extract.countries import find_countries
    from kamergraaf.extract.agencies import find_agencies

    def codes(text):
        return [h.iso3 for h in find_countries(text)]
    assert [h.key for h in find_agencies("De kentekens worden door de regiopolitie IJsselland vastgesteld.")] == \
        ["Politie"]
    assert codes("Het gaat om export naar Saudi-Arabië en om Saudische bedrijven.") == ["SAU", "SAU"]
    assert codes("Plots is Curaçao Venezolaans toevluchtsoord.") == ["CUW", "VEN"]
    # a region of the country and an acronym's body named after it are no mention of the country
    assert codes("Het bericht over de politie midden-Nederland en de FIU-Nederland.") == []
    assert codes("De FIU meldt dat Nederland meer transacties ziet.") == ["NLD"]
