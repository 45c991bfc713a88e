"""A time or an occasion a statement names again: "said at the time" (``at_the_time``), and an occasion
named with a definite article, told before in a dated statement's sentence (``at_a_told_occasion``)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..model import Span, When
from .expressions import DateExpression, find_expressions
from .told import (
    A_NOUN, A_PLAN, A_VERB, NOT_THE_OCCASION, TOLD_OCCASION, WHICH, apart, comes_before, said, sentence_around, sentence_before,
)

if TYPE_CHECKING:
    from .occasions import Occasion


# "said at the time", "said Rep. Bobby Scott (D-Va.) at the time": the time the text told last.
AT_THE_TIME = re.compile(r"[^;:!?“\"]{0,60}?\bat the time\b(?! of\b)", re.I)  # not "at the time of his arrest": another time


def at_the_time(text: str, occ: Occasion, excluded: list[Span]) -> DateExpression | None:
    """The time a statement "said at the time" means: the last date of the sentence before it, outside
    what was said and not a plan, of any precision ("The board followed suit in October. Three-quarters
    of the board voted to endorse Clinton, Eskelsen García said at the time": October; "In October, he
    held a three-hour conference call … ¶ ''…,'' Mr. Ackman said at the time"), or else one in what
    another statement of that sentence reported, not quoted ("The group points out that Clinton's
    campaign removed the mayor … in November after he suggested … ¶ “…,” Clinton spokesman Josh Schwerin
    said at the time": the removal's November). None where that sentence tells no time ("before his
    move to Gloucester"): the statement is dated as any other."""
    if occ.cue_end is None or not (m := AT_THE_TIME.match(text, occ.cue_end, occ.window[1])) or said(m.end() - 1, excluded):
        return None
    start, end = sentence_before(text, occ, excluded)
    times = [e for e in find_expressions(text, start, end) if not comes_before(text, e)]
    told = [e for e in times if not said(e.span.start, excluded)] or [e for e in times if not _quoted(text, start, e)]
    return told[-1] if told and not A_PLAN.search(text, start, told[-1].span.end) else None


def _quoted(text: str, start: int, expr: DateExpression) -> bool:
    """Whether a date stands inside quotation marks opened in its sentence before it: words quoted, whose
    times are the speaker's, not a time the reporter told."""
    before = text[start : expr.span.start]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1 or before.count("''") % 2 == 1


def at_a_told_occasion(text: str, occ: Occasion, excluded: list[Span], dated: list[tuple[Occasion, When]]) -> When | None:
    """The date of a statement made at an occasion the text last named in a dated statement's own words.

    "U.S. President Barack Obama sought on Wednesday to ease … worries … ¶ “…,” Obama told a townhall
    meeting with young leaders in … Ho Chi Minh City. ¶ … ¶ At the townhall in Ho Chi Minh City, a young
    woman … asked Obama": the townhall is the one Obama spoke at, dated Wednesday however his statement
    got its date (here the scene before it). ``told.told_occasion`` asks for a date next to the noun; this
    asks that the last mention of the noun before the statement, outside what was said and the clauses
    that date something else, lie in the sentence of a statement with a date, and that sentence carry
    the words that qualify the noun here, as there ("the Democratic debate").
    """
    for m in TOLD_OCCASION.finditer(text, *occ.window):
        words = m["words"].split()
        if apart(m.start(), occ, excluded) or WHICH & {w.lower() for w in words} or NOT_THE_OCCASION.match(text, m.end()):
            continue
        mention = _last_mention(text, m["noun"], occ.window[0])
        if mention is None:
            return None
        for before, when in reversed(dated):
            a, b = before.window
            if a <= mention < b and not apart(mention, before, excluded):
                qualified = all(re.search(rf"\b{re.escape(w)}", text[a:b], re.I) for w in words)
                return when if when.value and qualified else None
        return None
    return None


def _last_mention(text: str, noun: str, before: int) -> int | None:
    """Where the text last named ``noun`` as a noun before ``before`` ("a townhall meeting", not "to debate")."""
    for mention in reversed(list(re.finditer(rf"\b{_spelt(noun)}s?\b", text[:before], re.I))):
        start, _ = sentence_around(text, Span.of(text, mention.start(), mention.end()))
        lead = text[start : mention.start()]
        if A_NOUN.search(lead) and not A_VERB.search(lead):
            return mention.start()
    return None


def _spelt(noun: str) -> str:
    """The noun as a pattern that takes its other spellings ("town hall", "town-hall", "townhall")."""
    return r"town[- ]?hall" if re.fullmatch(r"town[- ]?hall", noun, re.I) else re.escape(noun)
