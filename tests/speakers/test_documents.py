"""A document standing for whoever issued it (``documents.issuer``): the issuer speaks where the
document's own noun phrase names it, by "from", "by", "in" a paper, a participle's "by" or a
possessive; the fourth recall audit found "figures", "a statement" left as speakers."""

from __future__ import annotations

import pytest

from .find import speaker_of, speakers_of


@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        ("According to a statement from Mr Spitzer's office, the executive admitted the charge.",
         "the executive admitted", ("Mr Spitzer's office", "anonymous")),
        ("New figures released by CES organisers, the CEA, show that sales rose.", "sales rose", ("CEA", "organisation")),
        ("Figures from the Bank of England showed that lending rose.", "lending rose", ("Bank of England", "organisation")),
        ("A report by the National Audit Office said the sale was flawed.", "the sale was flawed",
         ("National Audit Office", "organisation")),
        # The same report again, its issuer named before.
        ("A report by the National Audit Office said the sale was flawed. The report said errors were made.",
         "errors were made", ("National Audit Office", "organisation")),
        # A name with no title nor given name that issues figures is a body, whatever the recognizer says.
        ("Apacs' figures showed that fraud rose.", "fraud rose", ("Apacs", "organisation")),
        # A person by title: the person.
        ("Mr Tanzi's statement said that he was sorry.", "he was sorry", ("Tanzi", "person")),
        # Negative: a figure of a party is a person, and so are figures of rank (review).
        ("A senior figure from Labour said the plan would fail.", "the plan would fail", ("A senior figure", "anonymous")),
        ("Senior figures from Labour said the plan would fail.", "the plan would fail", ("Senior figures", "anonymous")),
        ("One figure from the BBC said the plan would fail.", "the plan would fail", ("One figure", "anonymous")),
        # Negative: no issuer in the phrase, or a place, a sample or two outlets: as written.
        ("A report said the sale was flawed. The report said errors were made.", "errors were made",
         ("The report", "anonymous")),
        ("Reports from the country say that progress is slow.", "progress is slow", ("Reports", "anonymous")),
        ("A survey of 1,000 adults found that most were happy.", "most were happy", ("A survey of 1,000 adults", "anonymous")),
    ],
    ids=["statement-from", "released-by-appositive", "figures-from", "report-by", "the-report-again", "body-by-no-name",
         "person-titled", "a-senior-figure", "senior-figures", "one-figure", "no-issuer", "a-place", "a-sample"],
)
def test_a_document_speaks_for_its_issuer(statements_of, text, content, expected):
    assert speaker_of(statements_of(text), content) == expected


@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        # A surname alone after "by", the person named in full before by a title: had been a body
        # "Kersi Patel" (no list knows the given name) and "Wieczorek".
        ("Economist Kersi Patel has studied the sector for years. A report by Patel said growth would fall.",
         "growth would fall", ("Kersi Patel", "person")),
        ("Prof Wieczorek leads the team. A report by Wieczorek said growth would fall.", "growth would fall",
         ("Wieczorek", "person")),
        ("Economist John Smith has studied the sector for years. A report by Smith said growth would fall.",
         "growth would fall", ("John Smith", "person")),
        ("A report by the Audit Commission said councils were wasting money.", "wasting money",
         ("Audit Commission", "organisation")),
        # Negative: no person of that name anywhere, a pollster named in the plural, a body named after a word of it.
        ("Prices rose. A report by Jones said growth would fall.", "growth would fall", ("Jones", "organisation")),
        ("Pollsters Ipsos Mori asked 1,000 adults. A survey by Mori said most backed the plan.", "most backed",
         ("Ipsos Mori", "organisation")),
        ("Web firm Lycos Europe ran the site. The statement issued by Lycos said it was sorry.", "it was sorry",
         ("Lycos", "organisation")),
        # A one-word name after what the body is, however the parser hangs it: no person's title.
        ("Most users upload content, according to a report by UK think-tank Demos. It said the internet was changing.",
         "the internet was changing", ("Demos", "organisation")),
    ],
    ids=["titled-full-name", "honorific", "given-name-known", "body", "no-one-named", "pollsters", "another-name",
         "think-tank"],
)
def test_a_surname_alone_issues_as_the_person_named_before(statements_of, text, content, expected):
    assert speaker_of(statements_of(text), content) == expected


def test_reports_in_two_papers_are_said_by_both(statements_of):
    text = "Reports in the Wall Street Journal and the Financial Times said the firm would bid."
    assert speakers_of(statements_of(text), "the firm would bid") == [
        ("Wall Street Journal", "organisation"), ("Financial Times", "organisation")]
