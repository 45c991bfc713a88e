"""Ingest on one machine: read any input, skip what is stored, extract (in parallel), store.

Resumable: each article is committed with its statements in one transaction,
so a run killed at any moment (even ``kill -9``) leaves a consistent database,
and the same command run again skips every article already stored (same id,
same text). An article stored by an older extractor version is extracted again
only with ``reextract``.

The store keeps one article per id. Within a run, a different article with an
id already read gets one of its own (``distinct_ids``, with a warning); across
runs, new text under a stored id is the article's new version and replaces it,
which the report counts.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace

from ..ingest.jsonl import Fields
from ..ingest.sources import distinct_ids, read_inputs, renamed_id
from ..ingest.text import content_hash
from ..model import Article, Problem
from ..pipeline import extractor_name
from ..store import Store
from .workers import extract_parallel


@dataclass(slots=True, kw_only=True)
class IngestReport:
    """What a run did: stored (of which replaced an earlier version), unchanged (already stored),
    failed, records that were no articles or repeated one, and warnings (ids made distinct)."""

    articles: int = 0
    statements: int = 0
    replaced: int = 0
    unchanged: int = 0
    problems: list[Problem] = field(default_factory=list)
    skipped: Counter = field(default_factory=Counter)
    warnings: list[str] = field(default_factory=list)


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
    replacing: set[str] = set()
    distinct = distinct_ids(stored_ids(articles, store), report.warnings)
    todo = _not_stored(distinct, store, extractor_name(model), reextract, report, tick, replacing)
    recorded = 0
    for extraction in extract_parallel(todo, workers=workers, problems=report.problems, model=model):
        store.save(extraction)
        report.articles += 1
        report.replaced += extraction.article.id in replacing
        report.statements += len(extraction.statements)
        recorded = _record_new(store, report.problems, recorded, tick)
        tick(1)
    _record_new(store, report.problems, recorded, tick)
    return report


def stored_ids(articles: Iterable[Article], store: Store) -> Iterator[Article]:
    """Each article under the id an earlier run stored it with: one that ``distinct_ids`` renamed
    ``ID#<hash>`` (another article with its id came first) keeps that id when read alone or in
    another order, and does not replace the article stored under ``ID``."""
    for article in articles:
        stored = store.stored_version(article.id)
        if stored is not None and stored[0] != (digest := content_hash(article.text)):
            renamed = renamed_id(article.id, digest)
            if store.stored_version(renamed) is not None:
                article = replace(article, id=renamed)
        yield article


def _not_stored(
    articles: Iterable[Article], store: Store, extractor: str, reextract: bool, report: IngestReport, tick, replacing: set[str]
) -> Iterator[Article]:
    """Articles not yet stored; with ``reextract``, also those stored by another extractor or version.

    The id of one that replaces a stored version (new text, another date, another extractor) goes
    into ``replacing``. An article read again in the same run (a file given twice, a repeated
    record) is skipped as a duplicate: storing it again would count it twice.
    """
    passed, seen = 0, set()
    for article in articles:
        passed = _tick_skipped(report, passed, tick)
        if article.id in seen:
            report.skipped["duplicate"] += 1  # ticked with the other skipped records
        elif store.has(article, extractor) or (not reextract and store.has_any(article)):
            report.unchanged += 1
            tick(1)
        else:
            yield over_stored(article, store, replacing)
        seen.add(article.id)
    _tick_skipped(report, passed, tick)


def over_stored(article: Article, store: Store, replacing: set[str]) -> Article:
    """The article to extract, its id noted in ``replacing`` when a version of it is stored.

    The same text given no date keeps the stored one, as ``Store.has_any`` counts it: an
    undated ``--reextract`` corrects the extractor, not the date ("on Tuesday" would lose its anchor).
    """
    stored = store.stored_version(article.id)
    if stored is None:
        return article
    replacing.add(article.id)
    stored_hash, stored_date = stored
    same_text = stored_hash == content_hash(article.text)
    return replace(article, published=stored_date) if same_text and article.published is None else article


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
