"""Wrong speakers of audit n mended by general rules: a body called after a person
(``descriptions.a_person_s_body``)."""

from __future__ import annotations

import pytest

from .find import speaker_of


@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        # "Bush" (PERSON) modifies "administration": the body speaks, not President Bush.
        (
            "Steel tariffs row grows\n\n"
            "President George Bush met steel makers on Monday. Meanwhile, the Bush administration argues "
            "that the tariffs protect thousands of jobs.",
            "the tariffs protect thousands of jobs",
            ("Bush administration", "organisation"),
        ),
        (
            "Ads row\n\n"
            "John Kerry spoke in Ohio. The Kerry campaign said the advertisements were false.",
            "the advertisements were false",
            ("Kerry campaign", "organisation"),
        ),
        # Negative: the name at the head is the person, his title a name before it.
        (
            "Plan defended\n\n"
            "Bush aide Karl Rove said the plan would work.",
            "the plan would work",
            ("Karl Rove", "person"),
        ),
    ],
    ids=["administration", "campaign", "aide-named"],
)
def test_a_person_s_body(statements_of, text, content, expected):
    assert speaker_of(statements_of(text), content) == expected

