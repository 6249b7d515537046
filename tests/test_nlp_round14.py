"""Rules of the fourteenth extraction round. The texts are written for these tests in the form of answered
Kamervragen and committee lists (tests/gold/GUIDELINES.md)."""

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
    # a bare 20 without its "Antwoord:" label is no question of a list that lost its start
    body2 = body.replace("Antwoord:\n", "")
    assert ("Q", (20,)) not in [(h.kind, h.numbers) for h in find_headings(body2)]
