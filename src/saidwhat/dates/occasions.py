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
from ..resources import lexicon
from .expressions import RELATIVE, DateExpression, find_expressions, resolve


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
    last_dated: When | None = None
    # "After he said X, he added: “Y”": a continuation carries its whole sentence along.
    carried = {(o.window, o.speaker) for o in occasions if o.continues}
    occasions = [replace(o, continues=o.continues or (o.window, o.speaker) in carried) for o in occasions]
    spoke: int | None = None  # the last statement whose speaker is known
    for i, occ in enumerate(occasions):
        expr = governing_expression(text, occ, excluded)
        event = None
        if expr is not None:
            when = resolve(expr, published=published, previous=_anchor(text, expr, last_dated, excluded, published))
        elif (event := after_event(text, occ, excluded)) is not None:
            when = resolve(event, published=published, previous=None)  # "Gerrard said afterwards"
        elif (told := told_occasion(text, occ, excluded)) is not None:
            when = resolve(told, published=published, previous=None)  # "Trump said during the debate"
        elif spoke is not None and not occ.another_time and _same_occasion(occ, occasions[spoke]):
            # Past a statement of no known speaker in between ("When asked about X, he said…").
            when = whens[spoke]
        elif (found := _scene_expression(text, occ, excluded)) is not None:
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
    return whens


# Expressions that name one day: a time "later" can count from.
DAYS = ("iso", "month_day", "day_month", "weekday", "yesterday", "today")


def _anchor(
    text: str, expr: DateExpression, last_dated: When | None, excluded: list[Span], published: date | None
) -> When | None:
    """The date a relative expression ("A week later") counts from: the last dated statement's, unless
    the text told another time between them, outside what was said ("Rubio said … in early September.
    ¶ But two days after the attacks, Rubio's rhetoric had changed. ¶ “…,” Rubio said on ABC. ¶ A week
    later, however, Rubio said"): then it counts from that time, or gives none where that time is itself
    relative. Only a day told in a later sentence counts: a background year or month ("Jones, who joined
    the firm last year, agreed"; "founded in 1998") and an aside in the dated sentence itself ("on March
    1, days before the March 4 summit") are not what "later" counts from."""
    if expr.rule not in RELATIVE or last_dated is None or last_dated.expression is None:
        return last_dated
    after = _sentence_around(text, last_dated.expression)[1]
    between = [
        e for e in find_expressions(text, after, expr.span.start)
        if e.rule in RELATIVE + DAYS and not any(x.start <= e.span.start < x.end for x in excluded)
    ]
    if not between:
        return last_dated
    if between[-1].rule in RELATIVE:
        return None  # "two days after the attacks": a time we cannot date
    told = resolve(between[-1], published=published, previous=None)
    return told if told.value and len(told.value) == 10 else None


# An occasion named with an indefinite article ("in an interview with CNN", "in an appearance on
# Face the Nation"; not "in the interview", which goes on from one told), and the occasions a sentence
# may name ("told CNN on Monday", "at Tuesday's debate"). "At a rally", "in a speech", "at a news
# conference" are left out: mostly the lead's dated occasion told a second time ("Trump, speaking at a
# rally in Wilmington, N.C., warned" after "Donald Trump on Tuesday seemed to imply").
NEW_OCCASION = re.compile(
    r"\b(?:in|during|on)\s+(?:an?|one)\s+(?:[\w'’.&-]+\s+){0,4}?(?P<noun>interview|appearance|op-ed|podcast)s?\b", re.I
)
NAMED_OCCASION = re.compile(
    r"\b(?:interview|appearance|op-ed|podcast|debate|rally|speech|town[- ]hall|conference|forum|hearing|show|program)s?\b"
    r"|(?-i:\btold (?:[Tt]he )?[A-Z])",
    re.I,
)


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
        if not any(x.start <= m.start() < x.end for x in excluded) and not any(a <= m.start() < b for a, b in occ.elsewhere)
    ]
    if not found:
        return False
    start, end = _sentence_around(text, inherited.expression)
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


def _sentence_around(text: str, span: Span) -> tuple[int, int]:
    """The sentence of a date expression, roughly: from the last full stop or line break before it to the next."""
    start = max(text.rfind("\n", 0, span.start), text.rfind(". ", 0, span.start)) + 1
    end = text.find(".", span.end)
    return start, end if end != -1 else len(text)


# An occasion the statement says it was made at, named with a definite article, so one told before:
# "Cruz said during the debate", "In the interview, Reid said" (not "after the debate": ``after_event``;
# not "the first debate", "the last debate": which one is not the one told).
TOLD_OCCASION = re.compile(
    r"\b(?:at|during|in)\s+the\s+(?P<words>(?:[\w'’-]+\s+){0,3}?)"
    r"(?P<noun>debate|interview|rally|speech|town hall|forum|hearing|news conference|press conference)\b",
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
    for m in TOLD_OCCASION.finditer(text, *occ.window):
        inside = any(x.start <= m.start() < x.end for x in excluded) or any(a <= m.start() < b for a, b in occ.elsewhere)
        words = m["words"].split()
        if inside or WHICH & {w.lower() for w in words} or NOT_THE_OCCASION.match(text, m.end()):
            continue
        if topic := TOPIC.match(text, m.end()):
            words.append(topic["word"])  # "the debate on the budget" is one told with the budget
        return _dated_before(text, m["noun"], words, occ.window[0])
    return None


# "the interview room", "the debate team": a place or a part, not the occasion.
NOT_THE_OCCASION = re.compile(
    r"\s+(?:room|rooms|team|stage|tape|footage|transcript|panel|process|circuit|trail|season|schedule|format|moderators?)\b",
    re.I,
)
# "the debate on identity cards": the occasion told must name the topic too, else it is the debate in
# general ("introduced during the debate on the health-care bill" of 2009 is not Thursday's debate).
TOPIC = re.compile(
    r"\s+(?:on|over|about)\s+(?:the\s+|a\s+|an\s+)?(?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\d)(?P<word>[\w'’-]+)",
    re.I,
)
# A mention of the occasion, not the verb: "Thursday's debate", "an interview", "at the rally"
# (not "MPs will debate the bill", "Supporters will rally").
A_NOUN = re.compile(r"(?:\b(?:a|an|the|this|that|his|her|their|its|our|at|in|during)|['’]s)\s+(?:[\w'’.-]+\s+){0,5}$", re.I)
A_VERB = re.compile(r"\b(?:will|would|shall|to|can|could|may|might|must|should|did|do|does)\s+$|['’]ll\s+$", re.I)
# An occasion still to come ("Blair will make a speech next Tuesday") dates a plan, not words said;
# read up to the date and the noun only: "…, who may not survive past next week" is about something else.
A_PLAN = re.compile(r"\b(?:will|next|(?:is|are) (?:to|due|expected|set)|plans? to)\b|['’]ll\b", re.I)
# "adjourned until Friday", "by Monday", "filed for Sunday's show": a limit or a plan, not the occasion's day.
A_LIMIT = re.compile(r"\b(?:until|till|by|before|for)\s+$", re.I)


def _dated_before(text: str, noun: str, words: list[str], before: int, *, said_after: bool = False) -> DateExpression | None:
    """The date next to the last mention of ``noun`` before ``before`` whose sentence has ``words``.

    For words ``said_after`` the occasion ("after the game") a weekday the text set something before
    is still the occasion's day: "Gerrard had said before Wednesday's game" dates the game.
    """
    mentions = list(re.finditer(rf"\b{re.escape(noun)}s?\b", text[:before], re.I))
    for mention in reversed(mentions):
        start, end = _sentence_around(text, Span.of(text, mention.start(), mention.end()))
        lead = text[start : mention.start()]
        if not A_NOUN.search(lead) or A_VERB.search(lead):
            continue
        if not all(re.search(rf"\b{re.escape(w)}", text[start:end], re.I) for w in words):
            continue
        for expr in find_expressions(text, start, end):
            if A_PLAN.search(text, start, max(expr.span.end, mention.end())):
                continue
            if not said_after and A_LIMIT.search(text[start : expr.span.start]):
                continue
            if NEXT_TO.fullmatch(text[min(expr.span.end, mention.end()) : max(expr.span.start, mention.start())]):
                # "an interview filed for Sunday's Meet the Press": made before Sunday, on a day not told.
                return None if comes_before(text, expr) and not said_after else expr
    return None


# Words said right after an event: "he said afterwards", "Speaking after the match", "After the game,
# Moyes said". The event is named by a noun or, for "afterwards", told in the sentence before.
AFTER_EVENT = re.compile(
    r"\b(?:(?:right|shortly|soon|just|immediately)\s+)?afterwards?\b"
    r"|\bafter\s+(?:the|his|her|their|its)\s+(?P<words>(?:[\w'’-]+\s+){0,2}?)"
    r"(?P<noun>match|game|race|fight|final|tie|debate|speech|rally|meeting|talks|vote|hearing|summit)\b",
    re.I,
)


def after_event(text: str, occ: Occasion, excluded: list[Span]) -> DateExpression | None:
    """The date of the event a statement says it was made right after, where the text dated it.

    "Liverpool beat Olympiakos on Wednesday. ¶ “…,” Gerrard said afterwards": Wednesday. Only a
    date next to the event's noun told before ("before Wednesday's game … ¶ after the game") or
    the one date of the sentence before the statement, and not a plan ("will", "next"): else None,
    and the statement is dated as any other.
    """
    for m in AFTER_EVENT.finditer(text, *occ.window):
        if any(x.start <= m.start() < x.end for x in excluded) or any(a <= m.start() < b for a, b in occ.elsewhere):
            continue
        if m["noun"] and (told := _dated_before(text, m["noun"], m["words"].split(), occ.window[0], said_after=True)):
            return told
        return _one_date_before(text, occ, excluded)
    return None


def _one_date_before(text: str, occ: Occasion, excluded: list[Span]) -> DateExpression | None:
    """The one date, outside what was said and not a plan, of the sentence before the statement's
    opening, past the quote that opens it ("“…,” he said afterwards")."""
    opening = occ.window[0]
    for x in sorted(excluded, key=lambda x: x.start, reverse=True):
        if x.start < opening and not text[x.end : opening].strip(" \t\n\"“”'‘’,"):
            opening = x.start  # the statement's quote, or the sentence of it the parser split off
    end = len(text[:opening].rstrip(" \t\n\"“‘'"))
    start = max(text.rfind("\n", 0, end - 1), text.rfind(". ", 0, end - 1)) + 1
    told = [e for e in find_expressions(text, start, end) if not any(x.start <= e.span.start < x.end for x in excluded)]
    if len(told) != 1 or A_PLAN.search(text, start, told[0].span.end) or not _a_day(told[0]) or "year" in told[0].groups:
        return None  # a day with its year is background: "born on 4 July 1990"
    return told[0]


def _a_day(expr: DateExpression) -> bool:
    """Whether an expression names a day: "afterwards" is right after an event, so a month or year
    before it is background ("His first tournament win was at Memphis in 2004. Afterwards, Dent said")."""
    return expr.rule in ("iso", "month_day", "day_month", "weekday", "yesterday", "today") or (
        expr.rule == "last" and expr.groups["unit"].lower() == "night"
    )


# What may stand between a date and its occasion's noun, up to three words and no comma: "Thursday's
# Republican debate", "Thursday night's debate", "an interview aired on Monday", "a news conference here
# Tuesday morning".
NEXT_TO = re.compile(
    r"(?:['’]s)?(?:\s+(?:night|morning|afternoon|evening)(?:['’]s)?)?\s+(?:[\w'’.-]+\s+){0,3}?"
    r"|\s+(?:[\w'’.-]+\s+){0,3}?(?:on\s+)?"
)


def _same_occasion(occ: Occasion, previous: Occasion) -> bool:
    """The same speaker going on: "he added", or in the same or the next paragraph.

    "President Valmont said on Thursday he would press ahead. «We will not give
    in», Mr Valmont told a news conference." is one occasion; a speaker quoted
    again several paragraphs on, with no date, may be from any time.
    """
    same_speaker = occ.speaker is not None and occ.speaker == previous.speaker
    return same_speaker and (occ.continues or occ.paragraph - previous.paragraph <= 1)


def governing_expression(text: str, occ: Occasion, excluded: list[Span]) -> DateExpression | None:
    """The date expression of the statement's sentence nearest its cue, outside any content."""
    candidates = [
        e for e in find_expressions(text, *occ.window)
        if not any(x.start <= e.span.start < x.end for x in excluded)
        and not any(a <= e.span.start < b for a, b in occ.elsewhere)
        and _dates_the_saying(text, e, occ)
    ]
    if not candidates:
        return None
    at = occ.cue_at if occ.cue_at is not None else occ.window[0]
    return min(candidates, key=lambda e: abs(e.span.start - at))


def _scene_expression(text: str, occ: Occasion, excluded: list[Span]) -> tuple[Scene, DateExpression] | None:
    """The one date of the nearest sentence before that tells what the speaker did, when the statement
    has none: the scene just before, or past it the scene before that ("Clinton turned Sunday to
    potholes. ¶ At an event…, Clinton unveiled a plan. ¶ “…,” she told the hall.")."""
    setting = occ.scene if not occ.another_time else None
    deed = False  # a deed anywhere on the way back: the date must be recent (``_scene_when``)
    while setting is not None:
        deed = deed or setting.deed
        # A year inside the sentence is background ("a plan first drafted in 1993"), not a time the
        # scene moved to; one that opens it does move it ("In 2000, Clinton ran for the Senate").
        told = [
            e for e in find_expressions(text, *setting.window)
            if (e.rule not in YEAR_RULES or OPENING.fullmatch(text, setting.window[0], e.span.start))
            and not any(x.start <= e.span.start < x.end for x in excluded)
        ]
        found = [e for e in told if not any(a <= e.span.start < b for a, b in setting.elsewhere) and not comes_before(text, e)]
        if found:
            return (replace(setting, deed=deed), found[0]) if len(found) == 1 else None
        if told:
            return None  # a day of something else ("After a debate on Monday, Clinton flew…"): time moved on
        setting = setting.earlier
    return None


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
OPENING = re.compile(r"\W*(?:(?:but|and|yet|so|then)\W+)?", re.I)  # before "In 2000," at a sentence's start
CLAUSE_BREAK = re.compile(r"[;:]|\bbut\b|,\s*(?:and|while|although|yet)\b", re.I)  # "In 2001, X did Y, but it later admitted"
AFTER_CUE = re.compile(r"\s+(?:[\w'’]+\s+){0,3}")  # "said in 2003", "told the BBC in 2003"


def _dates_the_saying(text: str, expr: DateExpression, occ: Occasion) -> bool:
    """Whether an expression in the statement's sentence can be when it was said.

    A bare year or "March 2019" dates much else in news ("sales in 2003 rose
    25%", "the firm, which floated in 2003, announced", "pointed to how Blair
    had in 1997 complained"), so it counts only where it opens the clause of
    the cue ("In 2000, the council said") or follows the cue within three
    words ("said in 2003", "told the BBC in a March 2019 interview"). Other
    expressions count anywhere outside the content, the nearest to the cue first, but
    not a weekday the words came before (``comes_before``).
    """
    if comes_before(text, expr):
        return False
    if expr.rule not in YEAR_RULES:
        return True
    if occ.cue_at is None:
        return False
    if expr.span.end <= occ.cue_at:
        opens = OPENING.fullmatch(text[occ.window[0] : expr.span.start]) is not None
        return opens and not CLAUSE_BREAK.search(text, expr.span.end, occ.cue_at)
    return occ.cue_end is not None and AFTER_CUE.fullmatch(text, occ.cue_end, expr.span.start) is not None


# Words that put a weekday's occasion after the saying: "ahead of Tuesday's vote", "before Monday's
# caucus", "in an interview filed for Sunday's Meet the Press", "until Friday".
BEFORE_IT = re.compile(r"\b(?:ahead\s+of|before|in\s+advance\s+of|until|for)\s+$", re.I)


def comes_before(text: str, expr: DateExpression) -> bool:
    """Whether a weekday names an occasion the words were said before, so it is not when they were said:
    after "ahead of", "before", "for"…, or a possessive one the text tells as a plan (``_told_to_come``).

    Read back as usual, "ahead of Tuesday's vote" in a Wednesday paper gives the Tuesday just past,
    and in a Monday or Saturday paper ("an interview filed for Sunday's Meet the Press") the Tuesday
    or Sunday before: a day after the saying either way, or a week before it. A careful reader
    dates such words only by something else (another date of the sentence, the occasion before); read
    forward, the weekday would give the occasion's day, which is not the saying's either.
    """
    if expr.rule != "weekday" or "last" in expr.groups:
        return False
    return BEFORE_IT.search(text, max(0, expr.span.start - 30), expr.span.start) is not None or _told_to_come(text, expr)


def _told_to_come(text: str, expr: DateExpression) -> bool:
    """Whether a possessive weekday's occasion ("said of Tuesday's event") is one the text tells as a plan,
    where it names it so ("Representatives will attend Tuesday's event"): it is still to come, and the
    words were said before it. The sentence's tense is the cue, read where the text tells the occasion."""
    own = re.compile(r"['’]s\s+([A-Za-z][\w-]*)").match(text, expr.span.end)
    if own is None:
        return False
    occasion = rf"\b{re.escape(expr.groups['weekday'])}['’]s\s+{re.escape(own[1])}\b"
    return any(PLAN_OF.search(text, max(0, m.start() - 60), m.start()) for m in re.finditer(occasion, text, re.I))


# A plan whose verb takes the occasion, a few plain words before it: "will attend Tuesday's event", "is due
# to open Thursday's summit"; not a "will" inside a quote ("… who the next president will be," he said
# at Tuesday's rally).
PLAN_OF = re.compile(r"\b(?:will|(?:is|are) (?:to|due|expected|set))\s+(?:[\w-]+\s+){0,5}$|['’]ll\s+(?:[\w-]+\s+){0,4}$", re.I)


FUTURE = {"will", "shall", "'ll", "’ll"}
# Verbs of a relative clause that date the saying: "Trump, who spoke on Fox News on Sunday, said".
SPEAKING = {"speak", "talk", "appear", "testify", "interview", "address"}


def other_clauses(cue: Token) -> tuple[tuple[int, int], ...]:
    """Clauses of the cue's sentence whose dates are not when the words were said.

    A future ("Carson, who will address the RNC on Tuesday, said"; "was to travel on
    Wednesday"), another report ("…, even as Trump claimed on Tuesday"), and a relative
    clause about something else ("Mr. Schmidt, who bought the property 10 years ago,
    said"). A clause that holds the cue ("he will say on Monday") is the saying's own, but
    for a cue at another time in a relative clause the rest of the sentence is elsewhere.
    """
    spans = []
    for verb in cue.sent:
        if verb.pos_ not in ("VERB", "AUX") or verb.i == cue.i or verb.is_ancestor(cue):
            continue
        if _future(verb) or _another_report(verb) or (verb.dep_ == "relcl" and not _speaking(verb)):
            spans.append((verb.left_edge.idx, end_of(verb.right_edge)))
    if _earlier(cue) and (clause := _relative_clause_of(cue)) is not None:
        # "A woman who has accused Bill Clinton of rape said Sunday night…", "The Romanian hacker
        # who first revealed that Clinton used a private email address was sentenced Thursday": the
        # main clause's date is another event's, not the accusing's or revealing's, made at some other
        # time. Only such a cue: a relative clause also tells the occasion's own saying ("a rally on
        # Wednesday night when Mr. Sanders assailed…", "an interview published Monday, in which he said").
        sent = cue.sent
        spans += [(sent.start_char, clause.left_edge.idx), (end_of(clause.right_edge), sent.end_char)]
    return tuple(spans)


def _earlier(cue: Token) -> bool:
    """A cue at another time than the occasion (``another_time``), or the first of several ("first revealed")."""
    return another_time(cue) or any(c.dep_ == "advmod" and c.lower_ == "first" for c in cue.children)


def _relative_clause_of(cue: Token) -> Token | None:
    """The relative clause the cue speaks in ("a woman who has accused…"), if it does."""
    verb = cue
    while verb.dep_ in ("conj", "xcomp") and verb.head != verb:  # "who said… and added…", "who went on to say…"
        verb = verb.head
    return verb if verb.dep_ == "relcl" else None


# Adverbs of a cue that put the saying at some other time than the occasion just told:
# "More recently, Trump pledged…" after "Trump said of Apple in February".
OTHER_TIME = {"recently", "previously", "earlier", "once", "often", "repeatedly", "long", "always",
              "frequently", "routinely", "since", "before", "lately"}


def another_time(cue: Token) -> bool:
    """Whether the cue says its words were said at another, undated time than the occasion before.

    The perfect takes no point in time ("Trump has said that as president he would…", "She has
    since stressed…", "Putin had said…": not on the day the paragraph before gives), nor does a
    habit or an undated past ("the president often says", "More recently, Trump pledged").
    Such a statement keeps a date of its own sentence but inherits none. A cue that goes on
    from such a verb is at its time too ("Cruz had praised Trump, stating…").
    """
    perfect = cue.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in cue.children)
    if perfect or any(c.dep_ == "advmod" and c.lower_ in OTHER_TIME for c in cue.children):
        return True
    # Not from inside what another verb says: in "He said his attacks have given him momentum and
    # said that…" the parser may hang the second "said" on "have given".
    going_on = cue.dep_ in ("conj", "advcl", "xcomp") and cue.head != cue and cue.head.dep_ != "ccomp"
    return going_on and another_time(cue.head)


SCENE = {"speak", "talk", "appear", "address", "testify"}


@dataclass(frozen=True, slots=True, kw_only=True)
class Scene:
    """A sentence that tells the speaker spoke, and its clauses whose dates are not the speaking's."""

    window: tuple[int, int]
    elsewhere: tuple[tuple[int, int], ...]
    deed: bool = False  # told by a main verb in the simple past, not a verb of speaking: see ``_scene_when``
    earlier: Scene | None = None  # the scene just before this one, when this one gives no date


SCENES = 3  # sentences back a scene may go on


def scene(first: Sentence, speaker: str | None, *, depth: int = SCENES) -> Scene | None:
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
    hall."): ``earlier`` is the scene before.
    """
    before = first
    while before.start > 0 and (before is first or not any(t.is_alpha for t in before)):
        before = first.doc[before.start - 1].sent  # past a lone quote mark the parser made a sentence
    if speaker is None or before is first:
        return None
    last = speaker.split()[-1].lower()
    # A verb of speaking first: "Sanders held a rally …, then flew home and spoke to reporters" is a
    # speaking, whose date counts at any distance from publication; a deed's only in the last week.
    for deed in (False, True):
        for verb in before:
            if not _scene_verb(verb, deed=deed) or _future(verb) or another_time(verb):
                continue
            doer = verb
            while doer.dep_ in ("conj", "dep") and doer.head != doer:  # "…, then flew home and spoke to reporters"
                doer = doer.head
            if any(c.dep_ == "nsubj" and c.lower_ == last for c in doer.children):
                earlier = scene(before, speaker, depth=depth - 1) if depth > 1 else None
                return Scene(window=(before.start_char, before.end_char), elsewhere=other_clauses(verb) + _around(before),
                             deed=deed, earlier=earlier)
    return None


def _scene_verb(verb: Token, *, deed: bool) -> bool:
    """A verb of speaking, or (``deed``) the sentence's main verb in the simple past ("took a detour Wednesday")."""
    if verb.pos_ != "VERB":
        return False
    return verb.dep_ == "ROOT" and verb.tag_ == "VBD" if deed else verb.lemma_.lower() in SCENE


AROUND = {"after", "before", "since", "until", "ahead"}


def _around(sentence: Sentence) -> tuple[tuple[int, int], ...]:
    """Phrases that date another event than the scene's: "After his speech on Friday, Gorka flew
    home", and a date that is a noun's own, mostly an event to come or long past ("Umaga, in
    England for Saturday's Rugby Aid match, backed…", "made the comments during last September's
    by-election campaign")."""
    around = [(t.idx, end_of(t.right_edge)) for t in sentence if t.lower_ in AROUND and t.dep_ in ("prep", "mark", "advmod")]
    owners = [(t.left_edge.idx, end_of(t)) for t in sentence if t.dep_ == "poss" and t.ent_type_ in ("DATE", "TIME")]
    return tuple(around + owners)


def _future(verb: Token) -> bool:
    if any(c.dep_ == "aux" and c.lower_ in FUTURE for c in verb.children):
        return True
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    return infinitive and verb.dep_ == "xcomp" and verb.head.lemma_ == "be"  # "was to travel"


def _another_report(verb: Token) -> bool:
    return verb.lemma_.lower() in lexicon("reporting_verbs.txt") and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _speaking(verb: Token) -> bool:
    return verb.lemma_.lower() in SPEAKING or verb.lemma_.lower() in lexicon("reporting_verbs.txt")
