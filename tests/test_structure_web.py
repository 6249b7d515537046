"""Question/answer layouts of the parliament's web pages and of openkamer-style pages, written here in the
form those pages print them (texts made up for the test): bare question numbers with blank lines, answers
without an "Antwoord" heading, combined numbers ("1 en 2"), bulleted "• Vraag 1", and metadata lines."""

from kamergraaf.extract.reader import parse_text

LIST_UNLABELLED = """\
36 999 X
Jaarverslag en slotwet Ministerie van Defensie 2030

nr. 17
LIJST VAN VRAGEN EN ANTWOORDEN

Vastgesteld 9 juni 2031

De vaste commissie voor Defensie heeft een aantal vragen voorgelegd aan de minister van Defensie.

De vragen zijn beantwoord bij brief van 9 juni 2031. Vragen en antwoorden zijn hierna afgedrukt.

De voorzitter van de commissie,

Van Dijk

De griffier van de commissie,

De Lange

1 en 2

Hoe groot is het bedrag dat is vrijgekomen?

Waaraan is het geld besteed?

In 2030 is 40 miljoen euro vrijgekomen. Het is aan inhuur besteed.

Daarnaast is 5 miljoen euro naar opleidingen gegaan.

3

Geef een overzicht van de vacatures per krijgsmachtdeel.

Er waren 7211 vacatures.

4

Hoeveel schepen zijn er in onderhoud?
"""

LIST_SINGLE_LINES = """\
36 998 X Vaststelling van de begrotingsstaten van het Ministerie van Defensie (X) voor het jaar 2031
Nr. 20
VERSLAG HOUDENDE EEN LIJST VAN VRAGEN EN ANTWOORDEN
Vastgesteld 29 oktober 2030
De vaste commissie voor Defensie, belast met het voorbereidend onderzoek van dit voorstel
van wet, heeft de eer verslag uit te brengen in de vorm van een lijst van vragen met
de daarop gegeven antwoorden.
De voorzitter van de commissie, Jansen
De adjunct-griffier van de commissie, Manten
Vragen en antwoorden
1
Welke norm hanteert het kabinet? De Nederlandse
berekening of een andere?
Het kabinet hanteert de Nederlandse berekening.
2
Hoeveel procent gaat naar gezamenlijke inkoop?
In 2030 ging 12% naar gezamenlijke inkoop.
"""

BULLETED = """\
Kamervraag 2031Z00001

Het bericht over iets

Ingediend 25 juni 2031
Beantwoord 17 augustus 2031 (na 53 dagen)
Indieners Anna de Vries (VVD), Piet Jansen (SP)
Beantwoord door Jan Klaassen (minister sociale zaken en werkgelegenheid) (CDA)
Bron antwoord https://zoek.officielebekendmakingen.nl/ah-tk-20302031-3098.html
 • Vraag 1
  Kent u het bericht?

  Ja.

 • Vraag 2
  Hoeveel mensen stromen jaarlijks uit? Is dat meer dan vorig jaar?

  In 2030 zijn 6.047 uitkeringen beëindigd.

 • Vraag 3
  Bent u bereid dit te onderzoeken?
"""

QUESTIONS_ONLY = """\
2031Z00002
(ingezonden 20 november 2031)
Vragen van de leden De Vries (VVD) en Jansen (SP) aan de minister van Buitenlandse Zaken over iets.

1.

Bent u bekend met het artikel?

2.

Wat is uw beleid?

Mededeling
De vragen kunnen niet binnen de gebruikelijke termijn worden beantwoord.
"""


def _doc(text):
    return parse_text(text, "web.txt", "web.txt", "0" * 64)


def test_committee_list_without_answer_headings():
    d = _doc(LIST_UNLABELLED)
    assert [q.numbers for q in d.questions] == [(1, 2), (3,), (4,)]
    assert [a.question_keys for a in d.answers] == [("q1-2",), ("q3",)]
    a12 = d.answers[0]
    assert a12.text.startswith("In 2030 is 40 miljoen") and a12.text.endswith("naar opleidingen gegaan.")
    assert d.questions[0].text.startswith("Hoe groot") and d.questions[0].text.endswith("besteed?")
    assert d.answers[1].text == "Er waren 7211 vacatures."
    assert d.meta.kind == "lijst-vragen-antwoorden" and d.meta.official_id == "kst-36999-X-17"
    assert {p.role: p.name for p in d.meta.persons if p.role != "respondent"} == {"chair": "Van Dijk", "clerk": "De Lange"}
    # offsets point at the text
    for part in d.questions + d.answers:
        assert d.text[part.start:part.end] == part.text


def test_committee_list_one_paragraph_per_line():
    d = _doc(LIST_SINGLE_LINES)
    assert [q.numbers for q in d.questions] == [(1,), (2,)]
    assert d.questions[0].text.endswith("of een andere?")
    assert [a.text for a in d.answers] == ["Het kabinet hanteert de Nederlandse berekening.",
                                           "In 2030 ging 12% naar gezamenlijke inkoop."]
    assert {p.role: p.name for p in d.meta.persons if p.role != "respondent"} == {"chair": "Jansen", "clerk": "Manten"}


def test_bulleted_questions_and_page_metadata():
    d = _doc(BULLETED)
    assert [q.numbers for q in d.questions] == [(1,), (2,), (3,)]
    assert [a.text for a in d.answers] == ["Ja.", "In 2030 zijn 6.047 uitkeringen beëindigd."]
    assert d.meta.official_id == "ah-tk-20302031-3098" and d.meta.kind == "aanhangsel"
    askers = [(p.name, p.party) for p in d.meta.persons if p.role == "asker"]
    assert askers == [("Anna de Vries", "VVD"), ("Piet Jansen", "SP")]
    (resp,) = [p for p in d.meta.persons if p.role == "respondent"]
    assert (resp.name, resp.portfolio, resp.title) == ("Jan Klaassen", "Sociale Zaken en Werkgelegenheid", "Minister")


def test_questions_only_document_gets_no_answers():
    d = _doc(QUESTIONS_ONLY)
    assert [q.numbers for q in d.questions] == [(1,), (2,)]
    assert d.answers == ()


def test_kamerstuk_id_from_page_metadata():
    head = "Kamerstuk 34999-XV-3\n\nVerslag houdende een lijst van vragen en antwoorden\n\nID: 34999-XV-3\n\n"
    d = _doc(head + LIST_SINGLE_LINES.split("\n", 1)[1].replace("Nr. 20\n", ""))
    assert d.meta.official_id == "kst-34999-XV-3"
    table = ("Datum publicatie | Organisatie | Vergaderjaar | Dossier- en ondernummer |\n---|---|---|---|\n"
             "Tweede Kamer der Staten-Generaal | 2030-2031 | 36998-XVI nr. 8 |\n")
    d = _doc(table + LIST_SINGLE_LINES.split("\n", 2)[2])
    assert d.meta.official_id == "kst-36998-XVI-8" and d.meta.kind == "lijst-vragen-antwoorden"


LABELLED_UNDER_NUMBER = """\
VERSLAG HOUDENDE EEN LIJST VAN VRAGEN EN ANTWOORDEN
Vastgesteld 1 november 2030
De voorzitter van de commissie, Jansen
De griffier van de commissie, Schukkink

Vragen en antwoorden

1

Vraag:

Hoeveel voertuigen rijden er op rode diesel?

Antwoord:

Naar schatting 14.000 voertuigen.

2

Vraag:

Geef een overzicht van de kosten.

Antwoord:

De kosten bedragen 3 miljoen euro.
"""


def test_number_then_vraag_and_antwoord_labels():
    d = _doc(LABELLED_UNDER_NUMBER)
    assert [(q.key, q.text) for q in d.questions] == [("q1", "Hoeveel voertuigen rijden er op rode diesel?"),
                                                      ("q2", "Geef een overzicht van de kosten.")]
    assert [(a.question_keys, a.text) for a in d.answers] == [(("q1",), "Naar schatting 14.000 voertuigen."),
                                                               (("q2",), "De kosten bedragen 3 miljoen euro.")]


def test_table_column_heads_are_not_an_answer_heading():
    text = LABELLED_UNDER_NUMBER.replace("Vragen en antwoorden\n", "Nr.\n\nVraag\n\nAntwoord\n")
    text = text.replace("Vraag:\n\n", "").replace("Antwoord:\n\n", "")
    d = _doc(text)
    assert [(q.key, q.text) for q in d.questions][:1] == [("q1", "Hoeveel voertuigen rijden er op rode diesel?")]
    assert d.answers[0].question_keys == ("q1",) and d.answers[0].text == "Naar schatting 14.000 voertuigen."


UNNUMBERED_OLD_LIST = """\
Vastgesteld 10 juni 2030
De commissie voor Volksgezondheid heeft over het rapport de navolgende vragen ter beantwoording aan de regering voorgelegd.
Deze vragen, alsmede de daarop op 9 juni 2030 gegeven antwoorden, zijn hieronder afgedrukt.
Welke maatregelen gaat u nemen om de uitvoering van de zorgtoeslag te verbeteren?
De Belastingdienst werkt aan verbetering. Ik houd contact over de voortgang.
Hoe staat het met het terugbetalen van de premie over 2029?
Is dat al afgerond?
Het terugbetalen is in mei afgerond.
Daarbij gaat het om 120.000 verzekerden.
"""


def test_old_list_without_numbers_or_labels():
    d = _doc(UNNUMBERED_OLD_LIST)
    assert d.meta.kind == "lijst-vragen-antwoorden"
    assert [q.text for q in d.questions] == [
        "Welke maatregelen gaat u nemen om de uitvoering van de zorgtoeslag te verbeteren?",
        "Hoe staat het met het terugbetalen van de premie over 2029?\nIs dat al afgerond?"]
    assert [(a.question_keys, a.text.split("\n")[0]) for a in d.answers] == [
        (("q1",), "De Belastingdienst werkt aan verbetering. Ik houd contact over de voortgang."),
        (("q2",), "Het terugbetalen is in mei afgerond.")]


QUESTIONS_PRINTED_TOGETHER = """\
LIJST VAN VRAGEN EN ANTWOORDEN
Vastgesteld 1 juli 2030
De voorzitter van de commissie, Jansen
De griffier van de commissie, Freriks
1.
Hoeveel externen werken er bij de dienst?
6.
Wat kost de inhuur van externen?
Antwoord 1 en 6
Er werken 1.200 externen; dat kost 150 miljoen euro.
2.
Wanneer is de werving klaar?
Antwoord 2
In 2031.
"""


def test_questions_an_answer_heading_combines_are_taken_out_of_sequence():
    d = _doc(QUESTIONS_PRINTED_TOGETHER)
    assert [q.numbers for q in d.questions] == [(1,), (6,), (2,)]
    assert [a.question_keys for a in d.answers] == [("q1", "q6"), ("q2",)]


LISTING_ROW = """\
Het bericht over de prijs van sigaretten |
|
Anna de Vries (PVV) |
|
Piet Jansen (viceminister-president , minister volksgezondheid, welzijn en sport) (CDA) |
|
![]() |
Heeft u kennisgenomen van het bericht «Sigaretten duurder»1
Ja.
Klopt het dat de prijs stijgt? Zo ja, met hoeveel?
De prijs stijgt in 2030 met 2 euro per pakje.
Deelt u de mening dat de keuze aan mensen zelf is?
Nee. Roken is een verslaving.
"""


def test_listing_page_row_with_unnumbered_questions_and_answers():
    d = _doc(LISTING_ROW)
    assert [q.numbers for q in d.questions] == [(1,), (2,), (3,)]
    assert [a.text for a in d.answers] == ["Ja.", "De prijs stijgt in 2030 met 2 euro per pakje.",
                                           "Nee. Roken is een verslaving."]
    assert d.meta.kind == "aanhangsel"
    assert [(p.role, p.name, p.party) for p in d.meta.persons if p.role == "asker"] == [("asker", "Anna de Vries", "PVV")]
    (resp,) = [p for p in d.meta.persons if p.role == "respondent"]
    assert (resp.name, resp.portfolio, resp.title) == ("Piet Jansen", "Volksgezondheid, Welzijn en Sport", "Minister")


def test_listing_row_without_the_respondents_post():
    text = LISTING_ROW.replace("Piet Jansen (viceminister-president , minister volksgezondheid, welzijn en sport) (CDA) |",
                               "Piet Jansen (CDA) |").replace("![]() |", "|\n|")
    d = _doc(text)
    assert [q.numbers for q in d.questions] == [(1,), (2,), (3,)]  # the first question is not skipped
    assert d.questions[0].text.startswith("Heeft u kennisgenomen") and d.answers[0].text == "Ja."
    assert d.meta.kind == "aanhangsel"
    assert [(p.role, p.name, p.party) for p in d.meta.persons] == [("asker", "Anna de Vries", "PVV"),
                                                                  ("respondent", "Piet Jansen", "CDA")]


def test_answer_number_after_the_colon():
    text = LABELLED_UNDER_NUMBER.replace("Antwoord:\n\nNaar", "Antwoord: 1\n\nNaar").replace(
        "Antwoord:\n\nDe kosten", "Antwoord: 2\n\nDe kosten")
    d = _doc(text)
    assert [(a.numbers, a.text) for a in d.answers] == [((1,), "Naar schatting 14.000 voertuigen."),
                                                         ((2,), "De kosten bedragen 3 miljoen euro.")]


def test_listing_row_with_a_single_question():
    text = LISTING_ROW.split("Klopt het")[0]
    d = _doc(text)
    assert [q.numbers for q in d.questions] == [(1,)] and [a.text for a in d.answers] == ["Ja."]
    # an old list of one question-and-answer pair after "hieronder afgedrukt" (real lists print a single question
    # that way): read as question 1; a question without an answer after it is no item
    old = UNNUMBERED_OLD_LIST.split("Hoe staat het")[0]
    d = parse_text(old, "o.txt", "o.txt", "0" * 64, require_questions=False)
    assert [q.numbers for q in d.questions] == [(1,)] and d.answers[0].text.startswith("De Belastingdienst werkt")
    unanswered = old.split("De Belastingdienst")[0]
    assert parse_text(unanswered, "u.txt", "u.txt", "0" * 64, require_questions=False).questions == ()


def test_a_bare_question_number_after_a_full_line_is_not_glued_to_the_answer_before():
    # hard-wrapped at about 90 characters: the last line of answer 1 is nearly full, then the number of question 2
    text = LIST_SINGLE_LINES.replace(
        "Het kabinet hanteert de Nederlandse berekening.\n2\n",
        "Het kabinet hanteert de Nederlandse berekening voor het bepalen van het percentage van de\n"
        "uitgaven, om commerciële en operationele en ook om veiligheidsredenen van verschillende aard.\n2\n")
    d = _doc(text)
    assert [q.numbers for q in d.questions] == [(1,), (2,)]
    assert d.answers[0].text.endswith("veiligheidsredenen van verschillende aard.")
