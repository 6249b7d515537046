"""Rules of the seventh extraction round: forms that unseen documents still used (tests/gold/GUIDELINES.md,
decisions). Sentences as written in questions.csv."""

from kamergraaf.extract.ref_names import document_abbreviations
from kamergraaf.extract.references import find_references


def refs(text, abbrevs=None):
    return {(h.kind, h.identifier) for h in find_references(text, abbrevs)}


def doc_refs(text):
    return refs(text, document_abbreviations(text, find_references))


def test_eu_acts_named_by_an_abbreviation_the_document_explains():
    text = ("Nu de CSRD (rapportagewetgeving) en de CSDDD (ketenzorgplichtwet) een feit zijn, ziet u de rol van "
            "vakbonden?\n\nHet ligt in de lijn der verwachting dat de CSRD en de CSDDD prikkels bieden.")
    assert doc_refs(text) == {("eu-act", "csrd"), ("eu-act", "csddd")}
    later = text.split("\n\n")[1]
    hits = find_references(later, document_abbreviations(text, find_references))
    assert {(h.kind, h.identifier, later[h.start:h.end]) for h in hits} == {
        ("eu-act", "csrd", "CSRD"), ("eu-act", "csddd", "CSDDD")}
    # an explanation that names no legislation, or an abbreviation of another form, is not an act
    assert doc_refs("de NVWA (toezichthouder) en de CSRD (verslag)") == set()
    assert doc_refs("het UWV (uitkeringswet) en de CBS (statistiekwet)") == set()
    # without the explanation an abbreviation stays unread
    assert doc_refs("de CSRD en de CSDDD") == set()


def test_treaties_named_before_a_separate_head_word():
    assert refs("blijft aan het Non-Proliferatie Verdrag.") == {("treaty", "non-proliferatie verdrag")}
    assert refs("sprak over het BoedapestMemorandum, dat") == {("treaty", "boedapest memorandum")}
    assert refs("sprak over het Boedapest Memorandum.") == {("treaty", "boedapest memorandum")}
    # an ordinal or a sentence start is not a name word; a name that goes on after the head word is
    # left to the rules for the full name
    assert ("treaty", "vierde verdrag") not in refs("onder het Vierde Verdrag van Genève betreffende de bescherming")
    assert refs("Het Verdrag werd gesloten.") == set()
    assert refs("de Noord-Atlantische Verdragsorganisatie (NAVO)") == set()


def test_the_un_charter_by_its_prefix_and_later_by_its_bare_name():
    text = "een schending van het VN Handvest is. Hij veroordeelt de schendingen van hetHandvest. Ook"
    hits = find_references(text, document_abbreviations(text, find_references))
    assert {(h.identifier, text[h.start:h.end]) for h in hits} == {("handvest", "VN Handvest"), ("handvest", "Handvest")}
    # the EU Charter stays its own treaty, and a bare name alone is not read
    assert refs("het Handvest van de grondrechten van de Europese Unie") == {
        ("treaty", "handvest van de grondrechten van de europese unie")}
    assert doc_refs("de schendingen van het Handvest") == set()


def test_a_regeling_named_with_capitals_outside_the_2017_list():
    text = "zoals de Regeling Bevordering Schone Wegvoertuigen, subsidies voor"
    assert refs(text) == {("act", "regeling bevordering schone wegvoertuigen")}
    assert refs("de Regeling Zo werd besloten") == set()


def figures(text):
    from kamergraaf.extract.figures import find_figures

    hits, _ = find_figures(text, [], [], 2024)
    return [(text[h.start:h.end], h.value, h.unit, h.period_start, h.period_end) for h in hits]


def test_petajoules_a_unit_word_run_into_the_multiplier_and_a_misprinted_decimal_point():
    from datetime import date
    from decimal import Decimal
    got = figures("Volgens het CBS was het totaal verbruik van olie in 2023 1088,7 Peta joule (PJ). In datzelfde jaar "
                  "was de olieproductie 44 PJ.")
    assert [(t, v, u) for t, v, u, *_ in got] == [("1088,7", Decimal("1088.7"), "PJ"), ("44", Decimal(44), "PJ")]
    got = figures("zou de BDuR tot enmet 2026 geleidelijk worden opgehoogd met een bedrag van 83 miljoeneuro ten behoeve")
    assert got == [("83 miljoen", Decimal(83000000), "EUR", None, date(2026, 12, 31))]
    got = figures("dekorting van 10% op de BDuR zou 27.7 miljoen euro bedragen.")
    assert [(t, v, u) for t, v, u, *_ in got] == [("10%", Decimal(10), "percent"), ("27.7 miljoen", Decimal(27700000), "EUR")]
    # a point before three digits still groups thousands, and without a multiplier '27.7' is no figure
    assert [v for _, v, *_ in figures("het waren 27.700 meldingen")] == [Decimal(27700)]
    assert figures("zie paragraaf 27.7 hierover") == []


def test_targets_time_expressions_and_a_count_glued_to_an_abbreviated_compound():
    from decimal import Decimal
    assert figures("de verdere ingroei van emissievrije bussen naar 100% zero-emissie te laten slagen.") == []
    assert [t for t, *_ in figures("het aandeel steeg naar 40% van de bussen")] == ["40%"]
    assert figures("over het Memorandum, dat 30 jaar geleden werd gesloten") == []
    got = figures("De Secretaris-Generaal vertegenwoordigt alle 193VN-lidstaten.")
    assert [(t, v, u) for t, v, u, *_ in got] == [("193", Decimal(193), "count")]


def test_periods_since_a_year_and_of_a_noun_s_year():
    from datetime import date
    got = figures("De IOM schat dat er sinds 201430.396 personen vermist worden.")
    assert [(t, s, e) for t, _, _, s, e in got] == [("30.396", date(2014, 1, 1), None)]
    got = figures("gefinancierd met ca. EUR 57 miljoen sinds2017.")
    assert [(s, e) for *_, s, e in got] == [(date(2017, 1, 1), None)]
    got = figures("Dit is voor 23% van de producten uit het aanbod van 2020 het geval.")
    assert [(s, e) for *_, s, e in got] == [(date(2020, 1, 1), date(2020, 12, 31))]
    # a span keeps both ends; only a grouped number is split from a year it runs into
    got = figures("De bijdrage bedraagt 24 miljoen euro in de periode 2024 t/m 2026.")
    assert [(s, e) for *_, s, e in got] == [(date(2024, 1, 1), date(2026, 12, 31))]
    assert "305" not in [t for t, *_ in figures("in 2014305 gevallen")]


def test_ministries_glued_to_a_function_word_and_foreign_ministries_by_adjective():
    from kamergraaf.extract.agencies import find_agencies

    def keys(text):
        return [(h.key, text[h.start:h.end]) for h in find_agencies(text)]
    assert keys("door consulair medewerkers van Buitenlandse Zakenen Nederlands sprekende") == [("BZ", "Buitenlandse Zaken")]
    assert keys("de aanbestedingsprocedure. Buitenlandse Zakenheeft jarenlange ervaring") == [("BZ", "Buitenlandse Zaken")]
    # a glued function word only ends a phrase of several words: a one-word name does not lose a syllable
    assert keys("de Politieheeft") == []
    assert keys("Het Oekraïense Ministerie van Buitenlandse Zaken heeft dit op 17 oktober herhaald.") == []
    assert keys("het Nederlandse Ministerie van Buitenlandse Zaken") == [("BZ", "Buitenlandse Zaken")]


def test_country_adjectives_glued_uninflected_or_of_a_constituent_country():
    from kamergraaf.extract.countries import find_countries

    def isos(text):
        return [(h.iso3, text[h.start:h.end]) for h in find_countries(text)]
    assert isos("de uitkomst kan zijn dat eenEngelse organisatie bijstand verleent") == [("GBR", "Engelse")]
    assert isos("ervaring met bijstand aan Nederlandsegedetineerden") == [("NLD", "Nederlandse")]
    assert isos("de Zuid Afrikaansepresident Ramaphosa") == [("ZAF", "Zuid Afrikaanse")]
    assert isos("de Secretaris-Generaal op Russisch grondgebied") == [("RUS", "Russisch")]
    # an organisation's name run into the adjective stays out, and a compound adjective is no country
    assert isos("de Nederlandseorde van advocaten") == []
    assert isos("160 Nederlandstalige moderatoren") == []
