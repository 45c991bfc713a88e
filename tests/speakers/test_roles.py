"""Roles given in another sentence than the name: a description that refers to the person."""

from __future__ import annotations

import pytest


def roles(statements) -> dict[str, str | None]:
    return {s.speaker.name: s.speaker.role for s in statements if s.speaker.type == "person"}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # Named in one sentence, described in the next.
        (
            "Tony Blair has predicted the government will give hundreds of millions in aid.\n\n"
            "The prime minister was speaking for the first time since his holiday. "
            "Mr Blair said he had been involved in all decisions.",
            "Tony Blair",
            "prime minister",
        ),
        # An age is no role.
        (
            "Lindsay Davenport has put any talk of retirement on hold.\n\n"
            "The 28-year-old world number one had said that she would quit at the end of last year. "
            "\"Finally I felt I put myself in a position to win Grand Slams again,\" said Davenport.",
            "Lindsay Davenport",
            "world number one",
        ),
        # The lead describes, the next sentence names; the headline may name him first.
        (
            "Goldsmith denies war advice claim\n\n"
            "The attorney general has denied his statement to Parliament was drafted by officials.\n\n"
            "Lord Goldsmith said Lord Falconer played no part in drafting the answer.",
            "Lord Goldsmith",
            "attorney general",
        ),
        (
            "The lack of public outrage is a powerful indictment of rights groups, Amnesty International's chief has said.\n\n"
            "In a lecture in London, Irene Khan said human rights had been flouted.",
            "Irene Khan",
            "Amnesty International's chief",
        ),
        (
            "Terrorists might try to target the UK before the election, London's most senior police officer has said.\n\n"
            "Sir Ian Blair said terror groups would remember the effect of the Madrid bomb.",
            "Ian Blair",
            "London's most senior police officer",
        ),
        # The description speaks, and was resolved to the one person named before it.
        (
            "Gordon Brown has frozen petrol duty. He said borrowing would rise slightly. "
            "The chancellor said the economy was strong.",
            "Gordon Brown",
            "chancellor",
        ),
        # A role given with the name comes first.
        (
            "Tory leader Michael Howard spoke in Leeds. The party leader said taxes would fall.",
            "Michael Howard",
            "Tory leader",
        ),
    ],
    ids=["next-sentence", "age", "lead", "possessive", "officer", "resolved", "named-first"],
)
def test_role_from_a_description(statements_of, text, name, role):
    assert roles(statements_of(text))[name] == role


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Someone else named beside the description: "the premier" is Blair, not Mr Brown.
        (
            "Gordon Brown has outlined the themes of the election bid. "
            "The premier insisted Mr Brown will have a key role, and Mr Brown said he was pleased.",
            "Gordon Brown",
        ),
        # Someone named between: the description may be either.
        (
            "Gordon Brown froze petrol duty. But Oliver Letwin attacked Mr Brown's record. "
            "The shadow chancellor said the golden rule had turned to dross. "
            "Mr Letwin told MPs the tide was going out on the chancellor's credibility.",
            "Oliver Letwin",
        ),
        # Someone else holds the title.
        (
            "Prime Minister Tony Blair met business leaders on Monday. Michael Howard said taxes were too high. "
            "The prime minister was in Brussels on Tuesday.",
            "Michael Howard",
        ),
        # Another person described beside it; an aside.
        (
            "Gordon Brown sets out what is seen as a rival manifesto. The prime minister responds by scheduling "
            "his press conference to clash with a speech by the chancellor. Mr Brown said the manifesto was his own.",
            "Gordon Brown",
        ),
        (
            "Mr Michael Howard hopes his message will start to hit home. And it is likely - and the prime minister "
            "probably hopes - that the economy will be the deciding factor. Mr Howard said taxes would fall.",
            "Michael Howard",
        ),
        # Inside what someone said, a description is whoever the speaker meant.
        (
            "Michael Howard spoke in Leeds on Friday. He said the prime minister had lied to voters.",
            "Michael Howard",
        ),
        # An unnamed source stands between.
        (
            "Alan Smith left the firm last year. A spokesman said profits had fallen. "
            "The chief executive resigned in March. Mr Smith said he was proud of the company.",
            "Alan Smith",
        ),
    ],
    ids=["named-beside", "named-between", "title-held", "described-beside", "aside", "in-what-was-said", "unnamed-between"],
)
def test_no_role_from_a_description_of_someone_else(statements_of, text, name):
    assert roles(statements_of(text)).get(name, "not a speaker") is None


def test_an_inverted_aside_s_clause_subject_is_no_role(statements_of):
    # Review: the parser apposes the reported clause's subject to the name; it runs on into a verb.
    text = "Andrew Pearson runs a small bank in Leeds. Often, said Mr Pearson, this sensitive information was invisible."
    [found] = statements_of(text)
    assert (found.speaker.name, found.speaker.role) == ("Andrew Pearson", None)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # A hyphenated word that says how someone is, alone before the name, is no role.
        ("The new-look Kelly Holmes said she would race again.", None),
        ("The in-form Thierry Henry said Arsenal could still win the league.", None),
        # A role's hyphenated word opens with a noun, and a role noun after the modifier stays.
        ("Ex-minister John Smith said the plan was wrong.", "Ex-minister"),
        # A title's prefix the parser cut off the mention: a vice-chairman is no chairman.
        ("The club's vice-chairman John Smith said it would not sell.", "vice-chairman"),
        ("Co-founder Larry Page said the firm would grow.", "Co-founder"),
        # A title word the parser split at its hyphen, its first half hung on "by": the whole title.
        (
            'The press conference was hosted by election co-ordinator Alan Milburn. "Welcome to the media centre," he said.',
            "election co-ordinator",
        ),
        # Negative: an age split at its hyphens is no title.
        ("He was praised by the 34-year-old Kelly Holmes, who said she was tired.", None),
        # Without "the" it stands as a title: a rugby position.
        ("Up front, open-side Martyn Williams said he was fit to start.", "open-side"),
        ("Editor-in-chief Ian Hislop said the magazine would appeal.", "Editor-in-chief"),
        ("The under-fire coach Tony Lester said the team would recover.", "under-fire coach"),
    ],
)
def test_a_hyphenated_modifier_alone_is_no_role(statements_of, text, role):
    [found] = statements_of(text)
    assert found.speaker.role == role
