"""Wrong speakers of audit n mended by general rules: a body called after a person
(``descriptions.a_person_s_body``) and a lede's member of a body the person its name owns
two sentences on (``descriptions.named_by_its_body``)."""

from __future__ import annotations

import pytest

from .find import speaker_of


@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        # "Bush" (PERSON) modifies "administration": the body speaks, not President Bush.
        (
            "Steel tariffs row grows\n\n"
            "President George Bush met steel makers on Monday. Meanwhile, the Bush administration argues "
            "that the tariffs protect thousands of jobs.",
            "the tariffs protect thousands of jobs",
            ("Bush administration", "organisation"),
        ),
        (
            "Ads row\n\n"
            "John Kerry spoke in Ohio. The Kerry campaign said the advertisements were false.",
            "the advertisements were false",
            ("Kerry campaign", "organisation"),
        ),
        # Negative: the name at the head is the person, his title a name before it.
        (
            "Plan defended\n\n"
            "Bush aide Karl Rove said the plan would work.",
            "the plan would work",
            ("Karl Rove", "person"),
        ),
    ],
    ids=["administration", "campaign", "aide-named"],
)
def test_a_person_s_body(statements_of, text, content, expected):
    assert speaker_of(statements_of(text), content) == expected


@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        # "MP" tagged PROPN after "A": a description, never a person called "Green Party MP";
        # the party's own member named as a reporting verb's subject two sentences on is them.
        (
            "MP's claim on spies\n\n"
            "A Green Party MP believes the police watched climate campaigners for years. "
            "The protests began in 1998 in three cities. Green Party's Mary Walsh has suggested the "
            "police could have been involved.",
            "the police watched climate campaigners",
            ("Mary Walsh", "person"),
        ),
        # Negative: no one of the party named next, the MP stays as written.
        (
            "MP's claim on spies\n\n"
            "A Green Party MP believes the police watched climate campaigners for years. "
            "The protests began in 1998 in three cities.",
            "the police watched climate campaigners",
            ("A Green Party MP", "anonymous"),
        ),
        # Negative: another member of the party named first; the MP stays as written.
        (
            "MP's claim on spies\n\n"
            "A Green Party MP believes the police watched climate campaigners for years. "
            "Green Party's leader Tom Reed met officers on Monday. Green Party's Mary Walsh has "
            "suggested the police could have been involved.",
            "the police watched climate campaigners",
            ("A Green Party MP", "anonymous"),
        ),
    ],
    ids=["party-named-two-on", "no-one-named", "another-member-first"],
)
def test_a_described_member(statements_of, text, content, expected):
    assert speaker_of(statements_of(text), content) == expected

