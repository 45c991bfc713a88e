"""The words that spell an acronym in brackets (``speakers.acronyms.spelt_start``), the one reading
that ``bracketed_acronyms``, ``bodies_labelled`` and ``body_descriptions.an_overseer`` share."""

from __future__ import annotations

import pytest
from spacy.tokens import Span as DocSpan

from saidwhat.speakers.acronyms import bracketed_acronyms, spelling_of, spelt_start


def _start(nlp, text: str, labels: tuple[tuple[int, int, str], ...] = ()) -> int | None:
    """``spelt_start`` for the acronym in brackets of ``text``, the recognizer's labels given by
    hand (token start, end, label) so that the case does not hang on the model."""
    doc = nlp.make_doc(text)
    doc.ents = [DocSpan(doc, start, end, label=label) for start, end, label in labels]
    bracket = next(t.i for t in doc if t.text == "(")
    return spelt_start(doc, bracket, doc[bracket + 1].text)


@pytest.mark.parametrize(
    ("text", "labels", "expected"),
    [
        ("Congressional Budget Office (CBO) forecasts", (), 0),
        ("Past Congressional Budget Office (CBO) forecasts", (), 1),  # the word in front is no part of it
        ("The Qualifications and Curriculum Authority (QCA) said", (), 1),  # a link between, "The" not reached
        ("the Department for Education and Skills (DfES) said", (), 1),  # its capitals only
        ("India Petrochemicals Limited (IPCL) said", (), 0),  # one capital the words do not give
        ("Conseil supérieur de l'Audiovisuel (CSA) said", ((0, 4, "ORG"),), 0),  # elided initial, a word of the name
        ("The Transport and General Workers' Union (TGWU) said", ((0, 7, "ORG"),), 1),  # the apostrophe of the name
        # Negatives.
        ("Conseil supérieur de l'Audiovisuel (CSA) said", (), None),  # "supérieur" outside a name stops it
        ("India Petrochemicals Limited (IPCEL) said", (), None),  # two capitals not given
        ("Office for National (ONS) statistics", (), None),  # cut short
        ("Film and Television (SARFT) said", (), None),
        ("Radio, Film and Television (SARFT) said", ((0, 1, "ORG"), (2, 5, "ORG")), None),  # the comma stops it
        ("Chilean Copper Commission (Cochilco) said", (), None),  # one capital spells nothing
        ("Tony Blair Institute (TBI) said", ((0, 2, "PERSON"),), None),  # a person's name stops it
    ],
    ids=["whole", "word-in-front", "link", "mixed-case", "one-capital-more", "elided", "apostrophe",
         "word-outside-a-name", "two-capitals-more", "cut-short", "cut-short-2", "comma", "one-capital", "person"],
)
def test_the_words_that_spell_an_acronym(nlp, text, labels, expected):
    assert _start(nlp, text, labels) == expected


def test_where_the_article_spells_an_acronym(nlp):
    doc = nlp.make_doc("Past Parliamentary Audit Office (PAO) forecasts said the PAO was right.")
    assert spelling_of(doc, "PAO") == "Parliamentary Audit Office"
    assert spelling_of(nlp.make_doc("The PAO said the gap would narrow."), "PAO") == ""
    assert spelling_of(nlp.make_doc("The Home Office (PAO) said so."), "PAO") == ""  # the words do not spell it


def test_an_acronym_names_the_body_the_recognizer_labelled(nlp):
    # The name's own small words and an elided initial spell it too ("Conseil supérieur de l'Audiovisuel").
    doc = nlp.make_doc("The Conseil supérieur de l'Audiovisuel (CSA) said")
    doc.ents = [DocSpan(doc, 1, 5, label="ORG")]
    assert bracketed_acronyms(doc) == {"csa": "Conseil supérieur de l'Audiovisuel"}
    doc = nlp.make_doc("Chilean Copper Commission (Cochilco) said")
    doc.ents = [DocSpan(doc, 0, 3, label="ORG")]
    assert bracketed_acronyms(doc) == {}  # no acronym of capitals
