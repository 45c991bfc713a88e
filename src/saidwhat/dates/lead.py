"""The occasion a news lead dates for what the article then quotes from it (``the_lead_s_debate``), and the
date a headline's statement takes from the lead (``headlines_from_the_lead``).

A report of a debate dates it once, in its lead, mostly with the candidates as the noun's, not a
verb's, subjects ("If you want to understand the real meaning of Thursday night's debate between
Hillary Clinton and Bernie Sanders, …"), and then quotes them with no time of their own ("After all,
she argued, Obama got a lot of money from the financial industry"). No statement before dates them,
so nothing is inherited, and a scene needs the speaker as a verb's subject."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from ..model import Span, When, date_bounds
from ..resources import table
from .expressions import find_expressions, resolve
from .told import A_PLAN, SPOKEN, WRITTEN, dated_before, own_date, said, times_told, unsaid

if TYPE_CHECKING:
    from .occasions import Occasion

LEAD = 2  # paragraphs after the headline that may be the lead ("ABSTRACT." or a subtitle may come first)
RECENT = 7  # days before publication within which the debate is the one the article reports
REACH = 8  # paragraphs from one that tells of the debate within which a statement may be from it


@dataclass(frozen=True, slots=True)
class Debate:
    """The lead's dated debate: its date, where the sentence that tells it ends, the names told with it, those
    of them that are a surname alone a speaker's name may end in, and the paragraphs that tell of it
    (``TELLS_OF_IT``)."""

    when: When
    told_end: int
    names: frozenset[str]
    paragraphs: tuple[int, ...]
    surnames: frozenset[str] = frozenset()


def the_lead_s_debate(
    text: str, occasions: list[Occasion], whens: list[When], excluded: list[Span], published: date | None
) -> list[When]:
    """The dates, where a statement with none, of a candidate the lead names with a debate it dates in
    the week before publication, takes that debate's date.

    Only what the candidates said after the sentence that dates it, within ``REACH`` paragraphs of one
    that tells of the debate, with no occasion or place of its own named in the sentence ("in an
    interview", "told a crowd in Des Moines", "said on CNN's State of the Union": and none after
    such a statement, which moved the report on, till a paragraph tells of the debate again), not at another time ("has said", ``another_time``)
    and no view held ("that he says the plan would achieve"); a time told outside what was said in the
    statement's paragraph or the one before ("In 2011, Sanders said…"; not one still to come, "the states
    casting votes next Tuesday"), or a date with its year, said or
    not, in the two before (a fact-check's "… on Dec. 5, 2007. ¶ According to ProPublica, Clinton praised
    her donors"), sets it elsewhere. A candidate is a whole name the lead tells with the debate, or, as the
    subject of a debate told in a clause of time, a surname no other speaker or person of the article has ("Bill
    Clinton" is not "Hillary Clinton"), not the network or place the debate is named by ("Thursday's Fox News debate"). Not a debate still to come, one of another week, or one "after"
    which they spoke ("After Thursday's debate, Trump told reporters").
    """
    debate = _lead_debate(text, excluded, published)
    if debate is None:
        return whens
    speakers = {o.speaker for o in occasions if o.speaker}
    starts = _paragraph_starts(text)
    whens = list(whens)
    moved = -1  # the paragraph of the last statement of a candidate's at another occasion
    for i, occ in enumerate(occasions):
        if occ.window[0] < debate.told_end or occ.speaker is None or not _a_candidate(occ.speaker, debate, speakers, text):
            continue
        paragraph = bisect_right(starts, occ.window[0]) - 1
        if _elsewhere(text, occ, excluded):
            moved = paragraph  # "Sanders told a crowd in Des Moines…": the report has moved on, till it tells of the debate again
            continue
        if whens[i].value or occ.another_time or a_view_held(text, occ) or not _near_it(debate, paragraph, moved):
            continue
        # Past the lead: its own background ("Obama's election in 2008") is no time the report went to.
        near = max(debate.told_end, _paragraphs_before(text, occ.window[0], 1)), occ.window[1]
        if times_told(text, near, excluded, published=published, but=debate.when, past=True):
            continue
        if not _another_year_told(text, (max(debate.told_end, _paragraphs_before(text, occ.window[0], 2)), occ.window[1]), debate.when, published):
            whens[i] = debate.when
    return whens


# Another occasion or place the sentence names: "in an interview", "at a rally", "told CNN", "told a crowd",
# "said on CNN's State of the Union", "in Des Moines" (not "the debate", nor a day: "on Thursday").
_DAY_OR_MONTH = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December"
OTHER_OCCASION = re.compile(rf"\b(?:{SPOKEN}|{WRITTEN})s?\b|\btold\b", re.I)
# A place or an outlet right after the cue or opening the sentence, not a topic ("his stance on Obama").
_PLACE = rf"(?-i:(?:on|in|at|On|In|At)\s+(?!{_DAY_OR_MONTH})[A-Z]\w)"
PLACE_AFTER = re.compile(rf"\s+(?:[\w'’-]+\s+){{0,3}}?{_PLACE}")
PLACE_OPENING = re.compile(rf"\W*{_PLACE}")


def _elsewhere(text: str, occ: Occasion, excluded: list[Span]) -> bool:
    """Whether the statement's sentence names another occasion or place than the debate (``OTHER_OCCASION``,
    ``PLACE_AFTER``, ``PLACE_OPENING``)."""
    own = unsaid(text, occ.window, excluded)
    after = occ.cue_end is not None and PLACE_AFTER.match(text, occ.cue_end)
    return bool(OTHER_OCCASION.search(own) or PLACE_OPENING.match(own) or after)
# Words that tell of the debate in a paragraph of its report: "through much of the two-hour debate", "Co-moderator
# Andrea Mitchell", "One of the sharpest exchanges came over health care".
TELLS_OF_IT = re.compile(r"\b(?:debat(?:e|es|ed|ing)|(?:co-)?moderators?|exchanges?)\b", re.I)


def _near_it(debate: Debate, paragraph: int, moved: int) -> bool:
    """Whether a paragraph is within ``REACH`` of one that tells of the debate, past the paragraph where the report
    ``moved`` to another occasion ("“…,” Sanders said in 2011 in a radio interview. ¶ … ¶ Listen to HuffPost's
    analysis of Thursday's debate")."""
    return any(abs(paragraph - p) <= REACH for p in debate.paragraphs if p > moved)


def _paragraph_starts(text: str) -> list[int]:
    return [m.start() for m in re.finditer(r"[^\n]*\S[^\n]*", text)]


def _lead_debate(text: str, excluded: list[Span], published: date | None) -> Debate | None:
    """The lead's dated debate, if it dates one in the week before publication."""
    if published is None:
        return None
    paragraphs = list(re.finditer(r"[^\n]*\S[^\n]*", text))
    title = 1 if paragraphs and headline_end(text) == paragraphs[0].end() else 0
    paragraphs = paragraphs[title : title + LEAD]
    if not paragraphs:
        return None
    expr = dated_before(text, "debate", [], paragraphs[-1].end())
    began = None if expr is not None else _as_the_debate_began(text, paragraphs[0].start(), paragraphs[-1].end())
    expr = began.day if began is not None else expr
    if expr is None or expr.span.start < paragraphs[0].start() or said(expr.span.start, excluded):
        return None
    at = min(expr.span.start, _debate_at(text, expr))
    if AROUND_IT.search(text, max(0, at - 40), at):
        return None  # "After Thursday's debate, Trump told reporters": what was said around it, not at it
    when = resolve(expr, published=published, previous=None)
    if not when.value or len(when.value) != 10:
        return None
    day = date.fromisoformat(date_bounds(when.value)[0])
    if not published - timedelta(days=RECENT) <= day <= published:
        return None
    told_end = _clause_end(text, expr.span.end, SENTENCE_END)
    starts = _paragraph_starts(text)
    lead = bisect_right(starts, expr.span.start) - 1
    tells = tuple(n for n, s in enumerate(starts) if n >= lead and TELLS_OF_IT.search(text, s, text.find("\n", s) % (len(text) + 1)))
    if began is not None:  # the main clause's subject, who did something at the debate ("…, Trump opened")
        return Debate(when=when, told_end=told_end, names=began.names, surnames=began.names, paragraphs=(lead, *tells))
    return Debate(when=when, told_end=told_end, names=_names_with(text, expr, at), paragraphs=(lead, *tells))


# A day opening its sentence and a clause of the debate's time, its verb in the past of the debate itself, then the
# main clause's subject, one of the debaters, and its verb in the simple past: "On Thursday night as the four remaining
# candidates took the debate stage here at the University of Miami, Trump opened with a call…", "Wednesday night as
# Hillary Clinton and Bernie Sanders clashed on the Miami debate stage, Sanders said". Not a debate to come ("will meet
# again Thursday, when they take the debate stage"), one prepared for or watched ("as Clinton and Sanders prepared
# for their next debate"), nor others doing something else ("as the Republican candidates took the debate stage in
# Miami, Hillary Clinton and Bernie Sanders were campaigning elsewhere").
AS_THE_DEBATE = re.compile(
    r"(?m:(?:^|(?<=[—–.!?]\s))(?:On\s+)?)(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+night)?,?\s+(?:as|when)\s+"
    r"(?P<debaters>[^.;:—\n,]{1,80}?)\s+(?:took\s+the\s+(?:debate\s+)?stage|debated|clashed|sparred|squared\s+off|faced\s+off)\b"
    r"[^.;:—\n,]{0,80},\s+(?P<subject>(?:[A-Z][\w'’-]*\.?\s+){0,2}[A-Z][\w'’-]+)\s+"
    r"(?!(?:was|were|had|did|is|are)\b)(?:[a-z]+ed|said|told|took|hit|went|struck|made|drew|came|gave|stood)\b"
)
# The debaters as a body with no party, where anyone the main clause names is one: "the four remaining candidates".
THE_CANDIDATES = re.compile(r"the\s+(?:\w+\s+)?(?:remaining\s+)?(?:candidates|contenders|rivals)", re.I)
_NOT_ONE = re.compile(r"Republican|Democratic|Democrat|GOP|Libertarian|other", re.I)


@dataclass(frozen=True, slots=True)
class Began:
    """The day of a debate told in a clause of time, and the names of the main clause's subject."""

    day: object
    names: frozenset[str]


def _as_the_debate_began(text: str, start: int, end: int) -> Began | None:
    """The day of a debate the lead tells in a clause of time after it (``AS_THE_DEBATE``), and who did something
    at it: the main clause's subject, where the clause names them among the debaters or names the candidates
    as a body of no one party. Not where the sentence tells a plan (``told.A_PLAN``: "will", "next")."""
    found = AS_THE_DEBATE.search(text, start, end)
    if found is None or not re.search(r"\bdebat", found[0]) or A_PLAN.search(found[0]):
        return None
    debaters, subject = found["debaters"], re.sub(r"^(?:On|The)\s+", "", found["subject"])
    surname = subject.split()[-1]
    if not (THE_CANDIDATES.fullmatch(debaters) and not _NOT_ONE.search(debaters) or re.search(rf"\b{surname}\b", debaters)):
        return None
    days = find_expressions(text, found.start(), found.end())
    return Began(day=days[0], names=frozenset({subject})) if days and days[0].rule == "weekday" else None


# What ends the clause the debate is told in, and the sentence: not the stop of a title ("Mrs. Clinton and Mr.
# Sanders") or an initial ("Donald J. Trump").
_NO_STOP = r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSen)(?<!\bRep)(?<!\bGov)(?<!\bGen)(?<!\bSt)(?<!\b[A-Z])"
CLAUSE_BREAK = re.compile(rf"[—–;:\n]|{_NO_STOP}\.")
SENTENCE_END = re.compile(rf"\n|{_NO_STOP}[.!?]")
# A name: capitalised words, a title's or an initial's stop among them ("Sen. Bernie Sanders", "Donald J. Trump").
NAME = re.compile(r"(?:[A-Z][\w'’-]*\.?\s+)*[A-Z][\w-]*")
TITLE = re.compile(r"(?:Mr|Mrs|Ms|Dr|Sen|Senator|Rep|Gov|Governor|President|Secretary)\.?")


def _clause_end(text: str, at: int, breaks: re.Pattern[str]) -> int:
    found = breaks.search(text, at)
    return found.start() if found else len(text)


def _names_with(text: str, expr, debate_at: int) -> frozenset[str]:
    """The names of the debate's clause: "Thursday night's debate between … Hillary Clinton and Bernie Sanders —
    or the feud between their supporters — you have to go back to … Obama's election" names Clinton and Sanders,
    not Obama; not a name the debate is named by ("Thursday's Fox News debate", "the Miami debate stage")."""
    start = max((m.end() for m in CLAUSE_BREAK.finditer(text, 0, expr.span.start)), default=0)
    end = _clause_end(text, expr.span.end, CLAUSE_BREAK)
    names = set()
    for m in NAME.finditer(text, start, end):
        name = re.sub(r"['’]s$", "", m[0])
        if not re.match(r"(?:['’]s)?\s+debates?\b", text[m.end() : m.end() + 12], re.I):
            names.add(name)
    return frozenset(names)


def _a_candidate(speaker: str, debate: Debate, speakers: set[str], text: str) -> bool:
    """Whether the speaker is one the lead names: the whole name ("Sen. Bernie Sanders" for Bernie Sanders), or
    the surname after a title ("Mrs. Clinton") or, as the subject of a debate told in a clause of time, alone
    ("On Thursday night as the four remaining candidates took the debate stage…, Trump opened with a call…" for
    Donald Trump), where no other speaker of the article has that surname, and for a surname alone no other
    person either ("former President Bill Clinton said" is not the lead's Clinton where Hillary Clinton is named)."""
    words = speaker.split()
    if len(words) > 1 and any(n == speaker or n.endswith(" " + speaker) for n in debate.names):
        return True
    titled = any(len(n.split()) == 2 and TITLE.fullmatch(n.split()[0]) and n.split()[1] == words[-1] for n in debate.names)
    bare = len(words) > 1 and words[-1] in debate.surnames and not _namesakes(text, words)
    return (titled or bare) and not any(s != speaker and s.split()[-1] == words[-1] for s in speakers)


def _namesakes(text: str, words: list[str]) -> bool:
    """Whether the text names someone else of the speaker's surname: a given name (``first_names.txt``) other
    than the speaker's before it ("Hillary Clinton" for Bill Clinton)."""
    given = table("first_names.txt")
    return any(
        m[1].lower() in given and m[1] != words[0]
        for m in re.finditer(rf"\b([A-Z][a-z]+)\s+(?:[A-Z]\.\s+)?{re.escape(words[-1])}\b", text)
    )


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


def headlines_from_the_lead(text: str, occasions: list[Occasion], whens: list[When]) -> list[When]:
    """The dates, where a headline's statement with none takes the date the lead gives the same
    speaker's statement in its own sentence: the headline tells what the lead reports ("Obama: Families
    Of Gun Violence Victims Don't Care About Politics. ¶ President Barack Obama met survivors … on
    Thursday and said…": Thursday). Only the first line and the first line of text after it, and not a
    headline in the perfect ("Emmanuel Macron has once again refused to rule out …"), which takes no
    point in time (``clauses.another_time``)."""
    title_end = headline_end(text)
    if title_end is None:
        return whens
    lead = len(text) - len(text[title_end:].lstrip())
    lead_end = text.find("\n", lead) % (len(text) + 1)  # no line break after the lead: the text's end
    whens = list(whens)
    for i, occ in enumerate(occasions):
        if occ.window[0] >= title_end or whens[i].value or occ.speaker is None or occ.another_time:
            continue  # "Emmanuel Macron has once again refused to rule out …": a perfect takes no point in time
        told = [(o, w) for o, w in zip(occasions[i + 1 :], whens[i + 1 :]) if lead <= o.window[0] < lead_end and o.speaker == occ.speaker]
        # Every statement of the speaker's in the lead on one date: "Gordon Brown, who promised in 1997
        # not to raise income tax, said the pledge still stood" tells of two times, and the headline's is the second.
        if told and all(own_date(o, w) for o, w in told) and len({w.value for _, w in told}) == 1:
            whens[i] = told[0][1]
    return whens


def headline_end(text: str) -> int | None:
    """Where the first line ends, where it is a headline (``a_headline``); None where it is not."""
    end = text.find("\n")
    return end if end != -1 and a_headline(text, end) else None


def a_headline(text: str, end: int) -> bool:
    """Whether the first line, ending at ``end``, is a headline: set off by a blank line (PolNeAR's
    titles end with a full stop), or ending as no sentence does ("Jobs report gives Democrats a
    lift;"). A first sentence on a line of its own ("Hillary Clinton said in her memoir that …" with
    the next sentence on the line below) is the lead, no headline."""
    set_off = text[end + 1 :].lstrip(" \t").startswith(("\n", "\r"))
    return set_off or not text[:end].rstrip().endswith((".", "?", "!", '"', "”"))
