"""The spaCy helpers of nlp.py: paragraph breaks before the parser, and a Doc's text joined once."""

from __future__ import annotations

from saidwhat.nlp import text_of


def test_a_line_break_starts_a_sentence(nlp):
    doc = nlp("Clinics face closure\nThree clinics will close, officials said.")
    assert [s.text.strip() for s in doc.sents] == ["Clinics face closure", "Three clinics will close, officials said."]


def test_text_of_is_the_docs_text_joined_once(nlp):
    doc = nlp("Clinics face closure\nThree clinics will close, officials said.")
    assert text_of(doc) == doc.text
    assert text_of(doc) is text_of(doc)
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[0:2])
    assert text_of(doc) == doc.text  # the tokens change, never the text
    other = nlp("Three clinics will close.")
    other.user_data.update(doc.user_data)  # a text kept for another Doc is not taken for this one's
    assert text_of(other) == "Three clinics will close."
