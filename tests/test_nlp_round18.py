"""Rules of the eighteenth extraction round. The texts are written for these tests in the form of answered
Kamervragen and committee lists (tests/gold/GUIDELINES.md)."""

from kamergraaf.extract.ref_names import document_abbreviations
from kamergraaf.extract.references import find_references


def refs(text):
    """(kind, identifier, text) of every reference, with the abbreviations the text defines."""
    return [(h.kind, h.identifier, text[h.start:h.end])
            for h in find_references(text, document_abbreviations(text, find_references))]


def ids(text):
    return {(k, i) for k, i, _ in refs(text)}


def test_an_article_of_an_act_named_before_the_abbreviation_it_defines():
    text = ("Ingevolge art. 23, lid 2 van de Wet administratiefrechtelijke handhaving verkeersvoorschriften (Wahv) "
            "wordt een verkeersboete van rechtswege met 50% verhoogd. De Wahv geldt ook voor de boete.")
    got = refs(text)
    act = "wet administratiefrechtelijke handhaving verkeersvoorschriften"
    assert ("article", act + "/artikel/23") in ids(text)
    # the act is named in full and by its abbreviation
    assert [t for k, i, t in got if k == "act"] == [
        "Wet administratiefrechtelijke handhaving verkeersvoorschriften", "Wahv", "Wahv"]
    # an abbreviation that is no act's gives no name to look for
    plain = "De Auditdienst Rijk (ADR) controleert de jaarrekening."
    assert not [r for r in refs(plain) if r[0] in ("act", "article")]


def test_an_article_printed_after_its_act_and_a_comma():
    text = ("De regeling is gebaseerd op de Visumcode (Europese regelgeving), art. 8.lid 4. d. Dit is in de "
            "regeling vastgelegd.")
    assert ("article", "visumcode/artikel/8") in ids(text)
    assert ("article", "BWBR0011823/artikel/29") in ids("Volgens de Vreemdelingenwet 2000, artikel 29 is dat zo.")
    # a comma and a number that is no article: no article
    assert not [r for r in refs("De Vreemdelingenwet 2000, 29 keer genoemd.") if r[0] == "article"]
    # an article numbered per chapter after the comma is not read as its first part
    assert ("article", "BWBR0005537/artikel/4") not in ids("Zie de Awb, artikel 4:5 daarover.")


def test_a_bill_by_its_working_title_in_lower_case():
    text = "De verwachting was dat per 1 juli 2012 het wetsvoorstel verhoging griffierechten in werking zou treden."
    assert ("bill", "verhoging griffierechten") in ids(text)
    # an amendment of a named act is that act, not a bill called "wijziging"
    amend = "Het wetsvoorstel wijziging van de Vreemdelingenwet is ingediend."
    assert not [r for r in refs(amend) if r[0] == "bill" and r[1].startswith("wijziging")]
    # a footnote marker glued to the last word is left off; the full name is the act's it became
    marked = "Met het wetsvoorstel versterking bestuur pensioenfondsen2 wordt dat geregeld."
    assert ("bill", "wet versterking bestuur pensioenfondsen") in ids(marked)


def test_a_kamerstuk_whose_dossier_is_in_brackets():
    text = "Tijdens het wetgevingsoverleg over de nieuwe politiewet Kamerstuk (30 880) heeft u gezegd dat"
    assert ("kamerstuk", "kst-30880") in ids(text)
    assert ("kamerstuk", "kst-30880-12") in ids("Zie Kamerstuk (30 880, nr. 12) daarover.")


def test_a_regulation_in_guillemets_runs_to_the_closing_mark():
    text = ("Deelt u de mening dat de huidige «Regeling informatieverstrekking ziektekostenverzekeraars aan "
            "consumenten» niet effectief is?")
    assert ids(text) == {("act", "regeling informatieverstrekking ziektekostenverzekeraars aan consumenten")}
    # without the closing mark the title ends at its first small word, as before
    open_ = text.replace("»", "")
    assert ids(open_) == {("act", "regeling informatieverstrekking ziektekostenverzekeraars")}


def test_an_eu_directive_or_regulation_by_a_one_word_name_in_an_eu_paragraph():
    text = "De Europese Vuurwapenrichtlijn en de NDICI-verordening gelden in alle lidstaten."
    assert ids(text) == {("eu-act", "europese vuurwapenrichtlijn"), ("eu-act", "ndici-verordening")}
    assert ("eu-act", "meststoffenverordening") in ids("De Meststoffenverordening geldt in de EU.")
    # without a word of the EU in the paragraph a compound is no EU act
    assert not ids("De Meststoffenverordening is nog niet in werking.")
    # a domestic rule is none, whatever the paragraph says
    domestic = "De Omgevingsverordening van de provincie en de Praktijkrichtlijn volgen de EU-regels."
    assert not [r for r in refs(domestic) if r[0] == "eu-act"]
    # a word the lists hold keeps its identifier, and "Kaderrichtlijn Water" is one act, not two
    assert ids("De Dublinverordening geldt in de EU.") == {("eu-act", "32013R0604")}
    assert ids("De Europese Kaderrichtlijn Water geldt in de EU.") == {("eu-act", "kaderrichtlijn water")}
