"""Rules of the eighteenth extraction round. The texts are written for these tests in the form of answered
Kamervragen and committee lists (tests/gold/GUIDELINES.md)."""

from datetime import date
from decimal import Decimal

import pytest

from kamergraaf.extract.figures import find_figures
from kamergraaf.extract.numbers import rounding_of
from kamergraaf.extract.reader import parse_text
from kamergraaf.extract.ref_names import document_abbreviations
from kamergraaf.extract.references import find_references


def refs(text):
    """(kind, identifier, text) of every reference, with the abbreviations the text defines."""
    return [(h.kind, h.identifier, text[h.start:h.end])
            for h in find_references(text, document_abbreviations(text, find_references))]


def ids(text):
    return {(k, i) for k, i, _ in refs(text)}


def figures(text):
    hits, _ = find_figures(text, [], [])
    return [(text[h.start:h.end], h) for h in hits]


def parse(text):
    return parse_text(text, "a.txt", "a.txt", "x")


def test_an_article_of_an_act_named_before_the_abbreviation_it_defines():
    text = ("Ingevolge art. 23, lid 2 van de Wet administratiefrechtelijke handhaving verkeersvoorschriften (Wahv) "
            "wordt een verkeersboete van rechtswege met 50% verhoogd. De Wahv geldt ook voor de boete.")
    got = refs(text)
    # the 2017 list holds this act as "wet mulder", BWBR0004581 (forty-second round; before, it went by its name)
    assert ("article", "BWBR0004581/artikel/23") in ids(text)
    # the act is named in full and by its abbreviation
    assert [t for k, i, t in got if k == "act"] == [
        "Wet administratiefrechtelijke handhaving verkeersvoorschriften", "Wahv", "Wahv"]
    # an abbreviation that is no act's gives no name to look for
    plain = "De Auditdienst Rijk (ADR) controleert de jaarrekening."
    assert not [r for r in refs(plain) if r[0] in ("act", "article")]


def test_an_article_printed_after_its_act_and_a_comma():
    text = ("De regeling is gebaseerd op de Visumcode (Europese regelgeving), art. 8.lid 4. d. Dit is in de "
            "regeling vastgelegd.")
    assert ("article", "visumcode/artikel/8") in ids(text)
    assert ("article", "BWBR0011823/artikel/29") in ids("Volgens de Vreemdelingenwet 2000, artikel 29 is dat zo.")
    # a comma and a number that is no article: no article
    assert not [r for r in refs("De Vreemdelingenwet 2000, 29 keer genoemd.") if r[0] == "article"]
    # an article numbered per chapter after the comma is not read as its first part
    assert ("article", "BWBR0005537/artikel/4") not in ids("Zie de Awb, artikel 4:5 daarover.")


def test_a_bill_by_its_working_title_in_lower_case():
    text = "De verwachting was dat per 1 juli 2012 het wetsvoorstel verhoging griffierechten in werking zou treden."
    assert ("bill", "verhoging griffierechten") in ids(text)
    # an amendment of a named act is that act, not a bill called "wijziging"
    amend = "Het wetsvoorstel wijziging van de Vreemdelingenwet is ingediend."
    assert not [r for r in refs(amend) if r[0] == "bill" and r[1].startswith("wijziging")]
    # a footnote marker glued to the last word is left off; the full name is the act's it became
    marked = "Met het wetsvoorstel versterking bestuur pensioenfondsen2 wordt dat geregeld."
    assert ("bill", "wet versterking bestuur pensioenfondsen") in ids(marked)


def test_a_kamerstuk_whose_dossier_is_in_brackets():
    text = "Tijdens het wetgevingsoverleg over de nieuwe politiewet Kamerstuk (30 880) heeft u gezegd dat"
    assert ("kamerstuk", "kst-30880") in ids(text)
    assert ("kamerstuk", "kst-30880-12") in ids("Zie Kamerstuk (30 880, nr. 12) daarover.")


def test_a_regulation_in_guillemets_runs_to_the_closing_mark():
    text = ("Deelt u de mening dat de huidige «Regeling informatieverstrekking ziektekostenverzekeraars aan "
            "consumenten» niet effectief is?")
    assert ids(text) == {("act", "regeling informatieverstrekking ziektekostenverzekeraars aan consumenten")}
    # without the closing mark the title ends at its first small word, as before
    open_ = text.replace("»", "")
    assert ids(open_) == {("act", "regeling informatieverstrekking ziektekostenverzekeraars")}


def test_an_eu_directive_or_regulation_by_a_one_word_name_in_an_eu_paragraph():
    text = "De Europese Vuurwapenrichtlijn en de NDICI-verordening gelden in alle lidstaten."
    assert ids(text) == {("eu-act", "europese vuurwapenrichtlijn"), ("eu-act", "ndici-verordening")}
    assert ("eu-act", "meststoffenverordening") in ids("De Meststoffenverordening geldt in de EU.")
    # without a word of the EU in the paragraph a compound is no EU act
    assert not ids("De Meststoffenverordening is nog niet in werking.")
    # a domestic rule is none, whatever the paragraph says
    domestic = "De Omgevingsverordening van de provincie en de Praktijkrichtlijn volgen de EU-regels."
    assert not [r for r in refs(domestic) if r[0] == "eu-act"]
    # a word the lists hold keeps its identifier, and "Kaderrichtlijn Water" is one act, not two
    assert ids("De Dublinverordening geldt in de EU.") == {("eu-act", "32013R0604")}
    assert ids("De Europese Kaderrichtlijn Water geldt in de EU.") == {("eu-act", "kaderrichtlijn water")}


_NWO = ("1\n\nHoe verhoudt de vrije competitie zich tot de overige middelen?\n\nDe NWO-begroting 2018 heeft een omvang van "
        "€ 877 miljoen, waarvan € 794 miljoen afkomstig is van OCW. De omvang per domein is weergegeven in de "
        "onderstaande tabel.\n\nBegroting 2018 (M€)\n\nTotaal\n\nENW\n\nSGW\n\nTTW\n\nInst.\n\nAnders\n\n"
        "NWO Open Competitie\n\n108\n\n45\n\n27\n\n   \n\nBasis NWO-instituten\n\n107\n\n107\n\n"
        "Overige programma’s\n\n578\n\n183\n\n180\n\n23\n\n1\n\n103\n\n– Waarvan Vernieuwingsimpuls\n\n151\n\n"
        "54\n\n47\n\n25\n\n10\n\n15\n")


def test_a_table_in_millions_of_euros_by_the_short_sign_and_rows_with_blank_cells_dropped():
    got = figures(_NWO)
    cells = [(t, h) for t, h in got if h.start > _NWO.index("(M€)")]
    # every cell, also under a head cut short ("Inst.") and in a part row ("– Waarvan ...")
    assert [t for t, _ in cells] == ["108", "45", "27", "107", "107", "578", "183", "180", "23", "1", "103", "151",
                                     "54", "47", "25", "10", "15"]
    for _, h in cells:
        assert h.unit == "EUR" and h.value >= 10**6  # "(M€)": millions of euros
        assert (h.period_start, h.period_end) == (date(2018, 1, 1), date(2018, 12, 31))
    assert cells[0][1].value == Decimal(108 * 10**6)
    # the budget named with its agency dates the amounts of its sentence
    lead = [h for t, h in got if t == "€ 794 miljoen"][0]
    assert lead.period_start == date(2018, 1, 1)
    # "(k€)" scales by a thousand
    thousands = _NWO.replace("(M€)", "(k€)")
    assert [h.value for t, h in figures(thousands) if t == "108"] == [Decimal(108000)]


def test_a_percentage_before_a_footnote_marker_after_its_full_stop():
    text = "In 2014 ging het om 5,6% van de lessen, in 2020 is dit gedaald naar 3,7%.4 In het vmbo is het hoger."
    assert [t for t, _ in figures(text)] == ["5,6%", "3,7%"]
    # a number with a decimal point run into it is still no figure ("versie 3.7.4")
    assert [t for t, _ in figures("Zie versie 3.7.4 van het document met 12 bijlagen.")] == ["12"]


def test_numbers_that_label_rate_or_span_are_no_figures():
    assert [t for t, _ in figures("een vacaturegraad van 48 vacatures op 1.000 banen2. De Quick Scan")] == ["48"]
    assert figures("Vraagnummer: 2") == []
    assert [t for t, _ in figures("signalen over overlast. [1] Daarbij kreeg ik 12 meldingen.")] == ["12"]
    span = "besliste aanvragen over 2015, 2016 en de eerste 3 maanden van 2017. Het ging om 9.110 aanvragen."
    assert [t for t, _ in figures(span)] == ["9.110"]
    assert figures("Er is 24 uur per dag beveiliging aanwezig.") == []
    assert figures("Het KNMI beschrijft dat ook in het Klimaatsignaal'21 dat is gepubliceerd.") == []
    limit = "De subsidie is bestemd voor auto’s met een maximum nieuwprijs van 45.000 euro."
    assert figures(limit) == []
    # a planned capacity is a figure
    assert [t for t, _ in figures("uitgegaan van een maximale formatie van 244 fte.")] == ["244"]


def test_rounding_also_afgerond_naar():
    assert rounding_of("(De aantallen zijn afgerond naar tientallen).") == 10
    assert rounding_of("De aantallen zijn afgerond op honderdtallen.") == 100
    assert rounding_of("De aantallen zijn niet afgerond.") is None


def test_more_counted_persons():
    got = figures("Er zijn ongeveer 200 reservisten en 12 journalisten aanwezig; 30 wachtlijsten.")
    assert [(t, h.unit) for t, h in got] == [("200", "persons"), ("12", "persons"), ("30", "count")]


def test_a_nota_whose_heading_lacks_het_and_whose_members_ask_in_a_later_sentence():
    text = ("23 934\nInwerkingtreding van de Wet op de motorrijtuigenbelasting 1994 (Invoeringswet Wet op de "
            "motorrijtuigenbelasting 1994)\n\nnr. 5\nNOTA NAAR AANLEIDING VAN VERSLAG\n\nOntvangen 4 januari 1995\n\n"
            "Het doet mij genoegen dat de leden van de PvdA-fractie met instemming van het wetsvoorstel hebben "
            "kennisgenomen. Deze leden vragen of de registratiesystemen in voldoende mate op elkaar zijn afgestemd.\n\n"
            "De registratiesystemen zijn in 1994 op elkaar afgestemd (kamerstukken II 1993/94, 23 400 IXB, nr. 23).\n")
    doc = parse(text)
    assert [q.key for q in doc.questions] == ["q0"] and [a.key for a in doc.answers] == ["a0"]
    assert doc.answers[0].text.startswith("De registratiesystemen")
    assert ("kamerstuk", "kst-23400-IXB-23") in ids(text)
    # a paragraph that names members without asking is no question: no document
    silent = text.replace("Deze leden vragen of de registratiesystemen in voldoende mate op elkaar zijn afgestemd.",
                          "Deze leden zijn tevreden.")
    with pytest.raises(Exception):
        parse(silent)


def test_the_short_title_of_a_dossier_is_the_bill_under_treatment():
    text = ("35 654 Wijziging van de Tijdelijke wet verkiezingen covid-19 ten behoeve van de verkiezing van de leden "
            "van de Tweede Kamer in 2021 (Tijdelijke wet Tweede Kamerverkiezing covid-19)\n\nNr. 6 NOTA\n")
    assert ids(text) == {("act", "tijdelijke wet verkiezingen covid-19"),
                         ("bill", "tijdelijke wet tweede kamerverkiezing covid-19")}
    listed = ("23 934\nInwerkingtreding van en aanpassing van wetgeving aan de Wet op de motorrijtuigenbelasting 1994 "
              "(Invoeringswet Wet op de motorrijtuigenbelasting 1994)\n")
    assert ("bill", "invoeringswet wet op de motorrijtuigenbelasting 1994") in ids(listed)
    assert not [i for k, i in ids(listed) if k == "act" and i != "BWBR0006324"]  # the listed Invoeringswet is not it
    # a budget's dossier title names no bill
    budget = "36 100 XVI Wijziging van de begrotingsstaten van VWS voor het jaar 2022 (twaalfde incidentele suppletoire begroting)\n"
    assert not [k for k, _ in ids(budget) if k == "bill"]


def test_numbered_questions_without_an_answer_are_answered_with_the_next():
    text = ("LIJST VAN VRAGEN EN ANTWOORDEN\n\nVragen en antwoorden zijn hierna afgedrukt.\n\n1\n\nHoe zijn de "
            "arbeidsvoorwaarden van het personeel geregeld?\n\n2\n\nHoe is het mogelijk dat andere organisaties "
            "anders worden behandeld?\n\nDe arbeidsvoorwaarden zijn geregeld in de rechtspositieregelingen.\n\n3\n\n"
            "Wat kost dat?\n\nDat kost niets.\n")
    doc = parse(text)
    assert [(a.key, a.question_keys) for a in doc.answers] == [("a1-2", ("q1", "q2")), ("a3", ("q3",))]


def test_an_answer_label_run_into_the_question_under_a_question_label():
    text = ("Kamerlid\n\nVraag en Antwoord\n\nVraag:\n\nWaarom voert het ministerie geen beter beleid voor de "
            "filebestrijding?Antwoord:\nOp het gebied van filebestrijding doet dit kabinet veel.\n\nVraag:\n\n"
            "Is de staatssecretaris bereid om dit te handhaven?Antwoord:\nIedereen moet zich veilig kunnen voelen.\n")
    doc = parse(text)
    assert [a.text[:10] for a in doc.answers] == ["Op het geb", "Iedereen m"]
    assert len(doc.questions) == 2 and doc.questions[0].text.endswith("filebestrijding?")


def test_a_counted_noun_after_a_run_of_adjectives():
    text = "De Koninklijke Marechaussee heeft ongeveer 200 volledig opgeleide en gecertificeerde reservisten."
    assert [(t, h.unit) for t, h in figures(text)] == [("200", "persons")]
    # one adjective is read as before, and a noun that counts nothing gives no unit
    assert [h.unit for _, h in figures("Er zijn 30 nieuwe grote locaties geopend.")] == ["count"]


def test_a_finance_directorate_is_not_the_ministry_of_economic_affairs():
    from kamergraaf.extract.agencies import find_agencies
    text = "De eigenaar is de directie Financieel-Economische Zaken; het Ministerie van Economische Zaken niet."
    assert [(text[h.start:h.end], h.key) for h in find_agencies(text)] == [("Economische Zaken", "EZ")]


def test_a_totals_row_without_a_label_under_a_header_of_years():
    text = ("Antwoord\n\nIn onderstaand overzicht staan de besliste aanvragen.\n\nBinnen- en buiten wettelijke termijn\n\n"
            "2015\n\n2016\n\n2017\n\nBinnen wettelijke termijn\n\n9.110\n\n10.440\n\n2.710\n\nBuiten wettelijke termijn\n\n"
            "1.300\n\n3.130\n\n1.380\n\n10.410\n\n13.570\n\n4.090\n")
    got = {t: h for t, h in figures(text)}
    assert got["10.410"].period_start == date(2015, 1, 1) and got["4.090"].period_start == date(2017, 1, 1)
    assert got["1.300"].period_end == date(2015, 12, 31)
    # a row of fewer values than years is no totals row: no year is guessed for it
    short = text.replace("\n\n4.090\n", "\n")
    assert all(h.period_start is None for t, h in figures(short) if t in ("10.410", "13.570"))
