"""Rules of the fourteenth extraction round. The texts are written for these tests in the form of answered
Kamervragen and committee lists (tests/gold/GUIDELINES.md)."""

from datetime import date
from decimal import Decimal

from kamergraaf.extract.figures import find_figures
from kamergraaf.extract.references import find_references
from kamergraaf.extract.structure import find_headings


def figures(text, agencies=()):
    hits, _ = find_figures(text, list(agencies), [])
    return {text[h.start:h.end]: h for h in hits}


def refs(text):
    return [(text[r.start:r.end], r.kind, r.identifier) for r in find_references(text)]


def test_lengths_in_millimetres_and_centimetres_are_metres():
    found = figures("Uit deze gegevens is op te maken dat de bodem op plekken 360 mm is gedaald.")
    assert found["360"].unit == "metres" and found["360"].value == Decimal("0.36")
    found = figures("De zeespiegel stijgt met circa 2,4 mm/jaar en de dijk wordt ruim 40 cm hoger.")
    assert found["2,4"].value == Decimal("0.0024") and found["2,4"].approximate
    assert found["40"].unit == "metres" and found["40"].value == Decimal("0.4")


def test_a_unit_run_into_its_number_is_a_figure_but_an_ordinal_is_not():
    found = figures("Het advies was een waterfabriek met een productiecapaciteit van 500m3/dag.")
    assert found["500"].unit == "m3"
    assert figures("Dit is de 3e keer dat een 2D-model wordt gebruikt.") == {}


def test_multiples_of_the_modal_income_and_tax_rates_are_no_figures():
    text = ("De opbrengst bij aftopping vanaf 3 x modaal zou in 2011 ongeveer 270 miljoen zijn geweest. Bij "
            "aftopping vanaf 2 x modaal zou dat ongeveer 890 miljoen zijn.")
    found = figures(text)
    assert set(found) == {"270 miljoen", "890 miljoen"}
    assert found["270 miljoen"].unit == "EUR" and found["890 miljoen"].unit == "EUR"
    text = ("Indien het deel dat aftrekbaar is niet met 52 procent maar met 42 procent was belast, dan waren de "
            "ontvangsten 1,7 miljard euro hoger. Het btw-tarief van 21% blijft gelijk.")
    assert set(figures(text)) == {"1,7 miljard"}
    # a share that rose by 42 percent is a figure: no tax in the sentence
    assert "42" in figures("Het aantal aanvragen is met 42 procent gestegen.")


def test_a_kamerstuk_cited_by_its_vergaderjaar_in_brackets():
    text = "Daarover hebben wij u op 29 oktober 2018 geïnformeerd (Vergaderjaar 2018–2019, 35 000 VIII, Nr. 28)."
    assert ("Vergaderjaar 2018–2019, 35 000 VIII, Nr. 28", "kamerstuk", "kst-35000-VIII-28") in refs(text)


def test_the_comptabiliteitswet_in_lower_case_and_its_articles():
    got = refs("Op grond van artikel 2.25 van de comptabiliteitswet mag dit.")
    assert ("artikel 2.25 van de comptabiliteitswet", "article", "comptabiliteitswet/artikel/2.25") in got
    assert ("comptabiliteitswet", "act", "comptabiliteitswet") in got
    # other one-word act names in lower case stay what they were: only listed stems
    assert refs("de begrotingswet is aangenomen") == []


def test_wet_op_de_with_capitalised_name_words_is_an_act_by_its_name():
    assert refs("Daarna zijn de Maaskaden onder de Wet op de Waterkering geplaatst.") == [
        ("Wet op de Waterkering", "act", "wet op de waterkering")]
    # a listed act keeps its id
    assert refs("de Wet op de Zorgtoeslag") == [("Wet op de Zorgtoeslag", "act", "BWBR0018451")]


def test_an_act_printed_with_another_year_than_the_listed_one_is_not_the_listed_act():
    got = refs("de Wet op de Inlichtingen- en Veiligheidsdiensten 2017 en")
    assert got == [("Wet op de Inlichtingen- en Veiligheidsdiensten 2017", "act", "BWBR0039896")]
    got = refs("de Wet op de inlichtingen- en veiligheidsdiensten 2002 en")
    assert got == [("Wet op de inlichtingen- en veiligheidsdiensten 2002", "act", "BWBR0013409")]
    got = refs("de Leerplichtwet in 2019")
    assert got == [("Leerplichtwet", "act", "BWBR0002628")]


def test_szw_abbreviations():
    got = {t: i for t, _k, i in refs("de bijstand en de Wsw, de Wajong en de Wabo")}
    assert got == {"Wsw": "BWBR0008903", "Wajong": "BWBR0008657", "Wabo": "BWBR0024779"}


def test_a_nota_paragraph_that_reports_what_members_ask_is_a_question():
    body = ("Antwoorden op vragen begroting Nationaal Groeifonds 2024\n\n1\n\nDe leden van de PvdD-fractie vragen hoe "
            "de regering denkt dat dit bijdraagt aan de economie\n\nAntwoord\n\nHet fonds heeft als doel ...\n\n2\n\n"
            "Deze leden vragen ook hoe de bijdragen gewaarborgd worden?\n\nAntwoord\n\nVanuit het fonds ...\n")
    heads = [(h.kind, h.numbers) for h in find_headings(body)]
    assert heads == [("Q", (1,)), ("A", ()), ("Q", (2,)), ("A", ())]


def test_a_selection_from_a_list_that_opens_at_question_20():
    body = ("De vaste commissie heeft de eer verslag uit te brengen in de vorm van een lijst van vragen met de daarop "
            "gegeven antwoorden.\n\nSelectie kinderopvang\n\n20\nIs bekend hoeveel middelen naar voorschoolse educatie "
            "gaan?\n\nAntwoord:\nVanuit de begroting van OCW zijn middelen beschikbaar.\n")
    heads = [(h.kind, h.numbers) for h in find_headings(body)]
    assert heads == [("Q", (20,)), ("A", ())]
    # without its "Antwoord:" label, a bare 20 over an asking paragraph and an answer is question 20 too (twenty-fifth
    # round, tests/test_nlp_round21.py); over two asking paragraphs it is no question of a list that lost its start
    body2 = body.replace("Antwoord:\n", "")
    assert [(h.kind, h.numbers) for h in find_headings(body2)] == [("Q", (20,)), ("A", (20,))]
    body3 = body2.replace("Vanuit de begroting van OCW zijn middelen beschikbaar.", "Welke middelen zijn beschikbaar?")
    assert ("Q", (20,)) not in [(h.kind, h.numbers) for h in find_headings(body3)]


def test_numbered_table_rows_whose_empty_cells_were_lost():
    text = ("Aansluitende tabel geeft een overzicht.\n\nBedragen (x 1.000 euro)\n\nBZK\n\nEZK\n\nLNV\n\nIenW\n\nFIN\n\n"
            "Mutatie\n\nStand Reserve\n\n1\n\nNajaarsnota 2018\n\n500.000\n\n500.000\n\n2\n\n"
            "ISB’s gelijktijdig met Voorjaarsnota 20191\n\n– 35.000\n\n– 114.400\n\n– 149.400\n\n350.600\n\n3\n\n"
            "Slotwet 2019 (daadwerkelijke onttrekking reserve, saldo ISB en Najaarsnota) (=1+2)\n\n– 7.440\n\n– 7.440\n\n"
            "343.160\n")
    hits, _ = find_figures(text, [], [])
    got = [(text[h.start:h.end], h.value, h.unit, h.period_start) for h in hits]
    assert got == [("500.000", 500000000, "EUR", None), ("500.000", 500000000, "EUR", None),
                   ("35.000", -35000000, "EUR", None), ("114.400", -114400000, "EUR", None),
                   ("149.400", -149400000, "EUR", None), ("350.600", 350600000, "EUR", None),
                   ("7.440", -7440000, "EUR", None), ("7.440", -7440000, "EUR", None),
                   ("343.160", 343160000, "EUR", None)]


def test_rows_numbered_out_of_order_are_no_such_table():
    text = ("Bedragen (x 1.000 euro)\n\nBZK\n\nEZK\n\n1\n\nNajaarsnota 2018\n\n500.000\n\n3\n\nSlotwet\n\n7.440\n\n"
            "2\n\nVoorjaarsnota\n\n1.500\n")
    hits, _ = find_figures(text, [], [])
    assert all(h.value != 500000000 for h in hits)


def test_telephone_numbers_and_page_numbers_are_no_figures():
    found = figures("Er is een speciaal telefoonnummer (+31 555 358 358). Vanuit daar zijn 300 ouders gebeld.")
    assert set(found) == {"300"}
    assert set(figures("In de tabel op pag. 39 staat de opbouw van 12 projecten.")) == {"12"}
    assert set(figures("Het ABP onderscheidt twee situaties (situatie 1) met 40 deelnemers.")) == {"40"}


def test_counted_persons_by_suffix():
    assert figures("Op dit moment hebben zich ruim 60 vissers ingeschreven.")["60"].unit == "persons"
    assert figures("Er zijn 25 zelfmelders opgeroepen.")["25"].unit == "persons"
    assert figures("Het gaat om 12 personeelsleden.")["12"].unit == "persons"


def test_respectively_over_two_series_and_years_in_front_of_their_figures():
    text = ("In de begrotingen van 2010, 2011 en 2012 werden rekenrentes toegepast van respectievelijk 4%, 3,75% en "
            "3,25% voor lange leningen en 1,5%, 1,5% en 1,25% voor korte leningen.")
    hits, _ = find_figures(text, [], [])
    assert [h.period_start.year for h in hits] == [2010, 2011, 2012, 2010, 2011, 2012]
    text = "De gemiddelde rente op korte leningen bedroeg in 2010 0,4% in 2011 0,8% en in 2012 0%."
    hits, _ = find_figures(text, [], [])
    assert [h.period_start.year for h in hits] == [2010, 2011, 2012]
    text = ("In de jaren 2010 en 2011 bedroeg de rente gemiddeld 2,3% en in 2012 was de rente op de lange leningen "
            "gemiddeld gelijk aan 1,4%.")
    found = figures(text)
    assert (found["2,3%"].period_start.year, found["2,3%"].period_end.year) == (2010, 2011)
    assert (found["1,4%"].period_start.year, found["1,4%"].period_end.year) == (2012, 2012)


def test_more_reference_forms():
    assert refs("Zoals aangegeven in de brief (Kamerstuknummer 29 984-235) zal ik") == [
        ("Kamerstuknummer 29 984-235", "kamerstuk", "kst-29984-235")]
    assert refs("het jaarverslag van Nationale Schuld 2008 (31 924 IXA, nr. 1) de") == [
        ("31 924 IXA, nr. 1", "kamerstuk", "kst-31924-IXA-1")]
    assert refs("zie (36740-XVI-1).") == [("36740-XVI-1", "kamerstuk", "kst-36740-XVI-1")]
    assert refs("deelnemers bouwden tot 1996 pensioen op onder de ABP-wet.") == [("ABP-wet", "act", "abp-wet")]
    assert ("Instituut Mijnbouwschade Groningen", "bill", "wet instituut mijnbouwschade groningen") in refs(
        "Wanneer het Wetsvoorstel Instituut Mijnbouwschade Groningen (IMG) wordt aangenomen")


def test_a_clerk_named_after_a_country_on_the_next_line():
    from kamergraaf.extract.countries import find_countries

    assert find_countries("Adjunct-griffier van de commissie,\n\nIsrael\n\n1\n\nWat kost Israel?") != []
    assert [h.start for h in find_countries("Adjunct-griffier van de commissie,\n\nIsrael\n\n")] == []


def test_old_ministry_abbreviations():
    from kamergraaf.extract.agencies import find_agencies

    keys = {h.key for h in find_agencies("Samen met VenJ en FIN kijken we hiernaar.")}
    assert keys == {"JenV", "Fin"}


def test_a_table_row_of_asker_and_party_opens_the_next_question():
    body = ("Kamerlid\n\nRouwe, S. de Fractie\n\nCDA Vraag en antwoord\n\nVraag 1:\n\nBent u bereid dit te doen?\n\n"
            "Antwoord 1:\n\nJa.\n\nRouwe, S. de CDA Vraag 2:\n\nGraag een reactie op de A67.\n\nAntwoord 2:\n\nDie volgt.\n")
    heads = [(h.kind, h.numbers) for h in find_headings(body)]
    assert heads == [("Q", (1,)), ("A", (1,)), ("Q", (2,)), ("A", (2,))]
    # a sentence that ends in "Vraag 2:" without the question before it is no heading
    assert ("Q", (5,)) not in [(h.kind, h.numbers) for h in find_headings(body.replace("Vraag 2:", "Vraag 5:"))]


def test_a_month_in_brackets_and_the_years_after_a_year():
    text = ("In de vierde Voortgangsrapportage (december 2020) bedroeg het aantal FTE 475. In de achtste "
            "Voortgangsrapportage (september 2021) was dat 726 FTE.")
    found = figures(text)
    assert (found["475"].period_start, found["475"].period_end) == (date(2020, 12, 1), date(2020, 12, 31))
    assert (found["726"].period_start, found["726"].period_end) == (date(2021, 9, 1), date(2021, 9, 30))
    text = ("De middelen voor beheer en onderhoud bedragen € 204 mln. Deze maken deel uit van de € 1,6 mld. aan "
            "middelen die gereserveerd staan in de periode ná 2020.")
    found = figures(text)
    assert (found["€ 1,6 mld"].period_start, found["€ 1,6 mld"].period_end) == (date(2021, 1, 1), None)
    # "mln." closes the sentence before "Deze": the period of the next sentence is not the first amount's
    assert found["€ 204 mln"].period_start is None
    # ... and it does not when the sentence goes on
    found = figures("In 2020 is € 5 mln. extra uitgegeven.")
    assert found["€ 5 mln"].period_start == date(2020, 1, 1)


def test_a_besluit_by_its_capitalised_name_and_the_wbso():
    assert refs("Met het Besluit Versterking Gebouwen Groningen is de rol vastgelegd.")[0] == (
        "Besluit Versterking Gebouwen Groningen", "act", "besluit versterking gebouwen groningen")
    # one capitalised word after "Besluit" is no name
    assert refs("Besluit Groningen is genomen.") == []
    assert refs("in het kader van de WBSO.") == [("WBSO", "act", "wet bevordering speur- en ontwikkelingswerk")]


def test_a_markdown_table_whose_header_lacks_the_corner_cell():
    text = ("In onderstaand overzicht treft u de apparaatsuitgaven aan.\n2007 | 2008 | 2009 | 2010 | |\n"
            "---|---|---|---|---|\nArtikel 21 Duurzaam Ondernemen | ||||\n– Apparaatsuitgaven | 21 | 22 | 23 | 19 |\n"
            "– % apparaatsuitgaven | 8 | 5 | 8 | 6 |\n")
    hits, _ = find_figures(text, [], [])
    got = [(text[h.start:h.end], h.unit, h.period_start) for h in hits]
    assert got == [("21", "EUR", date(2007, 1, 1)), ("22", "EUR", date(2008, 1, 1)), ("23", "EUR", date(2009, 1, 1)),
                   ("19", "EUR", date(2010, 1, 1)), ("8", "percent", date(2007, 1, 1)),
                   ("5", "percent", date(2008, 1, 1)), ("8", "percent", date(2009, 1, 1)),
                   ("6", "percent", date(2010, 1, 1))]


def test_a_markdown_table_with_its_corner_cell_and_counted_rows():
    text = ("Jaar | Aantal controles | Boetes |\n|---|---|---|\n| 2022 | 84 | 12 |\n| 2023 | 91 | 15 |\n")
    hits, _ = find_figures(text, [], [])
    got = [(text[h.start:h.end], h.unit, h.period_start) for h in hits]
    assert got == [("84", "count", date(2022, 1, 1)), ("12", "count", date(2022, 1, 1)),
                   ("91", "count", date(2023, 1, 1)), ("15", "count", date(2023, 1, 1))]


def test_article_numbers_with_their_names_in_brackets_are_no_figures():
    text = ("De begrotingsartikelen 22 (agrarische ruimte) en 27 (bodem, water en reconstructie in zandgebieden) "
            "hebben geen apparaatsuitgaven.")
    assert figures(text) == {}


def test_an_answer_heading_at_the_end_of_the_question_line():
    body = ("Vraag 2:\nIs de aanbeveling overgenomen?\nAntwoord 2:\nNeen.\nVraag 3:\nWelk percentage van de kinderen "
            "zit in de Jeugdzorg? Antwoord 3:\nIn 2009 was 2,1% van de kinderen in jeugdzorg.\n")
    heads = [(h.kind, h.numbers) for h in find_headings(body)]
    assert heads == [("Q", (2,)), ("A", (2,)), ("Q", (3,)), ("A", (3,))]
    # "Antwoord 3:" in a sentence that goes on is no heading
    body2 = body.replace("Antwoord 3:\n", "Antwoord 3: zie hieronder.\n")
    assert ("A", (3,)) not in [(h.kind, h.numbers) for h in find_headings(body2)]


def test_an_abbreviation_joined_to_wet_that_spells_a_listed_act():
    assert refs("Wanneer wil de regering de FES-wet wijzigen?") == [("FES-wet", "act", "BWBR0007788")]
    assert refs("een daling van de WOZ-waarden tot 1 januari 2015")[0][2] == "BWBR0007119"
    # an amending act's initials name nothing
    assert refs("de XYZ-wet") == [("XYZ-wet", "act", "xyz-wet")]
