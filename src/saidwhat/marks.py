"""Quote marks: find the quoted regions of an article, paragraph by paragraph.

Works on characters, not tokens, so that parser mistakes inside long quotes
cannot break a quotation. Handles " “” ‘’ « » „“ and straight '…', British
single-quote style, apostrophes ("We’re", "Russia’s"), quotes that run over
paragraphs (each new paragraph reopens the mark and only the last closes) and
unbalanced marks (a warning and a best effort for that paragraph).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .model import Span

# Opening mark -> the closing marks that may end it. Straight marks close themselves.
DOUBLE = {"“": "”\"", "\"": "\"”", "«": "»", "„": "“”", "‟": "”"}
SINGLE = {"‘": "’'", "'": "'’", "‹": "›"}
OPENERS = set(DOUBLE) | set(SINGLE)
ALL_MARKS = OPENERS | set("”»’›")
# What follows a straight apostrophe that stands for left-out letters at a word's start: "the
# '90s", "in '05.", "rock 'n' roll", "tell 'em". It opens no quotation; "'20 people died,'"
# and "'Cause we can,'" do (a year before a word is left to the paragraph's end, see below).
ELISION = re.compile(r"(?:\d\ds\b|\d\d(?=[^\w\s%]|$)|(?:em|n|til|cause|tis|twas|bout)\b)")


@dataclass(frozen=True, slots=True, kw_only=True)
class Quotation:
    """A quoted region: its pieces (inside the marks) and the marks' outer bounds."""

    pieces: tuple[Span, ...]
    start: int  # offset of the opening mark
    end: int  # offset just after the closing mark (or the paragraph end when unbalanced)
    closed: bool = True

    @property
    def words(self) -> int:
        return sum(len(piece.text.split()) for piece in self.pieces)


@dataclass(frozen=True, slots=True, kw_only=True)
class MarkScan:
    """All quotations of a text, and warnings about marks that did not balance."""

    quotations: tuple[Quotation, ...]
    warnings: tuple[str, ...] = ()


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def _opens(text: str, i: int) -> bool:
    """Whether the mark at ``i`` can open a quotation here.

    A straight or single mark opens only at a word start ("‘No’" but not
    "Russia’s"), so apostrophes are never taken for quote marks.
    """
    ch = text[i]
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if ch in ("“", "«", "„", "‟"):
        return not after.isspace() or ch == "«"
    if ch in ("‘", "'", "\"", "‹"):
        return (not _is_word(before)) and not after.isspace() and not (ch == "'" and ELISION.match(text, i + 1))
    return False


def _closes(text: str, i: int, opener: str) -> bool:
    """Whether the mark at ``i`` closes a quotation opened by ``opener``."""
    ch = text[i]
    table = DOUBLE if opener in DOUBLE else SINGLE
    after = text[i + 1] if i + 1 < len(text) else " "
    if ch == "“" and opener == "“":
        # '“It's unusual,“ said Larry Noble': a typeset opening mark in closing position,
        # after a word or punctuation and before a space.
        return i > 0 and not text[i - 1].isspace() and (after.isspace() or after in ".,;:!?")
    if ch not in table[opener]:
        return False
    if opener in SINGLE:
        # "We’re" and "Russia’s": an apostrophe inside a word does not close.
        return not _is_word(after)
    return True


def _trim(text: str, start: int, end: int) -> Span | None:
    """The span between ``start`` and ``end`` without surrounding whitespace, or None if empty."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span.of(text, start, end) if end > start else None


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line; a news paragraph is a line."""
    out, start = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((start, start + len(line)))
        start += len(line) + 1
    return out


def _reopens(text: str, para: tuple[int, int], opener: str) -> int | None:
    """Offset of the mark that reopens an open quotation at the start of ``para``, if any."""
    i = para[0]
    while i < para[1] and text[i].isspace():
        i += 1
    if i < para[1] and text[i] in OPENERS and (text[i] in DOUBLE) == (opener in DOUBLE):
        return i
    return None


def find_quotations(text: str) -> MarkScan:
    """Every quoted region of ``text``, joined across paragraphs where the marks say so."""
    quotations: list[Quotation] = []
    warnings: list[str] = []
    paras = paragraphs(text)
    open_at: int | None = None  # where the current quotation's first mark is
    opener = ""
    pieces: list[Span] = []
    piece_start = 0
    for n, para in enumerate(paras):
        i = para[0]
        unclosed: set[str] = set()  # single marks that can close nothing more in this paragraph
        if open_at is not None:  # carried over from the previous paragraph
            reopen = _reopens(text, para, opener)
            if reopen is None:
                warnings.append(_unbalanced(text, open_at, n - 1))
                quotations.append(_finish(pieces, open_at, paras[n - 1][1], closed=False))
                open_at, pieces = None, []
            else:
                piece_start, i = reopen + 1, reopen + 1
        while i < para[1]:
            ch = text[i]
            if open_at is None and ch in OPENERS and _opens(text, i) and SINGLE.get(ch) not in unclosed:
                open_at, opener, piece_start, pieces = i, ch, i + 1, []
            elif open_at is not None and _reopens_inline(text, i, opener):
                # 'said: "I spoke to him. "We are a big club."': paragraphs flattened
                # into one line keep each paragraph's opening mark; the quote goes on.
                pieces.append(_trim(text, piece_start, i))
                piece_start = i + 1
            elif open_at is not None and _closes(text, i, opener):
                pieces.append(_trim(text, piece_start, i))
                quotations.append(_finish(pieces, open_at, i + 1, closed=True))
                open_at, pieces = None, []
            i += 1
            if i == para[1] and open_at is not None and opener in SINGLE and not pieces and not _continues(text, paras, n, opener):
                # A lone ‘ open at its paragraph's end is an apostrophe we mistook ("the
                # ‘burbs"): read on from after it, so a quotation behind it is still found.
                # No later mark it could be closed by can close another single mark either:
                # open none again here, so a line of many "'s" is read twice at most.
                i, open_at = open_at + 1, None
                unclosed.add(SINGLE[opener])
        if open_at is not None:
            pieces.append(_trim(text, piece_start, para[1]))
            if opener in SINGLE and not _continues(text, paras, n, opener):
                open_at, pieces = None, []  # carried from the paragraph before: dropped as before
    if open_at is not None:
        warnings.append(_unbalanced(text, open_at, len(paras) - 1))
        quotations.append(_finish(pieces, open_at, paras[-1][1], closed=False))
    return MarkScan(quotations=tuple(q for q in quotations if q.pieces), warnings=tuple(warnings))


def _reopens_inline(text: str, i: int, opener: str) -> bool:
    """A straight mark after a sentence end and a space, before a capital: a new paragraph's
    opening mark left inside a line, not the end of the quotation."""
    if text[i] != "\"" or opener != "\"" or i < 2 or i + 1 >= len(text):
        return False
    return text[i - 1] == " " and text[i - 2] in ".?!" and text[i + 1].isupper()


def _continues(text: str, paras: list[tuple[int, int]], n: int, opener: str) -> bool:
    return n + 1 < len(paras) and _reopens(text, paras[n + 1], opener) is not None


def _finish(pieces: list[Span | None], start: int, end: int, *, closed: bool) -> Quotation:
    kept = tuple(p for p in pieces if p is not None)
    return Quotation(pieces=kept, start=start, end=end, closed=closed)


def _unbalanced(text: str, offset: int, paragraph: int) -> str:
    return (
        f"unbalanced quote mark {text[offset]!r} at offset {offset} (paragraph {paragraph + 1}): "
        "the quotation is taken to end with its paragraph"
    )
