"""Wrong speakers of audit o (and the fifth recall audit) mended by general rules: a hyphenated
surname looked up whole (``mentions._a_hyphenated_surname``), a nationality noun after an article no second
person (``descriptions._a_noun_named``) and sport nouns as descriptions of a person
(``person_nouns.txt``), a superlative owned by "the world's" definite (``common_nouns._the_one_owned``),
a lawsuit speaking for whoever filed it (``documents``), and "the committee" the one named by its
remit before, lower-case (``common_nouns._committee_before``); a name labelled ORG after a person's
title a person in the cast, so the surname alone is them (``entities.titled_name``)."""

from __future__ import annotations

import pytest

from .find import speaker_of


@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        # "Simpson-Daniel" splits into "Simpson", "-", "Daniel": the whole word is his surname.
        (
            "Saint-Andre anger\n\n"
            "James Simpson-Daniel's fitness is a worry for Gloucester. "
            'Simpson-Daniel added: "I want to be back playing soon."',
            "I want to be back playing soon",
            ("James Simpson-Daniel", "person"),
        ),
        # Negative: a hyphenated name no person has is a body still.
        (
            "Cola row\n\n"
            "Shares in Coca-Cola fell on Monday. "
            'Coca-Cola said: "We are confident of the year ahead."',
            "We are confident of the year ahead",
            ("Coca-Cola", "organisation"),
        ),
        # Negative: "G-III", which no one in the article has as a surname with a given name.
        (
            "Brand sales\n\n"
            "The designer works for another brand at G-III. G-III reports show the clothing line "
            "generated about $100 million in revenue last year.",
            "generated about $100 million",
            ("G-III reports", "anonymous"),
        ),
    ],
    ids=["simpson-daniel", "coca-cola", "g-iii"],
)
def test_hyphenated_surname(statements_of, text, content, expected):
    assert speaker_of(statements_of(text), content) == expected


@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        # "The 22-year-old Scot" is labelled PERSON: a description of Allan Scott, no second
        # person, so "the East Kilbride athlete" is the one person named.
        (
            "Heats in Madrid\n\n"
            "Allan Scott won his heat in Madrid on Friday. The 22-year-old Scot finished in 7.81 seconds. "
            "The track was wet after heavy rain. "
            '"It was definitely a learning curve," said the East Kilbride athlete.',
            "It was definitely a learning curve",
            ("Allan Scott", "person"),
        ),
        # Negative: "Scot Gemmill", no article, is a second person: the athlete stays as written.
        (
            "Heats in Madrid\n\n"
            "Allan Scott won his heat in Madrid on Friday. Scot Gemmill finished second in his. "
            "The track was wet after heavy rain. "
            '"It was definitely a learning curve," said the East Kilbride athlete.',
            "It was definitely a learning curve",
            ("the East Kilbride athlete", "anonymous"),
        ),
        # Negative: a surname after "the" and an adjective is a person, no description: two people.
        (
            "Chelsea draw\n\nWayne Rooney scored early, but the impressive Drogba equalised late on. "
            "The striker said the draw was fair.",
            "the draw was fair",
            ("The striker", "anonymous"),
        ),
    ],
    ids=["the-scot", "scot-gemmill", "the-impressive-drogba"],
)
def test_nationality_noun_describes(statements_of, text, content, expected):
    assert speaker_of(statements_of(text), content) == expected


@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        # The "the" hangs on "world": one insurer, but not the last body named, which a superlative
        # often is not ("Tesco said… Britain's biggest union said"): as written, unless the article
        # ties the noun to a body.
        (
            "US insurer Marsh cuts 2,500 jobs\n\n"
            "US insurance broker Marsh & McLennan is to cut 2,500 jobs worldwide. "
            "Marsh said the cuts would save $375m a year. An ongoing restructuring drive at the group "
            "also led to a $337m hit in the fourth quarter, the world's biggest insurer said.",
            "led to a $337m hit",
            ("the world's biggest insurer", "anonymous"),
        ),
        (
            "Pay row\n\nTesco said profits rose. Britain's biggest union said the pay deal was too low.",
            "the pay deal was too low",
            ("Britain's biggest union", "anonymous"),
        ),

        # Negative: the plural is several insurers, unnamed.
        (
            "Insurers count cost\n\n"
            "US insurance broker Marsh & McLennan is to cut 2,500 jobs worldwide. "
            "The storms would cost $30bn, the world's biggest insurers said.",
            "The storms would cost $30bn",
            ("the world's biggest insurers", "anonymous"),
        ),
    ],
    ids=["biggest-insurer", "another-kind", "biggest-insurers"],
)
def test_superlative_owned_is_definite(statements_of, text, content, expected):
    assert speaker_of(statements_of(text), content) == expected


@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        # "the suits" are the "lawsuits" filed by the RIAA, named as the passive's agent.
        (
            "Music firms sue file-sharers\n\n"
            "Some 717 lawsuits were filed this week by the Recording Industry Association of America "
            "against people it says shared music. The suits, brought on behalf of the major record "
            "companies, cite the individuals for illegally distributing music over the internet.",
            "illegally distributing music",
            ("Recording Industry Association of America", "organisation"),
        ),
        # Negative: no one named as filing them, the suits stay as written.
        (
            "Suits row\n\n"
            "The music industry is worried. The suits cite the individuals for illegally "
            "distributing music over the internet.",
            "illegally distributing music",
            ("The suits", "anonymous"),
        ),
    ],
    ids=["suits-filed-by", "suits-unfiled"],
)
def test_lawsuit_speaks_for_its_filer(statements_of, text, content, expected):
    assert speaker_of(statements_of(text), content) == expected


CUSTODY = (
    "Custody death rate 'shocks MPs'\n\n"
    "Deaths in custody have reached shocking levels, a committee of MPs and peers has warned. "
    "The joint committee on human rights found there had been 1,000 deaths in custody since 1990. "
    "Labour MP Jean Corston, who chairs the committee, said the figures were a disgrace. "
    'The committee also highlighted "deeply worrying" cases of suicide among young prisoners. '
    "It revealed that one prisoner had been left alone for days."
)


@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        # The lower-case committee named by its remit, not the party named last ("Labour"), and
        # the "It" after it.
        (CUSTODY, "deeply worrying", ("joint committee on human rights", "organisation")),
        (CUSTODY, "left alone for days", ("joint committee on human rights", "organisation")),
        # A remit after "on" names the speaking committee too.
        (
            "Custody deaths\n\n"
            "Deaths in custody have reached shocking levels. "
            "The joint committee on human rights said the figures were a disgrace.",
            "the figures were a disgrace",
            ("joint committee on human rights", "organisation"),
        ),
        # Negative: "on Monday" is no remit, "a committee of MPs" no name: the committee as written.
        (
            "Committee meets\n\n"
            "A committee of MPs met on Monday. The committee met on Monday to discuss the plans. "
            "The committee said the plans were sound.",
            "the plans were sound",
            ("committee", "organisation"),
        ),
    ],
    ids=["the-committee", "it", "remit-after-on", "no-remit"],
)
def test_committee_named_by_its_remit(statements_of, text, content, expected):
    assert speaker_of(statements_of(text), content) == expected


BAROS = (
    "Unclear future for striker Baros\n\n"
    "Liverpool forward Milan Baros is uncertain whether he remains part of boss Rafa Benitez's plans.\n\n"
    "Baros, who is Liverpool's leading scorer this season, denied reports of a row with Benitez. "
    "Liverpool, who are fifth in the league, said the striker would stay."
)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        # "Milan Baros" labelled ORG, "forward" tagged an adverb: still his title, so "Baros"
        # (labelled GPE) is him.
        ("reports of a row with Benitez", ("Milan Baros", "person")),
        # Negative: the club, with a "who" too, stays a body.
        ("the striker would stay", ("Liverpool", "organisation")),
    ],
    ids=["baros", "liverpool"],
)
def test_titled_name_in_the_cast(statements_of, content, expected):
    assert speaker_of(statements_of(BAROS), content) == expected


@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        # A prize's category before its name ("actress" of "best supporting actress"): no person.
        (
            "Bening in the running\n\nAnnette Bening was nominated for the best supporting actress Academy Award on "
            "Tuesday. The actress said she was thrilled.",
            "she was thrilled",
            ("Annette Bening", "person"),
        ),
        # A sentence with no verb, "host" read as a title: no person "Dundee United".
        (
            "Celtic preview\n\nCeltic host Dundee United on Saturday. Martin O'Neill watched training. "
            "The manager said his side were ready.",
            "his side were ready",
            ("Martin O'Neill", "person"),
        ),
    ],
    ids=["a-prize", "no-verb"],
)
def test_a_title_before_a_name_not_a_person_s(statements_of, text, content, expected):
    assert speaker_of(statements_of(text), content) == expected
