"""Rules of the fortieth extraction round: drawn from the twenty-sixth series of unseen documents (the 30
questions.csv documents without gold until then) after it was scored, and the BWB ids of acts enacted after the
2017 list. The texts are written for these tests in the form of the documents they stand for
(tests/gold/GUIDELINES.md, "Forty-sixth round")."""

from rule_helpers import agencies, countries, figures
from rule_helpers import refs as found_refs

from kamergraaf.extract.gazetteers import _json, later_act_ids
from kamergraaf.extract.ref_names import document_abbreviations
from kamergraaf.extract.references import find_references


def refs(text: str) -> set[tuple[str, str]]:
    return {(k, i) for k, i, _ in found_refs(text, abbreviations=True)}


def test_acts_after_the_2017_list_carry_the_bwb_id_read_in_a_public_source():
    assert refs("Een verzoek op grond van de Wet open overheid (Woo) is ingediend.") == {("act", "BWBR0045754")}
    assert refs("De Omgevingswet en de Wet kwaliteitsborging voor het bouwen gelden.") == \
        {("act", "BWBR0037885"), ("act", "BWBR0042732")}
    assert refs("Dat is strafbaar gesteld in artikel 140 van het Wetboek van Strafrecht.") == \
        {("act", "BWBR0001854"), ("article", "BWBR0001854/artikel/140")}
    assert refs("Gemeenten voeren de Wet gemeentelijke taak mogelijk maken asielopvangvoorzieningen uit.") == \
        {("act", "BWBR0049307")}
    # the act's popular name has no source pairing it with the id: by name
    assert refs("Hoe staat het met de uitvoering van de spreidingswet?") == {("act", "spreidingswet")}
    # a bill that became such an act is the bill, by its lower-case name, where a sentence calls it a wetsvoorstel
    assert refs("Het wetsvoorstel Wet collectieve warmte ligt bij de Eerste Kamer.") == \
        {("bill", "wet collectieve warmte")}


def test_every_act_id_of_named_references_names_its_source():
    for ref in _json("named_references.json")["references"]:
        if ref.get("bwb") and ref["kind"] == "act":
            assert ref["identifier"] == ref["bwb"] and ref.get("id_source"), ref["label"]
    assert "BWBR0045754" in later_act_ids() and "BWBR0001854" not in later_act_ids()


def test_un_human_rights_treaties_and_their_articles_also_as_merged_text_prints_them():
    iccpr = "internationaal verdrag inzake burgerrechten en politieke rechten"
    found = refs("in strijd met artikelen 2, tweede lid, 23 en 26 van het Internatio-naal Verdrag inzake burgerrechten "
                 "en politieke rechten.")
    assert found == {("treaty", iccpr)} | {("article", f"{iccpr}/artikel/{n}") for n in (2, 23, 26)}
    cerd = "internationaal verdrag inzake de uitbanning van alle vormen van rassendiscriminatie"
    assert refs("artikel 3 van het Internationaal Verdrag inzake de uitbanning van elke vormvan rassendiscriminatie") == \
        {("treaty", cerd), ("article", f"{cerd}/artikel/3")}
    assert ("treaty", "internationaal verdrag inzake economische, sociale en culturele rechten") in \
        refs("van hetInternationaal Verdrag inzake economische, sociale en culturele rechten enartikel 2")
    geneva = "vierde verdrag van genève betreffende de bescherming van burgers in oorlogstijd"
    assert refs("in strijd met artikel 33van het Vierde Verdrag van Genève betreffende de bescherming burgers inoorlogstijd") \
        == {("treaty", geneva), ("article", f"{geneva}/artikel/33")}
    assert refs("onder de Vierde Geneefse Conventie") == {("treaty", geneva)}


def test_article_and_paragraph_numbers_and_resolutions_are_no_figures():
    assert figures("in strijd met artikelen 2, tweede lid, 23 en 26 van het Verdrag.") == {}
    assert figures("Het IGH verbindt daar (in paragrafen 228 en 229) de conclusie aan.") == {}
    assert figures("Nederland steunt VNVR-resolutie 2735 en de Veiligheidsraadresolutie 2334.") == {}
    # a figure after a year and a list of counts stays one
    assert set(figures("In 2023 waren het er 2, in 2024 waren het er 5.")) == {"2", "5"}


def test_kamerstukken_of_the_eerste_kamer_and_compact_and_identifier_forms():
    assert refs("conform motie Klaver c.s. (Kamerstuk 21501-20-2128) niet uit.") == {("kamerstuk", "kst-21501-20-2128")}
    assert refs("(Kamerstukken II 2021/22,36 021, nr.6; I 2022/23, 36 021, B).") == \
        {("kamerstuk", "kst-36021-6"), ("kamerstuk", "kst-36021-B")}
    assert refs("zie Eerste Kamer, 36 373, H.") == {("kamerstuk", "kst-36373-H")}
    assert refs("Kamerstuk 21501-02") == {("kamerstuk", "kst-21501-02")}
    assert refs("(zie Kamerstuk 23 432, nr.502; ah-tk-2017–2018, nr.2509).") == \
        {("kamerstuk", "kst-23432-502"), ("aanhangsel", "ah-tk-20172018-2509")}
    assert refs("(zie bv. ah-tk-20202021–2345).") == {("aanhangsel", "ah-tk-20202021-2345")}
    # a page's running footer, the document's own identifier alone on its line, is no reference
    assert refs("Antwoord.\nah-tk-20242025-595\nVraag 3") == set()


def test_an_eu_association_agreement_and_the_bare_associatieverdrag_after_it():
    text = ("Nederland ziet het EU-Israël Associatieakkoord als een belangrijk instrument. Het opschorten van "
            "hetAssociatieverdrag is niet wenselijk.")
    assert refs(text) == {("treaty", "eu-israël associatieakkoord")}
    assert refs("het Associatieverdrag met Turkije") == {("treaty", "turks associatieverdrag")}


def test_a_name_followed_by_an_eu_acts_number_in_brackets_is_that_act():
    text = ("Hoe kijkt u naar de amendementen op de Ontbossingswet (Verordening (EU) 2023/1115)), waar het EP mee "
            "heeft ingestemd? Wat betekent de Ontbossingswet nu?")
    abbrevs = document_abbreviations(text, find_references)
    assert abbrevs["Ontbossingswet"].identifier == "32023R1115"
    assert refs(text) == {("eu-act", "32023R1115")}


def test_an_act_named_in_quotes_and_a_bill_named_up_to_its_initials():
    assert refs("gezien het feit dat de ‘Wet uitvoering verordening ontbossingsvrije grondstoffen en producten’ op "
                "27 juni is aangenomen") == {("act", "wet uitvoering verordening ontbossingsvrije grondstoffen en producten")}
    assert refs("1) Eerste Kamer, 'Wet uitvoering verordening ontbossingsvrije grondstoffen en producten'") == \
        {("act", "wet uitvoering verordening ontbossingsvrije grondstoffen en producten")}
    assert refs("het wetsvoorstel Verduidelijking Beoordeling Arbeidsrelaties en Rechtsvermoeden (VBAR)? De wet VBAR") == \
        {("bill", "wet verduidelijking beoordeling arbeidsrelaties en rechtsvermoeden")}


def test_a_ministry_whose_later_words_are_printed_in_lower_case():
    assert agencies("aan de Staatssecretaris van Justitie en Veiligheid en de Minister van Asiel en migratie over") == \
        [("Justitie en Veiligheid", "JenV"), ("Asiel en migratie", "AenM")]
    assert agencies("de Armeense Minister van Buitenlandse zaken") == []
    assert agencies("de Minister van Buitenlandse zaken van Israël") == []


def test_countries_in_a_sentence_run_into_the_one_before_and_an_english_state_territory():
    assert countries("schending van het verdrag inzake rassendiscriminatie.Nederland respecteert deze conclusie.") == \
        [("Nederland", "NLD")]
    assert countries("zie rijksoverheid.nl/Nederland/ en bestand.Nederland.pdf") == []
    assert countries("the policies and practices of Israel in the Occupied Palestinian Territory") == \
        [("Israel", "ISR"), ("Palestinian", "PSE")]
    assert countries("Turkish Minute") == []
