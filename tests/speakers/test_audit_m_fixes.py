"""Wrong speakers of audit m mended by general rules: an office after the name of the seat or
club it is held in (``mentions._an_office_of_a_place``), and a one-word company's name with a
company's noun in apposition (``entities._firms_in_apposition``)."""

from __future__ import annotations

import pytest

from .find import speaker_of


@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        # The recognizer takes "The Mid-Bedfordshire MP" for a body's name (ORG).
        (
            "Sayeed to stand down as Tory MP\n\n"
            "Tory MP Jonathan Sayeed is to stand down on the grounds of ill health.\n\n"
            "The decision comes after Mr Sayeed survived an attempt to de-select him. "
            "The Mid-Bedfordshire MP had denied a claim that he was paid for guiding visitors.",
            "paid for guiding visitors",
            ("Jonathan Sayeed", "person"),
        ),
        # The club's name "Chester", labelled a person's there, had made the chairman "Chester".
        (
            "Manager's future at Chester uncertain\n\n"
            "Chester have won only two of their last 10 League games but Chairman Steve Vaughan claims he "
            "cannot afford to sack the manager. Vaughan said the club had offered a settlement. But the "
            "Chester chairman added that the offer had been withdrawn.",
            "the offer had been withdrawn",
            ("Steve Vaughan", "person"),
        ),
        # Two people named before: the MP stays as written, not a person called "Sittingbourne".
        (
            "MP praises Tory campaign\n\n"
            "Derek Wyatt said the Conservatives had been smarter. Michael Howard welcomed the remarks. "
            "The Sittingbourne MP said voters were bored of the campaign.",
            "voters were bored",
            ("The Sittingbourne MP", "anonymous"),
        ),
    ],
    ids=["seat-labelled-org", "club-labelled-person", "two-named-before"],
)
def test_an_office_of_a_place(statements_of, text, content, expected):
    assert speaker_of(statements_of(text), content) == expected


@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        # Unlabelled "Metrovias" with "the private firm" in apposition: "The firm" and "It" are it.
        (
            "Train strike grips Buenos Aires\n\n"
            "Tube workers walked out last week demanding a 53% pay rise. Metrovias, the private firm "
            "which runs the five tube lines in the city, has offered an 8% increase in wages. The firm "
            "promised no jobs would be lost. It said it would put this commitment on paper.",
            "put this commitment on paper",
            ("Metrovias", "organisation"),
        ),
        # Negative: the noun in apposition is the person's title, "the firm" only its owner.
        (
            "Shares fall at Widgetco\n\n"
            "Shares in the company fell 5%. Jenkins, the firm's chairman, said the results were poor.",
            "the results were poor",
            ("Jenkins", "person"),
        ),
    ],
    ids=["firm-in-apposition", "chairman-of-the-firm"],
)
def test_a_firm_in_apposition(statements_of, text, content, expected):
    assert speaker_of(statements_of(text), content) == expected
