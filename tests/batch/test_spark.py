"""Spark on local[2] gives the statements the local pipeline gives, and `load` brings them into SQLite.

Skipped, saying why, where pyspark or Java is missing: pip install -e '.[test]' installs
pyspark; Spark needs Java 17+ (Debian: apt-get install default-jre-headless).
"""

from __future__ import annotations

import gzip
import importlib.util
import shutil
import subprocess

import pytest

from saidwhat.batch.tables import STATEMENT_COLUMNS, statement_rows
from saidwhat.ingest import read_inputs, warc_response
from saidwhat.pipeline import extract_many
from saidwhat.store import Store

from ..conftest import EXAMPLES


def _java_ok() -> bool:
    try:
        return subprocess.run(["java", "-version"], capture_output=True, timeout=30).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


pytestmark = [
    pytest.mark.skipif(importlib.util.find_spec("pyspark") is None, reason="pyspark not installed: pip install -e '.[test]' or '.[spark]'"),
    pytest.mark.skipif(importlib.util.find_spec("pyarrow") is None, reason="pyarrow not installed: pip install -e '.[spark]'"),
    pytest.mark.skipif(not _java_ok(), reason="no Java runtime for Spark: apt-get install default-jre-headless (Java 17+)"),
]


@pytest.mark.parametrize("model", ["rules", "learned"])
def test_spark_local_2_equals_the_local_pipeline(tmp_path, monkeypatch, nlp, model):
    monkeypatch.setenv("SPARK_LOCAL_IP", "127.0.0.1")
    from saidwhat.batch.spark import load, run

    sample = tmp_path / "in"
    shutil.copytree(EXAMPLES, sample)
    page = "<html><body><article><h1>Talks</h1><p>“Peace will come when the guns fall silent,” said John Smith, the envoy, on Monday.</p></article></body></html>"
    (sample / "crawl.warc.gz").write_bytes(gzip.compress(warc_response("https://news.example/t", page.encode(), date="2024-03-19T10:00:00Z")))
    (sample / "feed.jsonl").write_text('{"id": "j1", "text": "“Prices will fall,” said John Smith."}\n{"broken\n')
    (sample / "quiet.txt").write_text("The weather was fine all week.\n")  # an article with no statement

    report = run([str(sample)], str(tmp_path / "out"), master="local[2]", partitions=2, published="2024-03-18", model=model)

    local = extract_many(read_inputs([str(sample)], problems=[], published="2024-03-18"), nlp=nlp, model=model)
    expected = sorted(_key(r) for e in local for r in statement_rows(e))
    assert all(row[-1].startswith(f"saidwhat-{model}/") for row in expected)  # the extractor column
    import pyarrow.parquet as pq

    written = sorted(_key(r) for r in pq.read_table(tmp_path / "out" / "statements").to_pylist())
    assert written == expected and (report.statements, report.problems) == (len(expected), 1)
    with Store(tmp_path / "t.db") as store:
        assert load(str(tmp_path / "out"), store) == (report.articles, len(expected), 1)
        assert len(store.statements()) == len(expected)
        # Every article, the one without a statement too, is the model's that read it.
        extractors = {row[0].split("/")[0] for row in store.db.execute("SELECT extractor FROM articles")}
        assert extractors == {f"saidwhat-{model}"}


def _key(row: dict) -> tuple:
    return tuple(row[c] for c in STATEMENT_COLUMNS)


def test_a_spark_run_over_a_folder_with_no_articles_is_an_error_before_spark_starts(tmp_path):
    from saidwhat.batch.spark import _uris
    from saidwhat.errors import InputError

    with pytest.raises(InputError, match="no articles found in"):
        _uris([str(tmp_path)])
    assert _uris(["hdfs://cluster/news/"]) == ["hdfs://cluster/news/"]  # a URI is left to Hadoop
