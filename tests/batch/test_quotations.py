"""Quotations across articles: exact after normalisation, near-identical variants, one speaker's."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

import pytest

from saidwhat.model import Article, Extraction, Span, Speaker, Statement
from saidwhat.store import Store
from saidwhat.store.quotations import fingerprints, group_article, normalise, quotations, shared, speaker_key
from saidwhat.store.sqlite import migrations

LONG = "We will win this war, and we will win it soon, whatever it costs us"


def said(article: str, quote: str, speaker: str | None = "Jane Doe", published: str | None = None, kind: str = "direct") -> Extraction:
    text = f"“{quote}” said someone."
    statement = Statement(
        kind=kind, text=quote, content=(Span.of(text, 1, 1 + len(quote)),), cue=None,
        speaker=Speaker(name=speaker, type="person" if speaker else "unknown"), extractor="t/1",
    )
    return Extraction(article=Article(id=article, text=text, published=published, source=f"{article}.html"), statements=(statement,))


def test_normalise_and_speaker_key():
    assert normalise("“We’re here… NOW!”") == ["were", "here", "now"]
    assert speaker_key("Emmanuel Macron") == speaker_key("Macron") == "macron" and speaker_key(None) == ""


def test_winnowing_finds_any_shared_run_of_seven_words():
    words = normalise(LONG)
    for start in range(len(words) - 6):
        assert fingerprints(words[start : start + 7]) & fingerprints(words)
    assert shared(normalise("We will win this war"), words) == 1.0


@pytest.mark.parametrize(
    "variant, joins",
    [("We will win this war and we will win it soon whatever it costs us!", True),  # re-punctuated
     ("we will win this war, and we will win it soon", True),  # truncated
     ("We will win this war, and we will … whatever it costs us", True),  # elided
     ("We will win this war, and we will win it soon, whatever it costs them all", True),  # a word changed
     ("We will lose this war, and we will lose it soon, whatever it costs us", False),
     ("It costs us", False)],  # shorter than the seven words a near match needs
)
def test_variants_join_the_quotation(tmp_path, variant, joins):
    with Store(tmp_path / "q.db") as store:
        store.save(said("a1", LONG, published="2024-03-01"))
        store.save(said("a2", variant, published="2024-02-28"))
        rows = quotations(store.db)
    assert len(rows) == (1 if joins else 2)
    if joins:
        [row] = rows
        assert (row["occurrences"], row["articles"], row["text"]) == (2, 2, LONG if len(LONG) >= len(variant) else variant)
        assert (row["first_article"], row["first_published"], row["first_source"]) == ("a2", "2024-02-28", "a2.html")


def test_speakers_indirect_and_short_quotes_are_kept_apart(tmp_path):
    with Store(tmp_path / "q.db") as store:
        store.save(said("a1", LONG, speaker="Emmanuel Macron"))
        store.save(said("a2", LONG, speaker="Macron"))
        store.save(said("a3", LONG, speaker="Jane Doe"))
        store.save(said("a4", LONG, kind="indirect"))
        store.save(said("a5", "No way"))
        rows = quotations(store.db)
        assert sorted((r["speaker"], r["occurrences"]) for r in rows) == [("Emmanuel Macron", 2), ("Jane Doe", 1)]
        assert [r["occurrences"] for r in quotations(store.db, speaker="Macron", min_count=2)] == [2]


def test_re_saving_an_article_does_not_count_it_twice(tmp_path):
    with Store(tmp_path / "q.db") as store:
        store.save(said("a1", LONG))
        store.save(said("a1", LONG))
        assert [r["occurrences"] for r in quotations(store.db)] == [1]


def test_a_database_from_before_quotations_is_grouped_when_migrated(tmp_path):
    path = tmp_path / "old.db"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)")
    db.executescript(migrations()[0][1])
    db.execute("INSERT INTO schema_migrations VALUES (1, 'then')")
    db.execute("INSERT INTO articles VALUES ('a1', 'h', NULL, NULL, NULL, NULL, 'x', 't/1', 'then')")
    db.execute("INSERT INTO statements (article_id, seq, kind, text, content, speaker_type, confidence, extractor)"
               f" VALUES ('a1', 0, 'direct', '{LONG}', '[]', 'unknown', 0.5, 't/1')")
    db.commit()
    db.close()
    with Store(path) as store:
        assert store.version() == migrations()[-1][0]
        assert [r["occurrences"] for r in quotations(store.db)] == [1]


# A joint statement: "“…,” Tesco, Asda and Morrisons said." (Statement.co_speakers, migrations 6 and 7).
def joint(article: str, quote: str, names: tuple[str, ...], published: str | None = None) -> Extraction:
    first, *others = [Speaker(name=n, type="organisation") for n in names]
    extraction = said(article, quote, published=published)
    [statement] = extraction.statements
    return Extraction(article=extraction.article, statements=(replace(statement, speaker=first, co_speakers=tuple(others)),))


def test_a_joint_quote_is_listed_under_each_speaker_with_the_others_named(tmp_path):
    with Store(tmp_path / "q.db") as store:
        store.save(joint("a1", LONG, ("Tesco", "Asda", "Morrisons"), published="2024-03-01"))
        store.save(said("a2", LONG, speaker="Asda", published="2024-03-02"))
        everyone = sorted((r["speaker"], r["occurrences"], r["co_speakers"], r["first_article"]) for r in quotations(store.db))
        assert everyone == [("Asda", 2, ["Tesco", "Morrisons"], "a1"), ("Morrisons", 1, ["Tesco", "Asda"], "a1"), ("Tesco", 1, ["Asda", "Morrisons"], "a1")]
        [asda] = quotations(store.db, speaker="asda")
        assert (asda["speaker"], asda["occurrences"], asda["articles"]) == ("Asda", 2, 2)
        assert [r["speaker"] for r in quotations(store.db, min_count=2)] == ["Asda"]
        store.save(said("a1", LONG, speaker="Tesco"))  # the article corrected: Tesco alone
        assert sorted((r["speaker"], r["occurrences"], r["co_speakers"]) for r in quotations(store.db)) == [
            ("Asda", 1, []), ("Tesco", 1, []),
        ]


def test_a_joint_quote_with_an_unnamed_or_repeated_co_speaker_is_one_quotation_each(tmp_path):
    with Store(tmp_path / "q.db") as store:
        extraction = joint("a1", LONG, ("Jane Doe", "John Doe"))
        [statement] = extraction.statements
        unnamed = Speaker(name=None, type="unknown")
        store.save(replace(extraction, statements=(replace(statement, co_speakers=(*statement.co_speakers, unnamed)),)))
        # "Doe" is one speaker key: Jane and John Doe's joint words are one quotation of the Does.
        assert [(r["speaker"], r["occurrences"], r["co_speakers"]) for r in quotations(store.db)] == [("Jane Doe", 1, [])]


# As migration 6 left a database: each statement in one quotation, its first speaker's, in the old
# table; no name keys (migration 8).
BEFORE_JOINT_QUOTATIONS = (
    "ALTER TABLE speakers DROP COLUMN name_key; ALTER TABLE statements DROP COLUMN speaker_name_key;"
    " ALTER TABLE statement_speakers DROP COLUMN speaker_name_key; ALTER TABLE quotations DROP COLUMN speaker_name_key;"
    " DELETE FROM schema_migrations WHERE version >= 8;"
    " DELETE FROM quotation_occurrences WHERE quotation_id IN (SELECT id FROM quotations WHERE speaker_key = 'asda');"
    " DELETE FROM quotations WHERE speaker_key = 'asda'; DELETE FROM schema_migrations WHERE version = 7;"
    " CREATE TABLE old (statement_id INTEGER PRIMARY KEY REFERENCES statements(id) ON DELETE CASCADE,"
    " quotation_id INTEGER NOT NULL REFERENCES quotations(id) ON DELETE CASCADE, key TEXT NOT NULL);"
    " INSERT INTO old SELECT statement_id, quotation_id, key FROM quotation_occurrences; DROP TABLE quotation_occurrences;"
    " ALTER TABLE old RENAME TO quotation_occurrences; CREATE INDEX quotation_occurrences_quotation ON quotation_occurrences(quotation_id);"
)
GROUPED_PER_SPEAKER = [("Asda", ["Tesco"]), ("Jane Doe", []), ("Tesco", ["Asda"])]


def a_database_before_joint_quotations(path) -> None:
    with Store(path) as store:
        store.save(joint("a1", LONG, ("Tesco", "Asda")))
        store.save(said("a2", LONG, speaker="Jane Doe"))
        store.db.executescript(BEFORE_JOINT_QUOTATIONS)
        assert sorted(r["speaker"] for r in quotations(store.db)) == ["Jane Doe", "Tesco"]


def test_a_database_grouped_before_joint_quotes_is_grouped_per_speaker_when_migrated(tmp_path):
    a_database_before_joint_quotations(tmp_path / "q.db")
    with Store(tmp_path / "q.db") as store:
        assert store.version() == migrations()[-1][0]
        assert sorted((r["speaker"], r["co_speakers"]) for r in quotations(store.db)) == GROUPED_PER_SPEAKER


def test_a_migration_whose_regroup_is_cut_short_is_done_again_at_the_next_open(tmp_path, monkeypatch):
    from saidwhat.store import sqlite as store_sqlite

    a_database_before_joint_quotations(tmp_path / "q.db")

    def killed(db, **options):  # the process killed (Ctrl-C, disk full) halfway through the regroup
        group_article(db, "a2")
        raise KeyboardInterrupt

    monkeypatch.setattr(store_sqlite, "regroup", killed)
    with pytest.raises(KeyboardInterrupt):
        Store(tmp_path / "q.db")
    monkeypatch.undo()
    db = sqlite3.connect(tmp_path / "q.db")  # migration 7 rolled back with its regroup: the old table, version 6
    assert db.execute("SELECT MAX(version) FROM schema_migrations").fetchone() == (6,)
    assert "statement_id INTEGER PRIMARY KEY" in db.execute("SELECT sql FROM sqlite_master WHERE name = 'quotation_occurrences'").fetchone()[0]
    db.close()
    with Store(tmp_path / "q.db") as store:
        assert store.version() == migrations()[-1][0]
        assert sorted((r["speaker"], r["co_speakers"]) for r in quotations(store.db)) == GROUPED_PER_SPEAKER
