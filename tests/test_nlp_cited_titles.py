"""Numbers in what footnotes cite are not figures (tests/gold/GUIDELINES.md): the title of a web page ("... | NWO"),
an English date in a title, a standard's number ("ISO 27001"); and an Aanhangsel reference printed without "nr.".
The lines are footnotes and the header of corpus/aanhangsel-pdf/1c0f765c (Aanhangsel 2023-2024 nr. 1178)."""

from kamergraaf.extract.agencies import find_agencies
from kamergraaf.extract.figures import find_figures
from kamergraaf.extract.references import find_references

FOOTNOTES = ("6 Zie met name ISO 27001 en ISO 27002; ISO staat voor Internationale Organisatie voor standaardisatie\n"
             "11 10 miljoen euro toegekend voor het oplossen van vraagstukken over cybersecurity | NWO\n"
             "12 Post-Quantum Cryptography Conference – November 7 and 8, 2023 – Amsterdam (NL) | PKI Consortium\n")


def figure_texts(text: str) -> list[str]:
    return [text[f.start:f.end] for f in find_figures(text, find_agencies(text), [])[0]]


def test_cited_titles_dates_and_standard_numbers_are_not_figures():
    assert figure_texts(FOOTNOTES) == []


def test_the_same_amounts_in_a_sentence_are_figures():
    text = ("NWO heeft 10 miljoen euro toegekend voor het oplossen van vraagstukken over cybersecurity.\n"
            "Binnen dit programma lopen 2 onderzoeken op het vlak van cryptografie | zie de bijlage voor de lijst.\n")
    assert figure_texts(text)[:1] == ["10 miljoen"]
    assert "7" in figure_texts("Op 1 november waren 7 locaties open.\n")


def test_an_aanhangsel_reference_without_nr():
    text = "(ontvangen 7 maart 2024). Zie ook Aanhangsel Handelingen, vergaderjaar 2023–2024, 1028\n\nVraag 1\n"
    assert [(h.kind, h.identifier) for h in find_references(text)] == [("aanhangsel", "ah-tk-20232024-1028")]
    dated = "Aanhangsel Handelingen, vergaderjaar 2023–2024, 12 maart"
    assert [h for h in find_references(dated) if h.kind == "aanhangsel"] == []


def test_an_ecli_broken_at_a_line_end_and_a_one_letter_court():
    text = "1Afdeling Militaire Ambtenarenkamer Rechtbank Den Haag, 21 febuari 2023, ECLI:NL-\n:RBDHA:2023:2055\n"
    cleaned = "1 Afdeling Militaire Ambtenarenkamer Rechtbank Den Haag, 21 febuari 2023, ECLI:NL-:RBDHA:2023:2055\n"
    assert [h.identifier for h in find_references(cleaned)] == ["ECLI:NL:RBDHA:2023:2055"]
    assert [(h.kind, h.identifier) for h in find_references(text)] == [("case", "ECLI:NL:RBDHA:2023:2055")]
    assert [h.identifier for h in find_references("het arrest ECLI:EU:C:2019:1 van het Hof")] == ["ECLI:EU:C:2019:1"]
