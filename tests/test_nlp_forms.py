"""Rules of the sixth extraction round: references by the FORM of their name or citation, for names and
citations no gazetteer lists (tests/gold/GUIDELINES.md, decisions). Sentences as written in questions.csv."""

from kamergraaf.extract.ref_names import document_abbreviations
from kamergraaf.extract.references import find_references


def refs(text, abbrevs=None):
    return {(h.kind, h.identifier) for h in find_references(text, abbrevs)}


def test_kamerstuk_citations_of_several_dossiers():
    text = "deels te voorkomen (Kamerstuk-ken 23 645, nr. 811 en 29 984, nr. 1207). Daarnaast"
    assert refs(text) == {("kamerstuk", "kst-23645-811"), ("kamerstuk", "kst-29984-1207")}
    assert refs("Kamerstuk 23 645, nr. 811; 29 984, nrs. 1207 en 1208") == {
        ("kamerstuk", "kst-23645-811"), ("kamerstuk", "kst-29984-1207"), ("kamerstuk", "kst-29984-1208")}
    # a plain further number is still one of the same dossier
    assert refs("Kamerstuk 23 645, nrs. 811 en 812") == {("kamerstuk", "kst-23645-811"), ("kamerstuk", "kst-23645-812")}


def test_aanhangsel_cited_as_kamervragen():
    assert refs("2 Kamervragen (Aanhangsel) 2023–2024, nr. 2267") == {("aanhangsel", "ah-tk-20232024-2267")}


def test_act_name_variants_articles_numbered_per_chapter_and_paragraphs_in_brackets():
    text = ("Op grond van artikel 3.17 Wet financieel toezicht, in verband met artikel 143 (lid 1) van de "
            "Pensioenwet en artikel 18 besluit FTK en artikel 14 BuPw,arbeidstijdenwet")
    assert refs(text) == {
        ("act", "BWBR0020368"), ("article", "BWBR0020368/artikel/3:17"),
        ("act", "BWBR0020809"), ("article", "BWBR0020809/artikel/143"),
        ("act", "BWBR0020871"), ("article", "BWBR0020871/artikel/18"),
        ("act", "BWBR0020892"), ("article", "BWBR0020892/artikel/14"),
        ("act", "BWBR0007671")}
    # an act whose articles are numbered with a dot keeps the dot
    assert ("article", "BWBR0020809/artikel/1.2") in refs("artikel 1.2 van de Pensioenwet")
    # a lower-case name of fewer than four words needs its capital; a longer one is the act (forty-first round)
    assert refs("de wet financieel toezicht") == set()
    assert refs("de wet op het financieel toezicht") == {("act", "BWBR0020368")}


def test_acts_and_treaties_by_the_form_of_their_name():
    assert refs("hoge kosten VvE’s door Gasketelwet», de brief") == {("act", "gasketelwet")}
    assert refs("Het wetsvoorstel Cyberweerbaarheidswet komt") == {("bill", "cyberweerbaarheidswet")}
    text = ("2 In het bijzonder het VN-Zeerechtverdrag (UNCLOS) en het Internationaal Verdrag voor de beveiliging van "
            "mensenlevens op zee 1974 (SOLAS) en het Internationaal Verdrag inzakeopsporing en redding op zee 1979.")
    assert refs(text) == {("treaty", "zeerechtverdrag"), ("treaty", "solas"),
                          ("treaty", "internationaal verdrag inzake opsporing en redding op zee")}
    # a gazetteer name wins over the form; plurals and compounds of the word are no names
    assert refs("het Turks Associatieverdrag") == {("treaty", "turks associatieverdrag")}
    assert refs("de EU-verdragen en de wetgeving") == set()


def test_named_acts_outside_the_2017_list():
    assert refs("In de Wtp staat vastgelegd") == {("act", "BWBR0048328")}
    assert refs("artikel 20 Besluit prudentiële regels en") == {
        ("act", "besluit prudentiële regels wft"), ("article", "besluit prudentiële regels wft/artikel/20")}
    text = "Met ingang van 2025 zal ook de Digital Operational Resilience Act (DORA) van kracht worden. DORA stelt eisen"
    abbrevs = document_abbreviations(text, find_references)
    assert refs(text, abbrevs) == {("eu-act", "dora")}


def test_bills_named_with_a_connector_and_names_a_document_uses_again():
    text = ("nadat de fixusinstrumenten uit deWet internationalisering in balans beschikbaar komen. De toets uit "
            "hetwetsvoorstel Wet internationalisering in balans. Ik wil")
    names = document_abbreviations(text, find_references)
    assert refs(text, names) == {("bill", "wet internationalisering in balans")}
    # no punctuation after the words past the connector: the name stops before it
    assert refs("het wetsvoorstel Wet internationalisering in de Kamer besproken") == {
        ("bill", "wet internationalisering")}
    # a one-word act name close to a bill the document names is that bill
    text = ("Het wetsvoorstel Cyberbeveiligingswet komt naar de Kamer. Welke voorzieningen staan er in de "
            "Cyberveiligheidswet die nog naar de Kamer komt?")
    names = document_abbreviations(text, find_references)
    assert refs(text, names) == {("bill", "cyberbeveiligingswet")}


def test_english_eu_acts_and_their_articles():
    text = ("in het kader van artikel 16 van de Digital Services Act (DSA), welke eisen stelt, en artikel 20 van de "
            "DSA,dat platforms verplicht. Artikelen 74 en\n76 van de DSA geven de Commissie een bevoegdheid.")
    names = document_abbreviations(text, find_references)
    assert refs(text, names) == {("eu-act", "digital services act")} | {
        ("article", f"digital services act/artikel/{n}") for n in (16, 20, 74, 76)}
    text = "de Cyber Resilience Act (CRA) en later de CRA."
    names = document_abbreviations(text, find_references)
    hits = [h for h in find_references(text, names) if h.kind == "eu-act"]
    assert {h.identifier for h in hits} == {"cyber resilience act"} and len(hits) >= 2


def test_an_article_in_brackets_is_one_of_the_act_named_before_it():
    text = ("De DSA verbiedt ook niet dat een platform gebruik maakt van geautomatiseerde middelen. Maar als dat "
            "gebeurt dan moet het platform dat benoemen (artikel 17). Degebruiker heeft vervolgens het recht")
    names = {"DSA": document_abbreviations("de Digital Services Act (DSA)", find_references)["DSA"]}
    assert ("article", "digital services act/artikel/17") in refs(text, names)
    # no act before it in the paragraph: no article
    assert refs("De DSA geldt.\n\nHet platform moet dat benoemen (artikel 17).", names) == {
        ("eu-act", "digital services act")}


def figures(text):
    from kamergraaf.extract.figures import find_figures
    hits, _ = find_figures(text, [], [])
    return [(text[h.start:h.end], h.value, h.unit, h.approximate) for h in hits]


def test_cents_currency_codes_and_numbers_a_lost_space_glued_to_a_word():
    from decimal import Decimal
    got = figures("leidt naar verwachting tot eenprijsstijging van benzine en diesel van 11 à 12 cent per liter.")
    assert [(t, v, u) for t, v, u, _ in got] == [("11", Decimal("0.11"), "EUR"), ("12", Decimal("0.12"), "EUR")]
    assert figures("gefinancierd met ca. EUR 57 miljoen sinds 2017.") == [("57 miljoen", Decimal(57000000), "EUR", True)]
    got = figures("In het verslag vermeldt TikTok160 Nederlandstalige inhoudsmoderatoren. Meta had in totaal96 "
                  "Nederlandstalige moderatoren. Zoals gezegd had TikTok 160Nederlandstalige inhoudsmoderatoren.")
    assert [(t, u) for t, _, u, _ in got] == [("160", "persons"), ("96", "persons"), ("160", "persons")]
    # a small number glued to a word before a bare count stays out (a footnote marker more often than not)
    assert figures("volgens het rapport3 aanvragen van de gemeente") == []


def test_durations_stated_as_limits_or_conditions_are_not_figures():
    assert figures("Geplande nacht- en weekend-stremmingen van maximaal 48 uur blijven mogelijk.") == []
    assert figures("Na indiening staat er inbeginsel 12 maanden voor de beoordeling van een klacht.") == []
    assert figures("Als meer informatie nodig is, kan het langer dan 12maanden duren.") == []
    assert [t for t, *_ in figures("De beoordeling duurde gemiddeld 12 maanden.")] == ["12"]
