"""Rules of the thirty-fourth extraction round: drawn from the twenty-first series of unseen pages after it was
scored. The texts are written for these tests in the form of the pages they stand for (tests/gold/GUIDELINES.md,
"Fortieth round")."""

from rule_helpers import figures
from rule_helpers import refs as found_refs


def test_named_treaties_acts_and_eu_acts_of_the_twenty_first_series():
    assert found_refs("Nederland voldoet aan de verplichtingen van het Europees Sociaal Handvest.") == \
        [("treaty", "europees sociaal handvest", "Europees Sociaal Handvest")]
    assert ("treaty", "universele verklaring van de rechten van de mens", "Universele verklaring van de Rechten van de Mens") \
        in found_refs("als bedoeld in artikel 15 tweede lid van de Universele verklaring van de Rechten van de Mens.")
    assert found_refs("Het Douanewetboek van de Unie (DWU) geldt; het DWU regelt dit.", abbreviations=True) == \
        [("eu-act", "douanewetboek van de unie", "DWU")] * 2 + \
        [("eu-act", "douanewetboek van de unie", "Douanewetboek van de Unie")]
    assert found_refs("Voor bedrijven die onder het Brzo vallen geldt dit.") == [("act", "BWBR0036791", "Brzo")]
    assert found_refs("Dat gold ook voor de Definitieve Regeling Langdurig Verblijvende Kinderen (hierna: DRLVK).") == \
        [("act", "definitieve regeling langdurig verblijvende kinderen", "Definitieve Regeling Langdurig Verblijvende Kinderen")]


def test_limits_days_and_the_distancing_rule_are_no_figures():
    assert figures("Tijdens pieken kan de termijn oplopen tot maximaal 4 á 5 weken.") == {}
    assert figures("Door de verlenging is op maandag 14 en dinsdag 15 maart vervroegd stemmen mogelijk.") == {}
    assert figures("Verder geldt op dit moment de regel om 1,5 meter afstand te houden.") == {}
    # a measured range is still two figures
    assert set(figures("De wachttijd was in 2020 gemiddeld 4 tot 5 weken.")) == {"4", "5"}
