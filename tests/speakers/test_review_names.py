"""Names, roles and groups a user's review of BBC news found wrong (2026-12-05): a surname the
recognizer left out, a relative "who" the parser took for the main verb's, an acronym given in
brackets, a role cut at its hyphen, a plural of people taken for a body (``speakers.entities``,
``speakers.names``, ``speakers.roles``, ``speakers.mentions``)."""

from __future__ import annotations

from .find import speaker_of, statement_with


def test_a_surname_left_out_after_a_given_name(statements_of):
    # The recognizer labels only "Scott" a person here; "Mr Richter" was then Steven Richter.
    found = statements_of(
        "Spam laws bite spammer hard\n\nThe net's self-declared spam king is seeking bankruptcy protection.\n\n"
        "Scott Richter, the man behind BigMail.com and billions of junk mail messages, said lawsuits had "
        "forced the company into Chapter 11. Mr Richter said the firm would keep trading. "
        '"We expect to prevail," said Steven Richter, legal counsel for BigMail.'
    )
    assert speaker_of(found, "lawsuits had") == ("Scott Richter", "person")
    assert speaker_of(found, "keep trading") == ("Scott Richter", "person")
    assert speaker_of(found, "We expect to prevail") == ("Steven Richter", "person")


def test_who_after_a_name_is_that_person(statements_of):
    # The parser reads "argued" as the complement of "brought", not a relative clause on Jane Smith.
    found = statements_of("The action was brought by the union and its lawyer Jane Smith who argued that the dismissals were unfair.")
    assert speaker_of(found, "the dismissals were unfair") == ("Jane Smith", "person")
