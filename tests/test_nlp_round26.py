"""Rules of the twenty-sixth extraction round: drawn from the fifteenth series of unseen pages after it was
scored. The texts are written for these tests in the form of the pages they stand for (tests/gold/GUIDELINES.md,
"Thirty-second round")."""

from datetime import date

from rule_helpers import figures, items, read, refs


def test_a_letter_that_gives_the_answers_below_holds_one_unnumbered_pair(tmp_path):
    doc = read(tmp_path, "Nr. 2915 BRIEF VAN DE STAATSSECRETARIS VAN JUSTITIE EN VEILIGHEID\n\nBij het commissiedebat was er "
                         "beperkt tijd. Hieronder treft u die beantwoording aan. Gelet op de snelheid betreft dit de "
                         "beantwoording zoals deze t\n\nDe Staatssecretaris van Justitie en Veiligheid,\nE. van der Burg\n\n"
                         "Instroom / grens\n\nDENK\n\nErkent de sjenv dat we de grondoorzaken van migratie moeten aanpakken?\n\n"
                         "Om de grondoorzaken aan te pakken, versterken wij de ontwikkelingssamenwerking.\n")
    assert items(doc) == [("Q", (), "Erkent de sjenv dat we de gron"), ("A", (), "Om de grondoorzaken aan te pak")]


def test_a_table_row_after_the_askers_initials_is_a_question_and_answer_pair(tmp_path):
    doc = read(tmp_path, "Schriftelijke antwoorden op vragen gesteld tijdens de eerste termijn\n\nPolitieke Partij Kamerlid "
                         "Vraag en Antwoord CDA Rog, M.R.J. Vraag: Meer zonnepanelen op scholen. Is de minister bereid dit te "
                         "verkennen? Dit zou kunnen helpen. Antwoord: Wij zijn in gesprek met het ministerie van Financiën.\n")
    assert items(doc) == [("Q", (), "Meer zonnepanelen op scholen. "), ("A", (), "Wij zijn in gesprek met het mi")]


def test_a_question_printed_line_by_line_and_answers_numbered_inside_one_answer_block(tmp_path):
    doc = read(tmp_path, "Aanhangsel van de Handelingen\n\nVragen van het lid Van Gent (GroenLinks) aan de minister-president "
                         "over de kosten van het Koningshuis. (Ingezonden 28 januari 2010)\n\n1\n\nKent u het bericht dat het\n\n"
                         "Nederlands Koningshuis het op één\n\nna duurste van Europa\n\nis?\n\n2\n\nHerinnert u zich uw toezegging?"
                         "\n\n3\n\nZiet u aanleiding om kritisch te kijken?\n\nAntwoord\n\nAntwoord van minister-president "
                         "Balkenende (ontvangen 8 februari 2010)\n\n1 Ja.\n\n2 en 3\n\nIn het debat heb ik aangegeven dat de "
                         "begroting kritisch wordt bezien.\n")
    assert "Kent u het bericht dat het Nederlands Koningshuis het op één na duurste van Europa is?" in doc.text
    assert items(doc) == [("Q", (1,), "Kent u het bericht dat het Ned"), ("Q", (2,), "Herinnert u zich uw toezegging"),
                          ("Q", (3,), "Ziet u aanleiding om kritisch "), ("A", (1,), "Ja."),
                          ("A", (2, 3), "In het debat heb ik aangegeven")]


def test_a_numbered_box_with_question_and_answer_run_into_one_line(tmp_path):
    doc = read(tmp_path, "VERSLAG HOUDENDE EEN LIJST VAN VRAGEN EN ANTWOORDEN Vastgesteld 23 juni 2014\n"
                         "De vragen zijn op 12 juni 2014 voorgelegd.\nNr 1\nVraag Waarom is het budget niet volledig besteed? "
                         "Het budget kende een meevaller (€ 26,9 mln.).\n")
    assert items(doc) == [("Q", (1,), "Waarom is het budget niet voll"), ("A", (1,), "Het budget kende een meevaller")]


def test_the_year_of_a_table_from_its_hard_wrapped_intro_sentence_not_from_its_peildatum():
    text = ("De tabel hieronder geeft een overzicht van de top tien van landen van herkomst van\nde vergunninghouders "
            "(totaal 11.270) die in 2020 uit de opvang zijn uitgestroomd\nnaar gemeenten (bron: KMI+, peildatum maart\n"
            "2021).\nLand van herkomst\nUitstroom vergunninghouders (afgerond)\nSyrië\n3.980\nEritrea\n1.860\nTurkije\n"
            "1.530\nJemen\n680\n")
    found = figures(text, 2021)
    assert (found["3.980"].period_start, found["3.980"].period_end) == (date(2020, 1, 1), date(2020, 12, 31))
    assert found["680"].period_start == date(2020, 1, 1)


def test_a_row_label_with_a_dash_keeps_its_table():
    text = ("Onderstaande tabel geeft de verdeling van de uitgaven over de inkomensgroepen in 2010.\n\n% uitgaven\n\n"
            "% kinderen\n\nInkomensklasse tot 130% WML\n\n20%\n\n14%\n\nInkomensklasse tussen 1,5 x modaal – 2 x modaal\n\n"
            "22%\n\n23%\n\nTotaal\n\n100%\n\n100%\n")
    found = figures(text, 2011)
    assert found["22%"].period_start == date(2010, 1, 1) and "Inkomensklasse tussen" in found["22%"].measure


def test_provisions_classes_ages_and_list_numbers_are_no_figures():
    assert list(figures("Het aantal kinderen met een vrijstelling 5 onder a is gestegen naar 6.000.")) == ["6.000"]
    assert list(figures("zoals de maatregel 60+ (waarbij voor 60-plussers) en de 100.000+ gemeenten")) == []
    assert list(figures("als het kind 6 of 12 jaar wordt, leidt dat tot een besparing van € 3 miljoen.")) == ["€ 3 miljoen"]
    assert list(figures("Er zijn twee situaties:\n  • 2. iemand heeft een account, dat zijn 40 mensen")) == ["40"]


def test_aims_agreements_and_quotas_are_no_figures_but_a_cut_is():
    assert list(figures("Met betrokken partijen heb ik de ambitie vastgesteld om jaarlijks 75.000 woningen op te leveren.")) == []
    assert list(figures("Ik heb met Aedes en de VNG afspraken gemaakt over de bouw van 150.000 sociale huurwoningen.")) == []
    assert list(figures("Er bestaat geen afspraak om 250.000 vluchtelingen op te nemen. In 2024 kwamen 30.000 mensen.")) == ["30.000"]
    assert list(figures("De taakstelling van 11.000 door gemeenten te huisvesten vergunninghouders is een raming.")) == []
    assert [t[:9] for t in figures("een structurele taakstelling van € 2,7 mln. in 2012")] == ["€ 2,7 mln"]


def test_an_unlisted_act_up_to_a_punctuation_mark_a_split_listed_name_and_a_bracketed_kamerstuk():
    assert refs("Is er een stijging sinds de invoering van de Wet vaste huurcontracten?") == [
        ("act", "wet vaste huurcontracten", "Wet vaste huurcontracten")]
    assert refs("De Wet is aangenomen.") == []
    assert refs("enkele belastingwetten, zoals de Wet inkomsten belasting, de Successiewet") == [
        ("act", "BWBR0002226", "Successiewet"), ("act", "BWBR0011353", "Wet inkomsten belasting")]
    assert refs("In de slotwet 2013 (33930 VI 3) is per artikel een uiteenzetting opgenomen.") == [
        ("kamerstuk", "kst-33930-VI-3", "33930 VI 3")]
