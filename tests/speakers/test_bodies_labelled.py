"""Bodies' names the recognizer misses or cuts, labelled whole before the cast is made
(``speakers.entities.bodies_labelled``, ``titles_unglued``): audit l's "Bookmaker Ladbrokes",
"consultancy 4Cast", "the Finance and Economy Ministry" and "The Qualifications and Curriculum
Authority (QCA)"."""

from __future__ import annotations

import pytest

from .find import speaker_of


@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        # A company's noun opening the sentence, glued on the name and the whole labelled a person.
        (
            "Bets halted on song contest\n\n"
            "Bookmaker Paddywins said it would stop taking bets on the final.",
            "stop taking bets",
            ("Paddywins", "organisation"),
        ),
        # The same noun lower-case, the name after it unlabelled (or taken for a number).
        (
            "Won weakens against dollar\n\n"
            '"The currency is likely to fall further," consultancy 7Sigma said in a report.',
            "likely to fall",
            ("7Sigma", "organisation"),
        ),
        # Negative: a title, not a company's noun, keeps the person ("Broadcaster Chris Evans").
        (
            "Chris Evans back on the market\n\n"
            "Broadcaster Chris Evans said he would sell his possessions.",
            "sell his possessions",
            ("Chris Evans", "person"),
        ),
    ],
    ids=["glued-company-noun", "unlabelled-after-noun", "person-title"],
)
def test_a_company_noun_before_a_name(statements_of, text, content, expected):
    assert speaker_of(statements_of(text), content) == expected


@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        # The recognizer labels only "Trade Ministry"; "the ministry" later is the same body.
        (
            "Plan for growth\n\n"
            "The Finance and Trade Ministry said in a statement that spending would rise. "
            '"Growth will return," the ministry said.',
            "Growth will return",
            ("Finance and Trade Ministry", "organisation"),
        ),
        # The acronym after the name spells its capitals: the words before it are the body (the
        # recognizer labels them a work of art, and "Assessments" speaks as a person).
        (
            "Exam plan\n\n"
            'The Assessments and Curriculum Authority (ACA) has also told the government not to "compromise".',
            "compromise",
            ("Assessments and Curriculum Authority", "organisation"),
        ),
        # Negative: two speakers joined by "and", the first hung on the verb, stay apart.
        (
            "Phone prices\n\n"
            "Analysts and Ofcom said prices would fall.",
            "prices would fall",
            ("Analysts", "anonymous"),
        ),
    ],
    ids=["cut-at-and", "acronym-spelled-out", "two-speakers"],
)
def test_a_body_s_name_cut_at_its_and(statements_of, text, content, expected):
    assert speaker_of(statements_of(text), content) == expected


@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        # Capitalised words in apposition to a body's noun are its name whatever their labels
        # ("Doctors" a plural noun, "Without Frontiers" a person): "the watchdog" is that body.
        (
            "Clinic closed\n\n"
            "The clinic was shut down last week, according to the medical charity, Doctors Without Frontiers. "
            "The border had been closed for ten days, the charity said.",
            "closed for ten days",
            ("Doctors Without Frontiers", "organisation"),
        ),
        # Negatives (review): a person after a noun that is a person's too ("analyst"), a run with an
        # honorific or a title in it, stays a person.
        ("Yen outlook\n\nThe yen will weaken further, said the analyst, Tetsufumi Yamakawa.", "will weaken further",
         ("Tetsufumi Yamakawa", "person")),
        ("Growth outlook\n\nGrowth will slow, said the analyst, Dr Ruth Lea.", "Growth will slow", ("Ruth Lea", "person")),
        ("Phone plan\n\nThe plan is too risky, said the regulator, Ofcom Chief Executive Stephen Carter.", "too risky",
         ("Stephen Carter", "person")),
    ],
    ids=["name-in-apposition", "analyst", "honorific", "title"],
)
def test_a_name_in_apposition_to_a_body_s_noun(statements_of, text, content, expected):
    assert speaker_of(statements_of(text), content) == expected
