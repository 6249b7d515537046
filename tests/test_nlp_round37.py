"""Rules of the thirty-seventh extraction round: drawn from the twenty-third series of unseen pages after it was
scored. The texts are written for these tests in the form of the pages they stand for (tests/gold/GUIDELINES.md,
"Forty-third round")."""

from datetime import date

from rule_helpers import figures, items, read
from rule_helpers import refs as found_refs


def test_table_cells_scaled_counted_and_dated():
    text = ("Kunt u toelichten hoe het bedrag van 26,7 miljoen euro tot stand is gekomen?\n\nIn onderstaande tabel zijn "
            "de onderdelen toegelicht.\n\nBedragen x € 1 miljoen\n\n2019\n\n1. Onderhoud\n\n5,5\n\n2. Vervanging\n\n10,5\n\n"
            "Totaal\n\n16,0\n")
    found = figures(text)
    assert (found["5,5"].unit, found["5,5"].value) == ("EUR", 5500000)
    text = ("Het aantal bellers dat de Belastingtelefoon niet van een antwoord heeft kunnen voorzien staat in de "
            "onderstaande tabel. Uit de tabel hieronder blijkt dat in september jl. 19% van de bellers wachtte.\n\n"
            "Maand (in 2018)\n\nUnieke Bellers\n\nNiet aangenomen ≤ 5 werkdagen\n\n% niet aangenomen ≤ 5 werkdagen\n\n"
            "januari\n\n672.175\n\n78.859\n\n12%\n\nfebruari\n\n571.892\n\n54.590\n\n10%\n\nmaart\n\n742.375\n\n"
            "67.454\n\n9%\n")
    found = figures(text)
    assert {found[k].unit for k in ("672.175", "78.859", "571.892", "54.590")} == {"persons"}
    # the last year of a list with a footnote marker run into it is no figure
    assert figures("Het overzicht betreft de jaren 2008, 2009, 2010 en 20111 (toelichting volgt).") == {}


def test_spaced_numbers_after_a_year_years_of_benefit_and_last_year():
    found = figures("De WIA-instroom vanuit het vangnet bedraagt in 2009 13 600 mensen.")
    assert set(found) == {"13 600"} and found["13 600"].value == 13600
    assert figures("Het aantal herleide uitkeringsjaren stijgt met 9.000.")["9.000"].unit == "years"
    found = figures("Het percentage is verhoogd naar 95% van de tijd. Vorig jaar was dit 85% van de tijd.", year=2018)
    assert (found["85%"].period_start, found["85%"].period_end) == (date(2017, 1, 1), date(2017, 12, 31))


def test_class_bounds_ages_and_citation_numbers_are_no_figures():
    assert figures("Het inkomen in de werkregeling is hoger voor mensen die een inkomen verdienen dat ligt tussen 21% "
                   "en 28% en tussen 36% en 100% van het wettelijk minimumloon.") == {}
    assert figures("Het aantal uitzendbureaus waar het percentage «tussen de 20% en 50%» ligt, en waar 50% of meer van "
                   "alle arbeidsverhoudingen zo eindigde.") == {}
    assert figures("In het Regeerakkoord is opgenomen dat de AOW-leeftijd vanaf 2016 versneld wordt verhoogd naar 66 "
                   "jaar in 2018 en 67 jaar in 2021.") == {}
    assert figures("Daarover is de Kamer geïnformeerd (Handelingen 10 februari 2011, 51-4).") == {}
    assert figures("... wanneer de kerndoelen aangeboden kunnen worden.2, 3 In de wet staat dat 3 scholen meedoen.") \
        .keys() == {"3"}  # the count of schools, not the second footnote marker


def test_references_of_the_twenty_third_series():
    assert found_refs("Zoals aangegeven in de brief (2005–2006, 28 442, nr. 12) is over 2004 gemeten.") == \
        [("kamerstuk", "kst-28442-12", "2005–2006, 28 442, nr. 12")]
    assert found_refs("(Kamerstukken II 2010/11, nr. 32 791, nr. 1, p. 17–18)") == \
        [("kamerstuk", "kst-32791-1", "Kamerstukken II 2010/11, nr. 32 791, nr. 1")]
    assert found_refs("Het verkopen van nicotineproducten is geregeld in de Tabaks- en rookwarenwet.") == \
        [("act", "BWBR0004302", "Tabaks- en rookwarenwet")]
    assert found_refs("een uitkering krachtens de Algemene Bijstandswet (ABW) is", abbreviations=True) == \
        [("act", "algemene bijstandswet", "ABW"), ("act", "algemene bijstandswet", "Algemene Bijstandswet")]
    assert found_refs("zoals neergelegd in de Erfgoedwet en de Beleidsregel aanwijzing beschermde cultuurgoederen 2016, "
                      "adequaat is") == \
        [("act", "BWBR0037521", "Erfgoedwet"),  # (the Erfgoedwet by its BWB id since the forty-seventh round)
         ("act", "beleidsregel aanwijzing beschermde cultuurgoederen 2016",
          "Beleidsregel aanwijzing beschermde cultuurgoederen 2016")]
    # a listed act's name read whole, and its short name in brackets is that act
    assert {i for _, i, _ in found_refs("Welke wijzigingen van de Wet beperking ziekteverzuim en arbeidsongeschiktheid "
                                        "vangnetters (Wet Bezava) zijn te verwachten?")} == {"BWBR0032089"}
    # "de oude Wajong" is the Wajong's earlier regime, the same act
    assert found_refs("De uitkering valt in de oude Wajong lager uit.") == [("act", "BWBR0008657", "Wajong")]
    assert found_refs("Onder de oude Vreemdelingenwet gold dat niet.") == [("act", "vreemdelingenwet", "Vreemdelingenwet")]
    # no names: a party after a member's name, a scheme "voor mensen", a participle of a separable verb
    assert found_refs("Vragen van het lid Van Veen (VVD) aan de Minister van Onderwijs.", abbreviations=True) == []
    assert found_refs("Het inkomen is hoger dan de uitkering in de oude Wajongregeling voor mensen die werken.") == []
    assert found_refs("dat de reorganisatie als een verkapte VUT-regeling aangemerkt zou kunnen worden") == []


def test_a_committee_list_printed_as_a_table_with_answer_labels(tmp_path):
    doc = read(tmp_path, "Lijst van vragen - totaal\n\nKamerstuknummer : 28600XV\n\nNr Vraag Blz van\n1 Kan worden "
                         "aangegeven hoe het aantal uitkeringen zich zal ontwikkelen tussen\n\nAntwoord:\nHet volume stijgt "
                         "met ongeveer 3.000 personen per jaar.\n\n\n2 De verwachte toename is 1,25 0 % en bij de overheid "
                         "1,75 %. Waardoor wordt dat verklaard?\n\nAntwoord:\nDe voornaamste reden is de vergrijzing.\n")
    assert items(doc) == [("Q", (1,), "Kan worden aangegeven hoe het "), ("Q", (2,), "De verwachte toename is 1,25 0"),
                          ("A", (1,), "Het volume stijgt met ongeveer"), ("A", (2,), "De voornaamste reden is de ver")]


def test_a_group_label_under_a_header_of_years_and_stocks_at_each_years_end():
    text = ("Onderstaande tabel biedt een overzicht van het aantal personen dat een beroep deed op de Remigratiewet.\n\n"
            "2011\n\n2010\n\n2009\n\n2008\n\nSoort voorziening:\n\n       \n\n– Remigratievoorziening (incl.nihil) per "
            "jaarultimo\n\n11 876\n\n11 386\n\n10 923\n\n10 542\n")
    found = figures(text)
    assert {k: (v.unit, v.ref_date, v.period_start) for k, v in found.items()} == {
        "11 876": ("persons", date(2011, 12, 31), date(2011, 1, 1)),
        "11 386": ("persons", date(2010, 12, 31), date(2010, 1, 1)),
        "10 923": ("persons", date(2009, 12, 31), date(2009, 1, 1)),
        "10 542": ("persons", date(2008, 12, 31), date(2008, 1, 1))}
