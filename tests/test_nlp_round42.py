"""Rules of the forty-second extraction round, drawn from the twenty-seventh unseen series (tests/gold/GUIDELINES.md,
"Forty-eighth round"): Aanhangsels a PDF-to-Markdown converter made, a PDF text whose footnote marker stands at the
start of a line after an article number, and names the series printed. The texts are written for these tests in the
form such documents print."""

from kamergraaf.extract.evaluate import predicted_items
from kamergraaf.extract.nlp import analyse
from kamergraaf.extract.textfile import looks_like_pdf_markdown, unmark_pdf_markdown
from rule_helpers import agencies, countries, figures, items, read
from rule_helpers import refs as found_refs


def refs(text: str) -> set[tuple[str, str]]:
    return {(k, i) for k, i, _ in found_refs(text, abbreviations=True)}


# Two pages as a converter prints them: the masthead's page number as a heading, bold titles, superscript markers in
# brackets ("[1 ]", "[2 3 ]"), the notes at each page's foot, the running footer, and a rule between the pages.
MARKDOWN = """# 2

#### Vergaderjaar 2023–2024 Aanhangsel van de Handelingen

**Vragen gesteld door de leden der Kamer, met de daarop door de**
**regering gegeven antwoorden**

### 512

Vragen van het lid De Vries (VVD) aan de Minister van Buitenlandse Zaken over de steun aan Moldavië
(ingezonden 4 maart 2024).

Antwoord van Minister De Groot (Buitenlandse Zaken) (ontvangen 2 april 2024).

Vraag 1
Bent u bekend met het bericht «Moldavië vraagt om hulp»[1 ]?

Antwoord 1
Ja. Het kabinet verwijst naar de brief van 1 maart 2024[2 3 ] over de steun aan Moldavië.

1 NRC, 3 maart 2024, «Moldavië vraagt om hulp».

2 Kamerstuk 21 501-02, nr. 2801.
3 Kamerstuk 36 410, nr. 52.

h tk 20232024 512

-----

Vraag 2
Hoeveel steun heeft Nederland gegeven met het 12[e ] steunpakket?

Antwoord 2
Nederland heeft 7 miljoen euro bijgedragen[4 ].

4 Kamerstuk 21 501-20, nr. 1999.

-----
"""


def _items(tmp_path, text):
    doc = read(tmp_path, text)
    return doc, predicted_items(doc, analyse(doc))


def test_markdown_a_converter_made_from_an_aanhangsel_pdf_reads_like_the_pdf(tmp_path):
    assert looks_like_pdf_markdown(MARKDOWN)
    doc, got = _items(tmp_path, MARKDOWN)
    assert [(k, n) for k, n, _ in items(doc)] == [("Q", (1,)), ("Q", (2,)), ("A", (1,)), ("A", (2,))]
    # each note's reference goes to the item whose text holds its marker; the markers, the page number heading
    # and the running footer are no figures
    assert set(got[1]["references"]) == {("kamerstuk", "kst-21501-02-2801"), ("kamerstuk", "kst-36410-52")}
    assert set(got[2]["references"]) == {("kamerstuk", "kst-21501-20-1999")}
    assert [f["text"] for f in got[2]["figures"]] == ["7 miljoen"]
    assert not any(it.get("figures") for k, it in got.items() if k != 2)
    # the cleaned text has no Markdown marks, markers or rules left
    assert "**" not in doc.text and "[1" not in doc.text and "-----" not in doc.text and "# " not in doc.text
    assert "12e steunpakket" in doc.text


def test_only_pdf_made_markdown_is_changed():
    plain = "Vraag 1\nHoeveel?\n\nAntwoord 1\nDat zijn er 40 [1].\n\n[1] Bron: CBS.\n"
    assert not looks_like_pdf_markdown(plain) and unmark_pdf_markdown(plain) == plain
    # a number opening a paragraph is a note only when its marker stood before it, at the foot of the page
    text = "# Titel\n\nVraag 1\nHoeveel?[1 ]\n\n2 vragen bleven open.\n\nAntwoord 1\nVeertig.\n\n1 Bron: CBS.\n\n-----\n"
    out = unmark_pdf_markdown(text)
    assert "\n2 vragen bleven open." in out and "[1] Bron: CBS." in out


def test_a_footnote_marker_is_not_the_last_part_of_an_article_number(tmp_path):
    # the PDF's superscript "4" went to the start of the next line; "artikel 5.4" in an earlier answer is no marker
    text = ("Vragen van het lid Bos (GL) aan de Minister voor Natuur en Stikstof (ingezonden 1 juli 2023).\n\n"
            "Antwoord van Minister Van Dijk (Natuur en Stikstof) (ontvangen 1 september 2023).\n\n"
            "Vraag 1\nKunnen vergunningen worden ingetrokken?\n\nAntwoord 1\n"
            "De Wet natuurbescherming kent artikel 5.4 om vergunningen in te trekken.\n\n"
            "Vraag 2\nIs dat eerder gevraagd?\n\nAntwoord 2\nZoals gezegd in de antwoorden op vragen van het lid Bos\n"
            "4 is dat niet vergelijkbaar.\n"
            "4Aanhangsel Handelingen, vergaderjaar 2022–2023, nr. 844.\n"
            "Tweede Kamer, vergaderjaar 2022–2023, Aanhangsel 2\n")
    doc, got = _items(tmp_path, text)
    assert ("aanhangsel", "ah-tk-20222023-844") in got[2]["references"]
    assert ("aanhangsel", "ah-tk-20222023-844") not in got[1]["references"]
    assert "artikel 5.4 om" in doc.text


def test_a_foreign_minister_named_with_the_adjective_of_the_state_is_no_dutch_ministry():
    assert agencies("De Armeense Minister van Buitenlandse Zaken wordt uitgenodigd.") == []
    assert agencies("de Franse staatssecretaris van Defensie") == []
    assert agencies("de Nederlandse Minister van Buitenlandse Zaken") == [("Buitenlandse Zaken", "BZ")]


def test_the_constituent_countries_of_the_united_kingdom_are_gbr():
    assert countries("een instrument afkomstig uit Engeland") == [("Engeland", "GBR")]
    assert countries("de Schotse regering en Noord-Ierland") == [("Schotse", "GBR"), ("Noord-Ierland", "GBR")]
    assert countries("de Engelandvaarders") == []


def test_the_european_peace_facility_and_its_abbreviation():
    assert refs("Steun onder de Europese Vredesfaciliteit (EPF) wordt verkend. Later volgt meer EPF-steun.") == \
        {("eu-act", "europese vredesfaciliteit")}


def test_a_reference_code_is_no_figure_and_an_acronym_ruling_with_a_space_is_a_case():
    assert figures("Zie kenmerk 3628105–1050416-CZ.") == {}
    assert refs("Uit de PAS uitspraak volgt dat een vergunning nodig is.") == {("case", "pas-uitspraak")}
    assert refs("Na de HR uitspraak is dat anders.") == set()
