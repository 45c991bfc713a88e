"""Extractions as table rows with the SQLite store's columns, and back: the Parquet side of Spark.

``article_row`` and ``statement_rows`` give the columns of the ``articles`` and
``statements`` tables of ``store/migrations/001_initial.sql``; the surrogate
keys (``statements.id``, ``speaker_id``) are assigned by whoever writes the
table. ``extraction_of`` turns rows back into an ``Extraction``, which is how
``saidwhat load`` brings Parquet into SQLite.
"""

from __future__ import annotations

from typing import Any

from ..ingest.text import content_hash
from ..model import Article, Extraction, Problem
from ..store.rows import STATEMENT_COLUMNS, now as _now, statement_of, statement_row

__all__ = ["ARTICLE_COLUMNS", "PROBLEM_COLUMNS", "STATEMENT_COLUMNS", "article_of", "article_row", "extraction_of", "problem_row", "statement_rows"]

ARTICLE_COLUMNS = ("id", "content_hash", "title", "url", "published", "source", "text", "extractor", "ingested_at", "author", "site")
PROBLEM_COLUMNS = ("article", "source", "stage", "message", "created_at")


def article_row(extraction: Extraction, now: str | None = None) -> dict[str, Any]:
    a = extraction.article
    return {
        "id": a.id, "content_hash": content_hash(a.text), "title": a.title, "url": a.url, "published": a.published,
        "source": a.source, "text": a.text, "extractor": extraction.extractor, "ingested_at": now or _now(),
        "author": a.author, "site": a.site,
    }


def statement_rows(extraction: Extraction) -> list[dict[str, Any]]:
    return [statement_row(extraction.article.id, seq, s) for seq, s in enumerate(extraction.statements)]


def problem_row(problem: Problem, now: str | None = None) -> dict[str, Any]:
    return {"article": problem.article, "source": problem.source, "stage": problem.stage, "message": problem.message, "created_at": now or _now()}


def article_of(row: dict[str, Any]) -> Article:
    """An ``Article`` from an article row."""
    return Article(**{k: row.get(k) for k in ("id", "text", "title", "url", "published", "source", "author", "site")})


def extraction_of(article: dict[str, Any], statements: list[dict[str, Any]]) -> Extraction:
    """An ``Extraction`` from an article row and its statement rows (in any order)."""
    ordered = sorted(statements, key=lambda r: r["seq"])
    return Extraction(article=article_of(article), statements=tuple(statement_of(r) for r in ordered), extractor=article.get("extractor"))
