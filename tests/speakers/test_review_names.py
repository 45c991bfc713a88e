"""Names, roles and groups a user's review of BBC news found wrong (2026-12-05): a surname the
recognizer left out, a relative "who" the parser took for the main verb's, an acronym given in
brackets, a role cut at its hyphen, a plural of people taken for a body (``speakers.entities``, ``speakers.acronyms``,
``speakers.names``, ``speakers.roles``, ``speakers.mentions``)."""

from __future__ import annotations

from spacy.tokens import Span as DocSpan

from saidwhat.speakers.acronyms import bracketed_acronyms

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


def test_an_acronym_in_brackets_is_the_body_named_before_it(statements_of):
    found = statements_of(
        "The World Health Organisation (WHO) said the disease was spreading. "
        "Doctors met in Geneva on Monday. The WHO said more money was needed."
    )
    assert speaker_of(found, "the disease was spreading") == ("World Health Organisation", "organisation")
    assert speaker_of(found, "more money was needed") == ("World Health Organisation", "organisation")


def test_a_hyphenated_role_in_apposition_is_whole(statements_of):
    found = statements_of(
        "James Humphreys, ex-head of corporate communications at Number 10, says the trouble is real."
    )
    speaker = statement_with(found, "the trouble is real").speaker
    assert (speaker.name, speaker.role) == ("James Humphreys", "ex-head of corporate communications at Number 10")


def test_a_role_ends_where_a_clause_about_the_employer_begins(statements_of):
    found = statements_of(
        "Gary Dunn, development director at Codemasters, which develops games in house, said sales were up. "
        "Allen Weiner, research director at analyst firm Gartner and someone who has followed Yahoo's "
        "progress since the early years, said it was winning."
    )
    assert statement_with(found, "sales were up").speaker.role == "development director at Codemasters"
    assert statement_with(found, "it was winning").speaker.role == "research director at analyst firm Gartner"


def test_members_of_parliament_are_a_group_not_a_body(statements_of):
    # "MPs", which the recognizer labels ORG, is unnamed people; "they" is them, not a body.
    found = statements_of(
        "Anglers could be prosecuted, the environment select committee said. "
        "MPs said the wording was sloppy. They called for a guarantee."
    )
    assert speaker_of(found, "the wording was sloppy") == ("MPs", "anonymous")
    assert speaker_of(found, "a guarantee") == ("MPs", "anonymous")
    # A capitalised plural that ends a name is a team or a band, a body (rev3: "chief" is a person's word).
    found = statements_of("The Kansas City Chiefs said they would appeal. “We are disappointed,” the club said.")
    assert speaker_of(found, "We are disappointed") == ("Kansas City Chiefs", "organisation")
    assert speaker_of(statements_of("Labour MPs said the plan was sound."), "the plan was sound")[1] == "anonymous"


def test_an_acronym_names_only_the_words_it_spells(nlp):
    # The recognizer's entity is given by hand: a first word taken in, a name cut short.
    def acronyms(text: str, words: int) -> dict[str, str]:
        doc = nlp.make_doc(text)
        doc.ents = [DocSpan(doc, 0, words, label="ORG")]
        return bracketed_acronyms(doc)

    assert acronyms("Past Congressional Budget Office (CBO) forecasts", 4) == {"cbo": "Congressional Budget Office"}
    assert acronyms("US Federal Communications Commission (FCC) data", 4) == {"fcc": "US Federal Communications Commission"}
    assert acronyms("India Petrochemicals Limited (IPCL) said", 3) == {"ipcl": "India Petrochemicals Limited"}
    assert acronyms("Office for National (ONS) statistics", 3) == {}  # cut short: no name for "the ONS"


def test_a_headline_s_quoted_words_are_no_role(statements_of):
    # bbc-2005 politics/end-bush-denial-blair-tells-eu: Blair's role was "End Bush 'denial".
    found = statements_of("End Bush 'denial' Blair tells EU\n\nTony Blair is urging European leaders to wake up.\n")
    assert {s.speaker.role for s in found if s.speaker.name == "Tony Blair"} == {None}
    found = statements_of("“We will win,” said Russia’s Foreign Intelligence Service (SVR) Director Sergei Naryshkin.")
    assert found[0].speaker.role == "Russia’s Foreign Intelligence Service (SVR) Director"  # a possessive's mark stays
