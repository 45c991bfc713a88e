"""Speaker slips seen in BBC diffs (``speakers.roles``, ``cast``, ``names``): real articles'
sentences, each with the negative that keeps its rule narrow."""

from __future__ import annotations


def speaker_of(statements, content: str):
    """The speaker of the statement whose content holds ``content``."""
    return next(s for s in statements if any(content in p.text for p in s.content)).speaker


def test_a_body_told_before_a_courtesy_title_is_no_role(statements_of):
    # "told the BBC Mr Howard had…": the parser hangs "the BBC" on the name; whom they told is no role.
    text = (
        "Howard denies split over ID cards\n\n"
        "Michael Howard has denied his shadow cabinet was split over its decision to back Labour plans.\n\n"
        "Sources within the party told the BBC Mr Howard had always been in favour of ID cards. "
        "Mr Howard said the police had said ID cards could help."
    )
    speaker = speaker_of(statements_of(text), "the police had said")
    assert (speaker.name, speaker.role) == ("Michael Howard", None)


def test_a_role_before_a_courtesy_title_stays(statements_of):
    text = "The debate is next week.\n\nShadow home secretary Mr Davis said the plans were flawed."
    speaker = speaker_of(statements_of(text), "the plans were flawed")
    assert (speaker.name, speaker.role) == ("Davis", "Shadow home secretary")
