"""The occasion a news lead dates for what the article then quotes from it (``the_lead_s_debate``).

A report of a debate dates it once, in its lead, mostly with the candidates as the noun's, not a
verb's, subjects ("If you want to understand the real meaning of Thursday night's debate between
Hillary Clinton and Bernie Sanders, …"), and then quotes them with no time of their own ("After all,
she argued, Obama got a lot of money from the financial industry"). No statement before dates them,
so nothing is inherited, and a scene needs the speaker as a verb's subject."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

from ..model import Span, When, date_bounds
from .expressions import find_expressions, resolve
from .told import _dated_before, a_headline, said, unsaid

if TYPE_CHECKING:
    from .occasions import Occasion

LEAD = 2  # paragraphs after the headline that may be the lead ("ABSTRACT." or a subtitle may come first)
RECENT = 7  # days before publication within which the debate is the one the article reports


def the_lead_s_debate(
    text: str, occasions: list[Occasion], whens: list[When], excluded: list[Span], published: date | None
) -> list[When]:
    """The dates, where a statement with none, of a speaker the lead names with a debate it dates in
    the week before publication, takes that debate's date.

    Only what the candidates said after the sentence that dates it, with no occasion of its own named
    in the sentence ("in an interview", "at a rally", "told CNN"), not at another time ("has said",
    ``another_time``) and no view held ("that he says the plan would achieve"); a time told outside what
    was said in the statement's paragraph or the one before ("In 2011, Sanders said…"), or a date with its
    year, said or not, in the two before (a fact-check's "… on Dec. 5, 2007. ¶ According to ProPublica,
    Clinton praised her donors"), sets it elsewhere. Not a debate still to come, one of another week, or
    one "after" which they spoke ("After Thursday's debate, Trump told reporters").
    """
    found = _lead_debate(text, excluded, published)
    if found is None:
        return whens
    when, told_end, names = found
    whens = list(whens)
    for i, occ in enumerate(occasions):
        if occ.window[0] < told_end or whens[i].value or occ.another_time or occ.speaker is None or a_view_held(text, occ):
            continue
        if occ.speaker.split()[-1].lower() not in names or OTHER_OCCASION.search(unsaid(text, occ.window, excluded)):
            continue
        # Past the lead: its own background ("Obama's election in 2008") is no time the report went to.
        near = max(told_end, _paragraphs_before(text, occ.window[0], 1)), occ.window[1]
        if _another_time_told(text, near, when, excluded, published):
            continue
        if not _another_year_told(text, (max(told_end, _paragraphs_before(text, occ.window[0], 2)), occ.window[1]), when, published):
            whens[i] = when
    return whens


# Another occasion the sentence names: "in an interview", "at a rally", "told CNN" (not "the debate").
OTHER_OCCASION = re.compile(
    r"\b(?:interview|appearance|op-ed|podcast|rally|speech|town[- ]hall|conference|forum|hearing|show|program|statement"
    r"|tweet|post|email|letter)s?\b|(?-i:\btold (?:[Tt]he )?[A-Z])",
    re.I,
)


def _lead_debate(
    text: str, excluded: list[Span], published: date | None
) -> tuple[When, int, set[str]] | None:
    """The lead's dated debate: its date, where the sentence that tells it ends, and the names told
    with it."""
    if published is None:
        return None
    paragraphs = list(re.finditer(r"[^\n]*\S[^\n]*", text))
    title = 1 if paragraphs and a_headline(text, paragraphs[0].end()) else 0
    paragraphs = paragraphs[title : title + LEAD]
    if not paragraphs:
        return None
    lead_end = paragraphs[-1].end()
    expr = _dated_before(text, "debate", [], lead_end)
    if expr is None or expr.span.start < paragraphs[0].start() or said(expr.span.start, excluded):
        return None
    if AROUND_IT.search(text, max(0, min(expr.span.start, _debate_at(text, expr)) - 40), min(expr.span.start, _debate_at(text, expr))):
        return None  # "After Thursday's debate, Trump told reporters": what was said around it, not at it
    when = resolve(expr, published=published, previous=None)
    if not when.value or len(when.value) != 10:
        return None
    day = date.fromisoformat(date_bounds(when.value)[0])
    if not published - timedelta(days=RECENT) <= day <= published:
        return None
    told_end = text.find(".", expr.span.end) % (len(text) + 1)
    return when, told_end, _names_with(text, expr)


BREAKS = ".—–;:\n"  # what ends the clause the debate is told in


def _names_with(text: str, expr) -> set[str]:
    """The capitalised words of the debate's clause, lower-cased: "Thursday night's debate between … Hillary
    Clinton and Bernie Sanders — or the feud between their supporters — you have to go back to … Obama's
    election" names Clinton and Sanders, not Obama."""
    start = max(text.rfind(c, 0, expr.span.start) for c in BREAKS) + 1
    ends = [i for i in (text.find(c, expr.span.end) for c in BREAKS) if i != -1]
    words = re.findall(r"\b[A-Z][a-z]+(?:['’]s)?\b", text[start : min(ends, default=len(text))])
    return {re.sub(r"['’]s$", "", w.lower()) for w in words}


# "after Thursday's debate", "before the debate on Monday", "ahead of", "following", "since": another time.
AROUND_IT = re.compile(r"\b(?:after|before|ahead\s+of|following|since|until|for)\s+(?:[\w'’-]+\s+){0,2}$", re.I)


def _debate_at(text: str, expr) -> int:
    """Where the debate's mention next to ``expr`` starts ("Thursday's debate", "a debate on Monday")."""
    found = re.search(r"\bdebates?\b", text[max(0, expr.span.start - 60) : expr.span.end + 60], re.I)
    return max(0, expr.span.start - 60) + found.start() if found else expr.span.start


def _paragraphs_before(text: str, at: int, n: int) -> int:
    """Where the paragraph ``n`` paragraphs before the one ``at`` stands in starts: a time told there or in
    the statement's own paragraph before it is the statement's setting, not the debate ("In 2011, Sanders
    said…"; a fact-check's "ProPublica … said she addressed the executives on Dec. 5, 2007. ¶ According to
    ProPublica, Clinton praised her donors … ¶ Clinton said she would consider legislation")."""
    start = at
    for _ in range(n):
        own = text.rfind("\n", 0, start)
        if own == -1:
            return 0
        start = len(text[:own].rstrip("\n"))
    return text.rfind("\n", 0, start) + 1


def _another_time_told(text: str, window: tuple[int, int], debate: When, excluded: list[Span], published: date) -> bool:
    """Whether a time other than the debate's day stands in ``window`` outside what was said ("her debate
    performance Thursday night" is the debate's)."""
    return any(
        not said(e.span.start, excluded) and resolve(e, published=published, previous=None).value != debate.value
        for e in find_expressions(text, *window)
    )


def _another_year_told(text: str, window: tuple[int, int], debate: When, published: date) -> bool:
    """Whether a date with its year, said or not, stands in ``window`` and is not the debate's: a fact-check's
    "ProPublica … said she addressed the executives on Dec. 5, 2007. ¶ According to ProPublica, Clinton praised
    her donors … ¶ Clinton said she would consider legislation" is about that speech."""
    return any(
        "year" in e.groups and resolve(e, published=published, previous=None).value != debate.value
        for e in find_expressions(text, *window)
    )


# A cue in the present right after a relative pronoun: a view held, said at no one occasion ("Govs. Jeb
# Bush and Chris Christie, who say the freshman senator doesn't have the experience", "the 'rigged
# economy' that he says is maintained by a corrupt campaign-finance system").
RELATIVE_BEFORE = re.compile(r"\b(?:who|that|which)\s+(?:[\w'’]+\s+)?$", re.I)
PRESENT = re.compile(r"(?:says|say|argues|argue|believes|believe|contends|contend|insists|insist|maintains|maintain|claims|claim"
                     r"|thinks|think|warns|warn|calls|call)\b", re.I)


def a_view_held(text: str, occ: Occasion) -> bool:
    """Whether the cue, in the present right after a relative pronoun, tells a view held (``PRESENT``)."""
    if occ.cue_at is None:
        return False
    return bool(RELATIVE_BEFORE.search(text, max(0, occ.cue_at - 30), occ.cue_at)) and bool(PRESENT.match(text, occ.cue_at))
