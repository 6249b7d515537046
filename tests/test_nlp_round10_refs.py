"""Rules of the tenth extraction round for references, agencies and countries: forms of committee lists and
answered Kamervragen as the parliament's web pages, officielebekendmakingen and openkamer print them
(tests/gold/GUIDELINES.md, decisions). The sentences are written for these tests in the form of those pages."""

import pytest

from kamergraaf.extract.agencies import find_agencies
from kamergraaf.extract.countries import find_countries
from kamergraaf.extract.references import find_references


def refs(text):
    return {(h.kind, h.identifier) for h in find_references(text)}


def agencies(text):
    return {h.key for h in find_agencies(text)}


def countries(text):
    return {h.iso3 for h in find_countries(text)}


@pytest.fixture(scope="module")
def nlp():
    from kamergraaf.extract.nlp import build_pipeline

    return build_pipeline()


def test_a_country_printed_without_its_diaeresis():
    assert countries("De berichten ‘Duizenden Oekrainers steken de grens over’") == {"UKR"}
    assert countries("de asielzoekers uit Belgie en Italie") == {"BEL", "ITA"}
    assert countries("de Oekraiense regering") == {"UKR"}
    # a bare spelling that is also a word or a first name is left out
    assert countries("een Reunion van oud-medewerkers met Georgie") == set()


def test_the_state_itself_after_a_country_adjective():
    assert countries("de financieringsbehoefte van de Nederlandse Staat en de rente") == {"NLD"}
    # a proper name after the adjective still is one
    assert countries("de Nederlandse Zorgautoriteit en de Nederlandse Staatscourant") == set()


def test_a_compound_named_after_a_scheme_after_a_country_adjective():
    assert countries("de brief over Italiaanse Dublinzaken van 23 mei") == {"ITA"}
    assert countries("aan de Belgische Schengengrens") == {"BEL"}
    assert countries("de Duitse Coronamaatregelen") == {"DEU"}
    assert countries("de Nederlandse Spoorwegen") == set()


def test_a_country_inside_an_agencys_name_is_no_country(nlp):
    doc = nlp("De Rijksdienst voor Ondernemend Nederland (RVO.nl) biedt subsidies in Nederland aan.")
    # (the agency's own domain name in brackets is its abbreviation, a mention as "(RVO)" is: forty-second round)
    assert [doc.text[h.start:h.end] for h in doc._.kg_agencies] == ["Rijksdienst voor Ondernemend Nederland", "RVO"]
    assert [(h.iso3, h.start) for h in doc._.kg_countries] == [("NLD", doc.text.rindex("Nederland"))]


def test_a_minister_for_a_portfolio_without_a_ministry_of_its_own():
    # before 2024 Volkshuisvesting en Ruimtelijke Ordening was a "Minister voor" within BZK
    assert agencies("Ook is de Minister voor VRO voornemens prognoses te laten opstellen.") == set()
    assert agencies("mede namens de Ministers voor Volkshuisvesting en Ruimtelijke Ordening, van Landbouw, "
                    "Natuur en Voedselkwaliteit en voor Armoedebeleid") == {"LNV"}
    # a "voor" repeated in a list before a real ministry still names it
    assert agencies("de Ministers van Infrastructuur en Waterstaat, voor Volkshuisvesting en Ruimtelijke Ordening "
                    "en voor Landbouw, Natuur en Voedselkwaliteit") == {"IenW", "LNV"}
    # the ministry itself, and money "voor" it
    assert agencies("de Minister van Volkshuisvesting en Ruimtelijke Ordening") == {"VRO"}
    assert agencies("extra middelen voor VRO") == {"VRO"}


def test_belastingdienst_in_lower_case():
    assert agencies("het Fraude Signaleringsysteem (FSV) van de belastingdienst, het") == {"Belastingdienst"}
    assert agencies("de belastingdienstmedewerkers") == {"Belastingdienst"}


def test_a_one_word_ministry_opening_a_compound():
    assert agencies("inclusief de evacués op Defensielocaties, ruim") == {"Def"}
    assert agencies("Met betrekking tot de Defensiebegroting besteedt het kabinet") == {"Def"}
    assert agencies("de Financiënbrief") == {"Fin"}
    assert agencies("de defensielocaties") == set()  # lower case: the word, not the ministry


def test_the_topic_labels_of_a_web_pages_metadata_block(tmp_path):
    from kamergraaf.extract.nlp import analyse
    from kamergraaf.extract.reader import read_path

    text = ("Kamervraag 2022Z03999\n\nHet bericht over de opvang\n\nIngediend 1 maart 2022\n"
            "Beantwoord 8 maart 2022 (na 7 dagen)\nIndiener Anna de Vries (D66)\n"
            "Onderwerpen openbare orde en veiligheid politie, brandweer en hulpdiensten\n"
            "Bron vraag https://example.org/kv-tk-2022Z03999.html\n"
            "• Vraag 1\nWerkt de politie samen met het COA?\n\nJa, de politie en het COA werken samen.\n")
    path = tmp_path / "kamervraag.txt"
    path.write_text(text, encoding="utf-8")
    doc = read_path(path)[0]
    header = {m.key for m in analyse(doc).mentions if m.kind == "agency" and m.container is None}
    assert header == set()
    assert {m.key for m in analyse(doc).mentions if m.kind == "agency"} == {"Politie", "COA"}


def test_tax_acts_cited_without_their_year():
    assert refs("zoals bepaald in de Wet Inkomstenbelasting (IB)") == {("act", "BWBR0011353")}
    assert refs("de Wet IB 2001 en de Wet op de loonbelasting") == {("act", "BWBR0011353"), ("act", "BWBR0002471")}
    assert refs("de Wet op de omzetbelasting en de Invorderingswet") == {("act", "BWBR0002629"), ("act", "BWBR0004770")}


def test_an_eu_act_by_number_and_year_without_eu_or_eg():
    assert refs("ter uitvoering van artikel 26, derde lid, van verordening 1099/2009.2 Die bepaling") == {
        ("article", "32009R1099/artikel/26"), ("eu-act", "32009R1099")}
    assert refs("een verplichting onder de Richtlijn 2015/1535 die") == {("eu-act", "32015L1535")}
    # two years, a short number or a decree: no EU act
    assert refs("de Verordening 2019/2020 van de gemeente") == set()
    assert refs("Besluit 2021/1234 van de minister") == set()


def test_the_national_body_of_a_sector_named_with_nederland():
    assert countries("Na het onderzoek heeft Brandweer Nederland de aanbevelingen opgevolgd.") == set()
    # a region of the country, the start of a sentence or a line, and a list are no name
    assert countries("de eilanden van Caribisch Nederland") == {"BES"}  # ISO 3166-1 has a code of its own
    assert countries("Ook Nederland doet mee.") == {"NLD"}
    assert countries("samen met Duitsland, Frankrijk en Nederland") == {"DEU", "FRA", "NLD"}
    # only for Nederland: "premier Schoof Oekraïne" is a person and a country
    assert countries("Daarna heeft premier Schoof Oekraïne bezocht.") == {"UKR"}


def test_a_preposition_run_into_the_name_before_the_country():
    assert countries("detentie van het reddingsschip Geo Barentsdoor Italië (ingezonden") == {"ITA"}
    assert countries("de Vereniging Sociale Advocatuur Nederland") == set()


def test_an_uninflected_adjective_opening_a_neuter_organisations_name():
    assert countries("de certificering door het Nederlands Jeugdinstituut (NJi)") == set()
    assert countries("van het\nKoninklijk Nederlands Meteorologisch Instituut (KNMI)") == set()
    assert countries("op Nederlands grondgebied") == {"NLD"}
    # a treaty named after the country names it (GUIDELINES: associatierecht gives TUR)
    assert countries("op grond van het Turks Associatieverdrag") == {"TUR"}
    assert countries("een Iers en een Duits paard") == {"DEU"}


def test_a_dutch_adjective_before_an_english_name_describes_it():
    assert countries("de standaarden van het Amerikaanse National Institute of Standards and Technology") == {"USA"}
    assert countries("De Nederlandse Zorgautoriteit en de Duitse Bundestag") == set()


def test_the_language_is_no_country():
    assert countries("De stukken zijn vertaald in het Duits.") == set()
    assert countries("beschikbaar in het Nederlands en Engels") == set()
    assert countries("Nederlands moet weer de norm worden in het onderwijs.") == set()
    assert countries("Het Nederlands beleid is ongewijzigd.") == {"NLD"}
    assert countries("het Nederlands paspoort") == {"NLD"}


def test_a_compact_kamerstuk_with_a_spaced_dossier():
    assert refs("in de brief van 5 juni 2024 (Kamerstuk 36 410-XVI-5)") == {("kamerstuk", "kst-36410-XVI-5")}
    assert refs("(Kamerstuk 36 410-5)") == {("kamerstuk", "kst-36410-5")}
    # a numbered toevoeging without a number stays the dossier
    assert refs("Kamerstuk 21 501-02 over de Raad") == {("kamerstuk", "kst-21501-02")}


def test_treaties_by_their_formal_names():
    assert refs("het Europees Verdrag tot bescherming van de rechten van de mens") == {("treaty", "evrm")}
    assert refs("het Verdrag inzake de rechten van het kind") == {("treaty", "ivrk")}


def test_eu_directives_named_without_a_number():
    assert refs("de Opvangrichtlijn en de Europese Terugkeerrichtlijn") == {
        ("eu-act", "opvangrichtlijn"), ("eu-act", "terugkeerrichtlijn")}
    assert refs("onder de Richtlijn tijdelijke bescherming") == {("eu-act", "richtlijn tijdelijke bescherming")}
    assert refs("de Europese AI-verordening") == {("eu-act", "ai-verordening")}
    assert refs("een praktijkrichtlijn van de branche") == set()


def test_an_elliptic_compound_shares_the_head_of_the_next():
    assert refs("de Vogel- en Habitatrichtlijn") == {("eu-act", "vogelrichtlijn"), ("eu-act", "habitatrichtlijn")}
    assert refs("de Ziekte- en Werkloosheidswet") == {("act", "BWBR0001888"), ("act", "BWBR0004045")}
    # the first part alone is no listed name
    assert refs("de Natuur- en Vogelrichtlijn") == {("eu-act", "vogelrichtlijn")}


def test_acts_by_their_usual_short_names():
    assert refs("de Wet Bibob en de Wet BRP") == {("act", "BWBR0013798"), ("act", "BWBR0033715")}
    assert refs("het Statuut voor het Koninkrijk") == {("act", "BWBR0002154")}
    assert refs("artikel 7.8 van de WHW") >= {("act", "BWBR0005682")}
    # acts of after the 2017 list: by the BWB id named_references.json gives them (with its source)
    assert refs("de Wiv 2017") == {("act", "BWBR0039896")}
    assert refs("de Wet betaalbare huur") == {("act", "BWBR0049889")}


def test_a_ministry_by_the_first_words_of_its_name_after_a_title():
    assert agencies("het Ministerie van Sociale Zaken heeft") == {"SZW"}
    assert agencies("de Minister van Justitie antwoordt") == {"JenV"}
    assert agencies("de afdeling Sociale Zaken van de gemeente") == set()
    assert agencies("de Minister van Justitie van Suriname") == set()
    # a longer name of another portfolio is no short form
    assert agencies("de Minister van Volksgezondheid en Sport") == set()


def test_old_names_give_the_successors_key():
    assert agencies("het Ministerie van Infrastructuur en Milieu (IenM)") == {"IenW"}
    assert agencies("de Minister van Verkeer en Waterstaat") == {"IenW"}
    assert agencies("het Europees Asielagentschap, voorheen EASO") == {"EUAA"}


def test_more_adjectives_and_names_of_countries():
    assert countries("de Thaise en de Filipijnse regering") == {"THA", "PHL"}
    assert countries("de Nieuw-Zeelandse premier en de Sri-Lankaanse minister") == {"NZL", "LKA"}
    assert countries("vluchtelingen uit Birma en Kameroeners") == {"MMR", "CMR"}
    assert countries("de gevangenis op Sint Maarten") == {"SXM"}


def test_the_state_as_a_party_names_the_country():
    assert countries("De rechtbank veroordeelde de Staat der Nederlanden.") == {"NLD"}
    # the title of the official journals is no mention
    assert countries("Staatscourant van het Koninkrijk der Nederlanden") == set()


def test_several_numbers_of_one_citation():
    assert refs("Kamerstuk 36 410, nr. 1 en nr. 2") == {("kamerstuk", "kst-36410-1"), ("kamerstuk", "kst-36410-2")}
    assert refs("Kamerstuk 36 410, nr. 1 en 2 december") == {("kamerstuk", "kst-36410-1")}
    assert refs("Aanhangsel Handelingen II 2023/24, nrs. 1234 en 1235") == {
        ("aanhangsel", "ah-tk-20232024-1234"), ("aanhangsel", "ah-tk-20232024-1235")}
    # one number: what follows is no further number of the series
    assert refs("Aanhangsel Handelingen, vergaderjaar 2023–2024, nr. 1137, 5 procent") == {
        ("aanhangsel", "ah-tk-20232024-1137")}


def test_the_caribbean_netherlands_have_their_iso_code():
    # Bonaire, Sint Eustatius and Saba are ISO 3166-1 BES, separately from NLD
    assert countries("De inwoners van Bonaire, Sint Eustatius en Saba") == {"BES"}
    assert countries("op Saba en in Nederland") == {"BES", "NLD"}
    assert countries("de BES-eilanden en Caribisch Nederland") == {"BES"}


def test_a_two_digit_dossier_suffix_is_not_the_number_of_a_compact_citation():
    # "21 501-20" is the dossier of the Europese Raad: the number follows as "nr."
    assert refs("zie Kamerstuk 21 501-20, nr. 1234.") == {("kamerstuk", "kst-21501-20-1234")}
    assert refs("Kamerstuk 21 501-20 nr. 12") == {("kamerstuk", "kst-21501-20-12")}
    assert refs("(Kamerstuk 36 410-XVI-5)") == {("kamerstuk", "kst-36410-XVI-5")}


def test_dossiers_that_share_the_number_printed_after_the_last():
    assert refs("de brief (Kamerstukken 32 813 en 31 239, nr. 404) betrof") == {
        ("kamerstuk", "kst-32813-404"), ("kamerstuk", "kst-31239-404")}
    assert refs("Kamerstuk 36 704 en de brief van 3 mei") == {("kamerstuk", "kst-36704")}


def test_an_article_with_lid_and_onderdeel_before_its_act():
    assert ("article", "BWBR0011823/artikel/32") in refs(
        "conform artikel 32, eerste lid, onderdeel c van de Vreemdelingenwet 2000.")
