"""Rules of the seventh extraction round: forms that unseen documents still used (tests/gold/GUIDELINES.md,
decisions). Sentences as written in questions.csv."""

from kamergraaf.extract.ref_names import document_abbreviations
from kamergraaf.extract.references import find_references


def refs(text, abbrevs=None):
    return {(h.kind, h.identifier) for h in find_references(text, abbrevs)}


def doc_refs(text):
    return refs(text, document_abbreviations(text, find_references))


def test_eu_acts_named_by_an_abbreviation_the_document_explains():
    text = ("Nu de CSRD (rapportagewetgeving) en de CSDDD (ketenzorgplichtwet) een feit zijn, ziet u de rol van "
            "vakbonden?\n\nHet ligt in de lijn der verwachting dat de CSRD en de CSDDD prikkels bieden.")
    assert doc_refs(text) == {("eu-act", "csrd"), ("eu-act", "csddd")}
    later = text.split("\n\n")[1]
    hits = find_references(later, document_abbreviations(text, find_references))
    assert {(h.kind, h.identifier, later[h.start:h.end]) for h in hits} == {
        ("eu-act", "csrd", "CSRD"), ("eu-act", "csddd", "CSDDD")}
    # an explanation that names no legislation, or an abbreviation of another form, is not an act
    assert doc_refs("de NVWA (toezichthouder) en de CSRD (verslag)") == set()
    assert doc_refs("het UWV (uitkeringswet) en de CBS (statistiekwet)") == set()
    # without the explanation an abbreviation stays unread
    assert doc_refs("de CSRD en de CSDDD") == set()


def test_treaties_named_before_a_separate_head_word():
    assert refs("blijft aan het Non-Proliferatie Verdrag.") == {("treaty", "non-proliferatie verdrag")}
    assert refs("sprak over het BoedapestMemorandum, dat") == {("treaty", "boedapest memorandum")}
    assert refs("sprak over het Boedapest Memorandum.") == {("treaty", "boedapest memorandum")}
    # an ordinal or a sentence start is not a name word; a name that goes on after the head word is
    # left to the rules for the full name
    assert ("treaty", "vierde verdrag") not in refs("onder het Vierde Verdrag van Genève betreffende de bescherming")
    assert refs("Het Verdrag werd gesloten.") == set()
    assert refs("de Noord-Atlantische Verdragsorganisatie (NAVO)") == set()


def test_the_un_charter_by_its_prefix_and_later_by_its_bare_name():
    text = "een schending van het VN Handvest is. Hij veroordeelt de schendingen van hetHandvest. Ook"
    hits = find_references(text, document_abbreviations(text, find_references))
    assert {(h.identifier, text[h.start:h.end]) for h in hits} == {("handvest", "VN Handvest"), ("handvest", "Handvest")}
    # the EU Charter stays its own treaty, and a bare name alone is not read
    assert refs("het Handvest van de grondrechten van de Europese Unie") == {
        ("treaty", "handvest van de grondrechten van de europese unie")}
    assert doc_refs("de schendingen van het Handvest") == set()


def test_a_regeling_named_with_capitals_outside_the_2017_list():
    text = "zoals de Regeling Bevordering Schone Wegvoertuigen, subsidies voor"
    assert refs(text) == {("act", "regeling bevordering schone wegvoertuigen")}
    assert refs("de Regeling Zo werd besloten") == set()
