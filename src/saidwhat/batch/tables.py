"""Extractions as table rows with the SQLite store's columns, and back: the Parquet side of Spark.

``article_row`` and ``statement_rows`` give the columns of the ``articles`` and
``statements`` tables of ``store/migrations/001_initial.sql``; the surrogate
keys (``statements.id``, ``speaker_id``) are assigned by whoever writes the
table. ``extraction_of`` turns rows back into an ``Extraction``, which is how
``saidwhat load`` brings Parquet into SQLite.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import datetime, timezone
from typing import Any

from ..ingest.text import content_hash
from ..model import Article, Extraction, Problem, Span, Speaker, Statement, When
from ..store.sqlite import date_bounds

ARTICLE_COLUMNS = ("id", "content_hash", "title", "url", "published", "source", "text", "extractor", "ingested_at", "author", "site")
STATEMENT_COLUMNS = (
    "article_id", "seq", "kind", "text", "content", "cue", "speaker_name", "speaker_type", "speaker_role", "mention",
    "when_value", "when_expression", "when_anchor", "date_from", "date_to", "confidence", "extractor",
)
PROBLEM_COLUMNS = ("article", "source", "stage", "message", "created_at")


def article_row(extraction: Extraction, extractor: str, now: str | None = None) -> dict[str, Any]:
    a = extraction.article
    return {
        "id": a.id, "content_hash": content_hash(a.text), "title": a.title, "url": a.url, "published": a.published,
        "source": a.source, "text": a.text, "extractor": extractor, "ingested_at": now or _now(),
        "author": a.author, "site": a.site,
    }


def statement_rows(extraction: Extraction) -> list[dict[str, Any]]:
    return [_statement_row(extraction.article.id, seq, s) for seq, s in enumerate(extraction.statements)]


def _statement_row(article_id: str, seq: int, s: Statement) -> dict[str, Any]:
    date_from, date_to = date_bounds(s.when.value)
    return {
        "article_id": article_id, "seq": seq, "kind": s.kind, "text": s.text,
        "content": json.dumps([asdict(p) for p in s.content], ensure_ascii=False), "cue": _json(s.cue),
        "speaker_name": s.speaker.name, "speaker_type": s.speaker.type, "speaker_role": s.speaker.role,
        "mention": _json(s.speaker.mention), "when_value": s.when.value, "when_expression": _json(s.when.expression),
        "when_anchor": s.when.anchor, "date_from": date_from, "date_to": date_to, "confidence": s.confidence,
        "extractor": s.extractor,
    }


def problem_row(problem: Problem, now: str | None = None) -> dict[str, Any]:
    return {"article": problem.article, "source": problem.source, "stage": problem.stage, "message": problem.message, "created_at": now or _now()}


def extraction_of(article: dict[str, Any], statements: list[dict[str, Any]]) -> Extraction:
    """An ``Extraction`` from an article row and its statement rows (in any order)."""
    record = Article(**{k: article.get(k) for k in ("id", "text", "title", "url", "published", "source", "author", "site")})
    ordered = sorted(statements, key=lambda r: r["seq"])
    return Extraction(article=record, statements=tuple(_statement(r) for r in ordered))


def _statement(r: dict[str, Any]) -> Statement:
    return Statement(
        kind=r["kind"], text=r["text"], content=tuple(Span(**p) for p in json.loads(r["content"])), cue=_span(r["cue"]),
        speaker=Speaker(name=r["speaker_name"], type=r["speaker_type"], role=r["speaker_role"], mention=_span(r["mention"])),
        when=When(value=r["when_value"], expression=_span(r["when_expression"]), anchor=r["when_anchor"]),
        confidence=r["confidence"], extractor=r["extractor"],
    )


def _json(span: Span | None) -> str | None:
    return json.dumps(asdict(span), ensure_ascii=False) if span is not None else None


def _span(data: str | None) -> Span | None:
    return Span(**json.loads(data)) if data else None


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
