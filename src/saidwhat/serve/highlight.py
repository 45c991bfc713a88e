"""An article's text cut into segments, each marked with the statement parts it belongs to.

Spans may overlap (one mention "he" can be the speaker of several statements,
a split quote shares one cue), so the text is cut at every span boundary and
each piece lists every statement covering it. Where roles meet on one piece,
the cue wins over the mention, the mention over the content.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

PRIORITY = ("cue", "mention", "content")


@dataclass(frozen=True, slots=True, kw_only=True)
class Segment:
    text: str
    role: str | None = None
    statements: tuple[int, ...] = ()
    speaker: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class _Mark:
    start: int
    end: int
    role: str
    statement: int
    speaker: str | None


def _marks(statements: list[dict[str, Any]]) -> list[_Mark]:
    marks = []
    for s in statements:
        who = s["speaker"]["name"]
        parts = [("content", p) for p in s["content"]] + [("cue", s["cue"]), ("mention", s["speaker"]["mention"])]
        marks += [_Mark(start=p["start"], end=p["end"], role=role, statement=s["id"], speaker=who) for role, p in parts if p and p["end"] > p["start"]]
        # Each co-speaker's own mention ("Tesco, Asda and Morrisons all said"), named as that one.
        marks += [
            _Mark(start=m["start"], end=m["end"], role="mention", statement=s["id"], speaker=co["name"])
            for co in s.get("co_speakers", ()) if (m := co["mention"]) and m["end"] > m["start"]
        ]
    return marks


def segments(text: str, statements: list[dict[str, Any]]) -> list[Segment]:
    """The whole text as consecutive segments; the unmarked ones have no role."""
    marks = _marks(statements)
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        over = [m for m in marks if m.start <= a and b <= m.end]
        if not over:
            out.append(Segment(text=text[a:b]))
            continue
        top = min(over, key=lambda m: PRIORITY.index(m.role))
        ids = tuple(sorted({m.statement for m in over}))
        out.append(Segment(text=text[a:b], role=top.role, statements=ids, speaker=top.speaker))
    return out
