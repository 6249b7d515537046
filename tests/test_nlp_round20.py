"""Rules of the twentieth extraction round (drawn from the ninth series of unseen pages after it was scored). The
texts are written for these tests in the form of answered Kamervragen (tests/gold/GUIDELINES.md)."""

from datetime import date
from decimal import Decimal

from kamergraaf.extract.agencies import find_agencies
from kamergraaf.extract.figures import find_figures


def figures(text):
    hits, _ = find_figures(text, find_agencies(text), [])
    return {text[h.start:h.end]: h for h in hits}


def test_a_number_in_a_name_is_no_figure_but_a_count_after_a_country_is():
    assert not figures("Het Rijk heeft in het kader van het servicepakket Meer Veilig 2 (onderdeel MIRT) een aantal "
                       "maatregelen genomen.")
    assert not figures("«Functionaris 2 VWS» was werkzaam onder het gezag van de toenmalige Minister.")
    got = figures("Er waren in totaal uit Eritrea 5 en uit Syrië 4.")
    assert set(got) == {"5", "4"}
    # a number with a unit after a capitalised name stays a figure
    assert "3" in figures("In het programma Meer Veilig 3 projecten zijn afgerond.")


def test_a_deposition_has_its_own_unit():
    got = figures("De gemiddelde depositie in Nederland is 1500 mol/ha/jaar in 2018, waarvan 500 mol N/ha/jr uit "
                  "buitenlandse bronnen. Het gaat om 120 ha natuur.")
    assert got["1500"].unit == "mol-per-ha-year" and got["500"].unit == "mol-per-ha-year"
    assert got["120"].unit == "hectares"


def test_a_glued_fte_is_a_figure():
    got = figures("De FIOD heeft budget ontvangen voor een capacitaire uitbreiding met 36fte voor twee witwasteams.")
    assert (got["36"].unit, got["36"].value) == ("fte", Decimal("36"))
    assert not figures("Dit is de 3e keer dat een 2D-model wordt gebruikt.")


def test_a_date_carries_over_a_footnote_marker_after_an_abbreviation():
    got = figures("Volgens de laatste cijfers (stand op 1 juli 2025) staan er 14.044 verzoeken in de wachtrij. "
                  "Daarnaast staan er 8.539 verzoeken op de wachtrij, met een vermogen van 4,6 GW.1 In maart 2026 "
                  "komt er een update.")
    assert got["8.539"].ref_date == date(2025, 7, 1) and got["4,6"].ref_date == date(2025, 7, 1)
    # without the marker's sentence break the year of the next sentence would have blocked it
    assert got["4,6"].quote_end < got["4,6"].quote_start + 90


def test_counted_people_named_after_the_figure_or_restated():
    got = figures("Het aantal van 700 was het aantal mensen dat zich tot en met 19 augustus bij BZ had gemeld.")
    assert got["700"].unit == "persons"
    got = figures("Het aantal mensen dat zich meldde is rond de 1.250. Van de 1.250 waren er begin september 787 "
                  "vertrokken met evacuatievluchten.")
    assert got["787"].unit == "persons"
    # a plural noun of its own still counts itself
    assert figures("Van de 1.250 personen waren er 300 vertrekken gepland.")["300"].unit == "count"


def test_a_comma_after_a_time_phrase_gives_no_unit():
    got = figures("Bij de IND zijn er, opgeteld eind juli van dit jaar, 15.110 aanvragen ontvangen.")
    assert got["15.110"].unit == "count"


def test_numbers_printed_above_both_questions():
    from kamergraaf.extract.reader import parse_text
    doc = parse_text("Lijst van vragen en antwoorden over het rapport Bestrijden witwassen\n\n1\n\n18\n\nHoeveel extra "
                     "budget is uitgetrokken?\n\nWelk bedrag is sinds 2008 per jaar verstrekt?\n\nAntwoord vraag 1 en "
                     "18\n\nDe politie heeft 126,85 fte gekregen.\n\n2\n\nHoeveel zaken zijn er?\n\nAntwoord vraag 2"
                     "\n\nDat zijn er 40.\n", "a.txt", "a.txt", "x")
    assert [(q.key, q.text) for q in doc.questions] == [
        ("q1", "Hoeveel extra budget is uitgetrokken?"), ("q18", "Welk bedrag is sinds 2008 per jaar verstrekt?"),
        ("q2", "Hoeveel zaken zijn er?")]
    assert [(a.key, a.question_keys) for a in doc.answers] == [("a1-18", ("q1", "q18")), ("a2", ("q2",))]


# rules of the twenty-third round (drawn from the tenth series after it was scored unseen)

def test_conditions_aims_requests_and_levels_are_no_figures():
    assert not figures("Ook als een inburgeringsplichtige 300 uur les heeft gevolgd bij een instelling en minimaal 2 "
                       "examenpogingen heeft gedaan, wordt de overschrijding als niet verwijtbaar gezien.")
    # the main clause after a condition reports, and a sentence opening with "Indien" may hold its figure
    assert "€ 5.800" in figures("Indien de uitgaven per leerling worden bepaald exclusief de ondersteuningskosten zijn "
                                "de gemiddelde uitgaven € 5.800,– per leerling.")
    assert "300" in figures("Als de IND de aanvragen heeft beoordeeld, zijn er 300 toegekend.")
    got = figures("Volgens de PGRN schat UNHCR in dat wereldwijd tegen de 1,4 miljoen vluchtelingen hervestiging nodig "
                  "hebben en streeft UNHCR ernaar om in 2019 ruim 102.000 personen voor te dragen.")
    assert set(got) == {"1,4 miljoen"}
    assert got["1,4 miljoen"].approximate and got["1,4 miljoen"].source == "UNHCR"
    assert not figures("Ik heb gemeenten gevraagd om een aanvullende 25.000 opvangplekken te realiseren met streefdatum "
                       "23 juni 2022.")
    assert not figures("Wajongers houden hun uitkering op het huidige niveau, te weten 75% van het wettelijk minimumloon.")
    assert not figures("De overheid int een 2% «Development and Rehabilitation» inkomensbelasting.")
    assert not figures("Schepen met een maximale lengte van 110 meter kunnen de sluis passeren. Schepen langer dan 110 "
                       "meter moeten omvaren.")
    got = figures("Het gaat om 4600 plaatsen. Voorbeeld: als een gemeente 5% van de instroom genereerde, dan krijgt die "
                  "gemeente 5% van het totale aantal plaatsen van 4600 toegewezen.")
    assert [t for t in got] == ["4600"] and got["4600"].unit == "places"


def test_ids_and_names_hold_no_figures():
    assert not figures("Kamerantwoord document nummer: ah-tk-20192020-2271")
    got = figures("Uit de Toolkit 16–272 blijkt dat naar schatting 15% van de jongeren, ca. 350.000 problemen hebben.")
    assert set(got) == {"15%", "350.000"} and got["350.000"].unit == "persons"
    assert set(figures("Het gaat om 30–45 zaken.")) == {"30", "45"}


def test_a_table_cell_below_one_percent_and_units_of_the_tenth_series():
    got = figures("Categorie\n\nToezichtsintensiteit\n\nPrimaire bedrijven\n\n3%\n\nOverige doelgroepen\n\n< 1%")
    assert got["1%"].approximate and not got["3%"].approximate
    assert figures("Er werken meer dan 700 gerechtsdeurwaarders.")["700"].unit == "persons"
    assert figures("Ongeveer 21.000 briefstemmers hebben dat aangegeven.")["21.000"].unit == "persons"
    assert figures("De Inspectie heeft in dat jaar 1778 boetebeschikkingen verzonden.")["1778"].unit == "count"
    got = figures("Het gaat om de aantallen beschut werkplekken tot de 30.000 in de structurele situatie.")
    assert got["30.000"].unit == "places"
    got = figures("Dan krijgt die gemeente het totale aantal plaatsen van 4600 toegewezen.")
    assert got["4600"].unit == "places"
    # a yearly amount takes no year from the sentence before
    got = figures("Over het jaar 2019 gaat het om ruim 9 miljoen USD. Voor Saba betreft dit 1,5 miljoen USD per jaar.")
    assert got["9 miljoen"].period_start == date(2019, 1, 1) and got["1,5 miljoen"].period_start is None


def refs(text):
    from kamergraaf.extract.ref_names import document_abbreviations
    from kamergraaf.extract.references import find_references
    return {(r.kind, r.identifier) for r in find_references(text, document_abbreviations(text, find_references))}


def test_references_of_the_tenth_series():
    assert refs("De implementatie van de Wet vereenvoudiging beslagvrije voet kan niet zonder knelpunten.") == {
        ("act", "BWBR0039377")}  # (its BWB id since the forty-seventh round)
    assert refs("mensen die zijn toegelaten tot de Wet schuldsanering natuurlijke personen (Wsnp)") == {
        ("act", "BWBR0009730")}
    assert refs("Zo bevat het wetsvoorstel Participatiewet\nin balans2 een verruiming.") == {
        ("bill", "participatiewet in balans")}
    assert ("article", "BWBR0020674/artikel/4.13") in refs(
        "In artikel 4.13, vierde lid, van het huidige Besluit inburgering is vastgelegd dat.")
    assert refs("(Kamerstukken 2009–2010, Aanhangsel 2200)") == {("aanhangsel", "ah-tk-20092010-2200")}
    assert refs("Lukt het de Auditdienst Rijk (ADR) het onderzoek af te ronden? De ADR doet dat.") == set()
    assert refs("25 641\nNadere wijziging van een aantal socialezekerheidswetten (Veegwet SZW 1997)\n\nnr. 6\n") == {
        ("bill", "veegwet szw 1997")}


def test_structure_of_the_tenth_series():
    from kamergraaf.extract.reader import parse_text
    doc = parse_text("Schriftelijke antwoorden op vragen gesteld tijdens de eerste termijn\n\nVragen van het lid X\n\n"
                     "Vraagnummer: 1\n\nVraag:\n\nHoe staat het met de motie?\n\nAntwoord:\n\nDe motie is "
                     "uitgevoerd.\n", "a.txt", "a.txt", "x")
    assert [q.key for q in doc.questions] == ["q1"] and [a.key for a in doc.answers] == ["a1"]
    doc = parse_text("Schriftelijke antwoorden\n\nVragen van het lid M. de Graaf (PVV) Vraag: Iedere migrant zou terug "
                     "moeten. Is de minister bereid dit te regelen? Antwoord: Staand beleid is reeds dat.\n",
                     "a.txt", "a.txt", "x")
    assert [(q.key, q.text) for q in doc.questions] == [
        ("q0", "Iedere migrant zou terug moeten. Is de minister bereid dit te regelen?")]
    assert [(a.key, a.text) for a in doc.answers] == [("a0", "Staand beleid is reeds dat.")]
    from kamergraaf.extract.countries import find_countries
    assert find_countries("een aanvraag om het Nederlanderschap te verkrijgen") == []
    assert [h.iso3 for h in find_countries("de Bulgarenfraude")] == ["BGR"]


def test_an_article_number_at_the_start_of_a_line_is_no_footnote():
    from kamergraaf.extract.reader import parse_text
    doc = parse_text("Vragen van het lid Jacobi\n\nVraag 1\nWat is de samenloop?\n\nAntwoord 1\nDit is het geval waarin er "
                     "sprake is van samenloop van de vergunning van artikel\n19d van de Natuurbeschermingswet 1998 met de "
                     "omgevingsvergunning.\n", "a.txt", "a.txt", "x")
    assert doc.footnotes == () or list(doc.footnotes) == []
    assert doc.answers[0].text.endswith("met de omgevingsvergunning.")
