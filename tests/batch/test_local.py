"""Ingest on one machine: resumable, parallel with the same result, and its command's contract."""

from __future__ import annotations

import gzip
import json
import shutil
from dataclasses import replace

import pytest
from click.testing import CliRunner

from saidwhat.batch.local import ingest
from saidwhat.batch.workers import extract_parallel
from saidwhat.cli import cli
from saidwhat.ingest import read_inputs, warc_response
from saidwhat.model import to_dict
from saidwhat.pipeline import EXTRACTOR, extract
from saidwhat.store import Store

from ..conftest import EXAMPLES


@pytest.fixture()
def corpus(tmp_path):
    folder = tmp_path / "in"
    shutil.copytree(EXAMPLES, folder)
    page = "<html><body><article><h1>Talks</h1><p>“Peace will come when the guns fall silent,” said John Smith, the envoy, on Monday.</p></article></body></html>"
    (folder / "crawl.warc.gz").write_bytes(gzip.compress(warc_response("https://news.example/t", page.encode(), date="2024-03-19T10:00:00Z")))
    return folder


def test_a_rerun_skips_what_a_killed_run_stored(corpus, tmp_path, nlp):
    """A run killed after two articles left them committed; the same command stores only the rest."""
    db = tmp_path / "t.db"
    articles = list(read_inputs([str(corpus)], problems=[], published="2024-03-18"))
    with Store(db) as store:
        for article in articles[:2]:
            store.save(extract(article, nlp=nlp))
        report = ingest([str(corpus)], store, published="2024-03-18")
        assert (report.unchanged, report.articles, report.problems) == (2, len(articles) - 2, [])
        assert store.article_count() == len(articles)
        again = ingest([str(corpus)], store, published="2024-03-18")
        assert (again.unchanged, again.articles) == (len(articles), 0)


def test_an_older_extractor_is_redone_only_with_reextract(corpus, tmp_path, nlp):
    db = tmp_path / "t.db"
    [article, *_] = read_inputs([str(corpus)], problems=[], published="2024-03-18")
    old = extract(article, nlp=nlp)
    with Store(db) as store:
        older = tuple(replace(s, extractor="saidwhat-rules/0.0.1") for s in old.statements)
        store.save(replace(old, extractor="saidwhat-rules/0.0.1", statements=older))
        assert ingest([str(corpus / article.source.rsplit("/", 1)[1])], store).unchanged == 1
        assert ingest([str(corpus / article.source.rsplit("/", 1)[1])], store, reextract=True).articles == 1
        assert store.has(article, EXTRACTOR)


def test_two_workers_give_what_one_gives(corpus):
    articles = list(read_inputs([str(corpus)], problems=[], published="2024-03-18"))
    one = [to_dict(e.statements[i]) for e in extract_parallel(articles, workers=1, problems=[]) for i in range(len(e.statements))]
    two = [to_dict(e.statements[i]) for e in extract_parallel(articles, workers=2, problems=[], batch_size=1) for i in range(len(e.statements))]
    assert one and one == two


def test_ingest_command_mixed_inputs_problems_and_exit_code(corpus, tmp_path):
    (corpus / "bad.jsonl").write_bytes(b'{"text": "Jane Doe said the plan would work."}\n{"broken\n')
    db = str(tmp_path / "t.db")
    run = CliRunner().invoke(cli, ["ingest", str(corpus), "--db", db, "--published", "2024-03-18", "--workers", "2"])
    assert run.exit_code == 1
    assert "5 articles," in run.stderr and "1 failed" in run.stderr and "bad.jsonl:2: not valid JSON" in run.stderr
    problems = json.loads(CliRunner().invoke(cli, ["problems", "--db", db, "--format", "json"]).stdout)
    assert [p["source"].rsplit("/", 1)[1] for p in problems] == ["bad.jsonl:2"]
    again = CliRunner().invoke(cli, ["ingest", str(corpus), "--db", db, "--quiet"])
    assert "0 articles, 0 statements stored" in again.stderr and "5 unchanged skipped" in again.stderr
