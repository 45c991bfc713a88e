"""Wrong speakers of audit u mended by general rules: a name the parser made a second subject
beside its title ("Dr Mike Watts head of exploration said", ``mentions._name_before_its_title``);
a relative's given name ("his son Nick") no other person of that given name
(``names.a_relative_s_name``); a "who" right after a person's name the parser hung on a title's
first word ("Culture, Media and Sport Secretary Tessa Jowell who said",
``mentions._person_right_before``); one person described by two nouns ("The feminist writer and
broadcaster", ``descriptions._a_second_noun_of_one``); and an office whose remit is not another
holder's ("the trade and industry secretary" beside "Sport Secretary Tessa Jowell",
``roles._another_remit``), named next as the one expected to speak (``descriptions._reports``);
and a document a "his" or "her" owns ("his report said"), the person the pronoun means
(``mentions._a_document_s_pronoun``)."""

from __future__ import annotations

import pytest

from .find import speaker_of, speakers_of, statement_with


@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        # No comma between the name and the title: the parser makes both subjects of "said".
        (
            "Cairn shares up\n\nShares in Cairn Energy jumped 6% on Thursday.\n\n"
            '"This area does need more appraisal drilling but it looks very strong," Dr Mike Watts head of exploration said.',
            "This area does need more appraisal drilling",
            ("Mike Watts", "person"),
        ),
        # A hyphenated name and its title set off by commas, read as two subjects.
        (
            "Green reports\n\nThe survey is published by Context.\n\n"
            'Blake Lee-Harwood, campaigns director at Greenpeace in the UK, said: "It is fairly meaningless to talk about it."',
            "It is fairly meaningless to talk about it",
            ("Blake Lee-Harwood", "person"),
        ),
        # Negative: a title with its article and no name before it stays an unnamed description.
        (
            "Cairn shares up\n\nShares in Cairn Energy jumped 6% on Thursday.\n\n"
            '"This area does need more appraisal drilling," the head of exploration said.',
            "This area does need more appraisal drilling",
            ("the head of exploration", "anonymous"),
        ),
    ],
)
def test_a_name_before_its_title(statements_of, text, content, expected):
    assert speaker_of(statements_of(text), content) == expected


def test_the_title_is_the_role(statements_of):
    text = (
        "Cairn shares up\n\nShares in Cairn Energy jumped 6% on Thursday.\n\n"
        '"It looks very strong," Dr Mike Watts head of exploration said.'
    )
    assert statement_with(statements_of(text), "It looks very strong").speaker.role == "head of exploration"


@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        # "his son Nick" is a Howard, not the student Nick Vaughan quoted later.
        (
            "Howard speech\n\nThe speech had been introduced by his son Nick, a trainee vicar, who praised his father. "
            '"I always know where I am with him," he said.\n\n'
            'Delegates were happy. "It has been a fantastic few weeks," said politics student Nick Vaughan.',
            "I always know where I am with him",
            ("Nick", "person"),
        ),
        # Negative: a given name alone with no family noun is still the one person of that name.
        (
            "Vaughan upbeat\n\nThe speech was introduced by student Nick, who praised the leader. "
            '"I always know where I am with him," he said.\n\n'
            '"It has been a fantastic few weeks," said politics student Nick Vaughan.',
            "I always know where I am with him",
            ("Nick Vaughan", "person"),
        ),
    ],
)
def test_a_relative_s_given_name(statements_of, text, content, expected):
    assert speaker_of(statements_of(text), content) == expected


@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        (
            "Games warning\n\nMs Hewitt said games were different. Her call was backed by Culture, Media and Sport "
            'Secretary Tessa Jowell who said: "You would not let your child watch it."',
            "You would not let your child watch it",
            ("Tessa Jowell", "person"),
        ),
        # Negative: a body's own "who" stays the body's.
        (
            "Games warning\n\nThe plan was backed by Microsoft, who said it was right.",
            "it was right",
            ("Microsoft", "organisation"),
        ),
    ],
)
def test_who_after_a_person_s_name(statements_of, text, content, expected):
    assert speaker_of(statements_of(text), content) == expected


@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        (
            "Greer attacks 'bully' Big Brother\n\n"
            "Germaine Greer has criticised Celebrity Big Brother after quitting the show. "
            "Nielsen had panicked that it could harm her access to her children, Greer said. "
            'The feminist writer and broadcaster said Big Brother had behaved "like a child rather than a parent".',
            "like a child rather than a parent",
            [("Germaine Greer", "person")],
        ),
        # Negative: a second noun with an article of its own is someone else.
        (
            "Greer attacks 'bully' Big Brother\n\n"
            "Germaine Greer has criticised Celebrity Big Brother after quitting the show. "
            "Nielsen had panicked that it could harm her access to her children, Greer said. "
            "The writer and the producers said the show would go on.",
            "the show would go on",
            [("The writer", "anonymous"), ("the producers", "anonymous")],
        ),
    ],
)
def test_one_person_two_nouns(statements_of, text, content, expected):
    assert speakers_of(statements_of(text), content) == expected


@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        # The lede's office, named next as the one expected to speak; the other secretary's remit differs.
        (
            "Game warnings 'must be clearer'\n\n"
            "Violent video games should carry larger warnings, the trade and industry secretary has said.\n\n"
            "Patricia Hewitt is expected to call for the law to be enforced better at a meeting on Sunday. "
            'Her call was backed by Culture, Media and Sport Secretary Tessa Jowell, who said: "It is the same principle."',
            "Violent video games should carry larger warnings",
            ("Patricia Hewitt", "person"),
        ),
        # Negative: the same remit is the one who holds it.
        (
            "Hospital plans\n\nHealth Secretary John Reid visited a hospital in Leeds on Monday.\n\n"
            "Waiting lists would fall further, the health secretary said.",
            "Waiting lists would fall further",
            ("John Reid", "person"),
        ),
    ],
)
def test_an_office_s_remit(statements_of, text, content, expected):
    assert speaker_of(statements_of(text), content) == expected


TARGETS = (
    "Targets missed\n\nFormer Dutch prime minister Wim Kok was asked to assess the targets. His conclusion was "
    'simple. Lisbon risks becoming a byword for failure, his report said. "The status quo is not an option," it said.\n\n'
    "Tesco published its results on Monday. Sales would rise, its report said."
)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        # "his report" speaks for the man the "his" means, as "Mr Kok's report" does.
        ("Lisbon risks becoming a byword for failure", ("Wim Kok", "person")),
        # A later "it" is the report still, never a person.
        ("The status quo is not an option", ("his report", "anonymous")),
        # Negative: "its report" is left to the rules for documents.
        ("Sales would rise", ("its report", "anonymous")),
    ],
)
def test_a_document_s_pronoun_owner(statements_of, content, expected):
    assert speaker_of(statements_of(TARGETS), content) == expected
