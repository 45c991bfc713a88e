"""Speaker slips seen in BBC diffs (``speakers.roles``, ``cast``, ``names``): real articles'
sentences, each with the negative that keeps its rule narrow."""

from __future__ import annotations

from .find import statement_with


def test_a_body_told_before_a_courtesy_title_is_no_role(statements_of):
    # "told the BBC Mr Howard had…": the parser hangs "the BBC" on the name; whom they told is no role.
    text = (
        "Howard denies split over ID cards\n\n"
        "Michael Howard has denied his shadow cabinet was split over its decision to back Labour plans.\n\n"
        "Sources within the party told the BBC Mr Howard had always been in favour of ID cards. "
        "Mr Howard said the police had said ID cards could help."
    )
    speaker = statement_with(statements_of(text), "the police had said").speaker
    assert (speaker.name, speaker.role) == ("Michael Howard", None)


def test_a_role_before_a_courtesy_title_stays(statements_of):
    text = "The debate is next week.\n\nShadow home secretary Mr Davis said the plans were flawed."
    speaker = statement_with(statements_of(text), "the plans were flawed").speaker
    assert (speaker.name, speaker.role) == ("Davis", "Shadow home secretary")


def test_two_given_names_before_one_surname_are_two_people(statements_of):
    # "Ozzy" is in no list of given names, but the article writes it as one: Ozzy and Sharon are two.
    text = (
        "Show over for MTV's The Osbournes\n\n"
        "Rock star Ozzy Osbourne has said his family will not make any more episodes of the show. "
        "His wife Sharon, who also appears in the show, agreed. \"He's done it,\" she said.\n\n"
        "Ozzy Osbourne said he had had enough of the work involved. Sharon Osbourne is currently "
        "appearing in another show."
    )
    statements = statements_of(text)
    assert statement_with(statements, "he had had enough").speaker.name == "Ozzy Osbourne"
    assert statement_with(statements, "He's done it").speaker.name == "Sharon Osbourne"


def test_one_given_name_spelt_two_ways_is_one_person(statements_of):
    text = (
        "Russian ex-spy on hunger strike\n\n"
        "An ex-KGB agent, Viktor Makarov, claims he has been betrayed by the British authorities. "
        "Victor Makarov told the BBC the authorities had broken their word. "
        "Mr Makarov said he would go on."
    )
    statements = statements_of(text)
    assert statement_with(statements, "he has been betrayed").speaker.name == statement_with(statements, "he would go on").speaker.name


def test_two_parties_joined_by_a_hyphen_are_no_person(statements_of):
    text = (
        "Lib Dems' bold election policy\n\n"
        "Charles Kennedy has said his Liberal Democrats will offer voters an honest choice. "
        "But, unlike the old Tory-Labour debate, he believes voters are ready to see \"modest\" tax increases."
    )
    assert statement_with(statements_of(text), "voters are ready").speaker.name == "Charles Kennedy"


def test_is_party_reads_each_half_of_a_hyphenated_name():
    from saidwhat.speakers.names import is_party

    assert is_party("Tory-Labour")
    assert not is_party("Kilroy-Silk")


def test_initials_before_a_surname_are_a_given_name(statements_of):
    # "JP McManus" (the recognizer's ORG) then "Mr McManus": the given name is the initials.
    text = (
        "Irish duo could block Man Utd bid\n\n"
        "Irishmen JP McManus and John Magnier, who own a 29% stake in Manchester United, will reportedly "
        "reject any offer for the club.\n\n"
        "Mr McManus said the price offered was not high enough."
    )
    assert statement_with(statements_of(text), "the price offered").speaker.name == "JP McManus"


def test_a_which_taken_for_a_source_is_no_one_a_later_it_means(statements_of):
    # Audit h #60: "It also said" is Q Magazine, not the quoted "revelatory debut" a "which" stood for.
    text = (
        "Streets have album of the year\n\n"
        "Q Magazine said: \"A Grand Don't Come for Free captured the country's mood.\" "
        "Q Magazine also had praise for the runners-up in the poll. Keane's Hopes and Fears, was described "
        "as a \"revelatory debut\" which showed \"they had songwriting flair to spare\". It also said Franz "
        "Ferdinand's album sounded \"natural, unforced (and) under-produced\"."
    )
    speaker = statement_with(statements_of(text), "Ferdinand's album sounded").speaker
    assert (speaker.name, speaker.type) == ("Q Magazine", "organisation")


def test_an_outlet_the_recognizer_labelled_whole_is_kept(nlp):
    from saidwhat.speakers.entities import outlets_labelled

    doc = nlp("He told the BBC World Service on Monday that he would stay.")
    before = [(e.text, e.label_) for e in doc.ents]
    outlets_labelled(doc)
    assert [(e.text, e.label_) for e in doc.ents] == before


def test_a_peers_title_before_a_surname_is_no_other_given_name(statements_of):
    text = (
        "When technology gets personal\n\n"
        "Baroness Susan Greenfield said technology was becoming part of clothing. "
        "But Baroness Greenfield said we cannot assume that the human brain will not change."
    )
    assert statement_with(statements_of(text), "the human brain").speaker.name == "Susan Greenfield"


def test_a_he_going_on_tells_the_speakers_gender(statements_of):
    # "Ozzy" is in no list of given names; "…,” he added after Osbourne spoke says he is a man,
    # so a later "She said" is his wife, not the nearer "Ozzy gave her".
    text = (
        "Police praise courageous Ozzy\n\n"
        "Rock star Ozzy Osbourne has been praised by police for tackling a burglar. "
        "\"I acted on impulse,\" Osbourne said. \"I just thank God that no-one got injured.\" "
        "He added he was glad the intruders were not hurt.\n\n"
        "At a press conference, Sharon Osbourne gave details of nine stolen items. "
        "They included two wedding bands Ozzy gave her. She said she wished she had worn them at night."
    )
    statements = statements_of(text)
    assert statement_with(statements, "she wished she had worn them").speaker.name == "Sharon Osbourne"
    assert statement_with(statements, "he was glad").speaker.name == "Ozzy Osbourne"


def test_a_she_going_on_tells_the_speakers_gender(statements_of):
    # The other way round: "Kim", left out of the given names as common for both, is a woman
    # once "she added" goes on from her, so a later "he" is the man named before her.
    text = (
        "Club backs new coach\n\n"
        "Tom Baker watched the game from the stands. "
        "\"We played well,\" Kim Rydell said. \"We deserved it,\" she added.\n\n"
        "The coach and Rydell met later. He said the team would go on."
    )
    statements = statements_of(text)
    assert statement_with(statements, "the team would go on").speaker.name == "Tom Baker"
