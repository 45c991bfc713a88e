"""Spark on local[2] gives the articles, ids, statements and problems local ingest gives, and `load`
brings them into SQLite as ingest would store them; load, the naming of local files and the reading
order need no Spark.

The Spark tests are skipped, saying why, where pyspark or Java is missing: pip install -e '.[test]'
installs pyspark; Spark needs Java 17+ (Debian: apt-get install default-jre-headless).
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import os
import shutil
import subprocess
import sys
from collections import deque
from dataclasses import replace
from pathlib import Path

import pytest

from saidwhat.batch.local import ingest
from saidwhat.batch.spark import _failed_at, _local_files, _read_at, load, local_name
from saidwhat.batch.tables import STATEMENT_COLUMNS, article_row
from saidwhat.ingest import read_inputs, warc_response
from saidwhat.ingest.sources import distinct_ids, original_id, renamed_id
from saidwhat.errors import InputError
from saidwhat.ingest.text import content_hash
from saidwhat.model import Article, Extraction, Problem
from saidwhat.pipeline import extractor_name
from saidwhat.store import Store

from ..conftest import EXAMPLES


def _java_ok() -> bool:
    try:
        return subprocess.run(["java", "-version"], capture_output=True, timeout=30).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


needs_pyarrow = pytest.mark.skipif(importlib.util.find_spec("pyarrow") is None, reason="pyarrow not installed: pip install -e '.[spark]'")
SPARK_MARKS = (
    pytest.mark.skipif(importlib.util.find_spec("pyspark") is None, reason="pyspark not installed: pip install -e '.[test]' or '.[spark]'"),
    needs_pyarrow,
    pytest.mark.skipif(not _java_ok(), reason="no Java runtime for Spark: apt-get install default-jre-headless (Java 17+)"),
)


def needs_spark(test):
    for mark in SPARK_MARKS:
        test = mark(test)
    return test


STORED = f"SELECT article_id, {', '.join(STATEMENT_COLUMNS[1:])} FROM statements"


@needs_spark
@pytest.mark.parametrize(("model", "split"), [("rules", False), ("learned", True)])
def test_spark_local_2_equals_local_ingest(tmp_path, monkeypatch, model, split):
    """Ids (a repeated id renamed, a repeated article once), statements, problems and warnings,
    with the inputs named as given (a relative folder here), as ``ingest`` gives them, the files
    in one partition or split over several."""
    monkeypatch.setenv("SPARK_LOCAL_IP", "127.0.0.1")
    # Spark's Python workers would resolve a relative PYTHONPATH (src) against the folder changed to.
    paths = [str(Path(p).resolve()) for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(paths))
    monkeypatch.chdir(tmp_path)
    from pyspark.sql import SparkSession

    from saidwhat.batch.spark import run

    shutil.copytree(EXAMPLES, "in")
    page = "<html><body><article><h1>Talks</h1><p>“Peace will come when the guns fall silent,” said John Smith, the envoy, on Monday.</p></article></body></html>"
    (tmp_path / "in" / "crawl.warc.gz").write_bytes(gzip.compress(warc_response("https://news.example/t", page.encode(), date="2024-03-19T10:00:00Z")))
    prices, wages = "“Prices will fall,” said John Smith.", "“Wages will rise,” said Jane Doe."
    (tmp_path / "in" / "feed.jsonl").write_text(json.dumps({"id": "j1", "text": prices}) + '\n{"broken\n')
    # Read after feed.jsonl: another article under j1 (renamed), then the first again and itself again (once each).
    (tmp_path / "in" / "more.jsonl").write_text("".join(json.dumps({"id": "j1", "text": t}) + "\n" for t in (wages, prices, wages)))
    # Too long to parse: a renamed article that fails, then under j2 a first that fails and a second that is renamed.
    # Their problems name them by the ids ingest gives them: j1 named another article, j2#… none.
    huge, taxes = "Words. " * 150_000, "“Taxes will rise,” said Jane Doe."
    records = [("j1", huge), ("j2", huge + "More."), ("j2", taxes), ("j2", huge + "More.")]
    (tmp_path / "in" / "retry.jsonl").write_text("".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in records))
    (tmp_path / "in" / "quiet.txt").write_text("The weather was fine all week.\n")  # an article with no statement
    (tmp_path / "in" / "joint.txt").write_text("Tesco, Asda and Morrisons all said sales had risen over Christmas.\n")  # co-speakers

    # Spark counts 4 MB to open a file, so these small files share one partition; at 1 byte they are
    # split over several. run() takes this session (its workers running this Python) and stops it.
    monkeypatch.setenv("PYSPARK_PYTHON", sys.executable)
    cost = "1" if split else "4194304"
    spark = SparkSession.builder.master("local[2]").config("spark.ui.enabled", "false").config("spark.files.openCostInBytes", cost).getOrCreate()
    assert (spark.sparkContext.binaryFiles(str(tmp_path / "in"), minPartitions=4).getNumPartitions() > 1) == split
    # The output absolute: the JVM, started by an earlier test, resolves paths against its own folder.
    report = run(["in"], str(tmp_path / "out"), master="local[2]", partitions=4, published="2024-03-18", model=model)

    with Store("local.db") as store:
        local = ingest(["in"], store, published="2024-03-18", model=model)
        expected_ids = _rows(store, "SELECT id, content_hash FROM articles")
        expected = _rows(store, STORED)
        expected_problems = sorted((p["article"], p["source"], p["message"]) for p in store.problems())
    assert all(row[STATEMENT_COLUMNS.index("extractor")].startswith(f"saidwhat-{model}/") for row in expected)
    assert ("j1", content_hash(prices)) in expected_ids and (renamed_id("j1", content_hash(wages)), content_hash(wages)) in expected_ids
    import pyarrow.parquet as pq

    def written(name: str, *columns: str) -> list[tuple]:
        return sorted(tuple(r[c] for c in columns) for r in pq.read_table(tmp_path / "out" / name).to_pylist())

    assert written("articles", "id", "content_hash") == expected_ids
    assert written("statements", *STATEMENT_COLUMNS) == expected
    # Co-speakers are in the statements' co_speakers column, and speakers in the speakers table.
    at = STATEMENT_COLUMNS.index("co_speakers")
    co = {c["name"] for row in expected for c in json.loads(row[at] or "[]")}
    assert co <= {name for (name,) in written("speakers", "name")} and (co == {"Asda", "Morrisons"} or model != "rules")
    assert written("problems", "article", "source", "message") == expected_problems  # in/feed.jsonl:2, not file:/…
    assert [p[:2] for p in expected_problems] == [
        ("in/feed.jsonl:2", "in/feed.jsonl:2"), (renamed_id("j1", content_hash(huge)), "in/retry.jsonl:1"), ("j2", "in/retry.jsonl:2"),
    ]  # the repeat of the article that failed (retry.jsonl:4) skipped, as a duplicate
    assert ("j2#" + content_hash(taxes)[:8], content_hash(taxes)) in expected_ids
    assert report.warnings == local.warnings and [w.split(":")[:2] for w in report.warnings] == [
        ["in/more.jsonl", "1"], ["in/more.jsonl", "3"], ["in/retry.jsonl", "1"], ["in/retry.jsonl", "3"]
    ]
    assert (report.articles, report.statements, report.problems) == (len(expected_ids), len(expected), 3)
    # Each problem is told, as ingest tells it: "3 problems" alone named none of them.
    assert sorted(report.errors) == sorted(p[2] for p in expected_problems) and "in/feed.jsonl:2: not valid JSON" in report.errors[0]

    with Store("local.db") as store:  # what local ingest stored is all there: nothing new, no problem twice
        assert load("out", store) == (0, 0, 0) and len(store.problems()) == 3
    with Store("t.db") as store:
        warnings: list[str] = []
        assert load("out", store, warnings=warnings) == (report.articles, len(expected), 3)
        assert _rows(store, "SELECT id, content_hash FROM articles") == expected_ids
        # The renamings of stored articles told again, in the tables' order; the run left out the repeat of the
        # renamed article (more.jsonl:3).
        assert _rows(store, STORED) == expected and sorted(warnings) == [report.warnings[0], report.warnings[3]]
        assert load("out", store) == (0, 0, 0)  # loading again adds nothing, and says so
        # Every article, the one without a statement too, is the model's that read it.
        extractors = {row[0].split("/")[0] for row in store.db.execute("SELECT extractor FROM articles")}
        assert extractors == {f"saidwhat-{model}"}


def _rows(store: Store, sql: str) -> list[tuple]:
    return sorted(tuple(row) for row in store.db.execute(sql))


def test_a_spark_run_over_a_folder_with_no_articles_is_an_error_before_spark_starts(tmp_path):
    with pytest.raises(InputError, match="no articles found in"):
        _local_files([str(tmp_path)])
    assert _local_files(["hdfs://cluster/news/"]) == {}  # a URI is left to Hadoop


def test_local_files_are_named_as_given_and_read_once(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "in").mkdir()
    for name in ("b.txt", "a.txt"):
        (tmp_path / "in" / name).write_text("Text.\n")
    files = _local_files(["in", "in/b.txt", str(tmp_path / "in" / "a.txt")])
    assert files == {str(tmp_path / "in" / "a.txt"): "in/a.txt", str(tmp_path / "in" / "b.txt"): "in/b.txt"}


@pytest.mark.parametrize(
    ("uri", "name"),
    [
        ("file:/data/crawl.warc.gz", "/data/crawl.warc.gz"),
        ("file:///data/a b.txt", "/data/a b.txt"),
        ("file://localhost/data/x#1.txt", "/data/x#1.txt"),
        ("file:/data/x%20y.txt", "/data/x%20y.txt"),  # Hadoop gives paths unescaped: %20 is in the name
        ("hdfs://nn:8020/news/a.warc.gz", "hdfs://nn:8020/news/a.warc.gz"),
        ("s3a://bucket/cc-news/a.warc.gz", "s3a://bucket/cc-news/a.warc.gz"),
    ],
)
def test_local_name_drops_the_file_scheme_only(uri, name):
    assert local_name(uri) == name


def test_renamed_id_and_original_id_undo_each_other():
    digest = content_hash("Another story.")
    assert renamed_id("j1", digest) == f"j1#{digest[:8]}"
    assert original_id(renamed_id("j1", digest), digest) == "j1"
    assert original_id("j1", digest) == "j1"
    assert original_id(renamed_id("j1", digest), content_hash("Other text.")) == renamed_id("j1", digest)  # not its own hash


def test_read_at_finds_an_article_past_those_the_pipeline_dropped():
    a, b, c = (Article(id=i, text=f"Text {i}.", source=f"f.jsonl:{n}", published="2024-03-18T10:00:00Z") for n, i in enumerate("abc", 1))
    read = deque([(a, (0, "f.jsonl", 0)), (b, (0, "f.jsonl", 1)), (c, (0, "f.jsonl", 2))])
    assert _read_at(replace(b, published="2024-03-18"), read) == (0, "f.jsonl", 1)  # a failed; the date rewritten
    assert _read_at(c, read) == (0, "f.jsonl", 2) and not read
    with pytest.raises(LookupError, match="f.jsonl:1"):
        _read_at(a, read)


def test_a_problem_is_placed_where_its_article_was_read_and_a_files_nowhere():
    a, b = (Article(id="j1", text=f"Text {n}.", source=f"f.jsonl:{n}") for n in (1, 2))
    read = deque([(a, (0, "f.jsonl", 0)), (b, (0, "f.jsonl", 1))])
    assert _failed_at(Problem(article="j1", stage="parse", message="too long", source="f.jsonl:2"), read) == (0, "f.jsonl", 1)
    assert [entry[0] for entry in read] == [a]  # dropped by the pipeline: passed over by _read_at
    assert _failed_at(Problem(article="g.txt", stage="ingest", message="empty", source="g.txt"), read) == (None, None, None)


def test_local_files_that_are_no_files_are_problems_as_ingest_records_them(tmp_path, monkeypatch):
    import os

    monkeypatch.chdir(tmp_path)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Text.\n")
    (tmp_path / "in" / "zero.txt").symlink_to("/dev/zero")
    os.mkfifo(tmp_path / "in" / "feed.txt")  # Hadoop would wait on it; a missing file ended the run
    problems: list[Problem] = []
    assert _local_files(["in", "gone.txt"], problems) == {str(tmp_path / "in" / "a.txt"): "in/a.txt"}
    local: list[Problem] = []
    list(read_inputs(["in/zero.txt", "gone.txt"], problems=local))
    assert [p.message for p in problems] == [
        "in/feed.txt: is a pipe, which Spark does not read (it reads files); write its output to a file first",
        *(p.message for p in local),
    ]
    with pytest.raises(InputError, match="gone.txt: cannot read .No such file or directory.; check the path"):
        _local_files(["gone.txt"])
    with pytest.raises(InputError, match="standard input.: Spark reads files, not standard input; write it to a file first"):
        _local_files(["-"])


A, B, C = "A story about rates.", "A story about wages.", "An older version of the story about rates."


@needs_pyarrow
@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    "before",
    [
        [],  # a new database
        [B],  # the other article under the id: the first read replaces it, as a new version
        [B, A],  # stored in the other order, A as j1#…: each keeps the id it was stored with
        [C],  # an older version of the first
    ],
)
def test_load_stores_what_local_ingest_stores_over_an_earlier_run(tmp_path, before):
    """Spark's output for A then B under one id, loaded over a database where local ingest stored
    ``before``, gives the database and warnings ingest of A then B would give."""
    (tmp_path / "before.jsonl").write_text("".join(json.dumps({"id": "j1", "text": t}) + "\n" for t in before))
    run = tmp_path / "run.jsonl"
    run.write_text("".join(json.dumps({"id": "j1", "text": t}) + "\n" for t in (A, B)))
    results = []
    for name in ("ingest", "load"):
        with Store(tmp_path / f"{name}.db") as store:
            if before:
                ingest([str(tmp_path / "before.jsonl")], store)
            warnings: list[str] = []
            if name == "ingest":
                warnings = ingest([str(run)], store).warnings
            else:
                load(str(_spark_output(tmp_path / "out", [str(run)])), store, warnings=warnings)
            results.append((_rows(store, "SELECT id, content_hash, source FROM articles"), warnings))
    assert results[0] == results[1]
    assert len(results[1][0]) == 2  # each story once, none lost


@needs_pyarrow
@pytest.mark.usefixtures("nlp")
def test_load_keeps_the_renaming_of_an_article_whose_first_failed(tmp_path):
    """The first article under j1 fails (too long to parse): it keeps j1, and the second is j1#…, as ingest
    stores it; load, seeing the second alone among the articles, gave it j1 back."""
    run = tmp_path / "run.jsonl"
    run.write_text("".join(json.dumps({"id": "j1", "text": t}) + "\n" for t in ("Words. " * 150_000, A)))
    with Store(tmp_path / "ingest.db") as store:
        report = ingest([str(run)], store)
        expected = _rows(store, "SELECT id, content_hash, source FROM articles"), [(p["article"], p["source"]) for p in store.problems()]
    assert expected == ([(renamed_id("j1", content_hash(A)), content_hash(A), f"{run}:2")], [("j1", f"{run}:1")])
    with Store(tmp_path / "load.db") as store:
        warnings: list[str] = []
        load(str(_spark_output(tmp_path / "out", [str(run)])), store, warnings=warnings)
        assert (_rows(store, "SELECT id, content_hash, source FROM articles"), [(p["article"], p["source"]) for p in store.problems()]) == expected
    assert warnings == report.warnings


def _spark_output(folder, inputs: list[str]):
    """The tables a Spark run writes for ``inputs`` (ids made distinct, no statements: the texts have
    none); an article too long to parse is a problem, named by its id."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from saidwhat.batch.tables import problem_row

    articles = list(distinct_ids(read_inputs(inputs, problems=[]), []))
    failed = [a for a in articles if len(a.text) > 1_000_000]
    tables = {
        "articles": [article_row(Extraction(article=a, statements=(), extractor=extractor_name("rules"))) for a in articles if a not in failed],
        "statements": [],
        "problems": [problem_row(Problem(article=a.id, stage="parse", message="too long", source=a.source)) for a in failed],
    }
    for name, rows in tables.items():
        (folder / name).mkdir(parents=True)
        pq.write_table(pa.Table.from_pylist(rows), folder / name / "part-00000.parquet")
    return folder


@needs_pyarrow
@pytest.mark.usefixtures("nlp")
def test_the_load_command_prints_the_renamings(tmp_path):
    from click.testing import CliRunner

    from saidwhat.cli import cli

    run = tmp_path / "run.jsonl"
    run.write_text("".join(json.dumps({"id": "j1", "text": t}) + "\n" for t in (A, B)))
    out = _spark_output(tmp_path / "out", [str(run)])
    result = CliRunner().invoke(cli, ["load", str(out), "--db", str(tmp_path / "s.db")])
    assert result.exit_code == 0, result.output
    [warning] = [line for line in result.stderr.splitlines() if line.startswith("Warning: ")]
    assert f"{run}:2" in warning and "j1#" in warning
    assert "2 articles, 0 statements, 0 problems loaded" in result.stderr
