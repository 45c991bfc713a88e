"""Which date expression dates which statement: its own sentence's, the occasion it goes on
from, or the scene told before it (``Occasion``, ``date_statements``, ``scene``)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from spacy.tokens import Span as Sentence
from spacy.tokens import Token

from ..model import Span, When, date_bounds
from ..nlp import end_of
from .clauses import a_journey, another_time, future, other_clauses, the_speaker_does
from .expressions import DAYS, RELATIVE, DateExpression, find_expressions, resolve
from .lead import a_view_held, headline_end, headlines_from_the_lead, the_lead_s_debate
from .revisited import at_a_told_occasion, at_the_time, told_occasion
from .told import (
    SENTENCE_OPENING, SPOKEN, WRITTEN, after_event, apart, comes_before,
    moved_on, names_the_topic, opens_another_occasion, own_date, said, sentence_around, the_outlet_again, times_told, told_the_same, unsaid,
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Occasion:
    """What the date stage needs to know about one statement."""

    window: tuple[int, int]  # the sentence that frames it
    cue_at: int | None  # offset of the cue, to pick the nearest expression
    cue_end: int | None = None  # where the cue ends: "said in 2003"
    continues: bool  # "he added" or no cue: the same occasion as the previous statement
    speaker: str | None
    paragraph: int = 0  # index of the paragraph (line) the statement's sentence starts in
    elsewhere: tuple[tuple[int, int], ...] = ()  # clauses of the sentence whose dates are not the saying's
    another_time: bool = False  # "has said", "recently said": not the occasion before, so it inherits no date
    scene: Scene | None = None  # the sentence before telling that the speaker spoke ("Clinton spoke Monday night")


def date_statements(text: str, occasions: list[Occasion], *, excluded: list[Span], published: date | None) -> list[When]:
    """The ``When`` of each statement, in order; ``excluded`` is what was said (never a date of saying)."""
    whens: list[When] = []
    dated: list[tuple[Occasion, When]] = []  # the statements before, each with its When, as they are dated
    last_dated: When | None = None
    # "After he said X, he added: “Y”": a continuation carries its whole sentence along.
    carried = {(o.window, o.speaker) for o in occasions if o.continues}
    occasions = [replace(o, continues=o.continues or (o.window, o.speaker) in carried) for o in occasions]
    spoke: int | None = None  # the last statement whose speaker is known
    cues = [(o.cue_at, o.cue_end) for o in occasions if o.cue_at is not None and o.cue_end is not None]
    for i, occ in enumerate(occasions):
        expr = governing_expression(text, occ, excluded)
        event = None
        if expr is not None and expr.rule in RELATIVE and last_dated is not None and last_dated.expression == expr.span:
            # One relative expression for two statements ("the day before, she stated …, adding …") is one day,
            # not counted again from the first.
            when = last_dated
        elif expr is not None:
            when = resolve(expr, published=published, previous=_anchor(text, expr, last_dated, excluded, published))
        elif (event := after_event(text, occ, excluded) or at_the_time(text, occ, excluded)) is not None:
            when = resolve(event, published=published, previous=None)  # "Gerrard said afterwards", "said at the time"
        elif (told := told_occasion(text, occ, excluded)) is not None:
            when = resolve(told, published=published, previous=None)  # "Trump said during the debate"
        elif (there := at_a_told_occasion(text, occ, excluded, dated)) is not None:
            when = there  # "Obama told a townhall meeting … ¶ At the townhall, a young woman asked Obama"
        elif (again := told_the_same(text, occ, dated)) is not None and _scene_expression(text, occ, excluded, cues) is None:
            # "Gingrich told Bill O'Reilly … on Friday … ¶ Gingrich told O'Reilly"; a scene set
            # since ("On Wednesday, Mr Blair faced the Commons again") is the nearer occasion.
            when = again
        elif (
            spoke is not None and not occ.another_time and _same_occasion(text, occ, occasions[spoke])
            and not moved_on(text, occ, whens[spoke])
        ):
            # Past a statement of no known speaker in between ("When asked about X, he said…").
            when = whens[spoke]
        elif (issue := the_outlet_again(text, occ, dated, excluded)) is not None:
            when = issue  # "The Observer reported on Sunday … ¶ According to the Observer, …"
        elif (found := _scene_expression(text, occ, excluded, cues)) is not None:
            setting, seen = found
            when = _scene_when(resolve(seen, published=published, previous=last_dated), setting, published)
        else:
            when = When()
        if expr is None and event is None and opens_another_occasion(text, occ, excluded, when):
            when = When()  # "Trump told CNN on Monday… ¶ Trump said in an appearance on Face the Nation"
        if when.value:
            last_dated = when
        if occ.speaker is not None and not (occ.another_time and when.value is None):
            spoke = i  # past an undated "she has long said" the occasion goes on, as past an unknown speaker
        whens.append(when)
        dated.append((occ, when))
    whens = the_lead_s_debate(text, occasions, dated_after(text, occasions, whens, excluded), excluded, published)
    return headlines_from_the_lead(text, occasions, whens)


def dated_after(text: str, occasions: list[Occasion], whens: list[When], excluded: list[Span]) -> list[When]:
    """The dates, where a statement with none takes the day the same speaker's next statement, in the
    same or the next paragraph, gives right after its cue: a paragraph that opens on what was said and
    then tells when (AP's "Hillary Clinton says a president must be ready… ¶ Clinton did not mention Trump by
    name. But she said Tuesday that…"; "“Reagan Democrats have left the party,” said Andrew Rice. He
    endorsed Clinton, but told The Huffington Post on Monday that…"). Not past another speaker's
    statement or any time told between, nor from a statement at another time, nor to one whose sentence
    names an occasion of its own ("said in her memoir") or that tells a view held ("Bush and Christie, who
    say the senator lacks experience"), nor from a date that opens a new scene ("On Tuesday, Clinton
    said…"), a month or a year ("Trump reported … interest income. ¶ “…,” Trump said of Apple in
    February": his filing's, not that month), or one further from the cue ("pointed to his showing … in the
    March 15 primary"); a headline takes the lead's by ``lead.headlines_from_the_lead``."""
    whens = list(whens)
    title_end = headline_end(text) or 0
    for i, occ in enumerate(occasions):
        if whens[i].value or occ.speaker is None or occ.another_time or occ.window[0] < title_end or a_view_held(text, occ):
            continue
        # Any time in its own sentence, even in what was said ("Sanders promised Sunday at a Las Vegas rally",
        # the parser's content), tells another occasion than the next statement's.
        if find_expressions(text, *occ.window) or _a_frame_of_its_own(text, occ, excluded):
            continue
        dated_in = None  # the sentence of the first later statement with a date: only its statements may give it
        for later, when in zip(occasions[i + 1 :], whens[i + 1 :]):
            if later.speaker != occ.speaker or later.paragraph - occ.paragraph > 1 or later.another_time:
                break
            if dated_in is not None and later.window != dated_in:
                break
            if when.value:
                dated_in = later.window
                if _right_after_the_cue(text, later, when) and own_date(later, when) and len(when.value) == 10 and not times_told(
                    text, (occ.window[1], later.window[0]), excluded
                ) and _the_same_telling(text, occ, later, excluded):
                    whens[i] = when
                    break
    return whens


# What gives a statement an occasion or a time of its own, which a date told later may not be: a noun of an
# occasion ("said in her memoir", "In a new campaign ad, Hillary Clinton says"), a frame that opens the sentence
# ("As secretary of state, Hillary Clinton said…") or a clause of time ("accused Labour … when he was shadow
# chancellor", "promised throughout the campaign").
OCCASION_NOUN = re.compile(rf"\b(?:{SPOKEN}|{WRITTEN}|debate|memoir|book|column|essay|article|ad|advert|advertisement|video)s?\b", re.I)
FRAME = re.compile(SENTENCE_OPENING + r"(?:as|when|while|in|during|throughout|since|after|before|until|at|on)\b", re.I)
TIME_CLAUSE = re.compile(r"\b(?:when|while|whenever|throughout|during|since|once|then|long|often|repeatedly|always)\b", re.I)
# A written cue: "wrote in Hard Choices" is no occasion the next statement's day can date.
WRITTEN_CUE = re.compile(r"(?:wr[io]te|writes|written|writing|tweet(?:ed|s)?|post(?:ed|s))\b", re.I)


def _a_frame_of_its_own(text: str, occ: Occasion, excluded: list[Span]) -> bool:
    """Whether the statement's sentence names an occasion, a frame or a clause of time of its own (``OCCASION_NOUN``,
    ``FRAME``, ``TIME_CLAUSE``), or its cue is written (``WRITTEN_CUE``)."""
    own = unsaid(text, occ.window, excluded)
    written = occ.cue_at is not None and WRITTEN_CUE.match(text, occ.cue_at)
    return bool(OCCASION_NOUN.search(own) or FRAME.match(own) or TIME_CLAUSE.search(own) or written)


# The later statement's cue: a plain saying ("But she said Tuesday", "told The Huffington Post on Monday"), or a
# writing its day dates ("… according to Andrew McCarthy. ¶ “…,” McCarthy wrote in National Review on Tuesday").
SAYING = re.compile(r"(?:said|says|say|told|tells|tell|wrote|writes)\b", re.I)
# A later statement that tells a change from what was said before: "But she said Tuesday that she now opposes the deal".
CHANGE = re.compile(r"\b(?:now|no longer|any more|anymore)\b", re.I)  # not "change": "climate change"
HEARER_AFTER = re.compile(
    r"\btold\s+(?:the\s+)?(?P<who>(?:(?!(?:that|on|in|at|of|about|how|what|this|last)\b)[\w'’.&-]+\s*){1,4})", re.I
)


def _the_same_telling(text: str, occ: Occasion, later: Occasion, excluded: list[Span]) -> bool:
    """Whether the later statement, whose day the earlier takes, tells a plain saying (``SAYING``) to the hearer the
    earlier was told to, if any ("Mr Blair told MPs that … ¶ He told the BBC on Sunday" are two occasions), and no
    change from it (``CHANGE``)."""
    if later.cue_at is None or not SAYING.match(text, later.cue_at) or CHANGE.search(text, *later.window):
        return False
    hearer = HEARER_AFTER.search(unsaid(text, occ.window, excluded))
    if hearer is None:
        return True
    told = HEARER_AFTER.search(unsaid(text, later.window, excluded))
    return told is not None and _who(hearer) == _who(told)


def _who(hearer: re.Match) -> str:
    return " ".join(re.findall(r"\w[\w'’&-]*", hearer["who"])).lower()


def _right_after_the_cue(text: str, occ: Occasion, when: When) -> bool:
    """Whether the date stands within four words after the cue: "she said Tuesday", "told The Huffington
    Post on Monday", "said in a telephone interview Wednesday"."""
    return occ.cue_end is not None and when.expression is not None and when.expression.start >= occ.cue_end and (
        RIGHT_AFTER.fullmatch(text, occ.cue_end, when.expression.start) is not None
    )


RIGHT_AFTER = re.compile(r"\s+(?:[\w'’.-]+\s+){0,4}")


def _anchor(
    text: str, expr: DateExpression, last_dated: When | None, excluded: list[Span], published: date | None
) -> When | None:
    """The date a relative expression ("A week later") counts from: the last dated statement's, unless
    the text told another time between them, outside what was said ("Rubio said … in early September.
    ¶ But two days after the attacks, Rubio's rhetoric had changed. ¶ “…,” Rubio said on ABC. ¶ A week
    later, however, Rubio said"): then it counts from that time, or gives none where that time is itself
    relative. Only a day told in a later sentence counts: a background year or month ("Jones, who joined
    the firm last year, agreed"; "founded in 1998") and an aside in the dated sentence itself ("on March
    1, days before the March 4 summit") are not what "later" counts from. Nor does "later" in a comment
    clause count from a statement: "Hannity was among those supporting Ailes, even discussing a walkout,
    as Breitbart reported a few days later" is later than its sentence's own event, which it does not date."""
    if expr.rule not in RELATIVE or last_dated is None or last_dated.expression is None:
        return last_dated
    start, end = sentence_around(text, expr.span)
    if AS_LATER.search(text, start, expr.span.start) and not text[expr.span.end : end].strip(" \"'”’).!?…"):
        # "…, eventually even discussing a walkout, as Breitbart reported a few days later.", the
        # clause ending the sentence; not a time clause the statement follows ("But Jones, as the
        # talks resumed a few days later, said it had failed")
        return None
    after = sentence_around(text, last_dated.expression)[1]
    between = [
        e for e in find_expressions(text, after, expr.span.start)
        if e.rule in RELATIVE + DAYS and not said(e.span.start, excluded)
    ]
    if not between:
        return last_dated
    if between[-1].rule in RELATIVE:
        return None  # "two days after the attacks": a time we cannot date
    told = resolve(between[-1], published=published, previous=None)
    return told if told.value and len(told.value) == 10 else None


# A comment clause the expression is in, after its sentence's main clause: "…, as Breitbart reported ".
AS_LATER = re.compile(r",\s*as\s+[^,;:.]*$", re.I)


def _same_occasion(text: str, occ: Occasion, previous: Occasion) -> bool:
    """The same speaker going on: "he added", or in the same or the next paragraph, or past
    paragraphs that go on telling of the speaker (``_telling_of``).

    "President Valmont said on Thursday he would press ahead. «We will not give
    in», Mr Valmont told a news conference." is one occasion; a speaker quoted
    again several paragraphs on, with no date, may be from any time.
    """
    same_speaker = occ.speaker is not None and occ.speaker == previous.speaker
    if not same_speaker:
        return False
    return occ.continues or occ.paragraph - previous.paragraph <= 1 or _telling_of(text, previous, occ)


GAP = 3  # paragraphs between a speaker's statements that may go on telling of the occasion


def _telling_of(text: str, previous: Occasion, occ: Occasion) -> bool:
    """Whether every paragraph between two statements of one speaker names the speaker and the
    occasion of speaking (``OF_SPEAKING``) and no date, so that it goes on telling of that occasion:
    "''…,'' Mr. Manafort said Thursday night. ¶ Mr. Manafort's comments … came during a happy-hour
    reception at the beachside hotel resort here. ¶ Mr. Manafort … offered an olive branch to the
    party officials at the start of his remarks. ¶ ''Is Donald Trump running against the Republican
    National Committee?'' asked Mr. Manafort". A paragraph about anything else, or one that names a
    time, ends it, and so does a time in the statement's own paragraph before it ("Thursday's debate
    marked the end of that. Cruz … chided Trump" after Cruz's Saturday remarks)."""
    # Whole paragraphs only: the last piece opens this statement's, and the first ends the previous
    # statement's unless its sentence ended the paragraph.
    pieces = text[previous.window[1] : occ.window[0]].split("\n")
    opening = pieces.pop()  # this statement's paragraph up to its sentence: a time there ends it too
    if not text[: previous.window[1]].endswith("\n"):
        pieces = pieces[1:]
    between = [p for p in pieces if p.strip()]
    last = re.compile(rf"\b{re.escape(occ.speaker.split()[-1])}\b") if occ.speaker else None
    if last is None or not between or len(between) > GAP or find_expressions(opening, 0, len(opening)):
        return False
    return all(last.search(p) and OF_SPEAKING.search(p) and not find_expressions(p, 0, len(p)) for p in between)


# A noun of the occasion of speaking: a paragraph between must tell of it ("Mr. Manafort's comments came
# during a happy-hour reception"), not of the speaker's other deeds ("Trump also took multiple swipes at
# Bush", "For months, Cruz had effusively praised Trump", "Ginsburg is known for speaking her mind").
OF_SPEAKING = re.compile(
    r"\b(?:speech|remarks|comments|interview|appearance|testimony|address|briefing|news conference|press conference)\b", re.I
)


def governing_expression(text: str, occ: Occasion, excluded: list[Span]) -> DateExpression | None:
    """The date expression of the statement's sentence nearest its cue, outside any content."""
    candidates = [
        e for e in find_expressions(text, *occ.window)
        if not apart(e.span.start, occ, excluded) and _dates_the_saying(text, e, occ)
    ]
    if not candidates:
        return None
    at = occ.cue_at if occ.cue_at is not None else occ.window[0]
    return min(candidates, key=lambda e: abs(e.span.start - at))


def _scene_expression(
    text: str, occ: Occasion, excluded: list[Span], cues: list[tuple[int, int]]
) -> tuple[Scene, DateExpression] | None:
    """The one date of the nearest sentence before that tells what the speaker did, when the statement
    has none: the scene just before, or past it the scene before that ("Clinton turned Sunday to
    potholes. ¶ At an event…, Clinton unveiled a plan. ¶ “…,” she told the hall."). A verb of telling
    makes a scene only where it is no statement's cue (``cues``): a statement's was dated, and gone on
    from or not, by the rules for statements."""
    setting = occ.scene if not occ.another_time else None
    deed = False  # a deed anywhere on the way back: the date must be recent (``_scene_when``)
    while setting is not None:
        if setting.telling and any(a <= setting.verb_at < b for a, b in cues):
            setting = setting.instead
            continue
        deed = deed or setting.deed
        # A year inside the sentence is background ("a plan first drafted in 1993"), not a time the
        # scene moved to; one that opens it does move it ("In 2000, Clinton ran for the Senate").
        told = [
            e for e in find_expressions(text, *setting.window)
            if (
                e.rule not in YEAR_RULES or OPENING.fullmatch(text, setting.window[0], e.span.start)
                or _after_the_verb(text, setting, e)
            )
            and not said(e.span.start, excluded)
        ]
        found = [e for e in told if not any(a <= e.span.start < b for a, b in setting.elsewhere) and not comes_before(text, e)]
        if found:
            return (replace(setting, deed=deed), found[0]) if len(found) == 1 else None
        if told:
            return None  # a day of something else ("After a debate on Monday, Clinton flew…"): time moved on
        setting = setting.earlier
    return None


def _after_the_verb(text: str, setting: Scene, expr: DateExpression) -> bool:
    """A year right after the scene's verb of speaking, as after a cue ("Joe Madison … recalled in
    2008 that …"): when it spoke, not background."""
    return setting.verb_end is not None and AFTER_CUE.fullmatch(text, setting.verb_end, expr.span.start) is not None


RECENT = 7  # days before publication within which a deed told before a statement is its occasion


def _scene_when(when: When, setting: Scene, published: date | None) -> When:
    """The scene's date, or none where a deed's date is no recent day.

    A statement in an article is made close to publication; a deed in the simple past
    before it may be background of any age ("Smith left Labour in May 2005. ¶ “…,” Smith
    said"; "Johnson met the king last June"). So a deed's date counts only as days within
    the week before publication or on its day ("Sanders took a detour Wednesday to meet
    Obama"), and not at all without a publication date. A verb of speaking ("Clinton spoke
    Monday night") tells the occasion at any distance.
    """
    if not setting.deed:
        return when
    if published is None or not when.value or len(when.value.split("/")[0]) != 10:
        return When()  # a month or a year is no day
    first, last = (date.fromisoformat(d) for d in date_bounds(when.value))
    recent = published - timedelta(days=RECENT) <= first and last <= published
    return when if recent else When()


YEAR_RULES = ("in_year", "month_year")
# Before "In 2000," at a sentence's start, and an adverb that places it among the times told ("Earlier in
# 2012, Ambassador John F. Tefft wrote to Mrs. Clinton": 2012 is when he wrote; "Back in 2009 and 2010,
# the Congressional Budget Office cited the tax").
OPENING = re.compile(SENTENCE_OPENING + r"(?:(?:earlier|later|back)\s+)?", re.I)
CLAUSE_BREAK = re.compile(r"[;:]|\bbut\b|,\s*(?:and|while|although|yet)\b", re.I)  # "In 2001, X did Y, but it later admitted"
AFTER_CUE = re.compile(r"\s+(?:[\w'’]+\s+){0,3}")  # "said in 2003", "told the BBC in 2003"


def _dates_the_saying(text: str, expr: DateExpression, occ: Occasion) -> bool:
    """Whether an expression in the statement's sentence can be when it was said.

    A bare year or "March 2019" dates much else in news ("sales in 2003 rose
    25%", "the firm, which floated in 2003, announced", "pointed to how Blair
    had in 1997 complained"), so it counts only where it opens the clause of
    the cue ("In 2000, the council said") or follows the cue within three
    words ("said in 2003", "told the BBC in a March 2019 interview"), or names the channel inside the
    cue, which the quotes stage may stretch over its occasion ("MWW said in a September 2015
    statement", ``_in_a_channel``; not "attacked the September 2015 agreement: “…”"). Other
    expressions count anywhere outside the content, the nearest to the cue first, but
    not a weekday the words came before (``comes_before``) or were about (``names_the_topic``).
    """
    if comes_before(text, expr) or names_the_topic(text, expr):
        return False
    if expr.rule not in YEAR_RULES:
        return True
    if occ.cue_at is None:
        return False
    if occ.cue_end is not None and occ.cue_at <= expr.span.start < occ.cue_end:
        return _in_a_channel(text, expr, occ)
    if expr.span.end <= occ.cue_at:
        opens = OPENING.fullmatch(text[occ.window[0] : expr.span.start]) is not None
        return opens and not CLAUSE_BREAK.search(text, expr.span.end, occ.cue_at)
    return occ.cue_end is not None and AFTER_CUE.fullmatch(text, occ.cue_end, expr.span.start) is not None


# The occasion inside a cue the quotes stage stretched over it: "said in a September 2015 statement", "told
# CNN in a March 2015 interview"; not a year in the verb's object up to a colon ("Trump attacked the September
# 2015 nuclear agreement: “…”", "looked back at his June 2015 announcement with pride: “…”").
IN_A_CHANNEL = re.compile(r"\S+(?:\s+[\w'’.-]+){0,3}?\s+(?:in|during)\s+(?:an?|his|her|its|their)\s+(?:[\w'’-]+\s+){0,2}", re.I)
CHANNEL = re.compile(rf"\s+(?:[\w'’-]+\s+){{0,2}}?(?:{SPOKEN}|{WRITTEN})s?\b", re.I)


def _in_a_channel(text: str, expr: DateExpression, occ: Occasion) -> bool:
    """Whether a year inside the cue names its channel, right after the verb (``IN_A_CHANNEL``)."""
    return IN_A_CHANNEL.fullmatch(text, occ.cue_at, expr.span.start) is not None and CHANNEL.match(text, expr.span.end) is not None


SCENE = {"speak", "talk", "appear", "address", "testify"}
# Verbs of telling that make a scene as "spoke" does where the parse found nothing said with them
# ("In an interview with The Huffington Post in late May, a confident-seeming Manafort bragged
# prematurely about his success. ¶ “This is not a hard race,” he said."): not the verbs of thinking,
# finding or naming of the reporting verbs ("believed", "found", "called").
TELLING = {"say", "tell", "brag", "boast", "recall", "recount", "announce", "declare", "argue", "claim", "insist",
           "explain", "complain", "joke", "quip", "admit", "acknowledge", "concede", "warn", "urge", "vow", "pledge",
           "promise", "reply", "respond", "remark", "comment", "state", "reiterate", "stress", "assert", "contend"}


@dataclass(frozen=True, slots=True, kw_only=True)
class Scene:
    """A sentence that tells the speaker spoke, and its clauses whose dates are not the speaking's."""

    window: tuple[int, int]
    elsewhere: tuple[tuple[int, int], ...]
    deed: bool = False  # told by a main verb in the simple past, not a verb of speaking: see ``_scene_when``
    verb_end: int | None = None  # where a verb of speaking ends: "recalled in 2008 that…" dates it as "said in 2008"
    telling: bool = False  # told by a verb of telling (``TELLING``), not of speaking ("spoke")
    verb_at: int = -1  # where that verb starts
    instead: Scene | None = None  # for a verb of telling that is a statement's cue, the deed its sentence tells
    earlier: Scene | None = None  # the scene just before this one, when this one gives no date


SCENES = 3  # sentences back a scene may go on
KINDS = ("speaking", "telling", "deed")  # the verbs a scene is told by, in the order they are sought


def scene(first: Sentence, speaker: str | None, *, depth: int = SCENES, kinds: tuple[str, ...] = KINDS) -> Scene | None:
    """The sentence before a statement's ``first`` sentence (where its quote opens), where it
    tells what the statement's speaker did, to date what follows.

    "Clinton spoke Monday night at an Illinois town hall. ¶ “Now, is Libya perfect? It
    isn't,” Clinton said." The speaker must be the subject, named (not a pronoun), of a verb
    of speaking in the past, or of the sentence's main verb in the simple past ("Sanders took
    a brief detour from the campaign trail Wednesday to meet … Obama. ¶ Emerging from the
    meeting, Sanders said…"): a noun ("in SiriusXM appearances Thursday") or another's deed
    dates much else, and so did them taking the scene for every statement.

    A scene may go on over up to ``SCENES`` sentences, each naming the speaker and telling
    what the speaker did, so that the nearest date dates the statement after the last ("Clinton
    turned Sunday to potholes. ¶ At an event…, Clinton unveiled a plan. ¶ “…,” she told the
    hall."): ``earlier`` is the scene before. A verb of telling ("bragged", ``TELLING``) that turns
    out to be a statement's cue gives way to the deed the sentence tells (``instead``).
    """
    before = first
    while before.start > 0 and (before is first or not any(t.is_alpha for t in before)):
        before = first.doc[before.start - 1].sent  # past a lone quote mark the parser made a sentence
    if speaker is None or before is first:
        return None
    last = speaker.split()[-1].lower()
    # A verb of speaking first: "Sanders held a rally …, then flew home and spoke to reporters" is a
    # speaking, whose date counts at any distance from publication; a deed's only in the last week.
    for kind in kinds:
        for verb in before:
            if not _scene_verb(verb, kind) or future(verb) or another_time(verb):
                continue
            doer = verb
            while kind != "telling" and doer.dep_ in ("conj", "dep") and doer.head != doer:
                doer = doer.head  # "…, then flew home and spoke to reporters"; a verb of telling has its own subject
            if the_speaker_does(doer, last):
                earlier = scene(before, speaker, depth=depth - 1) if depth > 1 else None
                instead = scene(first, speaker, depth=depth, kinds=("deed",)) if kind == "telling" else None
                return Scene(window=(before.start_char, before.end_char), elsewhere=other_clauses(verb) + _around(before),
                             deed=kind == "deed", earlier=earlier, verb_end=None if kind == "deed" else end_of(verb),
                             telling=kind == "telling", verb_at=verb.idx, instead=instead)
    return None


def _scene_verb(verb: Token, kind: str) -> bool:
    """A verb of speaking, of telling in the past ("bragged"), or (a deed) the sentence's main verb in the
    simple past ("took a detour Wednesday")."""
    if verb.pos_ != "VERB":
        return False
    if kind == "deed":
        return verb.dep_ == "ROOT" and verb.tag_ == "VBD" and not a_journey(verb)
    if kind == "telling":
        return verb.lemma_.lower() in TELLING and _simple_past(verb)
    return verb.lemma_.lower() in SCENE


def _simple_past(verb: Token) -> bool:
    """"bragged", or a past the tagger took for a participle after a long subject ("Joe Madison, a …
    host considered one of the most influential …, recalled in 2008"), with no auxiliary of its own."""
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children))


AROUND = {"after", "before", "since", "until", "ahead"}


def _around(sentence: Sentence) -> tuple[tuple[int, int], ...]:
    """Phrases that date another event than the scene's: "After his speech on Friday, Gorka flew
    home", and a date that is a noun's own, mostly an event to come or long past ("Umaga, in
    England for Saturday's Rugby Aid match, backed…", "made the comments during last September's
    by-election campaign")."""
    around = [(t.idx, end_of(t.right_edge)) for t in sentence if t.lower_ in AROUND and t.dep_ in ("prep", "mark", "advmod")]
    owners = [(t.left_edge.idx, end_of(t)) for t in sentence if t.dep_ == "poss" and t.ent_type_ in ("DATE", "TIME")]
    return tuple(around + owners)
