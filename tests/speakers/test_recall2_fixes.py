"""Wrong speakers the second blind recall audit found (docs/evaluation.md, seed 97), on the
audit's own sentences from BBC 2005 articles, and the merges' left-overs."""

from __future__ import annotations

import pytest

from .find import speakers_of


PLASMA = (
    "Electronics firms eye plasma deal\n\nConsumer electronics giants Hitachi and Matshushita Electric are joining "
    "forces to share and develop technology for flat screen televisions.\n\nThe tie-up comes as the world's top "
    "producers are having to contend with falling prices and intense competition. The two Japanese companies will "
    "collaborate in research & development, production, marketing and licensing. They said the agreement would "
    "enable the two companies to expand the plasma display TV market globally."
)


@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        # G31: "Japanese" of "The two Japanese companies" is no one; "they" is both companies named together.
        (PLASMA, "the agreement would", [("Hitachi", "organisation"), ("Matshushita Electric", "organisation")]),
        # One company named alone: "they" stays that company.
        ("Tesco has cut prices again. They said the cuts would last.", "the cuts would last", [("Tesco", "organisation")]),
        # G21: the body named in apposition, not its description.
        (
            "Web tracking company Envisional said 18% of downloaders were from within the UK.",
            "18% of downloaders",
            [("Envisional", "organisation")],
        ),
        # G51: "solid Chrysler sales" names whose sales; the lead's subject is the company.
        (
            "US-German carmaker DaimlerChrysler has sold 2.1% more cars in 2004 than in the previous year, as solid "
            "Chrysler sales offset a weak showing for Mercedes.\n\nSales totalled 3.9 million units worldwide during "
            "2004, the company said at the Detroit Motor Show.",
            "Sales totalled",
            [("DaimlerChrysler", "organisation")],
        ),
        # G60: a percentage keeps its "%", also through a relative pronoun.
        (
            "And 47% saw their family's economic conditions improving, as against 36% who said they were getting worse.",
            "they were getting worse",
            [("36%", "anonymous")],
        ),
        # "Marks and Spencer", two bodies to the recognizer, is one retailer.
        (
            "Marks and Spencer said sales fell over Christmas. The retailer said profits would rise.",
            "profits would rise",
            [("Marks and Spencer", "organisation")],
        ),
    ],
    ids=["they-two-companies", "they-one-company", "body-in-apposition", "division-in-the-lead", "percentage", "joint-name"],
)
def test_bodies(statements_of, text, content, expected):
    assert speakers_of(statements_of(text), content) == expected


@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        # G65: "our correspondent" is the BBC's journalist named in the sentence before, of three in the article.
        (
            "People in China were the most optimistic. China has seen two decades of blistering economic growth, says "
            "the BBC's Louisa Lim in Beijing. But the results also may reflect the untrammelled confidence of people who "
            "are subject to endless government propaganda, our correspondent says. The BBC's David Willey in Rome says "
            "one reason for that result is the changeover from the lira to the euro.",
            "untrammelled confidence",
            ("Louisa Lim", "person"),
        ),
        # The only BBC journalist the article names, however far before.
        (
            "BBC correspondent James Hardy said Mr Brown would draw sharp dividing lines with the Conservatives. The "
            "chancellor will speak on Monday. He is expected to attack Tory plans. Our correspondent said Mr Brown "
            "would lay out his credentials.",
            "lay out his credentials",
            ("James Hardy", "person"),
        ),
        # G46/G47: a woman described by her brother's given name is not him, nor is her "she".
        (
            "Jarek Kujda, one of the project's founding members, has been into electronic music for a while now. "
            "Malgorzata Kujda, Jarek's younger sister and a fellow band member, describes a concert as a lot of noise. "
            '"For example, I make music with more hard beats and noises," she said.',
            "hard beats",
            ("Malgorzata Kujda", "person"),
        ),
        # The lead's full name for a surname alone: unlabelled ("Lleyton"), or labelled a body ("Taylor Dent").
        (
            "Lleyton Hewitt gave himself the perfect preparation with victory over Ivo Minar. \"It was a strange "
            'match," said Hewitt.',
            "strange match",
            ("Lleyton Hewitt", "person"),
        ),
        (
            "Second seed Joachim Johansson won his second career title with a 7-5 6-3 win over Taylor Dent at the "
            "Australian hardcourt championships in Adelaide.\n\nThe Swede was made to graft, American Dent surviving "
            "three break points. Afterwards, Dent said he rated Johansson as a top contender.",
            "he rated Johansson",
            ("Taylor Dent", "person"),
        ),
        # A churchman's title is no body's name, and no given name.
        (
            "Billions of pounds spent on conflict in Iraq should have been used to reduce poverty, Cardinal Cormac "
            "Murphy-O'Connor has said.",
            "Billions of pounds",
            ("Cormac Murphy-O'Connor", "person"),
        ),
        (
            "The Archbishop of Canterbury has criticised the government over its case for war.",
            "the government over",
            ("The Archbishop of Canterbury", "anonymous"),
        ),
        # A name the recognizer ran on past a dash ("Roger Federer - nice bloke") is still his.
        (
            "Roger Federer - nice bloke, fantastic tennis player - the ultimate sportsman.\n\nAccording to all those "
            "players and even Federer himself, the Swiss star is in a different league.",
            "the Swiss star",
            ("all those players", "anonymous"),
        ),
    ],
    ids=["our-correspondent", "our-only-correspondent", "sister", "unlabelled-given-name", "given-name-labelled-a-body",
         "cardinal", "archbishop", "name-before-a-dash"],
)
def test_people(statements_of, text, content, expected):
    assert speakers_of(statements_of(text), content)[0] == expected


def test_a_name_before_a_dash_is_a_person_among_a_group(statements_of):
    text = (
        "Roger Federer - nice bloke, fantastic tennis player - the ultimate sportsman.\n\nAccording to all those "
        "players and even Federer himself, the Swiss star is in a different league."
    )
    assert speakers_of(statements_of(text), "the Swiss star")[1] == ("Roger Federer", "person")


@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        # Two given names the list knows are two people, as before; a headline's adjective is not one.
        ("Classy Henman makes winning start\n\nTim Henman beat David Nalbandian in Doha. Henman said he was pleased.",
         "he was pleased", ("Tim Henman", "person")),
        # A title before a surname is no given name.
        ("Coach Smith has picked the team. Smith said the side was ready.", "the side was ready", ("Smith", "person")),
        # Several journalists, none in the sentence before: left as written.
        (
            "The BBC's Elizabeth Blunt says Africans are gloomy. The BBC's David Willey in Rome says Italians blame "
            "the euro. Growth was slow in Europe. Prices rose. Our correspondent says the mood may change.",
            "the mood may change",
            ("Our correspondent", "anonymous"),
        ),
        # A place's or a body's word after another capital is no surname with a given name.
        ("The deal was signed with Air China on Monday. China said it would approve the deal.", "approve the deal",
         ("China", "organisation")),
        ("Strathclyde Police have issued a warning. Police said the man was dangerous.", "the man was dangerous",
         ("Police", "anonymous")),
    ],
    ids=["headline-adjective", "title", "several-journalists", "place", "police"],
)
def test_left_as_they_were(statements_of, text, content, expected):
    assert speakers_of(statements_of(text), content)[0] == expected
