"""Occasions a statement names that the text told elsewhere: "he said afterwards" takes the date of
the event (``after_event``; the mentions of an occasion before, ``dated_before``, serve
``revisited.told_occasion`` too), and "in an interview with Fox News" after "told CNN on Monday" is another
occasion, which inherits no date (``opens_another_occasion``), and "According to the Observer" the day
of "The Observer reported on Sunday" (``the_outlet_again``); "After the Paris attacks" or "later" has moved
on from an occasion told by its month (``moved_on``). ``occasions.date_statements`` asks them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING

from ..model import Span, When
from ..resources import lexicon
from ..speakers.entities import ARTICLES
from .expressions import DAYS, DateExpression, find_expressions, resolve

if TYPE_CHECKING:
    from .occasions import Occasion


def said(at: int, excluded: list[Span]) -> bool:
    """Whether a position lies inside what was said: a date or an occasion there is not the saying's."""
    return any(x.start <= at < x.end for x in excluded)


def times_told(
    text: str, window: tuple[int, int], excluded: list[Span], *, published: date | None = None, but: When | None = None,
    past: bool = False,
) -> bool:
    """Whether a date expression stands in ``window`` outside what was said, other than ``but`` ("her debate
    performance Thursday night" is the debate's own); with ``past``, not one still to come ("the states casting
    votes next Tuesday": no time the report went to)."""
    return any(
        not said(e.span.start, excluded) and (but is None or resolve(e, published=published, previous=None).value != but.value)
        and not (past and "next" in e.groups)
        for e in find_expressions(text, *window)
    )


def unsaid(text: str, window: tuple[int, int], excluded: list[Span]) -> str:
    """The window's words outside what was said, what was said blanked out."""
    return "".join(" " if said(i, excluded) else c for i, c in enumerate(text[window[0] : window[1]], window[0]))


def apart(at: int, occ: Occasion, excluded: list[Span]) -> bool:
    """Whether a position lies apart from the statement's own saying: inside what was said, or in
    another clause of its sentence (``Occasion.elsewhere``: "Carson, who will address the convention
    on Tuesday night, said")."""
    return said(at, excluded) or any(a <= at < b for a, b in occ.elsewhere)


# An occasion named with an indefinite article ("in an interview with CNN", "in an appearance on
# Face the Nation"; not "in the interview", which goes on from one told), and the occasions a sentence
# may name ("told CNN on Monday", "at Tuesday's debate"). "At a rally", "in a speech", "at a news
# conference" are left out: mostly the lead's dated occasion told a second time ("Trump, speaking at a
# rally in Wilmington, N.C., warned" after "Donald Trump on Tuesday seemed to imply").
NEW_OCCASION = re.compile(
    r"\b(?:in|during|on)\s+(?:an?|one)\s+(?:[\w'’.&-]+\s+){0,4}?(?P<noun>interview|appearance|op-ed|podcast)s?\b", re.I
)
# The nouns of occasions of speaking, and of writing, the date rules share (``lead.OTHER_OCCASION``,
# ``occasions.OCCASION_NOUN``).
SPOKEN = r"interview|appearance|op-ed|podcast|rally|speech|town[- ]hall|conference|forum|hearing|show|program"
WRITTEN = r"statement|tweet|post|email|letter"
NAMED_OCCASION = re.compile(rf"\b(?:{SPOKEN}|debate)s?\b|(?-i:\btold (?:[Tt]he )?[A-Z])", re.I)


def opens_another_occasion(text: str, occ: Occasion, excluded: list[Span], inherited: When) -> bool:
    """Whether a statement with no date of its own names a new occasion, other than the one its
    inherited date comes from, so that it takes none.

    "Trump told CNN on Monday that … ¶ Trump explained his reasoning in an appearance on CBS's Face the
    Nation" is another occasion than Monday's. Only where the date's sentence names an occasion of
    another kind: a lead mostly dates the occasion it names the first time a few sentences on ("Clinton
    said Wednesday that she called Sanders … ¶ “…,” Clinton said in an interview with The Washington
    Post"; "Sanders prevailed in Wisconsin's primary Tuesday. ¶ In a victory speech from Wyoming…").
    """
    if inherited.expression is None:
        return False
    found = [
        m for m in NEW_OCCASION.finditer(text, *occ.window)
        if not apart(m.start(), occ, excluded)
    ]
    if not found:
        return False
    start, end = sentence_around(text, inherited.expression)
    named = {m[0].lower().rstrip("s") for m in NAMED_OCCASION.finditer(text, start, end)}
    if any(n.startswith("told") for n in named) and not any(_names_another_outlet(text, m, text[start:end]) for m in found):
        # "Smith told Reuters on Monday… ¶ Smith said in an interview": telling a news agency is an
        # interview, the same one unless this one names an outlet the first did not ("with Fox News").
        named.add("interview")
    return bool(named) and not {m["noun"].lower() for m in found} & named  # the same noun: the same interview, told again


def _names_another_outlet(text: str, occasion: re.Match, told: str) -> bool:
    """Whether the words right after an occasion ("with Fox News", "on CBS's Face the Nation") name
    someone the sentence of the date does not."""
    after = re.match(r"\s+(?:with|on|to)\s+((?:[A-Z][\w'’.&-]*\s*)+)", text[occasion.end() : occasion.end() + 60])
    return bool(after) and not all(w.rstrip(".,").strip("'’s") in told for w in after[1].split())


def sentence_around(text: str, span: Span) -> tuple[int, int]:
    """The sentence of a date expression, roughly: from the last full stop or line break before it to the next."""
    start = max(text.rfind("\n", 0, span.start), text.rfind(". ", 0, span.start)) + 1
    end = text.find(".", span.end)
    return start, end if end != -1 else len(text)


# A mention of the occasion, not the verb: "Thursday's debate", "an interview", "at the rally"
# (not "MPs will debate the bill", "Supporters will rally").
A_NOUN = re.compile(r"(?:\b(?:a|an|another|the|this|that|his|her|their|its|our|at|in|during)|['’]s)\s+(?:[\w'’.-]+\s+){0,5}$", re.I)
A_VERB = re.compile(r"\b(?:will|would|shall|to|can|could|may|might|must|should|did|do|does)\s+$|['’]ll\s+$", re.I)
# An occasion still to come ("Blair will make a speech next Tuesday") dates a plan, not words said;
# read up to the date and the noun only: "…, who may not survive past next week" is about something else.
A_PLAN = re.compile(r"\b(?:will|next|(?:is|are) (?:to|due|expected|set)|plans? to)\b|['’]ll\b", re.I)
# "adjourned until Friday", "by Monday", "filed for Sunday's show": a limit or a plan, not the occasion's day.
A_LIMIT = re.compile(r"\b(?:until|till|by|before|for)\s+$", re.I)


def dated_before(
    text: str, noun: str, words: list[str], before: int, *, said_after: bool = False, excluded: list[Span] | None = None
) -> DateExpression | None:
    """The date next to the last mention of ``noun`` before ``before`` whose sentence has ``words``.

    For words ``said_after`` the occasion ("after the game") a weekday the text set something before
    is still the occasion's day: "Gerrard had said before Wednesday's game" dates the game. Given what was
    said (``excluded``), the nearest mention not named with "the" ends the search, dated or not: one told
    anew ("… a closed-door meeting on Thursday. ¶ Ryan said the party would hold another meeting in
    Cleveland. ¶ At the meeting, Priebus said"), and one inside what was said gives no date ("Ryan said on
    Thursday that a meeting with Trump had been useful. ¶ At the meeting, Trump told Ryan": Ryan's words,
    not when the meeting was); "the meeting" told again goes on to the one it names.
    """
    for mention, (start, end) in mentions_of(text, noun, before):
        if not all(re.search(rf"\b{re.escape(w)}", text[start:end], re.I) for w in words):
            continue
        if excluded is not None and said(mention.start(), excluded):
            if THE.search(text, start, mention.start()):
                continue  # "stating during the debate that …": the one told before, named in passing
            return None
        for expr in find_expressions(text, start, end):
            if A_PLAN.search(text, start, max(expr.span.end, mention.end())):
                continue
            if not said_after and A_LIMIT.search(text[start : expr.span.start]):
                continue
            if NEXT_TO.fullmatch(text[min(expr.span.end, mention.end()) : max(expr.span.start, mention.start())]):
                # "an interview filed for Sunday's Meet the Press": made before Sunday, on a day not told.
                return None if comes_before(text, expr) and not said_after else expr
        if excluded is not None and not THE.search(text, start, mention.start()):
            return None
    return None


# "the meeting", "the closed-door meeting": one told before; not "the victims at a vigil".
THE = re.compile(r"\bthe\s+(?:(?!(?:a|an|another|at|in|on|of|for|to|with|by|from)\s)[\w'’.-]+\s+){0,3}$", re.I)


def mentions_of(text: str, noun: str, before: int) -> Iterator[tuple[re.Match, tuple[int, int]]]:
    """The mentions of ``noun`` as a noun before ``before``, the last first, each with its sentence ("a
    townhall meeting", "Thursday's debate"; not "to debate", "will rally"); a town hall spelt any way."""
    spelt = r"town[- ]?hall" if re.fullmatch(r"town[- ]?hall", noun, re.I) else re.escape(noun)
    for mention in reversed(list(re.finditer(rf"\b{spelt}s?\b", text[:before], re.I))):
        start, end = sentence_around(text, Span.of(text, mention.start(), mention.end()))
        lead = text[start : mention.start()]
        if A_NOUN.search(lead) and not A_VERB.search(lead):
            yield mention, (start, end)


# Words said right after an event: "he said afterwards", "Speaking after the match", "After the game,
# Moyes said". The event is named by a noun or, for "afterwards", told in the sentence before.
AFTER_EVENT = re.compile(
    r"\b(?:(?:right|shortly|soon|just|immediately)\s+)?afterwards?\b"
    r"|\b(?:after|following)\s+(?:the|his|her|their|its)\s+(?P<words>(?:[\w'’-]+\s+){0,2}?)"
    r"(?P<noun>match|game|race|fight|final|tie|debate|speech|rally|meeting|talks|vote|hearing|summit)\b",
    re.I,
)


# After an event the text names but does not date, or "later": a statement past an occasion told only by
# its month or year, which it cannot be placed in ("In a September debate, … “Let them fight each
# other,” he said. ¶ After the Paris attacks, Trump released a new radio ad calling it “dangerous”";
# "In a July interview with MSNBC, he spoke favorably of the internment… ¶ Clark later said his comments
# were mischaracterized"). After a day it mostly goes on that day ("On Thursday, he expanded upon his
# calls… ¶ Following the release of a new video…, Trump called upon Mayor Bill de Blasio"), and an event
# the saying is commonly right after (``told.AFTER_EVENT``: "After the debate, Trump told reporters",
# "Following the debate, …") goes on from the occasion just told where that occasion was this event
# ("In a September debate, …"), and not from another ("In a July interview, … ¶ After the debate, …").
SENTENCE_OPENING = r"\W*(?:(?:but|and|yet|so|then)\W+)?"  # marks and a conjunction before a sentence's first word
AFTER_AN_EVENT = re.compile(
    SENTENCE_OPENING + r"(?:after|following|since)\s+(?:the|an?|his|her|its|their|[A-Z][\w.-]*['’]s)\s+(?:[^,;.]|\.(?=\w|\s+(?-i:[a-z])))*,", re.I
)
LATER = re.compile(r"\blater\s+$", re.I)
# "And a couple of years later, he echoed that comment" after "Back in 1999, Mr. Trump expressed admiration":
# a span of time no rule reads, so the statement has moved on from the year told.
SPAN_LATER = re.compile(
    SENTENCE_OPENING + r"(?:(?:a|an|one|two|three|four|five|several|some|many|a\s+few|a\s+couple\s+of)\s+)?"
    r"(?:years?|months?|decades?)\s+later\b",
    re.I,
)


def moved_on(text: str, occ: Occasion, inherited: When) -> bool:
    """Whether a statement has moved on from an occasion told by its month or year (``AFTER_AN_EVENT``,
    "later"), or from any time told, by months or years (``SPAN_LATER``: "On March 3, 2009, Obama said … ¶ A
    couple of years later, he said it had worked")."""
    if not inherited.value:
        return False
    if SPAN_LATER.match(text, occ.window[0]):
        return True
    if len(inherited.value) == 10:
        return False
    opening = AFTER_AN_EVENT.match(text, occ.window[0])
    if opening and not _the_same_event(text, AFTER_EVENT.search(opening[0]), inherited):
        return True
    # The cue may hold the adverb ("later said") or follow it ("Clark later told reporters").
    return occ.cue_at is not None and (
        LATER.search(text, max(0, occ.cue_at - 12), occ.cue_at) is not None or text.startswith("later ", occ.cue_at)
    )


def _the_same_event(text: str, after: re.Match | None, inherited: When) -> bool:
    """Whether the event a statement opens after ("After the debate,") is the occasion its inherited date
    was told with, named by the same noun there ("In a September debate, …", "Trump debated Bush in
    September"); "afterwards" names none, so it is that occasion."""
    if after is None or inherited.expression is None:
        return False
    if not after["noun"]:
        return True
    start, end = sentence_around(text, inherited.expression)
    return re.search(rf"\b{after['noun'][:5]}", text[start:end], re.I) is not None


def after_event(text: str, occ: Occasion, excluded: list[Span]) -> DateExpression | None:
    """The date of the event a statement says it was made right after, where the text dated it.

    "Liverpool beat Olympiakos on Wednesday. ¶ “…,” Gerrard said afterwards": Wednesday. Only a
    date next to the event's noun told before ("before Wednesday's game … ¶ after the game") or
    the one date of the sentence before the statement, and not a plan ("will", "next"): else None,
    and the statement is dated as any other. An event named by its noun takes the sentence before's
    day only where that sentence tells such an event (``_tells_an_event``).
    """
    for m in AFTER_EVENT.finditer(text, *occ.window):
        if apart(m.start(), occ, excluded):
            continue
        if m["noun"] and (told := dated_before(text, m["noun"], m["words"].split(), occ.window[0], said_after=True)):
            return told
        return _one_date_before(text, occ, excluded, event=m["noun"] is not None)
    return None


def sentence_before(text: str, occ: Occasion, excluded: list[Span]) -> tuple[int, int]:
    """The sentence before the statement's opening, past the quote that opens it ("“…,” he said afterwards")."""
    opening = occ.window[0]
    for x in sorted(excluded, key=lambda x: x.start, reverse=True):
        if x.start < opening and not text[x.end : opening].strip(" \t\n\"“”'‘’,"):
            opening = x.start  # the statement's quote, or the sentence of it the parser split off
    end = len(text[:opening].rstrip(" \t\n\"“‘'"))
    return max(text.rfind("\n", 0, end - 1), text.rfind(". ", 0, end - 1)) + 1, end


def _one_date_before(text: str, occ: Occasion, excluded: list[Span], *, event: bool = False) -> DateExpression | None:
    """The one date, outside what was said and not a plan, of the sentence before the statement's
    opening, past the quote that opens it ("“…,” he said afterwards"); for a named ``event``, only
    where that sentence tells one (``_tells_an_event``)."""
    start, end = sentence_before(text, occ, excluded)
    told = [e for e in find_expressions(text, start, end) if not said(e.span.start, excluded)]
    if len(told) != 1 or A_PLAN.search(text, start, told[0].span.end) or not _a_day(told[0]) or "year" in told[0].groups:
        return None  # a day with its year is background: "born on 4 July 1990"
    if event and not _tells_an_event(text[start:end]):
        return None  # "The club was fined on Monday for crowd trouble. ¶ … Dyche said after the match"
    return told[0]


# What tells an event "after the match" may be said after: an event's noun, a score, or a verb of a
# contest, a meeting or a vote ("Liverpool beat Chelsea 2-1 on Wednesday", "The two leaders met on
# Friday", "MPs voted on Tuesday"); not a day of something else ("was fined on Monday").
AN_EVENT = re.compile(
    r"\b(?:match|game|race|fight|final|tie|debate|speech|rally|meeting|talks|vote|hearing|summit|contest|bout|clash|derby)e?s?\b"
    r"|\b\d{1,3}-\d{1,3}\b"
    r"|\b(?:beat|beaten|won|lost|drew|drawn|defeated|thrashed|played|met|voted|debated|spoke|addressed)\b",
    re.I,
)


def _tells_an_event(sentence: str) -> bool:
    """Whether a sentence tells an event, which a statement "after the match" may be said after."""
    return AN_EVENT.search(sentence) is not None


def _a_day(expr: DateExpression) -> bool:
    """Whether an expression names a day: "afterwards" is right after an event, so a month or year
    before it is background ("His first tournament win was at Memphis in 2004. Afterwards, Dent said")."""
    return expr.rule in DAYS or (
        expr.rule == "last" and expr.groups["unit"].lower() == "night"
    )


# What may stand between a date and its occasion's noun, up to three words and no comma: "Thursday's
# Republican debate", "Thursday night's debate", "an interview aired on Monday", "a news conference here
# Tuesday morning".
NEXT_TO = re.compile(
    r"(?:['’]s)?(?:\s+(?:night|morning|afternoon|evening)(?:['’]s)?)?\s+(?:[\w'’.-]+\s+){0,3}?"
    r"|\s+(?:[\w'’.-]+\s+){0,3}?(?:on\s+)?"
)


# Words that put a weekday's occasion after the saying: "ahead of Tuesday's vote", "before Monday's
# caucus", "in an interview filed for Sunday's Meet the Press", "until Friday", "in the run-up to
# Tuesday's election".
BEFORE_IT = re.compile(
    r"\b(?:ahead\s+of|before|in\s+advance\s+of|until|for|(?:run|lead|build)[\s-]+up\s+to)\s+(?:(?:the|this)\s+)?$", re.I
)


def comes_before(text: str, expr: DateExpression) -> bool:
    """Whether a weekday names an occasion the words were said before, so it is not when they were said:
    after "ahead of", "before", "for"…, or a possessive one the text tells as a plan (``_told_to_come``); or
    a weekday or date of an event named by its noun before it (``BEFORE_THE_EVENT_ON``: "before the West
    Virginia primary on May 10"), not "before" a body, audience or person, which is a place ("Testifying before
    the Senate Judiciary Committee on Tuesday, Lynch said": Tuesday).

    Read back as usual, "ahead of Tuesday's vote" in a Wednesday paper gives the Tuesday just past,
    and in a Monday or Saturday paper ("an interview filed for Sunday's Meet the Press") the Tuesday
    or Sunday before: a day after the saying either way, or a week before it. A careful reader
    dates such words only by something else (another date of the sentence, the occasion before); read
    forward, the weekday would give the occasion's day, which is not the saying's either.
    """
    if expr.rule in ("month_day", "day_month") or (expr.rule == "weekday" and "last" not in expr.groups):
        if BEFORE_THE_EVENT_ON.search(text, max(0, expr.span.start - 80), expr.span.start):
            return True  # "On a campaign swing this month before the West Virginia primary on May 10, she said"
    if expr.rule != "weekday" or "last" in expr.groups:
        return False
    return BEFORE_IT.search(text, max(0, expr.span.start - 30), expr.span.start) is not None or _told_to_come(text, expr)


# The day of an event the words came before, named by its noun: "before the West Virginia primary on May 10",
# "ahead of the vote on Tuesday" (the day is the event's, not the saying's). Only a noun of an event: "before"
# a body, an audience or a person is a place ("In remarks before the Detroit Economic Club on Monday", "Appearing
# before the House Oversight Committee on March 8", "Speaking before the crowd in Des Moines on Friday"), and
# words said before one's own speech or rally mostly came the same day ("Before his speech on Friday, Trump told").
EVENT_NOUNS = (
    r"primary|primaries|vote|votes|voting|election|elections|caucus|caucuses|debate|debates|convention|deadline"
    r"|summit|referendum|runoff|ballot|polls|showdown"
)
BEFORE_THE_EVENT_ON = re.compile(
    r"\b(?:ahead\s+of|before|in\s+advance\s+of|(?:run|lead|build)[\s-]+up\s+to)\s+(?:the|this|his|her|their|its)\s+"
    rf"(?:[\w'’.-]+\s+){{0,3}}(?:{EVENT_NOUNS})\s+(?:on|of)\s+$",
    re.I,
)


# What the words were about, not where they were said: "said of Tuesday's event", "asked about
# Sunday's vote"; not "at Tuesday's rally", "on Sunday's Meet the Press", "told Sunday's programme",
# nor "agreed on one thing in the wake of Monday's ruling" (a reaction mostly the same day).
OF_IT = re.compile(
    r"\b(?:said|says|say|saying|spoke|speaks|speaking|talked|talks|talking|asked|wrote|writes|remarked|joked)"
    r"\s+(?:of|about)\s+(?:(?:the|this)\s+)?$",
    re.I,
)


def names_the_topic(text: str, expr: DateExpression) -> bool:
    """Whether a possessive weekday names the occasion the words were about ("“It will be fair,” Smith
    said of Sunday's election"): one still to come, when they were said before it, or one past, when
    they were said after it, on a day the text does not give; either way not when they were said."""
    if expr.rule != "weekday" or "last" in expr.groups or not OWN.match(text, expr.span.end):
        return False
    return OF_IT.search(text, max(0, expr.span.start - 30), expr.span.start) is not None


def _told_to_come(text: str, expr: DateExpression) -> bool:
    """Whether a possessive weekday's occasion ("said of Tuesday's event") is one the text tells as a plan,
    where it names it so ("Representatives will attend Tuesday's event"): it is still to come, and the
    words were said before it. The sentence's tense is the cue, read where the text tells the occasion."""
    own = OWN.match(text, expr.span.end)
    if own is None:
        return False
    occasion = rf"\b{re.escape(expr.groups['weekday'])}{PART_OF_DAY}['’]s\s+{re.escape(own['noun'])}\b"
    return any(PLAN_OF.search(text, max(0, m.start() - 60), m.start()) for m in re.finditer(occasion, text, re.I))


# A weekday's own occasion: "Tuesday's event", "Tuesday night's debate".
PART_OF_DAY = r"(?:\s+(?:night|morning|afternoon|evening))?"
OWN = re.compile(rf"{PART_OF_DAY}['’]s\s+(?P<noun>[A-Za-z][\w-]*)", re.I)


# A plan whose verb takes the occasion, a few plain words before it: "will attend Tuesday's event", "is due
# to open Thursday's summit"; not a "will" inside a quote ("… who the next president will be," he said
# at Tuesday's rally).
PLAN_OF = re.compile(r"\b(?:will|(?:is|are) (?:to|due|expected|set))\s+(?:[\w-]+\s+){0,5}$|['’]ll\s+(?:[\w-]+\s+){0,4}$", re.I)


# The one told, by name, right after the cue: "Gingrich told Bill O'Reilly of Fox News", "told O'Reilly".
HEARER = re.compile(r"told\s+(?P<who>(?:[A-Z][\w'’.&-]*\s+){0,3}[A-Z][\w'’&-]*)")


def told_the_same(text: str, occ: Occasion, earlier: list[tuple[Occasion, When]]) -> When | None:
    """The date of an earlier statement of the same speaker to the same hearer, dated in its own sentence.

    "On Friday, Gingrich … told Bill O'Reilly of Fox News, that… ¶ Gingrich was less serious when
    interviewed Thursday by the Chicago Tribune. ¶ “…,” he told the newspaper. ¶ “…,” Gingrich told
    O'Reilly": the Friday interview again, past the Tribune's in between. Only a named hearer ("told
    reporters", "told the newspaper" name none, nor "told MPs", who are told on many occasions) and
    the hearer's last name in the earlier "told"; a speaker of either unknown is no same speaker."""
    if occ.cue_at is None or occ.speaker is None or occ.another_time or (mine := HEARER.match(text, occ.cue_at)) is None:
        return None
    name = mine["who"].split()[-1]
    if re.fullmatch(r"[A-Z]+s", name):
        return None  # "told MPs", "told MEPs": a body of many, no one interview
    for before, when in reversed(earlier):
        if before.speaker != occ.speaker or before.cue_at is None or when.expression is None:
            continue
        own = before.window[0] <= when.expression.start < before.window[1]
        if own and (told := HEARER.match(text, before.cue_at)) and name in told["who"].split():
            return when
    return None


# Outlets' words that end companies' names too: "American Express", "Royal Mail", "Deutsche Post",
# "Trinity Mirror" are no papers; "Daily Express", "The Post" are.
SHARED_WITH_FIRMS = {"express", "mail", "post", "mirror", "sun", "standard", "independent", "press", "news"}


def _an_outlet_s_name(name: str) -> bool:
    """Whether ``name`` is a newspaper's or an agency's: its last word an outlet's
    (``media_names.txt``), and where that word also ends firms' names, every word an outlet's."""
    words = [w.lower() for w in name.split() if w.lower() not in ARTICLES]
    if not words or words[-1] not in lexicon("media_names.txt"):
        return False
    return words[-1] not in SHARED_WITH_FIRMS or all(w in lexicon("media_names.txt") for w in words)


def the_outlet_again(text: str, occ: Occasion, earlier: list[tuple[Occasion, When]], excluded: list[Span]) -> When | None:
    """The day of a newspaper's or an agency's report told before, for its name given again: a
    report is one issue, one day. "The Observer reported on Sunday that … ¶ According to the FT, …
    the paper said. ¶ According to the Observer, 3,000 jobs could be lost": Sunday, past the FT's
    statements between. Only an outlet's name (``_an_outlet_s_name``: not "the newspaper", which
    may be another, nor "American Express"), named again in the statement's sentence, a day (a year
    or a month is no issue), and no time told between outside what was said ("…, the Associated Press
    declared on Thursday. ¶ On Wednesday, Clinton held a narrow lead… ¶ …, according to the
    Associated Press": a count of another day)."""
    if occ.speaker is None or occ.another_time or not _an_outlet_s_name(occ.speaker):
        return None
    if not re.search(rf"\b{re.escape(occ.speaker.split()[-1])}\b", text[occ.window[0] : occ.window[1]]):
        return None
    before, when = next(((b, w) for b, w in reversed(earlier) if b.speaker == occ.speaker), (None, None))
    if before is None or when.expression is None or not when.value or len(when.value) != 10:
        return None
    told = [e for e in find_expressions(text, before.window[1], occ.window[0]) if not said(e.span.start, excluded)]
    return None if told else when


def own_date(occ: Occasion, when: When) -> bool:
    """Whether a statement's date is one of its own sentence, and no clause's about something else
    ("Gordon Brown, who promised in 1997 not to raise income tax, said the pledge still stood")."""
    if not when.value or when.expression is None or not occ.window[0] <= when.expression.start < occ.window[1]:
        return False
    return not any(start <= when.expression.start < end for start, end in occ.elsewhere)

