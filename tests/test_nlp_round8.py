"""Rules of the eighth extraction round: forms that ten unseen documents still used (tests/gold/GUIDELINES.md,
decisions). Sentences as written in questions.csv."""

from kamergraaf.extract.ref_names import document_abbreviations
from kamergraaf.extract.references import find_references


def refs(text, abbrevs=None):
    return {(h.kind, h.identifier) for h in find_references(text, abbrevs)}


def doc_refs(text):
    return refs(text, document_abbreviations(text, find_references))


def test_a_listed_regulation_printed_with_a_glued_comma_and_without_its_last_van():
    text = ("gewogen conform de procedure uit art. 26 Regeling selectie,plaatsing en overplaatsing gedetineerden "
            "(Rspog). De directeur")
    assert refs(text) == {("act", "BWBR0011558"), ("article", "BWBR0011558/artikel/26")}
    assert ("act", "BWBR0011558") in refs("de Regeling selectie, plaatsing en overplaatsing van gedetineerden")
    # a name cut short elsewhere is no act
    assert refs("de Regeling selectie plaatsing") == set()


def test_a_kamerstuk_printed_by_dossier_and_number_alone():
    assert refs("zoals verzocht in de aangenomen motie Ellian (24 587, nr. 969)?") == {("kamerstuk", "kst-24587-969")}
    # a citation with its series name is read once
    hits = find_references("Kamerstuk 36 561, nr. 6, Wijziging")
    assert [(h.identifier, h.label) for h in hits] == [("kst-36561-6", "Kamerstuk 36 561, nr. 6")]
    assert refs("een bedrag van 24 587 euro") == set()


def test_a_named_case_between_two_parties():
    text = "de uitspraak van het Gerechtshof Den Haag in de\nKlimaatzaak tussen Milieudefensie en Shell?1 2"
    assert refs(text) == {("case", "klimaatzaak tussen milieudefensie en shell")}
    # the lower-case description is not a name
    assert refs("over de rechtszaak tussen\nMilieudefensie en Shell (ingezonden 18 november 2024).") == set()


def test_an_eu_act_by_the_initials_of_its_english_name():
    text = ("de verplichtingen die voortkomen uit de Corporate Sustainability Due Diligence(CSDDD) en Corporate "
            "Sustainability Reporting Directive (CSRD), aanvullende wetgeving?\n\nzoals de CSDDD en CSRD?")
    assert doc_refs(text) == {("eu-act", "csddd"), ("eu-act", "csrd")}
    # a Dutch agreement ending in A is no EU act
    assert doc_refs("het Integraal Zorg Akkoord (IZA) en later het IZA") == set()


def test_a_bill_titled_after_the_act_it_amends():
    body = ("het intrekken van\nde Wijzing van de Zorgverzekeringswet in verband met het bevorderen "
            "vanzorgcontractering: « Ik zet mij in")
    note = ("5Kamerstuk 36 561, nr. 6, Wijziging van de Zorgverzekeringswet in verband met het bevorderen\n"
            "van zorgcontractering | Tweede Kamer der Staten-Generaal")
    bill = ("bill", "wijziging van de zorgverzekeringswet in verband met het bevorderen van zorgcontractering")
    for text in (body, note, body + "\n\n" + note):
        assert bill in refs(text) and ("act", "BWBR0018450") in refs(text)
    assert refs(note) == {bill, ("act", "BWBR0018450"), ("kamerstuk", "kst-36561-6")}


def figures(text):
    from kamergraaf.extract.figures import find_figures

    hits, _ = find_figures(text, [], [], 2024)
    return [(text[h.start:h.end], h.value, h.unit, h.period_start, h.period_end) for h in hits]


def test_a_total_over_several_years_and_a_page_footer_number():
    from datetime import date
    from decimal import Decimal

    text = ("Daarom is het ODA-budget niet bijgesteld met EUR 319 miljoen in 2025. Binnen de meerjarenperiode gaat "
            "het om een bijstelling van cumulatief zo’n EUR 2 miljard.")
    assert figures(text) == [("319 miljoen", Decimal("319000000"), "EUR", date(2025, 1, 1), date(2025, 12, 31)),
                             ("2 miljard", Decimal("2000000000"), "EUR", None, None)]
    # without the words of a multi-year total the year of the sentence before applies
    text = "De uitgaven waren EUR 319 miljoen in 2025. Het gaat om een bijstelling van EUR 2 miljard."
    assert figures(text)[1][3:] == (date(2025, 1, 1), date(2025, 12, 31))
    footer = ("geen contact.\n   \nISSN 0921 - 7398’s-Gravenhage 2024Tweede Kamer, vergaderjaar "
              "2024–2025, Aanhangsel 1\nVraag 4\nHoeveel gedetineerden zitten er 21 uur per dag op cel?")
    assert [f[0] for f in figures(footer)] == ["21"]


def test_ministries_with_a_word_run_into_an_inner_en_or_a_following_over():
    from kamergraaf.extract.agencies import find_agencies

    def keys(text):
        return [h.key for h in find_agencies(text)]

    assert keys("aan de Ministers van Economische Zaken en van Klimaaten Groene Groei en de Staatssecretaris van "
                "Infrastructuur en Waterstaat overde faillissementen") == ["EZ", "KGG", "IenW"]
    assert keys("aan\nde Ministers van Asiel en Migratie en van Volksgezondheid, Welzijn en Sportover zorg") == ["AenM", "VWS"]
    # a word that merely ends in "en" or "over" is not a ministry's name word
    assert keys("het klimaaten groene beleid") == []
    assert keys("de Sportover koepel") == []


def test_a_country_run_into_a_capitalised_word_and_an_uninflected_ese_adjective():
    from kamergraaf.extract.countries import find_countries

    def iso(text):
        return [h.iso3 for h in find_countries(text)]

    assert iso("het Welzijn College van het ROC MiddenNederland een verbod") == []
    assert iso("in het kwaliteitsregister van het ZorginstituutNederland, om") == []
    assert iso("de lage prijs van Chineesplastic dat de Europese markt overspoelt") == ["CHN"]
    assert iso("op Chinees grondgebied") == ["CHN"]
    # run into a function word or a country's own two words it still counts
    assert iso("inwoners vanNederland en het VerenigdKoninkrijk") == ["NLD", "GBR"]
