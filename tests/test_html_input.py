"""HTML input: a page saved from the parliament's or the official publications' site (written here in that
form) reads like its text; scripts and navigation do not leak in; the media type is kept."""

from kamergraaf.extract.htmltext import html_to_text, looks_like_html
from kamergraaf.extract.reader import iter_input_files, read_path

PAGE = """<!DOCTYPE html>
<html lang="nl"><head><title>Aanhangsel</title><script>var menu = "Vraag 99";</script>
<style>p { color: red }</style></head>
<body><nav><ul><li>Home</li><li>Zoeken</li></ul></nav>
<main>
<h1>Antwoord op vragen van het lid De Vries</h1>
<p>Vragen van het lid De Vries (VVD) aan de Minister van Asiel en Migratie over opvang (ingezonden 1 oktober 2030).</p>
<p>Antwoord van Minister Jansen (Asiel en Migratie) (ontvangen 20 oktober 2030).</p>
<h2>Vraag 1</h2>
<p>Hoeveel asielzoekers verbleven op 1 oktober 2030 in COA-locaties?<sup>1</sup></p>
<h2>Antwoord 1</h2>
<p>Op 1 oktober 2030 verbleven er ca.&nbsp;98.500 asielzoekers in de opvang van het COA.</p>
<table><tr><th>Jaar</th><th>Aantal</th></tr><tr><td>2029</td><td>95.000</td></tr></table>
<h2>Vraag 2</h2>
<p>Klopt het dat Syri&euml; het belangrijkste herkomstland is?</p>
<h2>Antwoord 2</h2>
<p>Ja.</p>
</main>
<footer><p>Deze website</p></footer>
</body></html>
"""


def test_html_becomes_lines_of_text():
    text = html_to_text(PAGE)
    assert looks_like_html(PAGE) and not looks_like_html(text)
    assert "var menu" not in text and "color: red" not in text and "Zoeken" not in text
    assert "\nVraag 1\n" in text and "ca. 98.500 asielzoekers" in text and "Syrië" in text
    assert "2029 | 95.000" in text


def test_an_html_file_reads_as_a_document(tmp_path):
    f = tmp_path / "ah-page.html"
    f.write_text(PAGE, encoding="utf-8")
    (doc,) = read_path(f)
    assert doc.media_type == "text/html"
    assert [q.numbers for q in doc.questions] == [(1,), (2,)]
    assert [a.text.split("\n")[0] for a in doc.answers] == [
        "Op 1 oktober 2030 verbleven er ca. 98.500 asielzoekers in de opvang van het COA.", "Ja."]
    for part in doc.questions + doc.answers:
        assert doc.text[part.start:part.end] == part.text
    files, errors = iter_input_files([tmp_path])
    assert files == [f] and not errors


def test_html_without_the_html_suffix_is_recognised(tmp_path):
    f = tmp_path / "saved.txt"
    f.write_text(PAGE, encoding="utf-8")
    (doc,) = read_path(f)
    assert doc.media_type == "text/html" and len(doc.questions) == 2
