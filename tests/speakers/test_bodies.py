"""Descriptions of bodies the article ties to one body it names (``speakers.bodies``)."""

from __future__ import annotations

from .find import speaker_of

# The BBC's lede describes a body, a later sentence names it speaking.
WATCHDOG_NAMED_NEXT = (
    "Debate needed on donations cap\n\n"
    "A cap on donations to political parties should not be introduced yet, the elections watchdog has said.\n\n"
    "Fears that big donors can buy favours have sparked calls for a limit. "
    "In a new report, the Electoral Commission says it is worth debating a cap in the future. "
    "The Scottish Parliament and the Welsh Assembly would also be covered. "
    "All candidates should be entitled to a free mailshot for leaflets, says the watchdog."
)
# The next body named is not speaking: no tie, the description stays as written.
WATCHDOG_NOT_NAMED = (
    "Debate needed on donations cap\n\n"
    "A cap on donations to political parties should not be introduced yet, the elections watchdog has said.\n\n"
    "The report was sent to the Scottish Parliament on Monday."
)


def test_a_lede_body_is_the_body_named_speaking_next(statements_of):
    statements = statements_of(WATCHDOG_NAMED_NEXT)
    assert speaker_of(statements, "should not be introduced yet") == ("Electoral Commission", "organisation")
    # Later "the watchdog" is the body the lede called so, not the last body named.
    assert speaker_of(statements, "free mailshot") == ("Electoral Commission", "organisation")


def test_a_lede_body_not_named_speaking_stays_as_written(statements_of):
    assert speaker_of(statements_of(WATCHDOG_NOT_NAMED), "should not be introduced yet") == ("the elections watchdog", "anonymous")
