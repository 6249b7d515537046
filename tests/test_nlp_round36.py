"""Rules of the thirty-sixth extraction round: drawn from the twenty-second series of unseen pages after it was
scored. The texts are written for these tests in the form of the pages they stand for (tests/gold/GUIDELINES.md,
"Forty-second round")."""

from datetime import date

from rule_helpers import agencies, figures, items, read
from rule_helpers import refs as found_refs

from kamergraaf.extract.numbers import find_time_expressions, resolve_time


def _period(text: str) -> tuple[date | None, date | None]:
    ref = resolve_time(find_time_expressions(text), len(text))
    return ref.period_start, ref.period_end


def test_reference_dates_and_periods_cut_short():
    found = figures("De meest recente wachtlijst (stand 1 nov 2022) laat zien dat er op dit moment 307 cliënten zijn "
                    "met status «urgent plaatsen».")
    assert set(found) == {"307"} and found["307"].ref_date == date(2022, 11, 1)
    found = figures("In de eerste helft van 2015 werden er 29.458 jongeren gemeld. In de tweede helft 2015 tot oktober "
                    "nog eens 18.390.")
    assert (found["18.390"].period_start, found["18.390"].period_end) == (date(2015, 7, 1), date(2015, 9, 30))
    # table rows named by a quarter or by months cut short
    assert _period("TVL 1 (juni-sept 2020)") == (date(2020, 6, 1), date(2020, 9, 30))
    assert _period("TVL Q4 2020") == (date(2020, 10, 1), date(2020, 12, 31))
    assert _period("TVL Q1 20211") == (date(2021, 1, 1), date(2021, 3, 31))  # a footnote marker run into the year
    assert _period("2020-Q4") == (date(2020, 10, 1), date(2020, 12, 31))
    # a quarter needs its letter and a year
    assert _period("Vraag 4 2020") == (None, None)


def test_norms_targets_limits_ranks_and_scenarios_are_no_figures():
    assert figures("Afhankelijk van de mate van invaliditeit bedraagt dit pensioen 10 tot 140% van de laatstgenoten "
                   "bezoldiging.") == {}
    assert figures("De afweging van kosten zal vanaf 2016 leiden tot een optimale verhouding van 60% militaire- en 40% "
                   "commerciële satellietcommunicatie.") == {}
    assert figures("De maximaal toegestane verblijfsduur op grond van de Visumcode1is 90 dagen (per periode van 180 "
                   "dagen). Overigens is niet altijd sprake van een visum\nvoor 90 dagen.") == {}
    assert figures("Een vreemdeling kan een visum aanvragen voor een verblijf van ten hoogste 90 dagen binnen een "
                   "periode van 180 dagen.") == {}
    assert figures("Het maximumaantal vliegtuigbewegingen van 45.000 voor groot commercieel verkeer wordt niet "
                   "gewijzigd.") == {}
    assert figures("Ook zijn de milieueffecten beschreven voor de situatie met 10.000 vliegtuigbewegingen.") == {}
    assert figures("Het is in beeld op welke locaties de grootste 150 piekbelasters zich bevinden.") == {}
    assert figures("Ik heb geen signalen dat gemeenten de teugels laten vieren wat betreft de 16- en 17- jarigen.") == {}
    # a period that is no rule's frame stays a figure's time, and a count measured in it stays a figure
    assert set(figures("Over een periode van 4 jaar is in totaal 15 miljoen euro beschikbaar gesteld.")) == {"4", "15 miljoen"}


def test_units_of_counted_people_and_a_month_named_before_the_number():
    found = figures("Van de in september ingediende aanvragen zijn er in diezelfde maand 32.294 afgehandeld.")
    assert found["32.294"].unit == "count"
    found = figures("Tussen 2020 en 2024 is een gedoogplicht opgelegd aan circa 40 landeigenaren. Het aantal van 50 "
                    "bookmakers kan ik niet bevestigen. Zij noemen 17 regelaars die gokzuilen aanleveren.")
    assert {k: v.unit for k, v in found.items()} == {"40": "persons", "50": "persons", "17": "persons"}


def test_acts_named_by_their_form_and_a_misprinted_vergaderjaar():
    assert found_refs("Voor het militair personeel zijn deze aanspraken verankerd in de Algemene militaire pensioenwet.") == \
        [("act", "algemene militaire pensioenwet", "Algemene militaire pensioenwet")]
    assert found_refs("Sinds 2020 geldt de nieuwe pensioenwet.") == [("act", "BWBR0020809", "pensioenwet")]
    assert found_refs("In het ontwerpbesluit houdende wijziging van het Tabaks- en rookwarenbesluit is bepaald dat ...") == \
        [("act", "tabaks- en rookwarenbesluit", "Tabaks- en rookwarenbesluit")]
    assert found_refs("De maximaal toegestane verblijfsduur op grond van de Visumcode1is 90 dagen.") == \
        [("eu-act", "visumcode", "Visumcode")]
    assert found_refs("Zie ook Aanhangsel Handelingen, vergaderjaar 2017–2013, nr. 795.") == \
        [("aanhangsel", "ah-tk-20172018-795", "Aanhangsel Handelingen, vergaderjaar 2017–2013, nr. 795")]
    # the act the 2017 list holds as "wet mulder", by its citation title and abbreviation
    text = ("Op grond van de Wet administratiefrechtelijke handhaving verkeersvoorschriften (Wahv) wordt een boete "
            "verhoogd; zie art. 25, lid 1 Wahv.")
    assert {(k, i) for k, i, _ in found_refs(text, abbreviations=True)} == \
        {("act", "BWBR0004581"), ("article", "BWBR0004581/artikel/25")}


def test_an_agency_by_its_domain_name_but_not_a_web_address():
    assert agencies("RVO.nl verzorgt de uitvoering van de dierentuinregelgeving.") == [("RVO", "RVO")]
    assert agencies("Meer informatie staat op www.rvo.nl/subsidies en op RVO.nl/tvl.") == []


def test_a_line_of_question_numbers_heads_their_joint_answer(tmp_path):
    doc = read(tmp_path, "Hierbij zend ik u de antwoorden op de vragen van het Kamerlid Keijzer (CDA).\n\n1\n\nKunt u zich "
                         "voorstellen dat pgb-houders bang zijn?\n\n2\n\nIn hoeveel gevallen is dat gebeurd?\n\n3\n\nHoe "
                         "is dat mogelijk?\n\n1, 2, 3\n\nJa, dat kan ik me voorstellen. Bij de SVB wordt dat niet "
                         "geadministreerd.\n")
    assert items(doc) == [("Q", (1,), "Kunt u zich voorstellen dat pg"), ("Q", (2,), "In hoeveel gevallen is dat geb"),
                          ("Q", (3,), "Hoe is dat mogelijk?"), ("A", (1, 2, 3), "Ja, dat kan ik me voorstellen.")]


def test_questions_of_a_named_member_in_a_letter(tmp_path):
    doc = read(tmp_path, "BRIEF VAN DE STAATSSECRETARIS VAN VOLKSGEZONDHEID, WELZIJN EN SPORT\n\nIk zal in deze brief "
                         "op alle door u gestelde vragen ingaan.\n\nVragen van de heer Van Dijk (PvdA):\n\n1. Wanneer "
                         "worden hulpverleners uitbetaald?\n\nHulpverleners worden vanaf 27 januari uitbetaald.\n\n2. Wat "
                         "zijn de gevolgen voor contracten?\n\nDeclaraties worden zo snel mogelijk uitbetaald.\n")
    assert items(doc) == [("Q", (1,), "Wanneer worden hulpverleners u"), ("Q", (2,), "Wat zijn de gevolgen voor cont"),
                          ("A", (1,), "Hulpverleners worden vanaf 27 "), ("A", (2,), "Declaraties worden zo snel mog")]
