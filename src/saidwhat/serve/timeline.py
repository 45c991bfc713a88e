"""A speaker's statements over time as a bar chart, laid out here and drawn as SVG by a template.

Each statement counts in the month of the first day it may have been made
("in February" counts in February); over four years of months, bars become years.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..model import KINDS

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


def _bins(first: str, last: str) -> list[str]:
    """Month keys ("2024-02") from first to last, or year keys when that would be over 48 months."""
    y0, m0, y1, m1 = int(first[:4]), int(first[5:7]), int(last[:4]), int(last[5:7])
    if (y1 - y0) * 12 + m1 - m0 >= 48:
        return [str(y) for y in range(y0, y1 + 1)]
    return [f"{y:04d}-{m:02d}" for y in range(y0, y1 + 1) for m in range(1, 13) if (y0, m0) <= (y, m) <= (y1, m1)]


def chart(dated: list[dict[str, Any]]) -> Chart | None:
    """Stacked bars, one colour per kind, for statements with a ``date_from``; None without any."""
    if not dated:
        return None
    keys = _bins(dated[0]["date_from"], dated[-1]["date_from"])
    width = len(keys[0])
    counts = {(k, kind): 0 for k in keys for kind in KINDS}
    for s in dated:
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
                bars.append(Bar(x=round(x + step * 0.1, 1), y=round(y, 1), width=round(step * 0.8, 1), height=round(n * scale, 1), kind=kind, label=f"{key}: {n} {kind}"))
        if len(keys) <= 12 or i % -(-len(keys) // 12) == 0:
            ticks.append((round(x + step / 2, 1), key))
    summary = f"{len(dated)} dated statements from {keys[0]} to {keys[-1]}"
    return Chart(bars=bars, ticks=ticks, top=top, summary=summary)
