"""Two slips found in review: a committee named by its House or remit is that committee, not the
body named last (``mentions._its_remit``); a role ends at a dash that closes an aside about
someone else (``roles._after_last_aside``)."""

from __future__ import annotations

from .find import speaker_of, statement_with


def test_a_committee_named_by_its_remit_is_that_committee(statements_of):
    text = (
        "Mr Sayeed was suspended from Parliament for two weeks last month after the Commons standards and "
        "privileges committee said his conduct had fallen \"well below the standards expected\"."
    )
    assert speaker_of(statements_of(text), "his conduct had fallen") == ("Commons standards and privileges committee", "organisation")


def test_a_role_ends_at_the_dash_that_closes_an_aside(statements_of):
    text = (
        "Mr Brown is due to line up alongside Alan Milburn - the man controversially appointed as the party's "
        "election supremo - and deputy leader John Prescott for the event in London on Tuesday. Mr Prescott said "
        "there were occasional disagreements in any government."
    )
    assert statement_with(statements_of(text), "occasional disagreements").speaker.role == "deputy leader"
