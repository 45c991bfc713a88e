"""Dates: when each statement was made, resolved against the publication date.

Finds date expressions in a statement's sentence outside what was said
("On February 27, … said: “…today…”" takes February 27, not "today"), and
resolves them: "on March 15" -> the last March 15 on or before publication (none when
the next one is at most six months after publication: an event still to come);
"in February" -> "2024-02"; "in 2019" -> "2019"; "earlier this month" -> the month's start to the
publication date; "last week" -> the previous Monday to Sunday; "a few days
later" -> two to five days after the previous dated statement. Without a
publication date only what the text fixes is kept ("--03-15", "--02"): a year
is never invented. A statement with no date of its own inherits the previous
statement's when it continues it ("he added", or the same sentence), unless it says it was
made at another time it does not date (``another_time``: "has said", "had said", "recently
said", "often says"). "Recently" names no day, so it gives no date either. With neither, it
takes the one date of the sentence before where that sentence says, with the speaker's
name as subject, that the speaker spoke or, in its main verb in the simple past, what the
speaker did (``scene``: "Clinton spoke Monday night at a town hall. ¶ “…,” Clinton said.";
"Sanders took a detour Wednesday to meet Obama. ¶ … Sanders said"), or in the sentences before
it that go on telling, by name, what the speaker did ("Clinton turned Sunday to potholes. ¶ At an
event…, Clinton unveiled a plan. ¶ “…,” she told the hall."), not a date of an event
before or after ("After his speech on Friday, …") or a noun's own ("Saturday's match"). What the
speaker did dates the statement only as a day of the week before publication: "Smith left Labour
in May 2005" is background, not the occasion of the saying. The parse
tells which clauses of the sentence date something else (``other_clauses``):
a future, another report, a relative clause about something else, and, for a cue at another
time in a relative clause ("a woman who has accused…"), the rest of the sentence.

Our own rules, not dateparser: it returns nothing for "earlier this month"
and "a few days later", and reads "we" as Wednesday on raw text.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from spacy.tokens import Span as Sentence
from spacy.tokens import Token

from .model import Span, When, date_bounds
from .nlp import end_of
from .resources import lexicon

MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
         ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sept", "sep"),
         ("october", "oct"), ("november", "nov"), ("december", "dec")]
    )
    for m in names
}
WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10}

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_NUM = r"(?P<n>\d+|" + "|".join(NUMBERS) + r")"
PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)\b")),
    ("month_day", re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?:,?\s+{_YEAR})?", re.I)),
    ("day_month", re.compile(rf"\b{_DAY}\s+{_MONTH}\b(?:,?\s+{_YEAR})?", re.I)),
    ("few_days_later", re.compile(r"\b(?:a few|several|some) days (?P<dir>later|earlier|before|after)\b", re.I)),
    ("n_later", re.compile(rf"\b{_NUM} (?P<unit>day|week)s? (?P<dir>later|earlier|after|before)\b", re.I)),
    ("ago", re.compile(rf"\b{_NUM} (?P<unit>day|week|month|year)s? ago\b", re.I)),
    ("next_day", re.compile(r"\bthe (?P<which>next|following|previous) day\b", re.I)),
    ("earlier_this", re.compile(r"\bearlier this (?P<unit>week|month|year)\b", re.I)),
    ("this", re.compile(r"\bthis (?P<unit>week|month|morning|afternoon|evening)\b", re.I)),
    ("last", re.compile(r"\blast (?P<unit>week|month|year|night)\b", re.I)),
    ("weekday", re.compile(r"\b(?:(?P<last>last)\s+)?(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)),
    ("in_month", re.compile(rf"\b(?:in|early|late|mid|since|last)[\s-]+{_MONTH}\b(?:\s+{_YEAR})?", re.I)),
    ("month_year", re.compile(rf"\b{_MONTH}\s+{_YEAR}\b", re.I)),  # "in a March 2019 interview"
    ("in_year", re.compile(rf"\b(?:in|during)\s+(?:(?:early|late|mid)[\s-]+)?{_YEAR}\b(?![\d,.]*\d)", re.I)),
    ("yesterday", re.compile(r"\byesterday\b", re.I)),
    ("today", re.compile(r"\b(?:today|tonight)\b", re.I)),
]


@dataclass(frozen=True, slots=True, kw_only=True)
class DateExpression:
    """A date expression found in the text, not yet resolved."""

    rule: str
    span: Span
    groups: dict


def find_expressions(text: str, start: int, end: int) -> list[DateExpression]:
    """Date expressions in ``text[start:end]``, longest first where they overlap, in text order."""
    found: list[DateExpression] = []
    window = text[start:end]
    for rule, pattern in PATTERNS:
        for m in pattern.finditer(window):
            s, e = start + m.start(), start + m.end()
            if any(f.span.start < e and s < f.span.end for f in found):
                continue
            if m.groupdict().get("month") == "may":
                continue  # the modal verb, not the month: "they may 5…"
            if rule == "today" and _a_name(m.group(0), window[: m.start()]):
                continue  # "USA TODAY", "the Today programme": a name, not the day
            groups = {k: v for k, v in m.groupdict().items() if v is not None}
            found.append(DateExpression(rule=rule, span=Span.of(text, s, e), groups=groups))
    return sorted(found, key=lambda f: f.span.start)


def _a_name(word: str, before: str) -> bool:
    """A capitalised "Today" inside a sentence, or "TODAY" anywhere, is a title's word."""
    opening = not before.strip() or before.rstrip()[-1] in ".!?:;\"“‘'(—-"
    return word.isupper() or (word[0].isupper() and not opening)


def resolve(expr: DateExpression, *, published: date | None, previous: When | None) -> When:
    """The ISO value of one expression, with the anchor it was resolved against."""
    anchor_date = published
    anchor = published.isoformat() if published else None
    if expr.rule in ("few_days_later", "n_later", "next_day"):
        anchor_date = _start_of(previous.value) if previous and previous.value else None
        anchor = previous.value if anchor_date else None
    value = _value(expr, anchor_date) if anchor_date else _partial(expr)
    return When(value=value, expression=expr.span, anchor=anchor if value else None)


def _partial(expr: DateExpression) -> str | None:
    """What the text fixes on its own, without an anchor: "--03-15", "--02" or a full ISO date."""
    g = expr.groups
    if expr.rule == "iso":
        return _iso_day(g)
    if expr.rule == "in_year":
        return g["year"]
    if expr.rule in ("month_day", "day_month", "in_month", "month_year"):
        month = MONTHS[g["month"].lower()]
        if "day" in g and not 1 <= int(g["day"]) <= calendar.monthrange(int(g.get("year", 2024)), month)[1]:
            return None  # "February 30" is no day, with or without a year
        day = f"-{int(g['day']):02d}" if "day" in g else ""
        return f"{g['year']}-{month:02d}{day}" if "year" in g else f"--{month:02d}{day}"
    return None


def _value(expr: DateExpression, anchor: date) -> str | None:
    """Resolve one expression against an anchor date."""
    g, rule = expr.groups, expr.rule
    if rule == "iso":
        day = _iso_day(g)
        return day if day and day <= anchor.isoformat() else None  # after publication: a plan, as below
    if rule in ("month_day", "day_month"):
        return _month_day(MONTHS[g["month"].lower()], int(g["day"]), g.get("year"), anchor)
    if rule in ("month_year", "in_year") or (rule == "in_month" and "year" in g):
        # The text fixes the year; a month or year after publication is a plan ("to finish in 2030"), not when it was said.
        value = _partial(expr)
        return value if value and value <= anchor.isoformat()[: len(value)] else None
    if rule == "in_month":
        # The last such month up to publication; "last March" in March is a year before.
        month = MONTHS[g["month"].lower()]
        last = expr.span.text.lower().startswith("last")
        return f"{anchor.year - (month > anchor.month or (last and month == anchor.month))}-{month:02d}"
    return _relative(rule, g, anchor)


def _iso_day(g: dict) -> str | None:
    """"2024-03-15" as written, or None for a day no calendar has ("2024-13-45")."""
    try:
        return date(int(g["year"]), int(g["month"]), int(g["day"])).isoformat()
    except ValueError:
        return None


AHEAD = 183  # days: a day and month this soon after publication is still to come


def _month_day(month: int, day: int, year: str | None, anchor: date) -> str | None:
    """The last such day on or before the anchor, unless the year is given.

    A day and month in the coming months ("will campaign in Ohio on Sept. 13", in an article
    of August 26) is an event still to come, not when anything was said: no date. Further
    ahead it is last year's ("on Dec. 28" in an article of January 5). A date with its year
    after publication is still to come too.
    """
    y = int(year) if year else anchor.year
    try:
        d = date(y, month, day)
        if year and d > anchor:
            return None  # "on March 15, 2025" in an article of 2024: a plan, not when it was said
        if not year and d > anchor:
            if (d - anchor).days <= AHEAD:
                return None
            d = date(y - 1, month, day)
    except ValueError:
        return None
    return d.isoformat()


def _relative(rule: str, g: dict, anchor: date) -> str | None:
    """Expressions relative to the anchor: days, weeks, months back or forward."""
    if rule == "yesterday" or (rule == "last" and g["unit"].lower() == "night"):
        return (anchor - timedelta(days=1)).isoformat()
    if rule == "today" or (rule == "this" and g["unit"].lower() in ("morning", "afternoon", "evening")):
        return anchor.isoformat()
    if rule == "weekday":
        back = (anchor.weekday() - WEEKDAYS[g["weekday"].lower()]) % 7
        if "last" in g and back == 0:
            back = 7
        return (anchor - timedelta(days=back)).isoformat()
    if rule == "few_days_later":
        sign = 1 if g["dir"].lower() in ("later", "after") else -1
        a, b = anchor + timedelta(days=2 * sign), anchor + timedelta(days=5 * sign)
        return _interval(min(a, b), max(a, b))
    if rule in ("n_later", "ago") and _number(g["n"]) > MAX_BACK:
        return None
    if rule == "n_later":
        n = _number(g["n"]) * (7 if g["unit"].lower() == "week" else 1)
        sign = 1 if g["dir"].lower() in ("later", "after") else -1
        return (anchor + timedelta(days=n * sign)).isoformat()
    if rule == "next_day":
        return (anchor + timedelta(days=-1 if g["which"].lower() == "previous" else 1)).isoformat()
    if rule == "ago":
        return _ago(_number(g["n"]), g["unit"].lower(), anchor)
    return _period(rule, g["unit"].lower(), anchor)


def _period(rule: str, unit: str, anchor: date) -> str | None:
    """"this week", "earlier this month", "last week", "last month", "last year"."""
    monday = anchor - timedelta(days=anchor.weekday())
    if rule in ("this", "earlier_this"):
        first = {"week": monday, "month": anchor.replace(day=1), "year": anchor.replace(month=1, day=1)}[unit]
        return _interval(first, anchor)
    if unit == "week":
        return _interval(monday - timedelta(days=7), monday - timedelta(days=1))
    if unit == "month":
        last = anchor.replace(day=1) - timedelta(days=1)
        return f"{last.year}-{last.month:02d}"
    if unit == "year":
        return str(anchor.year - 1)
    return None


def _ago(n: int, unit: str, anchor: date) -> str | None:
    if unit in ("day", "week"):
        return (anchor - timedelta(days=n * (7 if unit == "week" else 1))).isoformat()
    if unit == "month":
        month = (anchor.year * 12 + anchor.month - 1) - n
        return f"{month // 12}-{month % 12 + 1:02d}"
    return str(anchor.year - n)


def _interval(a: date, b: date) -> str:
    return a.isoformat() if a == b else f"{a.isoformat()}/{b.isoformat()}"


MAX_BACK = 100  # "3000 years ago" is history, not the date of a statement


def _number(word: str) -> int:
    return int(word) if word.isdigit() else NUMBERS[word.lower()]


def _start_of(value: str) -> date | None:
    """The first day of an ISO day, month or interval value; None for partial dates."""
    head = value.split("/")[0]
    try:
        if len(head) == 10:
            return date.fromisoformat(head)
        if len(head) == 7 and head[4] == "-":
            return date.fromisoformat(head + "-01")
    except ValueError:
        return None
    return None


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
        if expr is not None:
            when = resolve(expr, published=published, previous=last_dated)
        elif spoke is not None and not occ.another_time and _same_occasion(occ, occasions[spoke]):
            # Past a statement of no known speaker in between ("When asked about X, he said…").
            when = whens[spoke]
        elif (found := _scene_expression(text, occ, excluded)) is not None:
            setting, expr = found
            when = _scene_when(resolve(expr, published=published, previous=last_dated), setting, published)
        else:
            when = When()
        if when.value:
            last_dated = when
        if occ.speaker is not None and not (occ.another_time and when.value is None):
            spoke = i  # past an undated "she has long said" the occasion goes on, as past an unknown speaker
        whens.append(when)
    return whens


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
    while setting is not None:
        found = [
            e for e in find_expressions(text, *setting.window)
            if e.rule not in YEAR_RULES and not any(x.start <= e.span.start < x.end for x in excluded)
            and not any(a <= e.span.start < b for a, b in setting.elsewhere)
        ]
        if found:
            return (setting, found[0]) if len(found) == 1 else None
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
    expressions count anywhere outside the content, the nearest to the cue first.
    """
    if expr.rule not in YEAR_RULES:
        return True
    if occ.cue_at is None:
        return False
    if expr.span.end <= occ.cue_at:
        opens = OPENING.fullmatch(text[occ.window[0] : expr.span.start]) is not None
        return opens and not CLAUSE_BREAK.search(text, expr.span.end, occ.cue_at)
    return occ.cue_end is not None and AFTER_CUE.fullmatch(text, occ.cue_end, expr.span.start) is not None


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
