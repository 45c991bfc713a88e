"""A person's name built from the right words of a mention, and the recognizer's labels
overruled where the article says otherwise (``speakers.names``, ``speakers.mentions``)."""

from __future__ import annotations

import pytest

from .find import speaker_of, statement_with


@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        # The name starts after the last title: a party's word before "peer Lord" is no name.
        (
            "But Liberal Democrat peer Lord Carlile, the government's reviewer of terror laws, "
            "said it was possible some of the men could now be freed.",
            "some of the men",
            ("Lord Carlile", "person"),
        ),
        # A peer's territorial title is no surname; the peer goes by his title, surname and seat.
        (
            "Lord Nicholls of Birkenhead, in his ruling, said: \"Indefinite detention is anathema.\"",
            "Indefinite detention",
            ("Lord Nicholls of Birkenhead", "person"),
        ),
        # Negative: a name with no title keeps all its words.
        (
            "Isabelle Kronawitter said the figures were disappointing.",
            "the figures",
            ("Isabelle Kronawitter", "person"),
        ),
    ],
)
def test_name_words(statements_of, text, content, expected):
    assert speaker_of(statements_of(text), content) == expected


def test_a_date_is_no_speaker(statements_of):
    # The quotes stage takes the next sentence's "is expected" for the quotation's cue, and
    # "next May" (a DATE) was taken for the quotation's source; the quotation is Liam Fox's.
    text = (
        "But Tory co-chairman Liam Fox said the plans showed Mr Blair was \"terrified of scrutiny\".\n\n"
        "\"At a time when people want more openness, this government turns its back on them - it does "
        "rather beg the question, 'What have they got to hide?'\" The general election is widely expected "
        "next May and all the parties are stepping up their campaign preparations."
    )
    assert speaker_of(statements_of(text), "What have they got to hide") == ("Liam Fox", "person")


def test_a_word_inside_a_body_is_no_given_name(statements_of):
    # "Joy" of "the Fullness of Joy Church" (ORG) is no given name for the headline's "Church".
    text = (
        "Church urges Nelly show boycott\n\n"
        "Church ministers are trying to prevent rapper Nelly performing in Arkansas.\n\n"
        "Mr Rodgers, of the Fullness of Joy Church, said he was concerned about the lyrics."
    )
    assert speaker_of(statements_of(text), "Nelly show boycott") == ("Church", "anonymous")


@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        # "Law" labelled PERSON says which lords: a group, unnamed.
        (
            "Lords wrong on detainees - Straw\n\nJack Straw has attacked the decision by the highest court.\n\n"
            "The foreign secretary said the right to life was the \"most important liberty\". "
            "Law lords were \"simply wrong\" to imply the men were being held arbitrarily.",
            "held arbitrarily",
            ("Law lords", "anonymous"),
        ),
        # Negative: a person's name as the subject is still the person.
        (
            "Jack Straw said the law lords were \"simply wrong\".",
            "simply wrong",
            ("Jack Straw", "person"),
        ),
    ],
)
def test_a_group_named_by_its_modifier(statements_of, text, content, expected):
    assert speaker_of(statements_of(text), content) == expected


@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        # "Rowling" tagged a common noun, where the article writes "Rowling revealed" (a proper noun).
        (
            "New Harry Potter tops book chart\n\n"
            "Harry Potter and the Half-Blood Prince has topped Amazon's book chart less than 24 hours after its "
            "release date - 16 July - was announced.\n\n"
            "Thousands of customers placed pre-orders on the amazon.co.uk website for the sixth book in the series. "
            "Rowling revealed she had completed the novel on Tuesday, ahead of the scheduled announcement on 25 December. "
            "It will be published simultaneously in the UK, the US, Canada, Australia, New Zealand and South Africa. "
            "JK Rowling's fifth book in the wizard series, Harry Potter and Order of the Phoenix was Amazon's largest "
            "pre-ordered item ever, with 420,000 copies pre-ordered. \"The fact that the book has already hit number one "
            "in our Hot 100 books chart shows how incredibly excited customers are about the sixth Harry Potter,\" "
            "said Amazon's Robin Terrell.\n\n"
            "Harry Potter and the Half-Blood Prince takes up the story of Harry Potter's sixth year at Hogwarts School "
            "of Witchcraft and Wizardry as Lord Voldemort grows stronger. Rowling has already revealed that the "
            "Half-Blood Prince is neither Harry nor Voldemort. And she added that the opening chapter of the book had "
            "been brewing in her mind for 13 years. Rowling said she had plenty of time while pregnant \"to tinker "
            "with the manuscript.\"",
            "plenty of time",
            ("JK Rowling", "person"),  # the initials of "JK Rowling's" are her given name
        ),
        # Negative: a body's noun is never a surname ("Church ministers" is no name).
        (
            "Church urges Nelly show boycott\n\n"
            "Church ministers are trying to prevent rapper Nelly performing in Arkansas.",
            "Nelly show boycott",
            ("Church", "anonymous"),
        ),
    ],
)
def test_a_surname_tagged_a_noun(statements_of, text, content, expected):
    assert speaker_of(statements_of(text), content) == expected


# Real openings of BBC articles (bbc-2005), where the recognizer's label misleads.
WALES = (
    "Paris promise raises Welsh hopes\n\n"
    "Has there been a better Six Nations match than Saturday's epic in Paris?\n\n"
    "And can the Welsh revival continue all the way to a first Grand Slam since 1978? Those are the two "
    "questions occupying not just Wales supporters but rugby fans as a whole after a scintillating display in "
    "Paris. Welsh legend Mervyn Davies, a member of two of three Grand Slam-winning sides of the 1970s, hailed "
    "it as \"one of the great performances of the past three decades\"."
)
STREETS = (
    "Streets have 'album of the year'\n\n"
    "The Streets, aka British rapper and songwriter, Mike Skinner have topped a poll to find the year's best album.\n\n"
    "A Grand Don't Come for Free beat Keane's Hope and Fears in second place with Franz Ferdinand's self-titled "
    "album third, in the Q magazine poll. Skinner uses blunt beats under streetwise lyrics about such things as "
    "falling in love and drink and drugs. Q Magazine said: \"A Grand Don't Come for Free captured the country's "
    "mood in a way no one could have predicted.\" A Grand Don't Come for Free is the second album from The Streets."
)


@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        # "Mervyn Davies" labelled ORG, after a person's title ("legend"): a person.
        (WALES, "great performances", ("Mervyn Davies", "person")),
        # "Q Magazine", unlabelled: capitals ending with "Magazine" name an outlet.
        (STREETS, "captured the country's mood", ("Q Magazine", "organisation")),
    ],
)
def test_labels_overruled(statements_of, text, content, expected):
    assert speaker_of(statements_of(text), content) == expected


YUKOS = (
    "US to rule on Yukos refuge call\n\n"
    "Yukos has said a US bankruptcy court will decide whether to block Russia's impending auction of its main "
    "production arm on Thursday.\n\n"
    "The Russian oil firm has filed for bankruptcy protection in the US in an attempt to halt the forced sale. "
    "However, Judge Letitia Clark said the hearing would continue on Thursday when arguments in the case would be "
    "heard. Russian authorities are due to auction off Yuganskneftegas on 19 December to pay a huge tax bill sent "
    "to Yukos.\n\n"
    "Russian prosecutors are forcing the sale of the firm's most lucrative asset Yuganskneftegas to help pay a $27bn "
    "(£14bn) back tax bill, which they claim is owed by Yukos.\n\n"
    "Filing for bankruptcy protection in the US was \"a last resort to preserve the rights of our shareholders, "
    "employees and customers,\" said Yukos chief executive Steven Theede."
)


def test_a_name_with_a_chief_executive_is_a_company(statements_of):
    # "Yukos" is labelled PERSON every time; "Yukos chief executive" says it is a company.
    assert speaker_of(statements_of(YUKOS), "bankruptcy court will decide") == ("Yukos", "organisation")


TARANTINO = (
    "Tarantino 'to make Friday sequel'\n\n"
    "Director Quentin Tarantino is in talks to write and direct a new instalment in the Friday the 13th horror "
    "franchise, according to the Hollywood Reporter.\n\n"
    "The film-maker will reportedly meet executives from New Line Cinema this week to discuss the 12th film in the "
    "long-running 'stalk and slash' series. The original film, released in 1980, has spawned ten sequels based "
    "around mask-wearing murderer Jason Voorhees. The most recent, Freddy Vs Jason, was released in summer 2003. "
    "That film saw Jason battle Freddy Krueger, star of the Nightmare on Elm Street franchise. According to the "
    "industry newspaper, New Line had been trying to make another sequel involving Ash, the hero of the Evil Dead "
    "movies, but was unable to agree terms with director Sam Raimi."
)


def test_the_newspaper_is_the_outlet_named_before(statements_of):
    # "the Hollywood Reporter" ("Hollywood" labelled a place, "Reporter" nothing) is an outlet,
    # so "the industry newspaper" is it.
    assert speaker_of(statements_of(TARANTINO), "New Line had been trying") == ("Hollywood Reporter", "organisation")


TOHO = (
    "Global release for Japan hit film\n\n"
    "Oscar-winning animator Hayao Miyazaki's latest film, Howl's Moving Castle, is to be released in 50 countries "
    "around the world, its distributor has said.\n\n"
    "Howl's Moving Castle set a Japanese box office record last week, taking 1.5bn yen (£7.7m) in its first two "
    "days. Miyazaki won an Oscar earlier this year for Spirited Away, Japan's first Academy Award for nearly 50 "
    "years. A spokesman for distributor Toho said the film \"has received strong interest from domestic audiences "
    "and foreign media and viewers alike\". \"We have a good feeling about this film. We saw very good viewer "
    "response,\" he added."
)


def test_a_spokesman_for_a_name_labelled_person_is_unnamed(statements_of):
    # "Toho" (labelled PERSON) is whom the spokesman speaks for, not his name: "he added" is him.
    assert speaker_of(statements_of(TOHO), "good feeling") == ("A spokesman for distributor Toho", "anonymous")


# Audit k #79, audit g's "Sprinter Walker": a title opening a sentence, glued on the name by the recognizer.
@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        (
            "Chris Evans back on the market\n\n"
            "Broadcaster Chris Evans has begun selling thousands of his possessions from a stall in Camden Market.\n\n"
            'Asked the reason for the sale, Evans said: "I just want to get rid of it all."',
            "get rid of it all",
            ("Chris Evans", "Broadcaster"),
        ),
        (
            "Sprinter Walker quits athletics\n\n"
            "Former European 200m champion Dougie Walker is to retire from athletics.\n\n"
            'Walker said: "I had intended to race."',
            "intended to race",
            ("Dougie Walker", "Sprinter"),
        ),
        # Negative: a given name our list lacks, and no other full name for the surname: kept, no role.
        (
            "Walker into second round\n\n"
            'Tyler Walker beat Andy Roddick on Monday. Walker said: "I played well."',
            "I played well",
            ("Tyler Walker", None),
        ),
    ],
    ids=["broadcaster", "sprinter", "given-name"],
)
def test_a_title_glued_on_a_name(statements_of, text, content, expected):
    found = statement_with(statements_of(text), content)
    assert (found.speaker.name, found.speaker.role) == expected


# Review findings 6 and 8: a given name or a company's first word that is also a common noun
# ending like a doer's ("Homer", "Hunter", "Archer") is no title; only person_nouns.txt's words are.
@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        ("Homer Simpson said he was hungry. Marge Simpson said he was not.", "he was hungry", ("Homer Simpson", None)),
        ("Hunter S. Thompson said the road was long.", "the road was long", ("Hunter S. Thompson", None)),
        ("Archer Daniels Midland said profits rose.", "profits rose", ("Archer Daniels Midland", None)),
    ],
    ids=["homer", "hunter", "archer"],
)
def test_a_common_noun_opening_a_name_is_no_title(statements_of, text, content, expected):
    found = statement_with(statements_of(text), content)
    assert (found.speaker.name, found.speaker.role) == expected


def test_a_glued_title_is_no_description_of_the_one_person_named(statements_of):
    """"Lawyer" is cut off "Lawyer Louise Christian" (glued_titles.txt) but "the lawyer" is not
    the one person named before (second review): Tony Blair met a lawyer, who spoke."""
    statements = statements_of('Tony Blair met a lawyer on Monday. "It went well," the lawyer said.')
    assert speaker_of(statements, "It went well") == ("the lawyer", "anonymous")


def test_a_nickname_given_by_aka_and_its_first_word_are_the_person(statements_of):
    # The headline cuts the nickname "Moonboy Fats" to "Moonboy", which the recognizer may take for a body.
    text = (
        "Rock music not dead says Moonboy\n\n"
        "Singer Harold Pike - aka Moonboy Fats - has said that rock music is not dead."
    )
    statements = statements_of(text)
    assert speaker_of(statements, "Rock music not dead") == ("Harold Pike", "person")
    assert speaker_of(statements, "rock music is not dead") == ("Harold Pike", "person")


def test_an_aka_of_a_title_and_the_person_s_own_name_is_no_nickname(statements_of):
    # "Sir Mark" is his title and given name: neither "Sir" nor "Mark" becomes a name of its own (rev1).
    text = (
        "Pike fined\n\n"
        "Harold Pike, aka Sir Harold, was fined in Cape Town. Sir Harold said he was relieved. "
        "Margaret Pike said she was glad."
    )
    statements = statements_of(text)
    assert speaker_of(statements, "he was relieved") == ("Harold Pike", "person")
    assert speaker_of(statements, "she was glad") == ("Margaret Pike", "person")


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["Baroness", "Kennedy"], "f"),
        (["LORD", "Kennedy"], "m"),  # a title in any case
        (["Countess", "Spencer"], "f"),
        (["Charles", "Kennedy"], "m"),
        # A hyphenated given name tells its first name's sex; "Jean" is of either sex.
        (["Mary-Ann", "Kennedy"], "f"),
        (["Karl-Heinz", "Rummenigge"], "m"),
        (["Jean-Marc", "Ayrault"], None),
        # Negatives: a surname alone, a word that is no peer's title nor a given name.
        (["Kennedy"], None),
        (["Minister", "Kennedy"], None),
    ],
)
def test_the_sex_a_peer_s_title_or_a_given_name_tells(words, expected):
    from saidwhat.speakers.names import peer_sex

    assert peer_sex(words) == expected


def test_peers_titles_are_one_list_for_the_speakers_and_the_store():
    from saidwhat.speakers.names import PEER_TITLES, title_sex
    from saidwhat.store.aliases import TITLES

    assert PEER_TITLES == ("lord", "lady", "baroness", "baron", "viscount", "earl", "countess")
    assert TITLES == ("Lord", "Lady", "Baroness", "Baron", "Viscount", "Earl", "Countess")
    assert [title for title in PEER_TITLES if title_sex(title) == "f"] == ["lady", "baroness", "countess"]
    assert title_sex("Sir") is None  # a knight is no peer
