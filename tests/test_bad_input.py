"""Hostile input through the Python API and the store: a clear InputError or a recorded problem, never a crash."""

from __future__ import annotations

import pytest

from saidwhat.errors import InputError
from saidwhat.model import Article
from saidwhat.pipeline import extract, extract_many

GOOD = "“We will win,” said Jane Doe."


@pytest.mark.parametrize(
    ("article", "message"),
    [
        (Article(id="a", text=None), "article a: text is a NoneType, not a str"),
        (Article(id=None, text=GOOD), r"article None: id is None, not a non-empty str; give every article an id of its own"),
        (Article(id="", text=GOOD, source="a.txt"), r"article a.txt: id is '', not a non-empty str"),
        (Article(id=5, text=GOOD), r"article 5: id is 5, not a non-empty str"),
        (Article(id="a", text=b"Jane Doe said it.", source="a.txt"), "article a.txt: text is a bytes, not a str; give the text decoded"),
        (Article(id="a", text="\ud800" + GOOD), r"article a: text has an unpaired UTF-16 surrogate \(\\ud800 at character 0\)"),
        (Article(id="a", text=GOOD, title="Win \udfff"), r"article a: title has an unpaired UTF-16 surrogate \(\\udfff at character 4\)"),
        (Article(id="a", text=""), r"^article a: the text is empty; give the article's text, or leave the article out$"),
        (Article(id="a", text=" \n\t ", source="a.txt"), r"^article a.txt: the text is only whitespace; give the article's text"),
        # str.strip() keeps a zero-width space and a BOM: such a text passed as an article that said nothing.
        (Article(id="a", text="\u200b\ufeff\u2060"), r"^article a: the text is without a letter or digit; give the article's text"),
        (Article(id="a", text="... — !!"), r"^article a: the text is without a letter or digit"),
    ],
)
def test_an_article_no_stage_can_take_is_an_input_error_naming_it(nlp, article, message):
    with pytest.raises(InputError, match=message):
        extract(article, nlp=nlp)


def test_in_a_batch_such_articles_are_problems_and_the_others_are_extracted(nlp):
    articles = [
        Article(id="1", text=GOOD),
        Article(id="2", text=None),
        Article(id="3", text="\udc00" + GOOD),
        Article(id="4", text=GOOD, published="2024-02-30"),
        Article(id="5", text="“We will lose,” said Bob Ray."),
        Article(id="6", text="\n  \n"),  # was an extraction with no statements: a problem no one saw
    ]
    problems = []
    done = [(e.article.id, len(e.statements)) for e in extract_many(articles, nlp=nlp, problems=problems)]
    assert done == [("1", 1), ("5", 1)]
    assert [(p.article, p.stage) for p in problems] == [("2", "parse"), ("3", "parse"), ("6", "parse"), ("4", "extract")]
    # Our own errors are reported as they say it, without a Python type name before them.
    assert problems[2].message == "article 6: the text is only whitespace; give the article's text, or leave the article out"
    assert problems[3].message == "article 4: publication date '2024-02-30' is not a date; use YYYY-MM-DD (or an ISO timestamp, 2024-03-18T09:30:00Z), e.g. 2024-03-18"


@pytest.fixture(scope="module")
def stored(tmp_path_factory, nlp):
    from saidwhat.store import Store

    path = tmp_path_factory.mktemp("bad") / "s.db"
    with Store(path) as store:
        store.save(extract(Article(id="a", text=GOOD, published="2024-03-18"), nlp=nlp))
    return path


@pytest.mark.parametrize("words", ["\x01", "\x00", "\x7f \x1b", " \t"])
def test_a_search_of_control_characters_alone_is_no_search_not_an_error(stored, words):
    from saidwhat.store import Query, Store

    with Store(stored) as store:
        assert [s["text"] for s in store.statements(Query(words=words))] == ["We will win"]


def test_a_speaker_name_longer_than_sqlite_takes_is_an_input_error_not_a_database_error(stored):
    from saidwhat.store import Query, Store

    with Store(stored) as store:
        assert [s["speaker"]["name"] for s in store.statements(Query(speaker="%" * 1_000))] == []
        for ask in (lambda: store.statements(Query(speaker="%" * 30_000)), lambda: store.speakers("x" * 1_001)):
            with pytest.raises(InputError, match="a speaker name of [0-9,]+ characters is longer than any; give part of the name"):
                ask()


def test_the_cli_blames_another_process_only_for_a_lock(stored, monkeypatch):
    import sqlite3

    from click.testing import CliRunner

    from saidwhat.cli import cli
    from saidwhat.store import Store

    def fail(message):
        def statements(self, query):
            raise sqlite3.OperationalError(message)
        return statements

    monkeypatch.setattr(Store, "statements", fail("disk I/O error"))
    result = CliRunner().invoke(cli, ["statements", "--db", str(stored)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.stderr == f"Error: {stored}: disk I/O error; the database refused the command; check the file (sqlite3 FILE 'PRAGMA integrity_check') and the disk\n"
    monkeypatch.setattr(Store, "statements", fail("database is locked"))
    result = CliRunner().invoke(cli, ["statements", "--db", str(stored)])
    assert result.stderr == f"Error: {stored}: database is locked; wait for the other saidwhat process, then run the command again\n"


def test_a_table_shows_an_articles_control_characters_escaped_never_sends_them_to_the_terminal():
    from saidwhat.output import table

    row = {"who": "Jane \x1b[2JDoe", "what": "We will win\x1b]0;PWNED\x07 now\x00, \x9b"}
    printed = table([row], [("who", "WHO"), ("what", "WHAT")])
    assert printed.splitlines()[2].split("  ", 1) == ["Jane \\x1b[2JDoe", "We will win\\x1b]0;PWNED\\x07 now\\x00, \\x9b"]
    assert not any(c < " " or "\x7f" <= c <= "\x9f" for c in printed.replace("\n", ""))


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"words": 123}, "Query words: 123 is not a string"),
        ({"speaker": 5}, "Query speaker: 5 is not a string"),
        ({"limit": -1}, r"Query limit: -1; give a whole number from 1, or None for every statement"),  # -1 gave every row
        ({"limit": 0}, r"Query limit: 0; give a whole number from 1"),
    ],
)
def test_a_query_of_the_wrong_type_or_range_is_an_input_error(fields, message):
    from saidwhat.store import Query

    with pytest.raises(InputError, match=message):
        Query(**fields)


def test_no_sentence_runs_past_the_cap_and_a_cap_falls_after_a_full_stop(nlp):
    from saidwhat.nlp import MAX_SENTENCE_TOKENS

    # "He said: " 8,000 times (72 kB, no full stop) parsed as one tree took the rules over 10 minutes.
    chain = nlp("He said: " * 300)
    assert max(len(s) for s in chain.sents) <= MAX_SENTENCE_TOKENS
    # A long paragraph of ordinary sentences is broken only where one ends.
    paragraph = nlp(" ".join(f"Officials in district {i} said on Monday that the plan would cost more than expected." for i in range(40)))
    assert all(paragraph[s.start - 1].text == "." for s in paragraph.sents if s.start > 0)
    assert max(len(s) for s in paragraph.sents) < 20
