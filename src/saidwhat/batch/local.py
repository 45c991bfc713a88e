"""Ingest on one machine: read any input, skip what is stored, extract (in parallel), store.

Resumable: each article is committed with its statements in one transaction,
so a run killed at any moment (even ``kill -9``) leaves a consistent database,
and the same command run again skips every article already stored (same id,
same text). An article stored by an older extractor version is extracted again
only with ``reextract``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from ..ingest.jsonl import Fields
from ..ingest.sources import read_inputs
from ..model import Article, Problem
from ..pipeline import extractor_name
from ..store import Store
from .workers import extract_parallel


@dataclass(slots=True, kw_only=True)
class IngestReport:
    """What a run did: stored, unchanged (already stored), failed, and records that were no articles."""

    articles: int = 0
    statements: int = 0
    unchanged: int = 0
    problems: list[Problem] = field(default_factory=list)
    skipped: Counter = field(default_factory=Counter)


def ingest(
    paths: list[str],
    store: Store,
    *,
    workers: int = 1,
    published: str | None = None,
    fields: Fields = Fields(),
    reextract: bool = False,
    on_progress: Callable[[int], None] | None = None,
    model: str = "rules",
) -> IngestReport:
    """Extract every article of ``paths`` not yet in ``store`` and store it; never stops on a bad one.

    ``on_progress(n)`` is told each time ``n`` more inputs are done (stored,
    found unchanged, or failed), for a progress bar.
    """
    report = IngestReport()
    tick = on_progress or (lambda n: None)
    articles = read_inputs(paths, problems=report.problems, skipped=report.skipped, fields=fields, published=published)
    todo = _not_stored(articles, store, extractor_name(model), reextract, report, tick)
    recorded = 0
    for extraction in extract_parallel(todo, workers=workers, problems=report.problems, model=model):
        store.save(extraction)
        report.articles += 1
        report.statements += len(extraction.statements)
        recorded = _record_new(store, report.problems, recorded, tick)
        tick(1)
    _record_new(store, report.problems, recorded, tick)
    return report


def _not_stored(
    articles: Iterable[Article], store: Store, extractor: str, reextract: bool, report: IngestReport, tick
) -> Iterator[Article]:
    """Articles not yet stored; with ``reextract``, also those stored by another extractor or version."""
    passed = 0
    for article in articles:
        passed = _tick_skipped(report, passed, tick)
        if store.has(article, extractor) or (not reextract and store.has_any(article)):
            report.unchanged += 1
            tick(1)
            continue
        yield article
    _tick_skipped(report, passed, tick)


def _tick_skipped(report: IngestReport, passed: int, tick) -> int:
    """Count records that were no articles (a 404, an image) as done on the progress bar."""
    total = sum(report.skipped.values())
    if total > passed:
        tick(total - passed)
    return total


def _record_new(store: Store, problems: list[Problem], recorded: int, tick) -> int:
    """Store the problems met since the last call, so a killed run keeps them too."""
    for problem in problems[recorded:]:
        store.record(problem)
        tick(1)
    return len(problems)
