"""Statements as table rows and back: the one mapping the SQLite store and the Parquet tables share.

A row holds plain columns (text, numbers, JSON text for spans), so it can go
into SQLite, into a Spark DataFrame, and come back as the same ``Statement``.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict
from datetime import date, datetime, timezone
from typing import Any

from ..model import Span, Speaker, Statement, When, date_bounds, speaker_from_dict

STATEMENT_COLUMNS = (
    "article_id", "seq", "kind", "text", "content", "cue", "speaker_name", "speaker_type", "speaker_role", "mention",
    "when_value", "when_expression", "when_anchor", "date_from", "date_to", "confidence", "extractor", "co_speakers",
)


def statement_row(article_id: str, seq: int, s: Statement) -> dict[str, Any]:
    """The columns of one statement (``STATEMENT_COLUMNS``), spans as JSON text."""
    date_from, date_to = date_bounds(s.when.value)
    return {
        "article_id": article_id, "seq": seq, "kind": s.kind, "text": s.text,
        "content": json.dumps([asdict(p) for p in s.content], ensure_ascii=False), "cue": span_json(s.cue),
        "speaker_name": s.speaker.name, "speaker_type": s.speaker.type, "speaker_role": s.speaker.role,
        "mention": span_json(s.speaker.mention), "when_value": s.when.value, "when_expression": span_json(s.when.expression),
        "when_anchor": s.when.anchor, "date_from": date_from, "date_to": date_to, "confidence": s.confidence,
        "extractor": s.extractor, "co_speakers": speakers_json(s.co_speakers),
    }


def statement_of(row: Any) -> Statement:
    """The ``Statement`` of a row (a dict or a ``sqlite3.Row``)."""
    return Statement(
        kind=row["kind"], text=row["text"], content=tuple(Span(**p) for p in json.loads(row["content"])),
        cue=json_span(row["cue"]),
        speaker=Speaker(name=row["speaker_name"], type=row["speaker_type"], role=row["speaker_role"], mention=json_span(row["mention"])),
        when=When(value=row["when_value"], expression=json_span(row["when_expression"]), anchor=row["when_anchor"]),
        confidence=row["confidence"], extractor=row["extractor"],
        co_speakers=json_speakers(row["co_speakers"] if "co_speakers" in row.keys() else None),  # not in Parquet written before
    )


DATE_FORMS = "use YYYY-MM-DD, YYYY-MM or YYYY, e.g. 2024-03-18"  # what a date filter takes, for its errors


def day_bound(value: str, *, last: bool) -> str:
    """The day a ``since`` (first day) or ``until`` (``last`` day) filter means.

    A year or a month is a filter a reader writes ("since 2019", "until 2024-02"),
    so it stands for its first or last day. Raises ``ValueError`` for anything else.
    """
    try:
        if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
            raise ValueError(value)
        return date.fromisoformat(date_bounds(value)[1 if last else 0]).isoformat()
    except ValueError:  # also a month 13, which calendar rejects
        raise ValueError(f"{value!r} is not a date; {DATE_FORMS}") from None


def check_range(since: str | None, until: str | None) -> None:
    """Raise ``ValueError`` when ``since`` begins after ``until`` ends: no day is in that range.

    Swapped bounds (``since=2005-03&until=2005-02``) are a slip, not a question: they found
    what was dated by an interval over both ("2005-02-28/2005-03-01"), as if the range were real.
    """
    if since and until and day_bound(since, last=False) > day_bound(until, last=True):
        raise ValueError(f"since={since!r} is after until={until!r}, so no day is in the range; give the earlier date as since")


SQLITE_INT_MAX = 2**63 - 1  # a larger Python int cannot be bound (OverflowError) or written into SQL


def sql_int(value: int) -> int:
    """A count for SQL (a LIMIT, a minimum), capped where SQLite's integers end: "at most 10**20" means all."""
    return min(int(value), SQLITE_INT_MAX)


def speakers_json(speakers: tuple[Speaker, ...]) -> str | None:
    """Co-speakers as a JSON list of {name, type, role, mention}; NULL for none (most statements)."""
    return json.dumps([asdict(s) for s in speakers], ensure_ascii=False) if speakers else None


def json_speakers(data: str | None) -> tuple[Speaker, ...]:
    """The co-speakers ``speakers_json`` wrote."""
    return tuple(speaker_from_dict(s) for s in json.loads(data)) if data else ()


def span_json(span: Span | None) -> str | None:
    return json.dumps(asdict(span), ensure_ascii=False) if span is not None else None


def json_span(data: str | None) -> Span | None:
    return Span(**json.loads(data)) if data else None


def now() -> str:
    """The time a row is written, ISO 8601 in UTC to the second."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
