"""Rules of the fifteenth extraction round. The texts are written for these tests in the form of answered
Kamervragen, committee lists and the Bijvoegsel's written answers to a debate's questions
(tests/gold/GUIDELINES.md)."""

from kamergraaf.extract.figures import find_figures
from kamergraaf.extract.reader import parse_text
from kamergraaf.extract.structure import find_headings


def figures(text, agencies=()):
    hits, _ = find_figures(text, list(agencies), [])
    return {text[h.start:h.end]: h for h in hits}


def heads(body):
    return [(h.kind, h.numbers) for h in find_headings(body)]


BIJVOEGSEL = ("Noot 1 (zie blz. 66)\n\nSchriftelijke antwoorden van de minister van Economische Zaken op vragen gesteld "
              "in de eerste termijn van de begrotingsbehandeling 2011.\n\nI. Beantwoording door de minister\n\n"
              "Heeft de minister nog de ambitie om in de top 5 te komen? Hoe te realiseren?\n\nAntwoord\n\n"
              "Ja, het kabinet houdt vast aan die ambitie.\n\nDe stijging van plaats 10 naar plaats 8 laat dat zien.\n\n"
              "Het bedrijfsleven is een partner.\n\nWat is uw visie op het consumentenbeleid?\n\nAntwoord\n\n"
              "Consumenten moeten goed beschermd worden.\n")


def test_unnumbered_questions_each_above_a_bare_antwoord_label():
    assert heads(BIJVOEGSEL) == [("Q", (1,)), ("A", (1,)), ("Q", (2,)), ("A", (2,))]
    doc = parse_text(BIJVOEGSEL, "b.txt", "b.txt", "x")
    assert [q.text for q in doc.questions] == [
        "Heeft de minister nog de ambitie om in de top 5 te komen? Hoe te realiseren?",
        "Wat is uw visie op het consumentenbeleid?"]
    assert doc.answers[0].text.endswith("Het bedrijfsleven is een partner.")
    # one pair is the unnumbered item q0
    one = BIJVOEGSEL[:BIJVOEGSEL.index("Wat is uw visie")]
    assert heads(one) == [("Q", ()), ("A", ())]
    # a label without an asking paragraph above it: no questions are made up
    assert not any(k == "Q" for k, _ in heads(BIJVOEGSEL.replace("Hoe te realiseren?", "Zo is het.")))


def test_numbered_written_answers_without_labels_and_an_answer_that_asks_itself():
    body = ("BIJVOEGSEL\n\nSchriftelijke antwoorden van de minister van Landbouw op vragen gesteld in de eerste termijn "
            "van de behandeling van de begroting (31 700-XIV)\n\nSP\n\n1. Weet de minister hoeveel boeren geen "
            "verzekering hebben?\n\nIn de landbouw heeft 52% van de boeren een verzekering.\n\n2. Tuinders produceren "
            "onder de kostprijs. Is er een plan van aanpak?\n\nDe sector en ik doen een onderzoek naar de lage "
            "afzetprijzen. Hoe wordt in de keten van producent tot consument de marge verdeeld? De sector kampt "
            "namelijk met lage opbrengsten, en de overtuiging groeit dat tuinders weinig afzetkracht hebben en dat "
            "versterking daarvan belangrijk is.\n\nBegin 2009 ga ik in gesprek.\n")
    doc = parse_text(body, "b.txt", "b.txt", "x")
    assert [q.key for q in doc.questions] == ["q1", "q2"]
    assert doc.answers[1].text.startswith("De sector en ik doen een onderzoek")
    # a question's second paragraph that asks stays with the question
    body2 = body.replace("Is er een plan van aanpak?\n\n", "Is er een plan van aanpak?\n\nDoet deze minister iets?\n\n")
    doc2 = parse_text(body2, "b.txt", "b.txt", "x")
    assert doc2.questions[1].text.endswith("Doet deze minister iets?")


def test_a_vraag_label_at_the_end_of_a_table_row():
    body = ("Beantw vr begroting WWI 2009 (31700 XVIII).\n\nPolitieke Partij Kamerlid Vraag en Antwoord\n\n"
            "CDA Toorenburg, M.M. van Vraag:\n\nKan het kabinet met een notitie komen?\n\nAntwoord:\n\nIn het voorjaar "
            "van 2009 volgt de evaluatie.\n\nVVD Dijk, J. van Vraag:\n\nWanneer komt de brief?\n\nAntwoord:\n\nVoor de "
            "zomer.\n")
    assert heads(body) == [("Q", (1,)), ("A", ()), ("Q", (2,)), ("A", ())]
    doc = parse_text(body, "b.txt", "b.txt", "x")
    assert [a.question_keys for a in doc.answers] == [("q1",), ("q2",)]
    # "Vraag:" inside a line is no row label
    assert ("Q", ()) not in heads("De commissie stelde de Vraag: zie hierboven.\n\nAntwoord:\n\nZo.\n")


def test_ranks_are_no_figures():
    found = figures("De stijging van plaats 10 naar plaats 8 laat zien dat Nederland in de top 5 kan komen; "
                    "er zijn 300 plaatsen bijgekomen.")
    assert set(found) == {"300"}


def test_questions_printed_one_after_the_other_share_the_answer_after_them():
    body = ("Heeft u kennisgenomen van de cijfers van het CBS?\n\nIk heb kennis genomen van de cijfers.\n\n"
            "Deelt u de mening dat de daling komt door de accijns?\n\nKunt u een update van tabel 1 geven "
            "(Kamerstuk 33 752, nr. 93)?\n\nHoe hoog was de raming?\n\nDe raming was 4,1 miljard euro.\n")
    doc = parse_text(body, "b.txt", "b.txt", "x")
    assert [q.key for q in doc.questions] == ["q1", "q2", "q3", "q4"]
    assert [a.question_keys for a in doc.answers] == [("q1",), ("q2", "q3", "q4")]
    # a paragraph that asks on after a question without opening a new one stays with it
    body2 = body.replace("Hoe hoog was de raming?", "Zo ja, wanneer komt die update?")
    doc2 = parse_text(body2, "b.txt", "b.txt", "x")
    assert [a.question_keys for a in doc2.answers][1] == ("q2", "q3")
    assert doc2.questions[2].text.endswith("Zo ja, wanneer komt die update?")


def refs(text):
    from kamergraaf.extract.references import find_references
    return [(text[r.start:r.end], r.kind, r.identifier) for r in find_references(text)]


def test_a_regulation_by_its_title_in_sentence_case():
    text = "zoals genoemd in de Regeling tenuitvoerlegging strafrechtelijke\nbeslissingen. Dat blijft zo."
    assert refs(text) == [("Regeling tenuitvoerlegging strafrechtelijke\nbeslissingen", "act",
                           "regeling tenuitvoerlegging strafrechtelijke beslissingen")]
    text = "Komt de € 28 miljoen voor de «Tijdelijke regeling bestrijding regionale wateroverlast» ten goede?"
    assert ("Tijdelijke regeling bestrijding regionale wateroverlast", "act",
            "tijdelijke regeling bestrijding regionale wateroverlast") in refs(text)
    # a listed regulation keeps its BWB id
    assert refs("op grond van de Regeling selectie, plaatsing en overplaatsing van gedetineerden is")[0][2] == "BWBR0011558"
    # the plenary's agenda, a verb after the head word, a word run into the head word, a sentence's first word
    for text in ("Dat is bij de Regeling van werkzaamheden gevraagd.", "de Regeling maakt mogelijk dat het kan",
                 "het wetsvoorstel Versnelling Besluitvorming wegprojecten", "Regeling tenuitvoerlegging strafrechtelijke"
                 " beslissingen is een term."):
        assert [r for r in refs(text) if r[0].startswith(("Regeling", "Besluit"))] == [], text


def test_questions_and_answers_that_both_print_the_number():
    body = ("Antwoorden op kamervragen van het Kamerlid Arib (PvdA) over Nederlanders zonder huisarts\n\n1.\nHeeft u "
            "kennisgenomen van het artikel \"Zwervers in de zorg\".\n\n1.\nJa.\n\n2.\nKlopt het dat er veel "
            "Nederlanders geen huisarts hebben?\n\n2.\nEr zijn geen exacte cijfers.\n")
    assert heads(body) == [("Q", (1,)), ("A", (1,)), ("Q", (2,)), ("A", (2,))]
    bullets = ("Hierbij zend ik u mijn antwoorden.\n\n • 1. Bent u bekend met het persbericht?\n  1. Ja, ik ken het.\n"
               " • 2. Wat vindt u van de punctualiteit?\n  2. Dat nieuws vind ik zorgelijk.\n")
    doc = parse_text(bullets, "b.txt", "b.txt", "x")
    assert [a.text for a in doc.answers] == ["Ja, ik ken het.", "Dat nieuws vind ik zorgelijk."]
    # numbered paragraphs that do not ask are no such list
    assert heads("1.\nDit is zo.\n\n1.\nDat ook.\n") == []


def test_numbered_questions_with_their_answers_in_the_same_paragraph():
    body = ("Beantwoording begrotingsvragen Diergezondheidsfonds: 1 Welk verband heeft diergezondheid met dierenwelzijn? "
            "Een goede diergezondheid bevordert het welzijn. 2 Welke maatregelen neemt u? 3 Welk budget heeft u "
            "gereserveerd? Het fonds ziet op de bestrijding van dierziekten. 4 Wat kost Gumboro? Dat is niet bekend.")
    doc = parse_text(body, "b.txt", "b.txt", "x")
    assert [q.key for q in doc.questions] == ["q1", "q2", "q3", "q4"]
    assert [(a.key, a.question_keys) for a in doc.answers] == [
        ("a1", ("q1",)), ("a2-3", ("q2", "q3")), ("a4", ("q4",))]
    assert doc.questions[0].text == "Welk verband heeft diergezondheid met dierenwelzijn?"
    assert doc.answers[2].text == "Dat is niet bekend."
    # one such question counts where the document says it answers questions
    one = ("Hierbij bied ik u de antwoorden aan op de vragen van de vaste commissie voor Defensie.\n\nPagina 1/12\n"
           "1 Waarom is geen gehoor gegeven aan de toezegging? Om een koppeling te maken is FINAD nodig.\n")
    assert heads(one) == [("Q", (1,)), ("A", (1,))]
    assert heads(one.replace("Hierbij bied ik u de antwoorden aan op", "Dit gaat over")) == []


def test_amounts_in_us_dollars_and_antillean_guilders():
    found = figures("De onderstand bedroeg in 2017 $ 374 per maand; de begroting is ANG 4 015 miljoen en de steun "
                    "was 5 miljoen dollar. Op Bonaire kost het USD 120.000.")
    assert found["$ 374"].unit == "USD" and found["$ 374"].value == 374
    assert found["ANG 4 015 miljoen"].unit == "ANG" and found["ANG 4 015 miljoen"].value == 4015000000
    assert found["5 miljoen"].unit == "USD"
    assert found["USD 120.000"].value == 120000


def test_more_reference_forms_of_the_fifteenth_round():
    got = refs("(Kamerstukken II, 09/10, 32 123 VIII, nr. 29 en 31)")
    assert ("kamerstuk", "kst-32123-VIII-29") in [(k, i) for _, k, i in got]
    got = refs("waarbij 5% van de kottervloot de pulsvisserij mag gebruiken (artikel 31a Vo 850/98). Zie ook de "
               "Basisverordening (Vo 1380/2013).")
    assert ("artikel 31a Vo 850/98", "article", "31998R0850/artikel/31a") in got
    assert ("Vo 1380/2013", "eu-act", "32013R1380") in got
    assert refs("in het VO 2019/2020 waren er meer leerlingen") == []
    got = refs("Op grond van artikel 346 VWEU en het Verdrag betreffende de werking van de Europese Unie.")
    assert ("artikel 346 VWEU", "article", "vweu/artikel/346") in got
    assert ("Verdrag betreffende de werking van de Europese Unie", "treaty", "vweu") in got


def test_percent_tables_and_targets():
    text = ("Voor de jaren 2017–2019 gelden de volgende percentages.\n\n% ten opzichte van het totale ODA-budget 2017 "
            "2018 2019\n\nOverheid in ontvangende landen 1,6 1,2 1,5\n\nBedrijven 5,1 5,7 5,8\n")
    from kamergraaf.extract.figures import find_figures
    hits, _ = find_figures(text, [], [])
    assert {h.unit for h in hits} == {"percent"} and len(hits) == 6
    found = figures("Het percentage van 86% voor de punctualiteit is een richtwaarde. In 2006 was 84,8% punctueel.")
    assert set(found) == {"84,8%"}


def test_a_nota_that_restates_each_members_question_before_its_answer():
    body = ("Ontvangen 15 oktober 2024\n\nMet belangstelling heb ik kennisgenomen van het verslag. In het navolgende ga "
            "ik in op de vragen uit het verslag.\n\nDe leden van de D66-fractie vroegen wat de wijziging doet voor de "
            "grenzen.\n\nDe systematiek blijft ongewijzigd.\n\nDe leden van de D66-fractie vroegen wat dit kost.\n\n"
            "Het terugbrengen bedraagt circa € 36 miljoen.\n")
    doc = parse_text(body, "n.txt", "n.txt", "x")
    assert [q.key for q in doc.questions] == ["q1", "q2"]
    assert doc.answers[1].text == "Het terugbrengen bedraagt circa € 36 miljoen."
    # one such pair is the unnumbered item q0
    one = body[:body.index("De leden van de D66-fractie vroegen wat dit kost.")]
    assert [q.key for q in parse_text(one, "n.txt", "n.txt", "x").questions] == ["q0"]
    # without the sentence that says the questions are answered in turn, no questions are made up
    assert heads(body.replace("In het navolgende ga ik in op de vragen uit het verslag.", "")) == []


def test_a_value_after_its_label_on_a_line_of_its_own():
    found = figures("In 2018 zijn 292 dumpingen aangetroffen.\n\nNoord Nederland: 5\n\nOost Nederland: 49\n\nDe "
                    "aantallen zijn laag.")
    assert set(found) == {"292", "5", "49"}
    # a question number after a colon that opens a sentence is still no figure
    assert "2" not in figures("Zie het volgende:\n2 Welke maatregelen neemt u?")


def test_ages_without_jaar_a_percentage_before_a_month_and_money_withdrawn():
    found = figures("Dat leidt tot onderscheid ten opzichte van de groep jonger dan 65. De netto participatiegraad is "
                    "gedaald van 72,4% naar 72,1% maart 2009. U doelt op de uitname van 300 miljoen zoals aangekondigd.")
    assert set(found) == {"72,4%", "72,1%", "300 miljoen"}
    assert found["300 miljoen"].unit == "EUR"
    # a day of a month is still no figure
    assert "1" not in figures("Dat is op 1 maart 2009 gemeld.")


def test_groot_brittannie_without_its_hyphen():
    from kamergraaf.extract.countries import find_countries
    text = "de gesprekken tussen Eurostar, België, Frankrijk en Groot Brittannië"
    assert [h.iso3 for h in find_countries(text)] == ["BEL", "FRA", "GBR"]
