"""Rules of the thirty-ninth extraction round: drawn from the twenty-fifth series of unseen pages after it was
scored. The texts are written for these tests in the form of the pages they stand for (tests/gold/GUIDELINES.md,
"Forty-fifth round")."""

from rule_helpers import items, read
from rule_helpers import refs as found_refs


def test_a_regulation_named_with_a_year_after_the_list_is_a_new_one():
    assert found_refs("Dat is geregeld in het Besluit uitvoering Wet arbeid vreemdelingen 2022 en de regeling.") == \
        [("act", "besluit uitvoering wet arbeid vreemdelingen 2022", "Besluit uitvoering Wet arbeid vreemdelingen 2022")]
    # the listed one without a year, and a year span after it, stay the listed Besluit of 1995
    assert found_refs("Het Besluit uitvoering Wet arbeid vreemdelingen geldt sinds 1995.") == \
        [("act", "BWBR0007523", "Besluit uitvoering Wet arbeid vreemdelingen")]
    assert found_refs("het Besluit uitvoering Wet arbeid vreemdelingen 2019-2020") == \
        [("act", "BWBR0007523", "Besluit uitvoering Wet arbeid vreemdelingen")]


def test_short_names_of_listed_acts():
    assert found_refs("Er is een BIBOB-advies gevraagd op grond van de Telecomwet.") == \
        [("act", "BWBR0009950", "Telecomwet"), ("act", "BWBR0013798", "BIBOB")]
    assert found_refs("De gemeente voerde een Bibob-toets uit.") == [("act", "BWBR0013798", "Bibob")]


def test_a_nota_whose_title_the_page_lost(tmp_path):
    doc = read(tmp_path, "Ontvangen 18 augustus 2016\nMet belangstelling heb ik kennis genomen van de vragen en "
                         "opmerkingen van de fracties. Op de gestelde vragen en opmerkingen ga ik graag in. Hierbij houd "
                         "ik zoveel mogelijk de indeling en de volgorde van het verslag aan.\nDe leden van de VVD-fractie "
                         "vragen hoe de wapenwetgeving in Nederland zich verhoudt tot die van de ons omringende landen.\n"
                         "Het beleid in de ons omringende landen is er net als in Nederland op gericht het bezit van "
                         "wapens te beperken.\n")
    assert items(doc) == [("Q", (), "De leden van de VVD-fractie vr"), ("A", (), "Het beleid in de ons omringend")]
