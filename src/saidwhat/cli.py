"""The command line: thin commands over the library functions.

Data goes to stdout, progress and warnings to stderr; the exit code is 1 when
anything failed, including one bad file among many.
"""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

import click

from . import __version__
from .errors import SaidwhatError, StoreError
from .ingest import Fields, read_inputs
from .ingest.text import iso_published
from .model import EARLIEST_PUBLISHED, LATEST_PUBLISHED
from .model import Extraction, Problem, to_dict
from .options import MODEL
from .output import FORMATS, SPEAKER_COLUMNS, STATEMENT_COLUMNS, render, statement_row
from .store import Query, Store, check_range, day_bound

FORMAT = click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True, help="Output format.")
DB = click.option("--db", default="saidwhat.db", show_default=True, type=click.Path(dir_okay=False), help="SQLite database file.")


def _iso_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """--published: a day (not a timestamp) that relative dates can be counted from."""
    if value is None:
        return None
    try:
        date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD, e.g. 2024-03-18") from None
    try:
        return iso_published(value)
    except SaidwhatError as error:  # out of range: 0001-01-01 overflowed in the dates stage
        raise click.BadParameter(str(error)) from None


def _day(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """--since / --until: a day, or a month or year (its first / last day to the store), checked here
    and kept as given, so an error about the two names them as the reader wrote them."""
    if value is None:
        return None
    try:
        day_bound(value, last=param.name == "until")
        return value
    except ValueError as error:
        raise click.BadParameter(str(error)) from None


PUBLISHED = click.option(
    "--published", callback=_iso_date, metavar="YYYY-MM-DD",
    help=f"Publication date that anchors relative dates ({EARLIEST_PUBLISHED} to {LATEST_PUBLISHED}).",
)
FIELDS = click.option(
    "--field", "field_map", multiple=True, metavar="FIELD=KEY",
    help="JSON and JSONL: read FIELD (text, html, title, url, published, id, author, site) from KEY. Repeatable.",
)


class Main(click.Group):
    """Turns library errors into ``Error: …`` and exit code 1, never a traceback."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except SaidwhatError as error:
            click.echo(f"Error: {error}", err=True)
            ctx.exit(1)
        except sqlite3.OperationalError as error:  # from a command outside this group's (Command turns its own)
            click.echo(f"Error: the database: {error}; {_operational_fix(error)}", err=True)
            ctx.exit(1)


class Command(click.Command):
    """A command whose SQLite errors name the --db it was given (the group's context has no --db)."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except sqlite3.OperationalError as error:
            raise StoreError(f"{ctx.params.get('db') or 'the database'}: {error}; {_operational_fix(error)}") from None


def _operational_fix(error: sqlite3.OperationalError) -> str:
    """What to do about an error SQLite raised: only a lock is the other process's doing."""
    if "locked" in str(error) or "busy" in str(error):
        return "wait for the other saidwhat process, then run the command again"  # nothing is lost
    return "the database refused the command; check the file (sqlite3 FILE 'PRAGMA integrity_check') and the disk"


Main.command_class = Command


@click.group(cls=Main)
@click.version_option(__version__, prog_name="saidwhat")
def cli() -> None:
    """Who said what, when: attributed, dated statements from news text."""


def _statements_json(extraction: Extraction) -> list[dict]:
    article = extraction.article
    ref = {"id": article.id, "title": article.title, "url": article.url, "published": article.published, "source": article.source}
    return [{**to_dict(s), "article": ref} for s in extraction.statements]


def _print(rendered: str) -> None:
    """Rows on stdout; no rows in JSON Lines are no line at all: an empty line there failed a
    reader that parses each line (``json.loads("")``)."""
    if rendered:
        click.echo(rendered)


def _n(count: int, noun: str) -> str:
    """A count with its noun, singular for one: the summary said "1 articles, 1 statements stored"."""
    return f"{count:,} {noun}{'' if count == 1 else 's'}"


def _warn(problems: list[Problem]) -> None:
    for p in problems:
        click.echo(f"Error: {p.message}", err=True)


def _warnings(warnings: list[str]) -> None:
    for warning in warnings:
        click.echo(f"Warning: {warning}", err=True)


def _warn_unread(paths: list[str]) -> None:
    """Name the files in the folders given that are not read for their type (a folder's notes.md,
    scan.pdf): passed over without a word, they looked read. A warning, not a failure: a folder
    often holds such files on purpose."""
    from .ingest.sources import printable, unread_files

    unread = unread_files(paths)
    if not unread:
        return
    types = ", ".join(sorted({printable(Path(f).suffix.lower()) for f in unread}))
    shown = ", ".join(printable(f) for f in unread[:3]) + (f" and {len(unread) - 3:,} more" if len(unread) > 3 else "")
    click.echo(
        f"Warning: {len(unread):,} file{'s' if len(unread) > 1 else ''} in the folders given not read, "
        f"of a type saidwhat does not read ({types}): {shown} (name a text file on the command line to read it as plain text)",
        err=True,
    )


@cli.command()
@click.argument("files", nargs=-1, required=True)
@PUBLISHED
@FIELDS
@MODEL
@FORMAT
def extract(files: tuple[str, ...], published: str | None, field_map: tuple[str, ...], model: str, fmt: str) -> None:
    """Print the statements of articles (text, HTML, JSON, JSONL, WARC); no database. FILE may be - for stdin (once).

    \b
    Example:
      saidwhat extract examples/macron-nato.txt --published 2024-03-18
      echo '"We will win," she said.' | saidwhat extract - --format json
      saidwhat extract export.jsonl --field text=body --format jsonl
    """
    from .pipeline import extract_many

    problems: list[Problem] = []
    rows: list[dict] = []
    read = 0
    articles = read_inputs(list(files), published=published, problems=problems, fields=Fields.parse(field_map))
    _warn_unread(list(files))
    for extraction in extract_many(articles, problems=problems, model=model):
        read += 1
        for warning in extraction.warnings:
            click.echo(f"Warning: {extraction.article.source}: {warning}", err=True)
        rows.extend(_statements_json(extraction))
    table_rows = [statement_row(r) for r in rows] if fmt == "table" else rows
    # An article read with no statement in it says so, as `statements` does ("(no rows)"): a blank
    # screen looked like a hang or a crash. With nothing read, the errors on stderr say why.
    if rows or fmt != "table" or read:
        _print(render(table_rows, fmt, STATEMENT_COLUMNS, group="article"))
    _warn(problems)
    if problems:
        sys.exit(1)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@DB
@PUBLISHED
@click.option("--reextract", is_flag=True, help="Extract again articles stored by an older extractor version.")
@click.option("--workers", "-w", type=click.IntRange(1), default=1, show_default=True, help="Worker processes, one spaCy model each.")
@FIELDS
@MODEL
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def ingest(paths: tuple[str, ...], db: str, published: str | None, reextract: bool, workers: int, field_map: tuple[str, ...], model: str, quiet: bool) -> None:
    """Extract articles and store them; what is already stored is skipped, so a run can resume.

    PATHS are files, folders (read recursively) or globs of plain text, HTML
    pages, JSON (an array of articles), JSONL (one article per line) and WARC /
    WARC.gz archives, told apart by content and extension. --published dates
    the articles that carry no date of their own. A bad record is listed by
    `saidwhat problems` and the exit code is 1; the other articles are stored.
    PATHS with no file to read at all (an empty folder) are an error.
    Two different articles with one id (a URL both give) are both stored, the
    later with an id of its own and a warning; an article stored by an earlier
    run with other text is replaced by its new version, and counted so.

    \b
    Example:
      saidwhat ingest examples/ --db saidwhat.db --published 2024-03-18
      saidwhat ingest 'crawl/*.warc.gz' export.jsonl --workers 4 --field text=body
    """
    from .batch.local import ingest as run_ingest
    from .ingest import estimate_articles
    from .ingest.sources import found_files

    fields = Fields.parse(field_map)
    files = found_files(list(paths))  # nothing to read is an error before the database is created
    _warn_unread(list(paths))
    with Store(db) as store, _bar(lambda: estimate_articles(files), quiet) as bar:
        report = run_ingest(list(paths), store, workers=workers, published=published, fields=fields, reextract=reextract, on_progress=bar.update, model=model)
    skipped = "".join(f"; {n} {why} skipped" for why, n in sorted(report.skipped.items()))
    replaced = f" ({report.replaced} replaced an earlier version)" if report.replaced else ""
    click.echo(
        f"{_n(report.articles, 'article')}, {_n(report.statements, 'statement')} stored in {db}{replaced}; "
        f"{report.unchanged} unchanged skipped{skipped}; {len(report.problems)} failed",
        err=True,
    )
    _warnings(report.warnings)
    _warn(report.problems)
    if report.problems:
        sys.exit(1)


def _bar(total: Callable[[], int], quiet: bool):
    """A progress bar on stderr with articles/s and an ETA; nothing with ``quiet``."""
    from tqdm import tqdm

    if quiet:
        return tqdm(disable=True)
    return tqdm(total=total(), unit=" articles", file=sys.stderr, dynamic_ncols=True, smoothing=0.1)


@cli.command()
@DB
@click.option("--speaker", help="Part of the speaker's name (% and _ are plain characters; any case, accents and apostrophes aside: francois finds François, walesa Wałęsa, o'neill O’Neill).")
@click.option(
    "--query", "words",
    help="Full-text search over what was said: words, \"phrases\", AND/OR/NOT, prefix* (SQLite FTS5); "
    "other punctuation is searched as written (Blair's, co-operation).",
)
@click.option("--since", callback=_day, metavar="DATE", help="Said on or after this day, month or year (YYYY-MM-DD, YYYY-MM, YYYY).")
@click.option("--until", callback=_day, metavar="DATE", help="Said on or before this day, month or year.")
@click.option("--kind", "kinds", multiple=True, type=click.Choice(["direct", "mixed", "indirect"]), help="Repeatable.")
@click.option("--limit", type=click.IntRange(1), help="At most this many statements.")
@FORMAT
def statements(db: str, speaker, words, since, until, kinds, limit, fmt: str) -> None:
    """Query stored statements.

    \b
    Example:
      saidwhat statements --speaker Macron --since 2024-03-01
      saidwhat statements --speaker Peskov --since 2024-02 --until 2024
      saidwhat statements --query troops --format json
    """
    try:
        check_range(since, until)
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="'--since' / '--until'") from None
    with _open(db) as store:
        rows = store.statements(Query(speaker=speaker, words=words, since=since, until=until, kinds=tuple(kinds), limit=limit))
    _print(render([statement_row(r) for r in rows] if fmt == "table" else rows, fmt, STATEMENT_COLUMNS, group="article"))


@cli.command()
@DB
@click.option("--name", help="Part of the speaker's name (% and _ are plain characters; any case, accents and apostrophes aside: francois finds François, walesa Wałęsa, o'neill O’Neill).")
@FORMAT
def speakers(db: str, name: str | None, fmt: str) -> None:
    """List the people and organisations quoted, with counts and dates.

    A body named only by a common noun ("the government said") is none of them:
    each article's is another; its statements keep it as their speaker.

    A surname given alone, or after a peer's title, in some articles ("Lord
    Goldsmith said") is counted with the one full name it stands for (Peter
    Goldsmith, ALSO NAMED Lord Goldsmith) when their articles share their
    topic, a peer's title only where an article of the full name writes it
    too; one woman's titles ("Lady Thatcher", "Baroness Thatcher") count as
    one; --name matches either.

    FIRST and LAST are the dates of their earliest and latest dated statements
    as the text gives them: 2024-02 for "in February", 2024-03-01/2024-03-18
    for "earlier this month" (an interval is ordered by its first day for
    FIRST, by its last for LAST).

    \b
    Example:
      saidwhat speakers --db saidwhat.db
    """
    with _open(db) as store:
        _print(render(store.speakers(name), fmt, SPEAKER_COLUMNS))


@cli.command()
@DB
@FORMAT
def problems(db: str, fmt: str) -> None:
    """List the articles that failed during ingest, with where and why.

    A failure goes from the list once a later run stores its input.

    \b
    Example:
      saidwhat problems --db saidwhat.db
    """
    with _open(db) as store:
        rows = store.problems()
    _print(render(rows, fmt, [("source", "SOURCE"), ("stage", "STAGE"), ("message", "MESSAGE")]))


QUOTATION_COLUMNS = [
    ("occurrences", "N"), ("speaker", "SPEAKER"), ("co_speakers", "WITH"), ("first_published", "FIRST"), ("first_source", "WHERE"),
    ("text", "QUOTATION"),
]


@cli.command()
@DB
@click.option("--speaker", help="Part of a speaker's name, a joint statement's co-speakers too (% and _ are plain characters; any case, accents and apostrophes aside: francois finds François, walesa Wałęsa, o'neill O’Neill).")
@click.option("--min-count", type=click.IntRange(1), default=1, show_default=True, help="Only quotations reported at least this often.")
@click.option("--limit", type=click.IntRange(1), help="At most this many quotations.")
@FORMAT
def quotations(db: str, speaker: str | None, min_count: int, limit: int | None, fmt: str) -> None:
    """List direct quotes reported across articles, with counts and where each first appeared.

    The same words in several articles are one quotation, also when one outlet
    truncated or re-punctuated them; N counts its occurrences. A quote several
    speakers gave together ("Tesco and Asda said: ...") is listed under each of
    them, WITH naming the others.

    \b
    Example:
      saidwhat quotations --speaker Macron --min-count 2
    """
    from .store.quotations import quotations as find

    with _open(db) as store:
        rows = find(store.db, speaker=speaker, min_count=min_count, limit=limit)
    _print(render(rows, fmt, QUOTATION_COLUMNS))


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--output", "-o", required=True, help="Folder (local or Hadoop URI) for the Parquet tables.")
@click.option("--master", help="Spark master, e.g. local[4]; by default the one spark-submit gives, else local[*].")
@click.option("--partitions", type=click.IntRange(1), help="At least this many partitions of the input files.")
@PUBLISHED
@FIELDS
@MODEL
def spark(
    inputs: tuple[str, ...], output: str, master: str | None, partitions: int | None, published: str | None,
    field_map: tuple[str, ...], model: str,
) -> None:
    """Run the pipeline on Apache Spark and write Parquet tables (articles, statements, speakers, problems).

    INPUTS are files, folders or globs as for ingest, or Hadoop filesystem URIs
    (hdfs://, s3a://). Needs the spark extra: pip install 'saidwhat[spark]'.
    Bring the output into SQLite with `saidwhat load`; see docs/spark.md for a cluster.

    \b
    Example:
      saidwhat spark crawl/ --output out/ --master 'local[4]'
      saidwhat load out/ --db saidwhat.db
    """
    from .batch.spark import run

    fields = Fields.parse(field_map)
    _warn_unread([p for p in inputs if "://" not in p])  # local folders; Hadoop lists its own
    report = run(list(inputs), output, master=master, partitions=partitions, published=published, fields=fields, model=model)
    _warnings(report.warnings)
    for message in report.errors:  # each problem, as ingest prints them
        click.echo(f"Error: {message}", err=True)
    click.echo(
        f"{_n(report.articles, 'article')}, {_n(report.statements, 'statement')}, {_n(report.speakers, 'speaker')}, {_n(report.problems, 'problem')} written to {report.output}",
        err=True,
    )
    if report.problems:
        sys.exit(1)


@cli.command()
@click.argument("folder", type=click.Path(exists=True, file_okay=False))
@DB
def load(folder: str, db: str) -> None:
    """Bring the Parquet tables of a `saidwhat spark` run into the SQLite database.

    Articles already stored unchanged are skipped, so loading again is harmless.

    \b
    Example:
      saidwhat load out/ --db saidwhat.db
    """
    from .batch.spark import check_output, load as load_tables

    check_output(folder)
    warnings: list[str] = []
    with Store(db) as store:
        articles, statements, problems = load_tables(folder, store, warnings=warnings)
    _warnings(warnings)
    click.echo(f"{_n(articles, 'article')}, {_n(statements, 'statement')}, {_n(problems, 'problem')} loaded into {db}", err=True)


def _open(db: str) -> Store:
    """An existing database; querying a path that does not exist is a mistake, not an empty result."""
    from pathlib import Path

    if not Path(db).exists():
        raise click.ClickException(f"{db}: no such database; create it with: saidwhat ingest FILE --db {db}")
    return Store(db)


def _register_stage_commands() -> None:
    """Commands that live beside their stage: evaluation and the web server."""
    from .evaluate.commands import evaluate
    from .learned.commands import train
    from .serve.command import serve

    cli.add_command(evaluate)
    cli.add_command(serve)
    cli.add_command(train)


_register_stage_commands()


def main() -> None:
    cli(prog_name="saidwhat")
