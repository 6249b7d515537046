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
    assert refs("Op basis van de Comptabiliteitswet 2016 dient periodiek") == {("act", "comptabiliteitswet 2016")}
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
