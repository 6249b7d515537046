"""Rules of the twelfth extraction round: the date of a named document is not a figure's reference date, a
bracketed literature citation holds no figures, a range of percentages is in percent, and acts of the 2017 BWB
list that the trimmed gazetteer had lost. The sentences are written for these tests in the form of answered
Kamervragen (tests/gold/GUIDELINES.md)."""

from datetime import date

from kamergraaf.extract.figures import find_figures
from kamergraaf.extract.references import find_references


def figures(text, agencies=()):
    hits, _ = find_figures(text, list(agencies), [])
    return {text[h.start:h.end]: h for h in hits}


def refs(text):
    return {(r.kind, r.identifier) for r in find_references(text)}


def test_the_date_of_a_named_motion_is_not_the_figures_date_and_the_year_before_carries():
    text = ("Het kabinet heeft in 2019 extra middelen vrijgemaakt. Het gaat om EUR 300.000 voor opvang (waarvan "
            "EUR 50.000 ter uitvoering van de motie Jansen van 12 maart 2018) en EUR 75.000 voor voorlichting.")
    found = figures(text)
    for t in ("300.000", "50.000", "75.000"):
        assert found[t].ref_date is None, t
        assert (found[t].period_start, found[t].period_end) == (date(2019, 1, 1), date(2019, 12, 31)), t


def test_a_ruling_or_letter_date_gives_no_reference_date_but_a_peildatum_still_does():
    found = figures("Volgens de uitspraak van de rechtbank van 4 juni 2022 gaat het om 120 zaken.")
    assert found["120"].ref_date is None
    found = figures("In de brief van 3 mei 2021 staat dat op peildatum 1 april 2021 in totaal 85 dossiers open waren.")
    assert found["85"].ref_date == date(2021, 4, 1)
    # a bare date without a document before it still dates the figure
    found = figures("Het aantal meldingen bedroeg 14 maart 2023 in totaal 412.")
    assert found["412"].ref_date == date(2023, 3, 14)


def test_volume_and_page_of_a_bracketed_citation_are_not_figures():
    text = ("Bij ouderen met thuiszorg is het 16% (Voeding en Zorg 2021, 12, 4410); in instellingen 20% "
            "(Landelijke Meting, 2019).")
    found = figures(text)
    assert set(found) == {"16%", "20%"}
    # a count in brackets after a year is a figure
    found = figures("Het aantal aanvragen steeg (2022, 340 aanvragen meer dan het jaar ervoor).")
    assert "340" in found


def test_the_first_number_of_a_range_of_percentages_is_a_percentage():
    found = figures("Het aandeel ligt tussen de instellingen op 15–20% en bij ziekenhuizen op 8 - 12 procent.")
    assert found["15"].unit == "percent"
    assert found["20%"].unit == "percent"
    assert found["8"].unit == "percent"


def test_acts_the_trimmed_list_had_lost_are_found_with_their_articles():
    text = "Op grond van artikel 2a van de Wet gelijke behandeling op grond van handicap of chronische ziekte geldt dit."
    assert refs(text) >= {("act", "BWBR0014915"), ("article", "BWBR0014915/artikel/2a")}
    assert ("act", "BWBR0016185") in refs("De Wet gelijke behandeling op grond van leeftijd bij de arbeid verbiedt dit.")


def test_an_om_aanwijzing_by_name_but_not_the_common_word():
    assert ("act", "BWBR0034586") in refs("Hierbij is de Aanwijzing voor de opsporing leidend.")
    assert ("act", "BWBR0033564") in refs("De Aanwijzing mensenhandel geeft de prioriteiten.")
    assert not any(k == "act" for k, _ in refs("Er zijn aanwijzingen voor de opsporing van meer zaken."))


def test_a_number_after_a_label_word_or_in_a_numeric_date_is_no_figure():
    text = ("Het gaat om 1.200 ouderen in een kamer (scenario 1) en 3.400 ouderen in een appartement (scenario 2). "
            "Het forfait in box 3 vervalt. Zie de Aanwijzing (Staatscourant, jaargang 2003, nr. 41). "
            "Dat is verbeterd sinds 10-10-2010 en 1/7/2024.")
    found = figures(text)
    assert set(found) == {"1.200", "3.400"}
    assert found["3.400"].unit == "persons"


def test_the_first_number_of_a_range_takes_no_unit_from_an_earlier_sentence():
    found = figures("De kosten stegen met 12-15%. Er waren 3-4 meldingen.")
    assert found["12"].unit == "percent"
    assert found["3"].unit == "count"
    assert found["4"].unit == "count"


def test_tussen_x_en_y_is_a_period():
    from kamergraaf.extract.numbers import find_time_expressions, resolve_time

    def span(text):
        ref = resolve_time(find_time_expressions(text), len(text))
        return ref.period_start, ref.period_end

    assert span("Tussen 1 juli 2017 en 31 december 2017 zijn") == (date(2017, 7, 1), date(2017, 12, 31))
    assert span("tussen 1 juli en 31 december 2017 zijn") == (date(2017, 7, 1), date(2017, 12, 31))
    assert span("tussen januari en juni 2024 zijn") == (date(2024, 1, 1), date(2024, 6, 30))
    assert span("tussen 2015 en 2020 zijn") == (date(2015, 1, 1), date(2020, 12, 31))
    found = figures("Tussen 1 juli 2023 en 31 december 2023 zijn 16 personen ingezet:\n\n  • 9 BZ-ambtenaren in Den Haag;\n"
                    "\n  • 7 ambtenaren van andere departementen.\n")
    for t in ("16", "9", "7"):
        assert period(found[t]) == (date(2023, 7, 1), date(2023, 12, 31)), t
    assert found["9"].unit == "persons"


def period(h):
    return h.period_start, h.period_end



def test_a_cell_per_line_table_under_a_bracketed_scale_caption(tmp_path):
    """A committee list whose answer prints a table a cell per line under "(bedragen x € 1.000)": each year row
    gives its amount (scaled) and its percentage that year; the header's last line is not joined to the first
    row's year."""
    from kamergraaf.extract.nlp import analyse
    from kamergraaf.extract.reader import read_path

    rows = [(2019, "21.406.117", "11,2%"), (2020, "22.731.004", "11,6%"), (2021, "23.118.950", "10,9%")]
    body = "\n".join(f"{y}\n{a}\n{p}" for y, a, p in rows)
    text = ("Lijst van vragen en antwoorden over de begroting\n"
            "Vastgesteld 3 november 2025\n"
            "De vaste commissie heeft de volgende vragen voorgelegd aan de Minister van Onderwijs, Cultuur en "
            "Wetenschap over de begroting. De Minister heeft deze vragen beantwoord bij brief van 1 november 2025.\n"
            "1\n"
            "Kunt u de uitgaven aan onderwijs per jaar laten zien in absolute bedragen en als aandeel van de "
            "rijksbegroting?\n"
            "In onderstaande tabel staan de uitgaven aan onderwijs per jaar in absolute bedragen en als percentage "
            "van de totale rijksbegroting. Voor eerdere jaren zijn de gegevens niet voldoende compleet om een "
            "betrouwbare vergelijking te maken en daarom niet opgenomen.\n"
            "(bedragen x € 1.000)\nJaar\nUitgaven aan onderwijs1\nUitgaven als percentage van de rijksbegroting2\n"
            + body + "\n")
    path = tmp_path / "lijst.txt"
    path.write_text(text, encoding="utf-8")
    doc = read_path(path)[0]
    found = {f.text: f for f in analyse(doc).figures}
    assert set(found) == {c for _, a, p in rows for c in (a, p)}
    assert found["21.406.117"].value == 21406117000 and found["21.406.117"].unit == "EUR"
    assert found["11,6%"].unit == "percent" and float(found["11,6%"].value) == 11.6
    assert (found["22.731.004"].period_start, found["22.731.004"].period_end) == (date(2020, 1, 1), date(2020, 12, 31))
    assert (found["10,9%"].period_start, found["10,9%"].period_end) == (date(2021, 1, 1), date(2021, 12, 31))


def test_a_range_takes_the_unit_of_its_second_number():
    found = figures("Dit komt neer op 30–45 mln. euro per jaar. Het gaat om 5-7 vrouwen.")
    assert found["30"].unit == "EUR" and found["30"].value == 30000000
    assert found["5"].unit == "persons"


def test_a_source_agency_in_brackets_is_the_source_of_its_sentence_only():
    from kamergraaf.extract.agencies import find_agencies

    text = ("De raming voor 2026 betreft 310 miljoen euro. De doelstelling is met 112% ruim behaald (bron: OM "
            "Jaarbericht 2024).")
    hits, _ = find_figures(text, find_agencies(text), [])
    found = {text[h.start:h.end]: h for h in hits}
    assert found["112%"].source == "OM"
    assert found["310 miljoen"].source is None


def test_a_target_for_a_year_is_no_figure():
    assert set(figures("De beslagdoelstelling voor 2024 van 200 miljoen euro is met 110% behaald.")) == {"110%"}


def test_years_spans_and_the_year_of_a_named_budget():
    found = figures("De werkzaamheden lopen van 2016 tot en met 2018. Hiervoor is € 80 miljoen vrijgemaakt.")
    assert period(found["€ 80 miljoen"]) == (date(2016, 1, 1), date(2018, 12, 31))
    found = figures("De raming voor de jaren 2026 tot en met 2030 betreft 210 miljoen euro.")
    assert period(found["210 miljoen"]) == (date(2026, 1, 1), date(2030, 12, 31))
    found = figures("De ontwerpbegroting 2019 bestaat voor 41 procent uit personeelsuitgaven.")
    assert period(found["41"]) == (date(2019, 1, 1), date(2019, 12, 31))


def test_a_carried_period_stops_at_a_sentence_with_its_own_time_and_at_a_recurring_amount():
    found = figures("In 2021 is € 12 miljoen uitgegeven. Het herstel is voorzien voor eind 2022. "
                    "Verder is € 4 miljoen voor onderhoud gereserveerd.")
    assert period(found["€ 12 miljoen"]) == (date(2021, 1, 1), date(2021, 12, 31))
    assert period(found["€ 4 miljoen"]) == (None, None)
    found = figures("In 2021 is € 12 miljoen uitgegeven. Daarnaast is structureel € 3 miljoen beschikbaar gesteld.")
    assert period(found["€ 3 miljoen"]) == (None, None)


def test_acts_after_the_2017_list_by_name_and_coordinated_articles():
    found = refs("Van belang zijn de AVG en de Uitvoeringswet Algemene verordening gegevensbescherming (UAVG). "
                 "In artikel 6 en artikel 9 van de AVG staat wanneer dat mag. De UAVG vult dat aan.")
    assert ("act", "BWBR0040940") in found
    assert ("act", "uitvoeringswet") not in found
    assert {("article", "32016R0679/artikel/6"), ("article", "32016R0679/artikel/9")} <= found
    assert ("act", "BWBR0048028") in refs("Daarvoor is de Wet goed verhuurderschap er.")
    found = refs("Op grond van artikel 3, artikel 4 of artikel 12 van de Vreemdelingenwet 2000 is dat zo.")
    assert {("article", f"BWBR0011823/artikel/{n}") for n in (3, 4, 12)} <= found


def test_a_name_after_a_committee_role_is_a_person_not_a_country():
    from kamergraaf.extract.countries import find_countries

    assert find_countries("De griffier van de commissie, Israel\n") == []
    assert [h.iso3 for h in find_countries("De Raad sprak over Israel en Jordanië.")] == ["ISR", "JOR"]


def test_a_named_month_is_the_period_and_without_a_year_takes_the_documents():
    from kamergraaf.extract.numbers import find_time_expressions, resolve_time

    text = "In maart 2024 waren er"
    ref = resolve_time(find_time_expressions(text), len(text))
    assert (ref.period_start, ref.period_end) == (date(2024, 3, 1), date(2024, 3, 31))
    text = ("Het bedrag dat DUO overmaakte was in februari € 317,8 miljoen. In maart was dit € 316,6 miljoen en in "
            "april is het € 314,4 miljoen.")
    hits, _ = find_figures(text, [], [], 2021)
    found = {text[h.start:h.end]: h for h in hits}
    assert period(found["€ 317,8 miljoen"]) == (date(2021, 2, 1), date(2021, 2, 28))
    assert period(found["€ 316,6 miljoen"]) == (date(2021, 3, 1), date(2021, 3, 31))
    assert period(found["€ 314,4 miljoen"]) == (date(2021, 4, 1), date(2021, 4, 30))


def test_the_month_of_an_event_gives_no_period():
    found = figures("De uitgaven zijn met EUR 6,1 miljoen verhoogd omdat de bijdrage betaald is in december 2019 in "
                    "plaats van in januari 2020.")
    assert period(found["6,1 miljoen"]) == (None, None)
    found = figures("De werkgroep heeft in september 2021 een lijst opgesteld. Er zijn circa 90.000 mensen uitgenodigd.")
    assert period(found["90.000"]) == (None, None)


def test_a_line_table_without_corner_cell_under_an_unbracketed_scale_with_signed_cells_and_dated_rows():
    text = ("Ja:\n\nIn € mln.\n\nStand volgens de begroting 2020\n\nNa de aangekondigde toevoegingen\n\n"
            "Stand per 1-1-2019\n\n210,4\n\n210,4\n\nOnttrekkingen in 2019\n\n– 105,2\n\n– 99,0\n\n"
            "Toevoegingen in 2019\n\n40\n\n62\n\nDe rest komt later.")
    hits, _ = find_figures(text, [], [])
    found = [(text[h.start:h.end], h) for h in hits]
    assert [t for t, _ in found] == ["210,4", "210,4", "105,2", "99,0", "40", "62"]
    first, withdrawn, added = found[0][1], found[2][1], found[4][1]
    assert first.value == 210400000 and first.unit == "EUR" and first.ref_date == date(2019, 1, 1)
    assert withdrawn.value == -105200000
    assert period(withdrawn) == (date(2019, 1, 1), date(2019, 12, 31))
    assert added.value == 40000000 and period(added) == (date(2019, 1, 1), date(2019, 12, 31))


def test_ids_age_groups_article_paragraphs_and_sources_before_a_bracket():
    from kamergraaf.extract.agencies import find_agencies

    assert set(figures("Het CBS heeft voor de bevolking tot 50 jaar een raming gemaakt. Zie LEI-rapport 2016–034.")) == set()
    found = refs("Op grond van artikel 14 lid 4 Rijkswet op het Nederlanderschap kan dat. Dat gold voor 9.000 "
                 "AWBZ-cliënten.")
    assert {("article", "BWBR0003738/artikel/14"), ("act", "algemene wet bijzondere ziektekosten")} <= found
    text = "Er zijn volgens de laatste cijfers (1 januari 2020) van het CBS 2.400.000 personen met die achtergrond."
    hits, _ = find_figures(text, find_agencies(text), [])
    assert [h.source for h in hits] == ["CBS"]


def test_abbreviations_the_document_defines_as_something_else_are_no_reference():
    from kamergraaf.extract.ref_names import document_abbreviations

    def doc_refs(text):
        return {(r.kind, r.identifier) for r in find_references(text, document_abbreviations(text, find_references))}

    assert doc_refs("De opdracht ging naar de Auditdienst Rijk (ADR). De ADR heeft dat onderzocht.") == set()
    assert ("treaty", "adr") in doc_refs("Het vervoer over de weg valt onder het ADR.")


def test_full_citation_titles_of_names_the_2017_list_cut_off_and_more_aliases():
    assert ("act", "BWBR0032249") in refs("De stichting is WNT-plichtig.")
    assert ("act", "BWBR0032249") in refs("Volgens de Wet normering bezoldiging topfunctionarissen publieke en "
                                          "semipublieke sector mag dat niet.")
    assert ("act", "BWBR0013060") in refs("De evaluatie van de Wet SUWI volgt.")


def test_a_european_directive_by_name_and_the_eu_turkey_statement():
    assert ("eu-act", "europese vuurwapenrichtlijn") in refs("De Europese vuurwapenrichtlijn is omgezet.")
    found = refs("De Europese Opvangrichtlijn geldt.")
    assert ("eu-act", "opvangrichtlijn") in found and ("eu-act", "europese opvangrichtlijn") not in found
    assert ("treaty", "eu-turkije verklaring") in refs("De EU-Turkije Verklaring van 18 maart 2016 werkt.")


def test_a_year_with_its_marker_a_span_of_days_and_budget_articles_are_no_figures():
    text = ("Dit is eind 20163 voor het eerst gemeld. Het comité kwam van 12 tot en met 16 november 2018 bij elkaar. "
            "Het betreft de beleidsartikelen 14, 16, 17, 18 en 21. Er waren 12 tot 15 zaken.")
    assert [t for t in figures(text)] == ["12", "15"]


def test_heden_gives_no_period_and_a_caption_ending_in_a_scale():
    found = figures("In 2014 lag het percentage op 95%. Voor geweld ligt dit percentage heden op 75%.")
    assert period(found["95%"]) == (date(2014, 1, 1), date(2014, 12, 31))
    assert period(found["75%"]) == (None, None)
    from kamergraaf.extract.figure_units import caption_scale
    assert caption_scale("Tabel: loonkosten werknemers in miljoenen euro’s") == ("EUR", 10**6)
    assert caption_scale("Het aantal personen in 2023") is None


def test_a_glued_times_x_is_part_of_the_figure():
    found = figures("Er rijden 2x per uur treinen en samen 4x per uur vanuit de stad. Een 4x4-auto telt niet.")
    assert set(found) == {"2x", "4x"}
    assert found["2x"].value == 2 and found["2x"].unit == "count"


def test_label_value_tables_under_captions_that_name_year_and_scale():
    text = ("Vrijwillige bijdragen 2019 in miljoenen Euro's\n\nUNHCR\n\n31,0\n\nWFP\n\n22,5\n\nUNICEF\n\n18,0\n\n"
            "Totaal\n\n71,5\n\nVerplichte bijdragen 2019 in miljoenen Euro's\n\nVerenigde Naties1\n\n30,10\n\nWHO2\n\n"
            "PAHO\n\n0,012\n\nITLOS\n\n0,3\n\nTotaal\n\n30,412")
    hits, _ = find_figures(text, [], [])
    found = {(text[h.start:h.end], h.measure): h for h in hits}
    assert len(hits) == 8
    unhcr = found[("31,0", "UNHCR")]
    assert unhcr.value == 31000000 and unhcr.unit == "EUR" and period(unhcr) == (date(2019, 1, 1), date(2019, 12, 31))
    assert found[("0,012", "PAHO")].value == 12000
    assert "1" not in {text[h.start:h.end] for h in hits}  # the footnote marker of "Verenigde Naties1"


def test_one_year_over_label_value_rows_and_a_scale_line_that_is_no_figure():
    text = ("Antwoord\n\nBedragen x 1.000 euro\n\n2015\n\nBilateraal\n\n702.110\n\nWaarvan landenprogramma’s\n\n"
            "580.004\n\nNB. Het betreft ramingen.")
    hits, _ = find_figures(text, [], [])
    assert [(text[h.start:h.end], h.value, h.unit) for h in hits] == [("702.110", 702110000, "EUR"),
                                                                      ("580.004", 580004000, "EUR")]
    assert period(hits[0]) == (date(2015, 1, 1), date(2015, 12, 31))
    assert figures("Tabel 2. Overzicht (bedragen in € 1 mln.) van de opwarming tot 2 graden in 2100.") == {}


def test_an_eu_act_named_with_its_number_after_it():
    assert ("eu-act", "32016R0429") in refs("Die is vervangen door de Diergezondheidsverordening 2016/429.")


def test_an_act_known_by_name_that_a_sentence_calls_a_wetsvoorstel_is_a_bill():
    found = refs("Dit betreft het wetsvoorstel houdende regels ter bescherming van de natuur (Wet natuurbescherming). "
                 "De Wet natuurbescherming geldt later.")
    assert ("bill", "wet natuurbescherming") in found and ("act", "BWBR0037552") in found
    assert ("act", "BWBR0037602") in refs("Dat komt door de wet DBA.")
    assert ("act", "BWBR0037173") in refs("Dat valt onder de Wkkgz.")


def test_an_agency_that_keeps_the_data_is_the_source():
    from kamergraaf.extract.agencies import find_agencies

    for text in ("Het CBS houdt per gemeente de bevolking bij, in 2023 gaat het om 21.400 inwoners.",
                 "Op basis van de CBS statistieken gaat het in 2023 om 21.400 inwoners."):
        hits, _ = find_figures(text, find_agencies(text), [])
        assert [h.source for h in hits] == ["CBS"], text


def test_the_uninflected_adjective_palestijns():
    from kamergraaf.extract.countries import find_countries

    assert [h.iso3 for h in find_countries("watersystemen in bezet Palestijns gebied")] == ["PSE"]


def test_euro_amounts_grouped_by_spaces_and_a_budget_moment():
    text = "Uitgaven:\n\n  • Distributie vaccin € 130 000\n\n  • Communicatie € 12 000\n"
    found = figures(text)
    assert found["€ 130 000"].value == 130000 and found["€ 12 000"].unit == "EUR"
    found = figures("Daaraan is met de toevoeging van € 8,6 mln. bij de Voorjaarsnota 2024 invulling gegeven.")
    assert period(found["€ 8,6 mln"]) == (None, None)
    assert {("act", "BWBR0005252"), ("act", "BWBR0045754")} <= refs("naar aanleiding van WOB/WOO verzoeken")


def test_tables_whose_scale_is_in_the_sentence_before_or_whose_caption_gives_percent():
    text = ("De onderuitputting op de begroting bedraagt (mln euro):\n\n  Onderuitputting\n2022 144,2\n2021 97,0\n"
            "2020 66,5\n")
    hits, _ = find_figures(text, [], [])
    assert [(text[h.start:h.end], h.value, h.unit) for h in hits] == [
        ("144,2", 144200000, "EUR"), ("97,0", 97000000, "EUR"), ("66,5", 66500000, "EUR")]
    text = ("De verdeling staat in de tabel.\n\nTabel: verdeling van het budget naar personeelscategorie (in %)\n\n"
            "sector\n\nPo\n\nVo\n\nMbo\n\nDirectie\n\n16,2\n\n13,5\n\n11,0")
    found = figures(text)
    assert [found[t].unit for t in ("16,2", "13,5", "11,0")] == ["percent"] * 3
    assert found["13,5"].measure == "Vo, Directie"


def test_a_year_before_a_bracketed_figure_and_amounts_over_the_years():
    text = ("Het aantal diefstallen schommelt in de loop der jaren rond de 1,2 miljoen delicten, met uitschieters in "
            "2006 (1 412 000) en 2004 (871 000).")
    found = figures(text)
    assert period(found["1,2 miljoen"]) == (None, None)
    assert period(found["1 412 000"]) == (date(2006, 1, 1), date(2006, 12, 31))
    assert period(found["871 000"]) == (date(2004, 1, 1), date(2004, 12, 31))


def test_social_security_and_criminal_law_abbreviations_also_in_compounds():
    found = refs("De rentekosten vanwege het AOW-fonds en de WW-uitkering; een verdrag op grond van de WOTS.")
    assert {("act", "BWBR0002221"), ("act", "BWBR0004045"), ("act", "BWBR0004028")} <= found


def test_a_table_printed_twice_side_by_side_under_a_caption_with_a_scale_inside():
    text = ("Tabel 1. Hoogte bbp (in nominale miljarden euro’s) in de periode 2005 – 2008\n\nJaar\n\neuro’s\n\njaar\n\n"
            "euro’s\n\n2005\n\n541\n\n2007\n\n609\n\n2006\n\n573\n\n2008\n\n636\n\nBron: CBS")
    hits, _ = find_figures(text, [], [])
    got = [(text[h.start:h.end], h.value, h.unit, h.period_start) for h in hits]
    assert got == [("541", 541000000000, "EUR", date(2005, 1, 1)), ("609", 609000000000, "EUR", date(2007, 1, 1)),
                   ("573", 573000000000, "EUR", date(2006, 1, 1)), ("636", 636000000000, "EUR", date(2008, 1, 1))]


def test_rule_numbers_and_flattened_question_answer_pages(tmp_path):
    assert figures("De uitgaven vallen onder de kaders (begrotingsregel 3). Met deze maatregel 3.000 extra.") \
        .keys() == {"3.000"}
    from kamergraaf.extract.reader import read_path

    path = tmp_path / "plat.txt"
    path.write_text("Vragen aan de regering over het jaarverslag Vraag 1 Hoe verhouden de fondsen zich tot de kaders? "
                    "Antwoord 1 De uitgaven vallen eronder. Vraag 2 Hoe hoog was het tekort? Antwoord 2 Het tekort was "
                    "2,1 procent. Bron: CBS Vraag 3 Waarom? Antwoord 3 Omdat het kan.", encoding="utf-8")
    doc = read_path(path)[0]
    assert [q.key for q in doc.questions] == ["q1", "q2", "q3"] and len(doc.answers) == 3


def test_a_header_and_one_row_of_values_without_a_label_under_a_caption_with_scale_and_unit():
    text = ("De cijfers van 2011 staan hieronder.\n\nVervoerswijzen 2011 (mld km.)\n\nTotaal\n\nAuto\n\nTrein\n\nFiets\n\n"
            "180,2\n\n95,1\n\n16,0\n\n14,4")
    hits, _ = find_figures(text, [], [])
    got = [(text[h.start:h.end], h.value, h.unit, h.measure) for h in hits]
    assert got == [("180,2", 180200000000, "kilometres", "Totaal"), ("95,1", 95100000000, "kilometres", "Auto"),
                   ("16,0", 16000000000, "kilometres", "Trein"), ("14,4", 14400000000, "kilometres", "Fiets")]
    assert period(hits[0]) == (date(2011, 1, 1), date(2011, 12, 31))


def test_a_capitalised_scheme_defining_its_abbreviation_and_a_percentage_with_a_decimal_point():
    from kamergraaf.extract.ref_names import document_abbreviations

    text = "Hoeveel aanvragen zijn er voor de Subsidieregeling Duurzame Energie (SDE) gedaan? Met SDE-subsidie."
    found = {(r.kind, r.identifier) for r in find_references(text, document_abbreviations(text, find_references))}
    assert found == {("act", "subsidieregeling duurzame energie")}
    assert figures("Dat is 0.25% van alle contacten.")["0.25%"].value == 0.25


def test_cells_take_their_unit_from_the_sentence_announcing_the_table():
    text = ("Onderstaande tabel toont de groei van het BBP in procenten op basis van de Nationale Rekeningen.\n"
            "BBP groei\n2019\n2020\n2021\n2,0\n– 3,9\n6,2\n")
    hits, _ = find_figures(text, [], [])
    assert [(text[h.start:h.end], h.unit) for h in hits] == [("2,0", "percent"), ("3,9", "percent"), ("6,2", "percent")]
    assert float(hits[1].value) == -3.9


def test_an_act_cited_without_the_year_of_its_listed_name():
    found = refs("Op grond van artikel 5 van de Leerplichtwet kan vrijstelling worden verleend.")
    assert {("act", "BWBR0002628"), ("article", "BWBR0002628/artikel/5")} <= found
    assert ("act", "BWBR0006622") in refs("Dat regelt de Wegenverkeerswet.")
    # the Comptabiliteitswet 2016 came after the 2017 list: the bare name is not the 2001 act
    assert ("act", "BWBR0013891") not in refs("Dat staat in de Comptabiliteitswet.")
    assert ("act", "BWBR0039429") in refs("Dat staat in de Comptabiliteitswet 2016.")


def test_a_markdown_table_a_cell_per_line_with_a_last_column_onwards():
    text = ("De verdeling van de € 30 mln. is als volgt:\n2022 |\n2023 |\n2024 e.v. |\n|\n---|---|---|---|\n"
            "SZW: Inkomens |\n587 |\n6.501 |\n7.932 |\nEZK: Telecom |\n2.000 |\n2.250 |\n2.250 |\n")
    hits, _ = find_figures(text, [], [])
    cells = [(text[h.start:h.end], h.unit, h.period_start, h.period_end) for h in hits if h.measure.startswith("20")]
    assert cells[:3] == [("587", "EUR", date(2022, 1, 1), date(2022, 12, 31)),
                         ("6.501", "EUR", date(2023, 1, 1), date(2023, 12, 31)), ("7.932", "EUR", date(2024, 1, 1), None)]
    assert len(cells) == 6
    assert ("eu-act", "32004L0038") in refs("de EU-richtlijn vrij verkeer van personen (2004/38)")


def test_a_bare_dossier_number_with_its_toevoeging():
    assert ("kamerstuk", "kst-36600-IV-10") in refs("Via het amendement 36 600 IV nr. 10 is geld vrijgemaakt.")
    assert ("kamerstuk", "kst-36600-IV-10") in refs("Via het amendement (36 600 IV, nr. 10) is geld vrijgemaakt.")


def test_agencies_in_a_slash_list_but_not_in_a_web_address():
    from kamergraaf.extract.agencies import find_agencies

    def keys(t):
        return [h.key for h in find_agencies(t)]

    assert keys("de voortgang door VWS, VSG/VNG en NOC*NSF") == ["VWS", "VNG"]
    assert keys("IND/COA") == ["IND", "COA"]
    assert keys("zie https://ind.nl/IND/over") == []


def test_a_european_directive_with_a_hyphenated_subject_and_not_when_its_number_follows():
    assert ("eu-act", "europese btw-richtlijn") in refs("Dat volgt uit de Europese btw-richtlijn.")
    assert refs("Dat volgt uit de Europese btw-richtlijn (2006/112).") == {("eu-act", "32006L0112")}


def test_items_of_a_lettered_list_take_the_year_of_the_sentence_that_introduces_them():
    text = ("De agenda bestaat uit werkpakketten, waaraan\nin 2018 door het ministerie is bijgedragen:\n"
            "a. Vitaliteit: € 80.000,–\nb. Welzijn: € 104.000,–\n")
    found = figures(text)
    assert period(found["€ 80.000"]) == period(found["€ 104.000"]) == (date(2018, 1, 1), date(2018, 12, 31))


def test_a_column_head_with_a_scale_and_cells_that_say_not_available():
    text = ("Antwoord 1:\n\nJaartal\n\nRaming in miljoenen euro’s (enkelvoudig)\n\nOpbrengst\n\n2010\n\n65\n\n"
            "Niet beschikbaar\n\n2011\n\n178\n\nNiet beschikbaar\n\n2012\n\n33\n\nn.b.")
    hits, _ = find_figures(text, [], [])
    got = [(text[h.start:h.end], h.value, h.unit, h.period_start) for h in hits]
    assert got == [("65", 65000000, "EUR", date(2010, 1, 1)), ("178", 178000000, "EUR", date(2011, 1, 1)),
                   ("33", 33000000, "EUR", date(2012, 1, 1))]


def test_a_year_table_that_goes_on_under_a_second_row_of_years_and_a_scale_in_eur():
    text = ("De reserve van de afgelopen jaren is:\n\nBedragen x EUR 1.000\n\n2004\n\n2005\n\n2006\n\nStand\n\n"
            "56.358\n\n35.725\n\n22.716\n\n \n\n2007\n\n2008\n\n2009\n\n \n\n16.156\n\n39.095\n\n40.912\n")
    hits, _ = find_figures(text, [], [])
    got = [(text[h.start:h.end], h.value, h.period_start.year) for h in hits]
    assert got == [("56.358", 56358000, 2004), ("35.725", 35725000, 2005), ("22.716", 22716000, 2006),
                   ("16.156", 16156000, 2007), ("39.095", 39095000, 2008), ("40.912", 40912000, 2009)]
