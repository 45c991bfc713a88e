import sqlite3
from dataclasses import replace

import pytest

from saidwhat.errors import StoreError
from saidwhat.model import Article, Extraction, Span, Speaker, Statement, When
from saidwhat.errors import InputError
from saidwhat.store import Query, Store, date_bounds, day_bound
from saidwhat.store.sqlite import migrations


def test_migrates_an_empty_database_to_the_latest(tmp_path):
    with Store(tmp_path / "a.db") as store:
        assert store.version() == migrations()[-1][0]
        tables = {r[0] for r in store.db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"articles", "statements", "speakers", "problems", "statements_fts"} <= tables


def test_reopening_keeps_data_and_applies_nothing_twice(tmp_path):
    path = tmp_path / "a.db"
    with Store(path) as store:
        store.save(_extraction())
    with Store(path) as store:
        assert store.article_count() == 1
        count = store.db.execute("SELECT COUNT(*) FROM schema_migrations").fetchone()[0]
        assert count == len(migrations())


def test_an_older_database_is_brought_up_to_date(tmp_path):
    path = tmp_path / "old.db"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)")
    db.commit()
    db.close()
    with Store(path) as store:
        assert store.version() == migrations()[-1][0]


def test_not_a_database_is_a_clear_error(tmp_path):
    path = tmp_path / "x.db"
    path.write_text("this is not sqlite " * 100)
    with pytest.raises(StoreError, match="not a saidwhat database"):
        Store(path)


@pytest.mark.parametrize(
    "value, bounds",
    [("2024-03-15", ("2024-03-15", "2024-03-15")), ("2024-02", ("2024-02-01", "2024-02-29")),
     ("2024-03-01/2024-03-18", ("2024-03-01", "2024-03-18")), ("2023", ("2023-01-01", "2023-12-31")),
     ("--03-15", (None, None)), (None, (None, None))],
)
def test_date_bounds(value, bounds):
    assert date_bounds(value) == bounds


@pytest.mark.parametrize(
    "value, first, last",
    [("2024-03-15", "2024-03-15", "2024-03-15"), ("2024-02", "2024-02-01", "2024-02-29"), ("2023", "2023-01-01", "2023-12-31")],
)
def test_day_bound_reads_a_day_month_or_year(value, first, last):
    assert (day_bound(value, last=False), day_bound(value, last=True)) == (first, last)


@pytest.mark.parametrize("value", ["18/03/2024", "2024-13", "2023-02-29", "2024-3", "March 2024", ""])
def test_day_bound_refuses_anything_else_and_shows_the_forms(value):
    with pytest.raises(ValueError, match="use YYYY-MM-DD, YYYY-MM or YYYY"):
        day_bound(value, last=False)


def test_since_and_until_take_a_month_or_year(tmp_path):
    dated = [("a1", "2024-02-27"), ("a2", "2024-03"), ("a3", "2023-12-31/2024-01-02"), ("a4", None)]
    with Store(tmp_path / "a.db") as store:
        for article_id, value in dated:
            extraction = _extraction()
            statement = replace(extraction.statements[0], when=When(value=value))
            store.save(Extraction(article=Article(id=article_id, text=extraction.article.text), statements=(statement,)))

        def found(**filters):
            return sorted(s["article"]["id"] for s in store.statements(Query(**filters)))

        # An interval or a month counts when any of its days falls in the range.
        assert found(since="2024") == ["a1", "a2", "a3"]
        assert found(until="2023") == ["a3"]
        assert found(since="2024-02", until="2024-02") == ["a1"]
        assert found(since="2024-03") == ["a2"]
        assert found(until="2024-02-26") == ["a3"]
        with pytest.raises(InputError, match="Query until: '2024-1' is not a date"):
            store.statements(Query(until="2024-1"))


def test_search_with_special_characters_is_a_clear_error(tmp_path):
    with Store(tmp_path / "a.db") as store:
        store.save(_extraction())
        with pytest.raises(ValueError, match="quote words"):
            store.statements(Query(words='"unbalanced'))
        assert [s["text"] for s in store.statements(Query(words="win"))] == ["We will win"]


def _extraction():
    text = "“We will win,” said Jane Doe."
    statement = Statement(
        kind="direct", text="We will win", content=(Span.of(text, 1, 12),), cue=Span.of(text, 15, 19),
        speaker=Speaker(name="Jane Doe", type="person", mention=Span.of(text, 20, 28)), when=When(), extractor="t/1",
    )
    return Extraction(article=Article(id="a1", text=text), statements=(statement,))


def test_author_and_site_are_stored(tmp_path):
    extraction = _extraction()
    article = Article(id="a2", text=extraction.article.text, author="Sam Writer", site="Daily News")
    with Store(tmp_path / "a.db") as store:
        store.save(Extraction(article=article, statements=extraction.statements))
        row = store.db.execute("SELECT author, site FROM articles WHERE id = 'a2'").fetchone()
    assert tuple(row) == ("Sam Writer", "Daily News")


def test_roles_with_commas_and_problems_recorded_once(tmp_path):
    from saidwhat.model import Problem

    extraction = _extraction()
    s = extraction.statements[0]
    role = Speaker(name="Jane Doe", type="person", role="chief executive, Acme", mention=s.speaker.mention)
    statement = Statement(kind=s.kind, text=s.text, content=s.content, cue=s.cue, speaker=role, extractor="t/1")
    with Store(tmp_path / "a.db") as store:
        store.save(Extraction(article=extraction.article, statements=(statement,)))
        assert store.speakers()[0]["roles"] == ["chief executive, Acme"]
        problem = Problem(article="x.txt", stage="ingest", message="x.txt: the file is empty", source="x.txt")
        store.record(problem)
        store.record(problem)
        assert len(store.problems()) == 1


def test_a_locked_database_says_so(tmp_path):
    path = tmp_path / "a.db"
    Store(path).close()
    other = sqlite3.connect(path, timeout=0.1)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreError, match="database is locked; another process is writing"):
            Store(path, timeout=0.1)
    finally:
        other.rollback()
        other.close()
