"""Lexicons shipped as data files; see README.md in this folder."""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files


def read_lines(name: str) -> tuple[str, ...]:
    """The entries of a lexicon file: stripped, without blank lines and ``#`` comments."""
    text = files(__name__).joinpath(name).read_text(encoding="utf-8")
    lines = (line.strip() for line in text.splitlines())
    return tuple(line for line in lines if line and not line.startswith("#"))


@cache
def lexicon(name: str) -> frozenset[str]:
    """A lexicon as a set of lower-cased entries, read once per process."""
    return frozenset(line.lower() for line in read_lines(name))


@cache
def table(name: str) -> dict[str, str]:
    """A lexicon of two columns ("kate f") as a mapping of lower-cased first to second."""
    return dict(line.lower().split()[:2] for line in read_lines(name))


@cache
def patterns(name: str) -> tuple[re.Pattern[str], ...]:
    """A file of regular expressions, compiled case-insensitively, read once per process."""
    return tuple(re.compile(line, re.IGNORECASE) for line in read_lines(name))
