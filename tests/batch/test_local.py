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
from saidwhat.ingest import article_id, read_inputs, warc_response
from saidwhat.ingest.text import content_hash
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


def _story(number: int) -> str:
    return (f'<!doctype html><html><head><title>Story {number}</title><link rel="canonical" href="https://site.example/"></head>'
            f"<body><article><h1>Story number {number}</h1><p>The council discussed item number {number} at length on Tuesday evening.</p>"
            f'<p>"Item {number} is our top priority," said councillor Person{number} Smith.</p></article></body></html>')


def test_stories_whose_canonical_link_is_the_home_page_are_all_stored(tmp_path):
    """QA #1: three stories pointing canonical at https://site.example/ were stored as one, counted as three."""
    (tmp_path / "canon").mkdir()
    for number in (1, 2, 3):
        (tmp_path / "canon" / f"p{number}.html").write_text(_story(number))
    db = str(tmp_path / "canon.db")
    result = CliRunner().invoke(cli, ["ingest", str(tmp_path / "canon"), "--db", db, "--quiet"])
    assert result.exit_code == 0, result.stderr
    assert "3 articles, 6 statements stored" in result.stderr and "replaced" not in result.stderr
    with Store(db) as store:
        assert store.article_count() == 3 and len(store.statements()) == 6


def test_two_records_with_one_url_are_both_stored_with_a_warning(tmp_path):
    export = tmp_path / "same.jsonl"
    records = [{"url": "https://n.example/a", "text": "“We will win,” said Jane Doe."}, {"url": "https://n.example/a", "text": "“We will lose,” said Bob Ray."}]
    export.write_text("".join(json.dumps(r) + "\n" for r in records))
    db = str(tmp_path / "t.db")
    first = CliRunner().invoke(cli, ["ingest", str(export), "--db", db, "--quiet"])
    assert first.exit_code == 0 and "2 articles, 2 statements stored" in first.stderr
    url_id = article_id("", "https://n.example/a")
    second_id = f"{url_id}#{content_hash(records[1]['text'])[:8]}"
    assert f"Warning: {export}:2: has the id '{url_id}' of {export}:1, a different article read before it; it gets the id '{second_id}'" in first.stderr
    with Store(db) as store:
        assert {r["article"]["id"]: r["speaker"]["name"] for r in store.statements()} == {url_id: "Jane Doe", second_id: "Bob Ray"}
    again = CliRunner().invoke(cli, ["ingest", str(export), "--db", db, "--quiet"])
    assert "0 articles, 0 statements stored" in again.stderr and "2 unchanged skipped" in again.stderr  # the ids are stable


def test_a_renamed_article_read_alone_or_first_later_keeps_its_id(tmp_path):
    # Two exports with one URL: the second was stored as ID#hash. Read again alone, or first,
    # it is that stored article, not a new version of the first (which it would have replaced).
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    a.write_text(json.dumps({"url": "https://n.example/x", "text": "“We will win,” said Jane Doe."}) + "\n")
    b.write_text(json.dumps({"url": "https://n.example/x", "text": "“We will lose,” said Bob Ray."}) + "\n")
    db = str(tmp_path / "t.db")
    assert "2 articles" in CliRunner().invoke(cli, ["ingest", str(a), str(b), "--db", db, "--quiet"]).stderr
    alone = CliRunner().invoke(cli, ["ingest", str(b), "--db", db, "--quiet"])
    reversed_order = CliRunner().invoke(cli, ["ingest", str(b), str(a), "--db", db, "--quiet"])
    assert "1 unchanged skipped" in alone.stderr and "2 unchanged skipped" in reversed_order.stderr
    with Store(db) as store:
        assert sorted(r["speaker"]["name"] for r in store.statements()) == ["Bob Ray", "Jane Doe"]


def test_new_text_under_a_stored_id_replaces_it_and_the_summary_says_so(tmp_path):
    db = str(tmp_path / "t.db")
    old, new = tmp_path / "old.jsonl", tmp_path / "new.jsonl"
    old.write_text(json.dumps({"id": "a1", "text": "“We will win,” said Jane Doe."}) + "\n")
    new.write_text(json.dumps({"id": "a1", "text": "“We will win soon,” said Jane Doe."}) + "\n")
    assert "replaced" not in CliRunner().invoke(cli, ["ingest", str(old), "--db", db, "--quiet"]).stderr
    update = CliRunner().invoke(cli, ["ingest", str(new), "--db", db, "--quiet"])
    assert update.exit_code == 0
    assert "1 article, 1 statement stored in " + db + " (1 replaced an earlier version); 0 unchanged skipped" in update.stderr
    with Store(db) as store:
        assert [r["text"] for r in store.statements()] == ["We will win soon"] and store.article_count() == 1


def test_an_edited_text_file_is_a_new_article_beside_the_first_as_ingest_md_says(tmp_path):
    # The README said "a new text of a stored article replaces it"; a text file's id is its text's
    # hash, so its edited text is another article and both versions' statements are kept.
    db = str(tmp_path / "t.db")
    article = tmp_path / "a.txt"
    article.write_text("“We will win,” said Jane Doe.")
    CliRunner().invoke(cli, ["ingest", str(article), "--db", db, "--quiet"])
    article.write_text("“We will win soon,” said Jane Doe.")
    update = CliRunner().invoke(cli, ["ingest", str(article), "--db", db, "--quiet"])
    assert "1 article, 1 statement stored in " + db + "; 0 unchanged skipped; 0 failed" in update.stderr
    with Store(db) as store:
        assert sorted(r["text"] for r in store.statements()) == ["We will win", "We will win soon"]


def test_a_file_given_twice_is_stored_once_and_counted_as_a_duplicate(tmp_path):
    (tmp_path / "a.txt").write_text("Jane Doe said the plan would work.")
    db = str(tmp_path / "t.db")
    result = CliRunner().invoke(cli, ["ingest", str(tmp_path / "a.txt"), str(tmp_path / "a.txt"), "--db", db, "--quiet"])
    assert result.exit_code == 0
    assert "1 article, 1 statement stored in " + db + "; 0 unchanged skipped; 1 duplicate skipped; 0 failed" in result.stderr


def test_an_undated_reextract_keeps_the_stored_date(corpus, tmp_path, nlp):
    """The same text rerun without --published is no correction of its date (Store.has_any); --reextract
    redoes the extraction, and must not drop the date every relative date was counted from."""
    file = str(corpus / "macron-nato.txt")
    [article] = read_inputs([file], problems=[], published="2024-03-18")
    old = extract(article, nlp=nlp)
    with Store(tmp_path / "t.db") as store:
        store.save(replace(old, extractor="saidwhat-rules/0.0.1", statements=tuple(replace(s, extractor="saidwhat-rules/0.0.1") for s in old.statements)))
        report = ingest([file], store, reextract=True)
        assert (report.articles, report.replaced) == (1, 1)
        dates = [r["when"]["value"] for r in store.statements()]
    assert dates == [s.when.value for s in old.statements] and "2024-03-15" in dates


def test_ingest_of_folders_with_nothing_to_read_raises(tmp_path):
    from saidwhat.errors import InputError

    (tmp_path / "empty").mkdir()
    with Store(tmp_path / "t.db") as store, pytest.raises(InputError, match=r"^no articles found in .*empty: no files to read there"):
        ingest([str(tmp_path / "empty")], store)
