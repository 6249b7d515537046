"""Rules of the twenty-first extraction round (drawn from the tenth series of unseen pages after it was scored). The
texts are written for these tests in the form of the pages they stand for (tests/gold/GUIDELINES.md)."""

from kamergraaf.extract.nlp import analyse
from kamergraaf.extract.reader import parse_text
from kamergraaf.graph.rdf import document_graph
from kamergraaf.graph.validate import gate
from kamergraaf.settings import Settings

# an openkamer kamervraag page in its table layout that prints only the answers, one paragraph each
ANSWERS_ONLY = """Ingediend | 3 maart 2017 |
---|---|
Beantwoord | 24 maart 2017 (na 21 dagen) |
Indiener | Jan Jansen (SP) |
Beantwoord door | Piet de Vries (minister infrastructuur en milieu) (VVD) |
Onderwerpen | verkeer |
Bron vraag | https://zoek.officielebekendmakingen.nl/kv-tk-2017Z03030.html |
Bron antwoord | https://zoek.officielebekendmakingen.nl/ah-tk-20162017-1200.html |
Ja, ik ken het bericht.
De sluis heeft in 2016 12 storingen gehad. Zie ook mijn brief (34 550-A-20).
Zie het antwoord op vraag 2.
"""


def test_a_page_that_prints_only_the_answers_is_read_one_answer_per_paragraph():
    doc = parse_text(ANSWERS_ONLY, "answers.txt", "answers.txt", "0" * 64)
    assert [q.numbers for q in doc.questions] == [(1,), (2,), (3,)]
    assert all(q.text == "" for q in doc.questions)
    assert [a.question_keys for a in doc.answers] == [("q1",), ("q2",), ("q3",)]
    assert doc.answers[1].text.startswith("De sluis heeft in 2016 12 storingen")
    assert any("not printed" in w for w in doc.warnings)
    assert doc.meta.official_id == "ah-tk-20162017-1200"
    analysis = analyse(doc)
    figures = [(doc.text[f.start:f.end], f.container) for f in analysis.figures]
    assert figures == [("12", "a2")]
    refs = {(m.kind, m.key) for m in analysis.mentions if m.kind == "kamerstuk"}
    assert ("kamerstuk", "kst-34550-A-20") in refs
    conforms, text, _ = gate(document_graph(doc, analysis, Settings()))
    assert conforms, text


def test_a_table_page_that_prints_its_questions_is_not_read_as_answers_only():
    asking = ANSWERS_ONLY.replace("Ja, ik ken het bericht.", "Kent u het bericht over de sluis?")
    doc = parse_text(asking, "qa.txt", "qa.txt", "0" * 64, require_questions=False)
    assert not any("not printed" in w for w in doc.warnings)
    assert not any(q.text == "" and q.numbers == (1,) for q in doc.questions)
