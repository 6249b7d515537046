"""Character repairs and line-end hyphens, on fragments taken from the real files."""

from kamergraaf.extract.clean import fix_mojibake, line_end_hyphen, repair


def test_mojibake_repaired_only_where_suspicious():
    assert fix_mojibake("Tot en met 31 maart 2023 zijn er 50 LPâ€™s afgegeven.") == \
        "Tot en met 31 maart 2023 zijn er 50 LP’s afgegeven."
    assert fix_mojibake("geëindigd, Fryslân, € 431,6mln") == "geëindigd, Fryslân, € 431,6mln"


def test_spacing_diacritics_become_composed_letters():
    assert repair("Yes¸ilgöz") == "Yeşilgöz"
    assert repair("Kostic´ (PvdD)") == "Kostić (PvdD)"
    assert repair("a\u0308") == "ä"


def test_line_end_hyphens():
    assert line_end_hyphen("directeurenni-", "veau") == "join"
    assert line_end_hyphen("naar de EU-", "minimumstandaarden") == "keep"
    assert line_end_hyphen("het EU Asiel-", "en migratiepact") == "space"
    assert line_end_hyphen("asielprocedure/-", "verleden") == "keep"
    assert line_end_hyphen("Noord-", "Holland") == "keep"
    assert line_end_hyphen("https://www.example.nl/opheldering-over-", "rekeninggluren/") == "keep"
    assert line_end_hyphen("peildatum 20 oktober 2025-", "COA") == "none"
    assert line_end_hyphen("geen afbreekstreepje", "hier") == "none"


def test_line_end_hyphen_after_a_lower_case_abbreviation_is_kept():
    # seed 001, question 11: "noodopvang en amv-" / "plekken?"
    assert line_end_hyphen("uitgesplitst naar reguliere plekken, noodopvang en amv-", "plekken?") == "keep"
    assert line_end_hyphen("de wachtlijsten in de ggz-", "instellingen") == "keep"  # no vowel: no syllable
    assert line_end_hyphen("het verlaagde btw-", "tarief") == "keep"
    assert line_end_hyphen("een mbo-", "instelling") == "keep"
    # syllables of names and words are still joined (lines of the sample PDFs)
    assert line_end_hyphen("in het rapport van de Universi-", "teit Twente") == "join"
    assert line_end_hyphen("enige tientallen Neder-", "landers") == "join"
    assert line_end_hyphen("het gaat om wo-", "ningen") == "join"


def test_abbreviation_compound_in_the_cleaned_seed():
    from pathlib import Path

    from kamergraaf.extract.reader import read_path
    (doc,) = read_path(Path(__file__).resolve().parent.parent / "corpus" / "seeds" / "001_b211def904ce3f85.txt")
    q11 = next(q for q in doc.questions if q.numbers == (11,))
    assert q11.text.endswith("noodopvang en amv-plekken?")
