"""The records of scoring: attributions, counts, matchings, error cases, link scores.

Shared by span and attribution scoring (``links``), statement scoring on our
own gold (``statements``) and the bootstrap intervals (``bootstrap``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from ...model import Span, Statement

Role = Literal["source", "cue", "content"]
ROLES: tuple[Role, ...] = ("source", "cue", "content")
MODES: tuple[str, ...] = ("exact", "overlap")


@dataclass(frozen=True, slots=True, kw_only=True)
class Attribution:
    """One source-cue-content triple, gold or predicted.

    Every role is a tuple of spans because PolNeAR spans may be discontinuous
    and a direct quote interrupted by its cue ("“We will,” he said, “win.”")
    has several content pieces. An absent role is the empty tuple.
    """

    id: str
    content: tuple[Span, ...]
    cue: tuple[Span, ...] = ()
    source: tuple[Span, ...] = ()

    def role(self, name: Role) -> tuple[Span, ...]:
        """The spans of one role by name."""
        return getattr(self, name)


def from_statement(statement: Statement, id: str, text: str | None = None) -> Attribution:
    """A statement as an attribution: source is the speaker's mention, not the resolved name; for
    several who spoke together, the words from the first one's mention to the last one's in the
    article's ``text`` ("Tesco, Asda and Morrisons"), as annotators mark a coordinated source."""
    source = statement.speaker.mention
    ends = [s.mention.end for s in statement.co_speakers if s.mention is not None]
    if source is not None and text is not None and ends and max(ends) > source.end:
        source = Span.of(text, source.start, max(ends))
    return Attribution(
        id=id,
        content=tuple(statement.content),
        cue=(statement.cue,) if statement.cue else (),
        source=(source,) if source else (),
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class Tally:
    """Matched, gold and predicted counts; adds up across articles."""

    tp: int = 0
    gold: int = 0
    predicted: int = 0

    def __add__(self, other: Tally) -> Tally:
        return Tally(
            tp=self.tp + other.tp,
            gold=self.gold + other.gold,
            predicted=self.predicted + other.predicted,
        )

    def scores(self) -> dict[str, Any]:
        """Precision, recall and F1 (0.0 when undefined), with the counts behind them."""
        p = self.tp / self.predicted if self.predicted else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return {
            "p": round(p, 4),
            "r": round(r, 4),
            "f1": round(f1, 4),
            "tp": self.tp,
            "gold": self.gold,
            "predicted": self.predicted,
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class Accuracy:
    """Correct out of total; adds up across articles."""

    correct: int = 0
    total: int = 0

    def __add__(self, other: Accuracy) -> Accuracy:
        return Accuracy(correct=self.correct + other.correct, total=self.total + other.total)

    def scores(self) -> dict[str, Any]:
        """The accuracy (None when nothing was scored), with its counts."""
        value = round(self.correct / self.total, 4) if self.total else None
        return {"accuracy": value, "correct": self.correct, "total": self.total}


@dataclass(frozen=True, slots=True, kw_only=True)
class Matching:
    """A one-to-one matching: (gold, predicted) index pairs and what was left over."""

    pairs: tuple[tuple[int, int], ...]
    missed: tuple[int, ...]
    false: tuple[int, ...]

    def tally(self) -> Tally:
        """The counts of this matching."""
        return Tally(
            tp=len(self.pairs),
            gold=len(self.pairs) + len(self.missed),
            predicted=len(self.pairs) + len(self.false),
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class ErrorCase:
    """One miss, false hit or wrong attribute, with its sentence, for error analysis."""

    article: str
    level: str  # "span", "attribution" or "statement"
    error: str  # "miss", "false_hit", "kind", "speaker" or "date"
    role: str | None = None
    overlap_matched: bool | None = None  # for exact-level errors: did it match under overlap?
    gold: Any = None
    predicted: Any = None
    sentence: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class LinkScore:
    """Span scores per role and linked scores for one article or a whole data set."""

    spans: Mapping[tuple[Role, str], Tally]
    attributions: Mapping[str, Tally]
    errors: tuple[ErrorCase, ...] = ()

    def __add__(self, other: LinkScore) -> LinkScore:
        spans = {key: self.spans.get(key, Tally()) + other.spans.get(key, Tally()) for key in _span_keys()}
        links = {mode: self.attributions.get(mode, Tally()) + other.attributions.get(mode, Tally()) for mode in MODES}
        return LinkScore(spans=spans, attributions=links, errors=self.errors + other.errors)

    def to_dict(self) -> dict[str, Any]:
        """``spans`` and ``attributions`` as in the JSON result."""
        return {
            "spans": {
                role: {mode: self.spans.get((role, mode), Tally()).scores() for mode in MODES} for role in ROLES
            },
            "attributions": {mode: self.attributions.get(mode, Tally()).scores() for mode in MODES},
        }


def _span_keys() -> list[tuple[Role, str]]:
    return [(role, mode) for role in ROLES for mode in MODES]


EMPTY_LINKS = LinkScore(spans={}, attributions={})


# A span as JSON, for the error records of both links and statements.
def _span_dict(span: Span) -> dict[str, Any]:
    return {"start": span.start, "end": span.end, "text": span.text}
