"""A speaker's statements over time as a bar chart, laid out here and drawn as SVG by a template.

Each statement counts in the month it was made ("in February" counts in February); over four
years of months, bars become years. A statement dated by a wider span ("last year", "since 2019")
is not drawn in a month it may not have been made in, but named beside the chart; one dated by a
week across a month's end counts in its first month.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..model import KINDS
from .display import readable

WIDTH, HEIGHT, LEFT, BOTTOM, TOP = 720, 200, 36, 28, 12


@dataclass(frozen=True, slots=True, kw_only=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    kind: str
    label: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Chart:
    width: int = WIDTH
    height: int = HEIGHT
    bars: list[Bar] = field(default_factory=list)
    ticks: list[tuple[float, str]] = field(default_factory=list)
    top: int = 0
    baseline: float = HEIGHT - BOTTOM
    summary: str = ""
    loose: int = 0
    unit: str = "month"  # what a bar is: "month" or "year"


def _bins(first: str, last: str, *, years: bool = False) -> list[str]:
    """Month keys ("2024-02") from first to last, or year keys when that would be over 48 months."""
    y0, m0, y1, m1 = int(first[:4]), int(first[5:7]), int(last[:4]), int(last[5:7])
    if years or (y1 - y0) * 12 + m1 - m0 >= 48:
        return [str(y) for y in range(y0, y1 + 1)]
    return [f"{y:04d}-{m:02d}" for y in range(y0, y1 + 1) for m in range(1, 13) if (y0, m0) <= (y, m) <= (y1, m1)]


def _within(statement: dict[str, Any], width: int) -> bool:
    """Whether a statement's dates lie in one bin: "2004" (2004-01-01 to 2004-12-31) is in no month.
    A span of a month or less across a month's end ("last week": 28 January to 3 February) is
    drawn in its first month, and in its first year across New Year: held back, it was said to be
    dated by a span wider than a month."""
    first = statement["date_from"]
    last = statement.get("date_to") or first
    if first[:width] == last[:width]:
        return True
    return len(first) == len(last) == 10 and (date.fromisoformat(last) - date.fromisoformat(first)).days < 31


def _layout(dated: list[dict[str, Any]]) -> tuple[list[str], list[dict[str, Any]]]:
    """The bins and the statements drawn in them. One dated by a year was drawn in its January, which
    told a reader Blair spoke in January 2004 of what he said "last year"; it is left out of month
    bars. Bars of years take what spans months within a year; what spans years counts in its first."""
    drawn = [s for s in dated if _within(s, 7)]
    keys = _bins(drawn[0]["date_from"], drawn[-1]["date_from"]) if drawn else []
    if not drawn or len(keys[0]) == 4:
        drawn = [s for s in dated if _within(s, 4)] or dated
        keys = _bins(drawn[0]["date_from"], drawn[-1]["date_from"], years=True)
    return keys, drawn


def chart(dated: list[dict[str, Any]]) -> Chart | None:
    """Stacked bars, one colour per kind, for statements with a ``date_from``; None without any."""
    if not dated:
        return None
    keys, drawn = _layout(dated)
    width = len(keys[0])
    counts = {(k, kind): 0 for k in keys for kind in KINDS}
    for s in drawn:
        counts[(s["date_from"][:width], s["kind"])] += 1
    top = max(sum(counts[(k, kind)] for kind in KINDS) for k in keys)
    step = (WIDTH - LEFT - 8) / len(keys)
    scale = (HEIGHT - BOTTOM - TOP) / top
    bars, ticks = [], []
    for i, key in enumerate(keys):
        x, y = LEFT + i * step, HEIGHT - BOTTOM
        for kind in KINDS:
            n = counts[(key, kind)]
            if n:
                y -= n * scale
                bars.append(Bar(x=round(x + step * 0.1, 1), y=round(y, 1), width=round(step * 0.8, 1), height=round(n * scale, 1), kind=kind, label=f"{readable(key)}: {n} {kind}"))
        if len(keys) <= 12 or i % -(-len(keys) // 12) == 0:
            ticks.append((round(x + step / 2, 1), readable(key)))  # "Feb 2005", as the dates beside it read
    loose = len(dated) - len(drawn)
    # "from 2005-02 to 2005-02" was the summary of one month.
    when = f"in {readable(keys[0])}" if len(keys) == 1 else f"from {readable(keys[0])} to {readable(keys[-1])}"
    summary = f"{len(drawn)} dated statement{'' if len(drawn) == 1 else 's'} {when}" + (f"; {loose} dated by a wider span, not drawn" if loose else "")
    return Chart(bars=bars, ticks=ticks, top=top, summary=summary, loose=loose, unit="month" if width == 7 else "year")
