"""Whom a pronoun, a description or a group noun means (``speakers.pronouns``,
``descriptions``, ``groups``, the unnamed sources of ``cast``): real articles' sentences,
with the negatives that keep each rule narrow."""

from __future__ import annotations

from .find import speakers_of


def test_a_spokesman_for_a_body_is_whom_he_added_means(statements_of):
    # "Toho" is the recognizer's PERSON: it is whom the spokesman speaks for, not his name.
    text = (
        "Global release for Japan hit film\n\n"
        "Oscar-winning animator Hayao Miyazaki's latest film, Howl's Moving Castle, is to be released "
        "in more than 50 countries.\n\n"
        "A spokesman for distributor Toho said the film \"has received strong interest from domestic "
        "audiences and foreign media\". \"We have a good feeling about this film. We saw very good "
        "viewer response,\" he added."
    )
    assert speakers_of(statements_of(text), "We have a good feeling") == [("A spokesman for distributor Toho", "anonymous")]


def test_a_spokesman_named_in_his_own_words_is_no_unnamed_source(statements_of):
    text = (
        "The minister visited the school on Monday.\n\n"
        "Kremlin spokesman Dmitry Peskov said the talks had gone well. \"We are pleased,\" he added."
    )
    assert speakers_of(statements_of(text), "We are pleased") == [("Dmitry Peskov", "person")]


def test_a_headline_surname_and_the_full_name_are_one_person(statements_of):
    # The headline's "Radcliffe" and the text's "Paula Radcliffe": one person named, so the description is her.
    text = (
        "Radcliffe eyes hard line on drugs\n\n"
        "Paula Radcliffe has called for all athletes found guilty on drugs charges to be treated as criminals.\n\n"
        "The marathon world record holder believes more needs to be done to rid athletics of the \"suspicions and "
        "innuendoes\" which greet any fast time. \"Doping in sport is a criminal offence and should be treated as "
        "such,\" the 30-year-old told the Sunday Times."
    )
    assert speakers_of(statements_of(text), "Doping in sport") == [("Paula Radcliffe", "person")]


def test_a_description_after_two_people_stays_as_written(statements_of):
    text = (
        "Paula Radcliffe has called for athletes found guilty on drugs charges to be treated as criminals. "
        "Kelly Holmes agreed.\n\n"
        "\"Doping in sport is a criminal offence,\" the 30-year-old told the Sunday Times."
    )
    assert speakers_of(statements_of(text), "Doping in sport") == [("the 30-year-old", "anonymous")]


def test_a_name_someone_is_likened_to_is_no_antecedent(statements_of):
    text = (
        "Podcasts mark rise of DIY radio\n\n"
        "Adam Curry is one of the pioneers of podcasting. He says it is an extension of his childhood love "
        "of radio gadgetry.\n\n"
        "He has even been called the Ed Sullivan or Johnny Carson of podcasting which, he says, \"is a badge "
        "I'll wear with great honour.\""
    )
    assert speakers_of(statements_of(text), "is a badge") == [("Adam Curry", "person")]


def test_both_countries_are_the_two_the_headline_names_together(statements_of):
    text = (
        "India and Iran in gas export deal\n\n"
        "India has signed a $40bn deal to import millions of tonnes of liquefied natural gas from Iran. "
        "Ministers secured a similar deal to one between Iran and China.\n\n"
        "ONGC and the National Iranian Oil Company reached a preliminary deal for Indian firms to take part "
        "in the development of the Yadavaran oilfield, both countries said in a statement."
    )
    assert speakers_of(statements_of(text), "reached a preliminary deal") == [("India", "organisation"), ("Iran", "organisation")]


def test_both_firms_stay_as_written_where_no_two_are_named_together(statements_of):
    text = (
        "Australian brewer Fosters has bought a large stake in Australian winemaker Southcorp.\n\n"
        "Both firms asked the Sydney stock market to suspend trading in their shares until Monday."
    )
    assert speakers_of(statements_of(text), "to suspend trading") == [("Both firms", "anonymous")]


def test_they_after_two_parties_named_together_is_both(statements_of):
    # "Labour" is the recognizer's PERSON and "the Tories" its NORP: both parties all the same.
    text = (
        "Lib Dems' bold election policy\n\n"
        "Charles Kennedy has said his Liberal Democrats will offer voters an honest choice.\n\n"
        "Labour and the Tories have attacked his policies as both unworkable and not properly costed. "
        "Inevitably they insist there is no need to raise taxes to fund improvements in services."
    )
    assert speakers_of(statements_of(text), "no need to raise taxes") == [("Labour Party", "organisation"), ("Conservative Party", "organisation")]


def test_both_parties_are_the_two_parties_named_together_whatever_their_labels(statements_of):
    # "parties" counted only two ORG names: "Labour" (PERSON) and "the Tories" (NORP) were no pair.
    text = (
        "Lib Dems' bold election policy\n\n"
        "Charles Kennedy has said his Liberal Democrats will offer voters an honest choice.\n\n"
        "Labour and the Tories have attacked his policies. Both parties said there is no need to raise taxes "
        "to fund improvements in services."
    )
    assert speakers_of(statements_of(text), "no need to raise taxes") == [("Labour Party", "organisation"), ("Conservative Party", "organisation")]
    # Bodies party to a case are parties too, as before.
    text = "Ford and General Motors settled the case. The two parties said they were pleased with the outcome."
    assert speakers_of(statements_of(text), "pleased with the outcome") == [("Ford", "organisation"), ("General Motors", "organisation")]


def test_a_description_among_namesakes_stays_as_written(statements_of):
    # Ozzy and Sharon Osbourne: the cast keeps one surname, the article two people.
    text = (
        "Show over for MTV's The Osbournes\n\n"
        "Rock star Ozzy Osbourne has said his family will not make any more episodes of reality TV show "
        "The Osbournes.\n\n"
        "\"At the end of it I didn't like having cameras around the house all the time,\" the Black Sabbath "
        "singer told reporters at the MTV Europe Awards in Rome. His wife Sharon, who also appears in the "
        "popular MTV show, agreed.\n\n"
        "Sharon Osbourne is currently appearing on ITV's The X Factor."
    )
    assert speakers_of(statements_of(text), "cameras around the house") == [("Ozzy Osbourne", "person")]


def test_the_pair_are_the_two_people_named_together(statements_of):
    text = (
        "Greek duo cleared in doping case\n\n"
        "Sprinters Kostas Kenteris and Katerina Thanou have been cleared of doping offences by an independent "
        "tribunal.\n\n"
        "They withdrew from the Olympics after missing a drugs test. The pair then spent four days in a "
        "hospital, claiming they had been injured in a motorcycle crash."
    )
    assert speakers_of(statements_of(text), "injured in a motorcycle crash") == [
        ("Kostas Kenteris", "person"), ("Katerina Thanou", "person")]


def test_they_is_the_pair_named_last_not_the_group_that_spoke_last(statements_of):
    text = (
        "Microsoft and Sony are rivals in games consoles. Both companies believe that more powerful consoles "
        "will win a place in the living room.\n\n"
        "Sony and IBM want to make sure that the dominance of the PC market is not allowed to extend to this "
        "market. By creating a radically new architecture, they hope that the Cell processor can become the "
        "dominant technology in the living room."
    )
    assert speakers_of(statements_of(text), "Cell processor") == [("Sony", "organisation"), ("IBM", "organisation")]


def test_a_nationality_is_the_headline_subject_an_object_beside_it_does_not_undo(statements_of):
    # "Davenport" unlabelled in the headline; Tim Phillips is named in the sentence, not as its subject.
    text = (
        "Davenport hits out at Wimbledon\n\n"
        "World number one Lindsay Davenport has criticised Wimbledon over the issue of equal prize money for "
        "women.\n\n"
        "Reacting to a disputed comment by All England Club chairman Tim Phillips, the American said: \"I think "
        "it is highly insulting if prize money is taken away.\""
    )
    assert speakers_of(statements_of(text), "highly insulting") == [("Lindsay Davenport", "person")]


def test_a_nationality_after_someone_the_headline_does_not_name_stays_as_written(statements_of):
    text = (
        "Moya emotional at Davis Cup win\n\n"
        "Carlos Moya described Spain's Davis Cup victory as the highlight of his career.\n\n"
        "Andy Roddick was left frustrated after losing both his singles on the slow clay of Seville. \"It's just "
        "tough because I felt like I was in it the whole time,\" said the American."
    )
    assert speakers_of(statements_of(text), "just tough") == [("the American", "anonymous")]


def test_they_is_no_place_only_named_where_something_happened(statements_of):
    # Before: "Rome", the one organisation before "They" (places are the recognizer's GPE).
    text = (
        "Mary Ellis married the actor John Park in Rome last May, her agent confirmed.\n\n"
        "The couple, who met in Paris, sued the magazine over photographs of their wedding. They said they had "
        "never agreed to any pictures."
    )
    assert speakers_of(statements_of(text), "never agreed to any pictures") == [("The couple", "anonymous")]


def test_they_after_the_couple_named_together_is_the_two(statements_of):
    text = (
        "Mary Ellis and John Park married in Rome last May.\n\n"
        "The couple sued the magazine over photographs of their wedding. They said they had never agreed to any "
        "pictures."
    )
    assert speakers_of(statements_of(text), "never agreed to any pictures") == [("Mary Ellis", "person"), ("John Park", "person")]


def test_it_is_a_place_that_acts(statements_of):
    # A place as the subject, not only where something happened: the government.
    text = "France rejected the plan on Monday. It said the deal was unfair to farmers in Brittany."
    assert speakers_of(statements_of(text), "unfair to farmers") == [("France", "organisation")]


def test_they_after_a_place_qualifying_plural_people_is_them_as_written(statements_of):
    # Before: "US", the name that says whose magazines.
    text = "The actress Mary Ellis has attacked US gossip magazines after they reported she was engaged."
    assert speakers_of(statements_of(text), "she was engaged") == [("US gossip magazines", "anonymous")]


def test_they_after_a_place_only_named_where_something_happened_is_no_older_name(statements_of):
    # The nearest name is where the march went: "they" means words the cast does not hold, not Unison.
    text = (
        "Unison organised the protest on Saturday.\n\n"
        "Thousands of nurses marched in Leeds. Later they said the cuts to wards must stop."
    )
    assert speakers_of(statements_of(text), "cuts to wards must stop") == [(None, "unknown")]


def test_it_is_no_place_that_only_says_whose_a_plural_noun_is(statements_of):
    # Before: "Hollywood", the name in "Hollywood studios".
    text = (
        "The Motion Picture Association of America said on Monday it had closed a file-sharing site. "
        "Hollywood studios are now clamping down on file-sharers who it says infringe copyright laws by copying films."
    )
    assert speakers_of(statements_of(text), "infringe copyright laws") == [("Motion Picture Association of America", "organisation")]
