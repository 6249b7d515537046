"""Rules of the forty-first extraction round: citation forms and layouts common in Dutch government answers that
no gold document held yet, written out and checked one by one (tests/gold/GUIDELINES.md, "Forty-seventh round").
The texts are written for these tests in the form such documents print."""

from rule_helpers import agencies, countries, figures, items, read
from rule_helpers import refs as found_refs


def refs(text: str) -> set[tuple[str, str]]:
    return {(k, i) for k, i, _ in found_refs(text, abbreviations=True)}


HEADER = ("Vragen van het lid Jansen (PVV) aan de minister van Asiel en Migratie over de opvang in Ter Apel "
          "(ingezonden 3 oktober 2024).\n\nAntwoord van minister Faber (Asiel en Migratie) (ontvangen 1 november 2024).\n\n")


def test_an_eu_court_case_number_where_the_sentence_names_the_court_or_a_judgment():
    assert refs("Het Hof van Justitie heeft in het arrest van 1 augustus 2022 (C-720/20) bepaald dat dit niet mag.") \
        == {("case", "C-720/20")}
    # a non-breaking hyphen, as EU sources print the number; the identifier has the plain one
    assert refs("In zaak C\u2011808/18 (Commissie/Hongarije) oordeelde het Hof anders.") == {("case", "C-808/18")}
    assert refs("Zie de arresten in de zaken C-1/20 en C-2/20.") == {("case", "C-1/20"), ("case", "C-2/20")}
    # the same form without a court or judgment in the sentence is no case
    assert refs("Het voertuig van categorie C-1/20 is zwaar.") == set()


def test_eu_regulations_named_by_a_hyphenated_compound_and_by_their_dutch_titles():
    assert refs("De Europese Commissie verwacht dat de Eurodac-verordening in 2026 van toepassing wordt.") == \
        {("eu-act", "eurodac-verordening")}
    # the Pact's regulations by the Dutch names the government prints: the CELEX design/CONTEXT.md gives
    assert refs("De Verordening asiel- en migratiebeheer (AMMR) vervangt de Dublinverordening.") == \
        {("eu-act", "32024R1351"), ("eu-act", "32013R0604")}
    assert refs("De Asielprocedureverordening (APR) gaat in juni 2026 in.") == {("eu-act", "32024R1348")}
    assert refs("De Europese Commissie heeft de Richtlijn hernieuwbare energie herzien.") == \
        {("eu-act", "richtlijn hernieuwbare energie")}
    assert refs("Platforms vallen onder de Verordening digitale diensten.") == {("eu-act", "digital services act")}


def test_treaties_by_their_short_names_and_a_treaty_name_ends_before_a_date_or_participle():
    assert refs("Nederland heeft het VN-Verdrag inzake de rechten van personen met een handicap in 2016 geratificeerd.") \
        == {("treaty", "verdrag inzake de rechten van personen met een handicap")}
    assert refs("Het VN-verdrag Handicap geldt ook voor gemeenten.") == \
        {("treaty", "verdrag inzake de rechten van personen met een handicap")}
    assert refs("Dat volgt uit artikel 4, derde lid, VEU en de Schengenuitvoeringsovereenkomst.") == \
        {("treaty", "verdrag betreffende de europese unie"), ("article", "verdrag betreffende de europese unie/artikel/4"),
         ("treaty", "schengenuitvoeringsovereenkomst")}


def test_an_act_named_in_lower_case_words_ends_before_a_verb_in_the_past_tense_too():
    assert refs("De Wet herziening partneralimentatie trad in 2020 in werking.") == \
        {("act", "wet herziening partneralimentatie")}
    assert refs("Sinds de Wet vaste huurcontracten ging dat anders.") == {("act", "wet vaste huurcontracten")}
    assert refs("De Wet vaste huurcontracten ligt bij de Eerste Kamer.") == {("act", "wet vaste huurcontracten")}


def test_answers_headed_ad_and_a_number(tmp_path):
    doc = read(tmp_path, HEADER.replace("\n\nAntwoord van", "\n\n1. Hoeveel asielzoekers verbleven in Ter Apel?\n"
                                        "2. Hoeveel waren minderjarig?\n\nAntwoord van")
               + "Ad 1.\nOp 1 oktober 2024 verbleven 2.100 asielzoekers in Ter Apel.\n\nAd 2.\nDat waren er 310.\n")
    answers = [(n, t) for kind, n, t in items(doc) if kind == "A"]
    assert answers == [((1,), "Op 1 oktober 2024 verbleven 2."), ((2,), "Dat waren er 310.")]


def test_question_headings_with_nr_or_a_closing_bracket(tmp_path):
    for q, a in (("Vraag nr. {}", "Antwoord op vraag nr. {}"), ("Vraag {})", "Antwoord {})")):
        text = HEADER + "".join(f"{q.format(n)}\n{body}?\n\n{a.format(n)}\nDat waren er {n * 100}.\n\n"
                                for n, body in ((1, "Hoeveel asielzoekers verbleven in Ter Apel"),
                                                (2, "Hoeveel waren minderjarig")))
        doc = read(tmp_path, text)
        assert [(kind, n) for kind, n, _ in items(doc)] == [("Q", (1,)), ("Q", (2,)), ("A", (1,)), ("A", (2,))], q
        assert [t for kind, _, t in items(doc) if kind == "A"] == ["Dat waren er 100.", "Dat waren er 200."], q


def test_acts_renamed_or_enacted_after_the_2017_list_by_the_id_a_public_source_pairs_with_their_name():
    # renamed since the list: the list holds the id under the old name ("drank- en horecawet", "tabakswet")
    assert refs("De Alcoholwet en de Tabaks- en rookwarenwet zijn aangescherpt.") == \
        {("act", "BWBR0002458"), ("act", "BWBR0004302")}
    assert refs("Dat staat in de Wet op het primair onderwijs (WPO).") == {("act", "BWBR0003420")}
    # enacted after the list
    assert refs("Zorgaanbieders vallen onder de Wkkgz en de Wtza.") == {("act", "BWBR0037173"), ("act", "BWBR0043797")}
    assert refs("Artikel 2 van de Tijdelijke wet Groningen is van toepassing.") == \
        {("act", "BWBR0043252"), ("article", "BWBR0043252/artikel/2")}
    # a bill that became such an act stays the bill where a sentence calls it a wetsvoorstel
    assert refs("Het wetsvoorstel Wet toetreding zorgaanbieders ligt bij de Kamer.") == \
        {("bill", "wet toetreding zorgaanbieders")}


def test_a_framework_decision_and_an_eu_act_named_in_brackets_after_its_number():
    assert refs("Het Kaderbesluit 2002/584/JBZ regelt het Europees aanhoudingsbevel.") == {("eu-act", "32002F0584")}
    # the name in brackets after the number is that act in the whole document, not the list's act by name
    assert refs("Conform Richtlijn 2013/33/EU (de Opvangrichtlijn) wordt opvang geboden. De Opvangrichtlijn eist dat.") \
        == {("eu-act", "32013L0033")}
    assert refs("Verordening (EU) 2016/399 (Schengengrenscode) geldt. De Schengengrenscode staat dat toe.") == \
        {("eu-act", "32016R0399")}
    # a name in brackets with a word of its own before it is not defined as that number
    assert refs("Richtlijn (EU) 2024/1346 (herziene Opvangrichtlijn) geldt.") == \
        {("eu-act", "32024L1346"), ("eu-act", "opvangrichtlijn")}


def test_nationalities_by_the_plural_noun_and_adjectives_of_compound_country_names():
    assert countries("Peruanen, Tadzjieken, Kirgiezen, Sri Lankanen en Koeweiters vroegen asiel aan.") == \
        [("Peruanen", "PER"), ("Tadzjieken", "TJK"), ("Kirgiezen", "KGZ"), ("Sri Lankanen", "LKA"), ("Koeweiters", "KWT")]
    # the adjective of a compound name is that state, not the one its last part names
    assert countries("Guinese, Equatoriaal-Guinese en Guinee-Bissause burgers.") == \
        [("Guinese", "GIN"), ("Equatoriaal-Guinese", "GNQ"), ("Guinee-Bissause", "GNB")]


def test_buza_is_the_ministry_of_foreign_affairs():
    assert agencies("Volgens BuZa en de BuZa-medewerkers ter plaatse.") == [("BuZa", "BZ"), ("BuZa", "BZ")]


def test_a_kind_of_act_whose_name_goes_on_after_it_is_no_act_by_its_first_word():
    # the listed acts of that kind keep their ids
    assert refs("De Penitentiaire beginselenwet en de Kaderwet zelfstandige bestuursorganen gelden.") == \
        {("act", "BWBR0009709"), ("act", "BWBR0020495")}
    # not "beginselenwet" or "uitvoeringswet" as an act of their own
    assert ("act", "uitvoeringswet") not in refs("De Uitvoeringswet Verordening (EU) 2016/679 is ook wel de UAVG.")
    assert not any(i == "beginselenwet" for _, i in refs("Het verlof staat in de Beginselenwet justitiële jeugdinrichtingen."))


def test_articles_with_aanhef_en_onder_and_the_short_forms_vw_and_gw():
    assert refs("Op grond van artikel 31, tweede lid, aanhef en onder c, Vw 2000 is de aanvraag afgewezen.") == \
        {("act", "BWBR0011823"), ("article", "BWBR0011823/artikel/31")}
    assert refs("Zie artikel 29, eerste lid, aanhef en onder a en b, van de Vreemdelingenwet 2000.") == \
        {("act", "BWBR0011823"), ("article", "BWBR0011823/artikel/29")}
    assert refs("Uitzetting blijft achterwege op grond van artikel 64 Vw en art. 1 Gw.") == \
        {("act", "BWBR0011823"), ("article", "BWBR0011823/artikel/64"), ("act", "BWBR0001840"),
         ("article", "BWBR0001840/artikel/1")}


def test_kamerstukken_with_a_thousands_point_in_the_dossier_or_by_their_identifier_in_a_sentence():
    assert refs("Zie Kamerstuk 19.637, nr. 3100.") == {("kamerstuk", "kst-19637-3100")}
    assert refs("Zie kst-36410-XVI-12 en kst-36410-A-3.") == {("kamerstuk", "kst-36410-XVI-12"),
                                                            ("kamerstuk", "kst-36410-A-3")}
    # inside a web address the identifier is part of the address, not a citation
    assert refs("Zie https://zoek.officielebekendmakingen.nl/kst-36334-5.html voor de tekst.") == set()


def test_acts_the_trimmed_2017_list_lacks_by_the_id_a_public_source_pairs_with_their_name():
    assert refs("Dit volgt uit de Wet justitiële en strafvorderlijke gegevens (Wjsg).") == {("act", "BWBR0014194")}
    assert refs("Het verlof staat in de Beginselenwet justitiële jeugdinrichtingen.") == {("act", "BWBR0011756")}
    # the list holds two acts named "spoorwegwet" (of 1875 and of 2003): the current one
    assert refs("De Spoorwegwet en de Tracéwet zijn van toepassing.") == {("act", "BWBR0015007"), ("act", "BWBR0006147")}
    # the list holds the id under the act's earlier title (huursubsidiewet)
    assert refs("De Wet op de huurtoeslag is per 2020 gewijzigd.") == {("act", "BWBR0008659")}


def test_english_names_of_listed_treaties_and_eu_acts_and_european_charters_by_their_title():
    assert refs("Under the European Convention on Human Rights and the Refugee Convention.") == \
        {("treaty", "evrm"), ("treaty", "vluchtelingenverdrag")}
    assert refs("The GDPR and the Dublin Regulation apply.") == {("eu-act", "32016R0679"), ("eu-act", "32013R0604")}
    assert refs("De AI Act en de Data Act gelden ook.") == {("eu-act", "ai-verordening"), ("eu-act", "data act")}
    assert refs("Het Europees Handvest voor regionale talen of talen van minderheden is geratificeerd.") == \
        {("treaty", "europees handvest voor regionale talen of talen van minderheden")}


def test_agencies_by_their_english_names():
    assert agencies("The Immigration and Naturalisation Service and the Central Agency for the Reception of Asylum "
                    "Seekers.") == [("Immigration and Naturalisation Service", "IND"),
                                    ("Central Agency for the Reception of Asylum Seekers", "COA")]
    assert agencies("Statistics Netherlands reported it to the Ministry of Justice and Security.") == \
        [("Statistics Netherlands", "CBS"), ("Ministry of Justice and Security", "JenV")]


def test_sub_questions_with_a_letter_are_one_item_under_their_number(tmp_path):
    doc = read(tmp_path, HEADER + "Vraag 1a\nHoeveel asielzoekers verbleven in Ter Apel?\nAntwoord 1a\nDat waren er 2.100.\n"
               "Vraag 1b\nHoeveel waren minderjarig?\nAntwoord 1b\nDat waren er 310.\nVraag 2\nKunt u dat toelichten?\n"
               "Antwoord 2\nJa.\n")
    assert [(kind, n) for kind, n, _ in items(doc)] == [("Q", (1,)), ("Q", (2,)), ("A", (1,)), ("A", (2,))]
    # nothing of the second part is lost: it stays with the item of its number
    (first,) = [a for a in doc.answers if a.numbers == (1,)]
    assert "Dat waren er 310." in doc.text[first.start:first.end]


def test_a_dash_after_the_heading_number_sets_the_text_off(tmp_path):
    doc = read(tmp_path, HEADER + "Vraag 1 – Hoeveel asielzoekers verbleven in Ter Apel?\nAntwoord 1 – Dat waren er 2.100.\n"
               "Vraag 2 – Hoeveel waren minderjarig?\nAntwoord 2 – 310.\n")
    assert [(kind, n, t) for kind, n, t in items(doc) if kind == "A"] == \
        [("A", (1,), "Dat waren er 2.100."), ("A", (2,), "310.")]
    # a range of numbers stays a range
    doc = read(tmp_path, HEADER + "Vraag 1 - 3\nHoeveel?\nAntwoord 1 - 3\nVeel.\nVraag 4\nEn?\nAntwoord 4\nJa.\n")
    assert [n for kind, n, _ in items(doc) if kind == "A"] == [(1, 2, 3), (4,)]


def test_a_span_of_years_after_vanaf_and_the_last_calendar_year():
    (f,) = figures("Vanaf 2022 t/m 2024 zijn 1.200 aanvragen ingediend.", 2024).values()
    assert (str(f.period_start), str(f.period_end)) == ("2022-01-01", "2024-12-31")
    (f,) = figures("In het afgelopen kalenderjaar zijn 1.200 aanvragen ingediend.", 2024).values()
    assert (str(f.period_start), str(f.period_end)) == ("2023-01-01", "2023-12-31")
    # "vanaf" and one year alone gives no period: a rule's start ("zou ... bedragen vanaf 2026"), not a count's
    (f,) = figures("Vanaf 2022 zijn 1.200 aanvragen ingediend.", 2024).values()
    assert f.period_start is None


def test_units_of_area_energy_and_per_mille():
    got = {k: h.unit for k, h in figures("In 2023 is 12 GWh opgewekt op 5.000 m2 dak en 1.200 vierkante meter grond, bij "
                                          "3 promille uitval, 700 kW vermogen en 2.900 kWh per huishouden.", 2024).items()}
    assert got == {"12": "GWh", "5.000": "m2", "1.200": "m2", "3": "permille", "700": "kW", "2.900": "kWh"}
    # every unit the rules give is a concept of the ontology's unit scheme (a figure with another unit would fail SHACL)
    from kamergraaf.extract.figure_units import _UNIT_ORDER
    from kamergraaf.graph.namespaces import UNIT_LABELS
    assert set(_UNIT_ORDER) <= set(UNIT_LABELS)


def test_agency_spellings_of_migration_bodies():
    assert agencies("De Dienst Terugkeer & Vertrek, het Coa, NIDOS en het Europees Ondersteuningsbureau voor "
                    "asielzaken.") == [("Dienst Terugkeer & Vertrek", "DTenV"), ("Coa", "COA"), ("NIDOS", "Nidos"),
                                       ("Europees Ondersteuningsbureau voor asielzaken", "EUAA")]
    # the aliens police is a part of the police, as the regiopolitie is
    assert agencies("De vreemdelingenpolitie nam de vingerafdrukken af.") == [("vreemdelingenpolitie", "Politie")]
    assert agencies("Een coalitie van cacaoboeren.") == []


def test_regulations_by_the_id_a_public_source_pairs_with_their_name():
    assert refs("Op grond van de Regeling verstrekkingen asielzoekers en andere categorieën vreemdelingen 2005 "
                "(Rva 2005) krijgen zij leefgeld.") == {("act", "BWBR0017959")}
    assert refs("Het Besluit kwaliteit leefomgeving (Bkl) en het Besluit inburgering 2021 gelden.") == \
        {("act", "BWBR0041313"), ("act", "BWBR0045555")}
    # the short forms of the Omgevingswet's decrees are names only where a document defines them
    assert refs("De Bal is een feestje.") == set()


def test_the_vreemdelingencirculaire_by_its_part_or_by_name():
    assert refs("Dit staat in de Vreemdelingencirculaire 2000 (B).") == {("act", "BWBR0012289")}
    assert refs("Zie paragraaf C2/3.2 van de Vreemdelingencirculaire 2000 en de Vc 2000.") == \
        {("act", "vreemdelingencirculaire 2000")}


def test_a_hyphenated_eu_directive_name_of_two_words_is_read_whole():
    assert refs("De herziene Single Permit-richtlijn geldt in de EU.") == {("eu-act", "single permit-richtlijn")}
    # the migration acquis by its Dutch names, also where the paragraph does not name the EU; one name per act
    assert refs("De Eurodac-verordening en de Screeningsverordening gaan in juni 2026 in.") == \
        {("eu-act", "eurodac-verordening"), ("eu-act", "screeningsverordening")}
    assert refs("De Blue Card-richtlijn, ook wel de Blauwekaartrichtlijn.") == {("eu-act", "blauwekaartrichtlijn")}


def test_a_heading_with_a_remark_in_brackets(tmp_path):
    doc = read(tmp_path, HEADER + "Vraag 12 (blz. 5)\nHoeveel asielzoekers verbleven in Ter Apel?\nAntwoord\n"
               "Dat waren er 2.100.\nVraag 13 (blz. 6)\nHoeveel waren minderjarig?\nAntwoord\n310.\n")
    assert [(kind, n) for kind, n, _ in items(doc)] == [("Q", (12,)), ("Q", (13,)), ("A", (12,)), ("A", (13,))]


def test_a_country_run_into_the_function_word_after_it():
    assert countries("Hoe werken Nederland en de EU de spookvloot van Irantegen?") == [("Nederland", "NLD"), ("Iran", "IRN")]
    assert countries("Marokkoheeft gezegd dat Syriëdoor Irak steunt.") == [("Marokko", "MAR"), ("Syrië", "SYR"),
                                                                            ("Irak", "IRQ")]
    # "en" after a name is no glued word: "het Koninkrijk der Nederlanden" is the name's plural form
    assert countries("Staatscourant van het Koninkrijk der Nederlanden") == []
    # not where the letters after the name make another word
    assert countries("Indianen in Chinatown.") == []
