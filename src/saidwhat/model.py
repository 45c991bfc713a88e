"""The shared vocabulary of saidwhat: articles in, statements out.

Every record is a frozen, slotted, keyword-only dataclass so that it pickles
(for worker processes and Spark), maps one-to-one to a SQLite row and to JSON,
and cannot be changed behind a stage's back. Spans are always character
offsets into ``Article.text``; no spaCy object leaves the NLP stages.
"""

from __future__ import annotations

import calendar
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any, Literal

Kind = Literal["direct", "mixed", "indirect"]
SpeakerType = Literal["person", "organisation", "anonymous", "unknown"]

KINDS: tuple[str, ...] = ("direct", "mixed", "indirect")
SPEAKER_TYPES: tuple[str, ...] = ("person", "organisation", "anonymous", "unknown")


@dataclass(frozen=True, slots=True, kw_only=True)
class Span:
    """A piece of the article: ``article.text[start:end] == text``."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        return cls(start=start, end=end, text=text[start:end])


@dataclass(frozen=True, slots=True, kw_only=True)
class Speaker:
    """Who said it: a canonical name, what kind of source, and the nearest mention."""

    name: str | None
    type: SpeakerType = "unknown"
    role: str | None = None
    mention: Span | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class When:
    """When it was said.

    ``value`` is ISO 8601: a day ("2024-03-15"), a month ("2024-02"), an
    interval ("2024-03-01/2024-03-18"), a partial date without a year
    ("--03-15", "--02") when no publication date is known, or None.
    ``anchor`` is the date the expression was resolved against.
    """

    value: str | None = None
    expression: Span | None = None
    anchor: str | None = None


def date_bounds(value: str | None) -> tuple[str | None, str | None]:
    """The first and last day an ISO ``When.value`` can mean ("2024-02" -> Feb 1 to Feb 29).

    One reading for the stages that need it: the store's date columns and filters, and the
    date stage weighing how recent a scene's day is. None, None for no value or one without
    a year ("--03-15").
    """
    if not value or value.startswith("--"):
        return None, None
    if "/" in value:
        a, b = value.split("/", 1)
        return date_bounds(a)[0], date_bounds(b)[1]
    if len(value) == 4:
        return f"{value}-01-01", f"{value}-12-31"
    if len(value) == 7:
        year, month = int(value[:4]), int(value[5:7])
        return f"{value}-01", f"{value}-{calendar.monthrange(year, month)[1]:02d}"
    return value[:10], value[:10]


@dataclass(frozen=True, slots=True, kw_only=True)
class Statement:
    """One attributed statement with its evidence.

    ``speaker`` is who said it, or the first named of a group that said it together ("Tesco,
    Asda and Morrisons all said…": Tesco); ``co_speakers`` are the others of the group in the
    order named (Asda, Morrisons), each with its own mention, and empty for one speaker.
    """

    kind: Kind
    text: str
    content: tuple[Span, ...]
    cue: Span | None
    speaker: Speaker
    co_speakers: tuple[Speaker, ...] = ()
    when: When = field(default_factory=When)
    confidence: float = 0.5
    extractor: str = ""

    @property
    def start(self) -> int:
        return self.content[0].start

    @property
    def end(self) -> int:
        return self.content[-1].end


@dataclass(frozen=True, slots=True, kw_only=True)
class Article:
    """An article as it enters the pipeline."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    source: str | None = None
    author: str | None = None
    site: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Problem:
    """A failure recorded instead of raised, so one bad article never stops a run."""

    article: str
    stage: str
    message: str
    source: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Extraction:
    """The result of running the pipeline over one article."""

    article: Article
    statements: tuple[Statement, ...]
    warnings: tuple[str, ...] = ()
    extractor: str | None = None  # what extracted it, also when it found no statement


def to_dict(record: Any) -> dict[str, Any]:
    """A record as plain JSON-ready data (nested spans become dicts)."""
    data = asdict(record)
    if isinstance(record, Statement):
        data["content"] = list(data["content"])
        data["co_speakers"] = list(data["co_speakers"])
    return data


def span_from_dict(value: dict[str, Any] | None) -> Span | None:
    """The ``Span`` that ``to_dict`` wrote as ``value`` (None for none)."""
    return None if value is None else Span(**value)


def speaker_from_dict(value: dict[str, Any]) -> Speaker:
    """The ``Speaker`` that ``to_dict`` wrote as ``value``."""
    return Speaker(name=value["name"], type=value["type"], role=value["role"], mention=span_from_dict(value["mention"]))


def statement_from_dict(data: dict[str, Any]) -> Statement:
    """The ``Statement`` that ``to_dict`` wrote as ``data``."""
    span, speaker = span_from_dict, speaker_from_dict
    when = data["when"]
    return Statement(
        kind=data["kind"],
        text=data["text"],
        content=tuple(Span(**piece) for piece in data["content"]),
        cue=span(data["cue"]),
        speaker=speaker(data["speaker"]),
        co_speakers=tuple(speaker(s) for s in data.get("co_speakers", ())),  # none in JSON written before groups
        when=When(value=when["value"], expression=span(when["expression"]), anchor=when["anchor"]),
        confidence=data["confidence"],
        extractor=data["extractor"],
    )


# The dates stage reaches 100 years back ("100 years ago") and about a year ahead, and writes
# four-digit years: from a publication date outside these Python's dates overflow or a year
# loses its digits ("0-01" for January).
EARLIEST_PUBLISHED = date(1100, 1, 1)
LATEST_PUBLISHED = date(9997, 12, 31)


def parse_published(value: str | date | None) -> date | None:
    """A publication date from "YYYY-MM-DD", a longer ISO timestamp (its date) or a ``date``;
    None when absent. A ``ValueError`` completes "<value> is …" with why it is none or out of range."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        day = value.date()
    elif isinstance(value, date):
        day = value
    elif isinstance(value, str):
        try:
            day = date.fromisoformat(value.strip()[:10])
        except ValueError:
            raise ValueError("not a date; use YYYY-MM-DD (or an ISO timestamp, 2024-03-18T09:30:00Z), e.g. 2024-03-18") from None
    else:
        raise ValueError(f"a {type(value).__name__}, not a date; give a date or a string YYYY-MM-DD")
    if not EARLIEST_PUBLISHED <= day <= LATEST_PUBLISHED:
        raise ValueError(
            f"out of range; give a date from {EARLIEST_PUBLISHED} to {LATEST_PUBLISHED} "
            "(relative dates are counted from it, up to 100 years back)"
        )
    return day
