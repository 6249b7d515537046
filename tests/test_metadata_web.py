"""Committee-list headers as the parliament's web pages print them: the dossier line above the title, the
chair and clerk on consecutive lines, the minister capitalised and the letter date after "bij brief van"."""

from kamergraaf.extract.reader import parse_text

BUDGET_LIST = """\
36 999 XVII Vaststelling van de begrotingsstaat van een ministerie voor het jaar 2024
Nr. 4
VERSLAG HOUDENDE EEN LIJST VAN VRAGEN EN ANTWOORDEN
Vastgesteld 3 oktober 2024
De vaste commissie voor Buitenlandse Handel en Ontwikkelingssamenwerking, belast met
het voorbereidend onderzoek van dit voorstel van wet, heeft de eer verslag uit te
brengen in de vorm van een lijst van vragen met de daarop gegeven antwoorden.
De vragen zijn op 20 september 2024 voorgelegd aan de Minister voor Buitenlandse Handel
en Ontwikkelingssamenwerking. Bij brief van 2 oktober 2024 zijn ze door de Minister
beantwoord.
De voorzitter van de commissie, De Vries
De griffier van de commissie, Meijers
Vragen en antwoorden
1
Hoeveel projecten stoppen in 2025?
Antwoord:
Het gaat om 14 projecten.
"""

LETTER_LIST = """\
31 999 Verbetering van iets
Nr. 12 LIJST VAN VRAGEN EN ANTWOORDEN
Vastgesteld 15 september 2022
De vaste commissie voor Rijksuitgaven heeft een aantal vragen voorgelegd aan de Minister
van Financiën over de brief van 13 april 2022 inzake de begroting
(Kamerstuk 31 999, nr. 7).
De Minister heeft deze vragen beantwoord bij brief van 12 september 2022.
De voorzitter van de commissie, Sneller
De griffier van de commissie, Schukkink
Vraag 1
Hoeveel declaraties waren er?
Antwoord op vraag 1:
In 2021 ging het om 1.234 declaraties.
"""


def _meta(text: str):
    return parse_text(text, "web.txt", "web.txt", "0" * 64).meta


def test_dossier_line_and_number_give_the_kamerstuk_id():
    assert _meta(BUDGET_LIST).official_id == "kst-36999-XVII-4"
    assert _meta(LETTER_LIST).official_id == "kst-31999-12"


def test_chair_stops_before_the_clerk_line():
    persons = {p.role: p.name for p in _meta(BUDGET_LIST).persons}
    assert persons["chair"] == "De Vries"
    assert persons["clerk"] == "Meijers"


def test_capitalised_minister_and_letter_date():
    m = _meta(BUDGET_LIST)
    respondents = [p for p in m.persons if p.role == "respondent"]
    assert [r.portfolio for r in respondents] == ["voor Buitenlandse Handel en Ontwikkelingssamenwerking"]
    assert str(m.date_received) == "2024-10-02"
    m = _meta(LETTER_LIST)
    assert [p.portfolio for p in m.persons if p.role == "respondent"] == ["Financiën"]
    assert str(m.date_received) == "2022-09-12"


def test_letter_the_list_is_about():
    assert _meta(LETTER_LIST).referenced_id == "31999-7"


def test_ministers_and_a_staatssecretaris_are_separate_respondents():
    text = BUDGET_LIST.replace(
        "voorgelegd aan de Minister voor Buitenlandse Handel\nen Ontwikkelingssamenwerking.",
        "voorgelegd aan de Ministers van Volksgezondheid, Welzijn en Sport en voor Langdurige Zorg en Sport en de\n"
        "Staatssecretaris van Volksgezondheid, Welzijn en Sport.")
    got = [(p.title, p.portfolio) for p in _meta(text).persons if p.role == "respondent"]
    assert got == [("Minister", "Volksgezondheid, Welzijn en Sport"), ("Minister", "voor Langdurige Zorg en Sport"),
                   ("Staatssecretaris", "Volksgezondheid, Welzijn en Sport")]


def test_the_lists_own_number_is_not_the_number_of_the_letter_it_cites():
    text = LETTER_LIST.replace("Nr. 12 LIJST VAN VRAGEN EN ANTWOORDEN\n", "LIJST VAN VRAGEN EN ANTWOORDEN\n").replace(
        "(Kamerstuk 31 999, nr. 7).", "(Kamerstuk 31 999 VI, nr. 7).")
    m = _meta(text)
    assert m.official_id is None and m.number is None and m.referenced_id == "31999-VI-7"


def test_own_id_from_a_kamerstukdossier_line():
    text = "Onderdeel van kamerstukdossier 36999 VI-9 Jaarverslag en slotwet 2030 .\n" + LETTER_LIST.replace(
        "Nr. 12 LIJST", "LIJST")
    assert _meta(text).official_id == "kst-36999-VI-9"


def test_aanhangsel_number_from_the_flattened_publication_table():
    text = ("Aanhangsel van de Handelingen\n\nDatum publicatieOrganisatieVergaderjaarNummerDatum ontvangst\n"
            "Tweede Kamer der Staten-Generaal2030-20311704\n\n"
            "Vragen van het lid De Vries (VVD) aan de Minister van Asiel en Migratie over opvang (ingezonden 1 mei 2031).\n\n"
            "Antwoord van Minister Jansen (Asiel en Migratie) (ontvangen 20 mei 2031).\n\n"
            "Vraag 1\nHoeveel?\n\nAntwoord 1\nVeel.\n")
    m = _meta(text)
    assert (m.official_id, m.number, m.vergaderjaar, m.kind) == ("ah-tk-20302031-1704", "1704", "2030-2031", "aanhangsel")


def test_a_clerk_name_after_a_blank_line_is_whole():
    text = BUDGET_LIST.replace("De griffier van de commissie, Meijers\n", "De griffier van de commissie,\n\nDe Lange\n\n")
    people = {p.role: p.name for p in _meta(text).persons}
    assert people["clerk"] == "De Lange"
    assert people["chair"] == "De Vries"


LISTING = """\
Een gat in de begroting |
|
Anna de Boer (VVD), Piet Jansen (D66), Karel van der Veen (CDA) |
|
Els Smit (minister defensie) (VVD) |
|
Kunt u bevestigen dat het budget is verschoven?
Ja, dat klopt.
"""


def test_a_listing_row_of_several_askers_with_parties():
    people = [(p.name, p.role, p.party) for p in _meta(LISTING).persons]
    assert people == [("Anna de Boer", "asker", "VVD"), ("Piet Jansen", "asker", "D66"),
                      ("Karel van der Veen", "asker", "CDA"), ("Els Smit", "respondent", "VVD")]


def test_a_listing_row_of_askers_without_parties_and_two_respondents():
    text = LISTING.replace("Anna de Boer (VVD), Piet Jansen (D66), Karel van der Veen (CDA) |",
                           "Anna de Boer , Piet Jansen |").replace(
        "Els Smit (minister defensie) (VVD) |", "Bakker , Els Smit (staatssecretaris defensie) (VVD) |")
    people = [(p.name, p.role, p.party) for p in _meta(text).persons]
    assert people == [("Anna de Boer", "asker", None), ("Piet Jansen", "asker", None), ("Bakker", "respondent", None),
                      ("Els Smit", "respondent", "VVD")]
    smit = next(p for p in _meta(text).persons if p.name == "Els Smit")
    assert (smit.title, smit.portfolio) == ("Staatssecretaris", "Defensie")
