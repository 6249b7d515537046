"""Rules of the ninth extraction round: forms of committee lists and answered Kamervragen as the parliament's web
pages, officielebekendmakingen and openkamer print them (tests/gold/GUIDELINES.md, decisions). The sentences are
written for these tests in the form of those pages."""

from kamergraaf.extract.agencies import find_agencies
from kamergraaf.extract.references import find_references


def refs(text, abbrevs=None):
    return {(h.kind, h.identifier) for h in find_references(text, abbrevs)}


def agencies(text):
    return {h.key for h in find_agencies(text)}


def test_a_kamerstuk_in_the_compact_form_of_web_pages():
    assert refs("Lijst van vragen over Maatregelen capaciteit (Kamerstuk 24587-937)") == {("kamerstuk", "kst-24587-937")}
    assert refs("over het Jaarverslag 2020 (Kamerstuk 35830-VI-1)") == {("kamerstuk", "kst-35830-VI-1")}
    assert refs("Kamerstuk 36740-XVI-8\n\nLijst van vragen") == {("kamerstuk", "kst-36740-XVI-8")}
    # a dossier with a numbered toevoeging and no number stays the dossier
    assert refs("Kamerstuk 21501-02 over de Raad") == {("kamerstuk", "kst-21501-02")}
    # the spaced form is read as before
    assert refs("(Kamerstuk 24 587, nr. 937)") == {("kamerstuk", "kst-24587-937")}


def test_the_documents_own_identifier_is_no_reference(tmp_path):
    from kamergraaf.extract.nlp import analyse
    from kamergraaf.extract.reader import read_path

    text = ("Kamerstuk 36740-XVI-8\n\nLijst van vragen en antwoorden over het Jaarverslag 2024 (Kamerstuk 36740-XVI-1)\n\n"
            "Bron: https://example.org/kst-36740-XVI-8.html\nID: 36740-XVI-8\n\nNr. 8 LIJST VAN VRAGEN EN ANTWOORDEN\n\n"
            "Vastgesteld 13 juni 2025\n\nVraag 1\n\nHoeveel aanvragen zijn er?\n\nAntwoord:\n\n"
            "Er zijn 186 aanvragen, zie ook Kamerstuk 36740-XVI-1.\n")
    path = tmp_path / "lijst.txt"
    path.write_text(text, encoding="utf-8")
    doc = read_path(path)[0]
    assert doc.meta.official_id == "kst-36740-XVI-8"
    keys = {m.key for m in analyse(doc).mentions if m.kind == "kamerstuk"}
    assert keys == {"kst-36740-XVI-1"}


def test_aanhangsel_written_in_lower_case_in_a_running_sentence():
    text = "(beantwoording schriftelijke vragen, 3 maart 2020, aanhangsel van de Handelingen 2019–2020, nr. 1925)?"
    assert refs(text) == {("aanhangsel", "ah-tk-20192020-1925")}
    assert refs("het aanhangsel van de nota") == set()


def test_an_unlisted_act_named_with_its_year_and_the_yearly_slotwet():
    assert refs("Op basis van de Comptabiliteitswet 2016 dient periodiek") == {("act", "BWBR0039429")}
    # a listed act with its year is found by the list
    assert refs("de Comptabiliteitswet 2001 bepaalt") == {("act", "BWBR0013891")}
    # a year that opens a date or a number is not part of the name
    assert refs("de Gasketelwet 2024.1 geldt") == {("act", "gasketelwet")}
    assert refs("Tussen Najaarsnota en Slotwet kan extra onderuitputting plaatsvinden.") == set()


def test_a_listed_act_run_into_the_noun_it_qualifies():
    assert refs("de Ziektewetuitkering van de werknemer") == {("act", "BWBR0001888")}
    assert refs("de Ziektewetgeving van toen") == set()
    assert refs("de Fantasiewetuitkering") == set()  # only listed acts


def test_an_eu_framework_directive_and_an_eu_facility_by_name():
    assert refs("over de Kaderrichtlijn Water (ingezonden 17 februari 2025)") == {("eu-act", "kaderrichtlijn water")}
    assert refs("de doelen van de Europese Kaderrichtlijn Water niet halen") == {("eu-act", "kaderrichtlijn water")}
    assert refs("een kaderrichtlijn voor water") == set()
    assert ("eu-act", "oekraïne-faciliteit") in refs("de betreffende Oekraïne-faciliteit integraal bezien")


def test_a_ministry_printed_in_lower_case_as_a_respondents_portfolio():
    assert agencies("Beantwoord door W. Koolmees (minister sociale zaken en werkgelegenheid, viceminister-president)") == {"SZW"}
    assert agencies("Beantwoord door E. van der Burg (staatssecretaris justitie en veiligheid) (VVD)") == {"JenV"}
    # a topic label without a title is no ministry
    assert agencies("Onderwerpen organisatie en beleid sociale zaken en werkgelegenheid") == set()
    assert agencies("de minister voor rechtsbescherming") == set()


def test_an_agency_with_a_footnote_marker_run_into_it():
    assert agencies("gericht is op de hele Belastingdienst2 en Toeslagen.3") == {"Belastingdienst"}
    hits = find_agencies("de hele Belastingdienst12.")
    assert [(h.start, h.end) for h in hits] == [(8, 23)]


def figures(text, agencies_=None):
    from kamergraaf.extract.figures import find_figures

    hits, _ = find_figures(text, agencies_ or [], [], 2024)
    return [(text[h.start:h.end], h.unit, h.ref_date, h.period_start, h.period_end, h.source) for h in hits]


def d(y, m, day):
    from datetime import date

    return date(y, m, day)


def test_a_peilmoment_and_the_year_counted_so_far_both_apply():
    text = "Er zijn 4.730 eerste asielaanvragen ingewilligd in 2025 (peilmoment: 22\nseptember 2025)."
    assert figures(text) == [("4.730", "count", d(2025, 9, 22), d(2025, 1, 1), d(2025, 12, 31), None)]
    # a peildatum of another year than the period gives only the date
    text = "In 2024 waren er 300 aanvragen (peildatum 1 maart 2025)."
    assert figures(text)[0][2:5] == (d(2025, 3, 1), None, None)


def test_a_peildatum_in_figures_is_a_date_not_two_figures():
    text = "In totaal 15 fte’s (peildatum 31-12-2015) waarvan 2 medewerkers van het ministerie."
    assert figures(text) == [("15", "fte", d(2015, 12, 31), None, None, None),
                             ("2", "persons", d(2015, 12, 31), None, None, None)]
    assert figures("een tekort van 4747 vte’n")[0][1] == "fte"
    assert figures("verbleven 38 jongvolwassenen in een PI")[0][1] == "persons"


def test_a_span_from_a_month_or_day_until_another():
    text = "het doel om van november 2024 tot mei 2025 16.500 inschrijvingen in de BRP te doen."
    assert figures(text)[0][3:5] == (d(2024, 11, 1), d(2025, 4, 30))
    text = "In de periode 31 oktober 2016 tot 1 november 2017 heeft de Minister de vergadering 16 keer gemist."
    assert figures(text)[0][3:5] == (d(2016, 10, 31), d(2017, 10, 31))


def test_a_tertaal_and_two_years_in_a_row():
    assert figures("is in het derde tertaal 2022 9,9 mln. euro gerealiseerd.")[0][3:5] == (d(2022, 9, 1), d(2022, 12, 31))
    assert figures("Nederland heeft in 2015 en in 2016 in totaal EUR 32 miljoen beschikbaar gesteld.")[0][3:5] == \
        (d(2015, 1, 1), d(2016, 12, 31))
    # two years apart: no period (GUIDELINES)
    assert figures("Er zijn in 2019 en 2022 samen 500 aanvragen gedaan.")[0][3:5] == (None, None)


def test_a_period_in_a_later_coordinated_clause_and_relative_times():
    text = "Eind 2020 zijn in totaal 5 fte gestart en de overige 13 fte starten in het eerste kwartaal van 2021."
    assert [f[3:5] for f in figures(text)] == [(None, None), (d(2021, 1, 1), d(2021, 3, 31))]
    text = ("In 2021 zullen in totaal 30,5 fte worden geworven. Daarnaast is eind vorig jaar gestart met de werving "
            "van 20 fte. In totaal is de capaciteit op dit moment 630 fte.")
    assert [f[3:5] for f in figures(text)] == [(d(2021, 1, 1), d(2021, 12, 31)), (None, None), (None, None)]
    # without a time of its own the sentence still takes the year of the one before
    text = "In 2021 zijn 30 fte geworven. Daarvan zijn 20 fte gestart."
    assert figures(text)[1][3:5] == (d(2021, 1, 1), d(2021, 12, 31))


def test_a_footnote_marker_after_the_full_stop_ends_the_sentence():
    text = ("Daarvan is € 971,4 miljard ondergebracht bij pensioenfondsen.1 De jaarstaten over 2014 moeten nog "
            "binnenkomen bij de DNB.")
    hits = find_agencies(text)
    assert figures(text, hits) == [("€ 971,4 miljard", "EUR", None, None, None, None)]


def test_a_glued_agency_compound_is_not_the_counting_source():
    text = "Daarnaast heeft de politieacademie inmiddels 3 fte zedendocenten aangesteld."
    hits = find_agencies(text)
    assert {h.key for h in hits} == {"Politie"}
    assert figures(text, hits)[0][5] is None
    text = "Daarnaast heeft de politie inmiddels 3 fte zedendocenten aangesteld."
    assert figures(text, find_agencies(text))[0][5] == "Politie"


def test_a_number_grouped_by_a_space_before_an_abbreviated_compound():
    assert [f[0] for f in figures("In 2009 zijn voorts 6 047 WIA-uitkeringen beëindigd.")] == ["6 047"]
    assert [f[0] for f in figures("Er zijn 6 047 uitkeringen.")] == ["6 047"]
