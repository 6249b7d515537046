"""Rules of the twenty-fifth extraction round: leftovers of the fourteenth series, written before the fifteenth
series was scored. The texts are written for these tests in the form of the pages they stand for
(tests/gold/GUIDELINES.md, "Thirty-first round")."""

from kamergraaf.extract.ref_names import document_abbreviations
from kamergraaf.extract.references import find_references


def refs(text):
    abbrevs = document_abbreviations(text, find_references)
    return sorted({(r.kind, r.identifier, text[r.start:r.end]) for r in find_references(text, abbrevs)})


def test_an_unlisted_act_whose_bracketed_abbreviation_gives_its_initials_is_an_act_by_its_name():
    text = ("In Nederland geldt de Wet Precursoren voor Explosieven (Wpe), die de verkoop van grondstoffen regelt. "
            "Onder de Wpe is dat niet toegestaan.")
    assert refs(text) == [("act", "wet precursoren voor explosieven", "Wet Precursoren voor Explosieven"),
                          ("act", "wet precursoren voor explosieven", "Wpe")]


def test_words_before_an_abbreviation_that_are_not_its_initials_name_no_act():
    # "Wet" opens the sentence's subject, the brackets define something else: no act
    assert refs("Wet en regelgeving van de Inspectie (IGJ) is streng.") == []


def test_a_dash_for_the_slash_in_an_eu_number_after_eu_and_a_titled_eu_regulation():
    assert refs("Zij is gebaseerd op EU verordening 2019–1148, die gaat over grondstoffen.") == [
        ("eu-act", "32019R1148", "EU verordening 2019–1148")]
    assert refs("de aanscherping van de EU verordening Precursoren voor Explosieven2 die het bezit regelt") == [
        ("eu-act", "eu verordening precursoren voor explosieven", "EU verordening Precursoren voor Explosieven")]
    # two years are a period, not an act
    assert refs("de Europese richtlijn 2018-2019 is nog niet omgezet") == []


def test_the_acts_of_the_caribbean_netherlands_and_the_short_name_of_the_wolbes():
    text = ("De bevoegdheden van de gezaghebber zijn geregeld in de Wet openbare lichamen BES (WolBES). "
            "Een wijziging van de WolBES is nodig, en het Wetboek van Strafrecht BES blijft gelden.")
    assert refs(text) == [("act", "BWBR0028142", "Wet openbare lichamen BES"), ("act", "BWBR0028142", "WolBES"),
                          ("act", "BWBR0028570", "Wetboek van Strafrecht BES")]


def test_the_ministry_of_defence_in_lower_case_as_an_organisation():
    from kamergraaf.extract.agencies import find_agencies

    def keys(text):
        return [(text[h.start:h.end], h.key) for h in find_agencies(text)]

    assert keys("Kunt u een toelichting geven op de onderuitputting bij defensie?") == [("defensie", "Def")]
    assert keys("€ 3,1 miljard op de defensiebegroting voor 2026") == [("defensie", "Def")]
    assert keys("de prijsbijstelling aan de defensieonderdelen") == [("defensie", "Def")]
    assert keys("De norm is 2% van het bbp aan defensie; de Europese defensie-industrie groeit.") == []
    assert keys("De Duitse defensiebegroting stijgt.") == []


def test_a_policy_aim_is_no_figure():
    from kamergraaf.extract.agencies import find_agencies
    from kamergraaf.extract.figures import find_figures

    text = ("Ik wil daarom dat er snel meer woningen worden gebouwd. Mijn beleidsdoel is het bouwen van 900.000 "
            "woningen tot en met 2030. In 2024 zijn 82.000 woningen gebouwd.")
    hits, _ = find_figures(text, find_agencies(text), [], default_year=2025)
    assert [text[h.start:h.end] for h in hits] == ["82.000"]
