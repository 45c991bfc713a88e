"""Whom a pronoun, a description or a group noun means (``speakers.pronouns``,
``descriptions``, ``groups``, the unnamed sources of ``cast``): real articles' sentences,
with the negatives that keep each rule narrow."""

from __future__ import annotations


def speakers_of(statements, content: str) -> list[tuple[str | None, str]]:
    """The speaker and co-speakers (name, type) of the statement whose content holds ``content``."""
    found = next(s for s in statements if any(content in p.text for p in s.content))
    return [(s.name, s.type) for s in (found.speaker, *found.co_speakers)]


def test_a_spokesman_for_a_body_is_whom_he_added_means(statements_of):
    # "Toho" is the recognizer's PERSON: it is whom the spokesman speaks for, not his name.
    text = (
        "Global release for Japan hit film\n\n"
        "Oscar-winning animator Hayao Miyazaki's latest film, Howl's Moving Castle, is to be released "
        "in more than 50 countries.\n\n"
        "A spokesman for distributor Toho said the film \"has received strong interest from domestic "
        "audiences and foreign media\". \"We have a good feeling about this film. We saw very good "
        "viewer response,\" he added."
    )
    assert speakers_of(statements_of(text), "We have a good feeling") == [("A spokesman for distributor Toho", "anonymous")]


def test_a_spokesman_named_in_his_own_words_is_no_unnamed_source(statements_of):
    text = (
        "The minister visited the school on Monday.\n\n"
        "Kremlin spokesman Dmitry Peskov said the talks had gone well. \"We are pleased,\" he added."
    )
    assert speakers_of(statements_of(text), "We are pleased") == [("Dmitry Peskov", "person")]
