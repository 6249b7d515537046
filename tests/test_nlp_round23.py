"""Rules of the twenty-third extraction round: drawn from the leftovers of the earlier series of unseen pages,
written before the fourteenth series was scored. The texts are written for these tests in the form of the pages
they stand for (tests/gold/GUIDELINES.md, "Twenty-ninth round")."""

from kamergraaf.extract.reader import read_path
from kamergraaf.extract.references import find_references


def refs(text):
    return sorted((r.kind, r.identifier) for r in find_references(text))


def test_eu_before_a_lower_case_regulation_is_part_of_its_name():
    assert refs("onder andere ten behoeve van implementatie EU meststoffenverordening en de Versterkte Handhaving") == [
        ("eu-act", "eu meststoffenverordening")]
    assert refs("in de Europese meststoffenverordening") == [("eu-act", "europese meststoffenverordening")]
    assert refs("de meststoffenverordening geldt") == [("eu-act", "meststoffenverordening")]


def test_line_break_tags_left_in_a_text_file_do_not_hide_its_questions(tmp_path):
    lines = ["Vragen van de leden van de VVD-fractie", "1.",
             "Vindt de regering dat iedereen die in een", "uitkering zit en die kan werken, ook aan het werk gaat?",
             "Antwoord", "Het kabinet vindt dat iedereen die kan werken, niet van een", "uitkering afhankelijk hoort te zijn.",
             "2.", "Is er een grote rol voor de betrokkenen zelf?", "Antwoord", "Mensen zijn primair zelf verantwoordelijk."]
    path = tmp_path / "so.txt"
    path.write_text("\n\n".join(line + "<br />" for line in lines) + "\n", encoding="utf-8")
    (doc,) = read_path(path)
    assert [q.numbers for q in doc.questions] == [(1,), (2,)]
    assert "<br" not in doc.text
    answer = doc.text[doc.answers[0].start:doc.answers[0].end]
    assert "kan werken, niet van een" in answer and "uitkering afhankelijk hoort te zijn." in answer
    # one tag in a text that quotes HTML is left as it is
    assert "<br />" in read_path(_write(tmp_path, "Vraag 1\nWat is <br />?\nAntwoord 1\nEen tag.\n"))[0].text


def _write(tmp_path, text):
    path = tmp_path / "one.txt"
    path.write_text(text, encoding="utf-8")
    return path
