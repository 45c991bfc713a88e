"""A surname alone and the given name before it (``speakers.surnames``)."""

from __future__ import annotations

from .find import statement_with


def test_a_given_name_that_is_also_a_word_is_a_given_name(statements_of):
    # The tagger reads "Will" as a modal and "Davies" as a plural noun; the article later writes
    # "Mr Davies", so the capitalised "Will" inside the sentence is his given name.
    text = (
        "Think-tank wants online forums\n\n"
        "\"We want a public square online,\" Will Davies, a fellow at the think-tank, told reporters.\n\n"
        "Forums could be run by councils, said Mr Davies."
    )
    assert statement_with(statements_of(text), "run by councils").speaker.name == "Will Davies"


def test_a_modal_opening_a_sentence_is_no_given_name(statements_of):
    # "Will Davies stay?": the sentence's first word is the modal, not his name.
    text = (
        "Coach in doubt\n\n"
        "Will Davies stay? The club has not said. "
        "The team would do well without a change, said Mr Davies."
    )
    assert statement_with(statements_of(text), "without a change").speaker.name == "Davies"


def test_the_month_before_a_surname_is_no_given_name(statements_of):
    # "In May Davies resigned": the month, however "Mr Davies" is written later.
    text = (
        "Chairman returns\n\n"
        "The club lost its chairman in the spring. In May Davies resigned after a row. "
        "The team would do well without a change, said Mr Davies."
    )
    assert statement_with(statements_of(text), "without a change").speaker.name == "Davies"
