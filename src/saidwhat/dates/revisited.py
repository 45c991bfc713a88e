"""A time or an occasion a statement names again: "said at the time" (``at_the_time``), and an occasion
named with "the", told before: the date told next to its noun (``told_occasion``: "Thursday's Republican
debate … ¶ Trump said during the debate"), or else the date of the statement made at it
(``at_a_told_occasion``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..model import Span, When
from .expressions import DateExpression, find_expressions
from .told import A_PLAN, apart, comes_before, dated_before, mentions_of, said, sentence_before

if TYPE_CHECKING:
    from .occasions import Occasion


# "said at the time", "said Rep. Bobby Scott (D-Va.) at the time": the time the text told last.
AT_THE_TIME = re.compile(r"[^;:!?“\"]{0,60}?\bat the time\b(?! of\b)", re.I)  # not "at the time of his arrest": another time


def at_the_time(text: str, occ: Occasion, excluded: list[Span]) -> DateExpression | None:
    """The time a statement "said at the time" means: the last date of the sentence before it, outside
    what was said and not a plan, of any precision ("The board followed suit in October. Three-quarters
    of the board voted to endorse Clinton, Eskelsen García said at the time": October; "In October, he
    held a three-hour conference call … ¶ ''…,'' Mr. Ackman said at the time"), or else the time of an act
    another statement of that sentence reported, not quoted (``_an_act_reported``). None where that
    sentence tells no such time ("before his move to Gloucester"): the statement is dated as any other."""
    if occ.cue_end is None or not (m := AT_THE_TIME.match(text, occ.cue_end, occ.window[1])) or said(m.end() - 1, excluded):
        return None
    start, end = sentence_before(text, occ, excluded)
    times = [e for e in find_expressions(text, start, end) if not comes_before(text, e)]
    told = [e for e in times if not said(e.span.start, excluded)] or [e for e in times if _an_act_reported(text, e, excluded)]
    return told[-1] if told and not A_PLAN.search(text, start, told[-1].span.end) else None


# Acts a campaign, a firm or a body reports it did, in the simple past, and the time right after the act's
# object ("removed the mayor of Roanoke, Virginia, from its team in November"); no other clause between
# ("removed the mayor, who had served since 2009"); not a birth, a deal signed, a loan repaid, a flight,
# which date the past the words are about.
AN_ACT = re.compile(
    r"\b(?:removed|fired|dismissed|sacked|ousted|expelled|suspended|dropped|replaced|announced|launched|"
    r"released|cancell?ed|withdrew|apologi[sz]ed)\s+"
    r"(?:(?!(?:who|whom|whose|which|that|where|when|while|though|although|because|but|and|after|before|since)\b)[\w'’.,-]+\s+){0,10}?$",
    re.I,
)
AUXILIARY = re.compile(r"\b(?:was|were|is|are|be|been|being|had|has|have|got|gets?)\s+$", re.I)  # passive or perfect
# A plan or a background in the clause before the time: "would be released in April", "was born in 1961".
NOT_AN_ACT = re.compile(r"\b(?:would|will|could|can|might|may|shall|should|to|going|born|plans?|expected|due)\b|['’]ll\b", re.I)
QUOTE_MARKS = "“\"'‘`"


def _an_act_reported(text: str, expr: DateExpression, excluded: list[Span]) -> bool:
    """Whether a time inside what was said dates an act another statement reported, not quoted: the one
    time of the reported clause, right after its verb of an act in the simple past ("The group points out
    that Clinton's campaign removed the mayor of Roanoke from its team in November after he suggested … ¶
    “…,” Clinton spokesman Josh Schwerin said at the time": the removal's November, which the spokesman
    spoke at). Not a time in quotation marks, the speaker's own ("“We beat them in November,” Trump said"),
    nor a plan ("said the transcripts would be released in April"), a birth ("claimed that Obama was born
    in Kenya in 1961"), a deed passive or of a noun ("the deal signed in 2015"), or a clause of two times
    ("fled Cuba in 1959, though records show they came in 1956")."""
    at = expr.span.start
    if any(x.start <= at < x.end and text[x.start : x.start + 1] in QUOTE_MARKS for x in excluded):
        return False  # the doc's quotation spans begin at their marks
    clause = next((x for x in excluded if x.start <= at < x.end), None)
    if clause is None or len(find_expressions(text, clause.start, clause.end)) != 1:
        return False
    before = text[clause.start : at]
    act = AN_ACT.search(before)
    return act is not None and not AUXILIARY.search(before, 0, act.start()) and not NOT_AN_ACT.search(before)


def at_a_told_occasion(text: str, occ: Occasion, excluded: list[Span], dated: list[tuple[Occasion, When]]) -> When | None:
    """The date of a statement made at an occasion the text last named as where a dated statement was made.

    "U.S. President Barack Obama sought on Wednesday to ease … worries … ¶ “…,” Obama told a townhall
    meeting with young leaders in … Ho Chi Minh City. ¶ … ¶ At the townhall in Ho Chi Minh City, a young
    woman … asked Obama": the townhall is the one Obama spoke at, dated Wednesday however his statement
    got its date (here the scene before it). ``told_occasion`` asks for a date next to the noun; this asks
    that the last mention of the noun before the statement (``told.mentions_of``), outside what was said,
    name the occasion of a statement with a date (``_where_it_was_made``: not "Sanders said Tuesday, days
    after a town hall in Flint"), and that its sentence carry the words that qualify the noun here, a
    topic's too, as there ("the Democratic debate", "the meeting on immigration").
    """
    if (named := named_again(text, occ, excluded)) is None:
        return None
    mention = next(mentions_of(text, named.noun, occ.window[0]), None)
    if mention is None:
        return None
    at = mention[0].start()
    for before, when in reversed(dated):
        a, b = before.window
        if a <= at < b and not apart(at, before, excluded):
            qualified = all(re.search(rf"\b{re.escape(w)}", text[a:b], re.I) for w in named.words)
            return when if when.value and qualified and _where_it_was_made(text, before, at) else None
    return None


# A statement's occasion, named as where it was made: right after its cue ("Obama told a townhall meeting",
# "Clinton said on Monday at a town hall in Iowa", "told voters at a town hall"), or opening its sentence
# ("At a town hall in Flint, Sanders said"); not an occasion the sentence tells about ("said Tuesday, days
# after a town hall in Flint", "recalling a town hall in Ohio").
AT_IT = r"(?:at|in|during|to)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w'’-]+\s+){0,2}"
CUE_AT_IT = re.compile(rf"\S+(?:\s+[\w'’.-]+){{0,3}}?\s+{AT_IT}|\S+\s+(?:a|an)\s+(?:[\w'’-]+\s+){{0,2}}", re.I)
OPENS_AT_IT = re.compile(rf"\W*{AT_IT}", re.I)


def _where_it_was_made(text: str, before: Occasion, at: int) -> bool:
    """Whether a mention at ``at`` names where the statement ``before`` was made (``CUE_AT_IT``)."""
    if OPENS_AT_IT.fullmatch(text, before.window[0], at):
        return True
    return before.cue_at is not None and before.cue_at < at and CUE_AT_IT.fullmatch(text, before.cue_at, at) is not None


# An occasion the statement says it was made at, named with a definite article, so one told before:
# "Cruz said during the debate", "In the interview, Reid said" (not "after the debate": ``after_event``;
# not "the first debate", "the last debate": which one is not the one told). A march, a meeting, a vigil of
# one day too, told before by its noun ("Supporters joined a march … on Monday. ¶ At the march, Smith said";
# not the verb of "Thousands marched on Monday"); not a convention or a summit, which last days: "at the
# Democratic National Convention on Tuesday" is one day of four. Not "the march to" somewhere, mostly a figure
# ("In the march to the nomination, Cruz said").
TOLD_OCCASION = re.compile(
    r"\b(?:at|during|in)\s+the\s+(?P<words>(?:[\w'’-]+\s+){0,3}?)"
    r"(?P<noun>debate|interview|rally|speech|town[- ]?hall|forum|hearing|(?-i:march)(?!\s+towards?\b|\s+to\b)|meeting|ceremony|briefing|vigil|protest|news conference|press conference)\b",
    re.I,
)
WHICH = {"first", "second", "third", "last", "next", "previous", "earlier", "latest", "final", "other", "upcoming"}


def told_occasion(text: str, occ: Occasion, excluded: list[Span]) -> DateExpression | None:
    """The date of the occasion a statement says it was made at, where the text told it before, dated.

    "Thursday's Republican debate … ¶ Trump said during the debate that…": the debate's date. The
    date must stand next to the noun in the sentence that told it ("Thursday's debate", "an interview
    on Saturday", "a news conference here Tuesday"), and that sentence must carry the words that
    qualify the noun here ("the ITV interview"), so that "the Democratic debate" is not a Republican one.
    """
    if (named := named_again(text, occ, excluded)) is None:
        return None
    return dated_before(text, named.noun, list(named.words), occ.window[0], excluded=excluded)


@dataclass(frozen=True, slots=True, kw_only=True)
class NamedAgain:
    """An occasion a statement says it was made at, named with "the": its noun and the words that qualify it."""

    noun: str
    words: tuple[str, ...]


def named_again(text: str, occ: Occasion, excluded: list[Span]) -> NamedAgain | None:
    """The occasion named with "the" in the statement's own clause (``TOLD_OCCASION``), with the words that
    qualify it, a topic's too: "the debate on the budget" is one told with the budget. Not "the first
    debate", nor "the interview room"."""
    for m in TOLD_OCCASION.finditer(text, *occ.window):
        words = m["words"].split()
        if apart(m.start(), occ, excluded) or WHICH & {w.lower() for w in words} or NOT_THE_OCCASION.match(text, m.end()):
            continue
        if topic := TOPIC.match(text, m.end()):
            words.append(topic["word"])
        return NamedAgain(noun=m["noun"], words=tuple(words))
    return None


# "the interview room", "the debate team": a place or a part, not the occasion.
NOT_THE_OCCASION = re.compile(
    r"\s+(?:room|rooms|team|center|centre|city|site|stage|tape|footage|transcript|panel|process|circuit|trail|season|schedule|format|moderators?)\b",
    re.I,
)
# "the debate on identity cards": the occasion told must name the topic too, else it is the debate in
# general ("introduced during the debate on the health-care bill" of 2009 is not Thursday's debate).
TOPIC = re.compile(
    r"\s+(?:on|over|about)\s+(?:the\s+|a\s+|an\s+)?(?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\d)(?P<word>[\w'’-]+)",
    re.I,
)
