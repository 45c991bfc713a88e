"""The command line: thin commands over the library functions.

Data goes to stdout, progress and warnings to stderr; the exit code is 1 when
anything failed, including one bad file among many.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable, Iterator
from datetime import date

import click

from . import __version__
from .errors import SaidwhatError
from .ingest.text import expand_paths, read_paths
from .model import Article, Extraction, Problem, to_dict
from .output import FORMATS, SPEAKER_COLUMNS, STATEMENT_COLUMNS, render, statement_row
from .store import Query, Store

FORMAT = click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True, help="Output format.")
DB = click.option("--db", default="saidwhat.db", show_default=True, type=click.Path(dir_okay=False), help="SQLite database file.")


def _iso_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD, e.g. 2024-03-18") from None


PUBLISHED = click.option("--published", callback=_iso_date, metavar="YYYY-MM-DD", help="Publication date that anchors relative dates.")


class Main(click.Group):
    """Turns library errors into ``Error: …`` and exit code 1, never a traceback."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except SaidwhatError as error:
            click.echo(f"Error: {error}", err=True)
            ctx.exit(1)


@click.group(cls=Main)
@click.version_option(__version__, prog_name="saidwhat")
def cli() -> None:
    """Who said what, when: attributed, dated statements from news text."""


def _statements_json(extraction: Extraction) -> list[dict]:
    article = extraction.article
    ref = {"id": article.id, "title": article.title, "url": article.url, "published": article.published, "source": article.source}
    return [{**to_dict(s), "article": ref} for s in extraction.statements]


def _warn(problems: list[Problem]) -> None:
    for p in problems:
        click.echo(f"Error: {p.message}", err=True)


@cli.command()
@click.argument("files", nargs=-1, required=True)
@PUBLISHED
@FORMAT
def extract(files: tuple[str, ...], published: str | None, fmt: str) -> None:
    """Print the statements of text articles; no database. FILE may be - for stdin.

    \b
    Example:
      saidwhat extract examples/macron-nato.txt --published 2024-03-18
      echo '"We will win," she said.' | saidwhat extract - --format json
    """
    from .pipeline import extract_many

    problems: list[Problem] = []
    rows: list[dict] = []
    for extraction in extract_many(read_paths(list(files), published=published, problems=problems), problems=problems):
        for warning in extraction.warnings:
            click.echo(f"Warning: {extraction.article.source}: {warning}", err=True)
        rows.extend(_statements_json(extraction))
    table_rows = [statement_row(r) for r in rows] if fmt == "table" else rows
    if rows or fmt != "table":
        click.echo(render(table_rows, fmt, STATEMENT_COLUMNS))
    _warn(problems)
    if problems:
        sys.exit(1)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@DB
@PUBLISHED
@click.option("--reextract", is_flag=True, help="Extract again articles stored by an older extractor version.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def ingest(paths: tuple[str, ...], db: str, published: str | None, reextract: bool, quiet: bool) -> None:
    """Extract articles (files or folders) and store them; unchanged articles are skipped.

    \b
    Example:
      saidwhat ingest examples/ --db saidwhat.db --published 2024-03-18
    """
    from .pipeline import EXTRACTOR, extract_many

    files = expand_paths(list(paths))
    problems: list[Problem] = []
    with Store(db) as store:
        todo = _not_stored(read_paths(files, published=published, problems=problems), store, EXTRACTOR, reextract)
        counts = {"articles": 0, "statements": 0}
        for extraction in _progress(extract_many(todo, problems=problems), len(files), quiet):
            for warning in extraction.warnings:
                click.echo(f"\nWarning: {extraction.article.source}: {warning}", err=True)
            store.save(extraction)
            counts["articles"] += 1
            counts["statements"] += len(extraction.statements)
        for problem in problems:
            store.record(problem)
        skipped = len(files) - counts["articles"] - len(problems)
    click.echo(f"{counts['articles']} articles, {counts['statements']} statements stored in {db}; {skipped} unchanged skipped; {len(problems)} failed", err=True)
    _warn(problems)
    if problems:
        sys.exit(1)


def _not_stored(articles: Iterable[Article], store: Store, extractor: str, reextract: bool) -> Iterator[Article]:
    """Articles not yet stored; with ``reextract``, also those stored by another extractor."""
    for article in articles:
        if store.has(article, extractor):
            continue
        if not reextract and store.has_any(article):
            continue
        yield article


def _progress(items: Iterable[Extraction], total: int, quiet: bool) -> Iterator[Extraction]:
    """Pass items through, drawing articles/s and an ETA on stderr."""
    if quiet or total < 2:
        yield from items
        return
    start = time.monotonic()
    for n, item in enumerate(items, 1):
        rate = n / max(time.monotonic() - start, 1e-9)
        eta = (total - n) / rate if rate else 0
        click.echo(f"\r{n}/{total} articles  {rate:.1f}/s  ETA {eta:.0f}s ", err=True, nl=False)
        yield item
    click.echo("", err=True)


@cli.command()
@DB
@click.option("--speaker", help="Part of the speaker's name.")
@click.option("--query", "words", help="Full-text search over what was said (SQLite FTS5 syntax).")
@click.option("--since", callback=_iso_date, metavar="YYYY-MM-DD", help="Said on or after this date.")
@click.option("--until", callback=_iso_date, metavar="YYYY-MM-DD", help="Said on or before this date.")
@click.option("--kind", "kinds", multiple=True, type=click.Choice(["direct", "mixed", "indirect"]), help="Repeatable.")
@click.option("--limit", type=int, help="At most this many statements.")
@FORMAT
def statements(db: str, speaker, words, since, until, kinds, limit, fmt: str) -> None:
    """Query stored statements.

    \b
    Example:
      saidwhat statements --speaker Macron --since 2024-03-01
      saidwhat statements --query troops --format json
    """
    with _open(db) as store:
        rows = store.statements(Query(speaker=speaker, words=words, since=since, until=until, kinds=tuple(kinds), limit=limit))
    click.echo(render([statement_row(r) for r in rows] if fmt == "table" else rows, fmt, STATEMENT_COLUMNS))


@cli.command()
@DB
@click.option("--name", help="Part of the speaker's name.")
@FORMAT
def speakers(db: str, name: str | None, fmt: str) -> None:
    """List the people and organisations quoted, with counts and dates.

    \b
    Example:
      saidwhat speakers --db saidwhat.db
    """
    with _open(db) as store:
        click.echo(render(store.speakers(name), fmt, SPEAKER_COLUMNS))


@cli.command()
@DB
@FORMAT
def problems(db: str, fmt: str) -> None:
    """List the articles that failed during ingest, with where and why.

    \b
    Example:
      saidwhat problems --db saidwhat.db
    """
    with _open(db) as store:
        rows = store.problems()
    click.echo(render(rows, fmt, [("source", "SOURCE"), ("stage", "STAGE"), ("message", "MESSAGE")]))


def _open(db: str) -> Store:
    """An existing database; querying a path that does not exist is a mistake, not an empty result."""
    from pathlib import Path

    if not Path(db).exists():
        raise click.ClickException(f"{db}: no such database; create it with: saidwhat ingest FILE --db {db}")
    return Store(db)


def _register_optional() -> None:
    """Commands that live beside their stage (evaluation)."""
    try:
        from .evaluate.commands import evaluate
    except ImportError:
        return
    cli.add_command(evaluate)


_register_optional()


def main() -> None:
    cli(prog_name="saidwhat")
