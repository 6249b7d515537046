"""Rules of the thirty-first extraction round: drawn from the nineteenth series of unseen pages after it was
scored. The texts are written for these tests in the form of the pages they stand for (tests/gold/GUIDELINES.md,
"Thirty-seventh round")."""

from kamergraaf.extract.figures import find_figures
from kamergraaf.extract.reader import parse_text
from rule_helpers import refs as found_refs

HEAD = """Ingediend | 9 september 2021 |
---|---|
Beantwoord | 11 oktober 2021 (na 32 dagen) |
Indiener | Jan Jansen (FVD) |
Beantwoord door | Piet de Vries (staatssecretaris justitie en veiligheid) (VVD) |
Bron vraag | https://zoek.officielebekendmakingen.nl/kv-tk-2021Z15202.html |
Bron antwoord | https://zoek.officielebekendmakingen.nl/ah-tk-20212022-261.html |
"""


def answers(doc):
    return [(a.numbers, doc.text[a.start:a.end][:25]) for a in doc.answers]


def test_an_answers_only_page_keeps_a_table_printed_a_cell_per_line_in_its_answer():
    text = HEAD + ("In de tabel hieronder staat het aantal eerste asielaanvragen per maand van 2021.\nJan\nfeb\nMrt\n"
                   "Afghaanse\n30\n40\n80\nBron: Open Data Migratieketen. Alle cijfers zijn afgerond op tientallen.\n"
                   "Ja\nNee, die inschatting kan niet worden gemaakt.\n")
    doc = parse_text(text, "answers.txt", "answers.txt", "0" * 64)
    assert answers(doc) == [((1,), "In de tabel hieronder sta"), ((2,), "Ja"), ((3,), "Nee, die inschatting kan ")]
    assert "Bron: Open Data" in doc.text[doc.answers[0].start:doc.answers[0].end]


def test_a_members_question_reported_in_a_debates_written_answers():
    text = ("Nr. 29 BRIEF VAN DE STAATSSECRETARIS VAN VEILIGHEID EN JUSTITIE\n\nHierbij bied ik u de beantwoording aan.\n\n"
            "BEANTWOORDING VAN VRAGEN DIE IN DE EERSTE TERMIJN VAN DE KAMER ZIJN GESTELD\n\nAlgemeen\n\nDe heer Marcouch "
            "vraagt wat er anno nu eigenlijk tegen een dubbele nationaliteit is.\n\nHet beperken van meervoudige "
            "nationaliteit is een van de doelstellingen van de Rijkswet.\n")
    doc = parse_text(text, "brief.txt", "brief.txt", "0" * 64)
    assert [doc.text[q.start:q.end][:20] for q in doc.questions] == ["De heer Marcouch vra"]
    assert [doc.text[a.start:a.end][:20] for a in doc.answers] == ["Het beperken van mee"]


def test_een_kleine_is_approximate():
    text = "In 2010 zijn bij 127 zaken een kleine 600 onderbetaalden aangetroffen."
    hits, _ = find_figures(text, [], [])
    assert {text[h.start:h.end]: h.approximate for h in hits} == {"127": False, "600": True}


def test_a_scheme_name_ends_at_its_bracket_its_abbreviation_skips_the_head_word_and_wet_op_with_two_nouns():
    def refs(text):
        return found_refs(text, abbreviations=True)

    found = refs("In het rapport over de Subsidieregeling milieukwaliteit elektriciteitsproductie (MEP) staat dat de "
                 "MEP duur is.")
    assert {r[2] for r in found} == {"Subsidieregeling milieukwaliteit elektriciteitsproductie", "MEP"}
    assert {r[1] for r in found} == {"subsidieregeling milieukwaliteit elektriciteitsproductie"}
    assert refs("Onder de Wet op het Nederlanderschap en het ingezetenschap van 1892 gold dit.") == \
        [("act", "wet op het nederlanderschap en het ingezetenschap", "Wet op het Nederlanderschap en het ingezetenschap")]
    assert ("act", "wet op het nederlanderschap", "Wet op het Nederlanderschap") in \
        refs("Zowel de Wet op het Nederlanderschap en de Vreemdelingenwet gelden.")


def test_questions_listed_and_then_repeated_each_with_its_answer():
    text = ("Kamervragen van het lid Thieme aan de ministers van VWS en LNV over Q-koorts\n\n"
            " 1. Kent u het bericht 'Mest is niet de enige verspreidingsbron'?\n"
            " 2. Welke andere maatregelen gaat u nemen?\n"
            " 3. Deelt u de mening dat de risico's zwaar moeten wegen?\n\n"
            "Antwoorden op kamervragen van het Kamerlid Thieme over Q-koorts\n\n"
            " 1. Kent u het bericht 'Mest is niet de enige verspreidingsbron'?\n\n  Ja.\n\n"
            " 2. Welke andere maatregelen gaat u nemen?\n\n  Er komt een vaccinatieprogramma.\n")
    doc = parse_text(text, "thieme.txt", "thieme.txt", "0" * 64)
    assert [(q.numbers, doc.text[q.start:q.end][:12]) for q in doc.questions] == \
        [((1,), "Kent u het b"), ((2,), "Welke andere"), ((3,), "Deelt u de m")]
    assert [(a.numbers, doc.text[a.start:a.end]) for a in doc.answers] == \
        [((1,), "Ja."), ((2,), "Er komt een vaccinatieprogramma.")]
