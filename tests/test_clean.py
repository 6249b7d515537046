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
