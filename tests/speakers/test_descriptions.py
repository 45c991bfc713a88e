"""Descriptions the article resolves by naming the person after them (``speakers.descriptions``)."""

from __future__ import annotations

import pytest

from .find import speaker_of


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        # The BBC's lead describes, the next sentence names the speaker.
        (
            "German music in a 'zombie' state\n\n"
            "The German music business is \"in the state of a zombie\" because it has failed to respond "
            "to downloading, a leading industry figure has said.\n\n"
            "Tim Renner, the head of Universal Music Germany until last year, told BBC World Service "
            "that the industry was now struggling to survive.",
            "in the state of a zombie",
            "Tim Renner",
        ),
        (
            "More than 5.2 million Germans were out of work in February.\n\n"
            "The news comes as the head of Germany's panel of government economic advisers predicted "
            "growth would again stagnate. Speaking on German TV, Bert Ruerup said the panel's earlier "
            "forecast was too optimistic.",
            "growth would again stagnate",
            "Bert Ruerup",
        ),
        # The exact title given to one person in apposition, paragraphs later: "he" is him too.
        (
            "In London on Thursday, India's finance minister, lashed out at the trade policies of the G7 "
            "nations. He also called for reform of the United Nations.\n\n"
            "Palaniappan Chidambaram, India's finance minister, argued that these organisations must change.",
            "reform of the United Nations",
            "Palaniappan Chidambaram",
        ),
        # A host is a description of a person: the one person named before.
        (
            "Cat Deeley has resigned as host of the Saturday morning music show CD:UK.\n\n"
            "The 28-year-old host who also presents Stars In Their Eyes said she wanted to concentrate "
            "on new television projects.",
            "concentrate on new television projects",
            "Cat Deeley",
        ),
    ],
    ids=["lead-figure", "next-sentence", "apposition-later", "host"],
)
def test_description_named_by_the_article(statements_of, text, content, name):
    assert speaker_of(statements_of(text), content) == (name, "person")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # An unnamed source stays unnamed, whoever speaks next.
        (
            "The firm will cut 500 jobs, a spokesman has said.\n\n"
            "Chief executive John Smith said the cuts were painful but necessary.",
            "cut 500 jobs",
        ),
        # The next sentence names someone with another title.
        (
            "Profits will fall this year, the chief executive has warned.\n\n"
            "Analyst John Smith said the warning came as no surprise.",
            "Profits will fall",
        ),
        # People were named before the description: it may be one of them, or another.
        (
            "Peter Hain and Tony Blair have backed the plan. The economy will grow, the party chairman predicted.\n\n"
            "John Smith said the forecast was too optimistic.",
            "The economy will grow",
        ),
        # The next sentence names the person, but not as the one who speaks.
        (
            "Growth will stagnate this year, the head of the panel of economic advisers predicted.\n\n"
            "Bert Ruerup was appointed last year.",
            "Growth will stagnate",
        ),
        # One of many, unnamed: not the man who speaks next.
        (
            "The study predicts that 40% of all home PC security buyers will be women in 2005. "
            "\"I think older people have become more vigilant,\" said one over-60 woman who took part in the research.\n\n"
            "\"You started off with young male stereotype computer users,\" Paul Goosens, head of Preventon, told the BBC.",
            "more vigilant",
        ),
    ],
    ids=["spokesman", "other-title", "named-before", "not-speaking", "one-of-many"],
)
def test_description_left_as_written(statements_of, text, content):
    assert speaker_of(statements_of(text), content)[1] == "anonymous"


def test_a_title_owned_by_another_country_is_not_his(statements_of):
    # "the finance minister" alone is any finance minister: Gordon Brown is one too.
    text = (
        "In London, the finance minister lashed out at the trade policies of the G7 nations. "
        "He also called for reform of the United Nations.\n\n"
        "Palaniappan Chidambaram, the finance minister, argued that these organisations must change. "
        "The conference was hosted by UK finance minister Gordon Brown."
    )
    assert speaker_of(statements_of(text), "reform of the United Nations")[:2] == (None, "unknown")  # left unresolved


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        # The headline's one person, the last subject named: an age describes them.
        (
            "Radcliffe will compete in London\n\n"
            "Paula Radcliffe will compete in the Flora London Marathon this year after deciding her schedule.\n\n"
            "The 31-year-old said she would defend her title.",
            "defend her title",
            "Paula Radcliffe",
        ),
        # Several people named before: "the 64-year-old" is still the headline's one.
        (
            "Phil Spector facing more legal action\n\n"
            "Donna Clarkson, whose daughter Lana was found dead in Mr Spector's home, is seeking damages. "
            "Mr Spector is currently free on bail and is awaiting trial. "
            "The 64-year-old has said her death was accidental.",
            "her death was accidental",
            "Phil Spector",
        ),
    ],
    ids=["age", "age-after-others"],
)
def test_description_of_the_headline_person(statements_of, text, content, name):
    assert speaker_of(statements_of(text), content) == (name, "person")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # The last subject is not the headline's person.
        (
            "Hewitt overcomes wobble in Sydney\n\n"
            "Top seed Lleyton Hewitt won the title on Saturday. "
            "Karol Beck, ranked 158th in the world, was forced to pull out of qualifying to play in the final. "
            "\"For me, this was a big success,\" said the 20-year-old.",
            "this was a big success",
        ),
        (
            "Van Nistelrooy set to return\n\n"
            "Ruud van Nistelrooy has been out for nearly three months. "
            "But Manchester United manager Sir Alex Ferguson hinted he may be back early. "
            "The 28-year-old said he was feeling fine.",
            "feeling fine",
        ),
        # Someone else named since the subject.
        (
            "Molik into fourth round\n\n"
            "Alicia Molik grew in confidence and won in 56 minutes. She will now meet Venus Williams. "
            "\"Bring it on,\" said the 23-year-old.",
            "Bring it on",
        ),
        # Two speakers: "the player" is not all of them.
        (
            "Wales critical of clumsy Grewcock\n\n"
            "Wales coach Mike Ruddock says England lock Danny Grewcock needs to review his actions.\n\n"
            "Six years earlier, Grewcock became only the second England player to be sent off in Tests. "
            "The player himself and his captain Jason Robinson have both said that the clash with Peel was accidental.",
            "the clash with Peel was accidental",
        ),
    ],
    ids=["other-subject", "manager", "named-since", "two-speakers"],
)
def test_description_not_the_headline_person(statements_of, text, content):
    assert speaker_of(statements_of(text), content)[1] == "anonymous"


# A body that oversees others, described: the one body the article calls so, wherever named.
REGULATOR_TIED = (
    "Traders at US banking giant Citigroup are facing a criminal investigation in Germany.\n\n"
    "The move was widely criticised, and now the German regulator has said it has found evidence of market manipulation. "
    "Citigroup said it would co-operate.\n\n"
    "Germany's financial watchdog BaFin told BBC News it had transferred the investigation."
)
# No body called a regulator: "the regulator" is not Citigroup, the last one named.
REGULATOR_UNTIED = (
    "Traders at US banking giant Citigroup are facing a criminal investigation in Germany.\n\n"
    "The move was widely criticised, and now the German regulator has said it has found evidence of market manipulation."
)


def test_a_regulator_is_the_body_called_so(statements_of):
    assert speaker_of(statements_of(REGULATOR_TIED), "evidence of market manipulation") == ("BaFin", "organisation")


def test_a_regulator_is_never_the_last_firm_named(statements_of):
    # Left as written, a body of its own.
    assert speaker_of(statements_of(REGULATOR_UNTIED), "evidence of market manipulation") == ("German regulator", "organisation")


# Audit k #19: an unnamed "source" ("The legal action accuses…") before the subject is no one
# named since him.
SPECTOR = (
    "Spector facing more legal action\n\n"
    "Music producer Phil Spector is facing legal action from the mother of the actress he has been accused of killing.\n\n"
    "Donna Clarkson, whose daughter Lana was found dead in Mr Spector's home in February 2003, is seeking damages. "
    "The legal action accuses Mr Spector of murdering the actress at his LA home. "
    "Mr Spector is currently free on bail and is awaiting trial. "
    "The 64-year-old has denied the killing, saying her death was accidental."
)
# An unnamed source since the subject: the age may be theirs, so it stays as written.
SPECTOR_LAWYERS = SPECTOR.replace("The 64-year-old", "His lawyers said he would be cleared. The 64-year-old")


def test_an_age_after_an_earlier_unnamed_source_is_the_headline_person(statements_of):
    assert speaker_of(statements_of(SPECTOR), "her death was accidental") == ("Phil Spector", "person")


def test_an_age_after_an_unnamed_source_since_stays_as_written(statements_of):
    assert speaker_of(statements_of(SPECTOR_LAWYERS), "her death was accidental") == ("The 64-year-old", "anonymous")


# Audit k #26: the next sentence names one person, as its subject, with a verb that reports nothing.
COMMISSIONER = (
    "Watchdog probes e-mail deletions\n\n"
    "The information commissioner says he is urgently asking for details of Cabinet Office orders telling staff to delete e-mails.\n\n"
)


def test_a_description_named_alone_as_the_next_subject(statements_of):
    text = COMMISSIONER + 'Richard Thomas "totally condemned" the deletion of e-mails to prevent their disclosure.'
    assert speaker_of(statements_of(text), "urgently asking") == ("Richard Thomas", "person")


def test_a_description_stays_where_the_next_sentence_names_two(statements_of):
    text = COMMISSIONER + "Richard Thomas met Tony Blair on Monday to discuss the deletion of e-mails."
    assert speaker_of(statements_of(text), "urgently asking") == ("The information commissioner", "anonymous")


def test_a_description_named_next_as_subject_of_an_evaluating_verb(statements_of):
    # No quotation, but "condemn" praises or blames: the sentence goes on saying.
    text = COMMISSIONER + "Richard Thomas condemned the deletion of e-mails to prevent their disclosure."
    assert speaker_of(statements_of(text), "urgently asking") == ("Richard Thomas", "person")


@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        # Review finding 3: a deed, not a saying, ties no one to the description.
        (
            "The chairman said the figures were poor. Tony Blair visited the factory on Monday.",
            "figures were poor",
            ("The chairman", "anonymous"),
        ),
        (
            "The manager said the team had played well. Alex Ferguson won his first title in 1993.",
            "team had played well",
            ("The manager", "anonymous"),
        ),
    ],
    ids=["visited", "won"],
)
def test_a_description_stays_where_the_next_subject_does_not_go_on_saying(statements_of, text, content, expected):
    assert speaker_of(statements_of(text), content) == expected


def test_scare_quotes_in_the_next_sentence_tie_no_one(statements_of):
    """A word in scare quotes is no saying: the chairman stays unnamed (second review)."""
    statements = statements_of('The chairman said the figures were poor. Tony Blair visited the "new" factory.')
    assert speaker_of(statements, "the figures were poor") == ("The chairman", "anonymous")


def test_a_title_is_the_headline_s_subject_though_someone_else_is_named_in_passing(statements_of):
    # "under Jane Smith": an object the headline does not name; the party leader is the lede's subject.
    text = (
        "Cole attacks cost of housing\n\n"
        "Peter Cole has launched an attack on the cost of housing under Jane Smith.\n\n"
        "The Green leader said councils had spent more than £2bn on temporary homes."
    )
    assert speaker_of(statements_of(text), "councils had spent") == ("Peter Cole", "person")


@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        # A nationality may be the one named in passing's as well as the subject's (rev1).
        (
            "Jones loses in Doha\n\n"
            "Tom Jones lost to Carl Meier in the final in Doha on Sunday. The Swiss said: \"I played very well today.\"",
            "I played very well today",
            ("The Swiss", "anonymous"),
        ),
        (
            "Smith upbeat after talks\n\n"
            "Peter Smith held talks with Jack Brown at the White House on Monday. "
            "The American said the talks had been very useful.",
            "the talks had been very useful",
            ("The American", "anonymous"),
        ),
    ],
    ids=["swiss", "american"],
)
def test_a_nationality_stays_as_written_beside_one_named_in_passing(statements_of, text, content, expected):
    assert speaker_of(statements_of(text), content) == expected
