"""A body described rather than named, and said again by its noun alone (``body_descriptions.described_before``)."""

from __future__ import annotations

import pytest

from .find import speaker_of

# The committee is only described, never named: "the committee" later is the one described.
ONE_COMMITTEE = (
    "Anglers 'could face prosecution'\n\n"
    "Wording of the draft bill could leave anglers facing court, the environment select committee said. "
    "MPs said they were concerned about it.\n\n"
    "The bill would allow officers to intervene. "
    "An amendment was needed to protect fishing, the committee said."
)
# Two committees described: "the committee" could be either, so it stays as written.
TWO_COMMITTEES = (
    "Committees split on bill\n\n"
    "The bill goes too far, the home affairs committee said. "
    "The bill does not go far enough, the constitution committee said.\n\n"
    "An amendment was needed to protect fishing, the committee said."
)
# A committee described in passing, that did not speak, is no speaker's description.
SILENT_COMMITTEE = (
    "Bill delayed\n\n"
    "The bill was sent back to the environment select committee on Monday. "
    "An amendment was needed to protect fishing, the committee said."
)
# Described after: "the committee" said first is not the one described later.
DESCRIBED_AFTER = (
    "Bill delayed\n\n"
    "An amendment was needed to protect fishing, the committee said. "
    "The bill goes too far, the environment select committee said later."
)
# "the same committee" tells no committee from another.
SAME_COMMITTEE = (
    "Bill delayed\n\n"
    "The bill goes too far, the same committee said. "
    "An amendment was needed to protect fishing, the committee said."
)


def test_the_noun_alone_is_the_one_body_described_before(statements_of):
    statements = statements_of(ONE_COMMITTEE)
    assert speaker_of(statements, "leave anglers facing court") == ("environment select committee", "organisation")
    assert speaker_of(statements, "protect fishing") == ("environment select committee", "organisation")


@pytest.mark.parametrize("text", [TWO_COMMITTEES, SILENT_COMMITTEE, DESCRIBED_AFTER, SAME_COMMITTEE])
def test_the_noun_alone_stays_as_written_without_one_body_described_speaking_before(statements_of, text):
    assert speaker_of(statements_of(text), "protect fishing") == ("committee", "organisation")


def test_the_government_is_never_taken_from_a_described_government(statements_of):
    text = (
        "Talks stall\n\nThe talks have stalled, the Iraqi government said. "
        "Troops will stay until the election, the government said."
    )
    assert speaker_of(statements_of(text), "Troops will stay") == ("government", "organisation")


# The BBC's lede names the body, the next sentence ranks it: the body going on.
RANKED_AFTER = (
    "House prices rebound\n\n"
    "UK house prices increased by 1.1% in December, the Halifax has said.\n\n"
    "The UK's biggest mortgage lender said prices rose 15.1% over the whole of 2004."
)


def test_a_ranked_description_is_the_body_speaking_just_before(statements_of):
    assert speaker_of(statements_of(RANKED_AFTER), "prices rose 15.1%") == ("Halifax", "organisation")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Two banks speak in the sentence before: either may be the biggest.
        ("Rates rise\n\nRates will rise, Barclays said, and HSBC said they would too. "
         "Britain's biggest bank said savers would gain.", ("Britain's biggest bank", "anonymous")),
        # A bank named in passing, not speaking.
        ("Rates rise\n\nShares in Barclays fell by 2% on Monday. "
         "Britain's biggest bank said savers would gain.", ("Britain's biggest bank", "anonymous")),
        # Named two sentences before: another body may be meant.
        ("Rates rise\n\nRates will rise, Barclays said. Savers were pleased. "
         "Britain's biggest bank said savers would gain.", ("Britain's biggest bank", "anonymous")),
        # Not ranked: "Britain's banks" are several, "a big bank" no one body.
        ("Rates rise\n\nRates will rise, Barclays said. "
         "A big British bank said savers would gain.", ("A big British bank", "anonymous")),
        # An overseer keeps its own rules: "Ofcom said… The BBC said… The watchdog added" is not the BBC.
        ("Ofcom probe\n\nOfcom said it would investigate. The BBC said it would co-operate. "
         "Britain's biggest watchdog said savers would gain.", ("Britain's biggest watchdog", "anonymous")),
    ],
)
def test_a_ranked_description_stays_as_written_without_one_body_speaking_just_before(statements_of, text, expected):
    assert speaker_of(statements_of(text), "savers would gain") == expected
