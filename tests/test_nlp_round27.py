"""Rules of the twenty-seventh extraction round: drawn from leftovers of earlier unseen series, before the sixteenth
series was scored. The texts are written for these tests in the form of the pages they stand for
(tests/gold/GUIDELINES.md, "Thirty-third round")."""

from rule_helpers import refs as found_refs


def refs(text):
    return found_refs(text, abbreviations=True)


def test_an_abbreviation_that_carries_the_acts_year_names_that_act_later():
    text = ("In het oude inburgeringsstelsel onder de Wet Inburgering 2013 (Wi2013) konden inburgeraars lenen.\n\n"
            "Onder de Wi2013 werd de kwaliteit van de cursussen inzichtelijk gemaakt.")
    assert ("act", "BWBR0020611", "Wi2013") in refs(text.split("\n\n")[0] + "\n\n" + text.split("\n\n")[1])
    later = [r for r in refs(text) if r[2] == "Wi2013"]
    assert later and all(r[1] == "BWBR0020611" for r in later)


def test_a_year_in_the_acts_own_name_keeps_the_unlisted_act():
    text = "De Wet inburgering 2021 (Wi2021) geldt sinds januari. Onder de Wi2021 kiest de gemeente de route."
    assert {r[1] for r in refs(text) if r[2] == "Wi2021"} == {"BWBR0044770"}


def test_wet_and_one_capitalised_noun_is_an_act_by_its_name():
    assert ("act", "wet natuurbescherming", "Wet Natuurbescherming") in \
        refs("Het provinciaal landschap is ingevoerd via de Wet Natuurbescherming en beschermt de natuur.")
    assert ("act", "wet werkloosheidsvoorziening", "Wet Werkloosheidsvoorziening") in \
        refs("Dit voorstel regelt de intrekking van de Wet Werkloosheidsvoorziening, eenvormige definities en meer.")
    # a listed act of that name is the listed act; a capitalised noun at a sentence's start is no act's name
    assert ("act", "BWBR0011353", "Wet Inkomstenbelasting") in refs("ondernemers in de zin van de Wet Inkomstenbelasting (IB).")
    assert refs("Wet Justitie is geen naam. Dat blijkt.") == []


def test_an_unlisted_wet_name_may_end_at_an_infinitive():
    assert ("act", "wet vaste huurcontracten", "Wet vaste huurcontracten") in \
        refs("Bent u bereid de Wet vaste huurcontracten in te trekken en dit te melden?")
    assert ("act", "wet screening kennisveiligheid", "Wet screening kennisveiligheid") in \
        refs("Waarom heeft u besloten de Wet screening kennisveiligheid uit te stellen en bent u het ermee eens?")
    # (no infinitive, verb or punctuation mark after it: the name may go on, so it is not read)
    assert refs("Sinds de Wet vaste huurcontracten er meer geldt.") == []


def test_the_act_of_a_bills_name_is_that_bill():
    text = ("Het wetsvoorstel Screening kennisveiligheid, naar aanleiding van de brief.\n\n"
            "Waarom heeft u besloten de Wet screening kennisveiligheid uit te stellen en bent u het ermee eens?")
    assert ("bill", "wet screening kennisveiligheid", "Wet screening kennisveiligheid") in refs(text)
    assert not any(r[0] == "act" for r in refs(text))


def test_het_statuut_in_a_document_on_the_kingdom_is_the_statuut_voor_het_koninkrijk():
    text = ("De vaste commissie voor Koninkrijksrelaties heeft vragen voorgelegd.\n\n"
            "Wat is het probleem van het gebruik van de waarborgfunctie zoals in het Statuut beschreven?")
    assert ("act", "BWBR0002154", "Statuut") in refs(text)
    # not in a document on other things, and not the Statuut van Rome
    assert refs("Wat is het probleem zoals in het Statuut beschreven?") == []
    rome = refs("De vaste commissie voor Koninkrijksrelaties vraagt.\n\nAruba is gebonden aan het Statuut van Rome.")
    assert rome == [("treaty", "statuut van rome", "Statuut van Rome")]


def test_a_name_inside_a_longer_mention_of_the_same_reference_is_one_mention():
    text = ("De gouverneur handelt op basis van het Statuut voor het Koninkrijk. "
            "Wat is het probleem zoals in het Statuut beschreven?")
    found = refs(text)
    assert found == [("act", "BWBR0002154", "Statuut"), ("act", "BWBR0002154", "Statuut voor het Koninkrijk")]
