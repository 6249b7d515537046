"""Rules of the sixteenth extraction round. The texts are written for these tests in the form of answered
Kamervragen and committee lists (tests/gold/GUIDELINES.md)."""

from datetime import date

from kamergraaf.extract.figures import find_figures
from kamergraaf.extract.reader import parse_text
from kamergraaf.extract.references import find_references
from kamergraaf.extract.structure import find_headings


def refs(text):
    return [(text[r.start:r.end], r.kind, r.identifier) for r in find_references(text)]


def heads(body):
    return [(h.kind, h.numbers) for h in find_headings(body)]


def figures(text, agencies=()):
    hits, _ = find_figures(text, list(agencies), [])
    return {text[h.start:h.end]: h for h in hits}


def test_a_table_with_a_year_per_row_and_two_columns_under_each_head():
    text = ("Antwoord:\n\nOnderstand per maand en percentage van het minimumloon\n\nBonaire\n\nSint Eustatius\n\nSaba\n\n"
            "2019\n\n$ 492\n\n55%\n\n$ 615\n\n56%\n\n$ 592\n\n57%\n\n2020\n\n$ 522\n\n58%\n\n$ 633\n\n59%\n\n"
            "$ 624\n\n60%\n")
    hits, _ = find_figures(text, [], [])
    got = [(text[h.start:h.end], h.unit, h.period_start, h.period_end) for h in hits]
    assert got[:3] == [("$ 492", "USD", date(2019, 1, 1), date(2019, 12, 31)),
                       ("55%", "percent", date(2019, 1, 1), date(2019, 12, 31)),
                       ("$ 615", "USD", date(2019, 1, 1), date(2019, 12, 31))]
    assert got[-1] == ("60%", "percent", date(2020, 1, 1), date(2020, 12, 31))
    assert len(got) == 12
    assert "Saba" in hits[-1].measure and "Saba" in hits[-2].measure and "Bonaire" in hits[0].measure
    # the years are row labels, no figures
    assert "2019" not in {text[h.start:h.end] for h in hits}
    # a row one value short is not this table: no cell gets a year
    short = text.replace("\n\n$ 624\n\n60%\n", "\n\n$ 624\n")
    assert not any(h.period_start == date(2020, 1, 1) and "Saba" in h.measure for h in find_figures(short, [], [])[0])


def test_a_plus_minus_sign_in_a_table_cell_is_approximate():
    text = ("Antwoord 1\n\nEr zijn meer huisartsen dan ooit.\n\nJaar\n\nInwoners\n\nWerkzame huisartsen\n\n"
            "Inwoners per huisarts\n\n2000\n\n16,3 mln.\n\n8.600\n\n± 1.900\n\n2021\n\n17,5 mln.\n\n13.400\n\n± 1.300\n")
    got = figures(text)
    assert got["1.900"].approximate and got["1.300"].approximate and not got["8.600"].approximate
    assert got["1.300"].period_start == date(2021, 1, 1) and got["16,3 mln."].period_end == date(2000, 12, 31)
    assert "± 1.900" not in got
    assert figures("Antwoord 1\n\nHet gaat om ± 250 zaken.\n")["250"].approximate
    got = figures("Het aantal stijgt van +/- 1,5 mln. tot 3 mln. De raming is € 375 miljoen (bandbreedte +/- 40%).")
    assert got["1,5 mln"].approximate and not got["3 mln"].approximate and not got["40%"].approximate


def test_a_target_noun_right_before_the_number_is_no_figure():
    got = figures("De doelstelling 80% bruto arbeidsparticipatie wordt beïnvloed. De participatie was 72,4%.")
    assert "80%" not in got and "72,4%" in got
    assert "3%" not in figures("Het streefcijfer 3% wordt gehaald.")


def test_a_sentence_that_moves_on_in_time_stops_the_year_of_the_sentences_before():
    text = ("In januari 2005 waren er 271 gedetineerden in deze landen. Inmiddels is dat aantal toegenomen tot 502. "
            "Ruim 80% van de delicten is drugsgerelateerd.")
    got = figures(text)
    assert got["271"].period_start == date(2005, 1, 1)
    assert got["80%"].period_start is None and got["502"].period_start is None
    # without the shift the year carries over, as before
    kept = figures(text.replace("Inmiddels is dat aantal toegenomen tot 502. ", "Het ging om mannen. "))
    assert kept["80%"].period_start == date(2005, 1, 1)


def test_a_day_in_figures_after_op_with_a_space_after_the_dash():
    got = figures("Van de huisartsen is 12,6% op 1- 1-2001 55 jaar en ouder.")
    assert got["12,6%"].ref_date == date(2001, 1, 1)
    assert "1" not in got
    assert figures("Het aantal was op 31-12-2015 4.000 personen.")["4.000"].ref_date == date(2015, 12, 31)


CODED = ("Antwoord 1\n\nOnderstaande tabel geeft een overzicht.\n\nOverzicht onderuitputting 2009 per begroting (bedrag in "
         "€ mln; – = onderuitputting, + = overschrijding)\n\nBegroting\n\nOnderuitputting t/m VR\n\n2A\n\nStaten-Generaal"
         "\n\n– 3,9\n\n3\n\nAlgemene Zaken\n\n– 8,1\n\n6\n\nJustitie\n\n36,0\n\n9A\n\nNationale Schuld\n\n– 2,0\n\n"
         "Totaal\n\n– 1.111,5\n")


def test_a_table_of_coded_rows_scaled_by_its_caption():
    got = figures(CODED)
    assert set(got) == {"3,9", "8,1", "36,0", "2,0", "1.111,5"}  # the chapter numbers are row labels
    assert got["3,9"].value == -3900000 and got["36,0"].value == 36000000 and got["3,9"].unit == "EUR"
    assert got["1.111,5"].value == -1111500000
    assert got["8,1"].period_start == date(2009, 1, 1) and "Algemene Zaken" in got["8,1"].measure
    # fewer than three coded rows: no such table
    assert "3" in figures(CODED.replace("2A\n\n", "").replace("9A\n\n", ""))


def test_a_line_of_a_number_and_one_letter_is_no_footnote():
    doc = parse_text("Vraag 1\n\nWelke begrotingen?\n\nAntwoord 1\n\nBegroting\n\nBedrag\n\n2A\n\nStaten-Generaal\n\n"
                     "3,9\n\n9A\n\nNationale Schuld\n\n2,0\n", "a.txt", "a.txt", "x")
    assert not doc.footnotes and "2A" in doc.answers[0].text and "9A" in doc.answers[0].text


def test_a_bron_line_with_a_date_under_a_table_dates_its_cells():
    text = ("Antwoord 2\n\nDe ontwikkeling van de wachtlijst is als volgt:\nWaarvan zonder Wlz-zorg\n80\n73\n38\n"
            "Waarvan met Wlz-zorg\n106\n83\n27\nBron: iWlz, stand 1 mei 2019, zie ook bijlage.\nDe toename is groot.")
    got = figures(text)
    assert got["80"].ref_date == date(2019, 5, 1) and got["27"].ref_date == date(2019, 5, 1)
    assert figures(text.replace("stand 1 mei 2019", "bewerking"))["80"].ref_date is None
    # a sentence between the table and the line: the line is not the table's
    apart = text.replace("27\nBron", "27\nDe aantallen stijgen al jaren fors door de vergrijzing van de bevolking.\nBron")
    assert figures(apart)["80"].ref_date is None


def test_budget_articles_after_acts_and_more_abbreviations_of_social_security_acts():
    text = ("De onderuitputting betreft een saldo op diverse begrotingsartikelen. Meevallers doen zich voor op de AOW "
            "(artikel 8), WKB (artikel 10), WAZO (artikel 6) en de ZW (artikel 6).")
    got = refs(text)
    assert ("WKB", "act", "BWBR0022751") in got and ("WAZO", "act", "BWBR0013008") in got and ("ZW", "act", "BWBR0001888") in got
    assert not any(kind == "article" for _t, kind, _i in got)
    # outside a paragraph about budget articles, "(artikel 8)" is the act's article, as before
    assert ("artikel 8", "article", "BWBR0002221/artikel/8") in refs("Dit volgt uit de AOW (artikel 8).")


def test_upper_case_headings_and_a_vraag_label_under_the_numbered_heading():
    body = "VRAAG 1:\nVraag:\nKan dat in een tabel?\nAntwoord:\nJa.\nVRAAG 2:\nVraag:\nEn later?\nAntwoord:\nNee.\n"
    assert heads(body) == [("Q", (1,)), ("A", ()), ("Q", (2,)), ("A", ())]
    doc = parse_text("Lijst van vragen en antwoorden\n\n" + body, "a.txt", "a.txt", "x")
    assert [q.key for q in doc.questions] == ["q1", "q2"] and doc.questions[0].text == "Kan dat in een tabel?"
    assert heads("VRAAG 1\nKan dat?\nANTWOORD 1\nJa.\n") == [("Q", (1,)), ("A", (1,))]
    # reflowing wrapped lines keeps an upper-case heading on a line of its own, as it keeps "Vraag 2:"
    from kamergraaf.extract.reflow import text_separators
    wrapped = ["Het aantal zaken dat in het jaar 2020 bij de rechtbank werd", "ingediend was groter dan in de jaren daarvoor en de",
               "doorlooptijd werd langer dan de norm die daarvoor", "geldt voor alle zaken samen in het land het totaal was",
               "VRAAG 2:", "ANTWOORD 2:", "Toen 50."]
    assert text_separators(wrapped, [False] * 7)[4:] == ["\n", "\n", "\n"]


def test_a_kamerstuk_by_dossier_and_number_after_a_comma_that_follows_a_word():
    assert refs("Brief van 11 mei, 25 295, nr. 1179") == [("25 295, nr. 1179", "kamerstuk", "kst-25295-1179")]
    assert refs("Er waren 12, 25 295, nr. 3 zaken") == []


def test_a_change_between_two_years_and_the_quantities_it_is_a_share_of():
    got = figures("Het aantal nareisaanvragen daalde met 13% van 7.590 in 2017 naar 6.580 in 2018.")
    assert got["13%"].period_start is None and got["7.590"].unit == "count" and got["6.580"].unit == "count"
    assert got["7.590"].period_start == date(2017, 1, 1) and got["6.580"].period_end == date(2018, 12, 31)
    assert figures("De werkloosheid steeg van 3% naar 5 procent.")["3%"].unit == "percent"


def test_bounds_of_a_group_or_a_norm_are_no_figures():
    got = figures("Van hen heeft op 31 december 2022 28,42% een bruto uurloon minder dan 130% van het Wml.")
    assert "28,42%" in got and "130%" not in got
    assert "120" not in figures("Het gaat om huishoudens met een inkomen tot 120 procent van het sociaal minimum.")
    assert "46%" in figures("De onderstand is 46% van het WML.")
    got = figures("Dat komt door de verhoging van de appèlgrens in overtredingszaken van € 50 tot € 100. Dit scheelt "
                  "ongeveer 400 appellen.")
    assert set(got) == {"400"}
    got = figures("In 2004 was het aantal appellen in zaken met een geldboete tot en met € 500 ruim 2200.")
    assert set(got) == {"2200"} and got["2200"].unit == "count"


def test_a_page_range_is_no_figure():
    assert figures("Zie het Jaarverslag 2023 (p. 376 – 381) en pagina 22–24.") == {}


def test_notas_that_answer_in_the_members_paragraph_and_numbered_answers_offered_by_letter():
    nota = ("34 309 Regels met betrekking tot de terugkeer van vreemdelingen\n\nNr. 6 NOTA NAAR AANLEIDING VAN HET VERSLAG"
            "\n\nMet belangstelling heb ik kennis genomen van het verslag.\n\nI ALGEMEEN\n\nDe leden van de VVD-fractie "
            "vragen welk probleem wordt opgelost met dit wetsvoorstel. Op dit moment sluit het kader niet goed aan. Dat "
            "verandert nu.\n\nDe leden van de CDA-fractie vragen of er meer plaatsen komen. Ook vragen zij wanneer. Er "
            "komen 40 plaatsen bij.\n")
    doc = parse_text(nota, "n.txt", "n.txt", "x")
    assert [q.text for q in doc.questions] == [
        "De leden van de VVD-fractie vragen welk probleem wordt opgelost met dit wetsvoorstel.",
        "De leden van de CDA-fractie vragen of er meer plaatsen komen. Ook vragen zij wanneer."]
    assert doc.answers[1].text == "Er komen 40 plaatsen bij."
    letter = ("Hierbij bied ik u de antwoorden aan op de schriftelijke vragen van de vaste commissie voor Defensie.\n\n"
              "De minister van Defensie,\n\n1. Kan de regering aangeven of er reserveringen zijn gedaan?\n\nAls er nieuw "
              "beleid komt, worden reserveringen opgenomen.\n")
    doc = parse_text(letter, "l.txt", "l.txt", "x")
    assert [q.key for q in doc.questions] == ["q1"] and doc.answers[0].text.startswith("Als er nieuw beleid komt")
