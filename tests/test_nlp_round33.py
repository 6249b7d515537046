"""Rules of the thirty-third extraction round: drawn from the twentieth series of unseen pages after it was scored.
The texts are written for these tests in the form of the pages they stand for (tests/gold/GUIDELINES.md,
"Thirty-ninth round")."""

from datetime import date

from kamergraaf.extract.references import find_references
from rule_helpers import agencies, figures
from rule_helpers import refs as found_refs


def test_a_header_of_value_columns_over_rows_that_open_with_their_year():
    text = ("Zoals uit onderstaande tabel blijkt, stijgt het aantal meldingen.\nAantal meldingen RTE euthanasie\n"
            "Percentage van totale sterftecijfer\nTotaalaantal sterfgevallen\n2016\n6.091\n4,1%\n148.973\n2017\n6.585\n"
            "4,4%\n150.027\n2018\n6.126\n4%\n153.363\n")
    found = figures(text)
    assert set(found) == {"6.091", "4,1%", "148.973", "6.585", "4,4%", "150.027", "6.126", "4%", "153.363"}
    assert (found["150.027"].measure, found["150.027"].period_start) == ("Totaalaantal sterfgevallen, 2017", date(2017, 1, 1))
    assert (found["4%"].unit, found["4%"].period_end) == ("percent", date(2018, 12, 31))


def test_a_time_in_a_second_verb_of_the_same_subject_is_not_the_figures():
    text = ("Volgens het jaarverslag over het jaar 2020 ontvingen de RTE 6.938 meldingen. Dat is 4,1% van het totaal aantal "
            "sterfgevallen en sluit percentueel aan bij de trend sinds 2016.")
    assert figures(text)["4,1%"].period_start == date(2020, 1, 1)
    # a new clause with its own subject still keeps its time to itself
    text = "In schooljaar 2011–2012 startten 400 000 leerbanen. Er zijn meer dan 500 000 studenten, maar deze gaan niet in 2012 op stage."
    assert figures(text)["500 000"].period_start is None


def test_the_year_right_after_a_figure_beats_an_earlier_through_year_and_a_change_between_years_has_none():
    text = ("Hieruit blijkt dat het aantal cliënten tot en met 2021 is toegenomen van circa 390.000 cliënten in 2018 naar "
            "circa 510.000 cliënten in 2021, een toename van circa 30%.")
    found = figures(text)
    assert (found["390.000"].period_start, found["390.000"].period_end) == (date(2018, 1, 1), date(2018, 12, 31))
    assert (found["510.000"].period_start, found["510.000"].period_end) == (date(2021, 1, 1), date(2021, 12, 31))
    assert (found["30%"].period_start, found["30%"].period_end, found["30%"].approximate) == (None, None, True)


def test_an_aim_without_article_and_in_the_past_tense():
    text = ("Deze middelen zijn in tranches beschikbaar gekomen. Doelstelling was dat eind 2021 34.000 fte extra ingezet "
            "zou zijn. Op basis van gegevens van het CBS zijn 36.000 fte ingezet.")
    assert set(figures(text)) == {"36.000"}


def test_plain_degrees_in_a_sentence_about_the_temperature():
    text = ("De temperatuur op Bonaire ligt gedurende het hele jaar tussen de 25 en 30 graden overdag en in de nacht wordt "
            "het gemiddeld niet kouder dan 24 graden.")
    found = figures(text)
    assert {t: (h.unit, h.approximate) for t, h in found.items()} == \
        {"25": ("celsius", False), "30": ("celsius", False), "24": ("celsius", True)}
    assert figures("Het doel is de opwarming te beperken tot beneden 2 graden. De temperatuur mag niet boven 1,5 graden "
                   "stijgen.") == {}
    assert figures("De voorraad in detentiejaren is 493 detentiejaren in augustus 2024.")["493"].unit == "years"


def test_acts_and_articles_in_the_forms_of_the_twentieth_series():
    assert found_refs("Valt deze post volgens u binnen het Besluit veiligheidsregio’s? Zo nee") == \
        [("act", "BWBR0027844", "Besluit veiligheidsregio’s")]
    found = found_refs("waarin de rechtbank artikel WWM 26 en/of artikel WWM 31 bewezen heeft verklaard.")
    assert {r[1] for r in found} == {"BWBR0008804", "BWBR0008804/artikel/26", "BWBR0008804/artikel/31"}
    found = found_refs("In de artikelen 137c tot en met 137g en artikel 429 quater van het Wetboek van Strafrecht zijn de "
                       "grondvormen van discriminatie strafbaar gesteld.")
    assert {r[1] for r in found if r[0] == "article"} == {f"BWBR0001854/artikel/137{c}" for c in "cdefg"} | \
        {"BWBR0001854/artikel/429quater"}
    text = ("In de artikelen 137c tot en met 137g en artikel 429 quater van het Wetboek van Strafrecht zijn de "
            "grondvormen strafbaar gesteld.")
    assert all(text[r.start:r.end] for r in find_references(text))  # a letter inside a range is the range's text


def test_the_short_name_a_document_gives_an_eu_act_it_cited():
    found = found_refs("Richtlijn 2011/82/EU van het Europees Parlement en de Raad van 25 oktober 2011 ter facilitering van de "
                       "grensoverschrijdende uitwisseling van informatie over verkeersovertredingen (PB L 288 van "
                       "5.11.2011, blz. 1; hierna de CBE-richtlijn) gold niet. De CBE-richtlijn is omgezet.",
                       abbreviations=True)
    assert {r[1] for r in found} == {"32011L0082"}
    assert [r[2] for r in found].count("CBE-richtlijn") == 2


def test_the_health_inspectorate_by_its_former_name_and_the_police_of_another_state():
    assert agencies("De Inspectie voor de Gezondheidszorg (IGZ) staat in nauw contact met de raad van bestuur.") == \
        [("Inspectie voor de Gezondheidszorg", "IGJ"), ("IGZ", "IGJ")]
    assert agencies("Het Nigeriaanse bestuursstelsel, in het bijzonder het leger, de politie en overige ordehandhavers, "
                    "zijn onvoldoende toegerust.") == []
    assert agencies("In Nederland en Duitsland heeft de politie dit onderzocht.") == [("politie", "Politie")]
