"""Rules of the twenty-ninth extraction round: drawn from the seventeenth series of unseen pages after it was
scored. The texts are written for these tests in the form of the pages they stand for (tests/gold/GUIDELINES.md,
"Thirty-fifth round")."""

from datetime import date

from kamergraaf.extract.agencies import find_agencies
from rule_helpers import figures, read
from rule_helpers import refs as found_refs


def refs(text):
    return found_refs(text, abbreviations=True)


def test_eu_directives_a_year_before_nr_and_a_list_after_one_plural_type_word():
    assert refs("ter implementatie van de richtlijn nr. 2008/115/EG van het Europese Parlement") == \
        [("eu-act", "32008L0115", "richtlijn nr. 2008/115/EG")]
    assert [r[1] for r in refs("Verordening (EG) nr. 1998/2006 over de-minimissteun")] == ["32006R1998"]
    listed = refs("tot intrekking van de Richtlijnen 64/221/EEG, 68/360/EEG en 93/96/EEG (PbEU 2004, L 229)")
    assert [r[1] for r in listed] == ["31964L0221", "31968L0360", "31993L0096"]


def test_a_bill_in_a_list_of_bills_with_its_dossier_number_and_no_figures_in_it():
    line = ("– Wijziging Vreemdelingenwet 2000 in verband met nationale visa en enkele andere onderwerpen 31 549 "
            "(Aangenomen door EK, nog te plaatsen in het Staatsblad)")
    found = refs(line)
    assert ("bill", "wijziging vreemdelingenwet 2000 in verband met nationale visa en enkele andere onderwerpen",
            "Wijziging Vreemdelingenwet 2000 in verband met nationale visa en enkele andere onderwerpen") in found
    assert ("kamerstuk", "kst-31549", "31 549") in found
    assert figures("tot wijziging van Verordening (EEG) nr. 1612/68 (PbEU 2004, L 229) (Stb. 2012, 159) en "
                   "(PbEU L 348/98). Er waren 12 zaken.").keys() == {"12"}


def test_an_aanhangsel_cited_with_vergaderjaar_first_and_capitalised():
    assert refs("(Tweede Kamer, Vergaderjaar 2017–2018, Aanhangsel van de Handelingen 1940).") == \
        [("aanhangsel", "ah-tk-20172018-1940", "Vergaderjaar 2017–2018, Aanhangsel van de Handelingen 1940")]


def test_names_of_bills_and_acts_kingdom_acts_and_foreign_constitutions():
    assert ("bill", "wet werkelijk rendement box 3", "Wet werkelijk rendement box 3") in \
        refs("Het wetsvoorstel Wet werkelijk rendement box 3 is ingediend.")
    assert refs("In de Rijkswet financieel toezicht is bepaald dat het college adviseert.") == \
        [("act", "rijkswet financieel toezicht", "Rijkswet financieel toezicht")]
    assert refs("Dit wordt geregeld bij rijkswet.") == []
    assert refs("De Indonesische Grondwet waarborgt godsdienstvrijheid.") == []
    assert refs("De Grondwet waarborgt godsdienstvrijheid.") == [("act", "BWBR0001840", "Grondwet")]
    assert refs("Aruba stelt een landsverordening vast en de provincie een omgevingsverordening.") == []


def test_labels_ages_and_column_heads_are_no_figures():
    assert figures("Aanbeveling 8.\nLeg in de Vreemdelingenwet 2000 een procedure vast.") == {}
    assert figures("Een kind valt in een van de drie categorieën (gewicht 1,2, 0,3 of 0). De indicator") == {}
    assert figures("Het budget gaat naar voorschoolse educatie voor kinderen van 2,5 tot 4 jaar.") == {}
    assert figures("In 2007 gaf 26 procent van de bevolking (15 jr. en ouder) aan slachtoffer te zijn.").keys() == {"26"}
    assert figures("De AOW-gerechtigde leeftijd lag in het jaar 2018 op 66 jaar.") == {}
    table = ("Het CBS laat de volgende tabel over 2018 zien:\n\nJaar\n\n59 jaar of jonger\n\n60 jaar\n\n61 jaar\n\n"
             "62 jaar\n\n2018\n\n4,6%\n\n3,0%\n\n3,0%\n\n5,9%\n")
    assert set(figures(table)) == {"4,6%", "3,0%", "5,9%"}


def test_the_year_before_the_one_named_and_respectively():
    text = ("In 2007 gaf 26 procent van de bevolking aan slachtoffer te zijn geweest. Een jaar eerder was dat nog 27 "
            "procent, in 2005 was het percentage 29. Het aantal delicten daalde met 4 procent.")
    found = figures(text, 2008)
    assert (found["27"].period_start, found["27"].period_end) == (date(2006, 1, 1), date(2006, 12, 31))
    assert found["29"].period_start == date(2005, 1, 1)
    found = figures("Het percentage scholen dat gegevens aanleverde bedroeg 80 resp. 84 procent.")
    assert (found["80"].unit, found["84"].unit) == ("percent", "percent")


def test_ministries_in_the_plural_title():
    text = "gepubliceerd door het CBS in samenwerking met de Ministeries van Justitie en BZK."
    assert [(text[a.start:a.end], a.key) for a in find_agencies(text)] == [("CBS", "CBS"), ("Justitie", "JenV"),
                                                                          ("BZK", "BZK")]


def test_a_bulleted_numbered_question_after_the_members_heading(tmp_path):
    doc = read(tmp_path, "Nr. 52 BRIEF VAN DE STAATSSECRETARIS VAN ONDERWIJS, CULTUUR EN WETENSCHAP\n\nHieronder zijn per "
                         "fractie de aanvullende vragen en antwoorden opgenomen.\n\nVragen van de leden van de VVD-fractie\n\n"
                         " • 1. Wat is de stand van zaken betreffende de motie over afstandsonderwijs?\n\nMijn uitgangspunt "
                         "is dat ieder kind recht heeft op onderwijs.\n")
    assert [(q.numbers, doc.text[q.start:q.end][:20]) for q in doc.questions] == [((1,), "Wat is de stand van ")]
    assert [(a.numbers, doc.text[a.start:a.end][:20]) for a in doc.answers] == [((1,), "Mijn uitgangspunt is")]


def test_kamerstuk_number_ranges_a_closing_quote_after_a_bill_and_the_waz():
    assert [r[1] for r in refs("het rapport (kamerstuk 28 131, nrs. 1–2), de navolgende vragen")] == \
        ["kst-28131-1", "kst-28131-2"]
    assert [r[1] for r in refs("Kamerstukken 28 131, nrs. 1 t/m 3")] == ["kst-28131-1", "kst-28131-2", "kst-28131-3"]
    assert ("bill", "wet werkelijk rendement box 3", "Wet werkelijk rendement box 3") in \
        refs("heb ik de brief «Stand van zaken wetsvoorstel Wet werkelijk rendement box 3» aan uw Kamer gestuurd.")
    assert ("act", "BWBR0008656", "Waz") in refs("een gedeeltelijke Waz- en een gedeeltelijke WAO-uitkering")
