"""Finding the statement a speaker test is about, by words of its content."""

from __future__ import annotations


def statement_with(statements, content: str):
    """The first statement whose content holds ``content``."""
    return next(s for s in statements if any(content in p.text for p in s.content))


def speaker_of(statements, content: str) -> tuple[str | None, str]:
    """(name, type) of the speaker of the statement whose content holds ``content``."""
    found = statement_with(statements, content)
    return found.speaker.name, found.speaker.type


def speakers_of(statements, content: str) -> list[tuple[str | None, str]]:
    """(name, type) of the speaker and each co-speaker of the statement whose content holds ``content``."""
    found = statement_with(statements, content)
    return [(s.name, s.type) for s in (found.speaker, *found.co_speakers)]
