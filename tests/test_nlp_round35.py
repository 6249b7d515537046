"""Rules of the thirty-fifth extraction round: drawn from the error list of all annotated pages (series 1 to 21)
as tune documents. The texts are written for these tests in the form of the pages they stand for
(tests/gold/GUIDELINES.md, "Forty-first round")."""

from rule_helpers import refs as found_refs


def test_listed_acts_by_short_names_and_abbreviations():
    # the listed Wet hergebruik van overheidsinformatie without its only "van"
    assert found_refs("Sinds 1 juli 2015 is de Wet hergebruik overheidsinformatie van kracht.") == \
        [("act", "BWBR0036795", "Wet hergebruik overheidsinformatie")]
    # a short name in title case
    assert found_refs("Het beroep op de Wet Schuldsanering Natuurlijke Personen is gedaald.") == \
        [("act", "BWBR0009730", "Wet Schuldsanering Natuurlijke Personen")]
    assert found_refs("De toelating op grond van de WTZi is geweigerd.") == \
        [("act", "BWBR0018906", "WTZi")]
    assert found_refs("Dit is een gemeenschappelijke regeling in de zin van de Wgr.") == \
        [("act", "BWBR0003740", "Wgr")]
    assert found_refs("Het aantal mensen met een WWB-uitkering is gestegen.") == \
        [("act", "BWBR0015703", "WWB")]
    # the wage level is no act
    assert found_refs("Zij verdienen minder dan 130% van het WML.") == []
    assert found_refs("Zij verdienen minder dan 130% van het Wml.") == []


def test_a_long_listed_title_is_the_act_also_in_lower_case():
    assert found_refs("Dit staat in de regeling preventie, bestrijding en monitoring van besmettelijke dierziekten "
                      "en zoönosen en TSE’s.") == \
        [("act", "BWBR0018397", "regeling preventie, bestrijding en monitoring van besmettelijke dierziekten en "
                                "zoönosen en TSE’s")]
    # a short one needs its capital: "de gemeentewet" is still the act (one word), "wet inburgering" in lower case
    # is no citation of the Wet inburgering
    assert found_refs("De gemeente regelt dat in een verordening op grond van de wet inburgering.") == []


def test_kamerstuk_toevoegingen_iib_and_a_capital_nr():
    assert found_refs("Zie het jaarverslag (Kamerstuk 33 930 IIB, nr. 1).") == \
        [("kamerstuk", "kst-33930-IIB-1", "Kamerstuk 33 930 IIB, nr. 1")]
    assert found_refs("Het rapport is aan uw Kamer gezonden (Kamerstuk 28 506 Nr. 4).") == \
        [("kamerstuk", "kst-28506-4", "Kamerstuk 28 506 Nr. 4")]


def test_unlisted_acts_named_wet_up_to_a_verb():
    assert found_refs("Op grond van de Wet Huis voor klokkenluiders is het Huis onafhankelijk.") == \
        [("act", "BWBR0037852", "Wet Huis voor klokkenluiders")]  # (the id since the forty-seventh round)
    assert found_refs("Het gaat om 1,6% van de bedrijven die onder de Wet bestuur en toezicht vallen; het streefcijfer "
                      "in de Wet bestuur en toezicht geldt voor ca 5.000 bedrijven.") == \
        [("act", "wet bestuur en toezicht", "Wet bestuur en toezicht")]
    # no name where "Wet" is followed by a verb and its object, or a name goes on past the verb list
    assert found_refs("Sindsdien biedt de Wet gemeenten de ruimte om dat te regelen.") == []
    assert found_refs("Voor de Wet werk en bijstand en de Wet X gold dat niet.")[0][:2] == ("act", "BWBR0015703")


def test_a_bill_named_before_the_initials_of_its_words():
    text = "Het wetsvoorstel Taal en Toegankelijkheid (WTT) regelt dat. De WTT treedt later in werking."
    assert found_refs(text, abbreviations=True) == [("bill", "wet taal en toegankelijkheid", "Taal en Toegankelijkheid")] \
        + [("bill", "wet taal en toegankelijkheid", "WTT")] * 2
    # initials that do not fit give no name
    assert found_refs("Het wetsvoorstel Taal en Toegankelijkheid (ABC) regelt dat.") == []
