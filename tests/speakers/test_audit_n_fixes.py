"""Wrong speakers of audit n mended by general rules: a body called after a person
(``descriptions.a_person_s_body``), a lede's member of a body the person its name owns
two sentences on (``descriptions.named_by_its_body``), and a peer with a seat kept apart from a
later namesake (``cast._another_than_the_peer``)."""

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
        # Negatives (review): a source unnamed at their request, a "his" a woman cannot be, a member
        # set against the MP with "But".
        (
            "A Labour MP, who asked not to be named, said the bill was flawed. The vote is on "
            "Tuesday. Labour's Ann Clwyd said she would back it.",
            "the bill was flawed",
            ("A Labour MP", "anonymous"),
        ),
        (
            "A Labour MP said his constituents were angry about the bill. The vote is on "
            "Tuesday. Labour's Ann Clwyd said she would back it.",
            "his constituents were angry",
            ("A Labour MP", "anonymous"),
        ),
        (
            "A Labour MP said the bill was flawed. The vote is on Tuesday. But Labour's "
            "Ann Clwyd said she would back it.",
            "the bill was flawed",
            ("A Labour MP", "anonymous"),
        ),
    ],
    ids=["party-named-two-on", "no-one-named", "another-member-first", "unnamed-by-request", "another-sex", "set-against"],
)
def test_a_described_member(statements_of, text, content, expected):
    assert speaker_of(statements_of(text), content) == expected


@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        # A peer with a seat, then a man of that surname named anew: two men, the peer speaks.
        (
            "Fraud inquiry reopened\n\n"
            "Former minister Lord Hughes of Bangor denied the bank had been warned. "
            "One trader, David Hughes, was jailed in 1999 for fraud.",
            "the bank had been warned",
            ("Lord Hughes of Bangor", "person"),
        ),
        # Negative: no seat, the full name is the peer's own (his given name).
        (
            "Inquiry report\n\nLord Butler said the report was fair. Robin Butler led the inquiry.",
            "the report was fair",
            ("Robin Butler", "person"),
        ),
        # Negative: a seat, but the article ties the two in apposition: one man, by his full name.
        (
            "Inquiry report\n\nLord Butler of Brockwell said the report was fair. "
            "Robin Butler, Lord Butler of Brockwell, led the inquiry in 2004.",
            "the report was fair",
            ("Robin Butler", "person"),
        ),
        # Negative: the full name before the seat is the man who took the title (the headline's peer).
        (
            "Baron Hughes takes his seat\n\n"
            "Former minister John Hughes has been made a life peer. He will be known as Baron Hughes of "
            "Bangor. Baron Hughes said the honour was unexpected.",
            "the honour was unexpected",
            ("John Hughes", "person"),
        ),
    ],
    ids=["peer-with-seat", "no-seat", "tied-in-apposition", "named-before-the-seat"],
)
def test_a_peer_and_a_namesake(statements_of, text, content, expected):
    assert speaker_of(statements_of(text), content) == expected
