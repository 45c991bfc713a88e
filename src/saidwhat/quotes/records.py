"""The records the quote rules pass between them: cues, found statements, the quotation index."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from ..marks import MarkScan, Quotation
from ..model import Span


@dataclass(frozen=True, slots=True, kw_only=True)
class Found:
    """A statement before its speaker and date are resolved."""

    kind: str
    content: tuple[Span, ...]
    cue: Span | None
    cue_token: int | None = None  # index of the cue's verb in the Doc
    source_token: int | None = None  # index of the head of the speaker mention
    mention: Span | None = None
    confidence: float = 0.5


def cue_found_in(found: list[Found], start: int, end: int) -> bool:
    """Whether a statement in ``found`` has its cue between offsets ``start`` and ``end``: a
    line or sentence a clause rule already read, which the headline and trailing-cue rules
    leave alone."""
    return any(f.cue is not None and start <= f.cue.start < end for f in found)


@dataclass(frozen=True, slots=True, kw_only=True)
class Cue:
    """A reporting verb (or "according to") outside any quotation."""

    token: int
    span: Span
    subject_start: int | None = None  # where the cue's subject phrase begins, if it has one
    bare: bool = False  # nothing reported after the verb: "Trump said." ends its sentence
    relative: bool = False  # in a relative clause on a noun: "Cruz, who has proposed…, said"
    topic_only: bool = False  # "talked about the economy": names a topic, never takes a quotation


class QuoteIndex:
    """Which quotation, if any, covers a character offset (binary search)."""

    def __init__(self, scan: MarkScan) -> None:
        self.quotations = sorted(scan.quotations, key=lambda q: q.start)
        self.starts = [q.start for q in self.quotations]

    def at(self, offset: int) -> Quotation | None:
        i = bisect_right(self.starts, offset) - 1
        if i >= 0 and self.quotations[i].start <= offset < self.quotations[i].end:
            return self.quotations[i]
        return None
