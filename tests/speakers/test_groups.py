"""Joint speakers: a mention that names a group gives the statement co-speakers (``speakers.groups``)."""

from __future__ import annotations

import pytest

from .find import speaker_of, statement_with, speakers_of


def group_of(statements, content: str) -> list[tuple[str | None, str, str | None]]:
    """(name, type, mention text) of the speaker and each co-speaker of the statement whose content holds ``content``."""
    found = next(s for s in statements if any(content in p.text for p in s.content))
    return [(p.name, p.type, p.mention.text if p.mention else None) for p in (found.speaker, *found.co_speakers)]


@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        (
            "Tesco, Asda and Morrisons all said sales had risen over Christmas.",
            "sales had risen",
            # Morrisons, labelled a person by the recognizer, is listed among bodies only.
            [("Tesco", "organisation", "Tesco"), ("Asda", "organisation", "Asda"), ("Morrisons", "organisation", "Morrisons")],
        ),
        (
            "\"We are delighted,\" Tesco chief executive Terry Leahy and his finance director Andrew Higginson "
            "said in a joint statement.",
            "We are delighted",
            [
                ("Terry Leahy", "person", "Tesco chief executive Terry Leahy"),
                ("Andrew Higginson", "person", "his finance director Andrew Higginson"),
            ],
        ),
        (
            "Ministers set out the plan on Monday.\n\nLabour and the Conservatives both said the plan was unworkable.",
            "the plan was unworkable",
            [("Labour Party", "organisation", "Labour"), ("Conservative Party", "organisation", "the Conservatives")],
        ),
        (
            "Mr Blair and his wife said they were delighted with the result.",
            "they were delighted",
            [("Blair", "person", "Mr Blair"), ("his wife", "anonymous", "his wife")],
        ),
        (
            "Both Plaid Cymru and the Liberal Democrats said the plan was flawed.",
            "the plan was flawed",
            [("Plaid Cymru", "organisation", "Plaid Cymru"), ("Liberal Democrats", "organisation", "the Liberal Democrats")],
        ),
        (
            # A body described and named in apposition is that body, not the last one named (Amnesty).
            "Both Amnesty and the lobby group Guantanamo Human Rights Commission said the trials were unfair.",
            "the trials were unfair",
            [
                ("Amnesty", "organisation", "Amnesty"),
                ("Guantanamo Human Rights Commission", "organisation", "the lobby group Guantanamo Human Rights Commission"),
            ],
        ),
        (
            # A possessive of a common noun is the member's own: no owner of the pair.
            "Russian President Vladimir Putin and the country's legal authorities said the case was closed.",
            "the case was closed",
            [
                ("Vladimir Putin", "person", "Russian President Vladimir Putin"),
                ("the country's legal authorities", "anonymous", "the country's legal authorities"),
            ],
        ),
        (
            "Apple and Motorola said the phone would ship in March.",
            "the phone would ship",
            [("Apple", "organisation", "Apple"), ("Motorola", "organisation", "Motorola")],
        ),
    ],
)
def test_a_group_is_each_of_its_members(statements_of, text, content, expected):
    assert group_of(statements_of(text), content) == expected


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # One company with "and" or "&" in its name.
        ("Marks and Spencer said sales fell over Christmas.", "sales fell", "Marks and Spencer"),
        ("Procter & Gamble said profits rose.", "profits rose", "Procter & Gamble"),
        ("Ernst & Young said the audit was sound.", "the audit was sound", "Ernst & Young"),
        # Two titles of one man.
        ("Chairman and chief executive Terry Leahy said prices would fall.", "prices would fall", "Terry Leahy"),
        # One spokesman of the pair.
        ("Tesco and Asda's spokesman said prices would fall.", "prices would fall", "Tesco and Asda"),
        # One body, named after what it is; a shared modifier after the last word ("Against Crime").
        (
            "But local group Victims and Citizens Against Crime said he should not be working behind bars.",
            "he should not be working",
            "Victims and Citizens Against Crime",
        ),
        # One man's title, in apposition or before his name.
        (
            "Kamal Nath, Commerce and Industry Minister, said on Thursday that the rules would change.",
            "the rules would change",
            "Kamal Nath",
        ),
        (
            "The industry will work with the artists, said media and PR strategist Glen Yearwood.",
            "The industry will work",
            "Glen Yearwood",  # the parser heads it by "media"; no co-speaker taken from his own title
        ),
        # "and" may continue the body's name: no group of a spokesman, Media and Sport.
        (
            "A spokesman for the Department for Culture, Media and Sport said there were no plans to sell the channel.",
            "no plans to sell",
            "A spokesman for the Department for Culture",
        ),
        # "or" is no joint statement.
        ("Blair or Brown will say the economy is strong.", "the economy is strong", "Blair"),
    ],
)
def test_one_speaker_named_with_and_stays_one(statements_of, text, content, speaker):
    found = next(s for s in statements_of(text) if any(content in p.text for p in s.content))
    assert (found.speaker.name, found.co_speakers) == (speaker, ())


def test_a_description_in_a_group_is_not_the_one_person_named_before(statements_of):
    # Alone, "the chancellor said" after one named person is that person; beside "the prime
    # minister" it is someone else than Mr Blair, whom the article never called chancellor.
    text = "Mr Blair visited Leeds on Monday.\n\nThe prime minister and the chancellor said the economy was strong."
    group = group_of(statements_of(text), "the economy was strong")
    assert group[1] == ("the chancellor", "anonymous", "the chancellor")


def test_a_titled_description_in_a_group_is_the_one_given_the_title(statements_of):
    text = (
        "Chancellor Gordon Brown and Prime Minister Tony Blair met on Monday.\n\n"
        "Later the prime minister and the chancellor said the economy was strong."
    )
    names = [name for name, _, _ in group_of(statements_of(text), "the economy was strong")]
    assert names == ["Tony Blair", "Gordon Brown"]


def test_a_member_with_a_clause_between_is_no_member(statements_of):
    # The parser hangs "many other causes" on "The organisers": not a second source.
    text = (
        "The organisers of the gathering, which brings together thousands of campaigners against "
        "globalisation, for fair trade, and many other causes, said they would set an alternative agenda."
    )
    found = next(s for s in statements_of(text) if "alternative agenda" in s.text)
    assert found.co_speakers == ()


def test_a_name_the_recognizer_cut_is_a_body_among_bodies(statements_of):
    text = "The Sunday Times and The Sunday Telegraph say they will oppose any formal takeover bid."
    assert group_of(statements_of(text), "they will oppose") == [
        ("Sunday Times", "organisation", "The Sunday Times"),
        ("Sunday Telegraph", "organisation", "The Sunday Telegraph"),
    ]


def test_they_right_after_a_group_is_the_group_again(statements_of):
    text = (
        "Ministers set out the plan on Monday.\n\n"
        "Labour and the Conservatives both said the plan was unworkable. They added that it would cost too much."
    )
    assert group_of(statements_of(text), "it would cost too much") == [
        ("Labour Party", "organisation", "They"), ("Conservative Party", "organisation", "They"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "John Smith and Peter Jones said the economy was weak. They added that rates would rise.",
        # After a document the two issued; and a body named before them is not the "they" (had been
        # no one, and the Bank).
        "The economy is slowing. A report by John Smith and Peter Jones said growth would fall. They added that rates would rise.",
        "The Bank of England raised rates. John Smith and Peter Jones said the economy was weak. They added that rates would rise.",
    ],
    ids=["plain", "after-a-report", "a-body-before"],
)
def test_they_after_people_who_spoke_together_is_them(statements_of, text):
    assert group_of(statements_of(text), "rates would rise") == [
        ("John Smith", "person", "They"), ("Peter Jones", "person", "They"),
    ]


def test_a_plural_subject_inside_what_they_said_is_no_one_named_between(statements_of):
    # bbc-2005 politics/iraqis-win-death-test-case-probe: "…, they said" after the two judges ruled.
    text = "John Smith and Peter Jones said the economy was weak. Most firms had no cash, so rates would rise, they said."
    assert group_of(statements_of(text), "rates would rise") == [("John Smith", "person", "they"), ("Peter Jones", "person", "they")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Negative: others named since; or sentences on, where a "they" may be anyone.
        ("Shares in Acme fell. John Smith and Peter Jones said the economy was weak. Analysts at Goldman Sachs "
         "disagree. They said rates would rise.", [("Analysts at Goldman Sachs", "anonymous", "They")]),
        ("The Bank of England raised rates. John Smith and Peter Jones said the economy was weak. Prices fell in "
         "March. Shops were empty. They said rates would rise.", [("Bank of England", "organisation", "They")]),
        # People the cast does not name, a plural subject between (review): the group said nothing here.
        ("John Smith and Peter Jones said the economy was weak, but many economists disagree. They said rates would rise.",
         [(None, "unknown", "They")]),
        ("John Smith and Peter Jones said the economy was weak. Shop owners are less gloomy: they say rates would rise.",
         [(None, "unknown", "they")]),
    ],
    ids=["named-since", "sentences-on", "plural-since", "plural-subject"],
)
def test_they_after_others_or_further_on_is_not_the_group(statements_of, text, expected):
    assert group_of(statements_of(text), "rates would rise") == expected


def test_a_title_split_at_its_and_is_the_named_persons_role(statements_of):
    # The parser coordinates "media" with the name: the name speaks, the whole title is his role.
    text = (
        '"The reggae industry will work with the artists," according to media and PR strategist '
        "Glen Yearwood, who is representing the reggae industry."
    )
    found = statement_with(statements_of(text), "The reggae industry will work")
    assert (found.speaker.name, found.speaker.type, found.speaker.role) == ("Glen Yearwood", "person", "media and PR strategist")


def test_a_bare_noun_and_a_name_without_a_title_are_no_title(statements_of):
    # "staff and John Smith": no title words before the name, so the name is not taken from the noun.
    text = "The plan was a mistake, according to staff and John Smith, who runs the shop."
    assert speaker_of(statements_of(text), "The plan was a mistake") == ("staff", "anonymous")


# Review finding 5: the first noun before "and" must be able to be a person's title.
@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        # A body's noun: the name is the club's, which speaks as no person.
        (
            "The deal is off, according to football club and former European champion Borussia Dortmund.",
            "The deal is off",
            ("football club", "anonymous"),
        ),
        # People in the plural: "parents" is no title of Jane Smith's.
        (
            "The school would close, according to parents and head teacher Jane Smith.",
            "The school would close",
            ("parents", "anonymous"),
        ),
    ],
    ids=["club", "parents"],
)
def test_a_body_or_a_plural_before_and_is_no_title(statements_of, text, content, expected):
    assert speaker_of(statements_of(text), content) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "The pair" with no two joined by "and": the two people its own sentence names before it.
        ("Rapper 50 Cent has ended his feud with his protege The Game as the pair said they wanted to be role models.",
         [("50 Cent", "person"), ("The Game", "person")]),
        ("Tony Blair met Gordon Brown in Downing Street, and the pair said they wanted to be role models.",
         [("Tony Blair", "person"), ("Gordon Brown", "person")]),
        # "John and Mary Smith": John shares the surname.
        ("John and Mary Smith were attacked at home. The couple said they wanted to be role models.",
         [("John Smith", "person"), ("Mary Smith", "person")]),
        # Negative: three people in the sentence, or the two named in another sentence: as written.
        ("Tony Blair met Gordon Brown and Ed Balls in Leeds. Later the pair said they wanted to be role models.",
         [("Gordon Brown", "person"), ("Ed Balls", "person")]),
        ("Tony Blair met Gordon Brown. Later the pair said they wanted to be role models.", [("the pair", "anonymous")]),
        ("Tony Blair met Gordon Brown with Ed Balls in Leeds, and the pair said they wanted to be role models.",
         [("the pair", "anonymous")]),
        # Negative: names inside what the pair said, or in a clause the pair is not in.
        ("“Tony Blair let us down when he sacked Gordon Brown. We want to be role models,” said the pair.",
         [("the pair", "anonymous")]),
        ("Outside the court, where Judge John Hale jailed Tom Price, the couple said they wanted to be role models.",
         [("the couple", "anonymous")]),
        # Negative: two given names of one sex share no surname ("Owen" may be Michael Owen).
        ("Owen and Steven Gerrard were attacked at home. The pair said they wanted to be role models.",
         [("Owen", "person"), ("Steven Gerrard", "person")]),
    ],
    ids=["no-and", "met", "one-surname", "and-before", "another-sentence", "three", "in-the-quote", "in-a-clause",
         "one-sex"],
)
def test_the_pair_is_the_two_named_together(statements_of, text, expected):
    assert speakers_of(statements_of(text), "role models") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Microsoft and Sony will launch new consoles. The former said its machine would sell well.", ("Microsoft", "organisation")),
        ("Microsoft and Sony will launch new consoles. The latter said its machine would sell well.", ("Sony", "organisation")),
        ("Tony Blair and Gordon Brown met on Monday. The latter said its machine would sell well.", ("Gordon Brown", "person")),
        # The pair last named: people after bodies.
        ("Microsoft and Sony will launch new consoles. Tony Blair and Gordon Brown met. The former said its machine "
         "would sell well.", ("Tony Blair", "person")),
        # Two bodies its own sentence names before it, no "and" between.
        ("Concerns were raised about Sumitomo's ability to absorb UFJ and the former said its machine would sell well.",
         ("Sumitomo", "organisation")),
        # Negative: "the former" of a description, or no two named together: as written.
        ("Gordon Brown met voters. The former chancellor said its machine would sell well.", ("Gordon Brown", "person")),
        ("Sales rose in March. The former said its machine would sell well.", ("The former", "anonymous")),
        # Negative: the pair named paragraphs before, or someone else named since: as written.
        ("Tony Blair and Gordon Brown met on Monday.\n\nThe talks went well.\n\nLater Jose Mourinho attacked the "
         "board, and the latter said its machine would sell well.", ("the latter", "anonymous")),
        ("Microsoft and Sony will launch new consoles. Steve Jobs met Bill Gates. The former said its machine would "
         "sell well.", ("The former", "anonymous")),
    ],
    ids=["former", "latter", "people", "last-pair", "its-sentence", "a-description", "no-pair", "far-back",
         "named-since"],
)
def test_the_former_and_the_latter_are_the_first_and_second_named_together(statements_of, text, expected):
    assert speaker_of(statements_of(text), "would sell well") == expected
