"""``saidwhat evaluate``: score the extractor against PolNeAR or our own gold file.

Thin wrappers over ``report``: data (the table or JSON) on stdout, the progress
bar on stderr, ``Error: ...`` and exit code 1 on a bad data set.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

import click

from ..errors import SaidwhatError
from ..model import Article
from ..options import MODEL
from .report import (
    Evaluation,
    format_table,
    predict,
    read_gold,
    read_polnear,
    score_gold,
    score_polnear,
    write_errors,
)

FORMAT = click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
    help="A table for people, or one JSON object for scripts.",
)
ERRORS = click.option(
    "--errors", "errors_path", type=click.Path(dir_okay=False, writable=True, path_type=Path),
    help="Write every miss and false hit, with its sentence, to this JSONL file.",
)
QUIET = click.option("--quiet", "-q", is_flag=True, help="No progress bar.")


@click.group()
def evaluate() -> None:
    """Score the extractor against annotated articles.

    \b
    Examples:
      saidwhat evaluate polnear ../shared/datasets/polnear/dev
      saidwhat evaluate gold tests/gold/gold.jsonl --format json
    """


@evaluate.command("polnear")
@click.argument("directory", type=click.Path(exists=True, file_okay=False, path_type=Path))
@FORMAT
@click.option("--limit", type=click.IntRange(min=1), help="Only the first N articles, by name.")
@ERRORS
@MODEL
@click.option("--bootstrap", type=click.IntRange(min=0), default=0, show_default=True,
              help="Add 95% intervals of each F1 from this many bootstrap samples of the articles (1000 is usual).")
@QUIET
def polnear_command(
    directory: Path, fmt: str, limit: int | None, errors_path: Path | None, model: str, bootstrap: int, quiet: bool
) -> None:
    """Score against a PolNeAR split (text/ and attributions/ inside DIRECTORY).

    Span scores per role (exact and overlap) and linked attribution scores;
    see docs/evaluation.md for the definitions.

    \b
    Example:
      saidwhat evaluate polnear ../shared/datasets/polnear/dev --limit 20 --errors misses.jsonl
    """
    try:
        documents = read_polnear(directory, limit=limit)
        articles = [d.article for d in documents]
        evaluation = score_polnear(documents, _extract(articles, quiet, model), path=str(directory), bootstrap=bootstrap)
    except SaidwhatError as error:
        raise click.ClickException(str(error)) from error
    _emit(evaluation, fmt, errors_path)


@evaluate.command("gold")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@FORMAT
@ERRORS
@MODEL
@QUIET
def gold_command(file: Path, fmt: str, errors_path: Path | None, model: str, quiet: bool) -> None:
    """Score against our own gold JSONL FILE (format in docs/evaluation.md).

    Statement detection, kind, speaker and date accuracy, and the PolNeAR-style
    span and attribution scores.

    \b
    Example:
      saidwhat evaluate gold tests/gold/gold.jsonl --errors misses.jsonl
    """
    try:
        documents = read_gold(file)
        articles = [d.article for d in documents]
        evaluation = score_gold(documents, _extract(articles, quiet, model), path=str(file))
    except SaidwhatError as error:
        raise click.ClickException(str(error)) from error
    _emit(evaluation, fmt, errors_path)


def _extract(articles: list[Article], quiet: bool, model: str) -> dict:
    """Run the extractor, with a progress bar on stderr unless quiet."""
    if quiet:
        return predict(articles, model=model)
    with click.progressbar(length=len(articles), label="Extracting", file=sys.stderr) as bar:
        advance: Callable[[Article], None] = lambda _article: bar.update(1)
        return predict(articles, progress=advance, model=model)


def _emit(evaluation: Evaluation, fmt: str, errors_path: Path | None) -> None:
    """Print the result; write the error cases when asked."""
    if errors_path is not None:
        with errors_path.open("w", encoding="utf-8") as handle:
            count = write_errors(evaluation.errors, handle)
        click.echo(f"{count} error cases written to {errors_path}", err=True)
    if fmt == "json":
        click.echo(json.dumps(evaluation.result, indent=2, ensure_ascii=False))
    else:
        click.echo(format_table(evaluation.result))
