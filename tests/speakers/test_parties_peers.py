"""Speaker names a researcher counts by: one name per party (``speakers.as_party``), a peer named
only by title and surname ("Lord Falconer", ``names._peer_title``)."""

from __future__ import annotations

import pytest

from .find import speaker_of, statement_with


@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        ("The Tories said the plan would fail.", "the plan would fail", ("Conservative Party", "organisation")),
        ("The Conservatives said the plan would fail.", "the plan would fail", ("Conservative Party", "organisation")),
        ("The Conservative party said the plan would fail.", "the plan would fail", ("Conservative Party", "organisation")),
        ("Labour said taxes would rise.", "taxes would rise", ("Labour Party", "organisation")),
        ("The Lib Dems said the tax was unfair.", "the tax was unfair", ("Liberal Democrats", "organisation")),
        ("The GOP said it would fight the bill.", "it would fight", ("Republican Party", "organisation")),
        ("The Democrats said the vote was unfair.", "the vote was unfair", ("Democratic Party", "organisation")),
        # The recognizer's PERSON, which had made the party a "he" or a person.
        ("Labour, in particular, fears that disillusioned supporters may switch to the Lib Dems.",
         "disillusioned supporters", ("Labour Party", "organisation")),
        # The recognizer's "Democrats" (NORP) of "The Liberal Democrats": the party the mention names.
        ("The Liberal Democrats said the tax was unfair.", "the tax was unfair", ("Liberal Democrats", "organisation")),
        ("The Tory party said the tax was unfair.", "the tax was unfair", ("Conservative Party", "organisation")),
        ("The Liberal Democrat party said it would oppose the bill.", "oppose the bill", ("Liberal Democrats", "organisation")),
        # A party's members as a group of people are not the party: they go by the mention as
        # written, a group unnamed as "Senior Tories" is (had been an organisation).
        ("Republicans in the Senate said the bill was dead.", "the bill was dead", ("Republicans in the Senate", "anonymous")),
        ("The Republicans said the bill was dead. Senate Republicans said they would block it.", "block it",
         ("Senate Republicans", "anonymous")),
        ("House Democrats said the bill was dead.", "the bill was dead", ("House Democrats", "anonymous")),
        ("Tories in the Commons said the bill was dead.", "the bill was dead", ("Tories in the Commons", "anonymous")),
        # An aside after a dash is no part of the name: the party, not members named "… - the third party".
        ("The Liberal Democrats - the third party - said the tax was unfair.", "the tax was unfair",
         ("Liberal Democrats", "organisation")),
        ("Senate Republicans - the majority in the chamber - said they would block the bill.", "block the bill",
         ("Senate Republicans", "anonymous")),
        # Negative: Scottish Labour is a body of its own, left as written; so are a party's bodies
        # with no chamber named, and a body's name with a chamber's word in it.
        ("Scottish Labour said it was undecided.", "undecided", ("Scottish Labour", "organisation")),
        ("The Scottish Tories said the bill was dead.", "the bill was dead", ("Scottish Tories", "organisation")),
        ("The Parliamentary Labour Party said the bill was dead.", "the bill was dead",
         ("Parliamentary Labour Party", "organisation")),
        # The White House is no chamber (review): left as it was before chambers were read.
        ("Republicans in the White House said the bill was dead.", "the bill was dead",
         ("Republicans in the White House", "organisation")),
    ],
    ids=["tories", "conservatives", "conservative-party", "labour", "lib-dems", "gop", "democrats", "labour-person",
         "liberal-democrats-cut", "tory-party", "liberal-democrat-party", "members", "members-beside-party", "house-members",
         "commons-members", "party-aside", "members-aside", "scottish-labour", "scottish-tories", "plp", "white-house"],
)
def test_a_party_speaks_by_its_one_name(statements_of, text, content, expected):
    assert speaker_of(statements_of(text), content) == expected


def test_the_party_keeps_the_name_as_written_in_its_mention(statements_of):
    found = statement_with(statements_of("The Tories said the plan would fail."), "the plan would fail")
    assert (found.speaker.name, found.speaker.mention.text) == ("Conservative Party", "The Tories")


@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        # "They" had been the Republican Party, its antecedent the senators.
        ("Senate Republicans said they would block the bill. They also said the president had overreached.",
         "overreached", ("Senate Republicans", "anonymous")),
        ("The Tories said the plan would fail. They also said taxes would rise.", "taxes would rise",
         ("Conservative Party", "organisation")),
    ],
    ids=["members", "party"],
)
def test_a_pronoun_is_the_party_or_members_it_stands_for(statements_of, text, content, expected):
    assert speaker_of(statements_of(text), content) == expected


def test_a_party_in_a_headline_s_quotation_is_no_he(statements_of):
    # The headline's "Lib Dems '" (PERSON, with the quotation's mark) had been the person "Lib Dems".
    text = (
        "Lib Dems 'to target stamp duty'\n\n"
        "The plan was unveiled on Sunday. He said first-time buyers were being squeezed out."
    )
    assert speaker_of(statements_of(text), "first-time buyers") == (None, "unknown")  # no one named is a he


def test_a_party_s_possessive_is_no_he(statements_of):
    # "the Conservative's" labelled PERSON had made the chancellor's "he" a person "Conservative".
    text = (
        "To a packed audience, the chancellor Gordon Brown spoke. Laying into the Conservative's record in "
        "government he said: \"I give you this promise.\""
    )
    assert speaker_of(statements_of(text), "I give you this promise") == ("Gordon Brown", "person")


@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        ("Lord Falconer said the plan was fair. Falconer added that judges agreed.", "judges agreed", "Lord Falconer"),
        ("The Lord Chancellor, Lord Falconer, said the plan was fair.", "the plan was fair", "Lord Falconer"),
        ("Baroness Kennedy said the law was wrong.", "the law was wrong", "Baroness Kennedy"),
        # Given a first name, a peer goes by it: one name, not "Lord Charles Falconer".
        ("Lord Falconer said the plan was fair. Charles Falconer has been a friend of Tony Blair for years.",
         "the plan was fair", "Charles Falconer"),
        # His given name, written after the title, whatever its gender ("Robin" is either).
        ("Lord Butler said the report was fair. Robin Butler led the inquiry.", "the report was fair", "Robin Butler"),
        # Negative: a surname that is a title stays a surname.
        ("Mr Lord said the play was good.", "the play was good", "Lord"),
    ],
    ids=["lord", "in-apposition", "baroness", "first-name-given", "given-name-of-either-gender", "mr-lord"],
)
def test_a_peer_named_by_title_goes_by_it(statements_of, text, content, expected):
    assert speaker_of(statements_of(text), content) == (expected, "person")


@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        # Two peers of one name stay two people across articles by the seat the article gives.
        ("Lord Smith of Finsbury said the agency had done well. He said more money was needed.", "more money",
         "Lord Smith of Finsbury"),
        ("Lord Smith of Kelvin said the bank was sound. Lord Smith said it would grow.", "it would grow", "Lord Smith of Kelvin"),
        # Negative: "of the" is no seat.
        ("Lord Smith of the Treasury said the bank was sound.", "the bank was sound", "Lord Smith"),
    ],
    ids=["seat", "seat-named-once", "no-seat"],
)
def test_a_peer_goes_by_the_seat_the_article_gives(statements_of, text, content, expected):
    assert speaker_of(statements_of(text), content) == (expected, "person")


@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        ("Senior Tories said the plan would fail.", "the plan would fail", ("Senior Tories", "anonymous")),
        ("The plan, senior Tories said, would fail.", "would fail", ("senior Tories", "anonymous")),
        ("Two Republicans said the bill was dead.", "the bill was dead", ("Two Republicans", "anonymous")),
        # Negative: the party itself, by any of its names.
        ("The Tories said the plan would fail.", "the plan would fail", ("Conservative Party", "organisation")),
        ("Tories said the plan would fail.", "the plan would fail", ("Conservative Party", "organisation")),
    ],
    ids=["senior", "senior-inside", "two", "the-party", "the-party-bare"],
)
def test_some_of_a_party_are_a_group_of_people(statements_of, text, content, expected):
    """"Senior Tories" are some of the party's members: unnamed people, as "Tory MPs" are."""
    assert speaker_of(statements_of(text), content) == expected


@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        # Both had been Lord Kennedy (before peers went by title, both Baroness Kennedy).
        ("Lord Kennedy said the plan was wrong. Baroness Kennedy said she agreed with him.", "she agreed", "Baroness Kennedy"),
        ("Lord Kennedy said the plan was wrong. Baroness Kennedy said she agreed with him.", "the plan was wrong", "Lord Kennedy"),
        ("Charles Kennedy said the plan was wrong. Baroness Kennedy said she disagreed.", "she disagreed", "Baroness Kennedy"),
        # Negative: two titles of one woman are one person.
        ("Baroness Thatcher said Europe was a mistake. Lady Thatcher said she would not change her mind.",
         "change her mind", "Baroness Thatcher"),
    ],
    ids=["baroness-after-lord", "lord-before-baroness", "baroness-after-charles", "lady-and-baroness"],
)
def test_titled_namesakes_of_two_sexes_are_two_people(statements_of, text, content, expected):
    assert speaker_of(statements_of(text), content) == (expected, "person")


@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        ("Prince Charles said the plan would fail.", "the plan would fail", "Prince Charles"),
        ("Denmark's Crown Prince Frederik visited New York. \"Bloom is a fine critic,\" Prince Frederik said.",
         "Bloom is a fine critic", "Crown Prince Frederik"),
        ("King Abdullah said the plan would fail.", "the plan would fail", "King Abdullah"),
        # The royal the article named in full with that title.
        ("Foreign Minister Prince Saud Al-Faisal spoke on Monday. Prince Saud said the talks went well.",
         "the talks went well", "Saud Al-Faisal"),
        # Negative: a surname that is a royal title stays a surname.
        ("Oona King said the plan would fail.", "the plan would fail", "Oona King"),
        ("Mr King said the plan would fail.", "the plan would fail", "King"),
    ],
    ids=["prince", "crown-prince", "king", "named-in-full", "oona-king", "mr-king"],
)
def test_a_royal_goes_by_title_and_name(statements_of, text, content, expected):
    assert speaker_of(statements_of(text), content) == (expected, "person")
