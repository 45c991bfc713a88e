"""Dates as a reader reads them on the pages: "21–27 Feb 2005", not "2005-02-21/2005-02-27".

The stored value stays ISO 8601 (the JSON API gives it unchanged); the pages show this form
with the ISO value in a title attribute. A value of no shape known here is shown as it is.
"""

from __future__ import annotations

import re
from datetime import date

from ..model import date_bounds

# Written out, not calendar.month_abbr: that follows the server's locale, which is not the reader's.
MONTHS = ("", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
MONTH = re.compile(r"(\d{4})-(\d{2})")
YEAR = re.compile(r"\d{4}")
NO_YEAR = re.compile(r"--(\d{2})(?:-(\d{2}))?")  # "--03-15", "--02": no publication date to give the year


def readable(value: str | None) -> str:
    """``value`` (a When value, a speaker's first or last date) as the pages show it; "" for none."""
    if not value:
        return ""
    if "/" in value:
        return _interval(value)
    return _single(value) or value


def _single(value: str) -> str | None:
    """A day, month or year: "21 Feb 2005", "Feb 2005", "2005"; "15 Mar" and "Feb" without a year."""
    if DAY.fullmatch(value):
        try:
            day = date.fromisoformat(value)  # "2005-02-30" is no day to name
        except ValueError:
            return None
        return f"{day.day} {MONTHS[day.month]} {day.year}"
    if m := MONTH.fullmatch(value):
        return f"{MONTHS[int(m[2])]} {m[1]}" if 1 <= int(m[2]) <= 12 else None
    if YEAR.fullmatch(value):
        return value
    if (m := NO_YEAR.fullmatch(value)) and 1 <= int(m[1]) <= 12:
        return f"{int(m[2])} {MONTHS[int(m[1])]}" if m[2] else MONTHS[int(m[1])]
    return None


def _interval(value: str) -> str:
    """An interval with what its ends share said once: "21–27 Feb 2005", "28 Feb – 6 Mar 2005",
    "Jan–Mar 2005" (whole months), "2003–2005" (whole years)."""
    a, b = value.split("/", 1)
    try:
        first, last = date_bounds(value)
    except ValueError:
        first = last = None
    if not (first and last and _single(a) and _single(b)):
        return value
    whole_years = first[5:] == "01-01" and last[5:] == "12-31"
    if whole_years:
        return first[:4] if first[:4] == last[:4] else f"{first[:4]}–{last[:4]}"
    if first[8:] == "01" and date_bounds(last[:7])[1] == last:  # whole months
        if first[:4] == last[:4]:
            return f"{MONTHS[int(first[5:7])]}–{readable(last[:7])}" if first[:7] != last[:7] else readable(first[:7])
        return f"{readable(first[:7])} – {readable(last[:7])}"
    start, end = readable(first), readable(last)
    if first == last:
        return start
    if first[:7] == last[:7]:
        return f"{int(first[8:])}–{end}"
    if first[:4] == last[:4]:
        return f"{start.rsplit(' ', 1)[0]} – {end}"
    return f"{start} – {end}"
