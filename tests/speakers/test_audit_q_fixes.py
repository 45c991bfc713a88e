"""Wrong speakers of audit q mended by general rules: a performer's noun may be one given as another
(``descriptions._another_stage_noun``), and a title is held by another only if they were named
before the description (``descriptions.held_before``); one named as a clause's subject in a
sentence on a thing between the headline's person and the description is named in passing
(``descriptions._in_passing``); an age says one person throughout (``same_person.aged_as_before``); a place followed by a business noun is no company
(``bodies._described_as``); and a body's name in apposition to what it does is that body
(``body_descriptions.body_in_apposition``)."""

from __future__ import annotations

import pytest

from .find import speaker_of


@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        # "The singer" is the rock star; the singer named later is not yet known.
        (
            "Police praise Ozzy\n\n"
            "Rock star Ozzy Osbourne has been praised by police for tackling a burglar at his home. "
            "His wife Sharon called the police. A reward has been offered for information. "
            '"I acted on impulse," Osbourne said. The singer said he would do the same again. '
            "The burglar escaped over a wall.\n\n"
            "Singer Sir Elton John said he was glad his friend was safe.",
            "he would do the same again",
            ("Ozzy Osbourne", "person"),
        ),
        # Negative: a singer named before the description is the one it means.
        (
            "Police praise Ozzy\n\n"
            "Rock star Ozzy Osbourne has been praised by police for tackling a burglar at his home. "
            "Singer Sir Elton John, a friend, visited him on Tuesday. "
            '"I acted on impulse," Osbourne said. A reward has been offered for information. The singer '
            "said he would do the same again.",
            "he would do the same again",
            ("Elton John", "person"),
        ),
        # "George Bush" is named in a clause of a sentence about the issue: the headline's
        # Howard is still the one "the Tory leader" means.
        (
            "Howard backs stem cell research\n\n"
            "Michael Howard has backed stem cell research, saying it is important people are not frightened "
            "of the future.\n\nThe controversial issue was a feature of the recent US presidential election, "
            "where George Bush opposed extending it. But the Tory leader argued there was a moral case for "
            "embracing science.",
            "there was a moral case for embracing science",
            ("Michael Howard", "person"),
        ),
        # Negative: Bush the subject of the sentence between: the description stays as written.
        (
            "Howard backs stem cell research\n\n"
            "Michael Howard has backed stem cell research, saying it is important people are not frightened "
            "of the future.\n\nGeorge Bush opposed extending it during the recent US presidential election. "
            "But the Tory leader argued there was a moral case for embracing science.",
            "there was a moral case for embracing science",
            ("the Tory leader", "anonymous"),
        ),
    ],
    ids=["performer-nouns", "singer-named-before", "named-in-a-clause", "subject-between"],
)
def test_a_description_of_the_headline_s_person(statements_of, text, content, expected):
    assert speaker_of(statements_of(text), content) == expected


@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        # The article's first "The 28-year-old" meant McIlroy, the one named: so does the second.
        (
            "McIlroy aiming for Madrid title\n\n"
            "Northern Ireland man James McIlroy is confident he can win his first major title this weekend.\n\n"
            "The 28-year-old has been in great form in recent weeks. New coach Tony Lester has helped get "
            "McIlroy's career back on track. The 28-year-old 800 metres runner believes his decision to change "
            "coaches will bring the rewards.",
            "his decision to change coaches will bring the rewards",
            ("James McIlroy", "person"),
        ),
        # Negative: another age is no one the article described so before.
        (
            "McIlroy aiming for Madrid title\n\n"
            "Northern Ireland man James McIlroy is confident he can win his first major title this weekend.\n\n"
            "The 28-year-old has been in great form in recent weeks. New coach Tony Lester has helped get "
            "McIlroy's career back on track. The 45-year-old former Army sergeant believes the change of "
            "coaches will bring the rewards.",
            "the change of coaches will bring the rewards",
            ("The 45-year-old former Army sergeant", "anonymous"),
        ),
        # Negative (review): the age is given to someone else too.
        (
            "McIlroy aiming for Madrid title\n\n"
            "Northern Ireland man James McIlroy is confident he can win his first major title this weekend.\n\n"
            "The 28-year-old has been in great form in recent weeks. New coach Tony Lester, also 28, has helped get "
            "McIlroy's career back on track. The 28-year-old 800 metres runner believes his decision to change "
            "coaches will bring the rewards.",
            "his decision to change coaches will bring the rewards",
            ("The 28-year-old 800 metres runner", "anonymous"),
        ),
        # The age given again to the same person ("At 28, McIlroy") is no one else's.
        (
            "McIlroy aiming for Madrid title\n\n"
            "Northern Ireland man James McIlroy is confident he can win his first major title this weekend.\n\n"
            "The 28-year-old has been in great form in recent weeks. At 28, McIlroy knows time is short. New coach "
            "Tony Lester has helped get McIlroy's career back on track. The 28-year-old 800 metres runner believes "
            "his decision to change coaches will bring the rewards.",
            "his decision to change coaches will bring the rewards",
            ("James McIlroy", "person"),
        ),
        # Negative (review): a description "added" after another speaker, with someone it fits named between.
        (
            "Prime Minister Tony Blair defended the war.\n\n"
            "\"I have no regrets,\" Mr Blair told MPs. Michael Howard, who voted for the war, sat opposite. "
            "The Tory leader added that the country had been misled.",
            "the country had been misled",
            ("The Tory leader", "anonymous"),
        ),
    ],
    ids=["same-age", "another-age", "age-given-twice", "age-again-same-person", "another-named-between"],
)
def test_a_description_named_before(statements_of, text, content, expected):
    assert speaker_of(statements_of(text), content) == expected


@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        # "UK" before "oil firm" and "shares" is where the firm and the shares are: "The company" is Cairn Energy.
        (
            "Cairn shares slump\n\n"
            "Shares in Cairn Energy, a UK oil firm, have closed down 18% after a disappointing drilling update. "
            "The company said tests had shown no significant finds in one of its Indian oil fields. "
            "The FTSE 100 index of leading UK shares fell 1%.",
            "tests had shown no significant finds",
            ("Cairn Energy", "organisation"),
        ),
        # Negative: a company's name before a business noun is still a company.
        (
            "Yukos appeal\n\n"
            "Yukos shares fell sharply on Monday after the ruling. The company said it would appeal.",
            "it would appeal",
            ("Yukos", "organisation"),
        ),
        # The body named in apposition to what it does.
        (
            "New browser wins over net surfers\n\n"
            "Net traffic monitor, OneStat.com, has reported that the open-source browser Firefox seems to be "
            "drawing users away from Internet Explorer.",
            "the open-source browser Firefox seems to be drawing users away",
            ("OneStat.com", "organisation"),
        ),
        # Negative: a spokesman is no body, whatever is named beside him.
        (
            "Browser figures\n\n"
            "A spokesman, speaking for Microsoft, said that Internet Explorer was still the most used browser.",
            "Internet Explorer was still the most used browser",
            ("A spokesman", "anonymous"),
        ),
    ],
    ids=["place-before-firm", "company-before-shares", "body-in-apposition", "spokesman-stays"],
)
def test_a_body_named(statements_of, text, content, expected):
    assert speaker_of(statements_of(text), content) == expected
