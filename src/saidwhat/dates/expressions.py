"""Date expressions in a text ("on March 15", "earlier this month", "a few days later") and the
day, month, year or interval each means against an anchor date (``resolve``)."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from ..model import Span, When

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
    # "On CBS' Face the Nation the day before, she stated", "Cruz was also endorsed the day before by Carly
    # Fiorina": a day from the one told last. Not "the day before the vote", which counts from an event.
    ("day_before", re.compile(r"\bthe day (?P<which>before|after)\b(?=\s*[,.;:—–)]|\s+by\b)", re.I)),
    ("earlier_this", re.compile(r"\bearlier this (?P<unit>week|month|year)\b", re.I)),
    ("past_week", re.compile(r"\b(?:this|the) past week\b", re.I)),  # "this past week's Field Poll": the seven days before
    ("this", re.compile(r"\bthis (?P<unit>week|month|morning|afternoon|evening)\b", re.I)),
    ("last", re.compile(r"\blast (?P<unit>week|month|year|night)\b", re.I)),
    ("weekday", re.compile(
        r"\b(?:(?:(?P<last>last)|(?P<next>next|this coming))\s+)?"
        r"(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
        re.I,
    )),
    ("in_month", re.compile(rf"\b(?:in|early|late|mid|since|last)[\s-]+{_MONTH}\b(?:\s+{_YEAR})?", re.I)),
    ("month_year", re.compile(rf"\b{_MONTH}\s+{_YEAR}\b", re.I)),  # "in a March 2019 interview"
    # A month naming an occasion of speaking: "In a December interview with the AP, Trump questioned…",
    # "during an awkward December appearance". Only such nouns: "the November election", "the strong
    # October report" (of October's jobs, out in November) are no time of saying.
    ("month_noun", re.compile(
        r"\b(?P<det>[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[A-Z][\w.-]*['’]s)\s+(?:[a-z][\w-]*\s+)?"
        # Not "March" after a name's possessive: "the Women's March rally" is a march's name.
        r"(?P<month>" + "|".join(m.title() for m in MONTHS if m != "may") + r")(?<!['’]s March)\.?\s+"
        r"(?:interview|appearance|speech|address|remarks|statement|letter|e-?mail|memo|op-ed|column|tweet|debate"
        r"|rally|town hall|hearing|testimony|news conference|press conference|briefing|editorial|podcast)s?\b"
    )),
    # "in 2009 and 2010": both years, one interval ("Back in 2009 and 2010, the Congressional Budget Office cited…").
    ("in_year", re.compile(
        rf"\b(?:in|during)\s+(?:(?:early|late|mid)[\s-]+)?{_YEAR}(?:\s+and\s+(?P<year2>(?:19|20)\d\d))?\b(?![\d,.]*\d)", re.I
    )),
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
            if rule == "this" and m.group(0) == "This Week" and _a_name(m.group(0), window[: m.start()]):
                continue  # "telling ABC's This Week": a programme, not the week
            if rule == "weekday" and _a_paper(window[: m.start()], window[m.end():]):
                continue  # "told the Sunday Times": a newspaper, not the day it was said
            if rule == "weekday" and _PROGRAMME.match(window, m.end()) and m.group(0)[0].isupper() and _OWNED.search(window[: m.start()]):
                continue  # "playing Sanders on NBC's Saturday Night Live": a programme, not the day
            groups = {k: v for k, v in m.groupdict().items() if v is not None}
            if rule in ("n_later", "few_days_later") and groups["dir"].lower() in ("after", "before") and _AN_EVENT.match(window, m.end()):
                groups["event"] = "named"  # "three days after the video's release": counted from that, not the last saying
            found.append(DateExpression(rule=rule, span=Span.of(text, s, e), groups=groups))
    return sorted(found, key=lambda f: f.span.start)


# A noun phrase after "days after": the event the days count from ("two days after the attacks").
_AN_EVENT = re.compile(r"\s+(?!that\b|this\b)[\w“\"‘']", re.I)


def _a_name(word: str, before: str) -> bool:
    """A capitalised "Today" inside a sentence, or "TODAY" anywhere, is a title's word."""
    opening = not before.strip() or before.rstrip()[-1] in ".!?:;\"“‘'(—-"
    return word.isupper() or (word[0].isupper() and not opening)


# Newspapers named after their day: "the Sunday Times", "the Mail on Sunday". Only the words of
# papers' names: a broadcaster after a weekday is who spoke that day ("On Sunday Sky News said").
_PAPER_AFTER = re.compile(r" (?:Times|Telegraph|Mirror|Express|Herald|Post|Mail|Sport|Independent|Tribune|Star)\b(?P<more> [A-Z])?")
_PAPER_BEFORE = re.compile(r"\b(?:Mail|Independent) on $")


_THE = re.compile(r"\bthe\s+$", re.I)

# A weekday opening a programme's or a show's name: "NBC's Saturday Night Live", "ITV's Saturday
# Night Takeaway", a network's (``_OWNED``). The name goes on with a capitalised word that is no word
# of a sentence's own; a headline's capitals are no programme ("Sanders Says Tuesday Night He Will
# Stay", "on Tuesday Night In Ohio").
_OWNED = re.compile(r"[’']s\s*$")
_PROGRAMME = re.compile(
    r" (?:Night|Morning) (?!(?:In|At|On|To|For|With|And|Of|The|As|By|From|After|Before|Was|Is|Will)\b)[A-Z][a-z]"
)


def _a_paper(before: str, after: str) -> bool:
    """A weekday in a newspaper's name, not a date: "the Sunday Times", "Sunday Telegraph journalist
    Robert Peston"; not "on Sunday Times Square", "on Tuesday Post Office staff", where another
    capitalised word goes on the name, unless "the" opens it."""
    paper = _PAPER_AFTER.match(after)
    return bool(paper and (not paper["more"] or _THE.search(before)) or _PAPER_BEFORE.search(before))


RELATIVE = ("few_days_later", "n_later", "next_day", "day_before")  # counted from the previous dated statement, not publication
DAYS = ("iso", "month_day", "day_month", "weekday", "yesterday", "today")  # expressions that name one day


def resolve(expr: DateExpression, *, published: date | None, previous: When | None) -> When:
    """The ISO value of one expression, with the anchor it was resolved against."""
    anchor_date = published
    anchor = published.isoformat() if published else None
    if expr.rule in RELATIVE and "event" in expr.groups:
        return When(value=None, expression=expr.span)  # days after an event the text does not date here
    if expr.rule in RELATIVE:
        anchor_date = _day_of(previous.value) if previous and previous.value else None
        anchor = previous.value if anchor_date else None
    value = _value(expr, anchor_date) if anchor_date else _partial(expr)
    return When(value=value, expression=expr.span, anchor=anchor if value else None)


def _partial(expr: DateExpression) -> str | None:
    """What the text fixes on its own, without an anchor: "--03-15", "--02" or a full ISO date."""
    g = expr.groups
    if expr.rule == "iso":
        return _iso_day(g)
    if expr.rule == "in_year":
        # "in 2009 and 2010" is one interval; "in 1992 and 1996", two occasions, is neither year alone.
        if not g.get("year2"):
            return g["year"]
        return f"{g['year']}/{g['year2']}" if int(g["year2"]) == int(g["year"]) + 1 else None
    if expr.rule in ("month_day", "day_month", "in_month", "month_year", "month_noun"):
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
        last = value.split("/")[-1] if value else None
        return value if last and last <= anchor.isoformat()[: len(last)] else None
    if rule == "month_noun":
        return _month_of(MONTHS[g["month"].lower()], anchor, told=g["det"].lower() not in ("a", "an"))
    if rule == "in_month":
        # The last such month up to publication; "last March" in March is a year before.
        month = MONTHS[g["month"].lower()]
        last = expr.span.text.lower().startswith("last")
        return f"{anchor.year - (month > anchor.month or (last and month == anchor.month))}-{month:02d}"
    return _relative(rule, g, anchor)


def _month_of(month: int, anchor: date, *, told: bool) -> str | None:
    """The last such month up to the anchor, for a month naming an occasion. "a December interview"
    is past, in an article of March last year's; "the October debate" or "his October rally" in an
    article of September is one still to come (within six months, as a day and month), no time of saying."""
    if month <= anchor.month:
        return f"{anchor.year}-{month:02d}"
    if told and (date(anchor.year, month, 1) - anchor).days <= AHEAD:
        return None
    return f"{anchor.year - 1}-{month:02d}"


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
    if rule == "past_week":
        # The week up to publication, whichever day a paper's week starts on ("this past week" in a
        # Sunday paper is Sunday to Saturday, in a Wednesday paper the seven days before).
        return _interval(anchor - timedelta(days=7), anchor - timedelta(days=1))
    if rule == "weekday" and "next" in g:
        return None  # "next Tuesday's primaries": a day still to come, when nothing was said, as a day and month
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
    if rule in ("next_day", "day_before"):
        return (anchor + timedelta(days=-1 if g["which"].lower() in ("previous", "before") else 1)).isoformat()
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


def _day_of(value: str) -> date | None:
    """The day an ISO value names, which days "later" count from; None for a month, a year, an
    interval or a partial date: "a few days later" than "in March" is no three days after March 1
    ("said at a town hall in March. … But a few days later, Trump reversed himself")."""
    try:
        return date.fromisoformat(value) if len(value) == 10 else None
    except ValueError:
        return None
