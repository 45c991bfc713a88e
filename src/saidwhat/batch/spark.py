"""The pipeline on Apache Spark: inputs in, Parquet tables out, with the SQLite store's columns.

Inputs are local paths or any Hadoop filesystem URI (``hdfs://``, ``s3a://``)
of WARC, JSONL, HTML or text files; Spark hands each executor whole files
(``binaryFiles``) and ``mapPartitions`` runs the same readers and the same
``extract_many`` as ``saidwhat ingest``, with the spaCy model loaded once per
Python worker (``shared_nlp`` is cached per process and Spark reuses its
Python workers). The output folder gets four Parquet tables, ``articles``,
``statements``, ``speakers`` and ``problems``; ``load`` brings them into SQLite.

pyspark is an optional extra (``pip install 'saidwhat[spark]'``), imported
only here and only when a job runs.

    spark-submit --master yarn "$(python -m saidwhat.batch.job)" s3a://bucket/cc-news/ --output s3a://bucket/out
"""

from __future__ import annotations

import io
import os
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from ..errors import SaidwhatError
from ..ingest.jsonl import Fields
from ..ingest.sources import found_files, read_stream
from ..model import Problem
from .tables import ARTICLE_COLUMNS, PROBLEM_COLUMNS, STATEMENT_COLUMNS, article_row, problem_row, statement_rows

INSTALL_HINT = "pyspark is not installed; install the extra with: pip install 'saidwhat[spark]' (Spark needs Java 17+)"
TABLES = ("articles", "statements", "speakers", "problems")
NAMED = ("person", "organisation")


class SparkUnavailableError(SaidwhatError, ImportError):
    """pyspark (or pyarrow, to load its output) is not installed."""


@dataclass(frozen=True, slots=True, kw_only=True)
class SparkReport:
    """What a Spark run wrote."""

    output: str
    articles: int
    statements: int
    speakers: int
    problems: int


def run(
    inputs: list[str],
    output: str,
    *,
    master: str | None = None,
    partitions: int | None = None,
    published: str | None = None,
    fields: Fields = Fields(),
    model: str = "rules",
) -> SparkReport:
    """Extract every article of ``inputs`` on Spark and write the four tables under ``output``."""
    spark = _session(master)
    try:
        files = spark.sparkContext.binaryFiles(",".join(_uris(inputs)), minPartitions=partitions)
        rows = files.mapPartitions(partial(extract_partition, published=published, fields=fields, model=model)).persist(_storage())
        tables = _tables(spark, rows)
        for name, frame in tables.items():
            frame.write.mode("overwrite").parquet(f"{output.rstrip('/')}/{name}")
        counts = {name: spark.read.parquet(f"{output.rstrip('/')}/{name}").count() for name in TABLES}
        rows.unpersist()
    finally:
        if master is not None:
            spark.stop()
    return SparkReport(output=output, **counts)


def extract_partition(
    files: Iterable[tuple[str, bytes]], *, published: str | None, fields: Fields, model: str = "rules"
) -> Iterator[tuple[str, tuple]]:
    """Rows ``("articles" | "statements" | "problems", values)`` for the files of one partition.

    Runs on the executors: the same readers and stages as ``saidwhat ingest``.
    """
    from ..nlp import shared_nlp
    from ..pipeline import extract_many

    problems: list[Problem] = []
    skipped: Counter = Counter()
    articles = (
        article
        for name, data in files
        for article in read_stream(name, io.BytesIO(data), problems=problems, skipped=skipped, fields=fields, published=published)
    )
    for extraction in extract_many(articles, nlp=shared_nlp(), problems=problems, model=model):
        yield "articles", _values(article_row(extraction), ARTICLE_COLUMNS)
        for row in statement_rows(extraction):
            yield "statements", _values(row, STATEMENT_COLUMNS)
        yield from _drain(problems)
    yield from _drain(problems)


def _drain(problems: list[Problem]) -> Iterator[tuple[str, tuple]]:
    while problems:
        yield "problems", _values(problem_row(problems.pop(0)), PROBLEM_COLUMNS)


def _tables(spark, rows) -> dict[str, Any]:
    """The four DataFrames; speakers get ids and statements their speaker_id, as in SQLite."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    frames = {name: spark.createDataFrame(rows.filter(lambda r, n=name: r[0] == n).map(lambda r: r[1]), _schema(name)) for name in ("articles", "statements", "problems")}
    named = frames["statements"].where(F.col("speaker_type").isin(*NAMED) & F.col("speaker_name").isNotNull())
    speakers = (
        named.select(F.col("speaker_name").alias("name"), F.col("speaker_type").alias("type")).distinct()
        .withColumn("id", F.row_number().over(Window.orderBy("name", "type")).cast("long"))
        .select("id", "name", "type")
    )
    statements = (
        frames["statements"]
        .join(speakers, (F.col("speaker_name") == F.col("name")) & (F.col("speaker_type") == F.col("type")), "left")
        .withColumnRenamed("id", "speaker_id")
        .withColumn("id", F.monotonically_increasing_id())
        .select("id", "article_id", "seq", "kind", "text", "content", "cue", "speaker_id", *STATEMENT_COLUMNS[6:])
    )
    return {"articles": frames["articles"], "statements": statements, "speakers": speakers, "problems": frames["problems"]}


def _schema(name: str):
    from pyspark.sql.types import DoubleType, LongType, StringType, StructField, StructType

    columns = {"articles": ARTICLE_COLUMNS, "statements": STATEMENT_COLUMNS, "problems": PROBLEM_COLUMNS}[name]
    types = {"seq": LongType(), "confidence": DoubleType()}
    return StructType([StructField(c, types.get(c, StringType()), nullable=c not in ("id", "text", "kind")) for c in columns])


def _session(master: str | None):
    """A Spark session: ``master`` for a local run (``local[2]``), else the one spark-submit configured."""
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise SparkUnavailableError(INSTALL_HINT) from None
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # executors run this interpreter, saidwhat installed
    builder = SparkSession.builder.appName("saidwhat")
    if master is not None:
        builder = builder.master(master).config("spark.ui.enabled", "false")
    return builder.getOrCreate()


def _uris(inputs: list[str]) -> list[str]:
    """Local inputs expanded to files (as absolute paths); a URI with a scheme is left to Hadoop."""
    local = [p for p in inputs if "://" not in p]
    files = [str(Path(f).resolve()) for f in found_files(local)] if local else []  # a folder with no articles is an error, as for ingest
    missing = [f for f in files if not Path(f).is_file()]
    if missing:
        raise SaidwhatError(f"{missing[0]}: no such file; check the path")
    return files + [p for p in inputs if "://" in p]


def _storage():
    from pyspark import StorageLevel

    return StorageLevel.MEMORY_AND_DISK


def _values(row: dict[str, Any], columns: tuple[str, ...]) -> tuple:
    return tuple(row[c] for c in columns)


def load(folder: str, store, *, on_progress=None) -> tuple[int, int, int]:
    """Bring the Parquet tables of a Spark run into a SQLite ``Store``: (articles, statements, problems) added.

    Reads with pyarrow, no JVM needed; an article already stored unchanged is skipped, so a load resumes.
    """
    from .tables import extraction_of

    articles, statements, problems = (_read_parquet(folder, name) for name in ("articles", "statements", "problems"))
    by_article: dict[str, list[dict]] = {}
    for row in statements:
        by_article.setdefault(row["article_id"], []).append(row)
    added = [0, 0, 0]
    for row in articles:
        extraction = extraction_of(row, by_article.get(row["id"], []))
        if not store.has(extraction.article, row["extractor"]):
            store.save(extraction)
            added[0], added[1] = added[0] + 1, added[1] + len(extraction.statements)
        if on_progress:
            on_progress(1)
    for row in problems:
        store.record(Problem(article=row["article"], stage=row["stage"], message=row["message"], source=row["source"]))
        added[2] += 1
    return added[0], added[1], added[2]


def _read_parquet(folder: str, name: str) -> list[dict[str, Any]]:
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise SparkUnavailableError("pyarrow is not installed; install it with: pip install 'saidwhat[spark]'") from None
    path = Path(folder) / name
    if not path.exists():
        raise SaidwhatError(f"{path}: no such table; give the --output folder of a saidwhat spark run")
    return pq.read_table(path).to_pylist()
