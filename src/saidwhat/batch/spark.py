"""The pipeline on Apache Spark: inputs in, Parquet tables out, with the SQLite store's columns.

Inputs are local paths or any Hadoop filesystem URI (``hdfs://``, ``s3a://``)
of WARC, JSONL, HTML or text files; Spark hands each executor whole files
(``binaryFiles``) and ``mapPartitions`` runs the same readers and the same
``extract_many`` as ``saidwhat ingest``, with the spaCy model loaded once per
Python worker (``shared_nlp`` is cached per process and Spark reuses its
Python workers). The output folder gets four Parquet tables, ``articles``,
``statements``, ``speakers`` and ``problems``; ``load`` brings them into SQLite.

Articles get the ids local ingest gives them (``distinct_ids``): each row
carries where it was read (file in reading order, record in the file), so the
first article read with an id keeps it, whatever the partitioning, and a
different text under that id gets ``ID#<hash8>``. Every article read counts,
as in local ingest, those that fail too, and a problem of an article names it
by the id it was given so (the id the user finds it by). Local files are named as
local ingest names them (the path given, not Spark's ``file:`` URI), so
problems and sources agree between the two modes.

pyspark is an optional extra (``pip install 'saidwhat[spark]'``), imported
only here and only when a job runs.

    spark-submit --master yarn "$(python -m saidwhat.batch.job)" s3a://bucket/cc-news/ --output s3a://bucket/out
"""

from __future__ import annotations

import io
import os
import sys
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import Any

from ..errors import InputError, SaidwhatError
from ..ingest.jsonl import Fields
from ..ingest.sources import cannot_read, distinct_ids, found_files, never_read, original_id, printable, read_stream, renamed_warning
from ..ingest.text import content_hash
from ..model import Article, Problem
from .tables import (
    ARTICLE_COLUMNS, PROBLEM_COLUMNS, STATEMENT_COLUMNS, article_of, article_row, extraction_of, problem_row, statement_rows,
)

INSTALL_HINT = "pyspark is not installed; install the extra with: pip install 'saidwhat[spark]' (Spark needs Java 17+)"
TABLES = ("articles", "statements", "speakers", "problems")
NAMED = ("person", "organisation")
# Where an article was read, after its columns in the rows of articles and statements: the file's
# place in local ingest's reading order, its name, the record's number in it. Not written out.
READ_COLUMNS = ("read_file", "read_name", "read_record")
# Every article read, extracted or not, with where it was read: what its id is made distinct over.
READ_ID_COLUMNS = ("id", "content_hash", "source")
MAX_WARNINGS = 1000  # renamed ids told one by one; past that, counted


class SparkUnavailableError(SaidwhatError, ImportError):
    """pyspark (or pyarrow, to load its output) is not installed."""


@dataclass(frozen=True, slots=True, kw_only=True)
class SparkReport:
    """What a Spark run wrote, and its warnings (articles given an id of their own, as ``distinct_ids`` words them)."""

    output: str
    articles: int
    statements: int
    speakers: int
    problems: int
    warnings: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # the problems' messages, as ingest prints them (``_errors``)


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
    unread: list[Problem] = []
    local = _local_files(inputs, unread)
    remote = list(dict.fromkeys(p for p in inputs if "://" in p))
    names = {f"file:{path}": (n, name) for n, (path, name) in enumerate(local.items())}  # as Spark names them
    spark = _session(master)
    try:
        sc, paths = spark.sparkContext, [*local, *remote]
        files = sc.binaryFiles(",".join(paths), minPartitions=partitions) if paths else sc.emptyRDD()
        extract = partial(extract_partition, published=published, fields=fields, model=model, names=names)
        problems = [("problems", _values(problem_row(p), PROBLEM_COLUMNS) + (None,) * len(READ_COLUMNS)) for p in unread]
        rows = files.mapPartitions(extract).union(sc.parallelize(problems, 1)).persist(_storage())
        # As many partitions as the input's: the shuffle's default 200 cost more than they hold (a row is ~150 bytes).
        ids = _article_ids(_frame(spark, rows, "read")).coalesce(rows.getNumPartitions()).persist(_storage())
        for name, frame in _tables(spark, rows, ids).items():
            frame.write.mode("overwrite").parquet(f"{output.rstrip('/')}/{name}")
        counts = {name: spark.read.parquet(f"{output.rstrip('/')}/{name}").count() for name in TABLES}
        warnings = _warnings(ids)
        errors = _errors(spark.read.parquet(f"{output.rstrip('/')}/problems"))
        ids.unpersist()
        rows.unpersist()
    finally:
        if master is not None:
            spark.stop()
    return SparkReport(output=output, **counts, warnings=warnings, errors=errors)


def extract_partition(
    files: Iterable[tuple[str, bytes]],
    *,
    published: str | None,
    fields: Fields,
    model: str = "rules",
    names: dict[str, tuple[int, str]] | None = None,
) -> Iterator[tuple[str, tuple]]:
    """Rows ``("read" | "articles" | "statements" | "problems", values)`` for the files of one partition.

    Runs on the executors: the same readers and stages as ``saidwhat ingest``. ``names`` maps
    a local file's URI (``file:/data/a.jsonl``) to its place in the reading order and the name
    local ingest gives it; the values of an article read (READ_ID_COLUMNS), of an article
    extracted, of its statements and of its problem end with where it was read (READ_COLUMNS).
    """
    from ..nlp import shared_nlp
    from ..pipeline import extract_many

    problems: list[Problem] = []
    read: deque = deque()
    reads: list[tuple] = []
    articles = _numbered(files, names or {}, read, problems=problems, skipped=Counter(), fields=fields, published=published, reads=reads)
    for extraction in extract_many(articles, nlp=shared_nlp(), problems=problems, model=model):
        yield from _drain(problems, read, reads)  # before _read_at passes over the articles that failed
        at = _read_at(extraction.article, read)
        yield "articles", _values(article_row(extraction), ARTICLE_COLUMNS) + at
        for row in statement_rows(extraction):
            yield "statements", _values(row, STATEMENT_COLUMNS) + at
    yield from _drain(problems, read, reads)


def _numbered(
    files: Iterable[tuple[str, bytes]], names: dict[str, tuple[int, str]], read: deque, reads: list[tuple], **options
) -> Iterator[Article]:
    """The articles of ``files``, each put in ``read`` with where it was read, and its "read" row in
    ``reads``. A file that is no local input (an ``hdfs://`` one) comes after the local ones, in the
    order of its URI."""
    for uri, data in files:
        file_no, name = names.get(uri) or (len(names), local_name(uri))
        for record_no, article in enumerate(read_stream(name, io.BytesIO(data), **options)):
            at = (file_no, name, record_no)
            read.append((article, at))
            reads.append((article.id, content_hash(article.text), article.source, *at))
            yield article


def _read_at(article: Article, read: deque) -> tuple:
    """Where an extracted article was read: ``read`` holds the articles in reading order, the pipeline
    keeps that order, and those it dropped (a problem) before this one are passed over. The pipeline
    may rewrite the date (a timestamp becomes a day), never the id, source or text."""
    while read:
        candidate, at = read.popleft()
        if (candidate.id, candidate.source, candidate.text) == (article.id, article.source, article.text):
            return at
    raise LookupError(f"{article.source}: extracted but not among the articles read")  # a bug, not bad input


def local_name(uri: str) -> str:
    """A local file as local ingest names it: ``/data/crawl.warc.gz`` for Spark's ``file:/data/crawl.warc.gz``
    (or ``file:///…``); any other URI (``hdfs://``, ``s3a://``) as it is.

    Hadoop gives paths unescaped (``file:/data/a b.txt``), so the path is taken as it stands:
    ``#`` or ``?`` in a file name are no fragment or query.
    """
    if not uri.startswith("file:"):
        return uri
    path = uri.removeprefix("file:")
    if path.startswith("//"):  # file://host/path, file:///path
        slash = path.find("/", 2)
        return path[slash:] if slash >= 0 else "/"
    return path


def _drain(problems: list[Problem], read: deque, reads: list[tuple]) -> Iterator[tuple[str, tuple]]:
    """The rows of the articles read and of the problems met since the last call."""
    while reads:
        yield "read", reads.pop(0)
    while problems:
        problem = problems.pop(0)
        yield "problems", _values(problem_row(problem), PROBLEM_COLUMNS) + _failed_at(problem, read)


def _failed_at(problem: Problem, read: deque) -> tuple:
    """Where the article of ``problem`` was read, taken out of ``read`` (the pipeline dropped it), so
    that the problem gets the id the article gets; (None, None, None) for a file's problem (ingest)."""
    for entry in read:
        article, at = entry
        if (article.id, article.source) == (problem.article, problem.source):
            read.remove(entry)
            return at
    return (None,) * len(READ_COLUMNS)


def _frame(spark, rows, name: str):
    """The rows of one table (``read``, ``articles``, ``statements`` or ``problems``) as a DataFrame."""
    return spark.createDataFrame(rows.filter(lambda r: r[0] == name).map(lambda r: r[1]), _schema(name))


def _article_ids(articles):
    """For each article read (READ_COLUMNS), the id local ingest gives it (``distinct_ids``), with its
    ``given_id``, ``source`` and the ``first_source`` of that id, for the warning, and ``nth``: 1
    for the first reading of that text under that id, more for a duplicate, left out as local
    ingest skips it.

    The first article read with an id keeps it; a different text under that id gets
    ``renamed_id`` (``ID#`` and 8 hex digits of its content hash).
    """
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    order = [F.col(c) for c in READ_COLUMNS]
    by_id = Window.partitionBy("given_id").orderBy(*order)
    once = Window.partitionBy("given_id", "content_hash").orderBy(*order)  # the same text again: same new id too
    first = articles.select("content_hash", "source", *READ_COLUMNS, F.col("id").alias("given_id")).select(
        "*", F.first("content_hash").over(by_id).alias("first_hash"), F.first("source").over(by_id).alias("first_source"),
        F.row_number().over(once).alias("nth"),
    )  # both windows on one shuffle, by given_id
    renamed = F.concat(F.col("given_id"), F.lit("#"), F.substring("content_hash", 1, 8))  # renamed_id, in SQL
    return first.withColumn("id", F.when(F.col("content_hash") == F.col("first_hash"), F.col("given_id")).otherwise(renamed)).drop("first_hash")


def _warnings(ids) -> list[str]:
    """The renamings of ``_article_ids`` in reading order, as local ingest words them (a renamed article
    read again is told again, as there); past MAX_WARNINGS, counted."""
    from pyspark.sql import functions as F

    renamed = ids.where(F.col("id") != F.col("given_id"))
    rows = renamed.orderBy(*READ_COLUMNS).limit(MAX_WARNINGS + 1).collect()
    warnings = [renamed_warning(r["source"], r["given_id"], r["first_source"], r["id"]) for r in rows[:MAX_WARNINGS]]
    if len(rows) > MAX_WARNINGS:
        warnings.append(f"{renamed.count() - MAX_WARNINGS:,} more articles got an id of their own the same way")
    return warnings


def _errors(problems) -> list[str]:
    """The problems' messages by source, to print as ingest prints them: the run's "1 problems" said
    that something failed, not what (one bad file of 20 was named only after `load` and `problems`);
    past MAX_WARNINGS, counted."""
    rows = problems.orderBy("source", "article", "message").limit(MAX_WARNINGS + 1).collect()
    errors = [r["message"] for r in rows[:MAX_WARNINGS]]
    if len(rows) > MAX_WARNINGS:
        errors.append(f"{problems.count() - MAX_WARNINGS:,} more problems; see them with saidwhat load and saidwhat problems")
    return errors


def _tables(spark, rows, ids) -> dict[str, Any]:
    """The four DataFrames; articles and statements under the ids of ``_article_ids`` (duplicates left
    out), speakers with ids and statements with their speaker_id, as in SQLite."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    read, first = list(READ_COLUMNS), ids.where(F.col("nth") == 1)
    articles = _frame(spark, rows, "articles").drop("id").join(first.select(*read, "id"), read).select(*ARTICLE_COLUMNS)
    kept = _frame(spark, rows, "statements").drop("article_id").join(first.select(*read, F.col("id").alias("article_id")), read)
    # Co-speakers ("Tesco, with Asda and Morrisons") are speakers too: the JSON column's names and types.
    co = kept.select(F.explode(F.from_json("co_speakers", "array<struct<name:string,type:string>>")).alias("c"))
    everyone = kept.select("speaker_name", "speaker_type").unionByName(co.select(F.col("c.name").alias("speaker_name"), F.col("c.type").alias("speaker_type")))
    named = everyone.where(F.col("speaker_type").isin(*NAMED) & F.col("speaker_name").isNotNull())
    speakers = (
        named.select(F.col("speaker_name").alias("name"), F.col("speaker_type").alias("type")).distinct()
        .withColumn("id", F.row_number().over(Window.orderBy("name", "type")).cast("long"))
        .select("id", "name", "type")
    )
    statements = (
        kept
        .join(speakers, (F.col("speaker_name") == F.col("name")) & (F.col("speaker_type") == F.col("type")), "left")
        .withColumnRenamed("id", "speaker_id")
        .withColumn("id", F.monotonically_increasing_id())
        .select("id", "article_id", "seq", "kind", "text", "content", "cue", "speaker_id", *STATEMENT_COLUMNS[6:])
    )
    return {"articles": articles, "statements": statements, "speakers": speakers, "problems": _problems(spark, rows, ids)}


def _problems(spark, rows, ids):
    """The problems, an article's under the id ``_article_ids`` gives it (a renamed one was named by the
    id it was read with, which names another article); of an article read again, only the first
    reading's, as local ingest skips the repeat before extracting it."""
    from pyspark.sql import functions as F

    read = list(READ_COLUMNS)
    given = ids.select(*read, F.col("id").alias("given"), "nth")
    problems = _frame(spark, rows, "problems").join(given, read, "left")  # a file's problem has no place: null
    kept = problems.where(F.col("nth").isNull() | (F.col("nth") == 1))
    return kept.withColumn("article", F.coalesce("given", "article")).select(*PROBLEM_COLUMNS)


def _schema(name: str):
    from pyspark.sql.types import DoubleType, LongType, StringType, StructField, StructType

    columns = {
        "read": READ_ID_COLUMNS + READ_COLUMNS, "articles": ARTICLE_COLUMNS + READ_COLUMNS,
        "statements": STATEMENT_COLUMNS + READ_COLUMNS, "problems": PROBLEM_COLUMNS + READ_COLUMNS,
    }[name]
    types = {"seq": LongType(), "confidence": DoubleType(), "read_file": LongType(), "read_record": LongType()}
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


def _local_files(inputs: list[str], problems: list[Problem] | None = None) -> dict[str, str]:
    """The local inputs expanded to files, in reading order: absolute path (what Spark is given) ->
    the name local ingest gives it (as ``found_files`` gives it). A URI with a scheme is left to Hadoop.

    A file given twice is read once: local ingest skips its second reading as a duplicate. One that
    is no file (missing, a device, a pipe) goes to ``problems``, as local ingest records it (without
    a list, it is an ``InputError``); it ended the run, or, a pipe, Hadoop would wait on it.
    """
    local = [p for p in inputs if "://" not in p]
    files: dict[str, str] = {}
    for name in found_files(local) if local else []:  # a folder with no articles is an error, as for ingest
        path, shown = str(Path(name).resolve()), printable(name)  # the name ingest gives it
        refused = _not_a_file(name, shown)
        if refused is None:
            files.setdefault(path, shown)
        elif problems is None:
            raise InputError(refused)
        else:
            problems.append(Problem(article=shown, stage="ingest", message=refused, source=shown))
    return files


def _not_a_file(path: str, name: str) -> str | None:
    """Why Spark does not read a local path, as local ingest words it; None for a file."""
    if path == "-":
        return "- (standard input): Spark reads files, not standard input; write it to a file first"
    try:
        refused = never_read(path, name)
    except OSError as error:
        return cannot_read(name, error)
    if refused is None and not Path(path).is_file():
        return f"{name}: is a pipe, which Spark does not read (it reads files); write its output to a file first"
    return refused


def _storage():
    from pyspark import StorageLevel

    return StorageLevel.MEMORY_AND_DISK


def _values(row: dict[str, Any], columns: tuple[str, ...]) -> tuple:
    return tuple(row[c] for c in columns)


def load(folder: str, store, *, on_progress=None, warnings: list[str] | None = None) -> tuple[int, int, int]:
    """Bring the Parquet tables of a Spark run into a SQLite ``Store``: (articles, statements, problems) added,
    none counted again on a second load.

    Reads with pyarrow, no JVM needed; an article already stored unchanged is skipped, so a load resumes.
    Each article gets the id local ingest would give it in this database (``stored_ids``, then
    ``distinct_ids``, as ``ingest`` does): new text under a stored id is that article's new version
    and replaces it, unless an earlier run stored it as ``ID#<hash8>``, whose id it keeps. The
    renamings are told in ``warnings``, as the Spark run told them. An article that failed keeps
    its id from the articles stored (``_failed``): another under that id is renamed, as in the run.
    """
    from .local import over_stored, stored_ids

    articles, statements, problems = (_read_parquet(folder, name) for name in LOADED)
    by_article: dict[str, list[dict]] = {}
    for row in statements:
        by_article.setdefault(row["article_id"], []).append(row)
    # The first article read with an id before those the run renamed, so that distinct_ids renames them again.
    rows = sorted(articles, key=lambda row: row["id"] != _given_id(row))
    given = (replace(article_of(row), id=_given_id(row)) for row in rows)
    failed = _failed(problems)
    added, seen = [0, 0, 0], set()
    read = distinct_ids([*failed, *stored_ids(given, store)], [] if warnings is None else warnings)
    for row, article in zip([None] * len(failed) + rows, read):
        if row is None:  # a failed article, not stored
            continue
        if article.id not in seen and not store.has(article, row["extractor"]):  # in seen: a duplicate
            extraction = extraction_of(row, by_article.get(row["id"], []))
            store.save(replace(extraction, article=over_stored(article, store, set())))
            added[0], added[1] = added[0] + 1, added[1] + len(extraction.statements)
        seen.add(article.id)
        if on_progress:
            on_progress(1)
    for row in problems:
        if store.record(Problem(article=row["article"], stage=row["stage"], message=row["message"], source=row["source"])):
            added[2] += 1
    return added[0], added[1], added[2]


def _failed(problems: list[dict[str, Any]]) -> list[Article]:
    """The articles whose problems the run recorded (not a file's, of stage ingest), under their ids,
    with no text: read first, they keep an id another article got renamed from (``distinct_ids``)."""
    return [Article(id=p["article"], text="", source=p["source"]) for p in problems if p["stage"] != "ingest"]


def _given_id(row: dict[str, Any]) -> str:
    """The id an article row was read with, before the Spark run made it distinct."""
    return original_id(row["id"], row["content_hash"])


LOADED = ("articles", "statements", "problems")  # the tables ``load`` reads


def check_output(folder: str) -> None:
    """A ``SaidwhatError`` unless ``folder`` holds the tables ``load`` reads: checked before the
    database is opened, as a wrong folder left an empty database file behind."""
    for name in LOADED:
        if not (Path(folder) / name).exists():
            raise SaidwhatError(f"{Path(folder) / name}: no such table; give the --output folder of a saidwhat spark run")


def _read_parquet(folder: str, name: str) -> list[dict[str, Any]]:
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise SparkUnavailableError("pyarrow is not installed; install it with: pip install 'saidwhat[spark]'") from None
    path = Path(folder) / name
    if not path.exists():
        raise SaidwhatError(f"{path}: no such table; give the --output folder of a saidwhat spark run")
    return pq.read_table(path).to_pylist()
