"""A committee list whose questions are headed "Vraag: 1" (the colon before the number), as some web copies of
Kamerstukken print them."""

from kamergraaf.extract.reader import read_path


def _read(tmp_path, text: str, name: str = "lijst.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_path(path)[0]


def _said(doc, item) -> str:
    """The text of a question or answer, stripped."""
    return doc.text[item.start:item.end].strip()


def test_vraag_colon_number_headings(tmp_path):
    text = ("Vastgesteld 4 juni 2015\n"
            "De vaste commissie voor Infrastructuur en Milieu heeft een aantal vragen voorgelegd aan de Minister. "
            "De Minister heeft deze vragen beantwoord bij brief van 2 juni 2015. Vragen en antwoorden zijn hierna "
            "afgedrukt.\n"
            "De voorzitter van de commissie, Jansen\n"
            "De griffier van de commissie, Pieters\n"
            "Vraag: 1\nHoeveel fietsprojecten lopen er?\nAntwoord:\nEr lopen 31 projecten.\n"
            "Vraag: 2\nWat kosten zij?\nAntwoord:\nSamen € 84 miljoen.\n")
    doc = _read(tmp_path, text, "lijst.txt")
    assert [q.numbers for q in doc.questions] == [(1,), (2,)] or [list(q.numbers) for q in doc.questions] == [[1], [2]]
    assert [a.question_keys for a in doc.answers] in ([("q1",), ("q2",)], [["q1"], ["q2"]])
    assert _said(doc, doc.answers[1]) == "Samen € 84 miljoen."


def test_a_question_answer_table_printed_in_markdown(tmp_path):
    text = ("Lijst van vragen en antwoorden over het Jaarverslag 2024\n"
            "De vaste commissie heeft vragen voorgelegd aan de minister. Vragen en antwoorden zijn hierna afgedrukt.\n"
            "Vraag en Antwoord | |\n---|---|\n"
            "1 | Vraag: Hoeveel kilometer weg is aangelegd? Antwoord: In 2024 is 6,1 km weg bijgekomen. |\n"
            "2 | Vraag: Hoeveel bruggen zijn vernieuwd? Antwoord: Er zijn 4 bruggen vernieuwd. |\n")
    doc = _read(tmp_path, text, "tabel.txt")
    assert len(doc.questions) == 2 and len(doc.answers) == 2
    assert _said(doc, doc.questions[1]) == "Hoeveel bruggen zijn vernieuwd?"
    assert _said(doc, doc.answers[0]) == "In 2024 is 6,1 km weg bijgekomen."


def test_a_page_that_opens_with_a_question_and_alternates_answers(tmp_path):
    import pytest

    from kamergraaf.extract.reader import ReadFailure

    text = ("Bent u bekend met het rapport over de wachttijden dat in maart verscheen?\n"
            "Ja.\n"
            "Hoe verklaart u dat de wachttijden in het noorden langer zijn dan elders in het land?\n"
            "De wachttijden hangen samen met het aantal behandelaars in de regio.\n")
    doc = _read(tmp_path, text, "pagina.txt")
    assert [a.question_keys for a in doc.answers] in ([("q1",), ("q2",)], [["q1"], ["q2"]])
    # a letter that asks once and then explains is still no question/answer document
    letter = ("Waarom is dit belangrijk voor de regio en voor de mensen die er wonen?\n"
              "De regio heeft te maken met krimp.\nDaarom investeert het kabinet.\nIk hoop u hiermee te informeren.\n"
              "Wat gaat er nu gebeuren met de plannen van de provincie en de gemeenten?\n")
    with pytest.raises(ReadFailure):
        _read(tmp_path, letter, "brief.txt")


def test_an_unlabelled_answer_after_a_question_line_of_a_wrapped_committee_list(tmp_path):
    text = ("Lijst van vragen en antwoorden over de najaarsnota\n"
            "De vaste commissie voor Defensie heeft een aantal vragen voorgelegd aan de Minister over de najaarsnota.\n"
            "De Minister heeft deze vragen beantwoord bij brief van 3 december 2025. Vragen en antwoorden zijn\n"
            "hierna afgedrukt.\n"
            "1\n"
            "Welke bedragen zijn er in de najaarsnota verschoven tussen de verschillende artikelen van de\n"
            "begroting, en waarom is dat gebeurd?\n"
            "Er is 40 mln. verschoven van artikel 2 naar artikel 6 vanwege vertraagde leveringen van materieel.\n"
            "2\n"
            "Zijn er de laatste vijf jaar bestellingen gedaan bij buitenlandse leveranciers van munitie? Zo\n"
            "ja, kunt u een overzicht geven van datum, bedrag, bedrijf en type systemen van die bestellingen?\n"
            "Defensie heeft in de afgelopen vijf jaar voor ongeveer € 2,1 miljard besteld bij die leveranciers.\n")
    doc = _read(tmp_path, text, "lijst.txt")
    assert len(doc.answers) == 2
    assert _said(doc, doc.answers[1]).startswith("Defensie heeft")
    assert _said(doc, doc.questions[1]).endswith("van die bestellingen?")


def test_a_letter_answering_numbered_questions_without_answer_labels(tmp_path):
    text = ("Beantwoording feitelijke vragen begroting 2019\n\n"
            "Hierbij doe ik u de antwoorden toekomen op de feitelijke vragen over de begroting.\n\n"
            "1. Wanneer worden de uitkomsten van de stresstests naar de Kamer gestuurd?\n\n"
            "De uitkomsten komen in 2019. Daarvoor is 20 miljoen euro gereserveerd.\n\n"
            "2. Hoeveel gemeenten doen mee?\n\n"
            "Alle gemeenten doen mee.\n")
    doc = _read(tmp_path, text, "brief.txt")
    assert [a.question_keys for a in doc.answers] in ([("q1",), ("q2",)], [["q1"], ["q2"]])
    assert _said(doc, doc.answers[0]).startswith("De uitkomsten komen")


def test_a_listing_question_that_asks_without_a_question_mark(tmp_path):
    text = ("Een verzoek uit januari |\n|\nAnna de Boer , Piet Jansen |\n|\nEls Smit (minister algemene zaken) (VVD) |\n|\n"
            "Klopt het dat u twee jaar geleden een verzoek ontvangen heeft met de volgende strekking: alle versies van "
            "de brief.\n"
            "Ja, dit verzoek is op 18 januari 2021 ingediend.\n"
            "Kunt u aangeven hoe u met dit verzoek bent omgegaan?\n"
            "Bijgevoegd is een tijdlijn per ministerie.\n")
    doc = _read(tmp_path, text, "lijst.txt")
    assert len(doc.questions) == 2
    assert _said(doc, doc.answers[0]).startswith("Ja, dit verzoek")


def test_a_number_and_its_question_on_one_line(tmp_path):
    text = ("Lijst van vragen en antwoorden over de suppletoire begroting\n"
            "De vaste commissie heeft vragen voorgelegd aan de minister. Vragen en antwoorden zijn hierna afgedrukt.\n"
            "1 Kunt u toelichten hoe de onderbesteding van € 650 miljoen is ontstaan?\n"
            "De onderbesteding komt door vertraging van projecten.\n"
            "2 Welke projecten zijn vertraagd?\n"
            "Het gaat om drie projecten.\n")
    doc = _read(tmp_path, text, "lijst.txt")
    assert len(doc.questions) == 2 and len(doc.answers) == 2


def test_a_committee_list_page_that_lost_its_first_question(tmp_path):
    text = ("Vastgesteld 9 november 2010\n"
            "De vaste commissie, belast met het voorbereidend onderzoek van dit wetsvoorstel, heeft de eer verslag uit "
            "te brengen in de vorm van\n"
            "De vragen zijn beantwoord door de minister.\n"
            "De voorzitter van de commissie,\nDe Roon\nDe griffier van de commissie,\nNava\n"
            "2\nWanneer zal het voorstel voor een adolescentenstrafrecht gereed zijn?\n"
            "Het kabinet bereidt een voorstel voor.\n"
            "3\nHoeveel jongeren vallen eronder?\nHet gaat om ongeveer 40.000 jongeren.\n")
    doc = _read(tmp_path, text)
    assert [q.numbers for q in doc.questions] in ([(2,), (3,)], [[2], [3]])
    assert len(doc.answers) == 2


def test_written_answers_to_one_unnumbered_question(tmp_path):
    text = ("Schriftelijke antwoorden op vragen gesteld tijdens de begrotingsbehandeling\n\n"
            "Vraag:\nHoeveel geld gaat er naar het onderhoud van bruggen?\n\n"
            "Antwoord:\nIn 2025 gaat er ongeveer 200 miljoen euro naar het onderhoud van bruggen.\n")
    doc = _read(tmp_path, text)
    assert [q.key for q in doc.questions] == ["q0"]
    assert _said(doc, doc.answers[0]).startswith("In 2025 gaat")


def test_several_unnumbered_question_answer_pairs_and_a_flattened_page_with_plain_answer_headings(tmp_path):
    text = ("Schriftelijke antwoorden\n\nVraag:\nHoeveel kost de brug?\n\nAntwoord:\nDe brug kost 12 miljoen euro.\n\n"
            "Vraag:\nWanneer is hij klaar?\n\nAntwoord:\nIn 2027.\n")
    doc = _read(tmp_path, text)
    assert [q.key for q in doc.questions] == ["q1", "q2"]
    assert [a.question_keys for a in doc.answers] in ([("q1",), ("q2",)], [["q1"], ["q2"]])
    flat = ("Pagina 1 van 90 Vragen/Antwoorden bij het jaarverslag Vraag 1 Wat heeft de maatregel opgeleverd? "
            "Antwoord: De besparing loopt op tot € 200 miljoen. Vraag 2 Zijn er nog mensen met een indicatie? "
            "Antwoord: Ja, het gaat om 5.500 mensen.")
    doc = _read(tmp_path, flat, "plat.txt")
    assert [q.key for q in doc.questions] == ["q1", "q2"] and len(doc.answers) == 2


def test_numbers_followed_by_the_addressees(tmp_path):
    text = ("Lijst van vragen en antwoorden over de begroting\n"
            "De vragen zijn voorgelegd aan de Minister en Staatssecretaris. Vragen en antwoorden zijn hierna "
            "afgedrukt.\n"
            "1. M,S\nWat is de totale omvang van de problematiek?\nDe omvang is € 462 miljoen per jaar.\n"
            "2. M\nHoeveel is er bezuinigd?\nEr is € 1 miljard bezuinigd.\n")
    doc = _read(tmp_path, text)
    assert [q.key for q in doc.questions] == ["q1", "q2"] and len(doc.answers) == 2
    assert _said(doc, doc.questions[0]) == "Wat is de totale omvang van de problematiek?"


def test_a_markdown_list_whose_questions_all_print_one(tmp_path):
    text = ("Antwoord op vragen van de leden Jansen en Pieters over het artikel over koopkracht\n\n"
            "Antwoord van minister Bakker (Sociale Zaken en Werkgelegenheid) (ontvangen 10 december 2025)\n\n"
            "  1. Kunt u bevestigen dat de cijfers kloppen? 1\n\nDe cijfers zijn afkomstig van het CBS.\n\n"
            "  1. Wat vindt u van de ontwikkeling van de koopkracht van gepensioneerden? Graag een toelichting.\n\n"
            "De cijfers laten een lagere ontwikkeling zien.\n")
    doc = _read(tmp_path, text, "ah.txt")
    assert [q.key for q in doc.questions] == ["q1", "q2"]
    assert _said(doc, doc.answers[1]) == "De cijfers laten een lagere ontwikkeling zien."
    # a list that numbers its questions 1 and 2 keeps its own numbers
    doc = _read(tmp_path, text.replace("  1. Wat", "  2. Wat"), "ah2.txt")
    assert [q.key for q in doc.questions] == ["q1", "q2"]


def test_a_list_of_one_question_printed_without_number_or_label(tmp_path):
    text = ("Vastgesteld 12 juni 2008\nDe vaste commissie voor Sociale Zaken en Werkgelegenheid heeft over het rapport "
            "de navolgende vragen ter beantwoording aan de regering voorgelegd.\nDeze vragen, alsmede de daarop bij "
            "brief van 12 juni 2008 gegeven antwoorden, zijn hieronder afgedrukt.\nWaarom werd in 2007 slechts bij 29% "
            "van de gevallen binnen de termijn besloten?\nDoordat de inspectie meer overtredingen aantrof dan geraamd.\n")
    doc = _read(tmp_path, text, "lijst1.txt")
    assert [q.key for q in doc.questions] == ["q1"] and _said(doc, doc.answers[0]).startswith("Doordat")
    text = ("Vastgesteld 11 november\nDe vaste commissie heeft de eer verslag uit te brengen in de vorm van een lijst "
            "van vragen met de daarop gegeven antwoorden.\nDe vragen zijn beantwoord door de minister.\n"
            "Deelt u de mening dat bereikbaarheid een randvoorwaarde is?\nBereikbaarheid is meer dan dat.\n")
    doc = _read(tmp_path, text, "lijst2.txt")
    assert [q.key for q in doc.questions] == ["q1"] and _said(doc, doc.answers[0]) == "Bereikbaarheid is meer dan dat."


def test_a_ministers_letter_that_prints_each_question_and_its_answer_under_the_same_number(tmp_path):
    text = ("Ministerie van Verkeer en Waterstaat\n\nGeachte voorzitter,\n\nHiermee beantwoord ik de vragen die uw "
            "vaste commissie heeft gesteld.\n\n1. Is het waar dat het beschermingsniveau per 2015 niet haalbaar is?\n\n"
            "1. Op basis van de uitgangspunten is het maatregelpakket vastgesteld.\n\n2. Wat kost het?\n\n"
            "2. Het kost € 40 miljoen.\n")
    doc = _read(tmp_path, text, "brief.txt")
    assert [q.key for q in doc.questions] == ["q1", "q2"]
    assert [a.question_keys for a in doc.answers] in ([("q1",), ("q2",)], [["q1"], ["q2"]])
    assert _said(doc, doc.answers[1]).endswith("Het kost € 40 miljoen.")
